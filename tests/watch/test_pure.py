"""The watcher's pure parts: canonical URLs, feed and sitemap parsing, politeness arithmetic."""
from __future__ import annotations

import pytest

from eventwire.services.watch import parse, polite
from eventwire.services.watch.urls import article_id, canonical, host, is_http_url

BASE = "http://127.0.0.1:8000"


# ----------------------------------------------------------------------------- URLs

def test_canonical_drops_tracking_parameters_and_fragment_but_keeps_the_rest():
    a = canonical("HTTP://News.Example.org:80/a/story.html?utm_source=rss&id=3&fbclid=x#comments")
    assert a == "http://news.example.org/a/story.html?id=3"
    assert canonical("/a/story.html?utm_medium=feed&id=3", base="http://news.example.org/") == a
    assert article_id(a) == article_id(canonical("http://news.example.org/a/story.html?id=3&utm_campaign=z"))
    assert article_id(a) != article_id(canonical("http://news.example.org/a/story.html?id=4"))


@pytest.mark.parametrize("bad", ["mailto:x@example.org", "javascript:void(0)", "ftp://h/x", "", "not a url"])
def test_non_web_links_have_no_canonical_form(bad):
    assert canonical(bad) is None and not is_http_url(bad)


def test_host_is_the_unit_of_politeness():
    assert host("https://A.example.org:8443/x/y?z") == "https://a.example.org:8443"


# ----------------------------------------------------------------------------- parsing

RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>One</title><link>{BASE}/n/1.html?utm_source=rss</link><pubDate>Tue, 12 Mar 2024 10:00:00 +0100</pubDate></item>
<item><title>Two</title><guid isPermaLink="true">{BASE}/n/2.html</guid></item>
<item><title>No link</title><guid isPermaLink="false">urn:x</guid></item>
</channel></rss>"""
ATOM = f"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
<link rel="self" href="{BASE}/self"/><link href="/n/3.html"/><updated>2024-03-13T08:00:00Z</updated>
<published>2024-03-12T23:00:00-02:00</published></entry></feed>"""
NEWS = f"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>{BASE}/n/4.html</loc>
<news:news><news:publication_date>2024-03-14T09:00:00Z</news:publication_date><news:title>Four</news:title></news:news>
</url></urlset>"""
INDEX = f"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{BASE}/old.xml</loc><lastmod>2020-01-01</lastmod></sitemap>
<sitemap><loc>{BASE}/new.xml</loc><lastmod>2024-03-01</lastmod></sitemap><sitemap><loc>{BASE}/undated.xml</loc></sitemap>
</sitemapindex>"""


def test_sniff_tells_every_kind_apart():
    assert [parse.sniff(t) for t in (RSS, ATOM, NEWS, INDEX, "<!doctype html><html></html>")] == \
        ["rss", "atom", "news-sitemap", "sitemap-index", "home"]
    assert parse.sniff(NEWS.replace(' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"', "")
                       .replace("<news:news>", "").split("<news:publication_date>")[0] + "</url></urlset>") == "sitemap"


def test_rss_items_give_canonical_links_with_utc_dates():
    entries = parse.parse_feed(RSS, BASE)
    assert [e.url for e in entries] == [f"{BASE}/n/1.html", f"{BASE}/n/2.html"]
    assert entries[0].lastmod == "2024-03-12T09:00:00" and entries[0].published == "Tue, 12 Mar 2024 10:00:00 +0100"
    assert entries[0].title == "One" and entries[1].lastmod is None


def test_atom_entries_take_the_alternate_link_resolved_against_the_feed():
    [e] = parse.parse_feed(ATOM, BASE + "/feeds/atom.xml")
    assert e.url == f"{BASE}/n/3.html" and e.lastmod == "2024-03-13T08:00:00" and e.published == "2024-03-12T23:00:00-02:00"


def test_news_sitemap_and_index():
    [e] = parse.parse_sitemap(NEWS, BASE)
    assert (e.url, e.published, e.title) == (f"{BASE}/n/4.html", "2024-03-14T09:00:00Z", "Four")
    children = parse.newest(parse.parse_sitemap(INDEX, BASE), 2)
    assert [c.url for c in children] == [f"{BASE}/new.xml", f"{BASE}/old.xml"]


