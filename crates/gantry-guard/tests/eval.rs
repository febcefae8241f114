//! Accuracy over the labelled corpora: the tuning set (`corpora/*.jsonl`, which
//! the rules were developed against), the dev set (`corpora/dev/`, written blind,
//! measured once, then used to generalise the rules), the held-out set
//! (`corpora/heldout/`, written blind by another author, never used for rules;
//! its injection half now trains the classifier) and the blind injection set
//! (`corpora/blind/`, never used for anything but these numbers). The report
//! prints per type / category; the tests fail if quality drops below the floors
//! recorded here.
//!
//! Run with the report: `cargo test -p gantry-guard --test eval -- --nocapture`
//! (`GUARD_EVAL_MISSES=1` lists every miss).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gantry_guard::eval::{self, EntityReport, InjectionReport};
use gantry_guard::{EntityScanner, EntityType, InjectionDetector};

const INJECTION_THRESHOLD: f32 = 0.5;

fn corpus(path: &str) -> String {
    std::fs::read_to_string(format!("{}/corpora/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn entities(path: &str) -> EntityReport {
    let scanner = EntityScanner::new(EntityType::ALL.to_vec(), Vec::new(), Vec::new(), &[]).unwrap();
    let report = eval::entities(&corpus(path), &scanner).unwrap();
    println!("{path}\n{report}");
    if std::env::var("GUARD_EVAL_MISSES").is_ok() {
        report.misses.iter().for_each(|m| println!("{m}"));
    }
    report
}

fn injection(path: &str) -> InjectionReport {
    let report = eval::injection(&corpus(path), &InjectionDetector::new(), INJECTION_THRESHOLD).unwrap();
    println!("{path}\n{report}");
    if std::env::var("GUARD_EVAL_MISSES").is_ok() {
        report.misses.iter().for_each(|m| println!("{m}"));
    }
    report
}

// Floors: the measured quality of this version, rounded down. On the tuning set
// the numbers are optimistic by construction; the held-out set is the honest one.

#[test]
fn entities_on_the_tuning_set() {
    let r = entities("pii.jsonl");
    assert!(r.micro.precision() >= 0.98, "precision {:.3}", r.micro.precision());
    assert!(r.micro.recall() >= 0.98, "recall {:.3}", r.micro.recall());
}

#[test]
fn injection_on_the_tuning_set() {
    let r = injection("injection.jsonl");
    assert!(r.recall() >= 0.93, "recall {:.3}", r.recall());
    assert!(
        r.false_positive_rate() <= 0.01,
        "false positives {:.3}",
        r.false_positive_rate()
    );
}

#[test]
fn entities_on_the_dev_set() {
    let r = entities("dev/pii.jsonl");
    assert!(r.micro.precision() >= 0.99, "precision {:.3}", r.micro.precision());
    assert!(r.micro.recall() >= 0.99, "recall {:.3}", r.micro.recall());
}

#[test]
fn injection_on_the_dev_set() {
    let r = injection("dev/injection.jsonl");
    assert!(r.recall() >= 0.98, "recall {:.3}", r.recall());
    assert!(
        r.false_positive_rate() <= 0.01,
        "false positives {:.3}",
        r.false_positive_rate()
    );
}

#[test]
fn entities_on_the_held_out_set() {
    let r = entities("heldout/pii.jsonl");
    assert!(
        r.micro.precision() >= HELD_OUT_PII_PRECISION,
        "precision {:.3}",
        r.micro.precision()
    );
    assert!(
        r.micro.recall() >= HELD_OUT_PII_RECALL,
        "recall {:.3}",
        r.micro.recall()
    );
}

#[test]
fn injection_on_the_held_out_set() {
    let r = injection("heldout/injection.jsonl");
    assert!(r.recall() >= HELD_OUT_INJECTION_RECALL, "recall {:.3}", r.recall());
    assert!(
        r.false_positive_rate() <= HELD_OUT_FALSE_POSITIVES,
        "false positives {:.3}",
        r.false_positive_rate()
    );
}

// First measured on 2026-11-23 (rules of this commit; nobody has looked at its
// misses): precision 0.973, recall 0.981; injection recall 0.680 at 2.5 % false
// positives. The injection goal (0.85 at ≤ 3 %) is not met by the rules alone.
const HELD_OUT_PII_PRECISION: f64 = 0.97;
const HELD_OUT_PII_RECALL: f64 = 0.98;
const HELD_OUT_INJECTION_RECALL: f64 = 0.68;
const HELD_OUT_FALSE_POSITIVES: f64 = 0.03;

fn with_classifier(path: &str) -> InjectionReport {
    let detector = InjectionDetector::with_classifier().expect("the shipped classifier model");
    let report = eval::injection(&corpus(path), &detector, INJECTION_THRESHOLD).unwrap();
    println!("{path} (rules + classifier)\n{report}");
    if std::env::var("GUARD_EVAL_MISSES").is_ok() {
        report.misses.iter().for_each(|m| println!("{m}"));
    }
    report
}

/// The shipped model on texts it was trained on: not a measure of quality, but
/// proof that the crate computes the features and the arithmetic the trainer
/// did (a mismatch scores like chance).
#[test]
fn the_classifier_fits_its_training_corpora() {
    for path in ["train/injection_c.jsonl", "train/injection_d.jsonl"] {
        let r = with_classifier(path);
        assert!(r.recall() >= 0.95, "{path}: recall {:.3}", r.recall());
        assert!(
            r.false_positive_rate() <= 0.02,
            "{path}: false positives {:.3}",
            r.false_positive_rate()
        );
    }
}

// The blind set (`corpora/blind/`): written by a separate author who saw
// neither the detectors nor any other corpus, committed before it was first
// measured, and never used for rules, training or thresholds. Floors: its
// first measurement, rounded down.

#[test]
fn injection_on_the_blind_set() {
    let r = injection("blind/injection.jsonl");
    assert!(r.recall() >= BLIND_RULES_RECALL, "recall {:.3}", r.recall());
    assert!(
        r.false_positive_rate() <= BLIND_RULES_FALSE_POSITIVES,
        "false positives {:.3}",
        r.false_positive_rate()
    );
}

#[test]
fn injection_with_the_classifier_on_the_blind_set() {
    let r = with_classifier("blind/injection.jsonl");
    assert!(r.recall() >= BLIND_COMBINED_RECALL, "recall {:.3}", r.recall());
    assert!(
        r.false_positive_rate() <= BLIND_COMBINED_FALSE_POSITIVES,
        "false positives {:.3}",
        r.false_positive_rate()
    );
}

// First measured on 2026-11-23 (commit after da12512, the classifier trained on
// nine corpora by seven authors; nobody has looked at a single case of this
// set): rules 0.566 recall at 2.6 % false positives (151/267, 8/312); rules +
// classifier 0.899 at 0.6 % (240/267, 2/312) — the goal, 0.85 at ≤ 3 %, met.
const BLIND_RULES_RECALL: f64 = 0.56;
const BLIND_RULES_FALSE_POSITIVES: f64 = 0.03;
const BLIND_COMBINED_RECALL: f64 = 0.89;
const BLIND_COMBINED_FALSE_POSITIVES: f64 = 0.01;
