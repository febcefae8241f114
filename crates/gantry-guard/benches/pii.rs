//! The PII detector on a 2 KB prompt, as percentiles (the goal is stated at p99).
//!
//! Run: `cargo bench -p gantry-guard --bench pii`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::{Duration, Instant};

use gantry_guard::{InjectionDetector, PiiDetector};

fn main() {
    let detector = PiiDetector::new();
    let paragraph = "Hi team, following up on yesterday's call about the billing migration. \
        Please reach Maria at maria.keller@initech.example or +49 30 13538151; her card \
        4111 1111 1111 1111 was charged twice and the refund should go to DE89 3704 0044 0532 0130 00. \
        The staging database is at 10.20.30.40 and the deploy key must never be pasted here. ";
    let mut prompt = String::new();
    while prompt.len() < 2048 {
        prompt.push_str(paragraph);
    }
    prompt.truncate(2048);
    let clean = "The quarterly report shows steady growth across all regions, with the largest gains in \
        the enterprise segment. We expect the trend to continue next quarter. "
        .repeat(16);
    let injection = InjectionDetector::new();
    let mut samples: Vec<Duration> = Vec::with_capacity(5_000);
    for _ in 0..5_000 {
        let start = Instant::now();
        std::hint::black_box(injection.score(&clean[..2048]));
        samples.push(start.elapsed());
    }
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize].as_nanos() as f64 / 1000.0;
    println!(
        "{:<26} p50 {:>7.1} µs   p99 {:>7.1} µs   p99.9 {:>7.1} µs",
        "injection, 2 KB prompt",
        at(0.5),
        at(0.99),
        at(0.999)
    );
    for (name, text) in [
        ("2 KB prompt with PII", prompt.as_str()),
        ("2 KB prompt without PII", &clean[..2048]),
    ] {
        let mut samples: Vec<Duration> = Vec::with_capacity(20_000);
        for _ in 0..20_000 {
            let start = Instant::now();
            let found = detector.detect(text);
            samples.push(start.elapsed());
            std::hint::black_box(found);
        }
        samples.sort_unstable();
        let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize].as_nanos() as f64 / 1000.0;
        println!(
            "{name:<26} p50 {:>7.1} µs   p99 {:>7.1} µs   p99.9 {:>7.1} µs",
            at(0.5),
            at(0.99),
            at(0.999)
        );
    }
}
