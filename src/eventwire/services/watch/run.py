"""`watch run`: poll the feeds that are due, fetch the pages they announced, repeat.

Restart-safe: at start, pages leased by a run that died (its process is gone, or its lease
expired) return to pending. Every loop is bounded: by --once (until nothing is due now),
by --duration (on the injected clock), and by MAX_ROUNDS.
"""
from __future__ import annotations

import os
import socket
from collections.abc import Iterator

from ...model import Article, RecordError
from ...store import feeds
from ...store.db import writing
from ..fusion import FusionState
from .context import Context
from .pages import Extractor, process_batch
from .poll import poll_feed

# Never sleep longer than this at once, so a --duration run ends on time and a new feed
# added meanwhile is seen within a minute.
MAX_IDLE_SLEEP_S = 60.0
# A guard on the loop: far more rounds than any run makes (each round fetches something or sleeps).
MAX_ROUNDS = 10_000_000


def owner() -> str:
    """This run's name on its leases: host and process id."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process, alive
        return True
    return True


def dead_owners(owners: set[str]) -> set[str]:
    """Lease owners on this host whose process no longer runs."""
    here = socket.gethostname()
    dead = set()
    for o in owners:
        name, _, pid = o.rpartition(":")
        if name == here and pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            dead.add(o)
    return dead


def recover(ctx: Context) -> int:
    """Return the pages of dead or expired runs to pending; how many."""
    with writing(ctx.db) as c:
        n = feeds.release_leases(c, ctx.now(), dead_owners(feeds.lease_owners(c)))
    if n:
        ctx.notify("page", f"{n} pages left leased by an interrupted run are pending again")
    ctx.report.recovered += n
    return n


def _default_extract(items: Iterator[Article], processes: int) -> Iterator[dict | RecordError]:
    from ...runner import (
        run,  # here: the model loads only when there is a page to extract
    )

    return run(items, processes=processes)


def _round(ctx: Context, state: FusionState, extract: Extractor, me: str) -> bool:
    """Poll every due feed, then fetch one batch of due pages; whether anything was done."""
    now = ctx.now()
    with writing(ctx.db) as c:
        due = feeds.due_feeds(c, now)
    for feed in due:
        poll_feed(ctx, feed)
    now = ctx.now()
    with writing(ctx.db) as c:
        pages = feeds.lease(c, now, ctx.opts.batch_size, me, now + ctx.opts.lease_s)
        feed_urls = {f["id"]: f["url"] for f in feeds.list_feeds(c, include_removed=True)}
    if pages:
        process_batch(ctx, pages, feed_urls, state, extract)
    return bool(due or pages)


def run(ctx: Context, once: bool = False, duration: float | None = None,
        extract: Extractor | None = None) -> None:
    """Watch until nothing is due (`once`), until `duration` seconds have passed, or forever."""
    me = owner()
    recover(ctx)
    state = FusionState()
    deadline = None if duration is None else ctx.now() + duration
    for _ in range(MAX_ROUNDS):
        worked = _round(ctx, state, extract or _default_extract, me)
        now = ctx.now()
        if deadline is not None and now >= deadline:
            return
        if worked:
            continue
        if once:
            return
        with writing(ctx.db) as c:
            nxt = feeds.next_due(c)
        wait = MAX_IDLE_SLEEP_S if nxt is None else max(0.0, nxt - now)
        if deadline is not None:
            wait = min(wait, deadline - now)
        ctx.notify("wait", f"nothing due; next check in {min(wait, MAX_IDLE_SLEEP_S):.0f} s")
        ctx.clock.sleep(min(wait, MAX_IDLE_SLEEP_S))
