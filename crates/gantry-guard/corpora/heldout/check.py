#!/usr/bin/env python3
"""Independent validator for heldout2 (does not import gen.py).

Checks structure, byte offsets, overlap, and re-verifies every checksum with
implementations written separately from the generator (Verhoeff via the
dihedral group D5 computed algebraically, Luhn via digit-sum table, IBAN via
chunked mod-97).  Then scans every text for entity-looking strings that are
NOT covered by a span, and prints them for manual review.
Usage: python3 check.py
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "MAC_ADDRESS",
         "DATE_OF_BIRTH", "PASSPORT", "NATIONAL_ID", "URL_CREDENTIALS", "SECRET"}
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ Luhn (alt)
DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]


def luhn(digits):
    s = 0
    for k, ch in enumerate(digits[::-1]):
        s += DOUBLED[int(ch)] if k & 1 else int(ch)
    return s % 10 == 0


def card_issuer_ok(d):
    n = len(d)
    if d[0] == "4":
        return n in (13, 16, 19)
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if n == 15 and d[:2] in ("34", "37"):
        return True
    if n == 16 and (d.startswith("6011") or d.startswith("65")):
        return True
    return False


# ------------------------------------------------------------ IBAN (alt)
IBAN_LEN = dict(AT=20, BE=16, CH=21, DE=22, DK=18, ES=24, FI=18, FR=27, GB=22, IE=22, IT=27,
                LU=20, NL=18, NO=15, PL=28, PT=25, SE=24)


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = 0
    for ch in s[4:] + s[:4]:
        v = ch if ch.isdigit() else str(ord(ch) - 55)
        r = int(str(r) + v) % 97
    return r == 1


# ------------------------------------------------------------ Verhoeff (alt, algebraic D5)
def d5(j, k):
    if j < 5 and k < 5:
        return (j + k) % 5
    if j < 5:
        return 5 + (j + k) % 5
    if k < 5:
        return 5 + (j - k) % 5
    return (j - k) % 5


SIGMA = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]


def perm(i, x):
    for _ in range(i % 8):
        x = SIGMA[x]
    return x


def verhoeff(num):
    c = 0
    for i, ch in enumerate(num[::-1]):
        c = d5(c, perm(i, int(ch)))
    return c == 0


assert verhoeff("2363") and not verhoeff("2364") and verhoeff("123451")

# ------------------------------------------------------------ Spain / Italy / UK
DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    pre, num, letter = m.groups()
    if pre:
        if len(num) != 7:
            return False
        num = "XYZ".index(pre).__str__() + num
    elif len(num) != 8:
        return False
    return DNI_L[int(num) % 23] == letter


CF_ODD_DIG = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
CF_ODD_LET = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cf_ok(s):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    tot = 0
    for pos1, ch in enumerate(s[:15], start=1):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        if pos1 % 2 == 1:
            tot += CF_ODD_DIG[idx] if ch.isdigit() else CF_ODD_LET[idx]
        else:
            tot += idx
    return chr(65 + tot % 26) == s[15]


def nino_ok(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", s)
    if not m:
        return False
    a, b = m.groups()
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def check_value(t, v):
    if t == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", v)
        if not (d.isdigit() and luhn(d) and card_issuer_ok(d)):
            err(f"bad card {v}")
    elif t == "IBAN":
        if not iban_ok(v):
            err(f"bad iban {v}")
    elif t == "US_SSN":
        if not ssn_ok(v):
            err(f"bad ssn {v}")
    elif t == "NATIONAL_ID":
        d = re.sub(r"[ -]", "", v)
        if re.fullmatch(r"\d{12}", d):
            if not (verhoeff(d) and d[0] not in "01"):
                err(f"bad aadhaar {v}")
        elif re.fullmatch(r"[XYZ]?\d{7,8}[A-Z]", d):
            if not dni_ok(d):
                err(f"bad dni/nie {v}")
        elif len(d) == 16:
            if not cf_ok(d):
                err(f"bad cf {v}")
        elif not nino_ok(v):
            err(f"bad national id {v}")
    elif t == "PASSPORT":
        if not re.fullmatch(r"\d{9}|[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}|\d{2}[A-Z]{2}\d{5}|[A-Z]\d{7}", v):
            err(f"bad passport {v}")
    elif t == "MAC_ADDRESS":
        if not re.fullmatch(r"([0-9A-Fa-f]{2}([:-])){5}[0-9A-Fa-f]{2}|[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}", v):
            err(f"bad mac {v}")
    elif t == "IP_ADDRESS":
        import ipaddress
        try:
            ipaddress.ip_address(v)
        except ValueError:
            err(f"bad ip {v}")
    elif t == "EMAIL":
        if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v):
            err(f"bad email {v}")
    elif t == "URL_CREDENTIALS":
        if not re.fullmatch(r"[a-z][a-z0-9+.-]*://[^\s:/@]+:[^\s@/]+@\S+", v):
            err(f"bad url creds {v}")
    elif t == "SECRET":
        if v != v.strip() or v[0] in "\"'" or v[-1] in "\"'":
            err(f"bad secret edges {v!r}")


# ------------------------------------------------------------ leak scan patterns
SCAN = [
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")),
    ("cardlike", re.compile(r"(?<![\d.])\d(?:[ -]?\d){12,18}(?![\d.])")),
    ("ibanlike", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")),
    ("ssnlike", re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")),
    ("ipv4", re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")),
    ("mac", re.compile(r"\b(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}\b|\b[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}\b")),
    ("secret", re.compile(r"sk-proj-|sk-ant-|AKIA[A-Z0-9]{16}|ghp_[A-Za-z0-9]{36}|github_pat_|glpat-[A-Za-z0-9]|xox[bpa]-|sk_live_[A-Za-z0-9]{10}|AIza|hf_[A-Za-z0-9]{10}|SG\.[\w-]{10}|PRIVATE KEY|eyJ[\w-]+\.eyJ")),
    ("urlcred", re.compile(r"://[^\s:/@]+:[^\s@/]+@")),
    ("ipv6", re.compile(r"\b[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}\b")),
]


def covered(spans, s, e):
    return any(a <= s and e <= b for a, b in spans)


def scan_text(text, ents):
    b = text.encode()
    spans = [(x["start"], x["end"]) for x in ents]
    hits = []
    for name, rx in SCAN:
        for m in rx.finditer(text):
            s = len(text[:m.start()].encode())
            e = len(text[:m.end()].encode())
            if covered(spans, s, e):
                continue
            val = m.group(0)
            if name == "cardlike":
                d = re.sub(r"[ -]", "", val)
                if not (luhn(d) and card_issuer_ok(d)) and not (len(d) == 12 and verhoeff(d) and d[0] not in "01"):
                    continue
            if name == "ibanlike" and not iban_ok(val):
                continue
            if name == "ssnlike" and not ssn_ok(val):
                continue
            hits.append(f"{name}: {val!r}")
    return hits


def main():
    ids = set()
    pii = [json.loads(l) for l in open(os.path.join(HERE, "pii.jsonl"), encoding="utf-8")]
    ent_n, txt_n = Counter(), Counter()
    n_hn = 0
    review = []
    for r in pii:
        if r["id"] in ids:
            err(f"dup id {r['id']}")
        ids.add(r["id"])
        if not re.fullmatch(r"h2-pii-\d{4}", r["id"]):
            err(f"bad id {r['id']}")
        b = r["text"].encode("utf-8")
        last = 0
        for x in sorted(r["entities"], key=lambda x: x["start"]):
            if x["type"] not in TYPES:
                err(f"{r['id']} bad type")
            if not (0 <= x["start"] < x["end"] <= len(b)):
                err(f"{r['id']} bad range")
                continue
            if x["start"] < last:
                err(f"{r['id']} overlap")
            last = x["end"]
            try:
                v = b[x["start"]:x["end"]].decode("utf-8")
            except UnicodeDecodeError:
                err(f"{r['id']} span not on char boundary")
                continue
            if not v or v != v.strip():
                err(f"{r['id']} whitespace/empty span {v!r}")
            check_value(x["type"], v)
            ent_n[x["type"]] += 1
        for t in {x["type"] for x in r["entities"]}:
            txt_n[t] += 1
        if not r["entities"]:
            if not r.get("note", "").startswith("hard negative:"):
                err(f"{r['id']} negative without hard-negative note")
            n_hn += 1
        hits = scan_text(r["text"], r["entities"])
        if hits:
            review.append((r["id"], "NEG" if not r["entities"] else "POS", hits, r["text"][:90].replace("\n", " | ")))

    inj = [json.loads(l) for l in open(os.path.join(HERE, "injection.jsonl"), encoding="utf-8")]
    cats, langs, labels = Counter(), Counter(), Counter()
    for r in inj:
        if r["id"] in ids:
            err(f"dup id {r['id']}")
        ids.add(r["id"])
        if set(r) != {"id", "text", "label", "category", "lang"}:
            err(f"{r['id']} keys {set(r)}")
        if r["label"] not in ("injection", "benign"):
            err(f"{r['id']} label")
        if r["label"] == "benign" and r["category"] in (
                "instruction_override", "system_prompt_exfiltration", "roleplay_jailbreak", "delimiter_tricks",
                "encoded", "invisible_unicode", "indirect", "non_english"):
            err(f"{r['id']} benign with attack category")
        if r["label"] == "injection" and (r["category"].startswith("hn_") or r["category"] == "ordinary"):
            err(f"{r['id']} injection with benign category")
        labels[r["label"]] += 1
        cats[(r["label"], r["category"])] += 1
        langs[(r["label"], r["lang"])] += 1

    print(f"PII lines {len(pii)}; hard negatives {n_hn}; positives {len(pii) - n_hn}")
    for t in sorted(TYPES):
        print(f"  {t:16s} entities={ent_n[t]:3d} texts={txt_n[t]:3d}")
    print(f"injection lines {len(inj)}: {dict(labels)}")
    for k, v in sorted(cats.items()):
        print(f"  {k[0]:9s} {k[1]:28s} {v}")
    print("  langs:", dict(sorted(langs.items())))
    print(f"\nunlabelled look-alikes for manual review ({len(review)}):")
    for rid, kind, hits, preview in review:
        print(f"  {rid} {kind} {hits}  «{preview}»")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
