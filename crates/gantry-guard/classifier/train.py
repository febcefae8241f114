"""Trains the injection classifier shipped in `injection.bin`.

Input: the hashed features the crate computes and the rules' score of each
text (so Python and Rust agree by construction), dumped with the
`injection_features` example (see README.md for the command).

Model: logistic regression over binary features scaled by 1/sqrt(number of
distinct features) and by each feature's naive-Bayes log-count ratio (NB-LR,
Wang & Manning 2012), plus the rules' score as one more input:

    z = w . x + bias + rule_weight * rule_score

The regularisation, the rule weight and the threshold are chosen by
leave-one-corpus-out cross-validation: each corpus was written by a different
author, so a corpus left out measures what a new author's texts will meet. The
threshold is the lowest z that keeps the pooled cross-validated false-positive
rate on benign texts at or below --max-fpr. The blind sets are never read here.

Output: `injection.bin` — b"GIC2", then bias, rule weight, threshold and a
256-value codebook (little-endian f32), then one codebook index per bucket
(the naive-Bayes ratios are folded into the weights). The codebook holds 0 and
255 quantiles of the non-zero weights: a linear int8 scale rounded most of
them to zero.

Needs numpy, scipy and scikit-learn (pip install numpy scikit-learn);
deterministic.
"""

import argparse
import json
import struct

import numpy as np
from scipy.sparse import csr_matrix, diags
from sklearn.linear_model import LogisticRegression

BUCKETS = 1 << 18


def load(path):
    rows, labels, sources, rule_scores = [], [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            case = json.loads(line)
            rows.append(sorted(set(case["features"])))
            labels.append(1 if case["label"] == "injection" else 0)
            sources.append(case["file"])
            rule_scores.append(case["rule_score"])
    return rows, np.array(labels), np.array(sources), np.array(rule_scores)


def matrix(rows):
    data, indices, indptr = [], [], [0]
    for r in rows:
        v = 1.0 / np.sqrt(max(len(r), 1))
        indices.extend(r)
        data.extend([v] * len(r))
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), BUCKETS), dtype=np.float64)


def nb_ratio(x, y, alpha=1.0):
    """Per bucket, log of (share among injections / share among benign texts)."""
    present = x.copy()
    present.data[:] = 1.0
    pos = np.asarray(present[y == 1].sum(axis=0)).ravel() + alpha
    neg = np.asarray(present[y == 0].sum(axis=0)).ravel() + alpha
    return np.log((pos / pos.sum()) / (neg / neg.sum()))


def fit(x, y, c):
    r = nb_ratio(x, y)
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    model.fit(x @ diags(r), y)
    return model.coef_[0] * r, float(model.intercept_[0])


def quantize(w):
    """A 256-value codebook (0 first, then quantiles of the non-zero weights)
    and each weight's nearest entry."""
    nonzero = w[w != 0]
    values = np.unique(np.r_[0.0, np.quantile(nonzero, np.linspace(0, 1, 255))]) if len(nonzero) else np.zeros(1)
    codebook = np.zeros(256, dtype=np.float32)
    codebook[: len(values)] = values
    at = np.clip(np.searchsorted(values, w), 1, max(len(values) - 1, 1))
    left, right = values[at - 1], values[np.minimum(at, len(values) - 1)]
    q = np.where(np.abs(w - left) <= np.abs(w - right), at - 1, np.minimum(at, len(values) - 1)).astype(np.uint8)
    return codebook, q


def out_of_corpus_logits(x, y, sources, c):
    z = np.zeros(len(y))
    for s in np.unique(sources):
        test = sources == s
        w, b = fit(x[~test], y[~test], c)
        z[test] = x[test] @ w + b
    return z


def threshold_for(z, y, max_fpr):
    benign = np.sort(z[y == 0])[::-1]
    allowed = int(np.floor(max_fpr * len(benign)))
    # Just above the (allowed+1)-th highest benign score.
    return float(benign[allowed] + 1e-6) if allowed < len(benign) else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("features")
    ap.add_argument("--out", default="injection.bin")
    ap.add_argument("--max-fpr", type=float, default=0.02)
    args = ap.parse_args()
    rows, y, sources, rule_scores = load(args.features)
    x = matrix(rows)
    print(f"{len(y)} texts ({int(y.sum())} injections) from {len(np.unique(sources))} corpora")
    best = None
    for c in [30.0, 100.0, 300.0]:
        z = out_of_corpus_logits(x, y, sources, c)
        for k in [0.0, 0.5, 1.0, 2.0]:
            combined = z + k * rule_scores
            t = threshold_for(combined, y, args.max_fpr)
            recall = float(np.mean(combined[y == 1] >= t))
            fpr = float(np.mean(combined[y == 0] >= t))
            worst = max(float(np.mean(combined[(sources == s) & (y == 0)] >= t)) for s in np.unique(sources))
            print(f"C={c:<6} rule weight {k:<4} out-of-corpus recall {recall:.3f} at fpr {fpr:.3f} (worst corpus {worst:.3f})")
            if best is None or recall > best[0]:
                best = (recall, c, k, t)
    recall, c, k, t = best
    w, b = fit(x, y, c)
    codebook, q = quantize(w)
    shipped = x @ codebook[q].astype(np.float64) + b + k * rule_scores
    with open(args.out, "wb") as f:
        f.write(b"GIC2" + struct.pack("<fff", b, k, t))
        f.write(codebook.astype("<f4").tobytes())
        f.write(q.tobytes())
    print(
        f"chose C={c}, rule weight {k}, threshold {t:.3f} (out-of-corpus recall {recall:.3f}); "
        f"{np.count_nonzero(q)} non-zero weights; as shipped, on its training texts: "
        f"recall {np.mean(shipped[y == 1] >= t):.3f}, fpr {np.mean(shipped[y == 0] >= t):.3f} -> {args.out}"
    )


if __name__ == "__main__":
    main()
