"""Fused events made elsewhere (by `eventwire spark fuse`) in place of the store's own.

Persistence only: the caller (services/spark/load.py) holds the transaction and has
checked that the new events cover every current mention, so no stored report loses
its event.
"""
from __future__ import annotations

import duckdb

from ..model import FusedEvent
from . import write

EVENT_TABLES = ("events", "event_sources", "conflicts")


def current_mention_ids(c: duckdb.DuckDBPyConnection) -> set[str]:
    """The mentions of every article's current version: what the fused events must cover."""
    return {m for (m,) in c.execute("SELECT mention_id FROM mentions WHERE is_current").fetchall()}


def replace_events(c: duckdb.DuckDBPyConnection, events: list[FusedEvent], versions: dict[str, int],
                   seqs: dict[str, int]) -> None:
    """Every stored event, source and conflict row gives way to `events`.

    `versions`: article id -> current version; `seqs`: event id -> creation order."""
    for table in EVENT_TABLES:
        c.execute(f"DELETE FROM {table}")
    write.upsert_events(c, events, versions, seqs)
