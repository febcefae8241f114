//! Gantry's guardrails as pure functions: no I/O, no allocation beyond the
//! findings, linear-time matching (the `regex` crate), so they can be fuzzed,
//! benchmarked and run on every request.
//!
//! [`PiiDetector`] finds personal data and secrets. Patterns propose
//! candidates; validators (Luhn, IBAN mod-97, SSN ranges, IP parsing) and
//! context words decide. Findings carry byte offsets into the text.
//! [`EntityScanner`] adds the operator's custom types and allow-lists;
//! [`rewrite`] redacts or masks (reversibly, through a [`Vault`]);
//! [`InjectionDetector`] scores prompt injection; [`Moderator`] applies
//! deny-lists and regex rules; [`Channel`] checks and restores an answer as it
//! streams.

/// A table of byte classes built at compile time: `byte_classes!(|c| bits)`
/// gives each byte `c` the class bits the expression computes.
macro_rules! byte_classes {
    (|$c:ident| $bits:expr) => {{
        let mut table = [0u8; 256];
        let mut b = 0;
        while b < 256 {
            let $c = b as u8;
            table[b] = $bits;
            b += 1;
        }
        table
    }};
}

/// The texts of a committed corpus (`corpora/<path>`), for tests that check a
/// property over every text.
#[cfg(test)]
fn corpus_texts(path: &str) -> Vec<String> {
    let corpus = std::fs::read_to_string(format!("{}/corpora/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default();
    corpus
        .lines()
        .map(|line| {
            let case: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
            case["text"].as_str().unwrap_or("").to_string()
        })
        .collect()
}

pub mod classifier;
mod entities;
pub mod eval;
mod injection;
mod mask;
mod moderation;
mod output;
mod pii;
mod validate;

pub use entities::{CustomEntity, EntityPolicy, EntityScanner, Label, Span, Validator};
pub use injection::{InjectionDetector, InjectionScore};
pub use mask::{Action, MAX_PLACEHOLDER, Vault, rewrite};
pub use moderation::{Matcher, ModerationRule, Moderator};
pub use output::{Blocked, Channel, OutputChecks, OutputVerdict};
pub use pii::PiiDetector;
pub use regex::Regex;

/// The kinds of sensitive values the detector knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Email,
    Phone,
    CreditCard,
    Iban,
    UsSsn,
    IpAddress,
    MacAddress,
    DateOfBirth,
    Passport,
    NationalId,
    UrlCredentials,
    Secret,
}

impl EntityType {
    pub const ALL: [EntityType; 12] = [
        EntityType::Email,
        EntityType::Phone,
        EntityType::CreditCard,
        EntityType::Iban,
        EntityType::UsSsn,
        EntityType::IpAddress,
        EntityType::MacAddress,
        EntityType::DateOfBirth,
        EntityType::Passport,
        EntityType::NationalId,
        EntityType::UrlCredentials,
        EntityType::Secret,
    ];

    /// The name used in configs, verdicts and redaction placeholders (`[EMAIL]`).
    pub fn name(self) -> &'static str {
        match self {
            EntityType::Email => "EMAIL",
            EntityType::Phone => "PHONE",
            EntityType::CreditCard => "CREDIT_CARD",
            EntityType::Iban => "IBAN",
            EntityType::UsSsn => "US_SSN",
            EntityType::IpAddress => "IP_ADDRESS",
            EntityType::MacAddress => "MAC_ADDRESS",
            EntityType::DateOfBirth => "DATE_OF_BIRTH",
            EntityType::Passport => "PASSPORT",
            EntityType::NationalId => "NATIONAL_ID",
            EntityType::UrlCredentials => "URL_CREDENTIALS",
            EntityType::Secret => "SECRET",
        }
    }

    pub fn from_name(name: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// One sensitive value found: its type and byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finding {
    pub kind: EntityType,
    pub start: usize,
    pub end: usize,
}
