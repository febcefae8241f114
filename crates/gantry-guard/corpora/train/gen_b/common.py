"""Helpers for training set B: encoders, Unicode smuggling, and the writer.

Standard library only. Every payload that is encoded or hidden is computed
here from its plain text, so the encodings are real.
"""

import base64
import re
import codecs
import json
import textwrap
import unicodedata
import urllib.parse


def D(s):
    """Dedent a triple-quoted block and strip the surrounding blank lines."""
    return textwrap.dedent(s).strip("\n")


# ------------------------------------------------------------------ encodings

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def b64url(s):
    return base64.urlsafe_b64encode(s.encode("utf-8")).decode("ascii").rstrip("=")


def b32(s):
    return base64.b32encode(s.encode("utf-8")).decode("ascii")


def hexs(s, sep=""):
    return sep.join(f"{b:02x}" for b in s.encode("utf-8"))


def rot13(s):
    return codecs.encode(s, "rot13")


def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def atbash(s):
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr(219 - ord(c)))
        elif "A" <= c <= "Z":
            out.append(chr(155 - ord(c)))
        else:
            out.append(c)
    return "".join(out)


def rev(s):
    return s[::-1]


def urlenc(s):
    return "".join(f"%{b:02X}" for b in s.encode("utf-8"))


def urlquote(s):
    return urllib.parse.quote(s)


def binary(s):
    return " ".join(f"{b:08b}" for b in s.encode("utf-8"))


def decimal_codes(s, sep=","):
    return sep.join(str(b) for b in s.encode("utf-8"))


def octal_escapes(s):
    return "".join(f"\\{b:03o}" for b in s.encode("utf-8"))


def js_hex_escapes(s):
    return "".join(f"\\x{b:02x}" for b in s.encode("utf-8"))


def uni_escapes(s):
    return "".join(f"\\u{ord(c):04x}" for c in s)


MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....",
    "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.",
    "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
    "y": "-.--", "z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}


def morse(s):
    return " / ".join(" ".join(MORSE[c] for c in w if c in MORSE) for w in s.lower().split())


NATO = {
    "a": "Alfa", "b": "Bravo", "c": "Charlie", "d": "Delta", "e": "Echo", "f": "Foxtrot", "g": "Golf",
    "h": "Hotel", "i": "India", "j": "Juliett", "k": "Kilo", "l": "Lima", "m": "Mike", "n": "November",
    "o": "Oscar", "p": "Papa", "q": "Quebec", "r": "Romeo", "s": "Sierra", "t": "Tango", "u": "Uniform",
    "v": "Victor", "w": "Whiskey", "x": "X-ray", "y": "Yankee", "z": "Zulu",
}


def nato(s):
    return " ".join(NATO[c] for c in s.lower() if c in NATO)


def every_other_reversed_words(s):
    return " ".join(w[::-1] for w in s.split())


# ------------------------------------------------------------------ Unicode smuggling

ZWSP, ZWNJ, ZWJ, WJ, BOM, SHY = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"
RLO, LRO, PDF, RLI, PDI = "\u202e", "\u202d", "\u202c", "\u2067", "\u2069"


def interleave(s, ch, words=None):
    """Put `ch` between the letters of each word (or only of `words`)."""
    out = []
    for w in s.split(" "):
        core = w.strip(".,:;!?'\"()")
        if words is None or core.lower() in words:
            out.append(ch.join(w))
        else:
            out.append(w)
    return " ".join(out)


def tags(s):
    """Unicode tag characters (U+E0020..U+E007E) spelling `s`."""
    return "".join(chr(0xE0000 + ord(c)) for c in s if 0x20 <= ord(c) <= 0x7E)


def tag_block(s):
    return "\U000E0001" + tags(s) + "\U000E007F"


def vs_smuggle(carrier, s):
    """Emoji variation-selector smuggling: one selector per UTF-8 byte."""
    out = []
    for b in s.encode("utf-8"):
        out.append(chr(0xFE00 + b) if b < 16 else chr(0xE0100 + b - 16))
    return carrier + "".join(out)


HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "y": "\u0443",
        "x": "\u0445", "i": "\u0456", "s": "\u0455", "j": "\u0458", "A": "\u0391", "B": "\u0392",
        "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a", "M": "\u039c", "N": "\u039d",
        "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7", "Y": "\u03a5", "Z": "\u0396"}


