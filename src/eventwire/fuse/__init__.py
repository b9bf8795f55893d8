"""Cross-article fusion: many articles' mentions of one real-world event become one FusedEvent.

    mentions_from_result(result)  one Mention per event of an article's output dict
    DuplicateIndex                syndicated copies / near-duplicate articles (MinHash LSH)
    Fuser                         incremental clustering, consensus and conflicts

Modules: records (dicts -> dataclasses), duplicates, similarity (pairwise evidence),
figures (casualty figures), blocking (candidate index), cluster (Fuser),
consensus, conflicts.
"""
from __future__ import annotations

from .cluster import Fuser, event_id_for
from .duplicates import DuplicateIndex
from .records import (
    actor_from_dict,
    count_from_dict,
    event_from_dict,
    mentions_from_result,
    place_from_dict,
    source_ref_from_dict,
    span_from_dict,
)

__all__ = [
    "DuplicateIndex", "Fuser", "actor_from_dict", "count_from_dict", "event_from_dict", "event_id_for",
    "mentions_from_result", "place_from_dict", "source_ref_from_dict", "span_from_dict",
]
