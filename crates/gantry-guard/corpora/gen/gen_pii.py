#!/usr/bin/env python3
"""Generate ../pii.jsonl deterministically.

Every case below was written for Gantry.  Templates carry placeholders
``[[KIND]]`` or ``[[KIND:variant]]``; KINDs that map to an entity type are
filled with a freshly generated, checksum-valid value and recorded with byte
offsets.  ``NEG_*`` kinds fill in look-alike values that must NOT be detected
(bad checksums, wrong prefixes, ...) and record nothing.

    python3 gen_pii.py          # rewrites ../pii.jsonl
"""

import base64
import json
import os
import random
import re
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (  # noqa: E402
    cf_check_char,
    dni_letter,
    iban_make,
    iban_ok,
    luhn_check_digit,
    luhn_ok,
    verhoeff_check_digit,
    verhoeff_ok,
    write_jsonl,
)
from pii_templates import HARD_NEGATIVES, MIXED, MORE_MIXED, MORE_SECRET_IP, MORE_SINGLE, SINGLE  # noqa: E402

SEED = 20250611
R = random.Random(SEED)

DIGITS = string.digits
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- EMAIL

FIRST = ["maria", "jonas", "aisha", "li", "wei", "priya", "tom", "sofia", "lucas", "chloe", "mateo", "yuki",
         "olga", "kwame", "fatima", "noah", "elena", "omar", "hannah", "diego", "ingrid", "raj", "mei",
         "pierre", "camille", "lena", "ahmed", "sara", "ben", "zoe", "arjun", "nadia", "felix", "greta"]
LAST = ["keller", "okafor", "nakamura", "schmidt", "dubois", "garcia", "rossi", "novak", "patel", "chen",
        "smith", "jensen", "silva", "kowalski", "haddad", "murphy", "moreau", "fischer", "tanaka", "ivanova",
        "lindqvist", "mensah", "oconnor", "bauer", "romero"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "contoso.com", "fabrikam.io",
           "northwind-traders.com", "acme-logistics.example", "globex.example", "initech.example",
           "umbrella-health.example", "tailspin-toys.co.uk", "wingtip.example.de", "proseware.fr",
           "adventure-works.es", "litware.example.in", "fourthcoffee.com", "alpineskihouse.ch"]


def gen_email(variant=None):
    f, l = pick(FIRST), pick(LAST)
    d = pick(DOMAINS)
    style = variant or pick(["dot", "dot", "initial", "under", "plus", "digits", "role", "upper", "sub"])
    if style == "dot":
        local = f"{f}.{l}"
    elif style == "initial":
        local = f"{f[0]}{l}"
    elif style == "under":
        local = f"{f}_{l}"
    elif style == "plus":
        local = f"{f}.{l}+{pick(['billing', 'news', 'gantry', 'test', 'shop'])}"
    elif style == "digits":
        local = f"{f}{R.randint(1, 99)}"
    elif style == "role":
        local = pick(["support", "billing", "ops-team", "security", "hr", "noreply", "oncall", "sales.emea"])
    elif style == "upper":
        return f"{f.capitalize()}.{l.capitalize()}@{d.split('.')[0].capitalize()}.{'.'.join(d.split('.')[1:]).upper()}"
    else:  # sub
        local = f"{f}.{l}"
        d = pick(["eu", "us", "corp", "dev"]) + "." + d
    return f"{local}@{d}"


# ---------------------------------------------------------------- PHONE


def d(n):
    return rs(DIGITS, n)


def nz(n):
    return str(R.randint(1, 9)) + d(n - 1)


