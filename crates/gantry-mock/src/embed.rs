//! Deterministic embeddings.

use serde_json::Value;

use crate::plan::count_words;

pub(crate) const DEFAULT_DIMENSIONS: usize = 8;

/// One input to embed.
pub(crate) enum Input<'a> {
    Text(&'a str),
    Tokens(Vec<u64>),
}

impl Input<'_> {
    pub(crate) fn tokens(&self) -> u64 {
        match self {
            Input::Text(text) => count_words(text),
            Input::Tokens(tokens) => tokens.len() as u64,
        }
    }
}

/// The inputs of an OpenAI embeddings request: a string, an array of strings,
/// an array of tokens, or an array of token arrays. `None` if absent/invalid.
pub(crate) fn openai_inputs(input: Option<&Value>) -> Option<Vec<Input<'_>>> {
    match input? {
        Value::String(s) => Some(vec![Input::Text(s)]),
        Value::Array(items) if items.is_empty() => None,
        Value::Array(items) if items.iter().all(Value::is_number) => {
            Some(vec![Input::Tokens(items.iter().filter_map(Value::as_u64).collect())])
        }
        Value::Array(items) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => Some(Input::Text(s)),
                Value::Array(tokens) => Some(Input::Tokens(tokens.iter().filter_map(Value::as_u64).collect())),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(hash, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01B3))
}

/// A unit-length vector of `dims` values derived from a hash of the input.
pub(crate) fn vector(input: &Input<'_>, dims: usize) -> Vec<f32> {
    let mut state = match input {
        Input::Text(text) => fnv1a(0xCBF2_9CE4_8422_2325, text.as_bytes()),
        Input::Tokens(tokens) => tokens
            .iter()
            .fold(0x8422_2325_CBF2_9CE4, |h, t| fnv1a(h, &t.to_le_bytes())),
    };
    let mut values: Vec<f32> = (0..dims)
        .map(|_| {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            // 24 random bits mapped to [-1, 1).
            ((z >> 40) as f32 / (1u64 << 23) as f32) - 1.0
        })
        .collect();
    let norm = values.iter().map(|v| v * v).sum::<f32>().sqrt();
    if norm > 0.0 {
        for v in &mut values {
            *v /= norm;
        }
    }
    values
}

/// Standard base64 of the little-endian bytes of `values`.
pub(crate) fn base64_f32(values: &[f32]) -> String {
    let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
    base64(&bytes)
}

fn base64(bytes: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(TABLE[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn vectors_are_deterministic_unit_vectors() {
        let a = vector(&Input::Text("hello"), 16);
        assert_eq!(a, vector(&Input::Text("hello"), 16));
        assert_ne!(a, vector(&Input::Text("hello!"), 16));
        let norm: f32 = a.iter().map(|v| v * v).sum();
        assert!((norm - 1.0).abs() < 1e-4);
        assert!(a.iter().all(|v| (-1.0..=1.0).contains(v)));
    }
}
