"""`eventwire watch` against a fake news site on 127.0.0.1, with the pipeline for real and the
clock injected: exactly once across feeds and restarts, politeness, faults, new versions."""
from __future__ import annotations

from itertools import pairwise

import duckdb

from eventwire.services import watch
from eventwire.services.watch.urls import article_id

from .site import (
    atom,
    etag_of,
    gz,
    page_html,
    rss,
    sample_articles,
    sitemap,
    sitemap_index,
)

DELAY = 5.0


def _articles(db) -> list[tuple[str, int, str]]:
    with duckdb.connect(str(db), read_only=True) as c:
        return c.execute("SELECT id, version, url FROM articles ORDER BY id, version").fetchall()


def _gaps(site) -> list[float]:
    times = [t for t, _, _ in site.log]
    return [b - a for a, b in pairwise(times)]


def _news_site(site, n=8):
    """robots.txt, a home page announcing an RSS and an Atom feed that overlap, a gzipped news
    sitemap under a sitemap index, tracking-parameter and rel=canonical aliases, a disallowed page."""
    arts = sample_articles(n)
    paths = [f"/news/{a['id']}.html" for a in arts]
    for a, p in zip(arts, paths):
        site.set(p, page_html(a))
    # An AMP copy whose rel=canonical names the article's own URL.
    site.set("/amp/second.html", page_html(arts[1], canonical=site.base + paths[1]))
    site.set("/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 2\n", ctype="text/plain")
    body = rss(site.base, paths[:4] + [paths[0] + "?utm_source=rss&utm_medium=feed", "/private/leak.html"])
    site.set("/rss.xml", body, ctype="application/rss+xml", etag=etag_of(body))
    site.set("/atom.xml", atom(site.base, paths[3:6] + ["/amp/second.html"]), ctype="application/atom+xml")
    site.set("/", '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
                  '<link rel="alternate" type="application/atom+xml" href="/atom.xml"></head><body>Home</body></html>')
    site.set("/sitemap-news.xml.gz", gz(sitemap(site.base, paths[5:])), ctype="application/gzip")
    site.set("/sitemap-index.xml", sitemap_index(site.base, ["/sitemap-news.xml.gz"]), ctype="application/xml")
    return arts, paths


def test_two_feeds_a_sitemap_and_a_restart_store_every_article_exactly_once(site, db, clock, run_watch):
    arts, paths = _news_site(site)
    watch.add(db, site.base + "/", clock.now())
    watch.add(db, site.base + "/sitemap-index.xml", clock.now())
    first = run_watch(delay=DELAY)
    stored = _articles(db)
    assert sorted(i for i, _, _ in stored) == sorted(article_id(site.base + p) for p in paths)
    assert all(v == 1 for _, v, _ in stored)
    assert first.new == len(arts) and first.disallowed == 1 and first.feeds_found == 3
    assert first.unchanged == 1 and first.duplicates == 1  # the AMP copy: fetched, recognised, not stored again
    clock.sleep(7 * 3600)  # past every feed's next poll
    second = run_watch(delay=DELAY)  # a new process: nothing in memory
    assert _articles(db) == stored and second.new == 0 and second.fetched == 0
    assert second.not_modified >= 1  # the RSS feed answered 304 to its ETag
    rss_requests = [h for _, p, h in site.log if p == "/rss.xml"]
    assert len(rss_requests) == 2 and rss_requests[1].get("If-None-Match") == etag_of(site.routes["/rss.xml"].body.decode())
    assert not [p for p in site.paths() if p.startswith("/private/")]
    assert site.paths().count("/robots.txt") == 1  # cached a day, across the restart
    assert min(_gaps(site)) >= DELAY - 1e-6
    assert all("eventwire/" in h.get("User-Agent", "") and "tests@example.org" in h["User-Agent"] for _, _, h in site.log)


def test_a_crawl_delay_larger_than_the_delay_wins_and_robots_disallow_holds(site, db, clock, run_watch):
    _, paths = _news_site(site, n=4)
    site.set("/robots.txt", "User-agent: *\nDisallow: /news/smp-002\nCrawl-delay: 7\n", ctype="text/plain")
    watch.add(db, site.base + "/rss.xml", clock.now())
    rep = run_watch(delay=1.0)
    assert "/news/smp-002.html" not in site.paths() and rep.disallowed == 1
    assert min(_gaps(site)) >= 7 - 1e-6
    assert {i for i, _, _ in _articles(db)} == {article_id(site.base + p) for p in paths if "002" not in p}


