"""The fuser and duplicate index of one ingest process, kept in step with the store.

Loaded from the stored events once (store.fusion.load), then fed only new mentions
batch by batch. A batch that finds another generation in the store than the one it
last wrote (another process ingested in between) reloads first, so two ingests
never fuse against stale events.
"""
from __future__ import annotations

from itertools import islice

import duckdb

from ..fuse import DuplicateIndex, Fuser, mentions_from_result
from ..model import ArticleResult, FusedEvent, Mention
from ..store import fusion as stored


class FusionState:
    def __init__(self) -> None:
        self.generation: int | None = None
        self.fuser: Fuser | None = None
        self.dups: DuplicateIndex | None = None
        self.dups_saved = 0  # rows of the duplicate index already in the store
        self.versions: dict[str, int] = {}  # article id -> current version
        self.seqs: dict[str, int] = {}  # event id -> creation order
        self.next_seq = 0

    def invalidate(self) -> None:
        self.generation = None

    def sync(self, c: duckdb.DuckDBPyConnection) -> None:
        """Reload from the store unless it holds what this process last wrote."""
        if self.fuser is not None and stored.generation(c) == self.generation:
            return
        s = stored.load(c)
        self.fuser = Fuser(events=s.events)
        self.dups = DuplicateIndex.from_rows(s.duplicate_rows)
        self.dups_saved = len(s.duplicate_rows)
        self.versions, self.seqs = s.versions, s.seqs
        self.next_seq = max(self.seqs.values(), default=-1) + 1
        self.generation = s.generation

    def duplicate_of(self, article_id: str, text: str) -> str | None:
        dup = self.dups.add(article_id, text)
        return None if dup == article_id else dup  # a new version resembles its old self

    @staticmethod
    def mentions(result: dict, duplicate_of: str | None) -> list[Mention]:
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
        """The duplicate index's new signatures and the next generation, in the batch's transaction."""
        self.generation = (self.generation or 0) + 1
        new = list(islice(self.dups.to_rows(), self.dups_saved, None))  # the index only grows
        stored.append_duplicate_rows(c, self.dups_saved, new)
        self.dups_saved += len(new)
        stored.set_generation(c, self.generation)
