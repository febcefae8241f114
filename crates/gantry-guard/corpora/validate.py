#!/usr/bin/env python3
"""Validate the guardrail corpora in this directory.

    python3 crates/gantry-guard/corpora/validate.py [--quiet]

Checks pii.jsonl and injection.jsonl: JSON per line, field names, unique ids,
byte offsets (UTF-8 boundaries, inside the text, no overlaps), entity types,
per-type validity (Luhn, IBAN mod-97, SSN rules, Verhoeff, DNI letter,
codice fiscale check character, IP parsing, ...), birth/passport context,
and a lint that flags strongly-shaped values (Luhn-valid card numbers,
mod-97-valid IBANs, valid SSNs, e-mail addresses, IPv4/MAC addresses,
provider key prefixes, ...) that are present in a text but not labelled.
Prints counts per entity type / label / category and exits non-zero on any
error.  Standard library only; the checksums are implemented here
independently of gen/.
"""

import base64
import collections
import ipaddress
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

PII_TYPES = {
    "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "MAC_ADDRESS", "DATE_OF_BIRTH",
    "PASSPORT", "NATIONAL_ID", "URL_CREDENTIALS", "SECRET",
}
PII_MINIMUMS = {
    "EMAIL": 40, "PHONE": 40, "CREDIT_CARD": 40, "IBAN": 40, "US_SSN": 40, "IP_ADDRESS": 40, "SECRET": 40,
    "MAC_ADDRESS": 20, "DATE_OF_BIRTH": 20, "PASSPORT": 20, "NATIONAL_ID": 20, "URL_CREDENTIALS": 20,
}
PII_MIN_LINES = 600
PII_MIN_NEGATIVES = 200

INJ_LABELS = {"injection", "benign"}
INJ_CATEGORIES = {
    "injection": {
        "instruction_override", "roleplay_jailbreak", "system_prompt_exfiltration", "delimiter_tricks",
        "encoded", "invisible_unicode", "indirect", "non_english",
    },
    "benign": {
        "ordinary", "hn_security_topic", "hn_prompt_engineering", "hn_everyday_instructions",
        "hn_quoted_or_translation", "hn_encoded_data", "hn_markup", "hn_roleplay_fiction",
        "hn_non_english", "hn_document",
    },
}
INJ_LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "zh", "ja", "pl", "sv", "tr", "ko", "ar", "hi"}
INJ_MIN_LINES = 400
INJ_MIN_PER_LABEL = 200
INJ_MIN_HARD_NEGATIVES = 120
INJ_MIN_PER_INJECTION_CATEGORY = 15

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


# ------------------------------------------------------------------ checksums


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def card_network(digits):
    n = len(digits)
    if digits.startswith("4") and n in (13, 16, 19):
        return "visa"
    if (51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720) and n == 16:
        return "mastercard"
    if digits[:2] in ("34", "37") and n == 15:
        return "amex"
    if (digits.startswith("6011") or digits.startswith("65") or 644 <= int(digits[:3]) <= 649) and 16 <= n <= 19:
        return "discover"
    return None


IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
    "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25,
    "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
}


def iban_valid(compact):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact):
        return False
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def ssn_valid(area, group, serial):
    a = int(area)
    return a != 0 and a != 666 and a < 900 and int(group) != 0 and int(serial) != 0


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar_valid(digits):
    return len(digits) == 12 and digits[0] not in "01" and verhoeff_ok(digits)


def dni_valid(number8, letter):
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(number8) % 23] == letter


def nie_valid(s):
    return dni_valid(str("XYZ".index(s[0])) + s[1:8], s[8])


def nino_valid(compact):
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", compact)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


_CF_ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cf_valid(cf):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", cf):
        return False
    total = 0
    for i, ch in enumerate(cf[:15]):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _CF_ODD_VALUES[idx] if i % 2 == 0 else idx
    return chr(65 + total % 26) == cf[15]


# ------------------------------------------------------------------ per-type validity

EMAIL_RE = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
BIRTH_WORDS = ["born", "dob", "d.o.b", "birth", "geboren", "geburtsdatum", "né le", "née le", "naissance",
               "nacimiento", "nací", "nacido", "nacida", "nascita", "nato il", "nata il", "geboortedatum"]
PASSPORT_WORDS = ["passport", "reisepass", "passeport", "pasaporte", "passaporto", "paspoort", "passaporte"]
PLACEHOLDER_SECRETS = {"changeme", "password", "example", "test", "dummy", "todo", "redacted", "secret", "none", "null"}

