//! The PII and secrets detector: patterns propose, validators and context decide.

use regex_automata::meta::{Config, Regex};
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternID, PatternSet, Span};

use crate::validate;
use crate::{EntityType, Finding};

/// Words that must appear shortly before a value whose format alone proves
/// nothing (a date, a passport number), lower-case.
const BIRTH_WORDS: &[&str] = &[
    "born",
    "birth",
    "dob",
    "d.o.b",
    "geboren",
    "geburt",
    "né ",
    "née",
    "naissance",
    "nacid",
    "nací",
    "nació",
    "nacimiento",
    "nato",
    "nata",
    "nascita",
    "birthday",
    "生年月日",
    "生日",
    "जन्म",
    "рождени",
    "nascimento",
    "geboorte",
    "urodzeni",
    "doğum",
    "생년월일",
    "출생",
];
const PASSPORT_WORDS: &[&str] = &[
    "passport",
    "reisepass",
    "passeport",
    "pasaporte",
    "passaporto",
    "パスポート",
    "पासपोर्ट",
    "passnummer",
    "pass-nr",
    "pasnummer",
    "passaporte",
    "паспорт",
    "여권",
    "护照",
];
const PHONE_WORDS: &[&str] = &[
    "phone",
    "tel",
    "call",
    "mobile",
    "cell",
    "whatsapp",
    "sms",
    "text me",
    "reach me",
    "fax",
    "telefon",
    "téléphone",
    "teléfono",
    "telefono",
    "número",
    "numero",
    "handy",
    "portable",
    "móvil",
    "cellulare",
    "電話",
    "फ़ोन",
    "फोन",
    "number",
    "nummer",
    "numéro",
    "festnetz",
    "contact",
    "kontakt",
    "erreichen",
    "joindre",
    "llámame",
    "chiamami",
    "携帯",
    "連絡先",
    "bel me",
    "bellen",
    "mobiel",
    "telefoon",
    "office",
    "ruf",
    "anrufen",
    "tél",
    "appel",
    "llama",
    "chiama",
    "ligue",
    "celular",
    "연락처",
    "전화",
    "手机",
    "电话",
];
const SSN_WORDS: &[&str] = &["ssn", "social", "ss#", "w-2", "w2 ", "tin "];
const AADHAAR_WORDS: &[&str] = &["aadhaar", "aadhar", "uidai", "आधार"];

/// How far before (or after) a value its context word may stand, in bytes.
const CONTEXT_BYTES: usize = 64;

/// A pattern as written: kind, regex, value group, validator, context words,
/// and which view of the text it scans.
type Spec = (
    EntityType,
    &'static str,
    usize,
    fn(&str) -> bool,
    &'static [&'static str],
    Scan,
);

/// The view of a text a pattern scans.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scan {
    /// The whole text: patterns with a literal the regex engine skips to
    /// (`-----BEGIN`, `@`, `://`, `sk-`), and dates, whose month names can stand
    /// between tokens with no digit (`15. de septiembre de 2024`).
    Whole,
    /// Only the tokens around those with a digit, `:` or `=` ([`TokenView`]):
    /// every value of these patterns is one or a few such tokens, and most
    /// prose has none. Without a prefilter: one on digits (`\b\d`) sent the lazy
    /// DFA to it at every digit of digit-dense text (a hash: 8x slower).
    Tokens,
    /// As `Tokens`, for patterns the regex engine finds by a literal that is
    /// rare even among such tokens (`+`, `:`, `-` between digits): with it.
    TokensByLiteral,
}

impl Scan {
    /// Whether the pattern scans the token view.
    fn on_view(self) -> bool {
        self != Scan::Whole
    }
}

struct Pattern {
    kind: EntityType,
    regex: Regex,
    /// The pattern as compiled (for the set of them all).
    source: String,
    /// The capture group that is the value (0: the whole match).
    group: usize,
    check: fn(&str) -> bool,
    /// At least one of these words shortly before the value (empty: none needed).
    context: &'static [&'static str],
    scan: Scan,
}

