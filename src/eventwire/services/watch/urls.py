"""Canonical URLs: one spelling per article, whichever feed or tracking link led to it.

courlan's strict normalisation lowercases the scheme and host, drops default ports and
tracking parameters (utm_*, fbclid, ...) and sorts the query; the fragment never names
another page, so it goes too. Pure functions.
"""
from __future__ import annotations

import hashlib
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan

# Article ids from URLs: a prefix says where the id came from; 16 hex digits (64 bits)
# keep collisions out of reach for any store of news.
ID_PREFIX = "web-"
ID_HEX_DIGITS = 16


def is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def canonical(url: str, base: str | None = None) -> str | None:
    """The canonical spelling of `url` (resolved against `base`), or None for a non-web link."""
    if base:
        url = urljoin(base, url.strip())
    url = url.strip()
    if not is_http_url(url):
        return None
    try:
        norm = courlan.normalize_url(url, strict=True)
    except (ValueError, TypeError):
        return None
    parts = urlsplit(norm)
    path = parts.path or "/"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def host(url: str) -> str:
    """scheme://host[:port]: the unit of politeness (robots.txt, the gap between requests)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def article_id(canonical_url: str) -> str:
    """The store's article id of a page: the same canonical URL is the same article, so a
    changed page becomes a new version of it, as ingest does for any article id."""
    digest = hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()
    return ID_PREFIX + digest[:ID_HEX_DIGITS]