SECRET_FORMATS = [
    ("sk-ant-", r"sk-ant-api03-[A-Za-z0-9_-]{93}AA"),
    ("sk-proj-", r"sk-proj-[A-Za-z0-9_-]{40,}"),
    ("sk_live_", r"sk_live_[A-Za-z0-9]{24,}"),
    ("sk-", r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"),
    ("AKIA", r"AKIA[A-Z2-7]{16}"),
    ("ghp_", r"ghp_[A-Za-z0-9]{36}"),
    ("github_pat_", r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}"),
    ("glpat-", r"glpat-[A-Za-z0-9_-]{20}"),
    ("xoxb-", r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}"),
    ("AIza", r"AIza[A-Za-z0-9_-]{35}"),
    ("eyJ", r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"),
]


def context_around(text, start_char, before=120, after=40):
    """Lower-cased text near a value: the keyword may precede it ("DOB: ...", a column name in an SQL
    statement) or follow it ("Ich bin am 3. Mai 1990 geboren")."""
    return text[max(0, start_char - before):start_char + after].lower()


def check_entity(where, etype, span, text, start_char):
    if span != span.strip():
        err(where, f"{etype} span has surrounding whitespace: {span!r}")
    if etype == "CREDIT_CARD":
        if not re.fullmatch(r"\d{13,19}|\d{4}( \d{4}){3}|\d{4}(-\d{4}){3}|\d{4} \d{6} \d{5}|\d{4}-\d{6}-\d{5}", span):
            err(where, f"CREDIT_CARD bad grouping {span!r}")
        digits = re.sub(r"[ -]", "", span)
        if not digits.isdigit() or not luhn_ok(digits):
            err(where, f"CREDIT_CARD fails Luhn {span!r}")
        elif card_network(digits) is None:
            err(where, f"CREDIT_CARD has no valid network prefix/length {span!r}")
    elif etype == "IBAN":
        compact = span.replace(" ", "")
        if " " in span and span != " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)):
            err(where, f"IBAN grouped but not in 4s {span!r}")
        if not iban_valid(compact):
            err(where, f"IBAN invalid (country length / mod-97) {span!r}")
    elif etype == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", span)
        if not m or not ssn_valid(m.group(1), m.group(3), m.group(4)):
            err(where, f"US_SSN invalid {span!r}")
    elif etype == "IP_ADDRESS":
        try:
            ipaddress.ip_address(span)
        except ValueError:
            err(where, f"IP_ADDRESS does not parse {span!r}")
    elif etype == "MAC_ADDRESS":
        if not re.fullmatch(r"[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\1[0-9A-Fa-f]{2}){4}|[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}", span):
            err(where, f"MAC_ADDRESS bad format {span!r}")
    elif etype == "EMAIL":
        if not re.fullmatch(EMAIL_RE, span):
            err(where, f"EMAIL bad format {span!r}")
    elif etype == "PHONE":
        ndig = sum(c.isdigit() for c in span)
        if not re.fullmatch(r"\+?[\d ().-]+", span) or not 7 <= ndig <= 15:
            err(where, f"PHONE bad format {span!r}")
    elif etype == "DATE_OF_BIRTH":
        if not re.search(r"(19|20)\d\d", span):
            err(where, f"DATE_OF_BIRTH without a year {span!r}")
        ctx = context_around(text, start_char)
        if not any(w in ctx for w in BIRTH_WORDS):
            err(where, f"DATE_OF_BIRTH without birth context {span!r}")
    elif etype == "PASSPORT":
        if not re.fullmatch(r"\d{9}|[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}|\d{2}[A-Z]{2}\d{5}|[A-Z]\d{7}", span):
            err(where, f"PASSPORT bad format {span!r}")
        ctx = context_around(text, start_char)
        if not any(w in ctx for w in PASSPORT_WORDS):
            err(where, f"PASSPORT without passport context {span!r}")
    elif etype == "NATIONAL_ID":
        compact = span.replace(" ", "").replace("-", "")
        if re.fullmatch(r"[A-Z]{2}\d{6}[A-Z]", compact):
            ok = nino_valid(compact)
        elif re.fullmatch(r"\d{8}[A-Z]", compact):
            ok = dni_valid(compact[:8], compact[8])
        elif re.fullmatch(r"[XYZ]\d{7}[A-Z]", compact):
            ok = nie_valid(compact)
        elif re.fullmatch(r"\d{12}", compact):
            ok = aadhaar_valid(compact)
        elif len(compact) == 16:
            ok = cf_valid(compact)
        else:
            ok = False
        if not ok:
            err(where, f"NATIONAL_ID invalid (NINO/DNI/NIE/Aadhaar/codice fiscale) {span!r}")
    elif etype == "URL_CREDENTIALS":
        m = re.fullmatch(r"[a-z][a-z0-9+.-]*://([^\s/:@]*):([^\s/@]+)@[^\s/@]+(/\S*)?", span)
        if not m:
            err(where, f"URL_CREDENTIALS has no user:password@ {span!r}")
        elif m.group(2).startswith(("$", "<", "{")) or m.group(2).lower() in PLACEHOLDER_SECRETS:
            err(where, f"URL_CREDENTIALS password is a placeholder {span!r}")
        elif span[-1] in ".,;:)'\"":
            err(where, f"URL_CREDENTIALS includes trailing punctuation {span!r}")
    elif etype == "SECRET":
        if span[0] in "'\"" or span[-1] in "'\"":
            err(where, f"SECRET span includes quotes {span!r}")
        if span.startswith("-----BEGIN"):
            m = re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n[A-Za-z0-9+/=\n]+\n-----END \1-----", span)
            if not m:
                err(where, "SECRET private key block malformed")
            return
        if re.search(r"\s", span):
            err(where, f"SECRET contains whitespace {span!r}")
        if span.lower() in PLACEHOLDER_SECRETS or len(span) < 12 or len(set(span)) < 8:
            err(where, f"SECRET looks like a placeholder / low entropy {span!r}")
        for prefix, pattern in SECRET_FORMATS:
            if span.startswith(prefix):
                if not re.fullmatch(pattern, span):
                    err(where, f"SECRET with prefix {prefix} has the wrong shape {span[:24]!r}...")
                if prefix == "eyJ":
                    seg = span.split(".")[0]
                    try:
                        hdr = json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))
                        assert "alg" in hdr
                    except Exception:  # noqa: BLE001
                        err(where, "JWT header does not decode to JSON with alg")
                break