/// Finds sensitive values in text. Build once and share: matching is linear in
/// the text's length, whatever the text.
pub struct PiiDetector {
    patterns: Vec<Pattern>,
    /// The token-view patterns at once (set index i: the i-th of them): one
    /// pass says which can match at all, so only those scan again for positions.
    token_set: Option<Regex>,
    /// Per pattern, its index in `token_set` (token-view patterns only).
    token_slots: Vec<usize>,
    /// Every context word at once: one pass over the lower-cased text says
    /// which patterns' context words occur (bit i: pattern i).
    context_words: Option<daachorse::DoubleArrayAhoCorasick<u32>>,
    context_patterns: Vec<u32>,
}

impl std::fmt::Debug for PiiDetector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PiiDetector")
            .field("patterns", &self.patterns.len())
            .finish()
    }
}

fn any(_: &str) -> bool {
    true
}

fn ipv4(s: &str) -> bool {
    s.parse::<std::net::Ipv4Addr>().is_ok()
}

fn ipv6(s: &str) -> bool {
    s.parse::<std::net::Ipv6Addr>().is_ok() && s.matches(':').count() >= 2 && s.len() >= 6
}

fn phone_digits(s: &str) -> bool {
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    (8..=15).contains(&digits)
}

/// Shannon entropy in bits per character.
fn entropy(s: &str) -> f64 {
    let mut counts = [0u32; 256];
    for b in s.bytes() {
        counts[usize::from(b)] += 1;
    }
    let n = s.len() as f64;
    counts
        .iter()
        .filter(|c| **c > 0)
        .map(|c| {
            let p = f64::from(*c) / n;
            -p * p.log2()
        })
        .sum()
}

/// Not a placeholder such as `sk-xxxx…` or `<token>`.
fn real_token(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    !["xxxx", "....", "<", "${", "your_", "your-", "redacted", "example"]
        .iter()
        .any(|p| lower.contains(p))
}

/// A URL's password is a real one, not `password` or a template variable.
fn url_password(s: &str) -> bool {
    let Some(userinfo) = s.split("://").nth(1).and_then(|rest| rest.split('@').next()) else {
        return false;
    };
    let password = userinfo.split_once(':').map_or("", |(_, p)| p);
    let lower = password.to_ascii_lowercase();
    !password.is_empty()
        && !matches!(
            lower.as_str(),
            "password" | "pass" | "passwd" | "secret" | "changeme" | "pwd" | "xxx" | "****"
        )
        && real_token(password)
}

/// A UK National Insurance number: the prefixes HMRC never issues are excluded.
fn nino(s: &str) -> bool {
    let prefix: String = s.chars().take(2).collect();
    !matches!(prefix.as_str(), "BG" | "GB" | "NK" | "KN" | "TN" | "NT" | "ZZ")
}

/// A value assigned to a secret-sounding name: long and varied enough not to be a placeholder.
fn assigned_secret(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let placeholder = [
        "xxxx",
        "changeme",
        "your_",
        "your-",
        "example",
        "redacted",
        "<",
        "${",
        "****",
        "placeholder",
        "dummy",
    ]
    .iter()
    .any(|p| lower.contains(p));
    // Code, not a value: a call, an environment lookup, a snake_case name.
    let code = s.contains(['(', ')'])
        || lower.starts_with("os.environ")
        || lower.starts_with("process.env")
        || (s.contains('_') && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'.'));
    s.len() >= 12 && !placeholder && !code && entropy(s) >= 3.0
}

impl Default for PiiDetector {
    fn default() -> Self {
        Self::new()
    }
}

