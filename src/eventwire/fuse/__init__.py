"""Cross-article fusion: many articles' mentions of one real-world event become one FusedEvent.

    mentions_from_result(result)  one Mention per event of an ArticleResult
    DuplicateIndex                syndicated copies / near-duplicate articles (MinHash LSH)
    Fuser                         incremental clustering, consensus and conflicts

How a mention finds its event: articles.py first reads the article as a whole (the
country its events are in, so that a place abroad counts as misread; its opening; the
mentions that report its main incident). blocking.py looks up the events filed under
a mention's compatible types, its country (or "?" when unplaced) and the days of a
+-3 day window; scoring.py adds evidence points (town or province, words of the
sentence, actor, toll, mode, day, main event) against each. cluster.py scores the
article's main event by the best mention of its incident plus the likeness of the
article's opening to those of the reports an event is about, and assigns it first,
preferring an event other reports are about; then the other mentions, best pairs
first, one per event, starting a new event under a threshold. consensus.py and
conflicts.py then recompute the changed events from their independent sources
(copies count with their original).

Modules: records (an article's result -> mentions), duplicates, similarity (pairwise evidence),
figures (casualty figures), articles (article-level evidence), blocking, scoring,
cluster (Fuser), consensus, conflicts.
"""
from __future__ import annotations

from .cluster import Fuser, event_id_for
from .duplicates import DuplicateIndex
from .records import mentions_from_result

__all__ = ["DuplicateIndex", "Fuser", "event_id_for", "mentions_from_result"]
