//! The detector on hostile input: random bytes of every kind the patterns care
//! about, long runs that make backtracking engines explode, and multi-byte text.
//! It must never panic and every finding must be a valid span of the input.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gantry_guard::{InjectionDetector, PiiDetector};

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[test]
fn random_and_pathological_inputs_never_panic_and_spans_are_valid() {
    let detector = PiiDetector::new();
    let injection = InjectionDetector::with_classifier().unwrap();
    let alphabet: Vec<char> = "0123456789abcdefABCDEF@.:-_/+= \n'\"()%#$<>{}xX-----BEGIN PRIVATE KEY sk-ant-eyJé日ह"
        .chars()
        .collect();
    let mut seed = 42u64;
    let mut inputs: Vec<String> = (0..2_000)
        .map(|_| {
            let len = (splitmix(&mut seed) % 400) as usize;
            (0..len)
                .map(|_| alphabet[(splitmix(&mut seed) % alphabet.len() as u64) as usize])
                .collect()
        })
        .collect();
    inputs.push("1".repeat(100_000));
    inputs.push("a@".repeat(50_000));
    inputs.push("-----BEGIN PRIVATE KEY-----".repeat(5_000));
    inputs.push("password=".repeat(10_000) + &"x".repeat(10_000));
    inputs.push("1.".repeat(50_000));
    inputs.push(":".repeat(100_000));
    inputs.push("é".repeat(50_000));
    inputs.push("\u{E0100}".repeat(20_000));
    inputs.push("\u{FF49}\u{1D5EE}\u{202E}".repeat(20_000));
    for input in &inputs {
        let verdict = injection.score(input);
        assert!((0.0..=1.0).contains(&verdict.score), "{verdict:?}");
        for f in detector.detect(input) {
            assert!(f.start < f.end && f.end <= input.len(), "{f:?}");
            assert!(
                input.is_char_boundary(f.start) && input.is_char_boundary(f.end),
                "{f:?}"
            );
        }
    }
}