impl PiiDetector {
    pub fn new() -> PiiDetector {
        // (kind, pattern, group, validator, context). Order is priority: when two
        // findings overlap, the earlier pattern's wins.
        let specs: Vec<Spec> = vec![
            (
                EntityType::Secret,
                r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----",
                0,
                any,
                &[],
                Scan::Whole,
            ),
            // A credential inside a URL is the URL's (before the token patterns).
            (
                EntityType::UrlCredentials,
                r"\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://[^\s:/@]*:[^\s@/]+@[^\s/?#]+[^\s]*",
                0,
                url_password,
                &[],
                Scan::Whole,
            ),
            (
                EntityType::Secret,
                r"\b(?:sk-(?:proj|ant-(?:api|admin)\d{2}|svcacct|admin)-[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9]{20,}T3BlbkFJ[A-Za-z0-9]{20,}|sk-[A-Za-z0-9]{32,}|(?:AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,}|glpat-[A-Za-z0-9_-]{20,}|xox[baprse]-[A-Za-z0-9-]{10,}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{35}|hf_[A-Za-z0-9]{30,}|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,})",
                0,
                real_token,
                &[],
                Scan::Whole,
            ),
            (
                EntityType::Secret,
                r"\beyJ[A-Za-z0-9_-]{10,}\.(?:eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})?",
                0,
                any,
                &[],
                Scan::Whole,
            ),
            (
                EntityType::Secret,
                r#"(?i)(?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|signing[_-]?key|encryption[_-]?key|client[_-]?secret|auth[_-]?key)[A-Za-z_]*["']?\s*[:=]\s*["']?([^\s"'`,;]{12,})"#,
                1,
                assigned_secret,
                &[],
                Scan::Tokens,
            ),
            (
                EntityType::Secret,
                r#"(?:\s-p'|\s-p")([^'"\s]{8,})"#,
                1,
                assigned_secret,
                &[],
                Scan::Whole,
            ),
            (
                EntityType::Email,
                r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b",
                0,
                any,
                &[],
                Scan::Whole,
            ),
            (
                EntityType::Iban,
                r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b",
                0,
                validate::iban,
                &[],
                Scan::Tokens,
            ),
            (
                EntityType::CreditCard,
                r"\b\d(?:[ -]?\d){12,18}\b",
                0,
                validate::credit_card,
                &[],
                Scan::Tokens,
            ),
            (
                EntityType::UsSsn,
                r"\b\d{3}-\d{2}-\d{4}\b",
                0,
                validate::us_ssn,
                &[],
                Scan::TokensByLiteral,
            ),
            (
                EntityType::UsSsn,
                r"\b\d{3} ?\d{2} ?\d{4}\b",
                0,
                validate::us_ssn,
                SSN_WORDS,
                Scan::Tokens,
            ),
            (
                EntityType::MacAddress,
                r"\b(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}\b|\b(?:[0-9A-Fa-f]{2}-){5}[0-9A-Fa-f]{2}\b|\b[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}\b",
                0,
                any,
                &[],
                Scan::Tokens,
            ),
            (
                EntityType::IpAddress,
                r"\b(?:\d{1,3}\.){3}\d{1,3}\b",
                0,
                ipv4,
                &[],
                Scan::Tokens,
            ),
            (
                EntityType::IpAddress,
                r"(?i)\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}",
                0,
                ipv6,
                &[],
                Scan::TokensByLiteral,
            ),
            (
                EntityType::NationalId,
                r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b",
                0,
                nino,
                &[],
                Scan::Tokens,
            ),
            (
                EntityType::NationalId,
                r"\b[XYZ]?-?\d{7,8}-?[A-Z]\b",
                0,
                validate::dni,
                &[],
                Scan::Tokens,
            ),
            (
                EntityType::NationalId,
                r"(?i)\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b",
                0,
                validate::codice_fiscale,
                &[],
                Scan::Tokens,
            ),
            (
                EntityType::NationalId,
                r"\b\d{4} ?\d{4} ?\d{4}\b",
                0,
                validate::aadhaar,
                AADHAAR_WORDS,
                Scan::Tokens,
            ),
            (
                EntityType::Passport,
                r"\b[A-Z0-9]{8,9}\b",
                0,
                |s| s.bytes().any(|b| b.is_ascii_digit()),
                PASSPORT_WORDS,
                Scan::Tokens,
            ),
            (
                EntityType::DateOfBirth,
                r"(?i)\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? (?:de )?[a-zéû]{3,10}\.?(?: de)? \d{4}|[a-z]{3,9}\.? \d{1,2},? \d{4})\b|\d{4}年\d{1,2}月\d{1,2}日",
                0,
                any,
                BIRTH_WORDS,
                Scan::Whole,
            ),
            (
                EntityType::Phone,
                r"\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,5}(?:[ .-]?\d{2,5}){1,4}\b",
                0,
                phone_digits,
                &[],
                Scan::TokensByLiteral,
            ),
            (
                EntityType::Phone,
                r"\(\d{3}\) ?\d{3}[ .-]\d{4}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b",
                0,
                phone_digits,
                &[],
                Scan::Tokens,
            ),
            (
                EntityType::Phone,
                r"(?:\(0\d{1,4}\)|\b0\d{1,4})(?:[ .-]?\d{2,4}){2,4}\b",
                0,
                phone_digits,
                PHONE_WORDS,
                Scan::Tokens,
            ),
        ];
        let patterns = specs
            .into_iter()
            .filter_map(|(kind, pattern, group, check, context, scan)| {
                // The patterns are constants: one that does not compile is dropped
                // (and fails the unit test that counts them), never a panic.
                let source = ascii_classes(pattern);
                compile(&[&source], scan, MatchKind::LeftmostFirst).map(|regex| Pattern {
                    kind,
                    regex,
                    source,
                    group,
                    check,
                    context,
                    scan,
                })
            })
            .collect::<Vec<Pattern>>();
        let token_sources: Vec<&str> = patterns
            .iter()
            .filter(|p| p.scan.on_view())
            .map(|p| p.source.as_str())
            .collect();
        let token_set = compile(&token_sources, Scan::Tokens, MatchKind::All);
        let mut words: Vec<&str> = Vec::new();
        let mut context_patterns: Vec<u32> = Vec::new();
        for (i, pattern) in patterns.iter().enumerate().take(32) {
            for w in pattern.context {
                match words.iter().position(|seen| seen == w) {
                    Some(at) => context_patterns[at] |= 1 << i,
                    None => {
                        words.push(w);
                        context_patterns.push(1 << i);
                    }
                }
            }
        }
        // A double array: compact enough to stay in cache (a full DFA of these
        // words missed it on every byte).
        let context_words = daachorse::DoubleArrayAhoCorasick::new(&words).ok();
        let mut slot = 0;
        let token_slots = patterns
            .iter()
            .map(|p| {
                slot += usize::from(p.scan.on_view());
                slot.wrapping_sub(1)
            })
            .collect();
        PiiDetector {
            patterns,
            token_set,
            token_slots,
            context_words,
            context_patterns,
        }
    }

