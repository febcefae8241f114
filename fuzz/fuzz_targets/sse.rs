//! The SSE parser never panics, and splitting the input anywhere yields the same events.
#![no_main]

use gantry_protocol::sse::SseParser;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.is_empty() {
        return;
    }
    let split = data[0] as usize % data.len();
    let input = &data[1..];
    let split = split.min(input.len());
    let mut whole = Vec::new();
    let mut parts = Vec::new();
    let ok_whole = SseParser::new(1 << 20).feed(input, &mut whole).is_ok();
    let mut parser = SseParser::new(1 << 20);
    let ok_parts = parser.feed(&input[..split], &mut parts).is_ok() && parser.feed(&input[split..], &mut parts).is_ok();
    if ok_whole && ok_parts {
        assert_eq!(whole, parts);
    }
});