def test_hostile_xml_yields_nothing_and_expands_no_entity():
    bomb = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            '<rss><channel><item><link>&b;</link></item></channel></rss>')
    assert all(len(e.url) < 100 for e in parse.parse_feed(bomb, BASE))
    assert parse.parse_feed("not xml at all", BASE) == [] and parse.parse_sitemap("", BASE) == []


def test_home_page_feeds_and_page_canonical():
    home = ('<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
            '<link rel="alternate" type="application/atom+xml" href="/atom.xml?utm_source=x"></head><body></body></html>')
    assert parse.discover_feeds(home, BASE + "/") == [f"{BASE}/rss.xml", f"{BASE}/atom.xml"]
    page = '<html><head><link rel="canonical" href="/n/1.html?utm_campaign=a"></head><body>x</body></html>'
    assert parse.page_canonical(page, BASE + "/amp/1") == f"{BASE}/n/1.html"
    assert parse.page_canonical("<html><body>x</body></html>", BASE) is None


def test_dates_read_both_feed_layouts_and_refuse_nonsense():
    assert parse.iso_time("Tue, 12 Mar 2024 10:00:00 GMT") == "2024-03-12T10:00:00"
    assert parse.iso_time("2024-03-12") == "2024-03-12T00:00:00"
    assert parse.iso_time("December 9") is None and parse.iso_time("") is None


# ----------------------------------------------------------------------------- politeness

def test_backoff_doubles_within_jitter_and_stops_at_the_cap():
    lo = [polite.backoff(n, rand=0.0) for n in range(1, 6)]
    hi = [polite.backoff(n, rand=0.999) for n in range(1, 6)]
    assert lo == [30.0, 60.0, 120.0, 240.0, 480.0]
    assert all(1.99 < h / l_ < 3.01 for h, l_ in zip(hi, lo))
    assert polite.backoff(50, rand=0.999) <= polite.BACKOFF_CAP_S * (1 + polite.JITTER)


def test_retry_after_reads_seconds_and_http_dates():
    assert polite.retry_after("120", now=0) == 120
    assert polite.retry_after("Thu, 01 Jan 1970 00:02:00 GMT", now=60) == 60
    assert polite.retry_after("999999999", now=0) == polite.RETRY_AFTER_CAP_S
    assert polite.retry_after("soon", now=0) is None and polite.retry_after(None, now=0) is None


def test_polling_slows_when_empty_speeds_up_when_busy_within_bounds():
    assert polite.adapt_interval(600, 0, 300, 3600) == 900
    assert polite.adapt_interval(600, polite.BUSY_POLL, 300, 3600) == 300
    assert polite.adapt_interval(600, 3, 300, 3600) == 600
    assert polite.adapt_interval(3000, 0, 300, 3600) == 3600 and polite.adapt_interval(400, 50, 300, 3600) == 300


def test_host_gaps_take_the_larger_of_delay_and_crawl_delay_and_hold_on_retry_after():
    g = polite.HostGaps(delay=5)
    assert g.wait("h", 100) == 0
    g.sent("h", 100)
    assert g.wait("h", 102) == 3 and g.wait("other", 102) == 0
    g.crawl_delay["h"] = 8
    assert g.wait("h", 102) == 6
    g.hold("h", 200)
    assert g.wait("h", 150) == 50


def test_robots_rules_missing_allows_unreachable_blocks():
    r = polite.Robots.from_response(200, "User-agent: *\nDisallow: /private/\nCrawl-delay: 3\nSitemap: http://h/s.xml")
    assert r.allowed("http://h/news/1", "eventwire") and not r.allowed("http://h/private/1", "eventwire")
    assert r.crawl_delay("eventwire") == 3 and r.sitemaps() == ["http://h/s.xml"]
    assert polite.Robots.from_response(404, None).allowed("http://h/private/1", "eventwire")
    assert not polite.Robots.from_response(503, None).allowed("http://h/news/1", "eventwire")
    assert not polite.Robots.from_response(None, None).allowed("http://h/news/1", "eventwire")


def test_interleave_alternates_hosts_keeping_each_hosts_order():
    urls = ["http://a/1", "http://a/2", "http://a/3", "http://b/1", "http://c/1", "http://b/2"]
    assert polite.interleave(urls, host) == ["http://a/1", "http://b/1", "http://c/1", "http://a/2", "http://b/2",
                                             "http://a/3"]
    assert polite.interleave([], host) == []
