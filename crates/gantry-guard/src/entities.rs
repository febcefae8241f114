//! The entity scanner a policy runs: the built-in detector, the operator's
//! custom entity types (a regex plus an optional checksum), and an allow-list
//! of values that are never reported.

use regex::{Regex, RegexSet};

use crate::mask::Action;
use crate::{EntityType, PiiDetector, validate};

/// A checksum a custom entity's matches must pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validator {
    /// The Luhn sum of the match's digits (cards, many account numbers).
    Luhn,
    /// IBAN mod-97 and country length.
    Iban,
    /// US SSN range rules.
    UsSsn,
}

impl Validator {
    pub fn from_name(name: &str) -> Option<Validator> {
        match name {
            "luhn" => Some(Validator::Luhn),
            "iban" => Some(Validator::Iban),
            "us_ssn" => Some(Validator::UsSsn),
            _ => None,
        }
    }

    fn check(self, value: &str) -> bool {
        match self {
            Validator::Luhn => {
                let digits: Vec<u8> = value.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect();
                digits.len() >= 2 && validate::luhn(&digits)
            }
            Validator::Iban => validate::iban(value),
            Validator::UsSsn => validate::us_ssn(value),
        }
    }
}

/// An operator-defined entity type.
#[derive(Debug, Clone)]
pub struct CustomEntity {
    /// Upper-case name, used in verdicts and placeholders (`[EMPLOYEE_ID]`).
    pub name: String,
    pub regex: Regex,
    pub validator: Option<Validator>,
}

/// An entity label: a built-in type or the index of a custom one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    Builtin(EntityType),
    Custom(u16),
}

/// One value found, with its label and byte range in the scanned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub label: Label,
    pub start: usize,
    pub end: usize,
}

/// Built-in detection plus custom types, minus allowed values.
#[derive(Debug)]
pub struct EntityScanner {
    builtin: PiiDetector,
    /// Built-in types this scanner reports (others are not looked for).
    wanted: Vec<EntityType>,
    custom: Vec<CustomEntity>,
    /// One pass over the text tells which custom regexes can match at all.
    custom_set: Option<RegexSet>,
    allow_exact: Vec<String>,
    allow_patterns: Option<RegexSet>,
}

impl EntityScanner {
    /// `allow` holds exact values; `allow_patterns` regexes a whole value must match.
    pub fn new(
        wanted: Vec<EntityType>,
        custom: Vec<CustomEntity>,
        allow: Vec<String>,
        allow_patterns: &[String],
    ) -> Result<EntityScanner, regex::Error> {
        let custom_set = if custom.is_empty() {
            None
        } else {
            Some(RegexSet::new(custom.iter().map(|c| c.regex.as_str()))?)
        };
        let allow_patterns = if allow_patterns.is_empty() {
            None
        } else {
            Some(RegexSet::new(allow_patterns.iter().map(|p| format!("^(?:{p})$")))?)
        };
        Ok(EntityScanner {
            builtin: PiiDetector::new(),
            wanted,
            custom,
            custom_set,
            allow_exact: allow,
            allow_patterns,
        })
    }

    /// The name of a label (`EMAIL`, or a custom type's name).
    pub fn name(&self, label: Label) -> &str {
        match label {
            Label::Builtin(t) => t.name(),
            Label::Custom(i) => self.custom.get(usize::from(i)).map_or("CUSTOM", |c| c.name.as_str()),
        }
    }

    fn allowed(&self, value: &str) -> bool {
        self.allow_exact.iter().any(|a| a == value) || self.allow_patterns.as_ref().is_some_and(|s| s.is_match(value))
    }

    /// Every reportable value in `text`, in order, without overlaps. Built-in
    /// findings win over custom ones on the same bytes.
    pub fn scan(&self, text: &str) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        if !self.wanted.is_empty() {
            for f in self.builtin.detect(text) {
                if self.wanted.contains(&f.kind) && !self.allowed(&text[f.start..f.end]) {
                    spans.push(Span {
                        label: Label::Builtin(f.kind),
                        start: f.start,
                        end: f.end,
                    });
                }
            }
        }
        if let Some(set) = &self.custom_set {
            let before = spans.len();
            for i in set.matches(text).iter() {
                let Some(entity) = self.custom.get(i) else { continue };
                for m in entity.regex.find_iter(text) {
                    if m.is_empty()
                        || entity.validator.is_some_and(|v| !v.check(m.as_str()))
                        || self.allowed(m.as_str())
                        || spans.iter().any(|s| s.start < m.end() && m.start() < s.end)
                    {
                        continue;
                    }
                    spans.push(Span {
                        label: Label::Custom(u16::try_from(i).unwrap_or(u16::MAX)),
                        start: m.start(),
                        end: m.end(),
                    });
                }
            }
            if spans.len() > before {
                spans.sort_by_key(|s| s.start);
            }
        }
        spans
    }
}

/// A scanner with the action each label gets.
#[derive(Debug)]
pub struct EntityPolicy {
    pub scanner: EntityScanner,
    pub actions: Vec<(Label, Action)>,
}

impl EntityPolicy {
    /// The label's action (`log` for a label the policy does not list).
    pub fn action(&self, label: Label) -> Action {
        self.actions
            .iter()
            .find(|(l, _)| *l == label)
            .map_or(Action::Log, |(_, a)| *a)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn scanner(allow: Vec<String>, allow_patterns: &[String]) -> EntityScanner {
        let custom = vec![CustomEntity {
            name: "EMPLOYEE_ID".into(),
            regex: Regex::new(r"\bEMP-\d{6}\b").unwrap(),
            validator: Some(Validator::Luhn),
        }];
        EntityScanner::new(vec![EntityType::Email], custom, allow, allow_patterns).unwrap()
    }

    #[test]
    fn custom_types_with_checksums_and_allow_lists() {
        // 123455: Luhn-valid; 123456: not.
        let s = scanner(vec!["help@example.com".into()], &[r".*@corp\.example".into()]);
        let text = "EMP-123455 EMP-123456 a@b.io help@example.com ceo@corp.example";
        let found: Vec<(&str, &str)> = s
            .scan(text)
            .iter()
            .map(|sp| (s.name(sp.label), &text[sp.start..sp.end]))
            .collect();
        assert_eq!(found, vec![("EMPLOYEE_ID", "EMP-123455"), ("EMAIL", "a@b.io")]);
    }

    #[test]
    fn only_wanted_builtin_types_are_reported() {
        let s = EntityScanner::new(vec![EntityType::Phone], Vec::new(), Vec::new(), &[]).unwrap();
        assert!(s.scan("mail a@b.io").is_empty());
    }
}
