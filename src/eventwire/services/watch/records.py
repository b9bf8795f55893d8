"""A fetched page as an Article: text, title, outlet and date by `ingest.readers.page_fields`
(as `eventwire ingest` reads .html files), the canonical URL as its id, then through the one record gate
(ingest/gate.py) that files and POST /api/articles pass: messy metadata is a warning (W1xx),
never a lost article; only a page without usable text is rejected.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...errors import Errors
from ...ingest.gate import RecordWarning, admit
from ...ingest.readers import page_fields
from ...model import Article, RecordError
from .urls import article_id


@dataclass
class PageRecord:
    article: Article | None
    error: RecordError | None = None
    warnings: list[RecordWarning] = field(default_factory=list)


def extract_page(html: str, url: str, feed_url: str, feed_title: str | None = None,
                 feed_published: str | None = None) -> PageRecord:
    """The article of the page at canonical `url`, announced by `feed_url` (the record's "file")."""
    doc = page_fields(html, url) or {}
    if not isinstance(doc.get("text"), str) or not doc["text"].strip():
        return PageRecord(None, RecordError.of(Errors.E105.format(what="page"), feed_url, url))
    # The page's own date (trafilatura keeps only dates it could read) before the feed's,
    # which the gate reads in the layouts feeds use (RFC 822, ISO 8601) or warns about (W106).
    fields = {"id": article_id(url), "text": doc["text"], "title": doc.get("title") or feed_title,
              "published": doc.get("published") or feed_published, "source": doc.get("source"), "url": url}
    gated = admit(fields, feed_url, url)
    if isinstance(gated.record, RecordError):
        return PageRecord(None, gated.record, gated.warnings)
    gated.record.published_from = "html" if gated.record.published else None
    return PageRecord(gated.record, None, gated.warnings)
