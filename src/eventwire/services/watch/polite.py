"""Politeness arithmetic: gaps between requests to one host, back-off after errors,
Retry-After, adaptive polling, robots.txt rules. Pure: time is passed in, never read.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime

from protego import Protego

# The default: at most one request every 5 s to one host, or the site's Crawl-delay if larger.
DEFAULT_DELAY_S = 5.0
# robots.txt is fetched again after a day, as RFC 9309 section 2.4 allows caching for 24 hours.
ROBOTS_TTL_S = 24 * 3600.0
# An unreachable robots.txt (5xx, no answer) blocks the host and is asked again after 10 min.
ROBOTS_RETRY_S = 600.0
# Back-off after errors: 1 min, doubling, capped at a day, each with +-50 % jitter so many
# watchers that failed together do not return together.
BACKOFF_BASE_S = 60.0
BACKOFF_CAP_S = 24 * 3600.0
JITTER = 0.5
# A Retry-After beyond a day is treated as a day: the feed is polled again then.
RETRY_AFTER_CAP_S = 24 * 3600.0
# Polling: start every 15 min; never more often than 5 min nor less often than 6 h.
DEFAULT_INTERVAL_S = 15 * 60.0
MIN_INTERVAL_S = 5 * 60.0
MAX_INTERVAL_S = 6 * 3600.0
# An empty poll lengthens the interval by half; a poll that found at least BUSY_POLL new
# articles halves it; anything between keeps it.
SLOWER = 1.5
FASTER = 0.5
BUSY_POLL = 10


def backoff(failures: int, rand: float | None = None, base: float = BACKOFF_BASE_S,
            cap: float = BACKOFF_CAP_S) -> float:
    """Seconds to wait after the `failures`-th consecutive failure (1, 2, ...), jittered.
    `rand` in [0, 1) picks the jitter (random when None)."""
    r = random.random() if rand is None else rand
    raw = min(cap, base * 2 ** max(0, failures - 1))
    return raw * (1 - JITTER + 2 * JITTER * r)


def retry_after(value: str | None, now: float) -> float | None:
    """A Retry-After header (seconds, or an HTTP date) as seconds from `now`, capped; None if absent or unreadable."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), RETRY_AFTER_CAP_S)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(0.0, when.timestamp() - now), RETRY_AFTER_CAP_S)


def adapt_interval(interval: float, new_articles: int, lo: float = MIN_INTERVAL_S, hi: float = MAX_INTERVAL_S) -> float:
    """The next polling interval after a poll that found `new_articles`, within [lo, hi]."""
    if new_articles == 0:
        interval *= SLOWER
    elif new_articles >= BUSY_POLL:
        interval *= FASTER
    return min(hi, max(lo, interval))


def interleave(items: list, host_of) -> list:
    """Items reordered round-robin by host (each host's own order kept), so that while one host's
    gap runs out the next request goes to another: a batch of pages from many sites needs no waits."""
    queues: dict[str, list] = {}
    for item in items:
        queues.setdefault(host_of(item), []).append(item)
    out = []
    while queues:
        for h in list(queues):
            out.append(queues[h].pop(0))
            if not queues[h]:
                del queues[h]
    return out


@dataclass
class HostGaps:
    """When each host may next be asked: at least `delay` (or its Crawl-delay) after the last request."""
    delay: float = DEFAULT_DELAY_S
    last: dict[str, float] = field(default_factory=dict)
    crawl_delay: dict[str, float] = field(default_factory=dict)

    def gap(self, host: str) -> float:
        return max(self.delay, self.crawl_delay.get(host, 0.0))

    def wait(self, host: str, now: float) -> float:
        """Seconds to wait before the next request to `host` (0 when it may go now)."""
        last = self.last.get(host)
        return 0.0 if last is None else max(0.0, last + self.gap(host) - now)

    def sent(self, host: str, now: float) -> None:
        self.last[host] = now

    def hold(self, host: str, until: float) -> None:
        """No request to `host` before `until` (a Retry-After): as if one was sent then, less the gap."""
        self.last[host] = max(self.last.get(host, until), until - self.gap(host))


@dataclass
class Robots:
    """One host's robots.txt rules. A missing robots.txt (4xx) allows everything; an
    unreachable one (5xx, network error) disallows everything until it is read (RFC 9309 2.3.1)."""
    parser: Protego | None
    allow_all: bool

    @classmethod
    def from_response(cls, status: int | None, body: str | None) -> Robots:
        if status is not None and 200 <= status < 300 and body is not None:
            return cls(Protego.parse(body), False)
        if status is not None and 400 <= status < 500:
            return cls(None, True)
        return cls(None, False)

    def allowed(self, url: str, agent: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return self.parser.can_fetch(url, agent)

    def crawl_delay(self, agent: str) -> float:
        if self.parser is None:
            return 0.0
        return float(self.parser.crawl_delay(agent) or 0.0)

    def sitemaps(self) -> list[str]:
        return list(self.parser.sitemaps) if self.parser is not None else []
