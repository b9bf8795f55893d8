"""The API's SQL: filtered, sorted, paginated event lists, counts, stats, an article's mentions.

Read-only and parameterised throughout: user input only ever travels as a bound
parameter (`?`); the only SQL text chosen from input is a sort key looked up in
SORTS. Filters are the store's EventFilter, so the CLI and the API agree.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import duckdb

from ..model import FusedEvent
from ..store import query as store_query
from ..store.filters import EventFilter

# sort name -> (column, direction, cursor value type). Unknown values sort last; ties
# break by id, so pages never overlap or skip. Plain columns (no expressions) keep
# DuckDB's top-N fast.
SORTS: dict[str, tuple[str, str, str]] = {
    "-date": ("date", "DESC", "DATE"),
    "date": ("date", "ASC", "DATE"),
    "-sources": ("n_sources", "DESC", "BIGINT"),
    "sources": ("n_sources", "ASC", "BIGINT"),
    "-killed": ("killed", "DESC", "BIGINT"),
    "killed": ("killed", "ASC", "BIGINT"),
}

# The one shape of an /api/events list item (schemas.EventItem), serialised by DuckDB itself:
# the in-memory index (index.py) loads every row's item with it (a 100k-event index loads in
# ~2 s this way, against ~8 s building dicts in Python), and `page` below answers with it too.
# Location precision lives only in the fused JSON.
LIST_ITEM = """json_object('id', id, 'type', type, 'mode', mode, 'date', date,
    'location', CASE WHEN place IS NULL AND country IS NULL AND admin1 IS NULL AND lat IS NULL AND lon IS NULL
      THEN NULL ELSE json_object('name', place, 'country', country, 'admin1', admin1, 'lat', lat, 'lon', lon,
                                 'precision', json_extract_string(fused_json, '$.location.precision')) END,
    'actors', coalesce(actors, []), 'targets', coalesce(targets, []), 'killed', killed, 'injured', injured,
    'n_sources', n_sources, 'n_articles', n_articles, 'has_conflict', coalesce(n_conflicts, 0) > 0)::VARCHAR"""


class BadCursor(ValueError):
    pass


def encode_cursor(key: Any, event_id: str) -> str:
    raw = json.dumps([key.isoformat() if isinstance(key, dt.date) else key, event_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    try:
        key, event_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(event_id, str):
            raise TypeError
        if key is None:
            pass
        elif SORTS[sort][2] == "DATE":
            key = dt.date.fromisoformat(key)
        elif not isinstance(key, int) or isinstance(key, bool):
            raise TypeError
        return key, event_id
    except (ValueError, TypeError, KeyError) as exc:
        raise BadCursor(f"cursor {cursor[:40]!r} is not a next_cursor of this sort ({sort})") from exc


def after(col: str, direction: str, key: Any, event_id: str) -> tuple[str, list[Any]]:
    """Rows after (key, id) in ORDER BY col direction NULLS LAST, id."""
    if key is None:
        return f"({col} IS NULL AND id > ?)", [event_id]
    op = "<" if direction == "DESC" else ">"
    return f"({col} {op} ? OR ({col} = ? AND id > ?) OR {col} IS NULL)", [key, key, event_id]


@dataclass
class Page:
    items: list[dict]
    next_cursor: str | None


def q_event_ids(c: duckdb.DuckDBPyConnection, text: str) -> frozenset[str]:
    """Ids of the events whose evidence sentences or article titles contain `text`."""
    where, params = EventFilter(q=text).where()
    return frozenset(r[0] for r in c.execute(f"SELECT id FROM events{where}", params).fetchall())


def count(c: duckdb.DuckDBPyConnection, f: EventFilter) -> int:
    where, params = f.where()
    return c.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]


def page(c: duckdb.DuckDBPyConnection, f: EventFilter, sort: str, limit: int, offset: int = 0,
         cursor: str | None = None) -> Page:
    """A page of list items straight from SQL: what the in-memory index must answer (tests compare)."""
    col, direction, _ = SORTS[sort]
    extra, extra_params = [], []
    if cursor:
        clause, extra_params = after(col, direction, *decode_cursor(cursor, sort))
        extra, offset = [clause], 0
    where, params = f.where(extra, extra_params)
    # One row past the page says whether a next page exists, without a second count.
    sql = f"SELECT id, {col} FROM events{where} ORDER BY {col} {direction} NULLS LAST, id LIMIT ? OFFSET ?"
    rows = c.execute(sql, params + [limit + 1, offset]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = encode_cursor(rows[-1][1], rows[-1][0]) if more and rows else None
    return Page(list_items(c, [r[0] for r in rows]), nxt)


def list_items(c: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict]:
    """These events' list items, in the order of `ids`."""
    if not ids:
        return []
    rows = c.execute(f"SELECT id, {LIST_ITEM} FROM events WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                     [ids]).fetchall()
    items = {i: json.loads(item) for i, item in rows}
    return [items[i] for i in ids]


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date) else v


