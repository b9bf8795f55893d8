"""Pages into the store: each page's article, mentions and fused events, and its frontier
row, in one transaction. A crash before COMMIT leaves the page pending (its lease expires
or its run is found dead), so the next run fetches it again; after COMMIT the page is done
and never fetched again. Nothing is lost and nothing is stored twice.

The article writing is services/ingest.py's (`store_extracted`), with the frontier rows added to
the same transaction and the same FusionState.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Article, RecordError
from ...store import feeds, write
from ...store.db import transaction, writing
from ..fusion import FusionState
from ..ingest import content_hash, store_extracted


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
    items, owners = [], []
    for o in outcomes:
        if isinstance(o.output, RecordError):  # the pipeline failed on it: kept as a reject
            o.status, o.reject = "skipped", o.output
            o.fields["last_error"] = str(o.output)
        if o.reject is not None:
            write.insert_reject(c, o.reject)
            done.rejected += 1
        if o.article is None or not isinstance(o.output, dict):
            continue
        h = content_hash(o.article)
        o.fields.update(content_hash=h, article_id=o.article.id)
        items.append((o.article, h, o.output))
        owners.append(o)
    changed, mentions, versions = store_extracted(c, state, items)
    for o, version in zip(owners, versions):
        if version is None:  # the same article through another feed, or an unchanged page
            done.unchanged += 1
            if o.article.url != o.url:  # reached through another URL that names it as canonical
                o.status = "duplicate"
            continue
        done.new += version == 1
        done.updated += version > 1
        feeds.add_new_articles(c, o.feed_id, 1)
    done.mentions = len(mentions)
    done.events_changed = {ev.id for ev in changed}
    for o in outcomes:
        feeds.finish(c, o.url, o.status, now, **o.fields)
        if o.article is not None and o.article.url != o.url and o.status == "done":
            feeds.mark_canonical_done(c, o.article.url, o.feed_id, o.article.id, o.fields["content_hash"], now)
    return done