    /// Every sensitive value in `text`, in order, without overlaps.
    pub fn detect(&self, text: &str) -> Vec<Finding> {
        self.detect_with(text, true)
    }

    /// `detect`, with the token-view patterns scanning their view or (to test
    /// that the view hides nothing) the whole text.
    fn detect_with(&self, text: &str, token_view: bool) -> Vec<Finding> {
        let mut found: Vec<Finding> = Vec::new();
        // Cheap facts about the whole text that rule out patterns before their scan:
        // most values need a digit, and context-bound ones need a context word somewhere.
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        let mut context: Option<ContextHits> = None;
        let mut candidates: Vec<(usize, &Pattern)> = Vec::with_capacity(self.patterns.len());
        for (i, pattern) in self.patterns.iter().enumerate() {
            if !has_digit && needs_digit(pattern.kind) {
                continue;
            }
            if !pattern.context.is_empty() {
                let present = context.get_or_insert_with(|| self.context_hits(text)).any;
                if i < 32 && present & (1 << i) == 0 {
                    continue;
                }
            }
            candidates.push((i, pattern));
        }
        // The token-view patterns scan only the tokens that can hold their values;
        // with several, one pass of their set rules out those that cannot match.
        let view = (token_view && candidates.iter().any(|(_, p)| p.scan.on_view())).then(|| TokenView::new(text));
        let possible = match (&self.token_set, &view) {
            (Some(set), Some(view)) if candidates.len() > 3 => {
                let mut matched = PatternSet::new(set.pattern_len());
                set.which_overlapping_matches(&Input::new(&view.text), &mut matched);
                Some(matched)
            }
            _ => None,
        };
        for (i, pattern) in candidates {
            let (haystack, view) = match (pattern.scan, &view) {
                (scan, Some(view)) if scan.on_view() => {
                    let slot = self.token_slots.get(i).copied().and_then(|s| PatternID::new(s).ok());
                    if let (Some(matched), Some(slot)) = (&possible, slot)
                        && !matched.contains(slot)
                    {
                        continue;
                    }
                    (view.text.as_str(), Some(view))
                }
                _ => (text, None),
            };
            // Capture groups cost extra matching work: only the patterns that need one use them.
            let matches: Box<dyn Iterator<Item = Span>> = if pattern.group == 0 {
                Box::new(pattern.regex.find_iter(haystack).map(|m| m.span()))
            } else {
                Box::new(
                    pattern
                        .regex
                        .captures_iter(haystack)
                        .filter_map(|caps| caps.get_group(pattern.group)),
                )
            };
            for m in matches {
                // (A match across two windows of the token view is none in the text.)
                let Some(start) = view.map_or(Some(m.start), |v| v.original(m.start, m.end)) else {
                    continue;
                };
                let Some(matched) = haystack.get(m.start..m.end) else {
                    continue;
                };
                let value = matched.trim_end_matches(['.', ',', ';', ':', ')', '"', '\'']);
                let end = start + value.len();
                if value.is_empty() || !(pattern.check)(value) {
                    continue;
                }
                if !pattern.context.is_empty() && !self.has_context(text, context.as_ref(), start, end, i) {
                    continue;
                }
                if !plausible_in_place(pattern.kind, text, start, end) {
                    continue;
                }
                if found.iter().any(|f| f.start < end && start < f.end) {
                    continue; // an earlier (higher-priority) pattern claimed it
                }
                found.push(Finding {
                    kind: pattern.kind,
                    start,
                    end,
                });
            }
        }
        found.sort_by_key(|f| f.start);
        found
    }

