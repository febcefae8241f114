#!/usr/bin/env python3
"""Builds corpora/train/injection_b.jsonl (training set B) and validates it.

    python3 crates/gantry-guard/corpora/train/gen_b/gen.py

Standard library only, fixed seed, so the output is byte-for-byte reproducible.
Set B favours long, realistic texts (emails, tickets, web pages, code, logs, chat
exports) in which an attack may be buried, and benign texts of the same shapes.
Encoded and invisible payloads are computed in common.py from their plain text.
Invisible and format characters are written as JSON \\u escapes.
"""

import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from benign_docs import DOCS  # noqa: E402
from benign_misc import ENCODED_DATA, EVERYDAY, FICTION, MARKUP, ORDINARY  # noqa: E402
from benign_non_english import NON_EN_BENIGN  # noqa: E402
from benign_security import PROMPT_ENG, QUOTED, SECURITY  # noqa: E402
from carriers import CARRIERS  # noqa: E402
from common import dumps, unwrap  # noqa: E402
from inj_delim import DELIM  # noqa: E402
from inj_direct import EXFIL, OVERRIDE, ROLEPLAY  # noqa: E402
from inj_encoded import ENCODED  # noqa: E402
from inj_indirect import INDIRECT  # noqa: E402
from inj_non_english import NON_EN  # noqa: E402
from inj_unicode import UNICODE  # noqa: E402
from long_docs import BUNDLES, LONG  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "injection_b.jsonl")
SEED = 20261124

LABELS = {"injection", "benign"}
INJ_CATS = {"instruction_override", "roleplay_jailbreak", "system_prompt_exfiltration", "delimiter_tricks",
            "encoded", "invisible_unicode", "indirect", "non_english"}
BEN_CATS = {"ordinary", "hn_security_topic", "hn_prompt_engineering", "hn_everyday_instructions",
            "hn_quoted_or_translation", "hn_encoded_data", "hn_markup", "hn_roleplay_fiction", "hn_non_english",
            "hn_document"}
# The validator's INVISIBLE set for injection.jsonl (corpora/validate.py).
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u2061-\u2064\u180e\U000E0000-\U000E007F]")
# Everything the crate's normalize() treats as hidden: also bidi controls and variation selectors.
HIDDEN = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e\u202a-\u202e\u2066-\u2069"
                    "\ufe00-\ufe0f\U000E0000-\U000E01EF]")
MAX_CHARS = 4096  # the classifier reads at most this many characters


def cases():
    def c(text, label, cat, lang="en", note=None):
        return {"text": text, "label": label, "category": cat, "lang": lang, "note": note}

    out = []
    out += [c(t, "injection", "instruction_override") for t in OVERRIDE]
    out += [c(t, "injection", "system_prompt_exfiltration") for t in EXFIL]
    out += [c(t, "injection", "roleplay_jailbreak") for t in ROLEPLAY]
    out += [c(t, "injection", "delimiter_tricks") for t in DELIM]
    out += [c(t, "injection", "encoded", note=n) for t, n in ENCODED]
    out += [c(t, "injection", "invisible_unicode", lang, n) for t, n, lang in UNICODE]
    out += [c(t, "injection", "indirect") for t in INDIRECT]
    out += [c(t, "injection", "non_english", lang) for lang, t in NON_EN]
    for k in CARRIERS:
        out.append(c(k["t"].format(X=k["a"]), "injection", "indirect",
                     note="document carrier with an attack in the slot; its benign twin is in this file"))
        out.append(c(k["t"].format(X=k["b"]), "benign", "hn_document",
                     note="document carrier with ordinary text in the slot; its attack twin is in this file"))
    out += [c(t, "benign", "hn_document") for t in DOCS]
    out += [c(t, "benign", "hn_security_topic") for t in SECURITY]
    out += [c(t, "benign", "hn_prompt_engineering") for t in PROMPT_ENG]
    out += [c(t, "benign", "hn_quoted_or_translation") for t in QUOTED]
    out += [c(t, "benign", "hn_everyday_instructions") for t in EVERYDAY]
    out += [c(t, "benign", "hn_encoded_data") for t in ENCODED_DATA]
    out += [c(t, "benign", "hn_markup") for t in MARKUP]
    out += [c(t, "benign", "hn_roleplay_fiction") for t in FICTION]
    out += [c(t, "benign", "ordinary") for t in ORDINARY]
    out += [c(t, "benign", cat, lang) for lang, cat, t in NON_EN_BENIGN]
    for t, label in BUNDLES + LONG:
        out.append(c(t, label, "indirect" if label == "injection" else "hn_document",
                     note="long document with one buried attack" if label == "injection" else None))
    # Most texts were typed with hard line breaks; join prose lines back into paragraphs for most of them
    # (code, logs, lists and tables stay as they are), and keep some hard-wrapped like plain-text e-mail.
    rng = random.Random(SEED + 1)
    for r in out:
        if rng.random() < 0.85:
            r["text"] = unwrap(r["text"])
    return out