# ------------------------------------------------------------------ lint: unlabelled look-alikes


def lint_candidates(text):
    """Yield (type, start_char, end_char, value) for strongly-shaped values."""
    for m in re.finditer(r"(?<![\w.+%-])" + EMAIL_RE, text):
        before = text[max(0, m.start() - 3):m.start()]
        after = text[m.end():m.end() + 2]
        if before == "://" or (after[:1] == ":" and not after[1:2].isdigit()):
            continue  # URL userinfo (https://user@host) or an SSH remote (git@host:org/repo)
        yield "EMAIL", m.start(), m.end(), m.group()
    for m in re.finditer(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\d])", text):
        digits = re.sub(r"[ -]", "", m.group())
        if card_network(digits) and luhn_ok(digits):
            yield "CREDIT_CARD", m.start(), m.end(), m.group()
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?", text):
        compact = m.group().replace(" ", "")
        if any(iban_valid(compact[:n]) for n in range(12, len(compact) + 1)):
            yield "IBAN", m.start(), m.end(), m.group()
    for m in re.finditer(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])", text):
        if ssn_valid(m.group(1), m.group(3), m.group(4)):
            yield "US_SSN", m.start(), m.end(), m.group()
    for m in re.finditer(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)", text):
        if all(int(o) <= 255 for o in m.group().split(".")):
            yield "IP_ADDRESS", m.start(), m.end(), m.group()
    for m in re.finditer(r"(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![0-9A-Fa-f:-])"
                         r"|(?<![\w.])[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}(?![\w.])", text):
        yield "MAC_ADDRESS", m.start(), m.end(), m.group()
    for prefix, pattern in SECRET_FORMATS:
        for m in re.finditer(pattern, text):
            yield "SECRET", m.start(), m.end(), m.group()
    for m in re.finditer(r"-----BEGIN [A-Z ]*PRIVATE KEY-----\n", text):
        yield "SECRET", m.start(), m.end(), m.group()
    for m in re.finditer(r"(?<!\d)[2-9]\d{3} \d{4} \d{4}(?![\d ])", text):
        if aadhaar_valid(m.group().replace(" ", "")):
            yield "NATIONAL_ID", m.start(), m.end(), m.group()
    for m in re.finditer(r"(?<![\w])(\d{8})-?([A-Z])(?![\w])", text):
        if dni_valid(m.group(1), m.group(2)):
            yield "NATIONAL_ID", m.start(), m.end(), m.group()
    for m in re.finditer(r"(?<![\w])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])", text):
        if nino_valid(m.group().replace(" ", "")):
            yield "NATIONAL_ID", m.start(), m.end(), m.group()
    for m in re.finditer(r"[a-z][a-z0-9+.-]*://[^\s/:@]*:[^\s/@]+@", text):
        pw = m.group().rsplit(":", 1)[1][:-1]
        if not pw.startswith(("$", "<", "{")) and pw.lower() not in PLACEHOLDER_SECRETS:
            yield "URL_CREDENTIALS", m.start(), m.end(), m.group()


