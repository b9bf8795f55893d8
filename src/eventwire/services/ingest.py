"""Ingest (`eventwire ingest`, `POST /api/articles`): articles in, fused events updated,
one transaction per batch.

Extraction (eventwire.runner) runs with the store file closed; each batch of results
is then written in one transaction that also updates the fused events it touches, so
a crash at any moment leaves whole batches only, and a rerun skips what is stored
(same article id and same content hash). Fusion is incremental: the fuser is loaded
from the stored events once and fed only the new mentions (fusion.FusionState).
"""
from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import ContextManager

from ..model import Article, RecordError
from ..resolve.homes import article_places, outlet_key
from ..store import query, write
from ..store.db import reading, transaction, writing
from .fusion import FusionState

BATCH_SIZE = 32


@dataclass
class IngestReport:
    new: int = 0  # articles stored for the first time
    updated: int = 0  # new versions of stored articles (changed content)
    unchanged: int = 0  # already stored with this content: skipped, not extracted
    rejected: int = 0  # bad records (readers' or the pipeline's), see the rejects table
    mentions: int = 0
    events_changed: int = 0  # fused events created or updated
    changed_ids: set[str] = field(default_factory=set, repr=False)
    batches: int = 0
    rejects: list[RecordError] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.rejected > 0


def content_hash(a: Article) -> str:
    """What makes two copies of an article the same version: its text and metadata as read."""
    h = hashlib.sha256()
    for part in (a.title, a.published, a.source, a.url, a.text):
        h.update((part or "").encode("utf-8", "surrogatepass") + b"\x1f")
    return h.hexdigest()


# What the progress callback is told about each record: "stored", "unchanged" or "rejected".
Progress = Callable[[str, Article | RecordError], None]


# Extraction: records in, one output dict (or RecordError) per record out, in order.
Extractor = Callable[[Iterator[Article | RecordError], int], Iterator[dict | RecordError]]


def ingest(records: Iterable[Article | RecordError], db: str | Path, processes: int = 1,
           batch_size: int = BATCH_SIZE, on_record: Progress | None = None,
           extract: Extractor | None = None, record_timeout: float | None = None) -> IngestReport:
    """Store these records' articles, mentions and the fused events they change.

    `extract` replaces the pipeline (the default is eventwire.runner.run); tests
    pass cached results through it. `record_timeout`: seconds one article may take to
    extract (the runner's default when None; 0: no limit)."""
    report = IngestReport()
    notify = on_record or (lambda status, rec: None)
    with writing(db) as c:  # creates and migrates the store; the file is closed again while extracting
        known = write.stored_hashes(c)
    state = FusionState()
    pending: deque[tuple[Article | RecordError, str | None]] = deque()

    def to_extract() -> Iterator[Article | RecordError]:
        for rec in records:
            if isinstance(rec, Article):
                h = content_hash(rec)
                if h in known.get(rec.id, ()):
                    report.unchanged += 1
                    notify("unchanged", rec)
                    continue
                known.setdefault(rec.id, set()).add(h)  # a second copy later in the input is a no-op too
                pending.append((rec, h))
            else:
                pending.append((rec, None))
            yield rec

    batch: list[tuple[Article | RecordError, str | None, dict | RecordError]] = []
    extractor = extract or (lambda items, n: _extract(items, n, record_timeout))
    for out in extractor(to_extract(), processes):
        rec, h = pending.popleft()  # the runner keeps input order
        batch.append((rec, h, out))
        if len(batch) >= batch_size:
            _write_batch(db, batch, state, report, notify)
            batch = []
    if batch:
        _write_batch(db, batch, state, report, notify)
    return report


def _extract(items: Iterator[Article | RecordError], processes: int,
             record_timeout: float | None = None) -> Iterator[dict | RecordError]:
    """The runner's output; without loading the model when nothing is left to extract (a rerun)."""
    from ..runner import DEFAULT_RECORD_TIMEOUT, run  # here: the model loads only when an ingest extracts

    head = []
    for rec in items:
        head.append(rec)
        if isinstance(rec, Article):
            budget = DEFAULT_RECORD_TIMEOUT if record_timeout is None else record_timeout
            return run(chain(head, items), processes=processes, record_timeout=budget)
    return iter(head)  # only bad records: they pass through as they are


