"""Extractor output without fusion: each event of one article as a one-mention FusedEvent,
so `eventwire extract` results can be exported in every format."""
from __future__ import annotations

from typing import Any

from eventwire.export.articles import ArticleInfo, Articles, from_mapping
from eventwire.fuse import event_id_for, mentions_from_result
from eventwire.fuse.consensus import refresh
from eventwire.model import ArticleResult, FusedEvent


def fused_from_result(result: ArticleResult | dict[str, Any]) -> list[FusedEvent]:
    """One FusedEvent per event of one article's result (or its `eventwire extract` output
    object), each with its one mention, through fusion's own consensus, so the fields match
    what fusion would give a single report."""
    if isinstance(result, dict):
        result = ArticleResult.from_dict(result)
    out = []
    for m in mentions_from_result(result):
        fe = FusedEvent(id=event_id_for(m.id), type=m.event.type, mentions=[m])
        refresh(fe)
        out.append(fe)
    return out


def articles_from_result(result: ArticleResult | dict[str, Any]) -> Articles:
    """The one article's facts (URL, text) for the exports of `fused_from_result`; it has not
    been ingested, so it has no ingest time (GDELT's DATEADDED falls back to its date)."""
    if isinstance(result, dict):
        result = ArticleResult.from_dict(result)
    a = result.article
    return from_mapping({a.id: ArticleInfo(url=a.url, text=a.text)})
