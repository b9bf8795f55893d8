"""What the trainers of the learned extraction steps share: the record gold read up to a stage,
each output event labelled by the scorer, and the noise and missed shares of what is kept.

Used by `train_incident_coref.py` and `train_event_filter.py`; needs ../shared (the texts)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.eval.records import load_articles, load_gold, match_events  # noqa: E402
from eventwire.pipeline import DEFAULT_PIPELINE, Pipeline  # noqa: E402

FOLDS = 5  # cross-validation over articles


def _span(s) -> dict:
    return {"start": s.start, "end": s.end}


def as_scored(drafts) -> list[dict]:
    """Drafts as the scorer reads output events: their trigger and sentence offsets."""
    return [{"trigger": _span(d.event.trigger), "sentence": _span(d.event.sentence)} for d in drafts]


def read_articles(shared: Path, half: str, up_to: str) -> list[tuple[dict, list, int | None]]:
    """[(gold record, drafts, main)] for one half of the record gold, the pipeline cut after `up_to`."""
    gold, halves = load_gold()
    gold = [g for g in gold if halves.get((g["set"], g["id"])) == half]
    articles = load_articles(shared, {(g["set"], g["id"]) for g in gold})
    pipe = Pipeline(DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index(up_to) + 1])
    out = []
    for g in gold:
        if (g["set"], g["id"]) in articles:
            w = pipe.work(articles[g["set"], g["id"]])
            out.append((g, w.drafts, w.main))
    return out


def shares(outputs) -> dict[str, float]:
    """Over [(gold record, drafts kept)]: the share of output events that are spurious or
    duplicates (`noise`), of real events with no output event (`missed`), the F1 of
    (1 - noise, 1 - missed) and the output events per article."""
    out_events = noise = gold_events = missed = 0
    for g, kept in outputs:
        matched, dups, miss = match_events(as_scored(kept), g.get("events") or [])
        out_events += len(kept)
        noise += sum(1 for x in matched if x is None) + dups
        gold_events += sum(1 for e in g.get("events") or [] if not e.get("background"))
        missed += miss
    p, r = 1 - noise / max(out_events, 1), 1 - missed / max(gold_events, 1)
    return {"noise": 1 - p, "missed": 1 - r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "events_per_article": out_events / max(len(outputs), 1)}


def row(name: str, s: dict[str, float]) -> str:
    """One Markdown row of `shares`."""
    return f"| {name} | {s['noise']:.3f} | {s['missed']:.3f} | {s['f1']:.3f} | {s['events_per_article']:.2f} |"


def model_per_article(arts, fit) -> dict[tuple[str, str], object]:
    """{(set, id): a model fitted by `fit` on the other folds' articles}: FOLDS-fold cross-validation."""
    from sklearn.model_selection import KFold

    model_for = {}
    for train, test in KFold(FOLDS, shuffle=True, random_state=0).split(arts):
        m = fit([arts[i] for i in train])
        for i in test:
            model_for[arts[i][0]["set"], arts[i][0]["id"]] = m
    return model_for


def write_model(path: Path, features: tuple[str, ...], model, trained_on: str, trained_by: str) -> None:
    """A fitted `extract.logistic.LogisticModel` as the JSON that `extract.logistic.read_model` reads."""
    path.write_text(json.dumps({
        "features": list(features), "weights": [round(w, 4) for w in model.weights],
        "bias": round(model.bias, 4), "threshold": model.threshold,
        "trained_on": trained_on, "trained_by": trained_by}, indent=1) + "\n", encoding="utf-8")
