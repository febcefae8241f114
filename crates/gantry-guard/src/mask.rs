//! Rewriting found values: `redact` replaces a value with its type (`[EMAIL]`);
//! `mask` replaces it with a stable placeholder (`[EMAIL_1]`) kept in a
//! [`Vault`] for the call, so the answer can be given back with the originals.

use std::borrow::Cow;

use crate::entities::{EntityScanner, Label, Span};

/// What a policy does with one entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    /// Refuse the call (the error names the types, never the values).
    Block,
    /// Replace the value with its type, for good.
    Redact,
    /// Replace with a placeholder upstream, restore in the answer.
    Mask,
    /// Only report it.
    Log,
}

impl Action {
    pub fn name(self) -> &'static str {
        match self {
            Action::Block => "block",
            Action::Redact => "redact",
            Action::Mask => "mask",
            Action::Log => "log",
        }
    }
}

/// Longest placeholder the restorer looks for: `[` + name + `_` + number + `]`.
pub const MAX_PLACEHOLDER: usize = 48;

/// The originals behind one call's placeholders. Equal values share one
/// placeholder, so the model sees that two mentions are the same thing.
#[derive(Debug, Default, Clone)]
pub struct Vault {
    /// (placeholder, original)
    entries: Vec<(String, String)>,
}

impl Vault {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The placeholder for `value` of type `name`, created on first sight.
    pub fn placeholder(&mut self, name: &str, value: &str) -> &str {
        let at = match self.entries.iter().position(|(_, v)| v == value) {
            Some(at) => at,
            None => {
                let prefix = format!("[{name}_");
                let n = self.entries.iter().filter(|(p, _)| p.starts_with(&prefix)).count() + 1;
                self.entries.push((format!("{prefix}{n}]"), value.to_owned()));
                self.entries.len() - 1
            }
        };
        &self.entries[at].0
    }

    fn original(&self, placeholder: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(p, _)| p == placeholder)
            .map(|(_, v)| v.as_str())
    }

    /// `text` with every known placeholder replaced by its original. In
    /// `json` mode the text is inside a JSON string (tool-call arguments), so
    /// the original is escaped for it.
    pub fn restore<'t>(&self, text: &'t str, json: bool) -> Cow<'t, str> {
        if self.entries.is_empty() || !text.contains('[') {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        let mut changed = false;
        while let Some(open) = rest.find('[') {
            let tail = &rest[open..];
            let close = tail.as_bytes().iter().take(MAX_PLACEHOLDER).position(|&b| b == b']');
            match close.and_then(|c| self.original(&tail[..=c]).map(|o| (c, o))) {
                Some((c, original)) => {
                    out.push_str(&rest[..open]);
                    if json {
                        let quoted = serde_json_escape(original);
                        out.push_str(&quoted);
                    } else {
                        out.push_str(original);
                    }
                    rest = &tail[c + 1..];
                    changed = true;
                }
                None => {
                    out.push_str(&rest[..=open]);
                    rest = &tail[1..];
                }
            }
        }
        if !changed {
            return Cow::Borrowed(text);
        }
        out.push_str(rest);
        Cow::Owned(out)
    }

    /// Where a placeholder may have begun but not ended in `text`: text from
    /// there on is held back until the next piece says what it is.
    pub fn hold_from(&self, text: &str) -> usize {
        if self.entries.is_empty() {
            return text.len();
        }
        let from = text.len().saturating_sub(MAX_PLACEHOLDER);
        let window = &text.as_bytes()[from..];
        match window.iter().rposition(|&b| b == b'[') {
            Some(i)
                if window[i + 1..]
                    .iter()
                    .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_') =>
            {
                from + i
            }
            _ => text.len(),
        }
    }
}

/// A string's JSON escaping, without the quotes.
fn serde_json_escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Applies each span's action to `text`: `None` when nothing changes (no
/// span, or only `log`/`block` ones, which leave the text as it is).
pub fn rewrite(
    text: &str,
    spans: &[Span],
    scanner: &EntityScanner,
    action: impl Fn(Label) -> Action,
    mut vault: Option<&mut Vault>,
) -> Option<String> {
    let mut out = String::new();
    let mut copied = 0;
    for span in spans {
        let replacement = match action(span.label) {
            Action::Redact => format!("[{}]", scanner.name(span.label)),
            Action::Mask => match vault.as_deref_mut() {
                Some(vault) => vault
                    .placeholder(scanner.name(span.label), &text[span.start..span.end])
                    .to_owned(),
                None => format!("[{}]", scanner.name(span.label)),
            },
            Action::Block | Action::Log => continue,
        };
        out.push_str(&text[copied..span.start]);
        out.push_str(&replacement);
        copied = span.end;
    }
    if copied == 0 && out.is_empty() {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::EntityType;

    fn scanner() -> EntityScanner {
        EntityScanner::new(EntityType::ALL.to_vec(), Vec::new(), Vec::new(), &[]).unwrap()
    }

    #[test]
    fn mask_is_stable_and_restores() {
        let s = scanner();
        let text = "mail jane@corp.io or jane@corp.io, cc bob@corp.io; card 4111 1111 1111 1111";
        let spans = s.scan(text);
        let mut vault = Vault::default();
        let action = |l: Label| match l {
            Label::Builtin(EntityType::CreditCard) => Action::Redact,
            _ => Action::Mask,
        };
        let masked = rewrite(text, &spans, &s, action, Some(&mut vault)).unwrap();
        assert_eq!(masked, "mail [EMAIL_1] or [EMAIL_1], cc [EMAIL_2]; card [CREDIT_CARD]");
        assert_eq!(
            vault.restore(&masked, false),
            text.replace("4111 1111 1111 1111", "[CREDIT_CARD]")
        );
        // Unknown placeholders and stray brackets pass through.
        assert_eq!(vault.restore("[EMAIL_9] [x] [", false), "[EMAIL_9] [x] [");
        // Inside JSON strings the original is escaped.
        let mut v = Vault::default();
        v.placeholder("NAME", "a\"b");
        assert_eq!(v.restore(r#"{"to":"[NAME_1]"}"#, true), r#"{"to":"a\"b"}"#);
    }

    #[test]
    fn holds_back_a_placeholder_that_may_be_cut() {
        let mut vault = Vault::default();
        assert_eq!(vault.hold_from("see [EMA"), 8); // empty vault: nothing to restore
        vault.placeholder("EMAIL", "a@b.io");
        assert_eq!(vault.hold_from("see [EMA"), 4);
        assert_eq!(vault.hold_from("see [EMAIL_1]"), 13);
        assert_eq!(vault.hold_from("see [a link"), 11);
        assert_eq!(vault.hold_from("["), 0);
    }

    #[test]
    fn log_and_block_leave_text_alone() {
        let s = scanner();
        let text = "mail jane@corp.io";
        let spans = s.scan(text);
        assert!(rewrite(text, &spans, &s, |_| Action::Log, None).is_none());
        assert_eq!(
            rewrite(text, &spans, &s, |_| Action::Mask, None).as_deref(),
            Some("mail [EMAIL]")
        );
    }
}
