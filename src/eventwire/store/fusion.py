"""The fuser and duplicate index of one ingest process, kept in step with the store.

Loaded from the stored events once, then fed only new mentions batch by batch.
Every committed batch bumps a generation counter in the store; a batch that
finds another generation than the one it last wrote (another process ingested
in between) reloads first, so two ingests never fuse against stale events.
"""
from __future__ import annotations

from itertools import islice

import duckdb

from ..model import FusedEvent, Mention
from . import write
from .codec import fused_from_json

GENERATION = "generation"


class FusionState:
    def __init__(self) -> None:
        self.generation: int | None = None
        self.fuser = None
        self.dups = None
        self.dups_saved = 0  # rows of the duplicate index already in the store
        self.versions: dict[str, int] = {}  # article id -> current version
        self.seqs: dict[str, int] = {}  # event id -> creation order
        self.next_seq = 0

    def invalidate(self) -> None:
        self.generation = None

    def sync(self, c: duckdb.DuckDBPyConnection) -> None:
        gen = int(write.get_state(c, GENERATION) or b"0")
        if self.fuser is not None and gen == self.generation:
            return
        from ..fuse import DuplicateIndex, Fuser

        # Creation order, so the fuser breaks ties between events as it did when it made them.
        rows = c.execute("SELECT fused_json FROM events ORDER BY seq").fetchall()
        self.fuser = Fuser(events=[fused_from_json(r[0]) for r in rows])
        rows = c.execute("SELECT article_id, duplicate_of, signature FROM duplicate_index ORDER BY pos").fetchall()
        self.dups = DuplicateIndex.from_rows((a, d, bytes(sig)) for a, d, sig in rows)
        self.dups_saved = len(rows)
        self.versions = dict(c.execute("SELECT id, max(version) FROM articles GROUP BY id").fetchall())
        self.seqs = dict(c.execute("SELECT id, seq FROM events").fetchall())
        self.next_seq = max(self.seqs.values(), default=-1) + 1
        self.generation = gen

    def duplicate_of(self, article_id: str, text: str) -> str | None:
        dup = self.dups.add(article_id, text)
        return None if dup == article_id else dup  # a new version resembles its old self

    @staticmethod
    def mentions(result: dict, duplicate_of: str | None) -> list[Mention]:
        from ..fuse import mentions_from_result
        from ..model import ArticleResult

        ms = mentions_from_result(ArticleResult.from_dict(result))
        for m in ms:
            m.duplicate_of = duplicate_of
        return ms

    def fuse(self, mentions: list[Mention], replaced: list[str]) -> tuple[list[FusedEvent], list[str]]:
        """Add mentions; return (events created or changed, ids of events that no longer exist).

        A replaced article (new version) must leave the events its old version fed.
        The fuser cannot take mentions out, so those events are dissolved and their
        other mentions fused again, together with the new ones.
        """
        removed: list[str] = []
        if replaced:
            gone = set(replaced)
            hit = [ev for ev in self.fuser.events.values() if any(m.article_id in gone for m in ev.mentions)]
            if hit:
                from ..fuse import Fuser

                hit_ids = {ev.id for ev in hit}
                keep = [ev for ev in self.fuser.events.values() if ev.id not in hit_ids]
                refuse = [m for ev in hit for m in ev.mentions if m.article_id not in gone]
                self.fuser = Fuser(events=keep)
                mentions = refuse + mentions
                removed = list(hit_ids)
        changed = self.fuser.add(mentions) if mentions else []
        alive = {ev.id for ev in changed}
        return changed, [i for i in removed if i not in alive]

    def order(self, events: list[FusedEvent]) -> dict[str, int]:
        """Event id -> creation order, new events numbered after every stored one."""
        for ev in events:
            if ev.id not in self.seqs:
                self.seqs[ev.id] = self.next_seq
                self.next_seq += 1
        return self.seqs

    def save(self, c: duckdb.DuckDBPyConnection) -> None:
        self.generation = (self.generation or 0) + 1
        # Only the signatures added since the last save: the index grows by appends.
        new = list(islice(self.dups.to_rows(), self.dups_saved, None))
        if new:
            c.executemany("INSERT INTO duplicate_index VALUES (?, ?, ?, ?)",
                          [[self.dups_saved + i, *row] for i, row in enumerate(new)])
            self.dups_saved += len(new)
        write.set_state(c, GENERATION, str(self.generation).encode())
