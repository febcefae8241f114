"""Trains the injection classifier shipped in `injection.bin`.

Input: the hashed features the crate computes (so Python and Rust agree by
construction), dumped with

    cargo run --release -p gantry-guard --example injection_features -- \
        crates/gantry-guard/corpora/injection.jsonl \
        crates/gantry-guard/corpora/dev/injection.jsonl > /tmp/train.jsonl

Model: L2 logistic regression over binary features scaled by 1/sqrt(number of
distinct features) (cosine-normalised presence), chosen by 5-fold cross
validation on the tuning and dev sets only. The held-out set is never read
here. The decision threshold is the lowest probability that keeps the
cross-validated false-positive rate on benign texts at or below --max-fpr.

Output: `injection.bin` — b"GIC1", then scale, bias, threshold (little-endian
f32), then one signed byte per bucket (weight = byte × scale).

Needs numpy and scikit-learn (pip install numpy scikit-learn); deterministic.
"""

import argparse
import json
import struct

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

BUCKETS = 1 << 18


def load(path):
    rows, labels = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            rows.append(sorted(set(case["features"])))
            labels.append(1 if case["label"] == "injection" else 0)
    return rows, np.array(labels)


def matrix(rows):
    data, indices, indptr = [], [], [0]
    for r in rows:
        v = 1.0 / np.sqrt(max(len(r), 1))
        indices.extend(r)
        data.extend([v] * len(r))
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), BUCKETS), dtype=np.float64)


def cv_probabilities(x, y, c, seed=7):
    probs = np.zeros(len(y))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=seed).split(x, y):
        model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
        model.fit(x[train], y[train])
        probs[test] = model.predict_proba(x[test])[:, 1]
    return probs


def threshold_for(probs, y, max_fpr):
    benign = np.sort(probs[y == 0])[::-1]
    allowed = int(np.floor(max_fpr * len(benign)))
    # Just above the (allowed+1)-th highest benign score.
    return float(benign[allowed] + 1e-6) if allowed < len(benign) else 0.5


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("--out", default="injection.bin")
    ap.add_argument("--max-fpr", type=float, default=0.01)
    args = ap.parse_args()
    rows, y = load(args.features)
    x = matrix(rows)
    best = None
    for c in [1.0, 3.0, 10.0, 30.0, 100.0]:
        probs = cv_probabilities(x, y, c)
        t = threshold_for(probs, y, args.max_fpr)
        recall = float(np.mean(probs[y == 1] >= t))
        fpr = float(np.mean(probs[y == 0] >= t))
        print(f"C={c:<6} cv recall {recall:.3f} at fpr {fpr:.3f} (threshold {t:.3f})")
        if best is None or recall > best[0]:
            best = (recall, c, t)
    recall, c, t = best
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(x, y)
    w = model.coef_[0]
    scale = float(np.max(np.abs(w)) / 127.0) or 1.0
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    with open(args.out, "wb") as f:
        f.write(b"GIC1" + struct.pack("<fff", scale, float(model.intercept_[0]), t))
        f.write(q.tobytes())
    print(f"chose C={c}, threshold {t:.3f}, cv recall {recall:.3f}; {np.count_nonzero(q)} non-zero weights -> {args.out}")


if __name__ == "__main__":
    main()
