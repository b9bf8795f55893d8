"""What `eventwire watch` follows, as stored: feeds, the frontier of pages they announced,
and each host's robots.txt (tables watch_feeds, watch_frontier, watch_robots; schema v3).

Pure SQL, no policy: services/watch decides when to fetch and holds the transactions.
Times cross this module as epoch seconds (the watcher's injectable clock) and are
stored as UTC TIMESTAMPs.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

# A frontier row's states: pending (to fetch), leased (a run is fetching it), done
# (stored as an article), duplicate (its page named another canonical URL), skipped
# (robots.txt or no text), failed (gave up after repeated errors).
OPEN = ("pending", "leased")


def _first(result: duckdb.DuckDBPyConnection):
    """The first row or None, with the result read to its end (DuckDB refuses some work on a
    connection that still holds an unfinished result)."""
    rows = result.fetchall()
    return rows[0] if rows else None


def ts(t: float) -> datetime:
    """Epoch seconds -> a naive UTC timestamp, as DuckDB's TIMESTAMP holds it."""
    return datetime.fromtimestamp(t, tz=UTC).replace(tzinfo=None)


def epoch(d: datetime | None) -> float | None:
    return None if d is None else d.replace(tzinfo=UTC).timestamp()


@dataclass
class Feed:
    id: int
    url: str
    kind: str
    etag: str | None
    last_modified: str | None
    interval_s: float
    failures: int
    status: str
    parent: int | None
    next_fetch: float


_FEED_COLS = "id, url, kind, etag, last_modified, interval_s, failures, status, parent, next_fetch"


def _feed(row) -> Feed:
    return Feed(*row[:9], epoch(row[9]))


def find_feed(c: duckdb.DuckDBPyConnection, url: str) -> Feed | None:
    row = _first(c.execute(f"SELECT {_FEED_COLS} FROM watch_feeds WHERE (url = ? OR added_url = ?) "
                    "AND status <> 'removed' ORDER BY id LIMIT 1", [url, url]))
    return _feed(row) if row else None


def add_feed(c: duckdb.DuckDBPyConnection, url: str, kind: str, now: float, interval_s: float,
             parent: int | None = None) -> tuple[Feed, bool]:
    """The feed at this URL, added unless watched already; (feed, whether it is new).
    A removed feed added again becomes active again, keeping its frontier."""
    row = _first(c.execute(f"SELECT {_FEED_COLS} FROM watch_feeds WHERE url = ? OR added_url = ? ORDER BY id LIMIT 1",
                    [url, url]))
    if row is not None:
        feed = _feed(row)
        if feed.status in ("active", "failing"):
            return feed, False
        c.execute("UPDATE watch_feeds SET status = 'active', failures = 0, next_fetch = ?, parent = ? WHERE id = ?",
                  [ts(now), parent, feed.id])
        return find_feed(c, url), True
    new_id = c.execute("SELECT coalesce(max(id), 0) + 1 FROM watch_feeds").fetchall()[0][0]
    c.execute("INSERT INTO watch_feeds (id, url, added_url, kind, parent, next_fetch, interval_s, status) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, 'active')", [new_id, url, url, kind, parent, ts(now), interval_s])
    return find_feed(c, url), True


def remove_feed(c: duckdb.DuckDBPyConnection, feed_id: int) -> int:
    """Stop following this feed and those it announced; their frontier rows stay as history."""
    ids = [feed_id] + [r[0] for r in c.execute("SELECT id FROM watch_feeds WHERE parent = ?", [feed_id]).fetchall()]
    c.execute("UPDATE watch_feeds SET status = 'removed' WHERE list_contains(?::INTEGER[], id)", [ids])
    return len(ids)


def due_feeds(c: duckdb.DuckDBPyConnection, now: float) -> list[Feed]:
    rows = c.execute(f"SELECT {_FEED_COLS} FROM watch_feeds WHERE status IN ('active', 'failing') "
                     "AND next_fetch <= ? ORDER BY next_fetch, id", [ts(now)]).fetchall()
    return [_feed(r) for r in rows]


def active_feed_ids(c: duckdb.DuckDBPyConnection) -> list[int]:
    return [r[0] for r in c.execute("SELECT id FROM watch_feeds WHERE status IN ('active', 'failing') "
                                    "ORDER BY id").fetchall()]


def update_feed(c: duckdb.DuckDBPyConnection, feed_id: int, **fields) -> None:
    """Set these columns; times (next_fetch, last_fetch) given as epoch seconds."""
    for key in ("next_fetch", "last_fetch"):
        if fields.get(key) is not None:
            fields[key] = ts(fields[key])
    sets = ", ".join(f"{k} = ?" for k in fields)
    c.execute(f"UPDATE watch_feeds SET {sets} WHERE id = ?", [*fields.values(), feed_id])


