//! Bearer secrets (virtual API keys and admin tokens): generated from the OS
//! RNG, shown once, stored only as a SHA-256 digest, compared in constant time.
//!
//! A fast digest is right here (not a password hash): the secrets carry 256
//! bits of entropy, so there is nothing to brute-force, and lookups stay in
//! the hundreds of nanoseconds.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Prefix of virtual API keys that callers send.
pub const KEY_PREFIX: &str = "gk-";
/// Prefix of admin tokens for the admin API.
pub const ADMIN_TOKEN_PREFIX: &str = "gka-";

/// A SHA-256 digest of a secret.
pub type Digest32 = [u8; 32];

/// A new secret: `prefix` + 43 characters of base64url (32 random bytes).
pub fn generate(prefix: &str) -> Result<String, String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| format!("the OS random source failed: {e}"))?;
    Ok(format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes)))
}

pub fn digest(secret: &str) -> Digest32 {
    Sha256::digest(secret.as_bytes()).into()
}

/// The stored form of a secret: lowercase hex of its SHA-256.
pub fn hash_hex(secret: &str) -> String {
    to_hex(&digest(secret))
}

pub fn to_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    out
}

/// Parses a 64-character hex SHA-256 (as written in config files).
pub fn parse_hex(hex: &str) -> Option<Digest32> {
    let hex = hex.trim();
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in hex.as_bytes().chunks(2).enumerate() {
        let hi = (pair[0] as char).to_digit(16)?;
        let lo = (pair[1] as char).to_digit(16)?;
        out[i] = (hi * 16 + lo) as u8;
    }
    Some(out)
}

/// Constant-time equality of two digests.
pub fn same(a: &Digest32, b: &Digest32) -> bool {
    a.ct_eq(b).into()
}

/// What may be shown of a secret: its prefix and first characters, for lists and logs.
pub fn display_prefix(secret: &str) -> String {
    secret.chars().take(10).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_are_distinct_and_hash_round_trips() {
        let a = generate(KEY_PREFIX).unwrap();
        let b = generate(KEY_PREFIX).unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with("gk-"));
        assert_eq!(a.len(), 3 + 43);
        let hex = hash_hex(&a);
        assert_eq!(parse_hex(&hex), Some(digest(&a)));
        assert!(same(&digest(&a), &parse_hex(&hex).unwrap()));
        assert!(!same(&digest(&a), &digest(&b)));
        assert_eq!(parse_hex("zz"), None);
        assert_eq!(parse_hex(&"g".repeat(64)), None);
    }
}
