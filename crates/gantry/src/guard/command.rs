//! `gantry guard …`: measure the detectors over labelled corpora, and try a
//! policy on a text — both usable as CI gates.

use std::path::PathBuf;
use std::sync::Arc;

use clap::Subcommand;
use gantry_guard::{EntityScanner, EntityType, InjectionDetector};

use super::GuardPolicy;

#[derive(Subcommand, Debug)]
pub enum GuardCmd {
    /// Precision, recall and F1 per entity type, injection recall and false
    /// positives, over labelled JSON-lines corpora (see crates/gantry-guard/corpora).
    Eval {
        /// A PII corpus: {"text", "entities": [{"type", "start", "end"}]} per line.
        #[arg(long)]
        pii: Option<PathBuf>,
        /// An injection corpus: {"text", "label": "injection"|"benign", "category"} per line.
        #[arg(long)]
        injection: Option<PathBuf>,
        /// Score from which a text counts as an injection.
        #[arg(long, default_value_t = 0.5)]
        threshold: f32,
        /// Use this policy's entity types, custom types, allow-lists and threshold
        /// (needs --config) instead of every built-in type.
        #[arg(long, requires = "config")]
        policy: Option<String>,
        #[arg(long, short, env = "GANTRY_CONFIG")]
        config: Option<PathBuf>,
        /// List every miss (the corpora's values are synthetic).
        #[arg(long)]
        misses: bool,
        /// Fail (exit 1) when micro precision is below this.
        #[arg(long)]
        min_precision: Option<f64>,
        /// Fail when micro recall is below this.
        #[arg(long)]
        min_recall: Option<f64>,
        /// Fail when injection recall is below this.
        #[arg(long)]
        min_injection_recall: Option<f64>,
        /// Fail when the false-positive rate on benign texts is above this.
        #[arg(long)]
        max_false_positives: Option<f64>,
    },
    /// What a policy finds in a text and what it would send upstream (the
    /// text from the argument, or standard input). Prints JSON.
    Check {
        #[arg(long, short, env = "GANTRY_CONFIG")]
        config: PathBuf,
        #[arg(long)]
        policy: String,
        text: Option<String>,
    },
}

fn policy_from(config: &std::path::Path, name: &str) -> Result<Arc<GuardPolicy>, String> {
    let snapshot = crate::config::load(config)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    snapshot
        .guards
        .policy(name)
        .ok_or_else(|| format!("no guard policy `{name}` under guards.policies in {}", config.display()))
}

fn read(path: &std::path::Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Runs a `gantry guard` command; `Err` is the message for stderr (exit 1).
pub fn run(cmd: GuardCmd) -> Result<(), String> {
    match cmd {
        GuardCmd::Eval {
            pii,
            injection,
            threshold,
            policy,
            config,
            misses,
            min_precision,
            min_recall,
            min_injection_recall,
            max_false_positives,
        } => {
            if pii.is_none() && injection.is_none() {
                return Err("give --pii and/or --injection corpus files".into());
            }
            let policy = match (&policy, &config) {
                (Some(name), Some(config)) => Some(policy_from(config, name)?),
                _ => None,
            };
            let mut failures = Vec::new();
            if let Some(path) = &pii {
                let builtin;
                let scanner = match policy.as_ref().and_then(|p| p.entities.as_ref()) {
                    Some(entities) => &entities.scanner,
                    None => {
                        builtin = EntityScanner::new(EntityType::ALL.to_vec(), Vec::new(), Vec::new(), &[])
                            .map_err(|e| e.to_string())?;
                        &builtin
                    }
                };
                let report = gantry_guard::eval::entities(&read(path)?, scanner)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                println!("{}\n{report}", path.display());
                if misses {
                    report.misses.iter().for_each(|m| println!("{m}"));
                }
                if min_precision.is_some_and(|min| report.micro.precision() < min) {
                    failures.push(format!(
                        "precision {:.3} is below {:?}",
                        report.micro.precision(),
                        min_precision
                    ));
                }
                if min_recall.is_some_and(|min| report.micro.recall() < min) {
                    failures.push(format!("recall {:.3} is below {:?}", report.micro.recall(), min_recall));
                }
            }
            if let Some(path) = &injection {
                let (detector, threshold) = match policy.as_ref().and_then(|p| p.injection.as_ref()) {
                    Some(inj) => (inj.detector.clone(), inj.threshold),
                    None => (Arc::new(InjectionDetector::new()), threshold),
                };
                let report = gantry_guard::eval::injection(&read(path)?, &detector, threshold)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                println!("{} (threshold {threshold})\n{report}", path.display());
                if misses {
                    report.misses.iter().for_each(|m| println!("{m}"));
                }
                if min_injection_recall.is_some_and(|min| report.recall() < min) {
                    failures.push(format!(
                        "injection recall {:.3} is below {:?}",
                        report.recall(),
                        min_injection_recall
                    ));
                }
                if max_false_positives.is_some_and(|max| report.false_positive_rate() > max) {
                    failures.push(format!(
                        "false-positive rate {:.3} is above {:?}",
                        report.false_positive_rate(),
                        max_false_positives
                    ));
                }
            }
            if failures.is_empty() {
                Ok(())
            } else {
                Err(failures.join("; "))
            }
        }
        GuardCmd::Check { config, policy, text } => {
            let policy = policy_from(&config, &policy)?;
            let text = match text {
                Some(text) => text,
                None => {
                    std::io::read_to_string(std::io::stdin()).map_err(|e| format!("cannot read standard input: {e}"))?
                }
            };
            let body = serde_json::json!({"model": "-", "messages": [{"role": "user", "content": text}]});
            let inspected = super::inspect(
                &policy,
                crate::pipeline::ClientWire::OpenAi,
                crate::pipeline::Endpoint::Chat,
                body.to_string().as_bytes(),
            );
            let upstream = inspected
                .body
                .as_deref()
                .and_then(|b| serde_json::from_slice::<serde_json::Value>(b).ok())
                .and_then(|v| v["messages"][0]["content"].as_str().map(str::to_owned));
            // What the provider would get: nothing when blocked, else the (rewritten) text.
            let upstream = match &inspected.blocked {
                Some(_) => serde_json::Value::Null,
                None => serde_json::Value::String(upstream.unwrap_or(text)),
            };
            let out = serde_json::json!({
                "verdict": inspected.verdict,
                "blocked": inspected.blocked.map(|e| serde_json::json!({"code": e.code, "message": e.message})),
                "upstream_text": upstream,
            });
            println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
            Ok(())
        }
    }
}