    /// One of pattern number `pattern`'s context words within `CONTEXT_BYTES` before `start`
    /// or after `end` (case-insensitive). `hits`: the whole text's, when already found.
    fn has_context(&self, text: &str, hits: Option<&ContextHits>, start: usize, end: usize, pattern: usize) -> bool {
        if pattern >= 32 {
            return true; // beyond the indexed bits: context not checked
        }
        let mut from = start.saturating_sub(CONTEXT_BYTES);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (end + CONTEXT_BYTES).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        // A word must lie wholly on one side of the value: it cannot span the two.
        if let Some(ContextHits { at: Some(at), .. }) = hits {
            return at.iter().any(|&(s, e, bits)| {
                bits & (1 << pattern) != 0 && ((s >= from && e <= start) || (s >= end && e <= to))
            });
        }
        let window = format!("{}\n{}", &text[from..start], &text[end..to]);
        self.context_hits(&window).any & (1 << pattern) != 0
    }

    /// The context words in `text`, with their places when lower-casing kept
    /// every byte offset (ASCII text), so each value's window is looked up, not searched.
    fn context_hits(&self, text: &str) -> ContextHits {
        let Some(words) = &self.context_words else {
            return ContextHits {
                any: u32::MAX,
                at: None,
            };
        };
        let lower = text.to_lowercase();
        let mut any = 0;
        let mut at = text.is_ascii().then(Vec::new);
        for m in words.find_overlapping_iter(&lower) {
            let bits = self
                .context_patterns
                .get(m.value() as usize)
                .copied()
                .unwrap_or(u32::MAX);
            any |= bits;
            if let Some(at) = &mut at {
                at.push((m.start(), m.end(), bits));
            }
        }
        ContextHits { any, at }
    }

    #[cfg(test)]
    fn pattern_count(&self) -> usize {
        self.patterns.len()
    }
}

/// Compiles `patterns` (several: a set, with `MatchKind::All`) as the `regex`
/// crate would, except that `Scan::Tokens` patterns get no prefilter (see there).
fn compile<P: AsRef<str>>(patterns: &[P], scan: Scan, kind: MatchKind) -> Option<Regex> {
    Regex::builder()
        .configure(Config::new().match_kind(kind).auto_prefilter(scan != Scan::Tokens))
        .syntax(syntax::Config::new().utf8(true))
        .build_many(patterns)
        .ok()
}

/// The patterns' `\d`, `\s` and `\b` in their ASCII forms: the values they look
/// for are ASCII, and Unicode classes and word boundaries keep the regex engine
/// off its fastest paths.
pub(crate) fn ascii_classes(pattern: &str) -> String {
    pattern
        .replace(r"\d", "[0-9]")
        .replace(r"\s", r"[\t\n\x0B\x0C\r ]")
        .replace(r"\b", r"(?-u:\b)")
}

/// Byte classes for the token view: ASCII whitespace ends a token; a digit,
/// `:` or `=` makes one hold a value; `-` and `.` do in a long token (a MAC
/// address may have no digit: `aa-bb-cc-dd-ee-ff`).
const SPACE: u8 = 1;
const ANCHOR: u8 = 2;
const JOINER: u8 = 4;
const TOKEN_CLASSES: [u8; 256] = byte_classes!(|c| if c.is_ascii_whitespace() || c == 0x0B {
    SPACE
} else if c.is_ascii_digit() || c == b':' || c == b'=' {
    ANCHOR
} else if c == b'-' || c == b'.' {
    JOINER
} else {
    0
});

