"""Fetching the frontier's pages: a leased batch is fetched (politely, through Context),
turned into articles, extracted together, and stored with its frontier rows in one
transaction (commit.py). Errors retry with back-off; a page failing every attempt is given up.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from ...errors import Errors
from ...model import Article, RecordError
from ...store import feeds, write
from ...store.db import writing
from ..fusion import FusionState
from ..ingest import content_hash
from . import parse, polite
from .commit import Outcome, commit
from .context import Blocked, Context, coded
from .records import extract_page
from .urls import canonical, host

# Extraction: articles in, one output dict (or RecordError) per article out, in order
# (services.ingest.Extractor's shape; the default is eventwire.runner.run).
Extractor = Callable[[Iterator[Article], int], Iterator[dict | RecordError]]
GONE = (404, 410)  # the page is not there: not retried
RETRY_STATUSES = (429, 503)


def fetch_page(ctx: Context, page: feeds.Page, feed_url: str) -> Outcome:
    """Fetch one leased page; its Outcome says what to store and how its frontier row ends."""
    later = ctx.put_off(page.url)
    if later is not None:  # its host asked for a long pause: not an attempt, just later
        return Outcome(page.url, page.feed_id, "pending", {"next_try": ctx.now() + later})
    reply, _ = ctx.follow(page.url)
    now = ctx.now()
    ctx.report.fetched += 1
    if isinstance(reply, Blocked):
        ctx.report.disallowed += 1
        return Outcome(page.url, page.feed_id, "skipped", {"last_error": coded(Errors.E707.format(url=reply.url))})
    if reply.status == 200 and not reply.too_large and reply.error is None:
        html = reply.text
        url = parse.page_canonical(html, reply.url) or canonical(reply.url) or page.url
        rec = extract_page(html, url, feed_url, page.title, page.published)
        for w in rec.warnings:
            ctx.report.warnings.append(w)
            ctx.notify("warning", str(w))
        if rec.article is None:
            return Outcome(page.url, page.feed_id, "skipped", {"last_error": str(rec.error)}, reject=rec.error)
        fields = {"duplicate_of": url} if url != page.url else {}
        return Outcome(page.url, page.feed_id, "done", fields, article=rec.article)
    if reply.too_large:
        message = Errors.E705.format(url=reply.url, limit=ctx.opts.max_bytes)
        return Outcome(page.url, page.feed_id, "skipped", {"last_error": coded(message)},
                       reject=RecordError.of(message, feed_url, page.url))
    if reply.status in GONE:
        return Outcome(page.url, page.feed_id, "skipped",
                       {"last_error": coded(Errors.E704.format(url=reply.url, status=reply.status))})
    detail = reply.error or f"HTTP {reply.status}"
    message = (Errors.E703.format(url=reply.url, detail=detail) if reply.status is None
               else Errors.E704.format(url=reply.url, status=reply.status))
    return _retry(ctx, page, feed_url, reply, coded(message), now)


def _retry(ctx: Context, page: feeds.Page, feed_url: str, reply, message: str, now: float) -> Outcome:
    attempts = page.attempts + 1
    if attempts >= ctx.opts.max_attempts:
        ctx.report.failed += 1
        gave_up = Errors.E709.format(url=page.url, attempts=attempts, detail=message)
        ctx.notify("error", coded(gave_up))
        return Outcome(page.url, page.feed_id, "failed", {"attempts": attempts, "last_error": coded(gave_up)},
                       reject=RecordError.of(gave_up, feed_url, page.url))
    wait = polite.backoff(attempts)
    if reply.status in RETRY_STATUSES:
        asked = polite.retry_after(reply.headers.get("retry-after"), now)
        if asked is not None:
            wait = asked
            ctx.hold(reply.url, asked)
    ctx.report.retries += 1
    ctx.notify("error", f"{message} (try {attempts} of {ctx.opts.max_attempts}; next in {wait:.0f} s)")
    return Outcome(page.url, page.feed_id, "pending",
                   {"attempts": attempts, "last_error": message, "next_try": now + wait})


def _extract_new(ctx: Context, outcomes: list[Outcome], extract: Extractor) -> None:
    """Run the pipeline on the fetched articles the store does not hold with this content."""
    todo = [o for o in outcomes if o.article is not None]
    if not todo:
        return
    with writing(ctx.db) as c:
        known = write.stored_versions(c, [o.article.id for o in todo])
    fresh, seen = [], set()
    for o in todo:
        key = (o.article.id, content_hash(o.article))
        if key[1] in known.get(key[0], (0, set()))[1] or key in seen:
            o.output = {}  # stored already: commit counts it unchanged without extracting it
            continue
        seen.add(key)
        fresh.append(o)
    for o, out in zip(fresh, extract(iter([o.article for o in fresh]), 1)):
        o.output = out


def process_batch(ctx: Context, pages: list[feeds.Page], feed_urls: dict[int, str], state: FusionState,
                  extract: Extractor) -> None:
    """Fetch, extract and store one leased batch of pages."""
    ordered = polite.interleave(pages, lambda p: host(p.url))
    outcomes = [fetch_page(ctx, p, feed_urls.get(p.feed_id, "-")) for p in ordered]
    _extract_new(ctx, outcomes, extract)
    done = commit(ctx.db, outcomes, state, ctx.now())
    r = ctx.report
    r.new += done.new
    r.updated += done.updated
    r.unchanged += done.unchanged
    r.rejected += done.rejected
    r.mentions += done.mentions
    r.events_changed |= done.events_changed
    r.duplicates += sum(o.status == "duplicate" for o in outcomes)
    for o in outcomes:
        if o.reject is not None:
            ctx.notify("error", str(o.reject))
        elif o.status == "done":
            ctx.notify("page", f"stored {o.article.url}")
