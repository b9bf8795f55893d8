"""What one article says as a whole, from all of its mentions: where it is, how it opens,
and which of its mentions report the incident its main event is about.

Fusion compares mentions, but a report is more than its main event's sentence. The
extractor sometimes gives the main event a misread place, or splits one incident into
several events of one article; the article's other mentions then say what its main
event left out. An ArticleView is derived from one article's mentions only, in a
canonical order, so a fuser rebuilt from stored events derives the same view:

- `country`: where the article's events are, by a vote of their places and of the
  people involved. A place in another country is doubtful (similarity.doubtful_place)
  and scoring treats that mention as unplaced, instead of as evidence against.
- `lead`: the words and figures of the article's opening sentences and of its main
  incident's sentences. Two reports about one incident open alike; cluster.py compares
  leads, IDF-weighted, when a main event meets an event other reports are about.
- `incident`: the main event and the article's other events that report the same
  incident (same_incident: one sentence split in two, or the same toll, day and place):
  twins the extractor split off. The main event is placed by the best of their evidence.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Mention
from .figures import closeness
from .scoring import day_number
from .similarity import (
    PRECISION_RANK,
    compatible_types,
    doubtful_place,
    factual_group,
    place_known,
    place_match,
    tokens,
)

# The opening of a report: sentences that start within this many characters of its text.
LEAD_CHARS = 600
# Figures of two digits or more are compared as words ("#18"); single digits are too
# common ("two children", "one of") to tell two reports apart.
_FIGURE = re.compile(r"(?<![\d.,])\d{2,6}(?![\d,]?\d)")
# A twin of the main event states a toll at least this close to the main event's
# (figures.closeness) and a day at most this far from it.
TWIN_TOLL_CLOSENESS = 0.75
TWIN_DAY_GAP = 1


@dataclass(frozen=True)
class ArticleView:
    article_id: str
    country: str | None
    lead: frozenset[str]
    incident: tuple[str, ...]  # mention ids, the main event's first; empty where the article has none


def ordered(mentions: Sequence[Mention]) -> list[Mention]:
    """One article's mentions, each once, main event first, then in the order of the text."""
    return sorted({m.id: m for m in mentions}.values(), key=lambda m: (not m.main, m.event.sentence.start, m.id))


def article_country(mentions: Sequence[Mention]) -> str | None:
    """The country most of an article's places are in (finer places weigh more; each person
    or group involved with a country adds one); None where there is none or a tie."""
    votes: Counter[str] = Counter()
    for m in mentions:
        p = m.event.location
        if p is not None and place_known(p):
            votes[p.country] += 1 + PRECISION_RANK[p.precision]  # type: ignore[index]
        for a in m.event.actors + m.event.targets:
            # an implied or assumed doer's country is its place's or the story's: no vote of its own
            if a.name and a.country and not a.implied and not a.country_assumed:
                votes[a.country] += 1
    ranked = votes.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def lead_words(sentences: Sequence[str]) -> frozenset[str]:
    """Content words and figures ("#18") of some sentences."""
    words: set[str] = set()
    for s in sentences:
        words |= tokens(s)
        words.update(sys.intern("#" + n) for n in _FIGURE.findall(s))
    return frozenset(words)


def same_incident(main: Mention, other: Mention, country: str | None) -> bool:
    """Whether another event of the main event's article reports the main event's incident:
    compatible type and factuality, days and places that agree (where both are known), and
    either tolls that agree or, where one states none, the same sentence."""
    a, b = main.event, other.event
    if factual_group(a.factuality) != factual_group(b.factuality) or b.type not in compatible_types(a.type):
        return False
    da, db = day_number(a.date) or day_number(main.published), day_number(b.date) or day_number(other.published)
    if da is not None and db is not None and abs(da - db) > TWIN_DAY_GAP:
        return False
    pa = a.location if place_known(a.location) and not doubtful_place(a.location, country) else None
    pb = b.location if place_known(b.location) and not doubtful_place(b.location, country) else None
    if pa is not None and pb is not None and place_match(pa, pb) is None:
        return False
    if a.killed is not None and b.killed is not None:
        return closeness(a.killed.value, b.killed.value) >= TWIN_TOLL_CLOSENESS
    return (a.sentence.start, a.sentence.text) == (b.sentence.start, b.sentence.text)


def article_view(mentions: Sequence[Mention]) -> ArticleView:
    """The view of one article from all of its mentions, in any order."""
    ms = ordered(mentions)
    if not ms:
        return ArticleView(article_id="", country=None, lead=frozenset(), incident=())
    country = article_country(ms)
    main = ms[0] if ms[0].main else None
    incident = [m for m in ms if main is not None and (m is main or same_incident(main, m, country))]
    sentences = [m.event.sentence.text for m in incident]
    sentences += [m.event.sentence.text for m in ms if m.event.sentence.start < LEAD_CHARS]
    return ArticleView(article_id=ms[0].article_id, country=country,
                       lead=lead_words(list(dict.fromkeys(sentences))), incident=tuple(m.id for m in incident))
