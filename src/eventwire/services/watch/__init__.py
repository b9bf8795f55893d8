"""`eventwire watch`: follow news feeds and sitemaps politely, restart-safe, exactly once.

Pure parts: urls.py (canonical URLs, article ids) · parse.py (feeds, sitemaps, feed
discovery, rel=canonical) · polite.py (gaps, back-off, Retry-After, adaptive polling,
robots.txt rules). With I/O: fetch.py (httpx) · context.py (one run's options, clock,
politeness state; every request goes through it) · poll.py (a feed) · pages.py (a batch of
pages) · records.py (a page as an Article) · commit.py (articles and frontier rows in one
transaction) · run.py (the loop) · manage.py (add, remove, list). See docs/watch.md.
"""
from .context import Clock, Context, Report, WatchOptions
from .manage import add, feed_states, remove
from .run import run

__all__ = ["Clock", "Context", "Report", "WatchOptions", "add", "feed_states", "remove", "run"]
