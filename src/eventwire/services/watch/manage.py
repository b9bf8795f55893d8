"""Adding, removing and listing watched feeds (`watch add/remove/list`, GET /api/watch)."""
from __future__ import annotations

from pathlib import Path

from ...errors import Errors, EventwireError
from ...store import feeds
from ...store.db import reading, writing
from .parse import KINDS
from .polite import DEFAULT_INTERVAL_S
from .urls import is_http_url

ADD_KINDS = ("auto", *KINDS)  # auto: told apart by the first fetch (feed, sitemap, index or home page)


def add(db: str | Path, url: str, now: float, kind: str = "auto",
        interval: float = DEFAULT_INTERVAL_S) -> tuple[feeds.Feed, bool]:
    """Watch this URL from now on; (the feed, whether it was new). The first poll is due at once."""
    url = url.strip()
    if not is_http_url(url):
        raise EventwireError(Errors.E701.format(url=url))
    if kind not in ADD_KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(ADD_KINDS)}")
    with writing(db) as c:
        return feeds.add_feed(c, url, kind, now, interval)


def remove(db: str | Path, url: str) -> int:
    """Stop watching the feed at this URL (or with this id) and those it announced; how many."""
    with writing(db) as c:
        feed = feeds.find_feed(c, url.strip())
        if feed is None and url.strip().isdigit():
            row = c.execute("SELECT url FROM watch_feeds WHERE id = ? AND status <> 'removed'", [int(url)]).fetchone()
            feed = feeds.find_feed(c, row[0]) if row else None
        if feed is None:
            raise EventwireError(Errors.E702.format(url=url))
        return feeds.remove_feed(c, feed.id)


def feed_states(db: str | Path) -> list[dict]:
    """Every watched feed's state (read-only), with ISO times."""
    if not Path(db).exists():
        return []
    with reading(db) as c:
        rows = feeds.list_feeds(c)
    for r in rows:
        for key in ("last_fetch", "next_fetch"):
            r[key] = r[key].isoformat(timespec="seconds") + "Z" if r[key] is not None else None
    return rows
