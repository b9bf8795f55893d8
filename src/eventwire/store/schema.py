"""The store's schema, as an ordered list of migrations.

`MIGRATIONS[i]` takes a store from version i to i+1; `schema_version` records
each step. Never edit a released migration: append a new one, so every store
file, however old, reaches the same schema by the same path.
"""
from __future__ import annotations

from collections.abc import Callable

import duckdb

from ..errors import Errors, StoreError


# Version 1: articles, per-article mentions, fused events and their sources, conflicts, rejects.
_V1: tuple[str, ...] = (
    # Every version of an article is kept; the highest version is the current one.
    """
        CREATE TABLE articles (
            id VARCHAR NOT NULL,
            version INTEGER NOT NULL,
            content_hash VARCHAR NOT NULL,
            title VARCHAR,
            source VARCHAR,
            published DATE,
            url VARCHAR,
            text VARCHAR NOT NULL,
            ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
            duplicate_of VARCHAR,      -- article this one copies (syndication), per DuplicateIndex
            origin_file VARCHAR,
            origin_record VARCHAR,
            PRIMARY KEY (id, version))""",
    # One row per event as extracted from one article version: full JSON plus columns to query.
    """
        CREATE TABLE mentions (
            mention_id VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            article_version INTEGER NOT NULL,
            is_current BOOLEAN NOT NULL,  -- false once a newer article version replaces it
            type VARCHAR,
            mode VARCHAR,
            factuality VARCHAR,
            date DATE,
            country VARCHAR,
            admin1 VARCHAR,
            place VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            killed INTEGER,
            injured INTEGER,
            actors VARCHAR[],
            targets VARCHAR[],
            sentence_start INTEGER,
            sentence_end INTEGER,
            event_json JSON NOT NULL,
            PRIMARY KEY (mention_id, article_version))""",
    """
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY,
            seq BIGINT NOT NULL,       -- creation order: the fuser reloads events in it
            type VARCHAR,
            mode VARCHAR,
            date DATE,
            country VARCHAR,
            admin1 VARCHAR,
            place VARCHAR,
            lat DOUBLE,
            lon DOUBLE,
            killed INTEGER,
            injured INTEGER,
            actors VARCHAR[],         -- canonical names
            actor_countries VARCHAR[],
            targets VARCHAR[],
            n_sources INTEGER,
            n_articles INTEGER,
            n_conflicts INTEGER,
            first_reported DATE,
            last_reported DATE,
            updated_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
            fused_json JSON NOT NULL)""",
    # Rows are replaced together with their event; no foreign keys, as DuckDB checks
    # them eagerly and would forbid that delete-and-insert inside one transaction.
    """
        CREATE TABLE event_sources (
            event_id VARCHAR NOT NULL,
            mention_id VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            article_version INTEGER NOT NULL,
            outlet VARCHAR,
            published DATE,
            duplicate_of VARCHAR,
            killed INTEGER,
            killed_qualifier VARCHAR,
            injured INTEGER,
            injured_qualifier VARCHAR)""",
    """
        CREATE TABLE conflicts (
            event_id VARCHAR NOT NULL,
            field VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            summary VARCHAR,
            claims_json JSON NOT NULL)""",
    """
        CREATE TABLE rejects (
            file VARCHAR,
            record VARCHAR,
            code VARCHAR,
            message VARCHAR,
            "at" TIMESTAMP NOT NULL DEFAULT current_timestamp)""",
    # The duplicate index's MinHash signatures, appended batch by batch (fuse.DuplicateIndex.to_rows).
    """
        CREATE TABLE duplicate_index (
            pos BIGINT PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            duplicate_of VARCHAR,
            signature BLOB NOT NULL)""",
    # A generation counter that every batch bumps, so a writer notices another process wrote in between.
    "CREATE TABLE state (key VARCHAR PRIMARY KEY, value BLOB)",
    "CREATE INDEX event_sources_event ON event_sources (event_id)",
    "CREATE INDEX event_sources_article ON event_sources (article_id)",
    "CREATE INDEX conflicts_event ON conflicts (event_id)",
)


