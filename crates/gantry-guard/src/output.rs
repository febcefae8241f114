//! Guarding a model's answer as it streams: each text channel (a choice's
//! content, a tool call's arguments) keeps a little text back, so a value or
//! a denied phrase split across two chunks is caught before any of it leaves,
//! and a placeholder split across chunks is restored whole.

use std::collections::{BTreeMap, BTreeSet};

use crate::entities::{EntityPolicy, Label};
use crate::mask::{Action, Vault};
use crate::moderation::Moderator;

/// What the answer is checked against.
#[derive(Clone, Copy)]
pub struct OutputChecks<'a> {
    /// Entity types found in the answer: `block` ends it, `redact` and `mask`
    /// replace the value with its type, `log` reports it.
    pub entities: Option<&'a EntityPolicy>,
    pub moderation: Option<&'a Moderator>,
    /// A moderation match ends the answer (otherwise it is only reported).
    pub moderation_blocks: bool,
    /// Placeholders to give back their originals.
    pub vault: Option<&'a Vault>,
    /// Bytes held back while scanning: matches up to this long are caught
    /// before their first byte is sent.
    pub window: usize,
}

impl OutputChecks<'_> {
    fn scans(&self) -> bool {
        self.entities.is_some() || self.moderation.is_some()
    }
}

/// What the checks saw in one answer (types and rule indexes, never text).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct OutputVerdict {
    pub entities: BTreeMap<Label, u32>,
    pub rules: BTreeSet<usize>,
}

/// Why an answer was stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocked {
    Entity(Label),
    Rule(usize),
}

/// One text channel's state.
#[derive(Debug, Default)]
pub struct Channel {
    /// Received, not yet sent.
    pending: String,
    /// The end of what was sent, so a rule sees across the boundary.
    tail: String,
}

impl Channel {
    /// Takes the next piece of text; returns what may be sent now. `json`:
    /// the text is inside a JSON string (tool-call arguments).
    pub fn push(
        &mut self,
        text: &str,
        json: bool,
        checks: &OutputChecks<'_>,
        verdict: &mut OutputVerdict,
    ) -> Result<String, Blocked> {
        self.pending.push_str(text);
        self.step(false, json, checks, verdict)
    }

    /// The channel ended: everything held back, checked and restored.
    pub fn finish(
        &mut self,
        json: bool,
        checks: &OutputChecks<'_>,
        verdict: &mut OutputVerdict,
    ) -> Result<String, Blocked> {
        self.step(true, json, checks, verdict)
    }

    /// Whether text is held back (to be sent by `finish`).
    pub fn holds(&self) -> bool {
        !self.pending.is_empty()
    }

    fn step(
        &mut self,
        last: bool,
        json: bool,
        checks: &OutputChecks<'_>,
        verdict: &mut OutputVerdict,
    ) -> Result<String, Blocked> {
        let buf = std::mem::take(&mut self.pending);
        let mut cut = if last || !checks.scans() {
            buf.len()
        } else {
            floor_boundary(&buf, buf.len().saturating_sub(checks.window))
        };
        if let Some(moderation) = checks.moderation {
            let hits = if self.tail.is_empty() {
                moderation.check(&buf)
            } else {
                moderation.check(&format!("{}{buf}", self.tail))
            };
            for rule in hits {
                verdict.rules.insert(rule);
                if checks.moderation_blocks {
                    return Err(Blocked::Rule(rule));
                }
            }
        }
        let mut sent = String::new();
        let mut copied = 0;
        if let Some(policy) = checks.entities {
            for span in policy.scanner.scan(&buf) {
                if span.end > cut && !last {
                    // May still grow: decide with the next piece.
                    cut = cut.min(span.start);
                    break;
                }
                *verdict.entities.entry(span.label).or_default() += 1;
                match policy.action(span.label) {
                    Action::Block => return Err(Blocked::Entity(span.label)),
                    Action::Log => {}
                    Action::Redact | Action::Mask => {
                        sent.push_str(&buf[copied..span.start]);
                        sent.push('[');
                        sent.push_str(policy.scanner.name(span.label));
                        sent.push(']');
                        copied = span.end;
                    }
                }
            }
        }
        if let Some(vault) = checks.vault
            && !last
        {
            cut = copied.max(vault.hold_from(&buf[..cut]));
        }
        sent.push_str(&buf[copied..cut]);
        self.pending = buf[cut..].to_owned();
        if checks.moderation.is_some() {
            self.tail.push_str(&sent);
            let keep = floor_boundary(&self.tail, self.tail.len().saturating_sub(checks.window));
            self.tail.drain(..keep);
        }
        Ok(match checks.vault {
            Some(vault) => vault.restore(&sent, json).into_owned(),
            None => sent,
        })
    }
}

