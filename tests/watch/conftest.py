"""Fixtures of the watch tests: the fake site, the injected clock, a store, one run."""
from __future__ import annotations

import pytest

from eventwire.services import watch

from .site import FakeClock, Site


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def site(clock):
    with Site(clock) as s:
        yield s


@pytest.fixture
def db(tmp_path):
    return tmp_path / "watch.duckdb"


@pytest.fixture
def run_watch(db, clock):
    """Run the watcher in-process (a fresh Context each call: as a restarted process)."""
    def go(once: bool = True, duration: float | None = None, **opts) -> watch.Report:
        opts.setdefault("contact", "tests@example.org")
        ctx = watch.Context(db, watch.WatchOptions(**opts), clock=clock)
        try:
            watch.run(ctx, once=once, duration=duration)
        finally:
            ctx.close()
        return ctx.report
    return go
