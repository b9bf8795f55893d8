"""Quoted passages of a text: what a speaker said in their own words."""
from __future__ import annotations

import re

# A quote is 8 to 2,000 characters between quotation marks (shorter is a scare quote,
# longer an unclosed mark) of at least three words ("so-called “moderate rebels”" is none).
MIN_QUOTE_CHARS, MAX_QUOTE_CHARS = 8, 2000
MIN_QUOTE_WORDS = 3
_QUOTE_RE = re.compile(rf"“([^”]{{{MIN_QUOTE_CHARS},{MAX_QUOTE_CHARS}}})”"
                       rf"|\"([^\"\n]{{{MIN_QUOTE_CHARS},{MAX_QUOTE_CHARS}}})\"")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Char spans of quoted passages of at least three words."""
    spans = []
    for m in _QUOTE_RE.finditer(text):
        g = 1 if m.group(1) is not None else 2
        s, e = m.start(g), m.end(g)
        if len(text[s:e].split()) >= MIN_QUOTE_WORDS:
            spans.append((s, e))
    return spans


def quote_around(quotes: list[tuple[int, int]], char: int) -> tuple[int, int] | None:
    """The quoted passage holding char offset `char`, else None."""
    return next(((s, e) for s, e in quotes if s <= char < e), None)
