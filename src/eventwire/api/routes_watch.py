"""GET /api/watch: what `eventwire watch` follows and how each feed fares (docs/api.md)."""
from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict

from ..store import feeds
from .deps import json_response, state
from .schemas import ERRORS

router = APIRouter(prefix="/api", tags=["watch"])


class _Shape(BaseModel):
    model_config = ConfigDict(extra="forbid")


class WatchedFeed(_Shape):
    id: int
    url: str  # fetched from now on (a 301/308 rewrites it)
    added_url: str
    kind: str  # auto (not fetched yet), rss, atom, sitemap, news-sitemap, sitemap-index, home
    parent: int | None  # the home page or sitemap index that announced it
    status: str  # active, failing, retired
    interval_s: float
    failures: int  # consecutive
    last_fetch: str | None  # ISO UTC
    next_fetch: str | None
    last_http: int | None
    last_error: str | None  # with its code, e.g. "[E704] ...: HTTP 500"
    new_articles: int  # stored from this feed, all runs together
    pending: int  # its pages waiting to be fetched
    failed: int  # its pages given up


class WatchState(_Shape):
    feeds: list[WatchedFeed]
    pages: dict[str, int]  # frontier pages by status: pending, leased, done, duplicate, skipped, failed


def _iso(t) -> str | None:
    return None if t is None else t.isoformat(timespec="seconds") + "Z"


@router.get("/watch", response_model=WatchState, responses=ERRORS,
            summary="The watched feeds' state: last and next fetch, new articles, errors")
def get_watch(request: Request):
    with state(request).reader.cursor() as c:
        if not feeds.has_watch_tables(c):
            return json_response({"feeds": [], "pages": {}})
        rows = feeds.list_feeds(c)
        pages = feeds.frontier_counts(c)
    for r in rows:
        r["last_fetch"], r["next_fetch"] = _iso(r["last_fetch"]), _iso(r["next_fetch"])
    return json_response({"feeds": rows, "pages": pages})
