//! Wire types of the AI providers Gantry speaks and pure translations between
//! them. No I/O: everything here is a function over data, unit-tested and fuzzable.
//!
//! The canonical shape is OpenAI Chat Completions ([`openai`]); each provider
//! module translates to and from it, and [`stream`] does the same chunk by chunk.

pub mod anthropic;
pub mod error;
pub mod gemini;
pub mod openai;
pub mod raw;
pub mod sse;
pub mod stream;
pub mod usage;

pub use error::ApiError;
