"""What a fetched document announces: RSS/Atom items, sitemap URLs, a sitemap index's
children, a home page's feeds, a page's rel=canonical. Pure functions over text.

Feeds and sitemaps are read with lxml (trafilatura's own readers fetch by themselves and
drop each entry's dates); a home page's feeds are found by trafilatura's `determine_feed`,
which only parses the HTML it is handed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from lxml import etree
from lxml import html as lxml_html

from .urls import canonical

# No entity expansion and no network: a feed is untrusted input.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
# Entries read from one document: a sitemap holds at most 50,000 URLs by its protocol.
MAX_ENTRIES = 50_000
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
MAX_DATE_CHARS = 64  # a feed's date as written is kept to be read later; longer is not a date
KINDS = ("rss", "atom", "sitemap", "news-sitemap", "sitemap-index", "home")


@dataclass(frozen=True)
class Entry:
    url: str  # canonical
    lastmod: str | None = None  # ISO 8601 UTC, comparable as text
    title: str | None = None
    published: str | None = None  # as the feed wrote it: records.py reads it, warning when it cannot


def _local(tag) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _xml(text: str):
    try:
        root = etree.fromstring(text.strip().encode("utf-8"), _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root


def sniff(text: str) -> str:
    """The kind of document: rss, atom, sitemap, news-sitemap, sitemap-index, or home (HTML)."""
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "home"
    root = _xml(text)
    name = _local(root.tag) if root is not None else ""
    if name in ("rss", "rdf"):
        return "rss"
    if name == "feed":
        return "atom"
    if name == "urlset":
        return "news-sitemap" if NEWS_NS in (root.nsmap or {}).values() else "sitemap"
    if name == "sitemapindex":
        return "sitemap-index"
    return "home"


def iso_time(value: str | None) -> str | None:
    """An RFC 822 (RSS) or ISO 8601 (Atom, sitemaps) time as ISO UTC seconds, else None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt.isoformat(timespec="seconds")


def _children(el, name: str) -> list:
    return [c for c in el if _local(c.tag) == name]


def _text(el, *names: str) -> str | None:
    for name in names:
        for c in el.iter():
            if c is not el and _local(c.tag) == name and c.text and c.text.strip():
                return c.text.strip()
    return None


def _entry(url: str | None, base: str, lastmod: str | None, title: str | None, published: str | None) -> Entry | None:
    url = canonical(url, base) if url else None
    if url is None:
        return None
    return Entry(url, lastmod, title, published.strip()[:MAX_DATE_CHARS] if published else None)


def _rss_link(item) -> str | None:
    link = _text(item, "link")
    if link:
        return link
    guid = next(iter(_children(item, "guid")), None)
    if guid is not None and guid.get("isPermaLink", "true") != "false" and guid.text:
        return guid.text.strip()
    return None


def _atom_link(entry) -> str | None:
    links = _children(entry, "link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return None


def parse_feed(text: str, base: str) -> list[Entry]:
    """The items of an RSS (0.9x, 1.0, 2.0) or Atom feed, in document order."""
    root = _xml(text)
    if root is None:
        return []
    out = []
    for el in root.iter():
        name = _local(el.tag)
        if name == "item":
            raw = _text(el, "pubdate", "date", "updated")
            e = _entry(_rss_link(el), base, iso_time(raw), _text(el, "title"), raw)
        elif name == "entry":
            e = _entry(_atom_link(el), base, iso_time(_text(el, "updated", "published")), _text(el, "title"),
                       _text(el, "published", "updated"))
        else:
            continue
        if e is not None:
            out.append(e)
        if len(out) >= MAX_ENTRIES:
            break
    return out


def parse_sitemap(text: str, base: str) -> list[Entry]:
    """A sitemap's (or news sitemap's, or a sitemap index's) locations with their dates."""
    root = _xml(text)
    if root is None:
        return []
    out = []
    for el in root:
        if _local(el.tag) not in ("url", "sitemap"):
            continue
        loc = _text(el, "loc")
        lastmod = iso_time(_text(el, "lastmod"))
        published = _text(el, "publication_date")
        e = _entry(loc, base, lastmod or iso_time(published), _text(el, "title"), published)
        if e is not None:
            out.append(e)
        if len(out) >= MAX_ENTRIES:
            break
    return out


def newest(entries: list[Entry], n: int) -> list[Entry]:
    """The `n` most recently modified entries (undated ones last, in document order)."""
    dated = sorted((e for e in entries if e.lastmod), key=lambda e: e.lastmod, reverse=True)
    return (dated + [e for e in entries if not e.lastmod])[:n]


def discover_feeds(html: str, base: str) -> list[str]:
    """Feed URLs a home page announces (<link rel=alternate type=application/rss+xml>, or
    links that look like feeds), canonical, in page order."""
    from urllib.parse import urlsplit

    from trafilatura.feeds import FeedParameters, determine_feed

    params = FeedParameters(base, urlsplit(base).hostname or "", base)
    found = [canonical(u) for u in determine_feed(html, params)]
    return list(dict.fromkeys(u for u in found if u and u != canonical(base)))


def page_canonical(html: str, base: str) -> str | None:
    """The page's own <link rel=canonical>, canonical, or None."""
    try:
        doc = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for link in doc.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return canonical(link.get("href"), base)
    return None
