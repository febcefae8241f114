//! Request parsing and every translation of a request never panic.
#![no_main]

use gantry_protocol::anthropic::{self, inbound, upstream as anthropic_up};
use gantry_protocol::gemini::upstream as gemini_up;
use gantry_protocol::openai::ChatRequest;
use gantry_protocol::raw::RawObject;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(raw) = RawObject::parse(data) {
        let _ = raw.get_str("model");
        let _ = raw.write_with(&[("model", Some("\"m\"")), ("temperature", None)]);
    }
    if let Ok(req) = serde_json::from_slice::<ChatRequest>(data) {
        let _ = anthropic_up::to_anthropic_request(&req, "m");
        let _ = gemini_up::to_gemini_request(&req);
    }
    if let Ok(req) = serde_json::from_slice::<anthropic::MessagesRequest>(data) {
        let _ = inbound::to_chat_request(req);
    }
});
