//! The guard's detectors on arbitrary text: no panic, every span a valid
//! char-boundary range of the input, scores within [0, 1], and every match
//! found in linear time (the `regex` crate cannot backtrack).
#![no_main]

use std::sync::LazyLock;

use gantry_guard::{EntityScanner, EntityType, InjectionDetector, Matcher, ModerationRule, Moderator};
use libfuzzer_sys::fuzz_target;

static SCANNER: LazyLock<Option<EntityScanner>> =
    LazyLock::new(|| EntityScanner::new(EntityType::ALL.to_vec(), Vec::new(), vec!["a@b.io".into()], &[".*@example\\.org".into()]).ok());
static INJECTION: LazyLock<Option<InjectionDetector>> = LazyLock::new(InjectionDetector::with_classifier);
static MODERATOR: LazyLock<Option<Moderator>> = LazyLock::new(|| {
    Moderator::new(&[
        ModerationRule { id: "w".into(), category: "c".into(), matcher: Matcher::Words(vec!["Globex Inc".into()]) },
        ModerationRule { id: "p".into(), category: "c".into(), matcher: Matcher::Pattern(r"\b[a-z]+\.internal\b".into()) },
    ])
    .ok()
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Some(scanner) = SCANNER.as_ref() {
        let mut last_end = 0;
        for span in scanner.scan(text) {
            assert!(span.start < span.end && span.end <= text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            assert!(span.start >= last_end, "spans overlap or are out of order");
            last_end = span.end;
        }
    }
    if let Some(injection) = INJECTION.as_ref() {
        let score = injection.score(text).score;
        assert!((0.0..=1.0).contains(&score));
    }
    if let Some(moderator) = MODERATOR.as_ref() {
        let _ = moderator.check(text);
    }
});
