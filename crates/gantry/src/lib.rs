//! Gantry, an AI gateway: one OpenAI- and Anthropic-compatible API in front of
//! every model provider.
//!
//! The request path lives in [`pipeline`]; each concern has its own module.

pub mod admin;
pub mod alerts;
pub mod auth;
pub mod budgets;
pub mod cli;
pub mod cluster;
pub mod config;
pub mod guard;
pub mod limits;
pub mod pipeline;
pub mod policies;
pub mod pricing;
pub mod providers;
pub mod relay;
pub mod reload;
pub mod routing;
pub mod secret;
pub mod server;
pub mod store;
pub mod telemetry;
pub mod usage;
