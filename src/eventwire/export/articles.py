"""What the exports need to know about a source article beyond its mention: its URL, when
it was ingested, and (for GDELT's tone and sentence ids) its text.

The exporters never read the store (export and store are sibling layers): whoever calls
`write` passes `Articles` built on a lookup function, the CLI and the API from the store,
`fused_from_result` from the article it has in hand. Without one, the fields that need
the article stay empty (docs/exports.md says which).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from eventwire.model import FusedEvent

# Articles kept between batches: an event's mentions are fetched with its batch, and a later
# batch often cites the same articles again. Bounds memory on a store of millions of articles.
CACHE_ARTICLES = 4096
# Events per look-up: one store query per batch, not one per event.
BATCH_EVENTS = 500
# A sentence ends at ., ! or ? (with closing quotes or brackets) followed by white space: the
# cheap rule behind GDELT's SentenceID, good enough for a 1-based count of sentences before an offset.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")

@dataclass(frozen=True)
class ArticleInfo:
    url: str | None = None
    ingested_at: dt.datetime | None = None  # UTC, naive or aware
    text: str | None = None
    country: str | None = None  # ISO-3 the article's place names point to most often
    places: tuple[str, ...] = ()  # the place names the article mentions


# article ids -> their facts (an ArticleInfo, or a dict of its fields as the store returns them)
ArticleLookup = Callable[[Collection[str]], Mapping[str, "ArticleInfo | Mapping"]]


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone(text: str | None) -> float | None:
    """GDELT-style document tone from VADER (not GDELT's own tone dictionary): the share of the
    text's sentiment that is positive minus the share that is negative, times 100, so that, as in
    GDELT, -100 is all negative and +100 all positive; two decimals."""
    if not text or not text.strip():
        return None
    s = _vader().polarity_scores(text)
    return round((s["pos"] - s["neg"]) * 100, 2)


def sentence_number(text: str | None, offset: int) -> int | None:
    """1-based number of the sentence holding character `offset` of `text`."""
    if not text or offset < 0:
        return None
    return 1 + sum(1 for _ in _SENTENCE_END.finditer(text, 0, min(offset, len(text))))


def dateadded(when: dt.datetime | None) -> str | None:
    """GDELT's YYYYMMDDHHMMSS (UTC)."""
    if when is None:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc)
    return when.strftime("%Y%m%d%H%M%S")


class Articles:
    """Article facts by id, fetched a batch at a time through `lookup`; an article's tone is
    computed the first time a format asks for it (only GDELT's do), then kept with it."""

    _NO_TONE = object()  # not computed yet

    def __init__(self, lookup: ArticleLookup | None = None):
        self._lookup = lookup
        self._cache: OrderedDict[str, list] = OrderedDict()  # id -> [ArticleInfo, tone or _NO_TONE]

    def prefetch(self, events: Iterable[FusedEvent]) -> None:
        if self._lookup is None:
            return
        wanted = {m.article_id for fe in events for m in fe.mentions} - self._cache.keys()
        if not wanted:
            return
        found = self._lookup(wanted)
        for aid in wanted:
            info = found.get(aid) or ArticleInfo()
            if isinstance(info, Mapping):  # the store's plain rows
                info = ArticleInfo(**info)
            self._cache[aid] = [info, self._NO_TONE]
        while len(self._cache) > max(CACHE_ARTICLES, len(wanted)):
            self._cache.popitem(last=False)

    def info(self, article_id: str) -> ArticleInfo:
        hit = self._cache.get(article_id)
        return hit[0] if hit else ArticleInfo()

    def tone(self, article_id: str) -> float | None:
        hit = self._cache.get(article_id)
        if hit is None:
            return None
        if hit[1] is self._NO_TONE:
            hit[1] = tone(hit[0].text)
        return hit[1]

    def batches(self, events: Iterable[FusedEvent], size: int = BATCH_EVENTS) -> Iterator[FusedEvent]:
        """The events again, each batch's articles fetched before its events are yielded."""
        it = iter(events)
        while batch := list(islice(it, size)):
            self.prefetch(batch)
            yield from batch


def from_mapping(infos: Mapping[str, ArticleInfo]) -> Articles:
    """Articles known in advance (one extracted article, a test's fixtures)."""
    return Articles(lambda ids: {i: infos[i] for i in ids if i in infos})