def gen_phone(variant=None):
    v = variant or pick(["us", "us_paren", "us_dash", "uk", "de", "fr", "jp", "in"])
    area = pick(["415", "212", "312", "646", "206", "512", "617", "303", "718", "408"])
    line = "01" + d(2)
    if v == "us":
        return f"+1 {area} 555 {line}"
    if v == "us_paren":
        return f"({area}) 555-{line}"
    if v == "us_dash":
        return f"{area}-555-{line}"
    if v == "us_dot":
        return f"{area}.555.{line}"
    if v == "us_intl_dash":
        return f"+1-{area}-555-{line}"
    if v == "us_one_paren":
        return f"1 ({area}) 555-{line}"
    if v == "e164":
        return f"+1{area}555{line}"
    if v == "uk":
        return f"+44 20 7946 0{d(3)}"
    if v == "uk_nat":
        return f"020 7946 0{d(3)}"
    if v == "uk_mobile":
        return f"+44 7700 900{d(3)}"
    if v == "uk_mobile_nat":
        return f"07700 900{d(3)}"
    if v == "de":
        return pick([f"+49 30 {nz(6)}", f"+49 30 {nz(8)}", f"+49 89 {nz(4)} {d(4)}", f"+49 40 {nz(3)} {d(4)}"])
    if v == "de_nat":
        return pick([f"030 {nz(8)}", f"089 {nz(7)}", f"(030) {nz(4)} {d(4)}"])
    if v == "de_mobile":
        return pick([f"+49 171 {nz(7)}", f"0171 {nz(7)}", f"+49 (0)151 {nz(4)} {d(4)}", f"0160 {nz(3)} {d(4)}"])
    if v == "fr":
        return f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}"
    if v == "fr_nat":
        return f"01 {d(2)} {d(2)} {d(2)} {d(2)}"
    if v == "fr_mobile":
        return pick([f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"])
    if v == "jp":
        return pick([f"+81 3-{d(4)}-{d(4)}", f"03-{d(4)}-{d(4)}", f"+81 90-{d(4)}-{d(4)}"])
    if v == "in":
        return pick([f"+91 9{d(4)} {d(5)}", f"+91-98{d(3)}-{d(5)}", f"+91 7{d(4)} {d(5)}"])
    if v == "es":
        return pick([f"+34 91{d(1)} {d(3)} {d(3)}", f"6{d(2)} {d(3)} {d(3)}", f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}"])
    if v == "it":
        return pick([f"+39 06 {d(4)} {d(4)}", f"+39 347 {d(3)} {d(4)}", f"02 {d(4)} {d(4)}"])
    if v == "nl":
        return pick([f"+31 20 {d(3)} {d(4)}", f"06 {nz(8)}", f"+31 6 {nz(8)}"])
    if v == "br":
        return f"+55 11 9{d(4)}-{d(4)}"
    if v == "au":
        return pick([f"+61 2 {nz(4)} {d(4)}", f"+61 412 {d(3)} {d(3)}"])
    if v == "intl":
        return gen_phone(pick(["us", "uk", "de", "fr", "jp", "in", "es", "it", "nl", "br", "au"]))
    raise ValueError(v)


# ---------------------------------------------------------------- CREDIT_CARD


def card_digits(network):
    if network == "visa":
        prefix, length = "4", 16
    elif network == "visa13":
        prefix, length = "4", 13
    elif network == "mc":
        prefix, length = pick([str(R.randint(51, 55)), str(R.randint(2221, 2720))]), 16
    elif network == "amex":
        prefix, length = pick(["34", "37"]), 15
    elif network == "discover":
        prefix, length = pick(["6011", "65"]), 16
    else:
        raise ValueError(network)
    body = prefix + d(length - len(prefix) - 1)
    return body + luhn_check_digit(body)


def fmt_card(num, style):
    if style == "compact":
        return num
    sep = " " if style == "spaced" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    if len(num) == 16:
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))
    return num


def gen_card(variant=None):
    if variant == "visa_test":
        return "4111 1111 1111 1111"
    network, style = None, None
    if variant:
        parts = variant.split("_")
        network = parts[0] if parts[0] in ("visa", "visa13", "mc", "amex", "discover") else None
        style = parts[-1] if parts[-1] in ("compact", "spaced", "dashed") else None
    network = network or pick(["visa", "visa", "mc", "mc", "amex", "discover"])
    style = style or pick(["compact", "spaced", "spaced", "dashed"])
    return fmt_card(card_digits(network), style)


# ---------------------------------------------------------------- IBAN

IBAN_SPEC = {
    # country: (length, bban builder)
    "DE": lambda: d(18),
    "GB": lambda: pick(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + d(14),
    "FR": lambda: d(10) + d(11) + d(2),
    "ES": lambda: d(20),
    "IT": lambda: pick(UPPER) + d(10) + d(12),
    "NL": lambda: pick(["ABNA", "INGB", "RABO", "TRIO"]) + d(10),
    "CH": lambda: d(5) + d(12),
    "BE": lambda: d(12),
    "AT": lambda: d(16),
    "PL": lambda: d(24),
    "SE": lambda: d(20),
    "IE": lambda: pick(["AIBK", "BOFI"]) + d(14),
    "PT": lambda: d(21),
    "DK": lambda: d(14),
    "NO": lambda: d(11),
    "FI": lambda: d(14),
    "LU": lambda: d(3) + d(13),
}


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_iban(variant=None):
    country, grouped = None, None
    if variant:
        parts = variant.split("_")
        country = parts[0].upper()
        grouped = len(parts) > 1 and parts[1] == "grouped"
    country = country or pick(list(IBAN_SPEC))
    if grouped is None:
        grouped = R.random() < 0.5
    iban = iban_make(country, IBAN_SPEC[country]())
    return group4(iban) if grouped else iban


def neg_iban(variant=None):
    """IBAN-shaped, right length, checksum wrong (one BBAN digit changed)."""
    country = (variant or pick(["DE", "GB", "FR", "ES", "NL", "IT", "BE", "AT"])).upper()
    good = iban_make(country, IBAN_SPEC[country]())
    while True:
        pos = R.randrange(len(good) - 4, len(good))  # change a digit in the tail
        if not good[pos].isdigit():
            continue
        bad = good[:pos] + str((int(good[pos]) + R.randint(1, 9)) % 10) + good[pos + 1:]
        if not iban_ok(bad):
            break
    return group4(bad) if R.random() < 0.5 else bad


# ---------------------------------------------------------------- US_SSN


def ssn_parts():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


def gen_ssn(variant=None):
    a, g, s = ssn_parts()
    if variant == "spaced":
        return f"{a} {g} {s}"
    if variant == "compact":
        return f"{a}{g}{s}"
    return f"{a}-{g}-{s}"


def neg_ssn(variant=None):
    _, g, s = ssn_parts()
    a = f"{R.randint(1, 899):03d}"
    v = variant or pick(["000", "666", "9xx", "g00", "s0000"])
    if v == "000":
        return f"000-{g}-{s}"
    if v == "666":
        return f"666-{g}-{s}"
    if v == "9xx":
        return f"{R.randint(900, 999)}-{g}-{s}"
    if v == "g00":
        return f"{a if a != '666' else '665'}-00-{s}"
    if v == "s0000":
        return f"{a if a != '666' else '665'}-{g}-0000"
    raise ValueError(v)


# ---------------------------------------------------------------- IP_ADDRESS


def gen_ipv4(variant=None):
    v = variant or pick(["private", "doc", "public"])
    if v == "private":
        return pick([
            f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
            f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
            f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        ])
    if v == "doc":
        return pick(["192.0.2", "198.51.100", "203.0.113"]) + f".{R.randint(1, 254)}"
    return f"{pick([81, 93, 145, 185, 37, 62, 89, 151, 176, 213])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def h16():
    return format(R.randint(1, 0xFFFF), "x")


def gen_ipv6(variant=None):
    v = variant or pick(["doc", "doc", "full", "linklocal", "mapped"])
    if v == "doc":
        return f"2001:db8:{h16()}:{h16()}::{h16()}"
    if v == "doc_short":
        return f"2001:db8::{h16()}"
    if v == "full":
        return "2001:0db8:" + ":".join(format(R.randint(0, 0xFFFF), "04x") for _ in range(6))
    if v == "linklocal":
        return f"fe80::{h16()}:{h16()}:{h16()}:{h16()}"
    if v == "mapped":
        return "::ffff:" + gen_ipv4("doc")
    if v == "ula":
        return f"fd12:3456:789a:{h16()}::{h16()}"
    raise ValueError(v)


def gen_ip(variant=None):
    if variant in (None, ""):
        return gen_ipv4() if R.random() < 0.7 else gen_ipv6()
    if variant.startswith("v6"):
        return gen_ipv6(variant[3:] or None)
    if variant.startswith("v4"):
        return gen_ipv4(variant[3:] or None)
    return gen_ipv4(variant)


# ---------------------------------------------------------------- MAC_ADDRESS


def gen_mac(variant=None):
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE  # unicast
    v = variant or pick(["colon_upper", "colon_lower", "dash", "cisco"])
    if v == "colon_upper":
        return ":".join(f"{x:02X}" for x in b)
    if v == "colon_lower":
        return ":".join(f"{x:02x}" for x in b)
    if v == "dash":
        return "-".join(f"{x:02X}" for x in b)
    if v == "cisco":
        h = "".join(f"{x:02x}" for x in b)
        return ".".join(h[i:i + 4] for i in range(0, 12, 4))
    raise ValueError(v)


# ---------------------------------------------------------------- DATE_OF_BIRTH

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def rand_date(lo=1940, hi=2006):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def fmt_date(y, m, dd, v):
    if v == "iso":
        return f"{y:04d}-{m:02d}-{dd:02d}"
    if v == "us":
        return f"{m:02d}/{dd:02d}/{y}"
    if v == "eu":
        return f"{dd:02d}/{m:02d}/{y}"
    if v == "dots":
        return f"{dd:02d}.{m:02d}.{y}"
    if v == "long_en":
        return f"{dd} {MONTHS_EN[m - 1]} {y}"
    if v == "long_us":
        return f"{MONTHS_EN[m - 1]} {dd}, {y}"
    if v == "fr":
        return f"{dd} {MONTHS_FR[m - 1]} {y}"
    if v == "es":
        return f"{dd} de {MONTHS_ES[m - 1]} de {y}"
    if v == "de_long":
        return f"{dd}. {MONTHS_DE[m - 1]} {y}"
    raise ValueError(v)


def gen_dob(variant=None):
    return fmt_date(*rand_date(), variant or pick(["iso", "us", "eu", "long_en", "long_us"]))


def neg_date(variant=None):
    return fmt_date(*rand_date(1985, 2026), variant or pick(["iso", "us", "eu", "long_en", "long_us", "dots"]))


# ---------------------------------------------------------------- PASSPORT

DE_PASS_ALPHA = "CFGHJKLMNPRTVWXYZ"


def gen_passport(variant=None):
    v = variant or pick(["us", "uk", "de", "fr", "in"])
    if v in ("us", "uk"):
        return nz(9)
    if v == "de":
        return pick("CFGHJK") + "".join(R.choice(DE_PASS_ALPHA + DIGITS) for _ in range(8))
    if v == "fr":
        return d(2) + rs(UPPER, 2) + d(5)
    if v == "in":
        return pick("ABCJKLMNPRSTVWZ") + nz(7)
    raise ValueError(v)


# ---------------------------------------------------------------- NATIONAL_ID

NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_prefix():
    while True:
        a, b = pick(UPPER), pick(UPPER)
        if a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PREFIX:
            return a + b


def gen_nino(spaced=True):
    p, n, s = nino_prefix(), d(6), pick("ABCD")
    return f"{p} {n[:2]} {n[2:4]} {n[4:]} {s}" if spaced else f"{p}{n}{s}"


def gen_dni(variant=None):
    n = R.randint(1000000, 99999999)
    return f"{n:08d}{'-' if variant == 'dash' else ''}{dni_letter(n)}"


def gen_nie():
    lead = pick("XYZ")
    n = R.randint(0, 9999999)
    full = int(str("XYZ".index(lead)) + f"{n:07d}")
    return f"{lead}{n:07d}{dni_letter(full)}"


def aadhaar_digits():
    partial = str(R.randint(2, 9)) + d(10)
    return partial + verhoeff_check_digit(partial)


def gen_aadhaar(variant=None):
    a = aadhaar_digits()
    if variant == "compact":
        return a
    return f"{a[:4]} {a[4:8]} {a[8:]}"


CONSONANT_SETS = ["RSSMRA", "BNCGNN", "VRDLCU", "FRRLRA", "CLMGLI", "MRTPLA", "GLLSFN", "RCCLRA", "BRNMRC"]


def gen_cf():
    y, m, dd = rand_date(1950, 2000)
    day = dd + (40 if R.random() < 0.5 else 0)
    first15 = pick(CONSONANT_SETS) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + f"{day:02d}" + pick("ABCDEFGHLM") + d(3)
    return first15 + cf_check_char(first15)


def gen_nid(variant=None):
    v = variant or pick(["nino", "dni", "aadhaar"])
    if v == "nino":
        return gen_nino(True)
    if v == "nino_compact":
        return gen_nino(False)
    if v == "dni":
        return gen_dni()
    if v == "dni_dash":
        return gen_dni("dash")
    if v == "nie":
        return gen_nie()
    if v == "aadhaar":
        return gen_aadhaar()
    if v == "aadhaar_compact":
        return gen_aadhaar("compact")
    if v == "cf":
        return gen_cf()
    raise ValueError(v)


def neg_nid(variant):
    if variant == "nino_badprefix":
        p = pick(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FA", "AO", "IV"])
        n = d(6)
        return f"{p} {n[:2]} {n[2:4]} {n[4:]} {pick('ABCD')}"
    if variant == "nino_badsuffix":
        n = d(6)
        return f"{nino_prefix()} {n[:2]} {n[2:4]} {n[4:]} {pick('EFGXZ')}"
    if variant == "dni_badletter":
        n = R.randint(1000000, 99999999)
        good = dni_letter(n)
        return f"{n:08d}{pick([c for c in 'TRWAGMYFPDXBNJZSQVHLCKE' if c != good])}"
    if variant == "aadhaar_bad":
        while True:
            a = str(R.randint(2, 9)) + d(11)
            if not verhoeff_ok(a):
                return f"{a[:4]} {a[4:8]} {a[8:]}"
    if variant == "aadhaar_lead01":
        partial = str(R.randint(0, 1)) + d(10)
        a = partial + verhoeff_check_digit(partial)
        return f"{a[:4]} {a[4:8]} {a[8:]}"
    raise ValueError(variant)


# ---------------------------------------------------------------- URL_CREDENTIALS


def url_password():
    return rs(ALNUM, R.randint(3, 6)) + pick(["-", "_", ".", "~", ""]) + rs(ALNUM, R.randint(6, 12))


def gen_urlcred(variant=None):
    user = pick(["admin", "app", "svc_orders", "deploy", "etl_user", "grafana", "ci-bot", "root", "reporting", "backup"])
    pw = url_password()
    host = pick(["db.internal", "db-primary.prod.example.com", "pg.eu-west-1.example.net", "cache.internal",
                 "mq.example.org", "files.example.com", "registry.example.io", "cluster0.ab1cd.example.net"])
    v = variant or pick(["postgres", "mysql", "mongodb", "redis", "amqp", "https"])
    if v == "postgres":
        return f"postgres://{user}:{pw}@{host}:5432/{pick(['app', 'orders', 'analytics'])}"
    if v == "postgresql":
        return f"postgresql://{user}:{pw}@{host}/{pick(['app', 'billing'])}?sslmode=require"
    if v == "mysql":
        return f"mysql://{user}:{pw}@{host}:3306/{pick(['shop', 'wordpress', 'crm'])}"
    if v == "mongodb":
        return f"mongodb+srv://{user}:{pw}@{host}/{pick(['test', 'prod'])}?retryWrites=true&w=majority"
    if v == "redis":
        return f"redis://{pick(['default', ''])}:{pw}@{host}:6379/0"
    if v == "amqp":
        return f"amqp://{user}:{pw}@{host}:5672/%2F"
    if v == "https":
        return f"https://{user}:{pw}@{host}/{pick(['simple/', 'api/v1/export', 'artifactory/libs-release', 'private/repo.git'])}"
    if v == "ftp":
        return f"ftp://{user}:{pw}@{host}/{pick(['incoming', 'exports/2024'])}"
    raise ValueError(v)


# ---------------------------------------------------------------- SECRET


def b64url_nopad(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt():
    alg = pick(["HS256", "RS256", "ES256"])
    header = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        header["kid"] = rs(B64URL, 16)
    iat = R.randint(1_700_000_000, 1_750_000_000)
    payload = pick([
        {"sub": f"user_{d(6)}", "iat": iat, "exp": iat + 3600},
        {"sub": rs(ALNUM, 24), "scope": "read:orders write:orders", "iat": iat},
        {"iss": "https://auth.example.com/", "aud": "gantry", "sub": f"{d(8)}", "exp": iat + 900},
        {"user_id": R.randint(1000, 99999), "role": pick(["admin", "member", "viewer"]), "iat": iat},
    ])
    sig_len = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    return ".".join([
        b64url_nopad(json.dumps(header, separators=(",", ":")).encode()),
        b64url_nopad(json.dumps(payload, separators=(",", ":")).encode()),
        b64url_nopad(bytes(R.randrange(256) for _ in range(sig_len))),
    ])


PEM_PREFIX = {
    "RSA PRIVATE KEY": "MIIEowIBAAKCAQEA",
    "EC PRIVATE KEY": "MHcCAQEEI",
    "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
    "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA",
    "ENCRYPTED PRIVATE KEY": "MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI",
}


def pem(label=None, lines=None):
    label = label or pick(list(PEM_PREFIX))
    body = PEM_PREFIX[label] + base64.b64encode(bytes(R.randrange(256) for _ in range(48 * (lines or R.randint(5, 9))))).decode()
    body = body[: len(body) - len(body) % 4]
    wrapped = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {label}-----\n{wrapped}\n-----END {label}-----"


def strong_password():
    return rs(ALNUM, 3) + pick("!#$%&*?") + rs(ALNUM, 5) + pick("!#$%&*?@") + rs(ALNUM, R.randint(4, 8))


def gen_secret(variant=None):
    v = variant or pick(["openai", "openai_proj", "anthropic", "aws_akid", "github", "github_fine", "gitlab",
                         "slack", "stripe", "google", "jwt"])
    if v == "openai":
        return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
    if v == "openai_proj":
        return "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)
    if v == "anthropic":
        return "sk-ant-api03-" + rs(B64URL, 93) + "AA"
    if v == "aws_akid":
        return "AKIA" + rs(UPPER + "234567", 16)
    if v == "aws_secret":
        return rs(ALNUM + "+/", 40)
    if v == "github":
        return "ghp_" + rs(ALNUM, 36)
    if v == "github_fine":
        return "github_pat_" + rs(ALNUM, 22) + "_" + rs(ALNUM, 59)
    if v == "gitlab":
        return "glpat-" + rs(B64URL, 20)
    if v == "slack":
        return f"xoxb-{nz(R.randint(10, 12))}-{nz(R.randint(12, 13))}-{rs(ALNUM, 24)}"
    if v == "stripe":
        return "sk_live_" + rs(ALNUM, pick([24, 99]))
    if v == "google":
        return "AIza" + rs(B64URL, 35)
    if v == "jwt":
        return jwt()
    if v.startswith("pem"):
        label = {"pem": None, "pem_rsa": "RSA PRIVATE KEY", "pem_ec": "EC PRIVATE KEY", "pem_pkcs8": "PRIVATE KEY",
                 "pem_openssh": "OPENSSH PRIVATE KEY", "pem_enc": "ENCRYPTED PRIVATE KEY"}[v]
        return pem(label)
    if v == "hex32":
        return rs("0123456789abcdef", 32)
    if v == "hex40":
        return rs("0123456789abcdef", 40)
    if v == "hex64":
        return rs("0123456789abcdef", 64)
    if v == "b64":
        return base64.b64encode(bytes(R.randrange(256) for _ in range(R.choice([24, 32, 33])))).decode()
    if v == "pw":
        return strong_password()
    if v == "alnum":
        return rs(ALNUM, R.randint(28, 40))
    raise ValueError(v)


# ---------------------------------------------------------------- negative look-alikes


def neg_luhn_fail(variant=None):
    """13-19 digit number that fails Luhn (some with real card prefixes)."""
    length = {"16": 16, "15": 15, "19": 19, None: 16}.get(variant, 16)
    prefix = pick(["4", "51", "37", "6011", "2", "8", "9", "3"])
    while True:
        n = prefix + d(length - len(prefix))
        if not luhn_ok(n):
            break
    if length == 16 and R.random() < 0.6:
        return fmt_card(n, pick(["spaced", "dashed"]))
    return n


def neg_luhn_nonnetwork():
    """Luhn-valid 16 digits but no card network starts with 1/7/8/9/0."""
    body = pick("17890") + d(14)
    return body + luhn_check_digit(body)


def neg_imei():
    body = pick(["35", "86", "49", "01"]) + d(12)
    return body + luhn_check_digit(body)


def isbn13():
    body = pick(["978", "979"]) + d(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - s % 10) % 10
    n = body + str(check)
    return pick([f"{n[:3]}-{n[3]}-{n[4:7]}-{n[7:12]}-{n[12]}", n, f"{n[:3]}-{n[3:5]}-{n[5:9]}-{n[9:12]}-{n[12]}"])


def ups_tracking():
    return "1Z" + rs(UPPER + DIGITS, 6) + d(10)


def neg_version():
    return f"{R.randint(1, 40)}.{R.randint(0, 30)}.{R.randint(256, 9999)}.{R.randint(256, 99999)}"


def neg_uuid():
    h = rs("0123456789abcdef", 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def neg_sha():
    return rs("0123456789abcdef", 40)


def neg_sha256():
    return rs("0123456789abcdef", 64)


def neg_digits(n):
    while True:
        v = nz(n)
        if not luhn_ok(v):
            return v


NEG = {
    "NEG_LUHN": neg_luhn_fail,
    "NEG_LUHN_NONNET": lambda v=None: neg_luhn_nonnetwork(),
    "NEG_IMEI": lambda v=None: neg_imei(),
    "NEG_IBAN": neg_iban,
    "NEG_SSN": neg_ssn,
    "NEG_DATE": neg_date,
    "NEG_NID": neg_nid,
    "NEG_ISBN": lambda v=None: isbn13(),
    "NEG_UPS": lambda v=None: ups_tracking(),
    "NEG_VERSION": lambda v=None: neg_version(),
    "NEG_UUID": lambda v=None: neg_uuid(),
    "NEG_SHA": lambda v=None: neg_sha(),
    "NEG_SHA256": lambda v=None: neg_sha256(),
    "NEG_DIGITS": lambda v=None: neg_digits(int(v or 9)),
    "NEG_PASSPORT_SHAPE": lambda v=None: gen_passport(v),
}

GEN = {
    "EMAIL": ("EMAIL", gen_email),
    "PHONE": ("PHONE", gen_phone),
    "CARD": ("CREDIT_CARD", gen_card),
    "IBAN": ("IBAN", gen_iban),
    "SSN": ("US_SSN", gen_ssn),
    "IP": ("IP_ADDRESS", gen_ip),
    "MAC": ("MAC_ADDRESS", gen_mac),
    "DOB": ("DATE_OF_BIRTH", gen_dob),
    "PASSPORT": ("PASSPORT", gen_passport),
    "NID": ("NATIONAL_ID", gen_nid),
    "URLCRED": ("URL_CREDENTIALS", gen_urlcred),
    "SECRET": ("SECRET", gen_secret),
}

PH = re.compile(r"\[\[([A-Z0-9_]+)(?::([a-z0-9_]+))?\]\]")


def render(tpl):
    text_parts, entities, pos = [], [], 0
    nbytes = 0
    for m in PH.finditer(tpl):
        lit = tpl[pos:m.start()]
        text_parts.append(lit)
        nbytes += len(lit.encode())
        kind, var = m.group(1), m.group(2)
        if kind in GEN:
            etype, fn = GEN[kind]
            value = fn(var)
            entities.append({"type": etype, "start": nbytes, "end": nbytes + len(value.encode())})
        elif kind in NEG:
            value = NEG[kind](var)
        else:
            raise KeyError(f"unknown placeholder {kind} in {tpl!r}")
        text_parts.append(value)
        nbytes += len(value.encode())
        pos = m.end()
    text_parts.append(tpl[pos:])
    return "".join(text_parts), entities


def main():
    out = []
    groups = [(SINGLE, None), (MIXED, None), (HARD_NEGATIVES, None), (MORE_SINGLE, None), (MORE_MIXED, None), (MORE_SECRET_IP, None)]
    for cases, _ in groups:
        for case in cases:
            tpl, note, reps = case[0], (case[1] if len(case) > 1 else None), (case[2] if len(case) > 2 else 1)
            for _ in range(reps):
                text, ents = render(tpl)
                rec = {"id": f"pii-{len(out) + 1:04d}", "text": text, "entities": ents}
                if note:
                    rec["note"] = note
                out.append(rec)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "pii.jsonl")
    write_jsonl(path, out)
    print(f"wrote {len(out)} records to {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
