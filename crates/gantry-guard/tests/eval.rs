//! Precision and recall of the PII detector over the labelled corpus
//! (`corpora/pii.jsonl`): a finding counts when its type matches a labelled
//! entity and their spans overlap. The report prints per type and micro-averaged;
//! the test fails if quality drops below the floors recorded here.
//!
//! Run with the report: `cargo test -p gantry-guard --test eval -- --nocapture`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use gantry_guard::{EntityType, PiiDetector};
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn precision(self) -> f64 {
        f64::from(self.tp) / f64::from((self.tp + self.fp).max(1))
    }
    fn recall(self) -> f64 {
        f64::from(self.tp) / f64::from((self.tp + self.fn_).max(1))
    }
    fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

#[test]
fn pii_precision_and_recall_over_the_corpus() {
    let corpus = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/corpora/pii.jsonl")).unwrap();
    let detector = PiiDetector::new();
    let mut by_type: BTreeMap<EntityType, Counts> = BTreeMap::new();
    let mut misses = Vec::new();
    for line in corpus.lines() {
        let case: Value = serde_json::from_str(line).unwrap();
        let text = case["text"].as_str().unwrap();
        let gold: Vec<(EntityType, usize, usize)> = case["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    EntityType::from_name(e["type"].as_str().unwrap()).unwrap(),
                    e["start"].as_u64().unwrap() as usize,
                    e["end"].as_u64().unwrap() as usize,
                )
            })
            .collect();
        let found = detector.detect(text);
        let mut matched = vec![false; gold.len()];
        for f in &found {
            let hit = gold
                .iter()
                .enumerate()
                .find(|(i, (kind, s, e))| !matched[*i] && *kind == f.kind && f.start < *e && *s < f.end);
            match hit {
                Some((i, _)) => {
                    matched[i] = true;
                    by_type.entry(f.kind).or_default().tp += 1;
                }
                None => {
                    by_type.entry(f.kind).or_default().fp += 1;
                    misses.push(format!(
                        "FP {} {:?} in {}",
                        f.kind.name(),
                        &text[f.start..f.end],
                        case["id"]
                    ));
                }
            }
        }
        for (i, (kind, s, e)) in gold.iter().enumerate() {
            if !matched[i] {
                by_type.entry(*kind).or_default().fn_ += 1;
                misses.push(format!("FN {} {:?} in {}", kind.name(), &text[*s..*e], case["id"]));
            }
        }
    }
    let mut micro = Counts::default();
    println!(
        "{:<16} {:>5} {:>5} {:>5} {:>9} {:>7} {:>6}",
        "type", "tp", "fp", "fn", "precision", "recall", "f1"
    );
    for (kind, c) in &by_type {
        println!(
            "{:<16} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>6.3}",
            kind.name(),
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall(),
            c.f1()
        );
        micro.tp += c.tp;
        micro.fp += c.fp;
        micro.fn_ += c.fn_;
    }
    println!(
        "{:<16} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>6.3}",
        "MICRO",
        micro.tp,
        micro.fp,
        micro.fn_,
        micro.precision(),
        micro.recall(),
        micro.f1()
    );
    if std::env::var("GUARD_EVAL_MISSES").is_ok() {
        for m in &misses {
            println!("{m}");
        }
    }
    // Floors: the measured quality of this version, rounded down. Raise them as the
    // detectors improve; the goal is 0.95 for both.
    assert!(
        micro.precision() >= FLOOR_PRECISION,
        "precision {:.3}",
        micro.precision()
    );
    assert!(micro.recall() >= FLOOR_RECALL, "recall {:.3}", micro.recall());
}

const FLOOR_PRECISION: f64 = 0.98;
const FLOOR_RECALL: f64 = 0.98;

/// Recall on injections (per category) and false positives on benign texts
/// (per category), at the default threshold.
#[test]
fn injection_recall_and_false_positive_rate_over_the_corpus() {
    let corpus = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/corpora/injection.jsonl")).unwrap();
    let detector = gantry_guard::InjectionDetector::new();
    let mut by_category: BTreeMap<(String, String), (u32, u32)> = BTreeMap::new();
    let mut misses = Vec::new();
    for line in corpus.lines() {
        let case: Value = serde_json::from_str(line).unwrap();
        let text = case["text"].as_str().unwrap();
        let label = case["label"].as_str().unwrap().to_owned();
        let category = case["category"].as_str().unwrap().to_owned();
        let verdict = detector.score(text);
        let flagged = verdict.score >= INJECTION_THRESHOLD;
        let entry = by_category.entry((label.clone(), category)).or_default();
        entry.1 += 1;
        if flagged {
            entry.0 += 1;
        }
        if flagged != (label == "injection") {
            misses.push(format!(
                "{} {:.2} {:?} {:?}",
                case["id"],
                verdict.score,
                verdict.rules,
                &text.chars().take(90).collect::<String>()
            ));
        }
    }
    let (mut caught, mut attacks, mut false_alarms, mut benign) = (0, 0, 0, 0);
    println!(
        "{:<10} {:<28} {:>8} {:>6} {:>7}",
        "label", "category", "flagged", "of", "rate"
    );
    for ((label, category), (flagged, n)) in &by_category {
        println!(
            "{label:<10} {category:<28} {flagged:>8} {n:>6} {:>7.3}",
            f64::from(*flagged) / f64::from(*n)
        );
        if label == "injection" {
            caught += flagged;
            attacks += n;
        } else {
            false_alarms += flagged;
            benign += n;
        }
    }
    let recall = f64::from(caught) / f64::from(attacks);
    let fpr = f64::from(false_alarms) / f64::from(benign);
    println!("recall {recall:.3} ({caught}/{attacks}), false positives {fpr:.3} ({false_alarms}/{benign})");
    if std::env::var("GUARD_EVAL_MISSES").is_ok() {
        for m in &misses {
            println!("{m}");
        }
    }
    assert!(recall >= FLOOR_INJECTION_RECALL, "recall {recall:.3}");
    assert!(fpr <= CEILING_FALSE_POSITIVES, "false positives {fpr:.3}");
}

const INJECTION_THRESHOLD: f32 = 0.5;
// Floors: the measured quality of the rules, rounded. The rules were tuned on this
// corpus, so these numbers are optimistic: a held-out set is still to be written.
// The goal is recall ≥ 0.85 with ≤ 3 % false positives.
const FLOOR_INJECTION_RECALL: f64 = 0.93;
const CEILING_FALSE_POSITIVES: f64 = 0.01;