def homoglyph(s, every=1):
    out, n = [], 0
    for c in s:
        if c in HOMO:
            n += 1
            out.append(HOMO[c] if n % every == 0 else c)
        else:
            out.append(c)
    return "".join(out)


def fullwidth(s):
    return "".join(chr(ord(c) - 0x21 + 0xFF01) if 0x21 <= ord(c) <= 0x7E else ("\u3000" if c == " " else c)
                   for c in s)


_MATH_BASE = {"bold": 0x1D400, "italic": 0x1D434, "bold_italic": 0x1D468, "script_bold": 0x1D4D0,
              "fraktur_bold": 0x1D56C, "sans": 0x1D5A0, "sans_bold": 0x1D5D4, "sans_italic": 0x1D608,
              "mono": 0x1D670}
_ITALIC_HOLES = {"h": "\u210e"}


def math(s, style="bold"):
    base = _MATH_BASE[style]
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(base + ord(c) - 65))
        elif "a" <= c <= "z":
            if style == "italic" and c in _ITALIC_HOLES:
                out.append(_ITALIC_HOLES[c])
            else:
                out.append(chr(base + 26 + ord(c) - 97))
        elif "0" <= c <= "9" and style in ("bold", "mono", "sans_bold"):
            d0 = {"bold": 0x1D7CE, "mono": 0x1D7F6, "sans_bold": 0x1D7EC}[style]
            out.append(chr(d0 + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def rlo(s):
    """Right-to-left override: stored reversed, displayed forwards."""
    return RLO + s[::-1] + PDF


# ------------------------------------------------------------------ writer

INVISIBLE_CHECK = set()


def _needs_escape(c):
    cp = ord(c)
    if 0xFE00 <= cp <= 0xFE0F or 0xE0000 <= cp <= 0xE01EF:
        return True
    return unicodedata.category(c) in ("Cf", "Cc", "Co", "Cn", "Zl", "Zp") and c not in "\n\t"


def _escape_char(c):
    cp = ord(c)
    if cp > 0xFFFF:
        v = cp - 0x10000
        return "\\u%04x\\u%04x" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF))
    return "\\u%04x" % cp


def dumps(rec):
    """JSON with real non-ASCII letters but every invisible/format character escaped."""
    s = json.dumps(rec, ensure_ascii=False)
    return "".join(_escape_char(c) if _needs_escape(c) else c for c in s)


# ------------------------------------------------------------------ soft-wrap removal

_NO_JOIN_START = re.compile(r"^(?:\s|[|\-*•#>`<{}\[\]$/%=~+!@]|\d+[.)]\s|[\w .()'-]{1,30}:(?:\s|$)|Q:|A:|"
                            r"https?://|---|===|\.\.\.)")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")


def unwrap(text, min_len=75):
    """Join hand-wrapped prose lines back into paragraphs (code, logs, lists and tables are left alone)."""
    lines = text.split("\n")
    out = [lines[0]]
    for nxt in lines[1:]:
        prev = out[-1]
        last_line = prev.split("\n")[-1]
        joinable = (
            len(last_line) >= min_len
            and last_line.count(" ") >= 8
            and not last_line.startswith((" ", "\t", "|", "#", ">", "<", "{", "[", "-", "*", "•", "$", "//"))
            and not last_line.rstrip().endswith(("{", "[", ";", ":", "|", ">", "\\", "```"))
            and "  " not in last_line.strip()
            and nxt.strip() != ""
            and not _NO_JOIN_START.match(nxt)
            and not nxt[:1].isdigit()
            and not re.search(r"\S{28,}", nxt)
            and not re.search(r"\S{28,}$", last_line)
        )
        cjk = (len(last_line) >= 30 and _CJK.search(last_line[-1:]) and _CJK.search(nxt[:1])
               and not _NO_JOIN_START.match(nxt))
        if joinable or cjk:
            sep = "" if _CJK.search(last_line[-1:]) and _CJK.search(nxt[:1]) else " "
            out[-1] = prev + sep + nxt
        else:
            out.append(nxt)
    return "\n".join(out)