def add_new_articles(c: duckdb.DuckDBPyConnection, feed_id: int | None, n: int) -> None:
    if feed_id is not None and n:
        c.execute("UPDATE watch_feeds SET new_articles = new_articles + ? WHERE id = ?", [n, feed_id])


def list_feeds(c: duckdb.DuckDBPyConnection, include_removed: bool = False) -> list[dict]:
    """Every feed with its state and its frontier's counts, for `watch list` and GET /api/watch."""
    where = "" if include_removed else "WHERE f.status <> 'removed'"
    rows = c.execute(f"""
        SELECT f.id, f.url, f.added_url, f.kind, f.parent, f.status, f.interval_s, f.failures,
               f.last_fetch, f.next_fetch, f.last_http, f.last_error, f.new_articles,
               count(p.url) FILTER (WHERE p.status IN ('pending', 'leased')) AS pending,
               count(p.url) FILTER (WHERE p.status = 'failed') AS failed
        FROM watch_feeds f LEFT JOIN watch_frontier p ON p.feed_id = f.id
        {where} GROUP BY ALL ORDER BY f.id""").fetchall()
    cols = ["id", "url", "added_url", "kind", "parent", "status", "interval_s", "failures", "last_fetch",
            "next_fetch", "last_http", "last_error", "new_articles", "pending", "failed"]
    return [dict(zip(cols, r)) for r in rows]


# Entries as a table from four parallel list parameters (unnest side by side zips them).
_ENTRIES = ("(SELECT unnest(?::VARCHAR[]) AS url, unnest(?::VARCHAR[]) AS lastmod, "
            "unnest(?::VARCHAR[]) AS title, unnest(?::VARCHAR[]) AS published)")


def add_urls(c: duckdb.DuckDBPyConnection, feed_id: int, entries: list[tuple[str, str | None, str | None, str | None]],
             now: float) -> int:
    """Queue (canonical url, lastmod, title, published) entries; return how many were queued.

    A URL already in the frontier is not queued again (the same article through two feeds
    is one article), unless the feed now gives it a newer lastmod: a changed page is fetched
    again, and stored as a new version if its content changed. Set-based: a sitemap of
    50,000 URLs is a few statements, not 50,000."""
    first = {}
    for e in entries:
        first.setdefault(e[0], e)
    if not first:
        return 0
    rows = list(first.values())
    lists = [[r[i] for r in rows] for i in range(4)]
    newer = (" e WHERE f.url = e.url AND e.lastmod IS NOT NULL "
             "AND f.status IN ('done', 'skipped', 'failed') AND coalesce(f.lastmod, '') < e.lastmod")
    requeued = c.execute("SELECT count(*) FROM watch_frontier f, " + _ENTRIES + newer, lists).fetchall()[0][0]
    c.execute("UPDATE watch_frontier f SET status = 'pending', attempts = 0, next_try = ?, lastmod = e.lastmod "
              "FROM " + _ENTRIES + newer, [ts(now), *lists])
    unseen = "FROM " + _ENTRIES + " e WHERE NOT EXISTS (SELECT 1 FROM watch_frontier f WHERE f.url = e.url)"
    new = c.execute("SELECT count(*) " + unseen, lists).fetchall()[0][0]
    c.execute("INSERT INTO watch_frontier (url, feed_id, status, next_try, lastmod, title, published) "
              "SELECT e.url, ?, 'pending', ?, e.lastmod, e.title, e.published " + unseen, [feed_id, ts(now), *lists])
    return new + requeued


def release_leases(c: duckdb.DuckDBPyConnection, now: float, dead_owners: set[str]) -> int:
    """Leases that expired, or whose run is known dead, go back to pending; return how many."""
    n = c.execute("SELECT count(*) FROM watch_frontier WHERE status = 'leased' AND "
                  "(lease_until < ? OR list_contains(?::VARCHAR[], lease_owner))",
                  [ts(now), sorted(dead_owners)]).fetchall()[0][0]
    if n:
        c.execute("UPDATE watch_frontier SET status = 'pending', lease_until = NULL, lease_owner = NULL "
                  "WHERE status = 'leased' AND (lease_until < ? OR list_contains(?::VARCHAR[], lease_owner))",
                  [ts(now), sorted(dead_owners)])
    return n


def lease_owners(c: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in c.execute("SELECT DISTINCT lease_owner FROM watch_frontier WHERE status = 'leased' "
                                    "AND lease_owner IS NOT NULL").fetchall()}


# A removed feed's pages still pending are not fetched (they are again if it is added back).
_FOLLOWED = "coalesce(feed_id NOT IN (SELECT id FROM watch_feeds WHERE status = 'removed'), true)"


