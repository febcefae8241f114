//! Prints the classifier's hashed features of each corpus line, for training:
//! `cargo run --release -p gantry-guard --example injection_features -- FILE…`
//! → one JSON line per text: {"file", "id", "label", "features": [bucket, …]}.

#![allow(clippy::unwrap_used, clippy::expect_used)]

fn main() {
    for path in std::env::args().skip(1) {
        let corpus = std::fs::read_to_string(&path).expect("a corpus file");
        for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
            let case: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let mut features = Vec::new();
            gantry_guard::classifier::features(case["text"].as_str().unwrap_or(""), &mut features);
            let out = serde_json::json!({"file": path, "id": case["id"], "label": case["label"], "features": features});
            println!("{out}");
        }
    }
}
