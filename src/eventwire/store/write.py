"""Rows into the store's tables: articles, mentions, fused events, rejects, state.

Pure row-shaping and SQL, no policy; the caller (services/ingest.py) holds the
transaction that makes a batch all-or-nothing.
"""
from __future__ import annotations

import json
from datetime import date

import duckdb
import pyarrow as pa

from ..model import Actor, Article, FusedEvent, Mention, RecordError
from .codec import dumps, to_dict


def _date(s: str | None) -> str | None:
    """An ISO date, or None: one odd date string must not fail a whole batch."""
    try:
        return date.fromisoformat(s[:10]).isoformat() if s else None
    except (TypeError, ValueError):
        return None


def _names(actors: list[Actor]) -> list[str]:
    return [a.name or a.text for a in actors]


def insert_rows(c: duckdb.DuckDBPyConnection, table: str, cols: list[str], rows: list[list]) -> None:
    """Many rows in one statement, through Arrow: DuckDB's executemany runs one statement per row."""
    if not rows:
        return
    data = pa.table({col: [r[i] for r in rows] for i, col in enumerate(cols)})
    c.register("_eventwire_rows", data)
    try:
        c.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM _eventwire_rows")
    finally:
        c.unregister("_eventwire_rows")


def stored_hashes(c: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    """article id -> content hashes of every stored version."""
    out: dict[str, set[str]] = {}
    for i, h in c.execute("SELECT id, content_hash FROM articles").fetchall():
        out.setdefault(i, set()).add(h)
    return out


def stored_versions(c: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, tuple[int, set[str]]]:
    """For these article ids: (latest version, content hashes of every version)."""
    out: dict[str, tuple[int, set[str]]] = {}
    for i, v, h in c.execute("SELECT id, version, content_hash FROM articles WHERE list_contains(?::VARCHAR[], id)",
                             [ids]).fetchall():
        latest, hashes = out.get(i, (0, set()))
        hashes.add(h)
        out[i] = (max(latest, v), hashes)
    return out


ARTICLE_COLS = ["id", "version", "content_hash", "title", "source", "published", "url", "text", "duplicate_of",
                "origin_file", "origin_record", "places_json"]


def article_row(a: Article, result: dict, version: int, content_hash: str, duplicate_of: str | None,
                places: list[tuple[str, str | None]]) -> list:
    """`places`: the article's place names and the countries they resolved to (resolve.homes)."""
    # `published` from the result: the pipeline fills it from the dateline where the input had none.
    return [a.id, version, content_hash, a.title, a.source, _date(result.get("published") or a.published), a.url,
            a.text, duplicate_of, a.origin_file, a.origin_record, json.dumps(places)]


def retire_mentions(c: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """These articles' older versions stop feeding fusion; their rows stay as history."""
    if article_ids:
        c.execute("UPDATE mentions SET is_current = false WHERE is_current AND list_contains(?::VARCHAR[], article_id)",
                  [article_ids])


def retire_older_versions(c: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Only each article's latest version stays current (two versions may arrive in one batch)."""
    c.execute("UPDATE mentions SET is_current = false WHERE is_current AND list_contains(?::VARCHAR[], article_id) "
              "AND article_version < (SELECT max(version) FROM articles a WHERE a.id = mentions.article_id)",
              [article_ids])


MENTION_COLS = ["mention_id", "article_id", "article_version", "is_current", "type", "mode", "factuality", "date",
                "country", "admin1", "place", "lat", "lon", "killed", "injured", "actors", "targets",
                "sentence_start", "sentence_end", "event_json"]


def mention_rows(mentions: list[Mention], version: int) -> list[list]:
    rows = []
    for m in mentions:
        e, loc = m.event, m.event.location
        rows.append([m.id, m.article_id, version, True, e.type, e.mode, e.factuality, _date(e.date),
                     loc.country if loc else None, loc.admin1 if loc else None, loc.name if loc else None,
                     loc.lat if loc else None, loc.lon if loc else None,
                     e.killed.value if e.killed else None, e.injured.value if e.injured else None,
                     _names(e.actors), _names(e.targets), e.sentence.start, e.sentence.end, dumps(e)])
    return rows


def delete_events(c: duckdb.DuckDBPyConnection, ids: list[str]) -> None:
    if not ids:
        return
    for table, col in (("events", "id"), ("event_sources", "event_id"), ("conflicts", "event_id")):
        c.execute(f"DELETE FROM {table} WHERE list_contains(?::VARCHAR[], {col})", [ids])


EVENT_COLS = ["id", "seq", "type", "mode", "date", "country", "admin1", "place", "lat", "lon", "killed", "injured",
              "actors", "actor_countries", "targets", "n_sources", "n_articles", "n_conflicts", "first_reported",
              "last_reported", "fused_json"]
SOURCE_COLS = ["event_id", "mention_id", "article_id", "article_version", "outlet", "published", "duplicate_of",
               "killed", "killed_qualifier", "injured", "injured_qualifier"]


def upsert_events(c: duckdb.DuckDBPyConnection, events: list[FusedEvent], versions: dict[str, int],
                  seqs: dict[str, int]) -> None:
    """Replace these events and their source and conflict rows.

    `versions`: article id -> current version; `seqs`: event id -> creation order."""
    delete_events(c, [ev.id for ev in events])
    ev_rows, src_rows, conf_rows = [], [], []
    for ev in events:
        loc = ev.location
        ev_rows.append([ev.id, seqs[ev.id], ev.type, ev.mode, _date(ev.date), loc.country if loc else None,
                        loc.admin1 if loc else None, loc.name if loc else None,
                        loc.lat if loc else None, loc.lon if loc else None, ev.killed, ev.injured,
                        _names(ev.actors), sorted({a.country for a in ev.actors if a.country}),
                        _names(ev.targets), ev.n_sources, ev.n_articles, len(ev.conflicts),
                        _date(ev.first_reported), _date(ev.last_reported), dumps(ev)])
        for m in ev.mentions:
            k, i = m.event.killed, m.event.injured
            src_rows.append([ev.id, m.id, m.article_id, versions.get(m.article_id, 1), m.outlet, _date(m.published),
                             m.duplicate_of, k.value if k else None, k.qualifier if k else None,
                             i.value if i else None, i.qualifier if i else None])
        for cf in ev.conflicts:
            conf_rows.append([ev.id, cf.field, cf.kind, cf.summary,
                              json.dumps(to_dict(cf.claims), ensure_ascii=False, default=str)])
    insert_rows(c, "events", EVENT_COLS, ev_rows)
    insert_rows(c, "event_sources", SOURCE_COLS, src_rows)
    insert_rows(c, "conflicts", ["event_id", "field", "kind", "summary", "claims_json"], conf_rows)


def insert_reject(c: duckdb.DuckDBPyConnection, err: RecordError) -> None:
    """Once per (file, record, code, message): ingesting the same bad file twice changes nothing."""
    c.execute("INSERT INTO rejects (file, record, code, message) SELECT ?, ?, ?, ? WHERE NOT EXISTS ("
              "SELECT 1 FROM rejects WHERE file = ? AND record = ? AND code = ? AND message = ?)",
              [err.file, err.record, err.code, err.message] * 2)


def get_state(c: duckdb.DuckDBPyConnection, key: str) -> bytes | None:
    row = c.execute("SELECT value FROM state WHERE key = ?", [key]).fetchone()
    return bytes(row[0]) if row else None


def set_state(c: duckdb.DuckDBPyConnection, key: str, value: bytes) -> None:
    c.execute("DELETE FROM state WHERE key = ?", [key])
    c.execute("INSERT INTO state VALUES (?, ?)", [key, value])
