"""Response shapes for the OpenAPI document (docs/api.md has them with examples).

Routes return plain dicts as JSON directly; these models only describe them, so
/openapi.json tells a client (and the front-end) what each field is.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class ErrorBody(BaseModel):
    code: str
    message: str


class Error(BaseModel):
    error: ErrorBody


class ListLocation(BaseModel):
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None


class EventItem(BaseModel):
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


class EventList(BaseModel):
    total: int
    limit: int
    offset: int
    next_cursor: str | None = None
    items: list[EventItem]


class SpanOut(BaseModel):
    role: str
    text: str
    start: int
    end: int
    rel_start: int | None = None
    rel_end: int | None = None
    label: Any = None


class Sentence(BaseModel):
    text: str
    start: int
    end: int


class Evidence(BaseModel):
    sentence: Sentence
    spans: list[SpanOut]


class Source(BaseModel):
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
    figures: dict[str, dict | None]
    evidence: Evidence


class ClaimOut(BaseModel):
    value: Any = None
    mention_id: str
    article_id: str
    outlet: str | None = None
    published: str | None = None
    evidence: Sentence
    sentence: Sentence | None = None
    rel_start: int | None = None
    rel_end: int | None = None


class ConflictOut(BaseModel):
    field: str
    kind: str
    summary: str
    claims: list[ClaimOut]


class EventDetail(BaseModel):
    id: str
    type: str | None = None
    mode: str | None = None
    cameo: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    date: str | None = None
    location: dict | None = None
    actors: list[dict] = []
    targets: list[dict] = []
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


class ArticleEvent(BaseModel):
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


class ArticleOut(BaseModel):
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


class Stats(BaseModel):
    counts: dict[str, int]
    matching: int
    date_range: dict[str, str | None]
    by_type: list[dict[str, Any]]
    by_country: list[dict[str, Any]]
    by_day: list[dict[str, Any]]


class IngestReject(BaseModel):
    record: str
    code: str
    message: str


class IngestResult(BaseModel):
    new: int
    updated: int
    unchanged: int
    rejected: int
    mentions: int
    events_changed: int
    event_ids: list[str]
    rejects: list[IngestReject]


ERRORS = {s: {"model": Error} for s in (400, 404, 422, 500, 503)}
