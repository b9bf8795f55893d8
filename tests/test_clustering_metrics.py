"""Pairwise and B-cubed clustering metrics against hand-computed values."""
from __future__ import annotations

import pytest

from eventwire.eval.clustering import (
    bcubed,
    clusters_to_labels,
    pairwise,
    restrict,
    with_intruders,
)

# gold: {a, b, c} and {d, e}
GOLD = clusters_to_labels([["a", "b", "c"], ["d", "e"]])


def approx(prf, p, r, f):
    assert prf.precision == pytest.approx(p)
    assert prf.recall == pytest.approx(r)
    assert prf.f1 == pytest.approx(f)


def test_identical_clustering_is_perfect():
    pred = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}
    approx(pairwise(GOLD, pred), 1, 1, 1)
    approx(bcubed(GOLD, pred), 1, 1, 1)


def test_split_and_merge():
    # pred: {a, b} and {c, d, e}
    pred = clusters_to_labels([["a", "b"], ["c", "d", "e"]])
    # gold pairs ab ac bc de = 4; pred pairs ab cd ce de = 4; shared ab de = 2
    approx(pairwise(GOLD, pred), 2 / 4, 2 / 4, 0.5)
    # per item (P, R): a (1, 2/3), b (1, 2/3), c (1/3, 1/3), d (2/3, 1), e (2/3, 1)
    approx(bcubed(GOLD, pred), 11 / 15, 11 / 15, 11 / 15)


def test_all_singletons():
    pred = {i: i for i in GOLD}
    approx(pairwise(GOLD, pred), 1.0, 0.0, 0.0)  # no predicted pair: precision 1 by convention
    # B-cubed recall: a, b, c get 1/3 each, d, e 1/2 each -> (1 + 1) / 5
    approx(bcubed(GOLD, pred), 1.0, 0.4, 2 * 0.4 / 1.4)


def test_one_big_cluster():
    pred = {i: 0 for i in GOLD}
    # 10 predicted pairs, 4 of them gold
    approx(pairwise(GOLD, pred), 0.4, 1.0, 2 * 0.4 / 1.4)
    # precision: a, b, c 3/5 each, d, e 2/5 each -> 13/25
    approx(bcubed(GOLD, pred), 13 / 25, 1.0, 2 * 0.52 / 1.52)


def test_missing_item_is_a_singleton():
    pred = {"a": 1, "b": 1, "d": 2, "e": 2}  # c has no prediction
    approx(pairwise(GOLD, pred), 1.0, 2 / 4, 2 * 0.5 / 1.5)
    # recall: a, b 2/3, c 1/3, d, e 1 -> (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 11/15
    approx(bcubed(GOLD, pred), 1.0, 11 / 15, 2 * (11 / 15) / (1 + 11 / 15))


def test_labels_are_only_compared_for_equality():
    # the same partition with labels that collide with gold labels differently
    pred = {"a": 1, "b": 1, "c": 1, "d": 0, "e": 0}
    approx(pairwise(GOLD, pred), 1, 1, 1)
    approx(bcubed(GOLD, pred), 1, 1, 1)


def test_items_outside_gold_are_ignored():
    pred = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2, "z": 1, "y": 2}
    approx(pairwise(GOLD, pred), 1, 1, 1)
    assert restrict(pred, GOLD) == {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}


def test_intruders_count_against_precision():
    gold = {"a": 1, "b": 1}
    pred = {"a": "X", "b": "X", "z": "X", "y": "Y"}
    g2 = with_intruders(gold, pred)
    assert set(g2) == {"a", "b", "z"}  # y is clustered with no gold item
    # pred pairs ab az bz = 3, gold pair ab = 1
    approx(pairwise(g2, pred), 1 / 3, 1.0, 0.5)
    # precision: a 2/3, b 2/3, z 1/3 -> 5/9; every gold cluster is found whole
    approx(bcubed(g2, pred), 5 / 9, 1.0, 2 * (5 / 9) / (1 + 5 / 9))


def test_empty_gold():
    approx(bcubed({}, {}), 0, 0, 0)
    approx(pairwise({}, {}), 1, 1, 1)


def test_item_in_two_clusters_is_rejected():
    with pytest.raises(ValueError):
        clusters_to_labels([["a"], ["a", "b"]])