# ------------------------------------------------------------------ pii.jsonl


def char_index(text, byte_offset):
    return len(text.encode()[:byte_offset].decode())


def validate_pii(path):
    type_counts = collections.Counter()
    texts_with = collections.Counter()
    multi = 0
    negatives = 0
    notes = collections.Counter()
    ids = set()
    lines = 0
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            where = f"pii.jsonl:{lineno}"
            lines += 1
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as e:
                err(where, f"invalid JSON: {e}")
                continue
            if not isinstance(rec, dict):
                err(where, "not an object")
                continue
            extra = set(rec) - {"id", "text", "entities", "note"}
            missing = {"id", "text", "entities"} - set(rec)
            if extra or missing:
                err(where, f"bad keys: extra={sorted(extra)} missing={sorted(missing)}")
                continue
            rid, text, ents = rec["id"], rec["text"], rec["entities"]
            where = f"pii.jsonl:{lineno} ({rid})"
            if not isinstance(rid, str) or not re.fullmatch(r"pii-\d{4,}", rid):
                err(where, "bad id")
            if rid in ids:
                err(where, "duplicate id")
            ids.add(rid)
            if not isinstance(text, str) or not text:
                err(where, "empty text")
                continue
            note = rec.get("note")
            if note is not None and (not isinstance(note, str) or not note):
                err(where, "note must be a non-empty string")
            b = text.encode("utf-8")
            spans = []
            if not isinstance(ents, list):
                err(where, "entities is not a list")
                continue
            for e in ents:
                if not isinstance(e, dict) or set(e) != {"type", "start", "end"}:
                    err(where, f"bad entity object {e!r}")
                    continue
                t, s, en = e["type"], e["start"], e["end"]
                if t not in PII_TYPES:
                    err(where, f"unknown entity type {t!r}")
                    continue
                if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(b)):
                    err(where, f"offsets out of range {e!r} (text has {len(b)} bytes)")
                    continue
                try:
                    b[:s].decode("utf-8")
                    b[:en].decode("utf-8")
                    span = b[s:en].decode("utf-8")
                except UnicodeDecodeError:
                    err(where, f"offsets not on UTF-8 boundaries {e!r}")
                    continue
                check_entity(where, t, span, text, char_index(text, s))
                spans.append((s, en, t))
                type_counts[t] += 1
            spans.sort()
            for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
                if s2 < e1:
                    err(where, f"overlapping entities {t1}@{s1}-{e1} and {t2}@{s2}-{e2}")
            for t in {t for _, _, t in spans}:
                texts_with[t] += 1
            if len(spans) >= 2:
                multi += 1
            is_hn = isinstance(note, str) and note.startswith("hard negative")
            if not spans:
                negatives += 1
                if not is_hn:
                    err(where, 'text without entities needs a note starting with "hard negative"')
                else:
                    notes[note.split(":", 1)[1].strip().split(" (")[0] if ":" in note else note] += 1
            elif is_hn:
                err(where, "hard-negative note on a text with entities")
            # lint: strongly-shaped values must be labelled
            char_spans = [(char_index(text, s), char_index(text, en), t) for s, en, t in spans]
            for ctype, cs, ce, value in lint_candidates(text):
                covered = any(
                    (t == ctype and cs < e and s < ce) or (s <= cs and ce <= e) for s, e, t in char_spans
                )
                if not covered:
                    err(where, f"unlabelled {ctype}-looking value {value!r}")
    return {
        "lines": lines, "types": type_counts, "texts_with": texts_with, "multi": multi, "negatives": negatives,
    }


# ------------------------------------------------------------------ injection.jsonl

INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u2061-\u2064\u180e\U000E0000-\U000E007F]")


