//! Guard policies on the request path: personal data and secrets are blocked,
//! redacted, masked (and restored in the answer) or logged; prompt injection
//! is scored; answers are moderated. The detectors are `gantry-guard`'s pure
//! functions; this module decides where they run and what a verdict does.
//!
//! ```text
//! request ─► inspect (injection score, PII actions; may rewrite the body) ─► upstream
//! answer  ─► whole: check + restore every text field
//!            stream: per text channel, hold back a window, check, restore
//! ```

pub mod command;
pub mod config;
mod request;
mod response;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::sync::Arc;

use gantry_guard::{
    CustomEntity, EntityPolicy, EntityScanner, EntityType, InjectionDetector, Label, Moderator, Validator,
};
use serde::Serialize;

pub use config::GuardsConfig;
use config::{BlockOrFlag, EntityAction, GuardPolicyConfig, InjectionSource};
pub use request::{Inspected, inspect};
pub use response::{OutputGuard, guard_answer};

/// The reserved policy name that turns guards off for an entity.
pub const NONE: &str = "none";

/// One compiled guard policy.
pub struct GuardPolicy {
    pub name: String,
    /// Entity types in requests, with their actions.
    pub entities: Option<EntityPolicy>,
    /// Entity types in answers, with their actions there.
    pub answer_entities: Option<EntityPolicy>,
    pub injection: Option<InjectionPolicy>,
    pub moderation: Option<ModerationPolicy>,
    pub header: bool,
    pub window: usize,
}

impl std::fmt::Debug for GuardPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GuardPolicy")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

pub struct InjectionPolicy {
    pub detector: Arc<InjectionDetector>,
    pub threshold: f32,
    pub block: bool,
    pub sources: Vec<InjectionSource>,
}

pub struct ModerationPolicy {
    pub moderator: Moderator,
    pub block: bool,
    pub message: String,
}

impl GuardPolicy {
    /// Whether answers need checking or restoring at all (given the call's vault).
    pub fn checks_answers(&self) -> bool {
        self.moderation.is_some() || self.answer_entities.is_some()
    }
}

/// Every policy, and which calls get which.
#[derive(Debug, Default)]
pub struct Guards {
    policies: HashMap<String, Arc<GuardPolicy>>,
    default: Option<String>,
    teams: BTreeMap<String, String>,
    keys: BTreeMap<String, String>,
}

impl Guards {
    pub fn is_empty(&self) -> bool {
        self.policies.is_empty()
    }

    /// The policy named `name`, if defined.
    pub fn policy(&self, name: &str) -> Option<Arc<GuardPolicy>> {
        self.policies.get(name).cloned()
    }

    pub fn contains(&self, name: &str) -> bool {
        name == NONE || self.policies.contains_key(name)
    }

    /// The policy for a call: the first name found, most specific first.
    /// `Err` names a policy that does not exist (a store policy naming one a
    /// reload removed): the call is refused rather than let through unguarded.
    pub fn resolve(
        &self,
        caller: Option<&crate::auth::Caller>,
        stored: &[Arc<crate::policies::CompiledPolicy>],
        model_guard: Option<&str>,
    ) -> Result<Option<Arc<GuardPolicy>>, gantry_protocol::ApiError> {
        if self.policies.is_empty() && stored.iter().all(|p| p.guard.is_none()) {
            return Ok(None);
        }
        use crate::store::policy::PolicyEntity;
        let stored_guard = |entity: PolicyEntity| {
            stored
                .iter()
                .find(|p| p.entity == entity)
                .and_then(|p| p.guard.as_deref())
        };
        let key_id = caller.and_then(|c| {
            c.principal
                .strip_prefix("key:")
                .or_else(|| c.principal.strip_prefix("config-key:"))
        });
        let team = caller.and_then(|c| c.team.as_deref());
        let name = stored_guard(PolicyEntity::Key)
            .or_else(|| key_id.and_then(|k| self.keys.get(k)).map(String::as_str))
            .or_else(|| stored_guard(PolicyEntity::App))
            .or_else(|| stored_guard(PolicyEntity::Team))
            .or_else(|| team.and_then(|t| self.teams.get(t)).map(String::as_str))
            .or(model_guard)
            .or(self.default.as_deref());
        match name {
            None | Some(NONE) => Ok(None),
            Some(name) => self.policies.get(name).cloned().map(Some).ok_or_else(|| {
                tracing::error!(
                    policy = name,
                    "a guard policy named by a team, app or key does not exist"
                );
                gantry_protocol::ApiError::new(
                    503,
                    "api_error",
                    "guard_unavailable",
                    format!("the guard policy `{name}` that applies to this call is not defined"),
                )
            }),
        }
    }
}

