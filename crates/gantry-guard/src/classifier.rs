//! A small learned injection classifier: logistic regression over hashed
//! word, word-pair and character n-gram counts of the normalised text. Its
//! weights (int8, one per hash bucket) are trained by `classifier/train.py` on
//! every corpus but the blind ones and ship inside the crate: nothing is
//! downloaded or read at run time. It weighs the rules' score as one more
//! input, behind the same score shape.

use crate::injection::normalize;

/// Hash buckets (a power of two).
pub const BUCKETS: usize = 1 << 18;
/// Character n-gram lengths.
const CHAR_GRAMS: std::ops::RangeInclusive<usize> = 3..=5;
/// Longest text looked at, in characters (the rest adds cost, not signal).
const MAX_CHARS: usize = 4096;

/// FNV-1a, 64-bit: stable across platforms and versions, so the trained
/// weights keep meaning the same features.
fn fnv(kind: u8, parts: &[&[u8]]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    eat(kind);
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            eat(b' ');
        }
        part.iter().for_each(|b| eat(*b));
    }
    (h % BUCKETS as u64) as u32
}

/// The hashed features of `text`, with repeats (counts).
pub fn features(text: &str, out: &mut Vec<u32>) {
    let (normalized, smuggled, _) = normalize(text);
    let mut lower = normalized.to_lowercase();
    if let Some(hidden) = smuggled {
        lower.push(' ');
        lower.push_str(&hidden.to_lowercase());
    }
    let chars: Vec<char> = lower.chars().take(MAX_CHARS).collect();
    let text: String = chars.iter().collect();
    // Words and word pairs.
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        out.push(fnv(b'w', &[w.as_bytes()]));
        if let Some(next) = words.get(i + 1) {
            out.push(fnv(b'b', &[w.as_bytes(), next.as_bytes()]));
        }
    }
    // Character n-grams, whitespace collapsed.
    let mut squeezed: Vec<char> = Vec::with_capacity(chars.len());
    for c in chars {
        let c = if c.is_whitespace() { ' ' } else { c };
        if !(c == ' ' && squeezed.last() == Some(&' ')) {
            squeezed.push(c);
        }
    }
    let mut buf = [0u8; 4 * 5];
    for n in CHAR_GRAMS {
        for window in squeezed.windows(n) {
            let mut len = 0;
            for c in window {
                len += c.encode_utf8(&mut buf[len..]).len();
            }
            out.push(fnv(b'0' + n as u8, &[&buf[..len]]));
        }
    }
}

/// The trained model: per-bucket weights (a byte each, indexing a 256-value
/// codebook), a bias, the weight of the rules' score, and the combined logit
/// from which a text counts as an injection.
pub struct InjectionClassifier {
    weights: &'static [u8],
    codebook: [f32; 256],
    bias: f32,
    rule_weight: f32,
    /// The decision point on the combined logit (the policy threshold 0.5).
    pub threshold: f32,
}

impl std::fmt::Debug for InjectionClassifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InjectionClassifier")
            .field("rule_weight", &self.rule_weight)
            .field("threshold", &self.threshold)
            .finish_non_exhaustive()
    }
}

/// The shipped model: `GIC2`; bias, rule weight and threshold; the 256-value
/// codebook (all little-endian f32); then one codebook index per bucket.
static MODEL: &[u8] = include_bytes!("../classifier/injection.bin");
const HEADER: usize = 4 + 3 * 4 + 256 * 4;

impl InjectionClassifier {
    /// The shipped model (`None` if the file is malformed — a build problem the tests catch).
    pub fn shipped() -> Option<InjectionClassifier> {
        Self::from_bytes(MODEL)
    }

    fn from_bytes(bytes: &'static [u8]) -> Option<InjectionClassifier> {
        let header = bytes.get(..HEADER)?;
        if &header[..4] != b"GIC2" || bytes.len() != HEADER + BUCKETS {
            return None;
        }
        let f = |at: usize| f32::from_le_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
        let mut codebook = [0f32; 256];
        for (i, value) in codebook.iter_mut().enumerate() {
            *value = f(16 + 4 * i);
        }
        Some(InjectionClassifier {
            weights: &bytes[HEADER..],
            codebook,
            bias: f(4),
            rule_weight: f(8),
            threshold: f(12),
        })
    }

    /// The text's own logit (without the rules). Features count once each
    /// (presence), scaled by 1/√(distinct features), as in training.
    pub fn logit(&self, text: &str) -> f32 {
        let mut ids = Vec::with_capacity(text.len() * 4);
        features(text, &mut ids);
        let mut seen = vec![0u64; BUCKETS / 64];
        let (mut sum, mut distinct) = (0f32, 0u32);
        for &i in &ids {
            let (word, bit) = (i as usize / 64, 1u64 << (i % 64));
            if seen[word] & bit == 0 {
                seen[word] |= bit;
                sum += self.codebook[usize::from(self.weights[i as usize])];
                distinct += 1;
            }
        }
        sum / (distinct.max(1) as f32).sqrt() + self.bias
    }

    /// The probability that `text` is an injection, by the classifier alone.
    pub fn probability(&self, text: &str) -> f32 {
        sigmoid(self.logit(text))
    }

    /// The verdict of the classifier and the rules together, on the rules'
    /// scale: the trained decision point maps to 0.5, so one policy threshold
    /// serves both (0.6, 0.7, … ask for more evidence).
    pub fn score(&self, text: &str, rule_score: f32) -> f32 {
        sigmoid(self.logit(text) + self.rule_weight * rule_score - self.threshold)
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}
