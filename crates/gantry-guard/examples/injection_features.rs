//! Prints the classifier's hashed features of each corpus line, for training:
//! `cargo run --release -p gantry-guard --example injection_features -- FILE…`
//! → one JSON line per text: {"file", "id", "label", "category", "features":
//! [bucket, …], "rules": [rule id, …], "rule_score", "shipped_score"} (the
//! rules' verdict, which the trainer weighs beside the classifier, and the
//! shipped model's combined score).

#![allow(clippy::unwrap_used, clippy::expect_used)]

fn main() {
    let rules = gantry_guard::InjectionDetector::new();
    // The shipped model's verdict too, to check the trainer's arithmetic against the crate's.
    let shipped = gantry_guard::InjectionDetector::with_classifier();
    for path in std::env::args().skip(1) {
        let corpus = std::fs::read_to_string(&path).expect("a corpus file");
        for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
            let case: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let text = case["text"].as_str().unwrap_or("");
            let mut features = Vec::new();
            gantry_guard::classifier::features(text, &mut features);
            let verdict = rules.score(text);
            let out = serde_json::json!({
                "file": path,
                "id": case["id"],
                "label": case["label"],
                "category": case["category"],
                "features": features,
                "rules": verdict.rules,
                "rule_score": verdict.score,
                "shipped_score": shipped.as_ref().map(|d| d.score(text).score),
            });
            println!("{out}");
        }
    }
}