@dataclass
class Page:
    url: str
    feed_id: int | None
    attempts: int
    title: str | None
    published: str | None


def lease(c: duckdb.DuckDBPyConnection, now: float, limit: int, owner: str, until: float,
          hosts_ok=None) -> list[Page]:
    """Take up to `limit` due pending pages, oldest first, for this run until `until`."""
    rows = c.execute("SELECT url, feed_id, attempts, title, published FROM watch_frontier WHERE status = 'pending' "
                     f"AND next_try <= ? AND {_FOLLOWED} ORDER BY next_try, discovered_at, url LIMIT ?",
                     [ts(now), limit]).fetchall()
    pages = [Page(*r) for r in rows]
    if pages:
        c.execute("UPDATE watch_frontier SET status = 'leased', lease_until = ?, lease_owner = ? "
                  "WHERE list_contains(?::VARCHAR[], url)", [ts(until), owner, [p.url for p in pages]])
    return pages


def finish(c: duckdb.DuckDBPyConnection, url: str, status: str, now: float, **fields) -> None:
    """Close a page's lease with its outcome (done, duplicate, skipped, failed, or pending to retry)."""
    if "next_try" in fields:
        fields["next_try"] = ts(fields["next_try"])
    fields.update(status=status, lease_until=None, lease_owner=None)
    if status in ("done", "duplicate", "skipped", "failed"):
        fields["done_at"] = ts(now)
    sets = ", ".join(f"{k} = ?" for k in fields)
    c.execute(f"UPDATE watch_frontier SET {sets} WHERE url = ?", [*fields.values(), url])


def frontier_status(c: duckdb.DuckDBPyConnection, url: str) -> tuple[str, str | None] | None:
    """(status, article id) of a canonical URL in the frontier, or None."""
    row = _first(c.execute("SELECT status, article_id FROM watch_frontier WHERE url = ?", [url]))
    return (row[0], row[1]) if row else None


def mark_canonical_done(c: duckdb.DuckDBPyConnection, url: str, feed_id: int | None, article_id: str,
                        content_hash: str, now: float) -> None:
    """A page stored under its rel=canonical URL: that URL is done too, so another feed's
    link to it is not fetched again."""
    if _first(c.execute("SELECT 1 FROM watch_frontier WHERE url = ?", [url])) is None:
        c.execute("INSERT INTO watch_frontier (url, feed_id, status, next_try) VALUES (?, ?, 'done', ?)",
                  [url, feed_id, ts(now)])
    c.execute("UPDATE watch_frontier SET status = 'done', article_id = ?, content_hash = ?, done_at = ?, "
              "lease_until = NULL, lease_owner = NULL WHERE url = ? AND status <> 'leased'",
              [article_id, content_hash, ts(now), url])


def next_due(c: duckdb.DuckDBPyConnection) -> float | None:
    """When the next feed or page falls due (epoch seconds), or None with nothing to do."""
    row = _first(c.execute("SELECT least("
                           "(SELECT min(next_fetch) FROM watch_feeds WHERE status IN ('active', 'failing')), "
                           f"(SELECT min(next_try) FROM watch_frontier WHERE status = 'pending' AND {_FOLLOWED}))"))
    return epoch(row[0]) if row and row[0] else None


def pending_count(c: duckdb.DuckDBPyConnection, now: float | None = None) -> int:
    if now is None:
        return c.execute("SELECT count(*) FROM watch_frontier WHERE status = 'pending'").fetchall()[0][0]
    return c.execute("SELECT count(*) FROM watch_frontier WHERE status = 'pending' AND next_try <= ?",
                     [ts(now)]).fetchall()[0][0]


def get_robots(c: duckdb.DuckDBPyConnection, host: str) -> tuple[float, int | None, str | None] | None:
    """(fetched at, HTTP status, body) of a host's cached robots.txt, or None."""
    row = _first(c.execute("SELECT fetched_at, http, body FROM watch_robots WHERE host = ?", [host]))
    return (epoch(row[0]), row[1], row[2]) if row else None


def put_robots(c: duckdb.DuckDBPyConnection, host: str, now: float, http: int | None, body: str | None) -> None:
    c.execute("DELETE FROM watch_robots WHERE host = ?", [host])
    c.execute("INSERT INTO watch_robots VALUES (?, ?, ?, ?)", [host, ts(now), http, body])


def has_watch_tables(c: duckdb.DuckDBPyConnection) -> bool:
    """False on a store of schema 2 opened read-only (not migrated yet): nothing watched."""
    found = c.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'watch_feeds'").fetchall()
    return found[0][0] > 0


def frontier_counts(c: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Pages in the frontier by status."""
    return dict(c.execute("SELECT status, count(*) FROM watch_frontier GROUP BY status ORDER BY status").fetchall())
