"""Generated mentions for the block-wise fusion tests: the fusion benchmark's synthetic archive
(benchmarks/fusion_scale.py: events in 15 countries, each reported by 1-7 articles published
0-4 days after it, places at random precision, tolls that rise or disagree), as the rows
`eventwire spark extract` writes to its mentions dataset."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from eventwire.codec import to_dict

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def mention_rows(n_mentions: int, days: int, seed: int = 7) -> list[dict]:
    """Rows (day, article_id, mention_id, pos, json) of a generated archive, in publication order."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from fusion_scale import make_corpus
    finally:
        sys.path.remove(str(BENCHMARKS))
    articles, _ = make_corpus(n_mentions, days, seed)
    return [{"day": m.published, "article_id": m.article_id, "mention_id": m.id, "pos": pos,
             "json": json.dumps(to_dict(m), ensure_ascii=False)}
            for ms in articles for pos, m in enumerate(ms)]


def clusters(placed: dict[str, str]) -> set[frozenset[str]]:
    """{mention id: event id} as the set of clusters (mention id sets)."""
    groups: dict[str, set[str]] = {}
    for mention, event in placed.items():
        groups.setdefault(event, set()).add(mention)
    return {frozenset(g) for g in groups.values()}