def validate(recs, raw_lines):
    errors = []
    ids, texts = set(), {}
    for i, (r, raw) in enumerate(zip(recs, raw_lines), 1):
        where = f"line {i} ({r.get('id')})"
        if json.loads(raw) != r:
            errors.append(f"{where}: does not round-trip")
        for ch in raw:
            if HIDDEN.match(ch):
                errors.append(f"{where}: raw hidden character U+{ord(ch):04X}")
                break
        if r["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(r["id"])
        if r["label"] not in LABELS:
            errors.append(f"{where}: bad label")
        cats = INJ_CATS if r["label"] == "injection" else BEN_CATS
        if r["category"] not in cats:
            errors.append(f"{where}: category {r['category']} not allowed for {r['label']}")
        key = r["text"]
        if key in texts:
            errors.append(f"{where}: duplicate text of line {texts[key]}")
        texts[key] = i
        if r["text"] != r["text"].strip() or not r["text"]:
            errors.append(f"{where}: empty or untrimmed text")
        if "{X}" in r["text"]:
            errors.append(f"{where}: unfilled slot")
        if r["label"] == "benign" and HIDDEN.search(r["text"]):
            errors.append(f"{where}: benign text contains hidden characters")
        if r["category"] == "invisible_unicode" and not (HIDDEN.search(r["text"]) or re.search(
                "[\uff01-\uff5e\U0001d400-\U0001d7ff\u0400-\u04ff\u0370-\u03ff]", r["text"])):
            errors.append(f"{where}: invisible_unicode case without hidden or look-alike characters")
        if len(r["text"]) > MAX_CHARS:
            errors.append(f"{where}: {len(r['text'])} characters, over the classifier's {MAX_CHARS}")
    return errors


def main():
    recs = cases()
    random.Random(SEED).shuffle(recs)
    lines = []
    for n, r in enumerate(recs, 1):
        rec = {"id": f"tr-b-{n:04d}", "text": r["text"], "label": r["label"], "category": r["category"],
               "lang": r["lang"]}
        if r["note"]:
            rec["note"] = r["note"]
        recs[n - 1] = rec
        lines.append(dumps(rec))
    errors = validate(recs, lines)
    # Exact-text overlap with the tuning corpus (we write our own texts; this guards against slips).
    tuning = os.path.join(os.path.dirname(os.path.dirname(HERE)), "injection.jsonl")
    if os.path.exists(tuning):
        with open(tuning, encoding="utf-8") as f:
            seen = {json.loads(line)["text"] for line in f}
        for r in recs:
            if r["text"] in seen:
                errors.append(f"{r['id']}: text also in corpora/injection.jsonl")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    by_label = collections.Counter(r["label"] for r in recs)
    by_cat = collections.Counter((r["label"], r["category"]) for r in recs)
    by_lang = collections.Counter((r["label"], r["lang"]) for r in recs)
    lengths = sorted(len(r["text"]) for r in recs)
    print(f"wrote {len(recs)} lines to {os.path.relpath(OUT)}")
    print("labels:", dict(by_label))
    for (label, cat), n in sorted(by_cat.items()):
        print(f"  {label:9} {cat:28} {n}")
    print("languages:")
    for (label, lang), n in sorted(by_lang.items()):
        print(f"  {label:9} {lang} {n}")
    print(f"text length: min {lengths[0]}, median {lengths[len(lengths) // 2]}, max {lengths[-1]} characters")
    not_in_validator_set = sum(1 for r in recs if r["category"] == "invisible_unicode"
                               and not INVISIBLE.search(r["text"]))
    print(f"invisible_unicode cases that use only look-alikes/bidi (no validate.py INVISIBLE char): "
          f"{not_in_validator_set}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
