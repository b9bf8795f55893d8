"""The record-level gold itself (benchmarks/data/): every annotation is well formed against the
texts in ../shared, and the split covers exactly the annotated articles."""
from __future__ import annotations

from eventwire.eval.records import load_articles, load_gold, gold_problems


def test_every_annotation_holds_against_its_text(require_shared):
    gold, halves = load_gold()
    assert {(g["set"], g["id"]) for g in gold} == set(halves)
    articles = load_articles(require_shared, set(halves))
    assert len(articles) == len(halves)
    assert gold_problems(gold, articles) == []
