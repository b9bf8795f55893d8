"""A fetched page as an Article: text, title and date by trafilatura (as `eventwire ingest`
reads .html files), the canonical URL as its id. Messy metadata is a warning, never a
lost article: only a page without usable text is rejected.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...errors import Errors
from ...ingest.readers import MAX_ARTICLE_CHARS
from ...model import Article, RecordError
from .parse import iso_time
from .urls import article_id


@dataclass
class PageRecord:
    article: Article | None
    error: RecordError | None = None
    warnings: list[RecordError] = field(default_factory=list)


def _date(value) -> str | None:
    """YYYY-MM-DD from an ISO date or time, or from a feed's RFC 822 time; None if unreadable."""
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        when = iso_time(text)
        return when[:10] if when else None


def _published(page_date, feed_date, where: str, url: str, warnings: list[RecordError]) -> str | None:
    """The page's own date, else the feed's; an unreadable one is a warning (E711), and the
    pipeline then takes the dateline's date, as for any article without one."""
    for value in (page_date, feed_date):
        if value in (None, ""):
            continue
        found = _date(value)
        if found is not None:
            return found
        warnings.append(RecordError.of(Errors.E711.format(field="published", value=str(value)[:40],
                                                          detail="not a date"), where, url))
    return None


def extract_page(html: str, url: str, feed_url: str, feed_title: str | None = None,
                 feed_published: str | None = None) -> PageRecord:
    """The article of the page at canonical `url`, announced by `feed_url`."""
    import trafilatura  # imported here: its import costs time that `watch list` need not pay

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_precision=True)
    doc = {} if result is None else (result if isinstance(result, dict) else result.as_dict())
    text = doc.get("text")
    if not isinstance(text, str) or not text.strip():
        return PageRecord(None, RecordError.of(Errors.E105.format(what="page"), feed_url, url))
    if len(text) > MAX_ARTICLE_CHARS:
        return PageRecord(None, RecordError.of(Errors.E106.format(size=len(text), limit=MAX_ARTICLE_CHARS),
                                               feed_url, url))
    warnings: list[RecordError] = []
    published = _published(doc.get("date"), feed_published, feed_url, url, warnings)
    article = Article(id=article_id(url), text=text, title=doc.get("title") or feed_title or None,
                      published=published, source=doc.get("sitename") or None, url=url,
                      published_from="html" if published else None, origin_file=feed_url, origin_record=url)
    return PageRecord(article, None, warnings)
