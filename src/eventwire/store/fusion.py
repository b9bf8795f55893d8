"""The fuser's state as the store keeps it, read and written inside an ingest's transaction.

The events in creation order (so a reloaded fuser breaks ties as it did when it made them),
the duplicate index's MinHash signatures (appended batch by batch), each article's current
version, and a generation counter that every committed batch bumps: a writer that finds
another generation than the one it last wrote knows another process ingested in between.
The fuser itself lives in eventwire.services.fusion; this is its persistence only.
"""
from __future__ import annotations

from dataclasses import dataclass

import duckdb

from ..model import FusedEvent
from . import write
from .codec import fused_from_json

GENERATION = "generation"  # the state table's key for the counter


@dataclass
class StoredFusion:
    generation: int
    events: list[FusedEvent]  # in creation order
    duplicate_rows: list[tuple[str, str | None, bytes]]  # (article id, duplicate of, signature), in order
    versions: dict[str, int]  # article id -> current version
    seqs: dict[str, int]  # event id -> creation order


def generation(c: duckdb.DuckDBPyConnection) -> int:
    return int(write.get_state(c, GENERATION) or b"0")


def load(c: duckdb.DuckDBPyConnection) -> StoredFusion:
    events = [fused_from_json(js) for (js,) in c.execute("SELECT fused_json FROM events ORDER BY seq").fetchall()]
    dups = [(a, d, bytes(sig)) for a, d, sig in c.execute(
        "SELECT article_id, duplicate_of, signature FROM duplicate_index ORDER BY pos").fetchall()]
    versions = dict(c.execute("SELECT id, max(version) FROM articles GROUP BY id").fetchall())
    seqs = dict(c.execute("SELECT id, seq FROM events").fetchall())
    return StoredFusion(generation(c), events, dups, versions, seqs)


def append_duplicate_rows(c: duckdb.DuckDBPyConnection, start: int,
                          rows: list[tuple[str, str | None, bytes]]) -> None:
    """The duplicate index's signatures added since position `start` (the index only grows)."""
    if rows:
        c.executemany("INSERT INTO duplicate_index VALUES (?, ?, ?, ?)",
                      [[start + i, *row] for i, row in enumerate(rows)])


def set_generation(c: duckdb.DuckDBPyConnection, value: int) -> None:
    write.set_state(c, GENERATION, str(value).encode())
