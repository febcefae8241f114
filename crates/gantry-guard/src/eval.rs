//! Accuracy over labelled corpora (JSON lines): precision, recall and F1 per
//! entity type for the entity scanner, and recall per attack category plus the
//! false-positive rate on benign texts for the injection detector. Used by the
//! crate's tests and by `gantry guard eval`.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

use crate::{EntityScanner, InjectionDetector};

/// True and false positives and false negatives.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub tp: u32,
    pub fp: u32,
    pub fn_: u32,
}

impl Counts {
    pub fn precision(self) -> f64 {
        f64::from(self.tp) / f64::from((self.tp + self.fp).max(1))
    }

    pub fn recall(self) -> f64 {
        f64::from(self.tp) / f64::from((self.tp + self.fn_).max(1))
    }

    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

/// The entity scanner's accuracy over a corpus. A finding counts when its
/// type matches a labelled entity and their spans overlap.
#[derive(Debug, Default)]
pub struct EntityReport {
    pub by_type: BTreeMap<String, Counts>,
    pub micro: Counts,
    /// `FP`/`FN` lines naming the case, type and value (the corpora are synthetic).
    pub misses: Vec<String>,
}

fn field<'a>(case: &'a Value, name: &str, line: usize) -> Result<&'a Value, String> {
    case.get(name).ok_or_else(|| format!("line {line}: no `{name}`"))
}

fn parse_line(line: &str, n: usize) -> Result<Value, String> {
    serde_json::from_str(line).map_err(|e| format!("line {n}: {e}"))
}

/// Scores `scanner` over a PII corpus (`{"id", "text", "entities": [{"type", "start", "end"}]}` per line).
pub fn entities(corpus: &str, scanner: &EntityScanner) -> Result<EntityReport, String> {
    let mut report = EntityReport::default();
    for (n, line) in corpus.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let case = parse_line(line, n + 1)?;
        let text = field(&case, "text", n + 1)?.as_str().unwrap_or("");
        let mut gold = Vec::new();
        for e in field(&case, "entities", n + 1)?.as_array().into_iter().flatten() {
            let kind = e["type"].as_str().unwrap_or("").to_owned();
            let (start, end) = (
                e["start"].as_u64().unwrap_or(0) as usize,
                e["end"].as_u64().unwrap_or(0) as usize,
            );
            gold.push((kind, start, end));
        }
        let mut matched = vec![false; gold.len()];
        for span in scanner.scan(text) {
            let name = scanner.name(span.label);
            let hit = gold
                .iter()
                .enumerate()
                .find(|(i, (kind, s, e))| !matched[*i] && kind == name && span.start < *e && *s < span.end);
            let counts = report.by_type.entry(name.to_owned()).or_default();
            match hit {
                Some((i, _)) => {
                    matched[i] = true;
                    counts.tp += 1;
                }
                None => {
                    counts.fp += 1;
                    report.misses.push(format!(
                        "FP {name} {:?} in {}",
                        text.get(span.start..span.end).unwrap_or(""),
                        case["id"]
                    ));
                }
            }
        }
        for (i, (kind, s, e)) in gold.iter().enumerate() {
            if !matched[i] {
                report.by_type.entry(kind.clone()).or_default().fn_ += 1;
                report.misses.push(format!(
                    "FN {kind} {:?} in {}",
                    text.get(*s..*e).unwrap_or(""),
                    case["id"]
                ));
            }
        }
    }
    for c in report.by_type.values() {
        report.micro.tp += c.tp;
        report.micro.fp += c.fp;
        report.micro.fn_ += c.fn_;
    }
    Ok(report)
}

impl fmt::Display for EntityReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<16} {:>5} {:>5} {:>5} {:>9} {:>7} {:>6}",
            "type", "tp", "fp", "fn", "precision", "recall", "f1"
        )?;
        let rows = self
            .by_type
            .iter()
            .map(|(k, c)| (k.as_str(), c))
            .chain([("MICRO", &self.micro)]);
        for (name, c) in rows {
            writeln!(
                f,
                "{name:<16} {:>5} {:>5} {:>5} {:>9.3} {:>7.3} {:>6.3}",
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall(),
                c.f1()
            )?;
        }
        Ok(())
    }
}

