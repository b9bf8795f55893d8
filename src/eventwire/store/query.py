"""Reading the store: filtered events, one event with its sources, conflicts, evidence text.

Filters (filters.EventFilter) run on the flattened columns; what is returned comes from the stored
FusedEvent JSON, so every reader sees exactly what fusion produced.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from typing import Any, ContextManager

import duckdb

from ..errors import Errors, StoreError
from ..model import Count, FusedEvent
from .codec import fused_from_json
from .filters import EventFilter

EVENT_COLUMNS = ["id", "date", "type", "mode", "country", "admin1", "place", "lat", "lon", "killed", "injured",
                 "actors", "targets", "n_sources", "n_articles", "n_conflicts", "first_reported", "last_reported"]


def _select(c: duckdb.DuckDBPyConnection, cols: str, f: EventFilter, limit: int | None) -> list[tuple]:
    where, params = f.where()
    sql = f"SELECT {cols} FROM events{where} ORDER BY date DESC NULLS LAST, id"
    if limit:
        sql += " LIMIT ?"
        params.append(int(limit))
    return c.execute(sql, params).fetchall()


def event_rows(c: duckdb.DuckDBPyConnection, f: EventFilter, limit: int | None = None) -> list[dict]:
    """Flat rows (the events table's columns) for tables and CSV, newest first."""
    rows = _select(c, ", ".join(EVENT_COLUMNS), f, limit)
    return [dict(zip(EVENT_COLUMNS, r)) for r in rows]


def events(c: duckdb.DuckDBPyConnection, f: EventFilter, limit: int | None = None) -> list[FusedEvent]:
    """The matching events, newest first (unknown dates last), at most `limit`."""
    return [fused_from_json(r[0]) for r in _select(c, "fused_json", f, limit)]


def stream_events(path, f: EventFilter, limit: int | None = None, page: int = 2000) -> Iterator[FusedEvent]:
    """Every matching event of the store file at `path`, as `stream` reads them."""
    from .db import reading

    yield from stream(lambda: reading(path), f, limit, page)


def stream(cursor_factory: Callable[[], ContextManager[duckdb.DuckDBPyConnection]], f: EventFilter,
           limit: int | None = None, page: int = 2000) -> Iterator[FusedEvent]:
    """Matching events in creation order, a page per short cursor from `cursor_factory` (a
    context manager), so no reader holds the file between pages and a long export never holds
    off an ingest for more than one page's read. Not a snapshot: events an ingest writes
    meanwhile may or may not be included."""
    last, left = -1, limit
    while left is None or left > 0:
        n = page if left is None else min(page, left)
        where, params = f.where(["seq > ?"], [last])
        with cursor_factory() as c:
            rows = c.execute(f"SELECT seq, fused_json FROM events{where} ORDER BY seq LIMIT ?",
                             params + [n]).fetchall()
        for _, js in rows:
            yield fused_from_json(js)
        if len(rows) < n:
            return
        last = rows[-1][0]
        left = None if left is None else left - len(rows)


def get_event(c: duckdb.DuckDBPyConnection, event_id: str) -> FusedEvent:
    """An event by id, or by a unique prefix of its id."""
    rows = c.execute("SELECT id, fused_json FROM events WHERE id = ?", [event_id]).fetchall()
    if not rows:
        rows = c.execute("SELECT id, fused_json FROM events WHERE starts_with(id, ?) LIMIT 2", [event_id]).fetchall()
    if len(rows) != 1:
        why = "no event" if not rows else "more than one event starts with"
        raise StoreError(Errors.E404.format(why=why, event_id=event_id))
    return fused_from_json(rows[0][1])


def source_versions(c: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, int]:
    """mention id -> the article version it was extracted from."""
    return dict(c.execute("SELECT mention_id, article_version FROM event_sources WHERE event_id = ?",
                          [event_id]).fetchall())


def article(c: duckdb.DuckDBPyConnection, article_id: str, version: int | None = None) -> dict | None:
    cols = ["id", "version", "title", "source", "published", "url", "text", "duplicate_of"]
    sql = f"SELECT {', '.join(cols)} FROM articles WHERE id = ?"
    params: list[Any] = [article_id]
    if version:
        sql += " AND version = ?"
        params.append(version)
    row = c.execute(sql + " ORDER BY version DESC LIMIT 1", params).fetchone()
    return dict(zip(cols, row)) if row else None


def article_facts(c: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> dict[str, dict]:
    """id -> {url, ingested_at, text, country, places} of each stored article: URL and text of its
    current version, the time it was first ingested (what exports date a report by), its place
    names and the country they point to most often (what exports place an event without a
    location in)."""
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        return {}
    places = "arg_max(places_json, version)" if _has_places(c) else "NULL"
    rows = c.execute(f"""SELECT id, arg_max(url, version), min(ingested_at), arg_max(text, version), {places}
                         FROM articles WHERE list_contains(?, id) GROUP BY id""", [ids]).fetchall()
    out = {}
    for aid, url, ingested_at, text, places_json in rows:
        places = [p for p in json.loads(places_json or "[]") if p]
        out[aid] = {"url": url, "ingested_at": ingested_at, "text": text, "country": _focus_country(places),
                    "places": tuple(dict.fromkeys(p[0] for p in places if p[0]))}
    return out


def _has_places(c: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store has schema version 2's places_json (older, unmigrated stores do not)."""
    return bool(c.execute("SELECT count(*) FROM information_schema.columns "
                          "WHERE table_name = 'articles' AND column_name = 'places_json'").fetchone()[0])


def _focus_country(places: list[list]) -> str | None:
    """The country most of an article's place names resolved to (ties: the first named)."""
    countries = [p[1] for p in places if len(p) > 1 and p[1]]
    return max(dict.fromkeys(countries), key=countries.count) if countries else None


def article_lookup(path) -> Callable[[Iterable[str]], dict[str, dict]]:
    """article_facts over the store file at `path`, a short read per call (for exports)."""
    from .db import reading

    def lookup(article_ids: Iterable[str]) -> dict[str, dict]:
        with reading(path) as c:
            return article_facts(c, article_ids)

    return lookup


def article_places(c: duckdb.DuckDBPyConnection) -> list[tuple[str | None, str | None, list[tuple[str, str | None]]]]:
    """(url, source, [(place name, country)]) for the current version of every stored article
    that kept its places (what `ingest --learn-homes` learns outlet homes from, with the new ones)."""
    if not _has_places(c):  # a store from before schema version 2, not migrated yet
        return []
    rows = c.execute("""SELECT url, source, places_json FROM articles a
                        WHERE places_json IS NOT NULL
                          AND version = (SELECT max(version) FROM articles b WHERE b.id = a.id)""").fetchall()
    return [(url, source, [tuple(p) for p in json.loads(places)]) for url, source, places in rows]


def counts(c: duckdb.DuckDBPyConnection) -> dict[str, int]:
    out = {}
    for name, sql in (("articles", "SELECT count(DISTINCT id) FROM articles"),
                      ("article_versions", "SELECT count(*) FROM articles"),
                      ("mentions", "SELECT count(*) FROM mentions WHERE is_current"),
                      ("events", "SELECT count(*) FROM events"),
                      ("conflicts", "SELECT count(*) FROM conflicts"),
                      ("rejects", "SELECT count(*) FROM rejects")):
        out[name] = c.execute(sql).fetchone()[0]
    return out


def _figure(cnt: Count | None) -> dict | None:
    return None if cnt is None else {"value": cnt.value, "qualifier": cnt.qualifier, "text": cnt.text,
                                     "victims": cnt.victims}


def event_to_json(ev: FusedEvent) -> dict:
    """An event as `eventwire events --format json` prints it: consensus fields, conflicts, sources."""
    d = asdict(ev)
    d.pop("mentions")
    d["sources"] = [{"article_id": m.article_id, "outlet": m.outlet, "published": m.published,
                     "duplicate_of": m.duplicate_of, "mention_id": m.id,
                     "figures": {"killed": _figure(m.event.killed), "injured": _figure(m.event.injured)},
                     "mention": asdict(m.event)}
                    for m in ev.mentions]
    return d


def dumps_event(ev: FusedEvent) -> str:
    return json.dumps(event_to_json(ev), ensure_ascii=False, default=str)