def store_counts(c: duckdb.DuckDBPyConnection) -> dict[str, int]:
    row = c.execute("""SELECT
        (SELECT count(*) FROM events), (SELECT count(DISTINCT id) FROM articles), (SELECT count(*) FROM articles),
        (SELECT count(*) FROM mentions WHERE is_current), (SELECT count(*) FROM conflicts),
        (SELECT count(*) FROM rejects), (SELECT count(*) FROM events WHERE n_conflicts > 0)""").fetchone()
    names = ["events", "articles", "article_versions", "mentions", "conflicts", "rejects", "events_with_conflicts"]
    return dict(zip(names, row))


def stats(c: duckdb.DuckDBPyConnection, f: EventFilter) -> dict:
    where, params = f.where()
    # One scan into a temp result, three small aggregates over it.
    base = f"SELECT type, country, date, killed FROM events{where}"
    n, lo, hi = c.execute(f"SELECT count(*), min(date), max(date) FROM ({base})", params).fetchone()
    by_type = c.execute(f"SELECT type, count(*) AS n FROM ({base}) GROUP BY type ORDER BY n DESC, type",
                        params).fetchall()
    by_country = c.execute(f"SELECT country, count(*) AS n FROM ({base}) GROUP BY country ORDER BY n DESC, country",
                           params).fetchall()
    by_day = c.execute(f"SELECT date, count(*), coalesce(sum(killed), 0) FROM ({base}) WHERE date IS NOT NULL "
                       "GROUP BY date ORDER BY date", params).fetchall()
    return {"counts": store_counts(c), "matching": n, "date_range": {"min": _iso(lo), "max": _iso(hi)},
            "by_type": [{"type": t, "n": k} for t, k in by_type],
            "by_country": [{"country": t, "n": k} for t, k in by_country],
            "by_day": [{"date": _iso(d), "n": k, "killed": int(s)} for d, k, s in by_day]}


def stream_events(cursor_factory, f: EventFilter, limit: int | None = None,
                  page_size: int = 2000) -> Iterator[FusedEvent]:
    """Matching events in creation order, a page per short cursor: an export never holds
    the file between pages, so a writer (or this process's POST) gets in."""
    yield from store_query.stream(cursor_factory, f, limit, page_size)


def article_versions(c: duckdb.DuckDBPyConnection, article_id: str) -> list[int]:
    return [v for (v,) in c.execute("SELECT version FROM articles WHERE id = ? ORDER BY version",
                                    [article_id]).fetchall()]


def article_mentions(c: duckdb.DuckDBPyConnection, article_id: str, version: int) -> list[tuple]:
    """(mention_id, is_current, event_json, fused event id or None) in text order."""
    return c.execute("""
        SELECT m.mention_id, m.is_current, m.event_json, s.event_id FROM mentions m
        LEFT JOIN event_sources s ON s.mention_id = m.mention_id AND s.article_version = m.article_version
        WHERE m.article_id = ? AND m.article_version = ?
        ORDER BY m.sentence_start, m.mention_id""", [article_id, version]).fetchall()


def articles_by_version(c: duckdb.DuckDBPyConnection, keys: list[tuple[str, int]]) -> dict[tuple[str, int], dict]:
    """(article id, version) -> title, url, text, for an event's sources."""
    if not keys:
        return {}
    ids = sorted({k[0] for k in keys})
    rows = c.execute("SELECT id, version, title, url, text FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                     [ids]).fetchall()
    return {(i, v): {"title": t, "url": u, "text": x} for i, v, t, u, x in rows}


def article_lookup(cursor_factory) -> Callable[[Iterable[str]], dict[str, dict]]:
    """The source articles' URL, ingest time and text, a short cursor per batch (for exports)."""
    def lookup(article_ids: Iterable[str]) -> dict[str, dict]:
        with cursor_factory() as c:
            return store_query.article_facts(c, article_ids)

    return lookup
