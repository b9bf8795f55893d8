"""Values every format derives the same way from a FusedEvent, and atomic output files."""
from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from eventwire.model import BACKGROUND, Actor, FusedEvent, Mention, Place

_FEATURE_PRECISION = {"city": "point", "admin2": "admin2", "admin1": "admin1", "country": "country",
                      "region": "region"}
# factualities under which the event is reported as having happened
OCCURRED = frozenset(("asserted", "claimed"))
_SPACE = re.compile(r"\s+")


def clean(text: str | None) -> str | None:
    """One line: runs of whitespace (tabs, newlines, U+2028) become one space."""
    return _SPACE.sub(" ", text).strip() if text is not None else None


def primary(actors: list[Actor]) -> Actor | None:
    """The first actor that names someone; pronouns the resolver could not name do not count."""
    return next((a for a in actors if a.name or a.country), None)


def others(actors: list[Actor], first: Actor | None) -> list[Actor]:
    return [a for a in actors if a is not first and a.name]


def precision(place: Place | None) -> str | None:
    if place is None:
        return None
    return place.precision or _FEATURE_PRECISION.get(place.feature or "")


def representative(fe: FusedEvent) -> Mention | None:
    """The mention that speaks for the event: independent, asserted, likeliest a real event of its
    report (`Event.confidence`, the event filter's probability), earliest."""
    if not fe.mentions:
        return None
    ranked = sorted(enumerate(fe.mentions), key=lambda im: (
        im[1].duplicate_of is not None, im[1].event.factuality != "asserted", -im[1].event.confidence,
        im[1].published or "9999", im[0]))
    return ranked[0][1]


def earliest(fe: FusedEvent) -> Mention | None:
    """The first report (ties: first in the fused event's order)."""
    if not fe.mentions:
        return None
    return min(enumerate(fe.mentions), key=lambda im: (im[1].published or "9999", im[0]))[1]


def factuality(fe: FusedEvent) -> str | None:
    """`asserted` if any source asserts it, else what the first source says; None without mentions."""
    facts = [m.event.factuality for m in fe.mentions]
    if not facts:
        return None
    return "asserted" if "asserted" in facts else facts[0]


def occurred(fe: FusedEvent) -> bool:
    """Reported as having happened (a hand-built event without mentions counts as reported)."""
    f = factuality(fe)
    return f is None or f in OCCURRED


# Coarser is later: a source stating the day beats one giving only the month or year
_PRECISION_ORDER = ("day", "week", "month", "year")


def date_precision(fe: FusedEvent) -> str | None:
    """`day` where a source states the event's day; `month` or `year` where the sources that state
    its date give no more ("last month", "in 2014"); `week` where the day is a report's date (or the
    story's), so the event is known to lie near it; None without a date."""
    if not fe.date:
        return None
    stated = [m.event.date_precision or "day" for m in fe.mentions if m.event.date == fe.date and m.event.date_text]
    if stated:
        return min(stated, key=lambda p: _PRECISION_ORDER.index(p) if p in _PRECISION_ORDER else 0)
    return "day" if not fe.mentions else "week"


def context(fe: FusedEvent) -> list[str]:
    """PLOVER contexts of all mentions, first-seen order; `background` only where every mention
    recalls the event (one report that tells it as news makes it news)."""
    seen: dict[str, None] = {}
    for m in fe.mentions:
        for c in m.event.context:
            seen.setdefault(c, None)
    if BACKGROUND in seen and not all(BACKGROUND in m.event.context for m in fe.mentions):
        del seen[BACKGROUND]
    return list(seen)


def outlets(fe: FusedEvent) -> str | None:
    """The outlets on one line, as ACLED's `source` lists them."""
    return "; ".join(clean(o) for o in fe.outlets if o) or None


def conflict_fields(fe: FusedEvent) -> list[str]:
    return list(dict.fromkeys(c.field for c in fe.conflicts))


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, moved into place on success: a failed export
    leaves no half-written file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


@contextlib.contextmanager
def atomic(path: Path, **open_kw) -> Iterator[IO]:
    """A text file opened for writing at `atomic_path(path)`."""
    with atomic_path(path) as tmp, open(tmp, "w", **open_kw) as fh:
        yield fh
