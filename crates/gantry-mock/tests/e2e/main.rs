//! End-to-end tests: start a `MockServer` and talk to it over HTTP.

// Test helpers (outside `#[test]` functions) may fail loudly too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod anthropic;
mod azure;
mod common;
mod faults;
mod gemini;
mod openai;
mod server;