/// The parts of a text where a token-view pattern can match: each token (a
/// run of non-whitespace) holding a value byte, with one token either side (a
/// value may span tokens without one: `AB 12 34 56 C`, `GB82 WEST 1234 …`),
/// windows joined by `;`, which none of those patterns matches, so no match
/// spans two windows; `\b` reads the same at a window's edge (whitespace in
/// the text, `;` here).
struct TokenView {
    text: String,
    /// Each window's start: (offset in `text`, offset in the original), ascending.
    windows: Vec<(usize, usize)>,
}

impl TokenView {
    fn new(original: &str) -> TokenView {
        let bytes = original.as_bytes();
        let space = |b: &u8| TOKEN_CLASSES[usize::from(*b)] == SPACE;
        // Token bounds around a byte, found by looking at the few bytes about
        // it: a byte-by-byte reading of every word boundary cost a branch
        // mispredicted per word.
        let token_start = |at: usize| bytes[..at].iter().rposition(space).map_or(0, |i| i + 1);
        let token_end = |at: usize| bytes[at..].iter().position(space).map_or(bytes.len(), |i| at + i);
        let mut view = TokenView {
            text: String::with_capacity(original.len()),
            windows: Vec::with_capacity(16),
        };
        // The current window (byte range), and how far tokens have been classified.
        let mut current: Option<(usize, usize)> = None;
        let mut at = 0;
        while let Some(found) = bytes[at..]
            .iter()
            .position(|&b| TOKEN_CLASSES[usize::from(b)] & (ANCHOR | JOINER) != 0)
        {
            let (start, end) = (token_start(at + found), token_end(at + found));
            at = end;
            let classes = bytes[start..end]
                .iter()
                .fold(0, |classes, &b| classes | TOKEN_CLASSES[usize::from(b)]);
            if !value_token(classes, end - start) {
                continue;
            }
            // One token either side (none past the text's ends).
            let before = bytes[..start].iter().rposition(|b| !space(b));
            let from = before.map_or(start, token_start);
            let after = bytes[end..].iter().position(|b| !space(b)).map(|i| end + i);
            let to = after.map_or(end, token_end);
            current = match current {
                // Overlapping, or neighbouring tokens (only whitespace between): one window.
                Some((window_from, window_to)) if from <= window_to || bytes[window_to..from].iter().all(space) => {
                    Some((window_from, window_to.max(to)))
                }
                Some(done) => {
                    view.push(original, done);
                    Some((from, to))
                }
                None => Some((from, to)),
            };
        }
        if let Some(done) = current {
            view.push(original, done);
        }
        view
    }

    /// Appends the window `start..end` of the original.
    fn push(&mut self, original: &str, (start, end): (usize, usize)) {
        if !self.text.is_empty() {
            self.text.push(';');
        }
        self.windows.push((self.text.len(), start));
        // Windows start and end beside ASCII whitespace or at the text's ends: char boundaries.
        self.text.push_str(original.get(start..end).unwrap_or_default());
    }

    /// Where the match `start..end` of `text` starts in the original, if it
    /// lies inside one window.
    fn original(&self, start: usize, end: usize) -> Option<usize> {
        let i = self.windows.partition_point(|w| w.0 <= start).checked_sub(1)?;
        let window_end = self.windows.get(i + 1).map_or(self.text.len(), |next| next.0 - 1);
        let (in_view, in_original) = self.windows[i];
        (end <= window_end).then(|| in_original + (start - in_view))
    }
}

/// Whether a token with these byte classes and length can hold a token-view value.
fn value_token(classes: u8, len: usize) -> bool {
    classes & ANCHOR != 0 || (classes & JOINER != 0 && len >= 14)
}

/// The context words found in a whole text: the patterns they serve (as bits)
/// and, where the offsets are exact, each word's place and patterns.
struct ContextHits {
    any: u32,
    at: Option<Vec<(usize, usize, u32)>>,
}

/// Kinds whose every value contains an ASCII digit.
fn needs_digit(kind: EntityType) -> bool {
    matches!(
        kind,
        EntityType::Phone
            | EntityType::CreditCard
            | EntityType::Iban
            | EntityType::UsSsn
            | EntityType::IpAddress
            | EntityType::DateOfBirth
            | EntityType::Passport
            | EntityType::NationalId
    )
}

