"""Stages before the parse: language check, dateline, and the parse itself."""
from __future__ import annotations

import re

from ..errors import Errors, EventwireError
from ..nlp.furniture import HEADLINE_END, blank_bylines, blank_trailer, headline_end
from ..nlp.reflow import reflow
from ..resolve.outlets import outlet_name
from .contract import stage
from .resources import Resources
from .work import Work

# The commonest English function words: a text of 20 words or more in which fewer than
# MIN_STOPWORD_SHARE of the words are among them is not English (English prose runs ~40%).
_EN_STOP = frozenset("the of and to in a is that for on was with by as said at from are were has have it its "
                     "this be an who which they their after been".split())


MIN_STOPWORD_SHARE = 0.06
MIN_WORDS_TO_JUDGE = 20  # fewer words than this (a headline) are not judged
LANGUAGE_SAMPLE = 5000  # characters read to judge the language


@stage("language_guard", reads=("article.language", "article.text"))
def language_guard(w: Work, res: Resources) -> None:
    """Refuse what is not English (E111): the models and lexicons are English only."""
    lang = (w.article.language or "en").lower()
    if not lang.startswith("en"):
        raise EventwireError(Errors.E111.format(detail=f"language {lang!r} is not supported (English only)"))
    words = re.findall(r"[a-zA-Z']+", w.article.text[:LANGUAGE_SAMPLE].lower())
    if len(words) >= MIN_WORDS_TO_JUDGE and sum(1 for x in words if x in _EN_STOP) / len(words) < MIN_STOPWORD_SHARE:
        raise EventwireError(Errors.E111.format(detail="the text does not look like English"))


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# possessive leading space (\s*+): a text opening on thousands of spaces must not retry the prefix at each
_WIRE_DATELINE = re.compile(r"^\s*+(?P<pre>[^\n–—]{2,60}?)\s*(?:[–—]|--| - )\s*")


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


MAX_DATELINE_PLACE_WORDS = 4  # "ST. PAUL", "SALT LAKE CITY", "RIO DE JANEIRO"


def body_dateline(text: str, title: str | None, is_place) -> tuple[int, int] | None:
    """The span of a dateline that opens the body after a headline ("Man shot twice in robbery.
    SPRINGFIELD - A 27-year-old ..."), or None: local papers and feeds run the title into the
    text, so the wire's dateline stands after it, where the parse would read "SPRINGFIELD - A
    27-year-old" as one subject (`_dateline_apart`). Stricter than a text's opening dateline,
    since a lead may open on a word in capitals too ("POLICE hunting a gunman - who shot ..."):
    a place in capitals, then a comma or a parenthesised source ("LAGOS, Nigeria (AP) -"), or a
    place the gazetteer knows (`is_place`: "SPRINGFIELD -", not "HAMAS - the group that ..."); with
    no dash, a known place and a known wire ("MOSCOW (Sputnik) A total of ...")."""
    end = headline_end(text, title)
    if not end:
        return None
    # right after the headline, else at a sentence's start a little further on, past a promo or
    # byline line ("Megan Gildow brings you the latest ... XENIA — The girlfriend of ...")
    starts = [end, *(end + m.end() for m in _SENTENCE_GAP.finditer(text[end:end + BODY_DATELINE_REACH]))]
    return next((span for at in starts if (span := _dateline_at(text, at, is_place)) is not None), None)


# Where a sentence ends and the next begins; what may stand before a dateline
_SENTENCE_GAP = re.compile(r"[.!?]\s+")
_LEADING_GAP = re.compile(r"[ .\r\n\t]*")
# How far past the headline a dateline may open a sentence
BODY_DATELINE_REACH = 300


# A body dateline whose dash the page lost: a place in capitals and its wire in brackets, then the
# lead's capital ("... citing sources. MOSCOW (Sputnik) A total of 24 Daesh terrorists ...")
_BRACKETED_DATELINE = re.compile(r"^\s*+(?P<pre>[A-Z][A-Z.' ]{1,40}?\s*(?P<wire>\([A-Z][A-Za-z .]{1,25}\)))\s+(?=[A-Z\d])")


def _body_dateline_match(text: str) -> re.Match | None:
    """A wire dateline opening `text` (`dateline_prefix_end`), or one whose dash is lost."""
    return _WIRE_DATELINE.match(text) if dateline_prefix_end(text) else _BRACKETED_DATELINE.match(text)


def _dateline_at(text: str, at: int, is_place) -> tuple[int, int] | None:
    """The span of a wire dateline opening the text at `at` (see `body_dateline`), or None."""
    start = _LEADING_GAP.match(text, at).end()
    m = _body_dateline_match(text[start:])
    if m is None:
        return None
    length, pre = m.end(), m.group("pre")
    place = re.split(r"[,(]", pre, maxsplit=1)[0].strip()
    words = place.split()
    if not (0 < len(words) <= MAX_DATELINE_PLACE_WORDS and all(w.isupper() for w in words)):
        return None
    if m.re is _BRACKETED_DATELINE:
        # no dash to go by: a town the gazetteer knows and a wire the outlet list knows ("UNICEF (United
        # Nations Children's Fund) Director ..." is no dateline)
        return (start, start + length) if is_place(place) and outlet_name(m.group("wire")[1:-1]) is not None else None
    return (start, start + length) if len(place) < len(pre.strip()) or is_place(place) else None