/// Compiles the `guards` section (models' `guard` names are checked with the models).
pub fn compile(cfg: &GuardsConfig) -> Result<Guards, String> {
    let mut policies = HashMap::new();
    let mut detectors = SharedDetectors::default();
    for (name, policy) in &cfg.policies {
        if name == NONE {
            return Err(format!(
                "`{NONE}` is reserved (it means no guard); name the policy otherwise"
            ));
        }
        let compiled = compile_policy(name, policy, &mut detectors).map_err(|e| format!("policy `{name}`: {e}"))?;
        policies.insert(name.clone(), Arc::new(compiled));
    }
    let known = |n: &str| n == NONE || policies.contains_key(n);
    let uses = cfg
        .default
        .iter()
        .map(|n| ("default".to_owned(), n.as_str()))
        .chain(cfg.teams.iter().map(|(t, n)| (format!("teams.{t}"), n.as_str())))
        .chain(cfg.keys.iter().map(|(k, n)| (format!("keys.{k}"), n.as_str())));
    for (place, name) in uses {
        if !known(name) {
            return Err(format!(
                "{place} names the guard policy `{name}`, which is not defined under guards.policies"
            ));
        }
    }
    Ok(Guards {
        policies,
        default: cfg.default.clone(),
        teams: cfg.teams.clone(),
        keys: cfg.keys.clone(),
    })
}

/// Injection detectors shared by every policy of one config: each is built
/// at most once (the classifier's is `Some(None)` when its model is unreadable).
#[derive(Default)]
struct SharedDetectors {
    rules: Option<Arc<InjectionDetector>>,
    with_classifier: Option<Option<Arc<InjectionDetector>>>,
}

fn compile_policy(name: &str, cfg: &GuardPolicyConfig, detectors: &mut SharedDetectors) -> Result<GuardPolicy, String> {
    let (entities, answer_entities) = match &cfg.pii {
        None => (None, None),
        Some(pii) => {
            let customs: Vec<(&config::CustomEntityConfig, EntityAction)> =
                pii.custom.iter().map(|c| (c, c.action)).collect();
            let request = entity_policy(&pii.entities, pii.default, &customs, pii)?;
            let answers = if pii.answers.is_empty() {
                None
            } else {
                let builtin = pii
                    .answers
                    .iter()
                    .filter(|(name, _)| !pii.custom.iter().any(|c| &c.name == *name))
                    .map(|(n, a)| (n.clone(), *a))
                    .collect();
                let customs: Vec<_> = pii
                    .custom
                    .iter()
                    .filter_map(|c| Some((c, *pii.answers.get(&c.name)?)))
                    .collect();
                Some(
                    entity_policy(&builtin, None, &customs, pii)
                        .map_err(|e| e.replace("pii.entities", "pii.answers"))?,
                )
            };
            (Some(request), answers)
        }
    };
    let injection = match &cfg.injection {
        None => None,
        Some(inj) => {
            if !(0.0..=1.0).contains(&inj.threshold) {
                return Err(format!("injection.threshold {} is not between 0 and 1", inj.threshold));
            }
            if inj.scan.is_empty() {
                return Err(
                    "injection.scan is empty: list what to score (user, system, tool_results, documents)".into(),
                );
            }
            let detector = if inj.classifier {
                detectors
                    .with_classifier
                    .get_or_insert_with(|| InjectionDetector::with_classifier().map(Arc::new))
                    .clone()
                    .ok_or("injection.classifier: the shipped classifier model could not be read")?
            } else {
                detectors
                    .rules
                    .get_or_insert_with(|| Arc::new(InjectionDetector::new()))
                    .clone()
            };
            Some(InjectionPolicy {
                detector,
                threshold: inj.threshold,
                block: inj.action == BlockOrFlag::Block,
                sources: inj.scan.clone(),
            })
        }
    };
    let moderation = match &cfg.moderation {
        None => None,
        Some(m) => {
            let mut rules = Vec::new();
            for rule in &m.rules {
                let matcher = match (&rule.pattern, rule.words.is_empty()) {
                    (Some(p), true) => gantry_guard::Matcher::Pattern(p.clone()),
                    (None, false) => gantry_guard::Matcher::Words(rule.words.clone()),
                    _ => {
                        return Err(format!(
                            "moderation rule `{}`: give either `words` or `pattern`",
                            rule.id
                        ));
                    }
                };
                rules.push(gantry_guard::ModerationRule {
                    id: rule.id.clone(),
                    category: rule.category.clone(),
                    matcher,
                });
            }
            Some(ModerationPolicy {
                moderator: Moderator::new(&rules).map_err(|e| format!("moderation: {e}"))?,
                block: m.action == BlockOrFlag::Block,
                message: m.message.clone(),
            })
        }
    };
    Ok(GuardPolicy {
        name: name.to_owned(),
        entities,
        answer_entities,
        injection,
        moderation,
        header: cfg.header,
        window: cfg.window_bytes.max(1),
    })
}

