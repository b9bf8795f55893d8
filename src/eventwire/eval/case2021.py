"""CASE 2021 task 2 dev: weighted F1 over its 30 labels.

Each snippet goes through the full pipeline; the label is read off its main
event: the ACLED classifier's CASE label for that event's sentence and PLOVER
type (the same classifier that fills `acled_sub_event_type`), or, with no event,
for the whole snippet. Nothing is trained on this set.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from ..extract.acled import classify_acled
from ..model import Article
from .common import dev_halves, extract_all, main_event


def case_label(result, snippet: str) -> str:
    """CASE label of a snippet: the ACLED classifier on its main event's sentence and
    neighbouring sentences (what the `acled` pipeline step reads), given the event's
    PLOVER type; with no event, on the whole snippet."""
    ev = main_event(result)
    if ev is None:
        return classify_acled(snippet).case_label
    s, e = _with_neighbours(snippet, ev["sentence"]["start"], ev["sentence"]["end"])
    return classify_acled(snippet[s:e], ev["type"]).case_label


_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _with_neighbours(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence span widened by one sentence on each side (as the pipeline's
    `event_context` does with spaCy's sentences)."""
    cuts = [0] + [m.end() for m in _BOUNDARY.finditer(text)] + [len(text)]
    i = max(k for k, c in enumerate(cuts) if c <= start)
    j = min(k for k, c in enumerate(cuts) if c >= end)
    return cuts[max(0, i - 1)], cuts[min(len(cuts) - 1, j + 1)]


def score_case(path: Path, limit: int | None = None, processes: int = 2) -> dict:
    from sklearn.metrics import accuracy_score, f1_score

    with open(path, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r.get("EventSnippet")]
    if limit:
        rows = rows[:limit]
    articles = [Article(id=f"case-{r['id']}", text=r["EventSnippet"]) for r in rows]
    results = extract_all(articles, processes)
    gold = [r["SubType"] for r in rows]
    pred = [case_label(res, r["EventSnippet"]) for res, r in zip(results, rows)]
    halves = dev_halves("case")
    by_half = {}
    for h in ("tune", "check"):
        idx = [k for k, a in enumerate(articles) if halves.get(a.id) == h]
        if idx:
            by_half[f"weighted_f1_{h}"] = f1_score([gold[k] for k in idx], [pred[k] for k in idx],
                                                   average="weighted", zero_division=0)
    return {
        "n": len(rows),
        "metrics": {"weighted_f1": f1_score(gold, pred, average="weighted", zero_division=0),
                    "macro_f1": f1_score(gold, pred, average="macro", zero_division=0),
                    "accuracy": accuracy_score(gold, pred), **by_half},
        "notes": {"weighted_f1": "ACLED codebook rules on the main event's sentence and neighbours; no training, but rules revised after reading dev errors (a development score)"},
    }
