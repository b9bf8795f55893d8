"""Extractor output without fusion: each event of one article as a one-mention FusedEvent,
so `eventwire extract` results can be exported in every format."""
from __future__ import annotations

from typing import Any

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