def _write_batch(db, batch, state: FusionState, report: IngestReport, notify: Progress) -> None:
    """One transaction: the batch's rejects, articles, mentions and the fused events they change."""
    stored: list[tuple[Article, int]] = []  # with the version each became
    rejected: list[RecordError] = []
    try:
        changed, mentions = _write(db, batch, state, stored, rejected)
    except BaseException:
        state.invalidate()  # the fuser saw mentions the rolled-back transaction never stored
        raise
    # Counted once committed: the report never claims what a crash could undo.
    report.batches += 1
    report.new += sum(v == 1 for _, v in stored)
    report.updated += sum(v > 1 for _, v in stored)
    report.mentions += len(mentions)
    report.changed_ids.update(ev.id for ev in changed)
    report.events_changed = len(report.changed_ids)
    report.rejected += len(rejected)
    report.rejects.extend(rejected)
    for rec, _ in stored:
        notify("stored", rec)
    for err in rejected:
        notify("rejected", err)
    done = {id(rec) for rec, _ in stored}
    for rec, h, out in batch:
        if not isinstance(out, RecordError) and id(rec) not in done:
            report.unchanged += 1
            notify("unchanged", rec)


def _write(db, batch, state: FusionState, stored: list, rejected: list):
    with writing(db) as c, transaction(c):
        state.sync(c)
        good = []
        for rec, h, out in batch:
            if isinstance(out, RecordError):
                write.insert_reject(c, out)
                rejected.append(out)
            else:
                good.append((rec, h, out))
        changed, mentions, versions = store_extracted(c, state, good)
        stored.extend((rec, v) for (rec, _, _), v in zip(good, versions) if v is not None)
    return changed, mentions


def store_extracted(c, state: FusionState, items: list[tuple[Article, str, dict]]):
    """Inside the caller's open transaction (`state` synced to it): each extracted article that is
    new or changed gets its next version, its mentions and the fused events they change. Returns
    (events changed, mentions stored, each item's version or None where the store already held
    that text). Shared by `ingest` and `eventwire watch` (services/watch/commit.py), which adds its
    frontier rows to the same transaction."""
    known = write.stored_versions(c, [rec.id for rec, _, _ in items])  # re-read under the lock
    articles, mention_rows, mentions, replaced, versions = [], [], [], [], []
    for rec, h, out in items:
        latest, hashes = known.get(rec.id, (0, set()))
        if h in hashes:  # stored since we looked, or reached twice
            versions.append(None)
            continue
        version = latest + 1
        known[rec.id] = (version, hashes | {h})
        dup = state.duplicate_of(rec.id, rec.text)
        articles.append(write.article_row(rec, out, version, h, dup, article_places(out)[1]))
        if version > 1:
            replaced.append(rec.id)
            mentions = [m for m in mentions if m.article_id != rec.id]  # an older version earlier in this batch
        ms = state.mentions(out, dup)
        mention_rows.extend(write.mention_rows(ms, version))
        mentions.extend(ms)
        versions.append(version)
        state.versions[rec.id] = version
    # Retire first: a version stored earlier in this same batch is then retired too.
    write.retire_mentions(c, replaced)
    write.insert_rows(c, "articles", write.ARTICLE_COLS, articles)
    write.insert_rows(c, "mentions", write.MENTION_COLS, mention_rows)
    if replaced:  # within the batch only the last version of an article is current
        write.retire_older_versions(c, replaced)
    changed, removed = state.fuse(mentions, replaced)
    write.delete_events(c, removed)
    write.upsert_events(c, changed, state.versions, state.order(changed))
    state.save(c)
    return changed, mentions, versions


def extract_first(records: list[Article | RecordError], db: str | Path,
                  gate: Callable[[], ContextManager] = nullcontext) -> IngestReport:
    """Extract every record, then store them all under `gate` (which the API uses to close its
    own readers meanwhile): the store is not touched while the model runs."""
    from ..runner import run

    outputs = dict(zip(map(id, records), run(records)))

    def extracted(recs, processes):
        for r in recs:
            yield outputs[id(r)]

    with gate():
        return ingest(records, db, extract=extracted)


def learning_homes(db: str | Path, homes: dict[str, str],
                   on_read: Callable[[dict | RecordError], None] | None = None,
                   on_learned: Callable[[dict[str, str]], None] | None = None,
                   record_timeout: float | None = None) -> Extractor:
    """An extractor that first learns where each outlet is based, from the new articles and
    those already stored (two passes; docs/places.md), then extracts with those homes.
    `homes`: homes given beforehand, kept as they are."""
    from ..runner import DEFAULT_RECORD_TIMEOUT, run_learning_homes

    budget = DEFAULT_RECORD_TIMEOUT if record_timeout is None else record_timeout

    def extract(items: Iterator[Article | RecordError], processes: int) -> Iterator[dict | RecordError]:
        learned, stream = run_learning_homes(items, processes, homes, on_read, stored_outlet_places(db),
                                             record_timeout=budget)
        if on_learned is not None:
            on_learned(learned)
        return stream

    return extract


def stored_outlet_places(db: str | Path) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
    """(outlet, [(place name, country)]) for every stored article that kept its places:
    the evidence an ingest learns outlet homes from, with its new articles."""
    if not Path(db).exists():
        return []
    with reading(db) as c:
        return [(outlet_key({"url": url, "source": source}), places)
                for url, source, places in query.article_places(c)]