/// An entity policy from `actions` by type name (and `default` for the other
/// built-in types) and custom types with their actions.
fn entity_policy(
    actions: &BTreeMap<String, EntityAction>,
    default: Option<EntityAction>,
    customs: &[(&config::CustomEntityConfig, EntityAction)],
    pii: &config::PiiConfig,
) -> Result<EntityPolicy, String> {
    let mut labelled = Vec::new();
    let mut wanted = Vec::new();
    for (type_name, action) in actions {
        let kind = EntityType::from_name(type_name).ok_or_else(|| {
            let known: Vec<&str> = EntityType::ALL.iter().map(|t| t.name()).collect();
            format!(
                "pii.entities: unknown type `{type_name}` (known: {}, or a custom type)",
                known.join(", ")
            )
        })?;
        wanted.push(kind);
        labelled.push((Label::Builtin(kind), action.to_guard()));
    }
    if let Some(default) = default {
        for kind in EntityType::ALL {
            if !wanted.contains(&kind) {
                wanted.push(kind);
                labelled.push((Label::Builtin(kind), default.to_guard()));
            }
        }
    }
    let mut custom = Vec::new();
    for (i, (c, action)) in customs.iter().enumerate() {
        if c.name.is_empty()
            || !c
                .name
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(format!(
                "pii.custom: name `{}` must be upper-case letters, digits and _",
                c.name
            ));
        }
        if EntityType::from_name(&c.name).is_some() || customs[..i].iter().any(|(o, _)| o.name == c.name) {
            return Err(format!("pii.custom: the type `{}` is defined twice", c.name));
        }
        let regex = gantry_guard::Regex::new(&c.pattern).map_err(|e| format!("pii.custom `{}`: {e}", c.name))?;
        let validator = match &c.validator {
            None => None,
            Some(v) => Some(Validator::from_name(v).ok_or_else(|| {
                format!(
                    "pii.custom `{}`: unknown validator `{v}` (known: luhn, iban, us_ssn)",
                    c.name
                )
            })?),
        };
        labelled.push((Label::Custom(u16::try_from(i).unwrap_or(u16::MAX)), action.to_guard()));
        custom.push(CustomEntity {
            name: c.name.clone(),
            regex,
            validator,
        });
    }
    let scanner = EntityScanner::new(wanted, custom, pii.allow.clone(), &pii.allow_patterns)
        .map_err(|e| format!("pii.allow_patterns: {e}"))?;
    Ok(EntityPolicy {
        scanner,
        actions: labelled,
    })
}

/// What the guards saw and did in one call: types, counts, scores and rule
/// ids, never the values. Stored on the usage record.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Verdict {
    pub policy: String,
    /// Entity types found in the request, with counts and actions.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub request: BTreeMap<String, EntityCount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub injection: Option<InjectionVerdict>,
    /// Entity types found in the answer.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub answer: BTreeMap<String, EntityCount>,
    /// Moderation rules the answer matched.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub moderation: BTreeSet<String>,
    /// What stopped the call: `request_pii`, `injection`, `answer_pii` or `moderation`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntityCount {
    pub count: u32,
    pub action: &'static str,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct InjectionVerdict {
    pub score: f64,
    pub rules: Vec<&'static str>,
    /// `block` or `flag` when the score reached the threshold, else `pass`.
    pub action: &'static str,
}