def _v1(c: duckdb.DuckDBPyConnection) -> None:
    """Articles, per-article mentions, fused events and their sources, conflicts, rejects."""
    for statement in _V1:
        c.execute(statement)


def _v2(c: duckdb.DuckDBPyConnection) -> None:
    """Each article's place names and the countries they resolved to ([[name, ISO-3], ...]):
    the evidence from which later ingests learn where its outlet is based (resolve/homes.py)."""
    c.execute("ALTER TABLE articles ADD COLUMN places_json JSON")


# Version 3: what `eventwire watch` follows (services/watch): its feeds, the pages they
# announced (the frontier) and each host's robots.txt. Ids, not URLs, join feeds to the
# frontier, because a 301 rewrites a feed's URL.
_V3: tuple[str, ...] = (
    """
        CREATE TABLE watch_feeds (
            id INTEGER PRIMARY KEY,
            url VARCHAR NOT NULL,         -- where it is fetched now (a 301/308 rewrites it)
            added_url VARCHAR NOT NULL,   -- as the user gave it
            kind VARCHAR NOT NULL,        -- auto, rss, atom, sitemap, news-sitemap, sitemap-index, home
            parent INTEGER,               -- the home page or sitemap index that announced it
            etag VARCHAR,
            last_modified VARCHAR,
            next_fetch TIMESTAMP NOT NULL,
            interval_s DOUBLE NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            status VARCHAR NOT NULL,      -- active, retired (410, removed), failing
            last_fetch TIMESTAMP,
            last_http INTEGER,
            last_error VARCHAR,
            new_articles BIGINT NOT NULL DEFAULT 0,
            added_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""",
    """
        CREATE TABLE watch_frontier (
            url VARCHAR PRIMARY KEY,      -- canonical: courlan-normalised, tracking parameters dropped
            feed_id INTEGER,
            status VARCHAR NOT NULL,      -- pending, leased, done, duplicate, skipped, failed
            attempts INTEGER NOT NULL DEFAULT 0,
            next_try TIMESTAMP NOT NULL,
            lease_until TIMESTAMP,
            lease_owner VARCHAR,          -- host:pid of the run holding the lease
            lastmod VARCHAR,              -- the feed's date for the entry: a newer one fetches it again
            title VARCHAR,
            published VARCHAR,            -- the feed's date, used when the page gives none
            content_hash VARCHAR,
            article_id VARCHAR,
            duplicate_of VARCHAR,         -- the canonical URL this one's page named (rel=canonical)
            last_error VARCHAR,
            discovered_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
            done_at TIMESTAMP)""",
    """
        CREATE TABLE watch_robots (
            host VARCHAR PRIMARY KEY,
            fetched_at TIMESTAMP NOT NULL,
            http INTEGER,
            body VARCHAR)""",
)


def _v3(c: duckdb.DuckDBPyConnection) -> None:
    """`eventwire watch`'s feeds, frontier and robots.txt cache (docs/watch.md)."""
    for statement in _V3:
        c.execute(statement)


MIGRATIONS: list[Callable[[duckdb.DuckDBPyConnection], None]] = [_v1, _v2, _v3]
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(c: duckdb.DuckDBPyConnection) -> int | None:
    """The store's schema version; 0 for an empty file; None for a file with other tables."""
    tables = {r[0] for r in c.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "schema_version" not in tables:
        return 0 if not tables else None
    return c.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def check_version(c: duckdb.DuckDBPyConnection, path: str) -> int:
    v = current_version(c)
    if v is None:
        raise StoreError(Errors.E405.format(path=path, detail="a DuckDB file without eventwire's schema_version table"))
    if v > SCHEMA_VERSION:
        raise StoreError(Errors.E402.format(path=path, version=v, known=SCHEMA_VERSION))
    return v


def migrate(c: duckdb.DuckDBPyConnection, path: str = "store") -> int:
    """Apply the missing migrations, each in its own transaction; return the version."""
    v = check_version(c, path)
    if v == 0:
        c.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                  "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
    for i in range(v, SCHEMA_VERSION):
        c.execute("BEGIN TRANSACTION")
        try:
            MIGRATIONS[i](c)
            c.execute("INSERT INTO schema_version (version) VALUES (?)", [i + 1])
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION
