"""The one event filter: what `eventwire events`, `export`, `conflicts` and `/api/events` select.

`EventFilter` holds the criteria; from it derive the store's SQL (`where`, bound
parameters only) and, in api/index.py, the in-memory index's row mask, which uses
`ilike_contains` below for the two partial-name criteria. The CLI builds it from one
shared set of options (cli/options.py), the API from its query parameters.
tests/store/test_filters.py checks, for random filters, that SQL and mask select the
same events.

It lives in the store because its first meaning is SQL over the `events` table's
columns; the API and the CLI sit above the store, so both import it downwards.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Longitude and latitude bounds of a bounding box, in degrees (WGS 84, as the gazetteer's).
LON_RANGE = (-180.0, 180.0)
LAT_RANGE = (-90.0, 90.0)

# An event matches `q` when one of its sources' evidence sentences, or that article's
# title, contains the words (lower-cased on both sides by DuckDB, so both fold alike).
_Q_SQL = """id IN (
    SELECT s.event_id FROM event_sources s
    JOIN articles a ON a.id = s.article_id AND a.version = s.article_version
    LEFT JOIN mentions m ON m.mention_id = s.mention_id AND m.article_version = s.article_version
    WHERE contains(lower(a.title), lower(?))
       OR contains(lower(substr(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start)), lower(?)))"""

BBox = tuple[float, float, float, float]  # (min_lon, min_lat, max_lon, max_lat)


@dataclass(frozen=True)
class EventFilter:
    """Which events to select; every criterion given must hold. Frozen and hashable: it keys caches."""

    type: str | None = None  # PLOVER type, any case
    actor: str | None = None  # part of an actor's canonical name (ILIKE: % and _ are wildcards), or an ISO-3
    country: str | None = None  # event country, ISO-3, any case
    admin1: str | None = None  # part of the admin1 unit's name (ILIKE)
    since: str | None = None  # event date on or after, YYYY-MM-DD
    until: str | None = None  # event date on or before, YYYY-MM-DD
    min_sources: int | None = None  # at least this many independent sources
    conflicts_only: bool = False  # only events whose sources disagree
    q: str | None = None  # literal text in a source's evidence sentence or its article's title
    bbox: BBox | None = None  # event location inside (min_lon, min_lat, max_lon, max_lat)

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                dt.date.fromisoformat(value)  # ValueError: the caller says which option was wrong
        if self.bbox is not None:
            object.__setattr__(self, "bbox", check_bbox(self.bbox))

    def clauses(self) -> tuple[list[str], list[Any]]:
        """The SQL conditions over the `events` table, and their bound parameters, in order."""
        sql: list[str] = []
        params: list[Any] = []
        if self.country:
            sql.append("country = ?")
            params.append(self.country.upper())
        if self.type:
            sql.append("type = ?")
            params.append(self.type.upper())
        if self.actor:
            sql.append("(array_to_string(actors, '|') ILIKE ? OR list_contains(actor_countries, ?))")
            params += [f"%{self.actor}%", self.actor.upper()]
        if self.admin1:
            sql.append("admin1 ILIKE ?")
            params.append(f"%{self.admin1}%")
        if self.since:
            sql.append("date >= ?::DATE")
            params.append(self.since)
        if self.until:
            sql.append("date <= ?::DATE")
            params.append(self.until)
        if self.min_sources:
            sql.append("n_sources >= ?")
            params.append(self.min_sources)
        if self.conflicts_only:
            sql.append("n_conflicts > 0")
        if self.q:
            sql.append(_Q_SQL)
            params += [self.q, self.q]
        if self.bbox is not None:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            sql.append("lat BETWEEN ? AND ?")
            params += [min_lat, max_lat]
            if crosses_antimeridian(self.bbox):
                sql.append("(lon >= ? OR lon <= ?)")
            else:
                sql.append("lon BETWEEN ? AND ?")
            params += [min_lon, max_lon]
        return sql, params

    def where(self, extra: list[str] = (), extra_params: list[Any] = ()) -> tuple[str, list[Any]]:
        """(" WHERE ..." or "", parameters), with `extra` conditions (a pagination cursor) appended."""
        sql, params = self.clauses()
        sql += list(extra)
        params += list(extra_params)
        return (" WHERE " + " AND ".join(sql) if sql else ""), params


# ----------------------------------------------------------------------------- bounding boxes

def crosses_antimeridian(bbox: BBox) -> bool:
    """A box whose west edge lies east of its east edge spans ±180° (GeoJSON's convention, RFC 7946 §5.2)."""
    return bbox[0] > bbox[2]


def check_bbox(values) -> BBox:
    """Four finite numbers in range, south edge not above the north edge; ValueError otherwise."""
    try:
        box = tuple(float(v) for v in values)
    except (TypeError, ValueError):
        raise ValueError(f"bbox must be four numbers min_lon,min_lat,max_lon,max_lat, got {values!r}") from None
    if len(box) != 4 or not all(math.isfinite(v) for v in box):
        raise ValueError(f"bbox must be four numbers min_lon,min_lat,max_lon,max_lat, got {values!r}")
    min_lon, min_lat, max_lon, max_lat = box
    if not all(LON_RANGE[0] <= v <= LON_RANGE[1] for v in (min_lon, max_lon)):
        raise ValueError(f"bbox longitudes must lie in [{LON_RANGE[0]:g}, {LON_RANGE[1]:g}], got {values!r}")
    if not all(LAT_RANGE[0] <= v <= LAT_RANGE[1] for v in (min_lat, max_lat)) or min_lat > max_lat:
        raise ValueError(f"bbox latitudes must lie in [{LAT_RANGE[0]:g}, {LAT_RANGE[1]:g}] with min_lat <= max_lat, "
                         f"got {values!r}")
    return box  # type: ignore[return-value]


def parse_bbox(text: str) -> BBox:
    """"min_lon,min_lat,max_lon,max_lat" (the order of GeoJSON's bbox and of OGC APIs)."""
    return check_bbox(part.strip() for part in text.split(","))


# ----------------------------------------------------------------------------- ILIKE in Python

def fold(s: str) -> str:
    """Lower case as DuckDB's lower() does it: character by character. Python's str.lower() differs
    in two places only: it writes a final sigma as ς, and İ as two characters (i + combining dot)."""
    return s.replace("İ", "i").replace("Σ", "σ").lower()


def ilike_contains(pattern: str) -> Callable[[str | None], bool]:
    """`value ILIKE '%' || pattern || '%'` as DuckDB means it (`%`: any run of characters, `_`: one
    character, no escape character), in time linear in the value for a given pattern.

    Never a regular expression built from user input: `%` as `.*` backtracks, and a few of them made
    one request take seconds. Between `%`s the pieces only need to appear in order without
    overlapping, so each is found at its leftmost place after the previous one (`str.find`)."""
    pieces = [_Piece(p) for p in fold(pattern).split("%") if p]

    def match(value: str | None) -> bool:
        if value is None:
            return False
        text, at = fold(value), 0
        for piece in pieces:
            at = piece.find(text, at)
            if at < 0:
                return False
        return True

    return match


class _Piece:
    """Part of a LIKE pattern between `%`s: literal characters and `_` (any one character)."""

    def __init__(self, piece: str):
        self.length = len(piece)
        # Runs of literal characters with their offsets in the piece; `_`s are the gaps between them.
        runs, start = [], 0
        for part in piece.split("_"):
            if part:
                runs.append((start, part))
            start += len(part) + 1
        self.runs = runs
        # Search for the longest run; check the others at their offsets from there.
        self.anchor = max(runs, key=lambda r: len(r[1])) if runs else None

    def find(self, text: str, start: int) -> int:
        """The end of this piece's leftmost match in text[start:], or -1."""
        if self.anchor is None:  # only `_`s: any characters will do
            end = start + self.length
            return end if end <= len(text) else -1
        offset, word = self.anchor
        hit = text.find(word, start + offset)
        while hit >= 0:
            begin = hit - offset
            if begin + self.length > len(text):
                return -1  # every later hit ends later still
            if all(text.startswith(run, begin + off) for off, run in self.runs):
                return begin + self.length
            hit = text.find(word, hit + 1)
        return -1