/// What the text around a match says about it: a dotted quad inside a longer
/// dotted number (an OID) is no address; `git@host:path` and `scheme://user@host`
/// are no email addresses.
fn plausible_in_place(kind: EntityType, text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let after = &text[end..];
    let value = &text[start..end];
    match kind {
        EntityType::IpAddress => {
            let dotted = |s: &str| s.bytes().next().is_some_and(|b| b.is_ascii_digit());
            let inside_longer = before.ends_with('.') || (after.starts_with('.') && dotted(&after[1..]));
            // A dotted quad after "version"/"firmware"/"v" is a version number, and
            // one of single digits is one unless the text speaks of networks.
            // (`group:artifact:2.15.0.1` is a version too; `::ffff:192.0.2.1` an address.)
            let coordinate = before.ends_with(':')
                && !before
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|token| token.bytes().all(|b| b.is_ascii_hexdigit() || b == b':'));
            let version = near_before(text, start, 24, &VERSION_WORDS) || before.ends_with(['v', 'V']) || coordinate;
            let single_digits = value.split('.').all(|p| p.len() == 1);
            !inside_longer && !version && (!single_digits || near_before(text, start, 24, &NETWORK_WORDS))
        }
        EntityType::Email => {
            let tld = value.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
            !(before.ends_with("://")
                || (after.starts_with(':') && value.starts_with("git@"))
                || FILE_EXTENSIONS.contains(&tld.as_str()))
        }
        // Six pairs inside a longer run of pairs is a fingerprint or a hash.
        EntityType::MacAddress => {
            let hex = |s: &str| s.bytes().next().is_some_and(|b| b.is_ascii_hexdigit());
            !(before.ends_with(':') || before.ends_with('-') || (after.starts_with([':', '-']) && hex(&after[1..])))
        }
        EntityType::UsSsn => !near_before(text, start, 24, &REFERENCE_WORDS),
        EntityType::Phone => {
            let next = after.trim_start().to_ascii_lowercase();
            !UNITS
                .iter()
                .any(|u| next.starts_with(u) && !next[u.len()..].starts_with(|c: char| c.is_alphabetic()))
        }
        EntityType::DateOfBirth => birth_context(text, start, end),
        _ => true,
    }
}

/// Lower-case words looked for just before a value, with the bytes they start
/// with (found at compile time, so a search compares words only there).
struct NearWords {
    words: &'static [&'static str],
    first: [bool; 256],
}

impl NearWords {
    const fn new(words: &'static [&'static str]) -> NearWords {
        let mut first = [false; 256];
        let mut i = 0;
        while i < words.len() {
            if let Some(&b) = words[i].as_bytes().first() {
                first[b as usize] = true;
            }
            i += 1;
        }
        NearWords { words, first }
    }
}

const VERSION_WORDS: NearWords = NearWords::new(&[
    "version", "firmware", "release", "build", "ver.", "sdk", "patch", "update", "upgrade", "versión", "versão",
    "section",
]);
const NETWORK_WORDS: NearWords = NearWords::new(&[
    "ping",
    "ip",
    "dns",
    "host",
    "server",
    "address",
    "gateway",
    "nameserver",
    "route",
    "resolver",
    "connect",
]);
const REFERENCE_WORDS: NearWords = NearWords::new(&[
    "part", "sku", "order", "ticket", "invoice", "model", "serial", "item", "case", "ref",
]);
const FILE_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "css", "js", "ts", "json", "xml", "pdf", "txt", "md", "yaml",
    "yml", "html", "zip",
];
const UNITS: &[&str] = &["ms", "sec", "kb", "mb", "gb", "km", "kg", "px", "%"];

/// One of `near.words` in the `bytes` before `start`.
fn near_before(text: &str, start: usize, bytes: usize, near: &NearWords) -> bool {
    let words = near.words;
    let mut from = start.saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = &text[from..start];
    if !before.is_ascii() {
        let before = before.to_lowercase();
        return words.iter().any(|w| before.contains(w));
    }
    // ASCII (nearly always): lower-cased on the stack, and the words compared
    // only where one's first byte stands.
    let mut buffer = [0u8; 64];
    let Some(lower) = buffer.get_mut(..before.len()) else {
        return words.iter().any(|w| before.to_ascii_lowercase().contains(w));
    };
    lower.copy_from_slice(before.as_bytes());
    lower.make_ascii_lowercase();
    (0..lower.len())
        .any(|at| near.first[usize::from(lower[at])] && words.iter().any(|w| lower[at..].starts_with(w.as_bytes())))
}