impl Verdict {
    /// The `x-gantry-guard` header: `policy=p; request=EMAIL:2:mask; injection=0.91:block; blocked=injection`.
    pub fn header(&self) -> String {
        let mut out = format!("policy={}", self.policy);
        let counts = |map: &BTreeMap<String, EntityCount>| {
            map.iter()
                .map(|(k, v)| format!("{k}:{}:{}", v.count, v.action))
                .collect::<Vec<_>>()
                .join(",")
        };
        if !self.request.is_empty() {
            let _ = write!(out, "; request={}", counts(&self.request));
        }
        if let Some(i) = &self.injection {
            let _ = write!(out, "; injection={:.2}:{}", i.score, i.action);
        }
        if !self.answer.is_empty() {
            let _ = write!(out, "; answer={}", counts(&self.answer));
        }
        if !self.moderation.is_empty() {
            let rules: Vec<&str> = self.moderation.iter().map(String::as_str).collect();
            let _ = write!(out, "; moderation={}", rules.join(","));
        }
        if let Some(b) = self.blocked {
            let _ = write!(out, "; blocked={b}");
        }
        out
    }
}

/// Every string inside a JSON value (tool inputs), in document order.
fn every_string<'v>(value: &'v mut serde_json::Value, f: &mut dyn FnMut(&'v mut String)) {
    use serde_json::Value;
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter_mut().for_each(|v| every_string(v, f)),
        Value::Object(map) => map.values_mut().for_each(|v| every_string(v, f)),
        _ => {}
    }
}

/// Adds the counts of `found` to a verdict map.
fn count_into(
    map: &mut BTreeMap<String, EntityCount>,
    policy: &EntityPolicy,
    found: &BTreeMap<Label, u32>,
    answer: bool,
) {
    for (label, n) in found {
        let mut action = policy.action(*label);
        if answer && action == gantry_guard::Action::Mask {
            action = gantry_guard::Action::Redact; // nothing to give back in an answer
        }
        let entry = map
            .entry(policy.scanner.name(*label).to_owned())
            .or_insert(EntityCount {
                count: 0,
                action: action.name(),
            });
        entry.count += n;
    }
}

/// A call's guard state, carried on its record: the verdict so far and the
/// answer's guard (which holds the masked values until the answer is out).
pub struct CallGuard {
    pub verdict: Verdict,
    pub output: Option<OutputGuard>,
    /// Send the verdict in `x-gantry-guard`.
    pub header: bool,
}

