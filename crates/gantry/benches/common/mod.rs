//! What the percentile benches share.

use std::time::Duration;

/// Prints p50, p99, p99.9 and the maximum of `samples`, in microseconds.
pub fn report(name: &str, mut samples: Vec<Duration>) {
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize].as_nanos() as f64 / 1000.0;
    println!(
        "{name:<34} p50 {:>7.3} µs   p99 {:>7.3} µs   p99.9 {:>7.3} µs   max {:>8.2} µs",
        at(0.5),
        at(0.99),
        at(0.999),
        at(1.0)
    );
}
