"""Pages into the store: each page's article, mentions and fused events, and its frontier
row, in one transaction. A crash before COMMIT leaves the page pending (its lease expires
or its run is found dead), so the next run fetches it again; after COMMIT the page is done
and never fetched again. Nothing is lost and nothing is stored twice.

The article writing is services/ingest.py's (`_write`), with the frontier rows added to its
transaction; it reuses store/write.py and the same FusionState.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Article, RecordError
from ...resolve.homes import article_places
from ...store import feeds, write
from ...store.db import transaction, writing
from ..fusion import FusionState
from ..ingest import content_hash


@dataclass
class Outcome:
    """What became of one leased page: its frontier row's new state, and the article to store."""
    url: str  # the frontier row (canonical URL as announced)
    feed_id: int | None
    status: str  # done, duplicate, skipped, failed, pending (retry later)
    fields: dict = field(default_factory=dict)  # frontier columns to set (next_try, attempts, last_error, ...)
    article: Article | None = None
    output: dict | RecordError | None = None  # the pipeline's result for the article
    reject: RecordError | None = None  # to keep in the rejects table


@dataclass
class Committed:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    mentions: int = 0
    events_changed: set[str] = field(default_factory=set)


def commit(db, outcomes: list[Outcome], state: FusionState, now: float) -> Committed:
    """Store these pages' articles and frontier rows in one transaction."""
    try:
        with writing(db) as c, transaction(c):
            return _commit(c, outcomes, state, now)
    except BaseException:
        state.invalidate()  # the fuser saw mentions the rolled-back transaction never stored
        raise


def _commit(c, outcomes: list[Outcome], state: FusionState, now: float) -> Committed:
    done = Committed()
    state.sync(c)
    stored = [o for o in outcomes if o.article is not None and isinstance(o.output, dict)]
    known = write.stored_versions(c, [o.article.id for o in stored])
    rows, mention_rows, mentions, replaced = [], [], [], []
    for o in outcomes:
        if isinstance(o.output, RecordError):  # the pipeline failed on it: kept as a reject
            o.status, o.reject = "skipped", o.output
            o.fields["last_error"] = str(o.output)
        if o.reject is not None:
            write.insert_reject(c, o.reject)
            done.rejected += 1
        if o.article is None or not isinstance(o.output, dict):
            continue
        rec, h = o.article, content_hash(o.article)
        o.fields.update(content_hash=h, article_id=rec.id)
        latest, hashes = known.get(rec.id, (0, set()))
        if h in hashes:  # the same article through another feed, or an unchanged page
            done.unchanged += 1
            if rec.url != o.url:  # reached through another URL that names it as canonical
                o.status = "duplicate"
            continue
        version = latest + 1
        known[rec.id] = (version, hashes | {h})
        dup = state.duplicate_of(rec.id, rec.text)
        rows.append(write.article_row(rec, o.output, version, h, dup, article_places(o.output)[1]))
        if version > 1:
            replaced.append(rec.id)
            mentions = [m for m in mentions if m.article_id != rec.id]
        ms = state.mentions(o.output, dup)
        mention_rows.extend(write.mention_rows(ms, version))
        mentions.extend(ms)
        state.versions[rec.id] = version
        done.new += version == 1
        done.updated += version > 1
        feeds.add_new_articles(c, o.feed_id, 1)
    write.retire_mentions(c, replaced)
    write.insert_rows(c, "articles", write.ARTICLE_COLS, rows)
    write.insert_rows(c, "mentions", write.MENTION_COLS, mention_rows)
    if replaced:
        write.retire_older_versions(c, replaced)
    changed, removed = state.fuse(mentions, replaced)
    write.delete_events(c, removed)
    write.upsert_events(c, changed, state.versions, state.order(changed))
    state.save(c)
    done.mentions = len(mentions)
    done.events_changed = {ev.id for ev in changed}
    for o in outcomes:
        feeds.finish(c, o.url, o.status, now, **o.fields)
        if o.article is not None and o.article.url != o.url and o.status == "done":
            feeds.mark_canonical_done(c, o.article.url, o.feed_id, o.article.id, o.fields["content_hash"], now)
    return done
