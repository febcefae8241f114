"""Shared helpers for the corpus generators (checksums, JSONL writer).

The validator (../validate.py) re-implements every checksum on its own on
purpose, so a bug here cannot hide behind the same bug there.
"""

import json
import unicodedata

# ---------------------------------------------------------------- checksums


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError("unreachable")


def iban_numeric(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(country: str, bban: str) -> str:
    check = 98 - iban_numeric(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return iban_numeric(s[4:] + s[:4]) % 97 == 1


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def verhoeff_check_digit(partial: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_letter(number: int) -> str:
    return DNI_LETTERS[number % 23]


CF_ODD = {
    **dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])),
    **dict(
        zip(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
        )
    ),
}
CF_EVEN = {**{d: int(d) for d in "0123456789"}, **{c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}}


def cf_check_char(first15: str) -> str:
    total = 0
    for i, ch in enumerate(first15):
        total += CF_ODD[ch] if i % 2 == 0 else CF_EVEN[ch]
    return chr(ord("A") + total % 26)


# self-tests against published worked examples
assert luhn_ok("79927398713")
assert iban_ok("GB82 WEST 1234 5698 7654 32")
assert verhoeff_ok("2363") and verhoeff_check_digit("236") == "3"
assert dni_letter(12345678) == "Z"
assert cf_check_char("RSSMRA85T10A562") == "S"

# ---------------------------------------------------------------- output


def _escape_invisible(s: str) -> str:
    """json.dumps(ensure_ascii=False) but with invisible / format / control
    characters written as \\uXXXX escapes (surrogate pairs above the BMP), so
    the files stay reviewable in an editor."""
    out = []
    for ch in s:
        cp = ord(ch)
        cat = unicodedata.category(ch)
        if cat in ("Cf", "Cc", "Co", "Cn", "Zl", "Zp") and ch not in "\n\t" or (0xE0000 <= cp <= 0xE007F):
            if cp > 0xFFFF:
                v = cp - 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)))
            else:
                out.append("\\u%04x" % cp)
        else:
            out.append(ch)
    return "".join(out)


def dumps(obj) -> str:
    # ensure_ascii=False keeps non-Latin text readable; invisible characters
    # are then escaped by hand.  json.dumps has already escaped \n, \t, " and
    # \\ and the C0 controls, so only the remaining invisible ones are touched.
    return _escape_invisible(json.dumps(obj, ensure_ascii=False))


def write_jsonl(path: str, records) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            line = dumps(r)
            assert json.loads(line) == r, r
            f.write(line + "\n")