/// The injection detector's accuracy over a corpus at one threshold.
#[derive(Debug, Default)]
pub struct InjectionReport {
    /// (label, category) → (flagged, cases)
    pub by_category: BTreeMap<(String, String), (u32, u32)>,
    pub caught: u32,
    pub attacks: u32,
    pub false_alarms: u32,
    pub benign: u32,
    pub misses: Vec<String>,
    /// Every case's score and whether it is an attack, for other thresholds.
    pub scores: Vec<(f32, bool)>,
}

impl InjectionReport {
    pub fn recall(&self) -> f64 {
        f64::from(self.caught) / f64::from(self.attacks.max(1))
    }

    pub fn false_positive_rate(&self) -> f64 {
        f64::from(self.false_alarms) / f64::from(self.benign.max(1))
    }

    pub fn precision(&self) -> f64 {
        f64::from(self.caught) / f64::from((self.caught + self.false_alarms).max(1))
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    /// Recall and false-positive rate at `threshold`.
    pub fn at(&self, threshold: f32) -> (f64, f64) {
        let (mut hit, mut fp) = (0u32, 0u32);
        for (score, attack) in &self.scores {
            if *score >= threshold {
                if *attack {
                    hit += 1;
                } else {
                    fp += 1;
                }
            }
        }
        (
            f64::from(hit) / f64::from(self.attacks.max(1)),
            f64::from(fp) / f64::from(self.benign.max(1)),
        )
    }
}

/// Scores `detector` over an injection corpus (`{"id", "text", "label": "injection"|"benign", "category"}` per line).
pub fn injection(corpus: &str, detector: &InjectionDetector, threshold: f32) -> Result<InjectionReport, String> {
    let mut report = InjectionReport::default();
    for (n, line) in corpus.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let case = parse_line(line, n + 1)?;
        let text = field(&case, "text", n + 1)?.as_str().unwrap_or("");
        let label = field(&case, "label", n + 1)?.as_str().unwrap_or("").to_owned();
        if label != "injection" && label != "benign" {
            return Err(format!(
                "line {}: label `{label}` is neither injection nor benign",
                n + 1
            ));
        }
        let category = case["category"].as_str().unwrap_or("").to_owned();
        let verdict = detector.score(text);
        let flagged = verdict.score >= threshold;
        let attack = label == "injection";
        report.scores.push((verdict.score, attack));
        let entry = report.by_category.entry((label, category)).or_default();
        entry.1 += 1;
        entry.0 += u32::from(flagged);
        if attack {
            report.attacks += 1;
            report.caught += u32::from(flagged);
        } else {
            report.benign += 1;
            report.false_alarms += u32::from(flagged);
        }
        if flagged != attack {
            report.misses.push(format!(
                "{} {:.2} {:?} {:?}",
                case["id"],
                verdict.score,
                verdict.rules,
                text.chars().take(90).collect::<String>()
            ));
        }
    }
    Ok(report)
}

impl fmt::Display for InjectionReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<10} {:<28} {:>8} {:>6} {:>7}",
            "label", "category", "flagged", "of", "rate"
        )?;
        for ((label, category), (flagged, n)) in &self.by_category {
            writeln!(
                f,
                "{label:<10} {category:<28} {flagged:>8} {n:>6} {:>7.3}",
                f64::from(*flagged) / f64::from((*n).max(1))
            )?;
        }
        let sweep: Vec<String> = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
            .iter()
            .map(|t| {
                let (recall, fpr) = self.at(*t);
                format!("{t:.1}: {recall:.3}/{fpr:.3}")
            })
            .collect();
        writeln!(f, "recall/false positives by threshold  {}", sweep.join("  "))?;
        writeln!(
            f,
            "recall {:.3} ({}/{}), false positives {:.3} ({}/{}), precision {:.3}, f1 {:.3}",
            self.recall(),
            self.caught,
            self.attacks,
            self.false_positive_rate(),
            self.false_alarms,
            self.benign,
            self.precision(),
            self.f1()
        )
    }
}
