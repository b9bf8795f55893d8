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


def test_batches_are_disjoint_and_fakes_keeps_its_dev_half():
    """Batch 2 draws only articles batch 1 left, and a FA-KES article has one half everywhere:
    reading a record tune error must never show a FA-KES check article."""
    import json

    from eventwire.eval.records import GOLD_DIR, SPLIT_FILES

    batches = [json.loads((GOLD_DIR / f).read_text())["articles"] for f in SPLIT_FILES]
    keys = [{(r["set"], r["id"]) for r in b} for b in batches]
    assert len(batches) == 2 and all(keys) and not keys[0] & keys[1]
    fakes_dev = json.loads((GOLD_DIR / "dev_splits.json").read_text())["fakes"]
    fakes_rows = [r for b in batches for r in b if r["set"] == "fakes"]
    assert fakes_rows and all(fakes_dev[r["id"]] == r["half"] for r in fakes_rows)
