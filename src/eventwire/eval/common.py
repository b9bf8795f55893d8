"""Shared helpers for the evaluation sets: run the pipeline over gold records."""
from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ..model import Article, RecordError
from ..runner import run


def extract_all(articles: Iterable[Article], processes: int = 2) -> list[dict | RecordError]:
    return list(run(articles, processes=processes))


def main_event(result: dict | RecordError) -> dict | None:
    if isinstance(result, RecordError) or result.get("main_event") is None:
        return None
    return result["events"][result["main_event"]]


# Each dev set that rules are tuned on is split once into a tune half (errors may be read) and
# a check half (scored, never read): benchmarks/dev_split.py. Every such metric is also given per half.
SPLITS_FILE = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "dev_splits.json"


@lru_cache(maxsize=None)
def dev_halves(name: str) -> dict[str, str]:
    """{record id: "tune" | "check"} for a dev set; empty where the split file is absent."""
    try:
        return json.loads(SPLITS_FILE.read_text(encoding="utf-8")).get(name, {})
    except FileNotFoundError:
        return {}


def per_half(metric: str, outcomes: Iterable[tuple[str, bool]], halves: dict[str, str]) -> dict[str, float]:
    """`metric` over each half: {metric_tune: …, metric_check: …} from (record id, right) pairs."""
    out: dict[str, float] = {}
    pairs = list(outcomes)
    for h in ("tune", "check"):
        hits = [ok for i, ok in pairs if halves.get(i) == h]
        if hits:
            out[f"{metric}_{h}"] = sum(hits) / len(hits)
    return out
