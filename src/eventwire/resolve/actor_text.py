"""Normalising actor phrases for lookup: accents, quotes, possessives, Arabic articles.

A phrase becomes lower-case (and case-kept) sub-tokens: "Russia's" → "russia",
"ash-Sham" → "al sham", "U.S." → "us". `Toks` keeps the sub-tokens mapped back to
the phrase's words; `phrase_key` and `case_key` give a whole string's lookup keys.
"""
from __future__ import annotations

import re
import unicodedata

# Typographic variants to their plain forms: curly quotes, dashes, odd spaces
CHARMAP = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "\u02bf": "'", "\u02be": "'",
    "`": "'", "\u00b4": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ", "\n": " ", "\r": " ",
})
# letters that NFKD does not decompose
_LATIN = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D",
                        "ł": "l", "Ł": "L", "ß": "ss", "ð": "d", "þ": "th", "œ": "oe", "Œ": "OE"})
# Arabic article variants before a hyphen: ash-Sham, ar-Rahman, el-Sisi -> al
_ARTICLE = re.compile(r"(?<![^\W\d_])(?:ash|ad|ar|as|at|az|an|ath|adh|el|ul)-(?=\w)", re.IGNORECASE)
_SPLIT = re.compile(r"[^0-9a-zA-Z]+")
# Punctuation stripped from the edges of a word or a name
EDGE = "\"'()[]{}.,;:!?*<>«»"
# Lower-case particles inside personal names ("Bashar al-Assad", "Staffan de Mistura")
NAME_PARTICLES = frozenset("al el bin ibn bint abu abd abdel abdul de del della di da dos van von der le la ben ould ap mac mc".split())


def _fold(s: str) -> str:
    """Accent-free text (ASCII where possible)."""
    if s.isascii():
        return s
    s = s.translate(_LATIN)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _pieces(token: str) -> list[str]:
    """Case-kept sub-tokens of one whitespace token: no possessive, dots, apostrophes, hyphens."""
    t = token.strip(EDGE)
    if len(t) > 2 and t[-2:] in ("'s", "'S"):
        t = t[:-2]
    elif len(t) > 2 and t[-1] == "'" and t[-2] in "sS":
        t = t[:-1]
    t = _fold(t)
    if "-" in t:
        t = _ARTICLE.sub("al-", t)
    t = t.replace("'", "").replace(".", "").replace("&", " and ")
    return [p for p in _SPLIT.split(t) if p]


class Toks:
    """A phrase as normalised sub-tokens (lower and case-kept), mapped back to whitespace tokens."""

    __slots__ = ("orig", "low", "cs", "src")

    def __init__(self, orig: list[str], low: list[str], cs: list[str], src: list[int]):
        self.orig, self.low, self.cs, self.src = orig, low, cs, src

    @classmethod
    def of(cls, text: str) -> "Toks":
        orig = text.split()
        low, cs, src = [], [], []
        for i, tok in enumerate(orig):
            for p in _pieces(tok):
                cs.append(p)
                low.append(p.lower())
                src.append(i)
        return cls(orig, low, cs, src)

    def __len__(self) -> int:
        return len(self.low)

    def sub(self, i: int, j: int) -> "Toks":
        return Toks(self.orig, self.low[i:j], self.cs[i:j], self.src[i:j])

    def key(self) -> str:
        return " ".join(self.low)

    def cskey(self) -> str:
        return " ".join(self.cs)

    def text(self) -> str:
        """The original words this range covers."""
        if not self.src:
            return ""
        return " ".join(self.orig[self.src[0]: self.src[-1] + 1])

    def starts_token(self, i: int) -> bool:
        return i == 0 or i >= len(self.src) or self.src[i] != self.src[i - 1]


def phrase_key(text: str) -> str:
    """Normalised lookup key of a whole string (lower case)."""
    return " ".join(p.lower() for tok in text.translate(CHARMAP).split() for p in _pieces(tok))


def case_key(text: str) -> str:
    return " ".join(p for tok in text.translate(CHARMAP).split() for p in _pieces(tok))


def drop_al(key: str) -> str:
    return " ".join(w for w in key.split() if w != "al")