/// A birth word shortly before the date, with nothing between them that makes
/// the date another one: no other number, no list separator, no other event.
fn birth_context(text: &str, start: usize, end: usize) -> bool {
    // "… 15. Juni 1998 geboren": the word right after the date.
    let mut to = (end + 24).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let after = text[end..to].to_lowercase();
    let right_after = BIRTH_WORDS
        .iter()
        .filter_map(|w| after.find(w))
        .min()
        .is_some_and(|at| {
            !after[..at].bytes().any(|b| b.is_ascii_digit()) && !after[..at].contains(['.', ';', ',', '|'])
        });
    if right_after {
        return true;
    }
    let mut from = start.saturating_sub(CONTEXT_BYTES);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text[from..start].to_lowercase();
    let Some(word_end) = BIRTH_WORDS
        .iter()
        .filter_map(|w| before.rfind(w).map(|at| at + w.len()))
        .max()
    else {
        return false;
    };
    let gap = &before[word_end..];
    let other_event = [
        "released",
        "launched",
        "founded",
        "published",
        "joined",
        "admitted",
        "received",
        "hired",
        "out of",
        "since",
    ]
    .iter()
    .any(|w| gap.contains(w));
    gap.len() <= 40 && !gap.bytes().any(|b| b.is_ascii_digit()) && !gap.contains([';', '|', '·', '•']) && !other_event
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        assert_eq!(PiiDetector::new().pattern_count(), 23);
    }

    #[test]
    fn the_token_view_hides_no_value() {
        let d = PiiDetector::new();
        let mut texts: Vec<String> = [
            "IBAN GB82 WEST 1234 5698 7654 32 and MT84 MALT 0110 0001 2345 MTLC AST0 01S",
            "NI number AB 12 34 56 C, MAC aa:bb:cc:dd:ee:ff or aa-bb-cc-dd-ee-ff or aabb.ccdd.eeff",
            "password:\n    correct-horse-battery-staple-xyzzy and api_key = \"Zq8vTn3LpW2xR7kM\"",
            "call (555) 123-4567 or +44 20 7946 0958; ip fe80::1ff:fe23:4567:890a; 4111-1111-1111-1111",
            "x 123-45-6789 y\tssn 123 45 6789\n\nDNI X-1234567-L, RSSMRA85T10A562S, aadhaar 2345 6789 0123",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        // Every corpus but the blind ones.
        for path in [
            "pii.jsonl",
            "dev/pii.jsonl",
            "heldout/pii.jsonl",
            "injection.jsonl",
            "dev/injection.jsonl",
            "train/injection_a.jsonl",
            "train/injection_c.jsonl",
        ] {
            let corpus = crate::corpus_texts(path);
            assert!(!corpus.is_empty(), "{path}");
            texts.extend(corpus);
        }
        for text in &texts {
            assert_eq!(d.detect_with(text, true), d.detect_with(text, false), "{text:?}");
        }
        assert!(texts.len() > 2000);
    }

    #[test]
    fn finds_and_validates() {
        let d = PiiDetector::new();
        let kinds = |text: &str| d.detect(text).iter().map(|f| f.kind).collect::<Vec<_>>();
        assert_eq!(kinds("mail me at a.b@example.org"), [EntityType::Email]);
        assert_eq!(kinds("card 4111 1111 1111 1111 please"), [EntityType::CreditCard]);
        assert!(kinds("order 4111 1111 1111 1112").is_empty(), "fails Luhn");
        assert_eq!(kinds("IBAN DE89 3704 0044 0532 0130 00"), [EntityType::Iban]);
        assert_eq!(
            kinds("postgres://app:hunter2hunter@db:5432/x"),
            [EntityType::UrlCredentials]
        );
        assert_eq!(kinds("key AKIAV3SXORENQNNIUL7Q"), [EntityType::Secret]);
        assert_eq!(
            kinds("host 10.0.12.7 and fe80::1ff:fe23:4567:890a"),
            [EntityType::IpAddress, EntityType::IpAddress]
        );
        assert!(
            kinds("version 1.2.3.4").is_empty(),
            "single-digit dotted quads are versions"
        );
    }
}