def validate_injection(path):
    ids, texts = set(), {}
    labels = collections.Counter()
    cats = collections.Counter()
    langs = collections.Counter()
    lines = 0
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            where = f"injection.jsonl:{lineno}"
            lines += 1
            for ch in raw:
                if unicodedata.category(ch) in ("Cf", "Co", "Cn") or 0xE0000 <= ord(ch) <= 0xE007F:
                    err(where, f"raw invisible character U+{ord(ch):04X} in the file; write it as a \\u escape")
                    break
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as e:
                err(where, f"invalid JSON: {e}")
                continue
            extra = set(rec) - {"id", "text", "label", "category", "lang", "note"}
            missing = {"id", "text", "label", "category", "lang"} - set(rec)
            if extra or missing:
                err(where, f"bad keys: extra={sorted(extra)} missing={sorted(missing)}")
                continue
            rid = rec["id"]
            where = f"injection.jsonl:{lineno} ({rid})"
            if not re.fullmatch(r"inj-\d{4,}", rid):
                err(where, "bad id")
            if rid in ids:
                err(where, "duplicate id")
            ids.add(rid)
            text = rec["text"]
            if not isinstance(text, str) or not text.strip():
                err(where, "empty text")
                continue
            if text in texts:
                err(where, f"duplicate text (also {texts[text]})")
            texts[text] = rid
            label, cat, lang = rec["label"], rec["category"], rec["lang"]
            if label not in INJ_LABELS:
                err(where, f"bad label {label!r}")
                continue
            if cat not in INJ_CATEGORIES[label]:
                err(where, f"category {cat!r} not allowed for label {label!r}")
            if lang not in INJ_LANGS:
                err(where, f"unknown lang {lang!r}")
            if cat == "invisible_unicode" and not INVISIBLE.search(text):
                err(where, "invisible_unicode case without an invisible character")
            if label == "benign" and INVISIBLE.search(text):
                err(where, "benign case contains invisible characters")
            if cat == "non_english" and lang == "en":
                err(where, "non_english case marked lang=en")
            labels[label] += 1
            cats[(label, cat)] += 1
            langs[lang] += 1
    return {"lines": lines, "labels": labels, "cats": cats, "langs": langs}


# ------------------------------------------------------------------ main


def main():
    quiet = "--quiet" in sys.argv
    pii = validate_pii(os.path.join(HERE, "pii.jsonl"))
    inj = validate_injection(os.path.join(HERE, "injection.jsonl"))

    if pii["lines"] < PII_MIN_LINES:
        err("pii.jsonl", f"only {pii['lines']} lines, need >= {PII_MIN_LINES}")
    if pii["negatives"] < PII_MIN_NEGATIVES:
        err("pii.jsonl", f"only {pii['negatives']} hard negatives, need >= {PII_MIN_NEGATIVES}")
    for t, n in PII_MINIMUMS.items():
        if pii["types"][t] < n:
            err("pii.jsonl", f"only {pii['types'][t]} {t} entities, need >= {n}")
    if inj["lines"] < INJ_MIN_LINES:
        err("injection.jsonl", f"only {inj['lines']} lines, need >= {INJ_MIN_LINES}")
    for label in INJ_LABELS:
        if inj["labels"][label] < INJ_MIN_PER_LABEL:
            err("injection.jsonl", f"only {inj['labels'][label]} {label}, need >= {INJ_MIN_PER_LABEL}")
    hn = sum(n for (label, cat), n in inj["cats"].items() if label == "benign" and cat.startswith("hn_"))
    if hn < INJ_MIN_HARD_NEGATIVES:
        err("injection.jsonl", f"only {hn} benign hard negatives, need >= {INJ_MIN_HARD_NEGATIVES}")
    for cat in INJ_CATEGORIES["injection"]:
        if inj["cats"][("injection", cat)] < INJ_MIN_PER_INJECTION_CATEGORY:
            err("injection.jsonl", f"only {inj['cats'][('injection', cat)]} {cat}")

    if not quiet:
        print(f"pii.jsonl: {pii['lines']} texts, {sum(pii['types'].values())} entities, "
              f"{pii['negatives']} hard negatives (no entities), {pii['multi']} texts with 2+ entities")
        print(f"  {'type':<16} {'entities':>8} {'texts':>6}")
        for t in sorted(PII_TYPES):
            print(f"  {t:<16} {pii['types'][t]:>8} {pii['texts_with'][t]:>6}")
        print(f"injection.jsonl: {inj['lines']} texts: " + ", ".join(f"{k}={v}" for k, v in sorted(inj["labels"].items())))
        for (label, cat), n in sorted(inj["cats"].items()):
            print(f"  {label:<10} {cat:<28} {n:>4}")
        print("  langs: " + ", ".join(f"{k}={v}" for k, v in inj["langs"].most_common()))
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
