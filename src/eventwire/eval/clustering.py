"""Clustering metrics for cross-article fusion: pairwise and B-cubed precision/recall/F1.

Both take two clusterings of the same items as mappings ``item -> cluster label``
(labels are compared only for equality; a gold label and a predicted label never
need to match). Scoring is over the items of ``gold``:

- an item of ``gold`` missing from ``pred`` counts as a predicted singleton;
- items of ``pred`` that are not in ``gold`` are ignored (restrict first with
  :func:`restrict` or add them to ``gold`` as singletons with
  :func:`with_intruders` if they should count).

Conventions for empty denominators: pairwise precision is 1.0 when the prediction
puts no two gold items together, recall 1.0 when gold has no pair (nothing to
find); F1 is 0.0 when precision + recall is 0. B-cubed over no items is 0.0.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

Item = Hashable
Label = Hashable


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def _pred_labels(gold: Mapping[Item, Label], pred: Mapping[Item, Label]) -> dict[Item, tuple]:
    """Predicted label per gold item; a missing item becomes its own singleton."""
    return {i: ("c", pred[i]) if i in pred else ("singleton", i) for i in gold}


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(gold: Mapping[Item, Label], pred: Mapping[Item, Label]) -> PRF:
    """Precision/recall over unordered item pairs put in one cluster."""
    p_lab = _pred_labels(gold, pred)
    gold_pairs = sum(_pairs(n) for n in Counter(gold.values()).values())
    pred_pairs = sum(_pairs(n) for n in Counter(p_lab.values()).values())
    both = sum(_pairs(n) for n in Counter((gold[i], p_lab[i]) for i in gold).values())
    p = both / pred_pairs if pred_pairs else 1.0
    r = both / gold_pairs if gold_pairs else 1.0
    return PRF(p, r, _f1(p, r))


def bcubed(gold: Mapping[Item, Label], pred: Mapping[Item, Label]) -> PRF:
    """B-cubed (Bagga & Baldwin 1998): per-item precision and recall, averaged over items.

    For item i with gold cluster G(i) and predicted cluster C(i) (both restricted
    to the gold items): P(i) = |G(i) & C(i)| / |C(i)|, R(i) = |G(i) & C(i)| / |G(i)|.
    """
    if not gold:
        return PRF(0.0, 0.0, 0.0)
    p_lab = _pred_labels(gold, pred)
    g_size = Counter(gold.values())
    c_size = Counter(p_lab.values())
    joint = Counter((gold[i], p_lab[i]) for i in gold)
    p = sum(joint[(gold[i], p_lab[i])] / c_size[p_lab[i]] for i in gold) / len(gold)
    r = sum(joint[(gold[i], p_lab[i])] / g_size[gold[i]] for i in gold) / len(gold)
    return PRF(p, r, _f1(p, r))


def restrict(pred: Mapping[Item, Label], items: Iterable[Item]) -> dict[Item, Label]:
    """``pred`` limited to ``items``."""
    keep = set(items)
    return {i: c for i, c in pred.items() if i in keep}


def with_intruders(gold: Mapping[Item, Label], pred: Mapping[Item, Label]) -> dict[Item, Label]:
    """``gold`` plus, as gold singletons, the non-gold items that ``pred`` clusters with a gold item.

    Scoring against the result penalises (in precision) predicted clusters that
    absorb articles about other incidents, which evaluating on the gold items
    alone cannot see. Non-gold items clustered only among themselves stay out.
    """
    gold_clusters = {pred[i] for i in gold if i in pred}
    out: dict[Item, Label] = dict(gold)
    for i, c in pred.items():
        if i not in gold and c in gold_clusters:
            out[i] = ("intruder", i)
    return out


def clusters_to_labels(clusters: Iterable[Iterable[Item]]) -> dict[Item, int]:
    """``[[a, b], [c]] -> {a: 0, b: 0, c: 1}``; an item in two clusters is an error."""
    out: dict[Item, int] = {}
    for k, members in enumerate(clusters):
        for i in members:
            if i in out:
                raise ValueError(f"item {i!r} is in two clusters")
            out[i] = k
    return out