impl CallGuard {
    /// Folds what the answer's checks saw into the verdict (once the answer is done).
    pub fn settle(&mut self) {
        if let Some(output) = self.output.take() {
            output.merge_into(&mut self.verdict);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::auth::{Caller, ModelFilter};
    use crate::policies::CompiledPolicy;
    use crate::store::policy::PolicyEntity;

    fn guards(yaml: &str) -> Result<Guards, String> {
        let cfg: GuardsConfig = serde_saphyr::from_str(yaml).unwrap();
        compile(&cfg)
    }

    fn stored(entity: PolicyEntity, guard: &str) -> Arc<CompiledPolicy> {
        Arc::new(CompiledPolicy {
            entity,
            limits: Vec::new(),
            budgets: Vec::new(),
            regions: Vec::new(),
            guard: Some(guard.to_owned()),
        })
    }

    #[test]
    fn the_most_specific_policy_wins() {
        let g = guards(
            "policies: {a: {}, b: {}, c: {}, d: {}, e: {}, f: {}}\ndefault: f\nteams: {red: d}\nkeys: {k1: b}\n",
        )
        .unwrap();
        let caller = Caller {
            principal: "key:k1".into(),
            team: Some("red".into()),
            app: Some("app1".into()),
            models: ModelFilter::default(),
        };
        let name = |stored: &[Arc<CompiledPolicy>], caller: Option<&Caller>, model: Option<&str>| {
            g.resolve(caller, stored, model).unwrap().map(|p| p.name.clone())
        };
        let all = [
            stored(PolicyEntity::Key, "a"),
            stored(PolicyEntity::App, "c"),
            stored(PolicyEntity::Team, "e"),
        ];
        assert_eq!(name(&all, Some(&caller), Some("f")).as_deref(), Some("a")); // key in the store
        assert_eq!(name(&all[1..], Some(&caller), None).as_deref(), Some("b")); // key in config
        let other_key = Caller {
            principal: "config-key:k2".into(),
            ..caller.clone()
        };
        assert_eq!(name(&all[1..], Some(&other_key), None).as_deref(), Some("c")); // app
        assert_eq!(name(&all[2..], Some(&other_key), None).as_deref(), Some("e")); // team in the store
        assert_eq!(name(&[], Some(&other_key), Some("a")).as_deref(), Some("d")); // team in config
        let no_team = Caller {
            team: None,
            ..other_key.clone()
        };
        assert_eq!(name(&[], Some(&no_team), Some("a")).as_deref(), Some("a")); // the model's
        assert_eq!(name(&[], None, None).as_deref(), Some("f")); // the default
        // `none` turns guards off, at any level.
        assert_eq!(name(&[stored(PolicyEntity::Key, NONE)], Some(&caller), None), None);
        // A stored name that no longer exists refuses the call.
        let err = g
            .resolve(Some(&caller), &[stored(PolicyEntity::Key, "gone")], None)
            .unwrap_err();
        assert_eq!(err.code, "guard_unavailable");
    }

    #[test]
    fn bad_policies_say_what_is_wrong() {
        let cases = [
            ("policies: {none: {}}", "reserved"),
            ("policies: {p: {}}\ndefault: q", "`q`, which is not defined"),
            ("policies: {p: {}}\nteams: {t: q}", "teams.t"),
            (
                "policies: {p: {pii: {entities: {EMIAL: block}}}}",
                "unknown type `EMIAL`",
            ),
            (
                "policies: {p: {pii: {answers: {NOPE: block}}}}",
                "pii.answers: unknown type `NOPE`",
            ),
            (
                "policies: {p: {pii: {custom: [{name: emp, pattern: x, action: mask}]}}}",
                "upper-case",
            ),
            (
                "policies: {p: {pii: {custom: [{name: EMP, pattern: '(', action: mask}]}}}",
                "pii.custom `EMP`",
            ),
            (
                "policies: {p: {pii: {custom: [{name: EMP, pattern: x, validator: crc, action: mask}]}}}",
                "unknown validator `crc`",
            ),
            ("policies: {p: {pii: {allow_patterns: ['(']}}}", "allow_patterns"),
            ("policies: {p: {injection: {threshold: 2}}}", "between 0 and 1"),
            ("policies: {p: {injection: {scan: []}}}", "scan is empty"),
            (
                "policies: {p: {moderation: {rules: [{id: r}]}}}",
                "either `words` or `pattern`",
            ),
            (
                "policies: {p: {moderation: {rules: [{id: r, pattern: '['}]}}}",
                "moderation rule `r`",
            ),
        ];
        for (yaml, expected) in cases {
            let err = guards(yaml).unwrap_err();
            assert!(err.contains(expected), "{yaml}: {err}");
        }
    }

    #[test]
    fn custom_types_and_answer_checks_compile() {
        let g = guards(
            "policies:\n  p:\n    pii:\n      default: log\n      entities: {EMAIL: mask}\n      custom: [{name: EMP_ID, pattern: 'EMP-\\d{6}', validator: luhn, action: redact}]\n      answers: {SECRET: block, EMP_ID: redact}\n",
        )
        .unwrap();
        let p = g.policies.get("p").unwrap();
        let entities = p.entities.as_ref().unwrap();
        assert_eq!(
            entities.action(Label::Builtin(EntityType::Email)),
            gantry_guard::Action::Mask
        );
        assert_eq!(
            entities.action(Label::Builtin(EntityType::Phone)),
            gantry_guard::Action::Log
        );
        let spans = entities.scanner.scan("id EMP-123455");
        assert_eq!(entities.scanner.name(spans[0].label), "EMP_ID");
        let answers = p.answer_entities.as_ref().unwrap();
        assert_eq!(
            answers.scanner.name(answers.scanner.scan("EMP-123455")[0].label),
            "EMP_ID"
        );
        assert!(
            answers.scanner.scan("mail a@b.io").is_empty(),
            "EMAIL is not checked in answers"
        );
        assert!(p.checks_answers());
    }
}
