//! Masking round trip through a stream: text masked, the placeholders' text cut
//! into arbitrary pieces, each piece pushed through an output channel — the
//! pieces sent must join to exactly the original text, whatever the cuts.
#![no_main]

use std::sync::LazyLock;

use gantry_guard::{Action, Channel, EntityScanner, EntityType, OutputChecks, OutputVerdict, Vault, rewrite};
use libfuzzer_sys::fuzz_target;

static SCANNER: LazyLock<Option<EntityScanner>> =
    LazyLock::new(|| EntityScanner::new(EntityType::ALL.to_vec(), Vec::new(), Vec::new(), &[]).ok());

fuzz_target!(|data: &[u8]| {
    let Some(scanner) = SCANNER.as_ref() else { return };
    if data.len() < 2 {
        return;
    }
    let (cuts, rest) = data.split_at(data.len().min(8));
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let mut vault = Vault::default();
    let spans = scanner.scan(text);
    let masked = rewrite(text, &spans, scanner, |_| Action::Mask, Some(&mut vault)).unwrap_or_else(|| text.to_owned());
    // What a model echoing the masked text would stream, cut at the fuzzer's places.
    let checks = OutputChecks { entities: None, moderation: None, moderation_blocks: true, vault: Some(&vault), window: 32 };
    let mut channel = Channel::default();
    let mut verdict = OutputVerdict::default();
    let mut sent = String::new();
    let mut at = 0;
    for &cut in cuts {
        let mut to = (at + usize::from(cut) % 16 + 1).min(masked.len());
        while !masked.is_char_boundary(to) {
            to += 1;
        }
        if let Ok(piece) = channel.push(&masked[at..to], false, &checks, &mut verdict) {
            sent.push_str(&piece);
        }
        at = to;
    }
    if let Ok(piece) = channel.push(&masked[at..], false, &checks, &mut verdict) {
        sent.push_str(&piece);
    }
    if let Ok(piece) = channel.finish(false, &checks, &mut verdict) {
        sent.push_str(&piece);
    }
    // A text that already held a placeholder-looking value can restore differently; skip those.
    if !text.contains('[') {
        assert_eq!(sent, text);
    }
});
