"""Response shapes for the OpenAPI document (docs/api.md has them with examples).

Routes return plain dicts as JSON directly; these models only describe them, so
/openapi.json tells a client (and the front-end) what each field is. Every model
forbids keys it does not name, and tests/api/test_api.py validates real responses
against them, so the description cannot drift from what the routes send.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class _Shape(BaseModel):
    """A response object: exactly these keys (additionalProperties: false in the OpenAPI document)."""

    model_config = ConfigDict(extra="forbid")


class ErrorBody(_Shape):
    code: str
    message: str


class Error(_Shape):
    error: ErrorBody


class ListLocation(_Shape):
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None


class EventItem(_Shape):
    id: str
    type: str | None = None
    mode: str | None = None
    date: str | None = None
    location: ListLocation | None = None
    actors: list[str] = []
    targets: list[str] = []
    killed: int | None = None
    injured: int | None = None
    n_sources: int | None = None
    n_articles: int | None = None
    has_conflict: bool = False


class EventList(_Shape):
    total: int
    limit: int
    offset: int
    next_cursor: str | None = None
    items: list[EventItem]


class SpanOut(_Shape):
    role: str
    text: str
    start: int
    end: int
    rel_start: int | None = None
    rel_end: int | None = None
    label: Any = None


class Sentence(_Shape):
    text: str
    start: int
    end: int


class Evidence(_Shape):
    sentence: Sentence
    spans: list[SpanOut]


class Figure(_Shape):
    """A death or injury figure as one source states it."""

    value: int
    qualifier: str  # exact, at_least, more_than, about, up_to
    text: str  # the words, e.g. "At least 12 people"
    victims: str | None = None


class Figures(_Shape):
    killed: Figure | None = None
    injured: Figure | None = None


class Source(_Shape):
    mention_id: str
    article_id: str
    article_version: int
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    duplicate_of: str | None = None
    main: bool = False
    factuality: str | None = None
    confidence: float | None = None
    type: str | None = None
    date: str | None = None
    figures: Figures
    evidence: Evidence


class ClaimOut(_Shape):
    value: Any = None
    mention_id: str
    article_id: str
    outlet: str | None = None
    published: str | None = None
    evidence: Sentence
    sentence: Sentence | None = None
    rel_start: int | None = None
    rel_end: int | None = None


class ConflictOut(_Shape):
    field: str
    kind: str
    summary: str
    claims: list[ClaimOut]


class Place(_Shape):
    """An event's resolved place, as the gazetteer gives it."""

    text: str  # the words of the text
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    geonameid: int | None = None


class ActorOut(_Shape):
    text: str  # the words of the text
    name: str | None = None  # canonical name
    country: str | None = None  # ISO-3
    sector: str | None = None  # GOV, MIL, REB, CVL, ...
    implied: bool = False  # not named by the text: implied by the act's word (`text`), e.g. an arrest's police
    country_assumed: bool = False  # its country not said: taken from its event's place or the story's country


class EventDetail(_Shape):
    id: str
    type: str | None = None
    mode: str | None = None
    cameo: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    date: str | None = None
    location: Place | None = None
    actors: list[ActorOut] = []
    targets: list[ActorOut] = []
    killed: int | None = None
    injured: int | None = None
    support: dict[str, int] = {}
    n_sources: int = 0
    n_articles: int = 0
    first_reported: str | None = None
    last_reported: str | None = None
    outlets: list[str] = []
    has_conflict: bool = False
    sources: list[Source]
    conflicts: list[ConflictOut]


class ArticleEvent(_Shape):
    mention_id: str
    event_id: str | None = None
    is_current: bool
    type: str | None = None
    mode: str | None = None
    factuality: str | None = None
    date: str | None = None
    location: ListLocation | None = None
    actors: list[str] = []
    targets: list[str] = []
    killed: int | None = None
    injured: int | None = None
    confidence: float | None = None
    evidence: Evidence


class ArticleOut(_Shape):
    id: str
    version: int
    versions: list[int]
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    duplicate_of: str | None = None
    text: str
    events: list[ArticleEvent]


class StoreCounts(_Shape):
    events: int
    articles: int
    article_versions: int
    mentions: int
    conflicts: int
    rejects: int
    events_with_conflicts: int


class DateRange(_Shape):
    min: str | None = None
    max: str | None = None


class TypeCount(_Shape):
    type: str | None = None
    n: int


class CountryCount(_Shape):
    country: str | None = None
    n: int


class DayCount(_Shape):
    date: str
    n: int
    killed: int  # the sum of the day's consensus death tolls


class Stats(_Shape):
    counts: StoreCounts  # the whole store
    matching: int  # events the filters select; the distributions below are of them
    date_range: DateRange
    by_type: list[TypeCount]
    by_country: list[CountryCount]
    by_day: list[DayCount]


class IngestReject(_Shape):
    record: str
    code: str
    message: str


class IngestResult(_Shape):
    new: int
    updated: int
    unchanged: int
    rejected: int
    mentions: int
    events_changed: int
    event_ids: list[str]
    rejects: list[IngestReject]
    warnings: list[IngestReject] = []  # kept records' metadata coerced or dropped (W1xx codes)


ERRORS = {s: {"model": Error} for s in (400, 404, 422, 500, 503)}
