"""Stages before the parse: language check, dateline, and the parse itself."""
from __future__ import annotations

import re

from ..errors import EventwireError
from ..pipeline import Work, component


_EN_STOP = frozenset("the of and to in a is that for on was with by as said at from are were has have it its "
                     "this be an who which they their after been".split())


@component("language_guard", provides=("english",))
def language_guard(w: Work) -> None:
    lang = (w.article.language or "en").lower()
    if not lang.startswith("en"):
        raise EventwireError(f"language {lang!r} is not supported (English only)", code="E111")
    words = re.findall(r"[a-zA-Z']+", w.article.text[:5000].lower())
    if len(words) >= 20 and sum(1 for x in words if x in _EN_STOP) / len(words) < 0.06:
        raise EventwireError("text does not look like English", code="E111")


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WIRE_DATELINE = re.compile(r"^\s*(?P<pre>[^\n–—]{2,60}?)\s*(?:[–—]|--| - )\s*")


def dateline_prefix_end(text: str) -> int:
    """End offset of a wire dateline ("BEIRUT, March 21 (Levant Wire) – ", "RAQQA — ",
    "Aleppo, SSNA – "), or 0. The prefix must look like one: a place in capitals, a
    parenthesised source or a date; never a clause."""
    m = _WIRE_DATELINE.match(text)
    if not m:
        return 0
    pre = m.group("pre")
    words = pre.replace(",", " ").split()
    looks = (words and words[0].isupper() and len(words[0]) > 2) or "(" in pre or re.search(_MONTHS + r"\s+\d", pre, re.I) \
        or ("," in pre and len(words) <= 4 and all(w[:1].isupper() for w in words))
    return m.end() if looks else 0


@component("dateline", provides=("published",))
def dateline(w: Work) -> None:
    """Publication date from the text's dateline when the input gave none; and where
    the dateline ends, so its city and date are not taken for the event's."""
    from ..resolve.dates import find_dateline

    text = w.article.text
    w.dateline_end = dateline_prefix_end(text)
    m = find_dateline(text)
    if m is not None and m.start <= max(w.dateline_end, 40):
        w.dateline_end = max(w.dateline_end, m.end)
    if w.article.published:
        return
    if m is not None:
        w.article.published = m.date.isoformat()
        w.article.published_from = "dateline"


def _parse_text(w: Work) -> str:
    """The text the parser sees: a dateline is blanked (same length, so offsets hold),
    or "BEIRUT, March 21 (Reuters) –" is parsed as the subject of the lead sentence."""
    text = w.article.text
    return " " * w.dateline_end + text[w.dateline_end:] if w.dateline_end else text


def _parse_batch(works: list[Work]) -> None:
    from ..nlp import load_nlp

    texts = [_parse_text(w) for w in works]
    for w, text, doc in zip(works, texts, load_nlp().pipe(texts, batch_size=16)):
        w.doc, w.text = doc, text


@component("parse", provides=("doc",), batch_fn=_parse_batch)
def parse(w: Work) -> None:
    from ..nlp import load_nlp

    w.text = _parse_text(w)
    w.doc = load_nlp()(w.text)
