//! Runs the entity scanner and the injection rules on a text many times, for
//! a profiler or an instruction count:
//! `valgrind --tool=callgrind target/release/examples/profile_scan [N] [FILE]`
//! (N runs, default 500; FILE's text, default 2 KB of business text with PII).

#![allow(clippy::unwrap_used)]

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(500);
    let text = match args.next() {
        Some(path) => std::fs::read_to_string(path).unwrap(),
        None => {
            let paragraph = "Hi team, following up on yesterday's call about the billing migration. \
                Please reach Maria at maria.keller@initech.example or +49 30 13538151; her card \
                4111 1111 1111 1111 was charged twice and the refund should go to DE89 3704 0044 0532 0130 00. \
                The staging database is at 10.20.30.40 and the deploy key must never be pasted here. ";
            paragraph.repeat(8)[..2048].to_string()
        }
    };
    let scanner =
        gantry_guard::EntityScanner::new(gantry_guard::EntityType::ALL.to_vec(), Vec::new(), Vec::new(), &[]).unwrap();
    let injection = gantry_guard::InjectionDetector::new();
    for _ in 0..n {
        std::hint::black_box(scanner.scan(&text));
        std::hint::black_box(injection.score(&text));
    }
}