/// The largest char boundary of `s` at or below `at`.
fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::EntityType;
    use crate::entities::EntityScanner;
    use crate::moderation::{Matcher, ModerationRule};

    fn stream(pieces: &[&str], checks: &OutputChecks<'_>) -> (Result<String, Blocked>, OutputVerdict) {
        let mut channel = Channel::default();
        let mut verdict = OutputVerdict::default();
        let mut out = String::new();
        for piece in pieces {
            match channel.push(piece, false, checks, &mut verdict) {
                Ok(text) => out.push_str(&text),
                Err(b) => return (Err(b), verdict),
            }
        }
        match channel.finish(false, checks, &mut verdict) {
            Ok(text) => out.push_str(&text),
            Err(b) => return (Err(b), verdict),
        }
        (Ok(out), verdict)
    }

    fn checks<'a>(vault: Option<&'a Vault>) -> OutputChecks<'a> {
        OutputChecks {
            entities: None,
            moderation: None,
            moderation_blocks: true,
            vault,
            window: 32,
        }
    }

    #[test]
    fn placeholder_split_across_every_boundary_is_restored() {
        let mut vault = Vault::default();
        vault.placeholder("EMAIL", "jane@corp.io");
        vault.placeholder("PHONE", "+44 20 7946 0958");
        let text = "Write to [EMAIL_1] or call [PHONE_1]; [EMAIL_1] again. [not one]";
        let expected = "Write to jane@corp.io or call +44 20 7946 0958; jane@corp.io again. [not one]";
        let c = checks(Some(&vault));
        for size in 1..text.len() {
            let pieces: Vec<&str> = text
                .as_bytes()
                .chunks(size)
                .map(|b| std::str::from_utf8(b).unwrap())
                .collect();
            assert_eq!(stream(&pieces, &c).0.unwrap(), expected, "pieces of {size}");
        }
    }

    #[test]
    fn a_denied_phrase_split_across_chunks_is_stopped_before_it_leaves() {
        let rules = [ModerationRule {
            id: "competitor".into(),
            category: "brand".into(),
            matcher: Matcher::Words(vec!["Globex Inc".into()]),
        }];
        let moderator = Moderator::new(&rules).unwrap();
        let c = OutputChecks {
            moderation: Some(&moderator),
            ..checks(None)
        };
        let mut channel = Channel::default();
        let mut verdict = OutputVerdict::default();
        let mut sent = String::new();
        let mut result = Ok(());
        for piece in ["You could ask Glo", "bex", " Inc about it"] {
            match channel.push(piece, false, &c, &mut verdict) {
                Ok(t) => sent.push_str(&t),
                Err(b) => {
                    result = Err(b);
                    break;
                }
            }
        }
        assert_eq!(result, Err(Blocked::Rule(0)));
        assert!(!sent.contains("Glo"), "sent {sent:?}");
        // Flag mode: reported once, text untouched.
        let flag = OutputChecks {
            moderation_blocks: false,
            ..c
        };
        let (out, verdict) = stream(&["ask Globex", " Inc", " and Globex Inc."], &flag);
        assert_eq!(out.unwrap(), "ask Globex Inc and Globex Inc.");
        assert_eq!(verdict.rules.into_iter().collect::<Vec<_>>(), vec![0]);
    }

    #[test]
    fn output_values_are_redacted_even_when_split() {
        let policy = EntityPolicy {
            scanner: EntityScanner::new(
                vec![EntityType::Email, EntityType::CreditCard],
                Vec::new(),
                Vec::new(),
                &[],
            )
            .unwrap(),
            actions: vec![
                (Label::Builtin(EntityType::Email), Action::Redact),
                (Label::Builtin(EntityType::CreditCard), Action::Block),
            ],
        };
        let c = OutputChecks {
            entities: Some(&policy),
            ..checks(None)
        };
        let (out, verdict) = stream(&["contact ad", "min@exam", "ple.com today"], &c);
        assert_eq!(out.unwrap(), "contact [EMAIL] today");
        assert_eq!(verdict.entities.get(&Label::Builtin(EntityType::Email)), Some(&1));
        let (out, _) = stream(&["card 4111 1111 ", "1111 1111 ok"], &c);
        assert_eq!(out, Err(Blocked::Entity(Label::Builtin(EntityType::CreditCard))));
    }

    #[test]
    fn without_checks_text_passes_at_once() {
        let mut channel = Channel::default();
        let mut verdict = OutputVerdict::default();
        let c = checks(None);
        assert_eq!(channel.push("[EMA", false, &c, &mut verdict).unwrap(), "[EMA");
        assert!(!channel.holds());
    }
}
