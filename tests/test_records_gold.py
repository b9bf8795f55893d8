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

    batches = [json.loads((GOLD_DIR / f).read_text(encoding="utf-8"))["articles"] for f in SPLIT_FILES]
    keys = [{(r["set"], r["id"]) for r in b} for b in batches]
    assert all(keys) and all(not a & b for i, a in enumerate(keys) for b in keys[i + 1:])
    fakes_dev = json.loads((GOLD_DIR / "dev_splits.json").read_text(encoding="utf-8"))["fakes"]
    fakes_rows = [r for b in batches for r in b if r["set"] == "fakes"]
    assert fakes_rows and all(fakes_dev[r["id"]] == r["half"] for r in fakes_rows)


def test_each_batch_is_the_draw_its_script_makes(require_shared, monkeypatch):
    """The committed splits are what benchmarks/records_select.py draws from ../shared: chosen by
    seed, never by hand."""
    import json

    from eventwire.eval.records import GOLD_DIR, SPLIT_FILES

    monkeypatch.syspath_prepend(str(GOLD_DIR.parent))
    from records_select import select

    taken: set = set()
    for batch, name in enumerate(SPLIT_FILES, 1):
        rows = json.loads((GOLD_DIR / name).read_text(encoding="utf-8"))["articles"]
        assert select(require_shared, batch, frozenset(taken)) == rows
        taken |= {(r["set"], r["id"]) for r in rows}


def test_a_gold_article_that_cannot_be_read_is_an_error(require_shared):
    import pytest

    from eventwire.eval.records import load_gold_articles

    with pytest.raises(FileNotFoundError, match="1 record-gold articles not found"):
        load_gold_articles(require_shared, [{"set": "wikievents", "id": "no-such-doc"}])