@stage("dateline", reads=("article.text", "article.title", "article.published"),
       writes=("dateline_end", "body_dateline", "article.published", "article.published_from"))
def dateline(w: Work, res: Resources) -> None:
    """Publication date from the text's dateline when the input gave none; and where
    the dateline ends, so its city and date are not taken for the event's; else a dateline
    that opens the body after the headline."""
    from ..resolve.dates import find_dateline

    text = w.article.text
    w.dateline_end = dateline_prefix_end(text)
    if not w.dateline_end:
        w.body_dateline = body_dateline(text, w.article.title,
                                        lambda name: res.gazetteer.lookup(name) is not None)
    m = find_dateline(text)
    if m is not None and m.start <= max(w.dateline_end, 40) and not _a_clause(text[w.dateline_end:m.start]):
        w.dateline_end = max(w.dateline_end, m.end)
    if w.article.published:
        return
    if m is not None:
        w.article.published = m.date.isoformat()
        w.article.published_from = "dateline"


# Lowercase words a dateline's date may follow ("Posted on", "Last updated at", "Date of publication")
_DATELINE_WORDS = frozenset("posted on updated at last published date of publication by".split())


# A lead that opens on its event's date: "On April 4, 2018, police arrested ..."
_OPENING_TIME_PHRASES = frozenset(("on", "early on", "late on", "by", "since", "until", "before", "after", "in"))


def _a_clause(before: str) -> bool:
    """Is the text before a date a sentence's words ("Police shot a man in Brooklyn on [Wednesday,
    April 4, 2018]"), not a dateline's place, source or label? Its date is then the event's, in
    the text the parser must read."""
    words = re.findall(r"[A-Za-z]+", before)
    return any(w.islower() and w not in _DATELINE_WORDS for w in words) \
        or " ".join(words).lower() in _OPENING_TIME_PHRASES


def _dateline_apart(text: str, start: int, end: int) -> str:
    """The text with a body dateline's dash made a sentence break ("SPRINGFIELD - A man was
    shot" → "SPRINGFIELD.\n A man was shot"; with no dash, the break goes where the wire's brackets
    were) and its wire's name in brackets blanked, the same length: its town stays a place the
    story names, but no part of the lead's subject."""
    m = _body_dateline_match(text[start:])
    if m is None:
        return text  # (a byline blanked its start)
    # the stop goes after the wire's brackets, or where they were when no dash follows them
    # ("MOSCOW (Sputnik) A total ...")
    sep = start + (m.end("pre") if m.re is _WIRE_DATELINE else m.start("wire"))
    if end - sep < 2:
        return text  # "SPRINGFIELD—A man": no room for a stop, and a bare line break loses the town's tag
    brk = "\n" if text[sep - 1] == "." else ".\n"  # "SPRINGFIELD, Ill. -": no second stop
    # its wire's name ("BAMAKO (Reuters)") is no party of the story: "their convoy" is not Reuters'
    place = re.sub(r"\([^)]*\)", lambda g: " " * len(g.group()), text[start:sep])
    return text[:start] + place + brk + " " * (end - sep - len(brk)) + text[end:]


def _parse_text(w: Work) -> str:
    """The text the parser sees, the article's length so that every offset holds: a
    dateline is blanked (one after the headline made its own sentence, `_dateline_apart`), or
    "BEIRUT, March 21 (Reuters) –" is parsed as the subject of the
    lead sentence; hard-wrapped copy is re-flowed (its wrap breaks become spaces), or
    the parser, which ends a sentence at every line break, cuts each sentence into lines; a
    byline run into the headline and the lead becomes a line break, and a page's trailer of
    other stories' headlines is blanked (`nlp/furniture.py`)."""
    text = blank_bylines(blank_trailer(reflow(w.article.text)))
    if w.body_dateline:
        text = _dateline_apart(text, *w.body_dateline)
    return " " * w.dateline_end + text[w.dateline_end:] if w.dateline_end else text


PARSE_BATCH = 16  # texts per spaCy batch: the parser is faster on batches, memory grows with them


def _parse_batch(works: list[Work], res: Resources) -> None:
    texts = [_parse_text(w) for w in works]
    for w, text, doc in zip(works, texts, res.nlp.pipe(texts, batch_size=PARSE_BATCH)):
        w.doc, w.text = doc, text
        _mark_headline(w)


def _mark_headline(w: Work) -> None:
    w.doc.user_data[HEADLINE_END] = headline_end(w.text, w.article.title)


@stage("parse", reads=("article.text", "article.title", "dateline_end", "body_dateline"), writes=("text", "doc"),
       batch_fn=_parse_batch)
def parse(w: Work, res: Resources) -> None:
    """The spaCy parse of the text, with its dateline and page trailer blanked and its wrapped lines re-flowed;
    where the text opens with a headline, its end is kept in the doc's `user_data` (`nlp.furniture.HEADLINE_END`)."""
    w.text = _parse_text(w)
    w.doc = res.nlp(w.text)
    _mark_headline(w)


STAGES = (language_guard, dateline, parse)
