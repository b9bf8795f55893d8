"""Polling one feed: a conditional GET, then its entries into the frontier, or the feeds a
home page or sitemap index announces added, and the feed's next poll set (adaptive on
success, Retry-After or back-off on failure, a permanent redirect remembered, 410 retired).
"""
from __future__ import annotations

from ...errors import Errors
from ...store import feeds
from ...store.db import writing
from . import parse, polite
from .context import Blocked, Context, coded
from .fetch import Reply
from .urls import canonical, host

RETRY_STATUSES = (429, 503)


def poll_feed(ctx: Context, feed: feeds.Feed) -> None:
    """Fetch one due feed and store what it announced, with the feed's new state, in one transaction."""
    later = ctx.put_off(feed.url)
    if later is not None:  # its host asked for a long pause: polled once that is over
        with writing(ctx.db) as c:
            feeds.update_feed(c, feed.id, next_fetch=ctx.now() + later)
        return
    reply, moved_to = ctx.follow(feed.url, feed.etag, feed.last_modified)
    now = ctx.now()
    ctx.report.feeds_polled += 1
    update: dict = {"last_fetch": now}
    if moved_to != feed.url:
        update["url"] = moved_to
        ctx.notify("feed", f"{feed.url} moved permanently to {moved_to}: the feed's URL is rewritten")
    if isinstance(reply, Blocked):
        _failed(ctx, feed, update, Errors.E707.format(url=reply.url), now)
    elif reply.status == 304:
        ctx.report.not_modified += 1
        interval = polite.adapt_interval(feed.interval_s, 0, ctx.opts.min_interval, ctx.opts.max_interval)
        update.update(last_http=304, failures=0, status="active", last_error=None, interval_s=interval,
                      next_fetch=now + interval)
        ctx.notify("feed", f"{feed.url}: not modified")
    elif reply.status == 410:
        update.update(last_http=410, status="retired", last_error=coded(Errors.E708.format(url=feed.url)))
        ctx.notify("error", update["last_error"])
    elif reply.status == 200 and not reply.too_large and reply.error is None:
        _read(ctx, feed, reply, update, now)
        return
    elif reply.too_large:
        _failed(ctx, feed, update, Errors.E705.format(url=reply.url, limit=ctx.opts.max_bytes), now, reply)
    elif reply.status is None or reply.error:
        _failed(ctx, feed, update, Errors.E703.format(url=reply.url, detail=reply.error), now, reply)
    else:
        _failed(ctx, feed, update, Errors.E704.format(url=reply.url, status=reply.status), now, reply)
    with writing(ctx.db) as c:
        feeds.update_feed(c, feed.id, **update)


def _failed(ctx: Context, feed: feeds.Feed, update: dict, message: str, now: float, reply: Reply | None = None) -> None:
    """Back off (or wait the server's Retry-After); the feed stays watched."""
    failures = feed.failures + 1
    wait = polite.backoff(failures)
    if reply is not None and reply.status in RETRY_STATUSES:
        asked = polite.retry_after(reply.headers.get("retry-after"), now)
        if asked is not None:
            wait = asked
            ctx.hold(reply.url, asked)
    update.update(last_http=reply.status if reply else None, failures=failures, status="failing",
                  last_error=coded(message), next_fetch=now + wait)
    ctx.report.feed_errors += 1
    ctx.report.errors.append(coded(message))
    ctx.notify("error", f"{coded(message)} (next try in {wait:.0f} s)")


def _read(ctx: Context, feed: feeds.Feed, reply: Reply, update: dict, now: float) -> None:
    text = reply.text
    kind = parse.sniff(text) if feed.kind == "auto" else feed.kind
    base = reply.url
    children: list[str] = []
    entries: list[parse.Entry] = []
    if kind in ("rss", "atom"):
        entries = parse.parse_feed(text, base)
    elif kind in ("sitemap", "news-sitemap"):
        entries = parse.parse_sitemap(text, base)
    elif kind == "sitemap-index":
        children = [e.url for e in parse.newest(parse.parse_sitemap(text, base), ctx.opts.max_child_sitemaps)]
    else:
        # A home page: the feeds it links to, else the sitemaps its robots.txt names.
        children = (parse.discover_feeds(text, base)
                    or [u for u in map(canonical, ctx.rules(host(base)).sitemaps()) if u])
        if not children:
            _failed(ctx, feed, update, Errors.E706.format(url=feed.url), now)
            with writing(ctx.db) as c:
                feeds.update_feed(c, feed.id, **update)
            return
    with writing(ctx.db) as c:
        queued = feeds.add_urls(c, feed.id, [(e.url, e.lastmod, e.title, e.published) for e in entries], now)
        found = sum(feeds.add_feed(c, url, "auto", now, ctx.opts.interval, parent=feed.id)[1] for url in children)
        # A home page's feeds change rarely: it is looked at again after the longest interval.
        lo, hi = ctx.opts.min_interval, ctx.opts.max_interval
        interval = hi if kind == "home" else polite.adapt_interval(feed.interval_s, queued + found, lo, hi)
        update.update(kind=kind, etag=reply.headers.get("etag"), last_modified=reply.headers.get("last-modified"),
                      last_http=200, failures=0, status="active", last_error=None, interval_s=interval,
                      next_fetch=now + interval)
        feeds.update_feed(c, feed.id, **update)
    ctx.report.queued += queued
    ctx.report.feeds_found += found
    what = f"{len(children)} feeds, {found} new" if children else f"{len(entries)} entries, {queued} new"
    ctx.notify("feed", f"{feed.url} ({kind}): {what}")
