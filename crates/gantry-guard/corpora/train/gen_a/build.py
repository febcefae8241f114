#!/usr/bin/env python3
"""Builds corpora/train/injection_a.jsonl (training set A for the classifier).

Deterministic: fixed seed, standard library only. Run from anywhere:
    python3 crates/gantry-guard/corpora/train/gen_a/build.py
Validates the output (JSON, unique ids, exact labels, no duplicate texts,
no invisible characters) and prints counts.
"""
import collections
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import benign_en  # noqa: E402
import benign_intl  # noqa: E402
import encoded  # noqa: E402
import inj_en  # noqa: E402
import inj_intl  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "injection_a.jsonl")
SEED = 20261124


def templated_overrides(rng, n):
    """Distinct verb x object x payload combinations with varied surface form."""
    seen = set()
    out = []
    while len(out) < n:
        opener = rng.choice(inj_en.OVERRIDE_OPENERS)
        verb = rng.choice(inj_en.OVERRIDE_VERBS)
        obj = rng.choice(inj_en.OVERRIDE_OBJECTS)
        payload = rng.choice(inj_en.OVERRIDE_PAYLOADS)
        key = (verb, obj)
        if key in seen:
            continue
        seen.add(key)
        text = f"{opener}{verb} {obj} {payload}".replace("  ", " ").replace(" ;", ";")
        text = text[0].upper() + text[1:]
        r = rng.random()
        if r < 0.12:
            text = text.lower()
        elif r < 0.18:
            text = text.upper()
        elif r < 0.28:
            text = text.rstrip(".")
        out.append(text)
    return out


def main():
    rng = random.Random(SEED)
    recs = []  # (text, label, category, lang, note)

    def add(text, label, cat, lang="en", note=None):
        recs.append((text, label, cat, lang, note))

    # ---- injections
    for t in inj_en.OVERRIDE:
        add(t, "injection", "instruction_override")
    for t in templated_overrides(rng, 32):
        add(t, "injection", "instruction_override")
    for t in inj_en.EXFIL:
        add(t, "injection", "system_prompt_exfiltration")
    for t in inj_en.ROLEPLAY:
        add(t, "injection", "roleplay_jailbreak")
    for t in inj_en.DELIM:
        add(t, "injection", "delimiter_tricks")
    for t, note in encoded.injections():
        add(t, "injection", "encoded", note="encoded payload: " + note)
    for t in inj_en.INDIRECT:
        add(t, "injection", "indirect")
    for lang, t in inj_intl.NON_EN:
        add(t, "injection", "non_english", lang)

    # ---- benign
    for t in benign_en.SECURITY:
        add(t, "benign", "hn_security_topic")
    for t in benign_en.EVERYDAY:
        add(t, "benign", "hn_everyday_instructions")
    for t in benign_en.PROMPT_ENG:
        add(t, "benign", "hn_prompt_engineering")
    for t in benign_en.ROLEPLAY_FICTION:
        add(t, "benign", "hn_roleplay_fiction")
    for t in benign_en.QUOTED:
        add(t, "benign", "hn_quoted_or_translation")
    for t in benign_en.MARKUP:
        add(t, "benign", "hn_markup")
    for t in benign_en.DOCUMENT:
        add(t, "benign", "hn_document")
    for t in encoded.benign():
        add(t, "benign", "hn_encoded_data")
    for t in benign_en.ORDINARY:
        add(t, "benign", "ordinary")
    for lang, cat, t in benign_intl.BENIGN_INTL:
        add(t, "benign", cat, lang)

    # ---- checks before writing
    errors = []
    texts = collections.Counter(r[0] for r in recs)
    for t, n in texts.items():
        if n > 1:
            errors.append(f"duplicate text x{n}: {t[:80]!r}")
    for text, label, cat, lang, _ in recs:
        if label not in ("injection", "benign"):
            errors.append(f"bad label {label!r}")
        if label == "benign" and not (cat == "ordinary" or cat.startswith("hn_")):
            errors.append(f"bad benign category {cat!r}")
        if cat in ("non_english", "hn_non_english") and lang == "en":
            errors.append(f"{cat} marked en: {text[:60]!r}")
        if not text.strip():
            errors.append("empty text")
        for ch in text:
            if unicodedata.category(ch) in ("Cf", "Co", "Cn"):
                errors.append(f"invisible/format char U+{ord(ch):04X} in {text[:60]!r}")
                break
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)

    rng.shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (text, label, cat, lang, note) in enumerate(recs, 1):
            obj = {"id": f"tr-a-{i:04d}", "text": text, "label": label, "category": cat, "lang": lang}
            if note:
                obj["note"] = note
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    validate(OUT)


def validate(path):
    ids, texts = set(), set()
    labels, cats, langs = collections.Counter(), collections.Counter(), collections.Counter()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rec = json.loads(line)
            assert set(rec) <= {"id", "text", "label", "category", "lang", "note"}, n
            assert rec["id"] not in ids, rec["id"]
            ids.add(rec["id"])
            assert rec["text"] not in texts, rec["id"]
            texts.add(rec["text"])
            assert rec["label"] in ("injection", "benign"), rec["id"]
            labels[rec["label"]] += 1
            cats[(rec["label"], rec["category"])] += 1
            langs[(rec["label"], rec["lang"])] += 1
    print(f"{path}: {len(ids)} lines OK")
    print("labels:", dict(labels))
    for (l, c), k in sorted(cats.items()):
        print(f"  {l:9} {c:28} {k}")
    for lab in ("injection", "benign"):
        row = sorted(((k, v) for (l, k), v in langs.items() if l == lab), key=lambda x: (-x[1], x[0]))
        print(f"  {lab} langs: " + ", ".join(f"{k}={v}" for k, v in row))


if __name__ == "__main__":
    main()