def test_faults_301_410_429_slow_and_huge(site, db, clock, run_watch):
    arts = sample_articles(5)
    paths = [f"/news/{a['id']}.html" for a in arts]
    for a, p in zip(arts, paths):
        site.set(p, page_html(a))
    site.set("/robots.txt", "", ctype="text/plain")
    site.set("/old-feed.xml", b"", status=301, headers={"Location": "/feed.xml"})
    site.set("/feed.xml", rss(site.base, paths), ctype="application/rss+xml")
    site.set("/gone.xml", b"", status=410)
    site.routes[paths[0]].once.append((429, {"Retry-After": "120"}))
    site.routes[paths[1]].delay = 1.0  # slower than the timeout below
    site.set(paths[2], page_html(arts[2]) + "<!--" + "x" * 60_000 + "-->")
    watch.add(db, site.base + "/old-feed.xml", clock.now())
    watch.add(db, site.base + "/gone.xml", clock.now())
    rep = run_watch(delay=0.0, timeout=0.3, max_bytes=40_000)
    states = {f["added_url"]: f for f in watch.feed_states(db)}
    assert states[site.base + "/old-feed.xml"]["url"] == site.base + "/feed.xml"  # the 301 rewrote it
    assert states[site.base + "/gone.xml"]["status"] == "retired" and "E708" in states[site.base + "/gone.xml"]["last_error"]
    # The 429 and the slow page wait (the 429's Retry-After holds the whole host, so the slow page's
    # shorter back-off may come due within this same run); the huge page is out for good.
    assert rep.retries == 2 and rep.rejected == 1 and rep.new >= 2
    with duckdb.connect(str(db), read_only=True) as c:
        assert c.execute("SELECT code FROM rejects").fetchall() == [("E705",)]
    site.routes[paths[1]].delay = 0.0
    t0 = clock.now()
    later = run_watch(once=False, duration=600, delay=0.0, timeout=0.3, max_bytes=40_000)
    assert rep.new + later.new == 4 and len(_articles(db)) == 4
    retried = [t for t, p, _ in site.log if p == paths[0]]
    assert retried[1] - retried[0] >= 120 and retried[1] >= t0  # Retry-After obeyed
    assert site.paths().count("/gone.xml") == 1  # retired: never asked again


def test_a_changed_page_becomes_a_new_version(site, db, clock, run_watch):
    [a] = sample_articles(1)
    site.set("/robots.txt", "", ctype="text/plain")
    site.set("/news/a.html", page_html(a))
    site.set("/sitemap.xml", sitemap(site.base, ["/news/a.html"], lastmod="2024-03-12T10:00:00Z"))
    watch.add(db, site.base + "/sitemap.xml", clock.now())
    run_watch(delay=0.0)
    changed = dict(a, text=a["text"] + "\nUpdate: the toll rose to 14, the civil defence said.")
    site.set("/news/a.html", page_html(changed))
    site.set("/sitemap.xml", sitemap(site.base, ["/news/a.html"], lastmod="2024-03-12T18:00:00Z"))
    clock.sleep(7 * 3600)
    rep = run_watch(delay=0.0)
    assert rep.updated == 1 and [v for _, v, _ in _articles(db)] == [1, 2]


def test_an_unreadable_date_is_a_warning_and_the_article_is_kept(site, db, clock, run_watch):
    [a] = sample_articles(1)
    site.set("/robots.txt", "", ctype="text/plain")
    site.set("/news/a.html", page_html(a, published="December 9"))
    site.set("/feed.xml", rss(site.base, ["/news/a.html"]).replace("Tue, 12 Mar 2024 10:00:00 GMT", "12:01 PM,"))
    watch.add(db, site.base + "/feed.xml", clock.now())
    rep = run_watch(delay=0.0)
    assert rep.new == 1 and rep.rejected == 0
    [w] = rep.warnings  # trafilatura drops the page's nonsense date itself; the feed's is reported
    assert w.code == "W106" and w.record == site.base + "/news/a.html" and "12:01 PM" in w.message
    with duckdb.connect(str(db), read_only=True) as c:
        assert c.execute("SELECT count(*) FROM rejects").fetchone()[0] == 0


def test_a_long_retry_after_puts_the_host_off_instead_of_stalling_the_run(site, db, clock, run_watch):
    arts = sample_articles(2)
    paths = [f"/news/{a['id']}.html" for a in arts]
    for a, p in zip(arts, paths):
        site.set(p, page_html(a))
    site.set("/robots.txt", "", ctype="text/plain")
    site.set("/feed.xml", rss(site.base, paths), ctype="application/rss+xml")
    site.routes[paths[0]].once.append((503, {"Retry-After": "3600"}))
    watch.add(db, site.base + "/feed.xml", clock.now())
    t0 = clock.now()
    first = run_watch(delay=0.0)
    assert first.new == 0 and clock.now() - t0 < 60  # the run ended instead of sleeping an hour
    assert site.paths().count(paths[1]) == 0  # nothing asked of the held host meanwhile
    clock.sleep(3600)
    second = run_watch(delay=0.0)
    assert second.new == 2 and len(_articles(db)) == 2
    asked = [t for t, p, _ in site.log if p.startswith("/news/")]
    assert min(asked[1:]) - asked[0] >= 3600
