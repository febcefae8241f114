//! Output moderation by the operator's rules: deny-lists of words or phrases
//! (whole words, any case) and regexes, each with an id and a category.

use regex::{RegexBuilder, RegexSet};

/// One rule as configured.
#[derive(Debug, Clone)]
pub struct ModerationRule {
    pub id: String,
    pub category: String,
    pub matcher: Matcher,
}

#[derive(Debug, Clone)]
pub enum Matcher {
    /// Words or phrases, matched as whole words, case-insensitively.
    Words(Vec<String>),
    /// A regex (the `regex` crate's syntax: linear time on any input).
    Pattern(String),
}

/// The compiled rules; one pass over a text says which match.
#[derive(Debug)]
pub struct Moderator {
    rules: Vec<(String, String)>,
    set: RegexSet,
}

impl Moderator {
    pub fn new(rules: &[ModerationRule]) -> Result<Moderator, String> {
        let mut patterns = Vec::with_capacity(rules.len());
        for rule in rules {
            let pattern = match &rule.matcher {
                Matcher::Words(words) => {
                    if words.iter().any(|w| w.trim().is_empty()) || words.is_empty() {
                        return Err(format!("moderation rule `{}`: words must not be empty", rule.id));
                    }
                    let alternatives: Vec<String> = words.iter().map(|w| regex::escape(w.trim())).collect();
                    format!(r"(?i)\b(?:{})\b", alternatives.join("|"))
                }
                Matcher::Pattern(p) => {
                    // Checked alone first, so the error names the rule.
                    RegexBuilder::new(p)
                        .size_limit(1 << 20)
                        .build()
                        .map_err(|e| format!("moderation rule `{}`: {e}", rule.id))?;
                    p.clone()
                }
            };
            patterns.push(pattern);
        }
        let set = RegexSet::new(&patterns).map_err(|e| format!("moderation rules: {e}"))?;
        Ok(Moderator {
            rules: rules.iter().map(|r| (r.id.clone(), r.category.clone())).collect(),
            set,
        })
    }

    /// Indexes of the rules `text` matches.
    pub fn check(&self, text: &str) -> Vec<usize> {
        if self.rules.is_empty() {
            return Vec::new();
        }
        self.set.matches(text).into_iter().collect()
    }

    pub fn id(&self, rule: usize) -> &str {
        self.rules.get(rule).map_or("", |r| r.0.as_str())
    }

    pub fn category(&self, rule: usize) -> &str {
        self.rules.get(rule).map_or("", |r| r.1.as_str())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn rules() -> Vec<ModerationRule> {
        vec![
            ModerationRule {
                id: "competitors".into(),
                category: "brand".into(),
                matcher: Matcher::Words(vec!["AcmeCorp".into(), "Globex Inc".into()]),
            },
            ModerationRule {
                id: "internal-hosts".into(),
                category: "leak".into(),
                matcher: Matcher::Pattern(r"\b[a-z0-9-]+\.corp\.internal\b".into()),
            },
        ]
    }

    #[test]
    fn words_match_whole_words_any_case_and_patterns_match() {
        let m = Moderator::new(&rules()).unwrap();
        assert_eq!(m.check("try acmecorp instead"), vec![0]);
        assert_eq!(m.check("GLOBEX INC. and db1.corp.internal"), vec![0, 1]);
        assert!(m.check("acmecorporation is fine, so is globex").is_empty());
        assert_eq!(m.id(1), "internal-hosts");
        assert_eq!(m.category(0), "brand");
    }

    #[test]
    fn bad_rules_are_named() {
        let mut bad = rules();
        bad[1].matcher = Matcher::Pattern("(".into());
        assert!(Moderator::new(&bad).unwrap_err().contains("internal-hosts"));
        bad[0].matcher = Matcher::Words(vec![" ".into()]);
        assert!(Moderator::new(&bad).unwrap_err().contains("competitors"));
    }
}
