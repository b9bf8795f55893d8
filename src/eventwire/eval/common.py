"""Shared helpers for the evaluation sets: run the pipeline over gold records."""
from __future__ import annotations

from collections.abc import Iterable

from ..model import Article, RecordError
from ..runner import run


def extract_all(articles: Iterable[Article], processes: int = 2) -> list[dict | RecordError]:
    return list(run(articles, processes=processes))


def main_event(result: dict | RecordError) -> dict | None:
    if isinstance(result, RecordError) or result.get("main_event") is None:
        return None
    return result["events"][result["main_event"]]
