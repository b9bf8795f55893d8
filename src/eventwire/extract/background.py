"""Background: the events a report recalls rather than reports (issue 13, docs/annotation.md).

A report of today's strike also tells the war's start ("a civil war that began in 2011 when the
regime cracked down on protests"), earlier attacks ("In January 2008, a fire at the same home"),
anniversaries and running totals ("more than 100,000 people have been killed since 2011"). Those are
events, but not the news: a dataset marks them, and they are never the article's main event.

An event is recalled when its own clause (its trigger and the words above it, up to a reporting
verb: "officials said on Monday" dates the saying) is dated before the report:
- a time phrase of the clause names an earlier year, "last year", a decade, or "years ago";
- the clause hangs off such a time phrase ("since early 2011, when the regime cracked down");
- the day the clause states lies more than RECENT_DAYS before publication;
- a toll in the present perfect counted since an earlier year or over a whole war ("have been
  killed since 2011", "has killed 100,000 in the conflict").
Pure functions over a parsed sentence; the `background` stage applies them.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import BACKGROUND
from ..resolve.date_phrases import MONTH_RE, month_number
from .lexicon import REPORTING_VERBS

__all__ = ["BACKGROUND", "Recall", "earlier_time", "recalled", "report_year"]
# A stated day this long before publication is no longer the news (a weekly's "last Tuesday" is not)
RECENT_DAYS = 30
# Words above the trigger read for its clause: the chains of news prose, not the whole sentence
MAX_HOPS = 4
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH = re.compile(rf"\b({MONTH_RE})\b", re.IGNORECASE)
_DECADE = re.compile(r"\b(1[89]\d0|20\d0|\d0)['’]?s\b")
# "years ago", "two decades ago", "last year": a time well before the report, whatever its year
_LONG_AGO = re.compile(r"\b(years?|decades?|centur(?:y|ies)|months?)\s+ago\b|\blast\s+year\b|\bprevious\s+year\b",
                       re.IGNORECASE)
PERFECT_AUX = frozenset(("have", "has", "'ve"))
# Words that make a time phrase a stretch of time, not the time of one event
SPAN_WORDS = frozenset(("since", "until", "till", "through", "throughout", "by"))
# What a toll "in the war" counts over: the whole of it, not one incident
WHOLE_CONFLICT = frozenset(("war", "conflict", "uprising", "insurgency", "crisis", "revolution"))


def _clause(head) -> list:
    """The trigger and the words above it, stopping before a reporting verb and at a conjoined
    clause ("was driven out in 2017, but its cells still carry out attacks": each has its time)."""
    out, node = [head], head
    for _ in range(MAX_HOPS):
        if node.head.i == node.i or (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")):
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in REPORTING_VERBS:
            break
        out.append(node)
    return out


def earlier_time(text: str, year: int | None) -> bool:
    """Does a time phrase name a time before the report's year ("in 2011", "the 1970s",
    "twelve years ago", "last year")?"""
    if _LONG_AGO.search(text) or _DECADE.search(text):
        return True
    return year is not None and any(int(y) < year for y in _YEAR.findall(text))


def _date_ents_of(clause: list) -> list:
    """The DATE entities that date a word of the clause (the words from the phrase up to its verb
    meet the clause: "seized ... in a lightning 2014 campaign"), or that the clause hangs off
    ("since early 2011, when the regime cracked down")."""
    from ..resolve.date_tense import attachment_path

    doc = clause[0].doc
    ids = {t.i for t in clause}
    sent = clause[0].sent
    return [ent for ent in doc.ents if ent.label_ == "DATE" and sent.start <= ent.start < sent.end
            and (attachment_path(doc, ent.start_char, ent.end_char) & ids or any(ent.start <= i < ent.end for i in ids))]


def _running_total(clause: list, year: int | None) -> bool:
    """"have been killed since 2011", "has killed more than 100,000 in the war": a toll kept since
    an earlier year or over a whole conflict, not today's ("have killed eight since Friday" is)."""
    verb = next((t for t in clause if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not any(c.dep_ in ("aux", "auxpass") and c.lower_ in PERFECT_AUX for c in verb.children):
        return False
    for t in clause:
        for c in t.children:
            if c.dep_ != "prep":
                continue
            objects = [o for o in c.children if o.dep_ == "pobj"]
            if any(o.lemma_.lower() in WHOLE_CONFLICT for o in objects):
                return True
            if c.lower_ == "since" and any(earlier_time(" ".join(w.text for w in o.subtree), year) for o in objects):
                return True
    return False


def report_year(text: str, published: dt.date | None) -> int | None:
    """The year the report is written in: the publication's, else the latest year the text names."""
    if published is not None:
        return published.year
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


@dataclass(frozen=True)
class Recall:
    """Why an event is background: the words that say so ("in 2011", "since", "stated day") and,
    where those words name the year (and month) the event happened in ("in January 2013", not
    "since 2011"), that year and month."""

    why: str
    year: int | None = None
    month: int | None = None


def _span_phrase(ent) -> bool:
    """"since 2011", "until 2014": a stretch of time or a comparison ("the deadliest since
    2011"), not the time of the event it modifies."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before in SPAN_WORDS or ent[0].lower_ in SPAN_WORDS


def _when_of(ent, clause: list) -> tuple[int | None, int | None]:
    """(year, month) a time phrase puts its event in ("in January 2013": 2013, 1; "in 2011":
    2011, None); (None, None) for a stretch of time ("since 2011"), unless the event hangs off the
    phrase itself ("since early 2011, when the regime cracked down": 2011)."""
    years = set(_YEAR.findall(ent.text))
    if len(years) != 1 or (_span_phrase(ent) and not _hangs_off(ent, clause)):
        return None, None
    month = _MONTH.search(ent.text)
    return int(years.pop()), (month_number(month.group(1)) if month else None)


def _hangs_off(ent, clause: list) -> bool:
    """Does the clause hang off the time phrase itself ("since early 2011, when the regime cracked down")?"""
    return any(ent.start <= t.i < ent.end for t in clause)


def recalled(head, published: dt.date | None, date: str | None, date_kind: str | None,
             year: int | None = None, precision: str | None = "day") -> Recall | None:
    """Why the event whose trigger head is `head` is background (`Recall`), or None if it is not.
    `year`: the report's year (`report_year`), by default the publication's; `precision`: how much
    of `date` is known (a month is compared by its first day, so only a day counts)."""
    clause = _clause(head)
    year = year if year is not None else (published.year if published else None)
    for ent in _date_ents_of(clause):
        # "the deadliest attack since 2011" compares today's attack with the past; a toll kept
        # since then is read by _running_total
        if _span_phrase(ent) and not _hangs_off(ent, clause):
            continue
        if earlier_time(ent.text, year):
            return Recall(ent.text, *_when_of(ent, clause))
    if _running_total(clause, year):
        return Recall("since")
    if published is not None and date and date_kind == "stated" and precision == "day":
        try:
            day = dt.date.fromisoformat(date[:10])
        except ValueError:
            return None
        if (published - day).days > RECENT_DAYS:
            return Recall("stated day")
    return None
