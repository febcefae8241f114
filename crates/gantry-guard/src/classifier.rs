//! A small learned injection classifier: logistic regression over the
//! presence of hashed words, word pairs and character n-grams of the
//! normalised text, plus the rules' score. Its weights (a byte per hash bucket,
//! indexing a codebook) are trained by `classifier/train.py` on every corpus
//! but the blind ones and ship inside the crate: nothing is downloaded or read
//! at run time. Its verdict takes the rules' place, behind the same score shape.

use crate::injection::normalize;

/// Hash buckets (a power of two).
pub const BUCKETS: usize = 1 << 18;
/// Character n-gram lengths.
const CHAR_GRAMS: std::ops::RangeInclusive<usize> = 3..=5;
/// Longest text looked at, in characters (the rest adds cost, not signal).
const MAX_CHARS: usize = 4096;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// One FNV-1a step over a whole unit (a character, a word's hash, a kind
/// tag): stable across platforms and versions, so the trained weights keep
/// meaning the same features.
fn mix(h: u64, unit: u64) -> u64 {
    (h ^ unit).wrapping_mul(FNV_PRIME)
}

/// A hash's bucket, after a final avalanche (FNV's low bits alone cluster).
fn bucket(mut h: u64) -> u32 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    (h % BUCKETS as u64) as u32
}

/// The hashed features of `text`, with repeats: its words, word pairs and
/// character 3–5-grams (whitespace runs as one space), lower-cased, after the
/// detector's normalisation (invisible characters out, look-alikes folded,
/// smuggled tag text appended). One pass; each n-gram's hash extends the
/// shorter one's.
pub fn features(text: &str, out: &mut Vec<u32>) {
    let (normalized, smuggled, _) = normalize(text);
    let mut lower = normalized.to_lowercase();
    if let Some(hidden) = smuggled {
        lower.push(' ');
        lower.push_str(&hidden.to_lowercase());
    }
    let mut chars: Vec<u32> = Vec::with_capacity(lower.len().min(MAX_CHARS));
    let mut previous_word: Option<u64> = None;
    let mut word = FNV_OFFSET;
    let mut in_word = false;
    let end_word = |word: u64, out: &mut Vec<u32>, previous_word: &mut Option<u64>| {
        out.push(bucket(mix(word, u64::from(b'w'))));
        if let Some(previous) = *previous_word {
            out.push(bucket(mix(mix(previous, u64::from(b'b')), word)));
        }
        *previous_word = Some(word);
    };
    for c in lower.chars().take(MAX_CHARS) {
        if c.is_alphanumeric() {
            word = mix(word, u64::from(u32::from(c)));
            in_word = true;
        } else if in_word {
            end_word(word, out, &mut previous_word);
            word = FNV_OFFSET;
            in_word = false;
        }
        let c = if c.is_whitespace() { ' ' } else { c };
        if !(c == ' ' && chars.last() == Some(&u32::from(' '))) {
            chars.push(u32::from(c));
        }
    }
    if in_word {
        end_word(word, out, &mut previous_word);
    }
    for start in 0..chars.len() {
        let mut h = mix(FNV_OFFSET, u64::from(b'c'));
        for (n, &c) in chars[start..].iter().take(*CHAR_GRAMS.end()).enumerate() {
            h = mix(h, u64::from(c));
            if CHAR_GRAMS.contains(&(n + 1)) {
                out.push(bucket(mix(h, n as u64 + 1)));
            }
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
