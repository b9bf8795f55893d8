"""What one `watch run` carries: options, the clock, the HTTP client, each host's gap and
robots.txt, and the running report. Every request goes through `Context.get`, which checks
robots.txt and waits out the host's gap first, so no caller can be impolite by mistake.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

from ...ingest.gate import RecordWarning
from ...store import feeds
from ...store.db import writing
from . import polite
from .fetch import MAX_BODY_BYTES, READ_TIMEOUT_S, Fetcher, Reply
from .urls import host

ROBOTS_AGENT = "eventwire"  # the product token robots.txt rules name
MAX_REDIRECTS = 5  # hops followed for one fetch, as RFC 9309 asks for robots.txt
# A host that may not be asked for longer than this (a long Retry-After or Crawl-delay) is not
# waited for: its feed or page is put off until then, and the run goes on with other work.
MAX_INLINE_WAIT_S = 300.0
REDIRECTS = (301, 302, 303, 307, 308)
PERMANENT = (301, 308)


@dataclass
class WatchOptions:
    contact: str | None = None
    delay: float = polite.DEFAULT_DELAY_S
    interval: float = polite.DEFAULT_INTERVAL_S
    min_interval: float = polite.MIN_INTERVAL_S
    max_interval: float = polite.MAX_INTERVAL_S
    max_bytes: int = MAX_BODY_BYTES
    timeout: float = READ_TIMEOUT_S
    batch_size: int = 8  # pages fetched, then extracted and stored together
    max_attempts: int = 5  # a page failing this often is given up (E709)
    lease_s: float = 1800.0  # a leased page returns to pending after this, if its run died unseen
    max_child_sitemaps: int = 3  # of a sitemap index, the most recently changed children followed


class Clock:
    """Wall time and sleep; tests pass a fake that advances on sleep."""

    def now(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)


@dataclass
class Report:
    feeds_polled: int = 0
    not_modified: int = 0
    feed_errors: int = 0
    feeds_found: int = 0  # discovered on home pages and in sitemap indexes
    queued: int = 0  # new pages in the frontier
    fetched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    disallowed: int = 0
    rejected: int = 0
    retries: int = 0
    failed: int = 0
    mentions: int = 0
    recovered: int = 0  # leases of a dead run returned to pending at start
    events_changed: set[str] = field(default_factory=set, repr=False)
    warnings: list[RecordWarning] = field(default_factory=list)  # metadata mended or dropped (W1xx)
    errors: list[str] = field(default_factory=list)

    @property
    def failed_any(self) -> bool:
        return bool(self.rejected or self.failed or self.feed_errors)


def coded(message) -> str:
    """A catalogue message with its code, as stored in last_error and shown: "[E704] ... HTTP 500"."""
    return f"[{message.code}] {message}" if hasattr(message, "code") else str(message)


Notify = Callable[[str, str], None]  # (kind, message): "feed", "page", "warning", "error", "wait"


@dataclass
class Blocked:
    """A request not sent: robots.txt disallows it."""
    url: str


@dataclass
class Context:
    db: Path
    opts: WatchOptions
    clock: Clock = field(default_factory=Clock)
    fetcher: Fetcher | None = None
    notify: Notify = lambda kind, msg: None
    report: Report = field(default_factory=Report)
    gaps: polite.HostGaps = field(init=False)
    robots: dict[str, tuple[float, polite.Robots]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.gaps = polite.HostGaps(self.opts.delay)
        if self.fetcher is None:
            self.fetcher = Fetcher(self.opts.contact, self.opts.max_bytes, self.opts.timeout)

    def now(self) -> float:
        return self.clock.now()

    def _wait_for(self, h: str) -> None:
        wait = self.gaps.wait(h, self.now())
        if wait > 0:
            self.notify("wait", f"{wait:.1f} s before the next request to {h}")
            self.clock.sleep(wait)

    def _send(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Reply:
        h = host(url)
        self._wait_for(h)
        self.gaps.sent(h, self.now())
        return self.fetcher.get(url, etag, last_modified)

    def rules(self, h: str) -> polite.Robots:
        """The host's robots.txt: from memory, else the store, else fetched (cached a day)."""
        now = self.now()
        cached = self.robots.get(h)
        if cached and now - cached[0] < polite.ROBOTS_TTL_S:
            return cached[1]
        with writing(self.db) as c:
            stored = feeds.get_robots(c, h)
        if stored and now - stored[0] < polite.ROBOTS_TTL_S:
            fetched_at, rules = stored[0], polite.Robots.from_response(stored[1], stored[2])
        else:
            reply = self._send(h + "/robots.txt")
            for _ in range(MAX_REDIRECTS):
                if reply.status not in REDIRECTS or "location" not in reply.headers:
                    break
                reply = self._send(urljoin(reply.url, reply.headers["location"]))
            body = reply.text if reply.status == 200 and not reply.too_large else None
            status = reply.status if body is not None or reply.status != 200 else None
            fetched_at, rules = now, polite.Robots.from_response(status, body)
            if status is None or status >= 500:  # unreachable: nothing fetched there, asked again soon
                fetched_at = now - polite.ROBOTS_TTL_S + polite.ROBOTS_RETRY_S
            else:
                with writing(self.db) as c:
                    feeds.put_robots(c, h, now, status, body)
        self.gaps.crawl_delay[h] = rules.crawl_delay(ROBOTS_AGENT)
        self.robots[h] = (fetched_at, rules)
        return rules

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Reply | Blocked:
        """One GET, if robots.txt allows it, after the host's gap."""
        if not self.rules(host(url)).allowed(url, ROBOTS_AGENT):
            return Blocked(url)
        return self._send(url, etag, last_modified)

    def follow(self, url: str, etag: str | None = None, last_modified: str | None = None
               ) -> tuple[Reply | Blocked, str]:
        """GET, following redirects (each hop checked against robots.txt); also return the URL
        that permanent redirects alone lead to (where a feed should be fetched from now on)."""
        permanent, only_permanent = url, True
        reply = self.get(url, etag, last_modified)
        for _ in range(MAX_REDIRECTS):
            if isinstance(reply, Blocked) or reply.status not in REDIRECTS or "location" not in reply.headers:
                break
            target = urljoin(reply.url, reply.headers["location"])
            only_permanent = only_permanent and reply.status in PERMANENT
            if only_permanent:
                permanent = target
            reply = self.get(target, etag, last_modified)
        return reply, permanent

    def put_off(self, url: str) -> float | None:
        """Seconds until `url`'s host may be asked, when that is too long to wait here; else None."""
        wait = self.gaps.wait(host(url), self.now())
        return wait if wait > MAX_INLINE_WAIT_S else None

    def hold(self, url: str, seconds: float) -> None:
        """Ask this host nothing for `seconds` (a Retry-After)."""
        self.gaps.hold(host(url), self.now() + seconds)

    def close(self) -> None:
        self.fetcher.close()
