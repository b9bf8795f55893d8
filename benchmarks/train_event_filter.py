"""Train the event filter (`eventwire.extract.event_filter`) on the *tune* half of the record
gold, and show it with cross-validation before it is used.

    python benchmarks/train_event_filter.py          # train, write the model and the report
    python benchmarks/train_event_filter.py --check  # also score the check half (never trained on)
    python benchmarks/train_event_filter.py --check --keep  # rescore the model in data/, no refit

Without `--keep` the model in data/ is always overwritten; the project's rule decides whether to
commit a refit (a change that does not help the tune half and hurts the check half is reverted).

For every tune-half article the pipeline runs up to the `corefer` stage, where the `prune` stage
will run. Each event is labelled by the scorer (`eval.records.match_events`): kept when it is the
first output event of a real event, dropped when it matches none (spurious) or repeats one already
matched (duplicate). A logistic regression over `EVENT_FEATURES` is fitted on the events.

The threshold is chosen by 5-fold cross-validation over articles: each fold's articles are
filtered by a model fitted on the other folds, and the threshold with the best F1 of (1 - share of
output events that are spurious or duplicates, 1 - share of real events missed) wins.

Writes src/eventwire/data/event_filter.json (the model; not with `--keep`) and
docs/benchmarks/event_filter.md (the figures). Needs ../shared (the record gold's texts).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from _record_training import (
    FOLDS,
    ROOT,
    as_scored,
    model_per_article,
    read_articles,
    row,
    shares,
    write_model,
)

from eventwire.eval.records import match_events
from eventwire.extract.event_filter import (
    EVENT_FEATURES,
    MODEL_PATH,
    FilterModel,
    event_features,
    load_model,
)

REPORT = ROOT / "docs" / "benchmarks" / "event_filter.md"
C = 0.5  # sklearn's inverse L2 strength (below 1: stronger than the default): few events, many cues
THRESHOLDS = (0.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)  # 0.0: nothing dropped
UP_TO = "corefer"  # the stage `prune` follows


def labelled(g: dict, drafts, main) -> tuple[list[list[float]], list[bool]]:
    """Each event's features, and whether it is the first output event of a real event."""
    matched, _, _ = match_events(as_scored(drafts), g.get("events") or [])
    seen: set[int] = set()
    X, y = [], []
    for i, m in enumerate(matched):
        X.append(event_features(drafts, main, i))
        y.append(m is not None and m not in seen)
        seen.add(m)
    return X, y


def fit(arts) -> FilterModel:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    X, y = [], []
    for g, drafts, main in arts:
        xs, ys = labelled(g, drafts, main)
        X += xs
        y += ys
    lr = LogisticRegression(C=C, max_iter=5000).fit(np.array(X), np.array(y))
    return FilterModel(tuple(float(w) for w in lr.coef_[0]), float(lr.intercept_[0]), 0.5)


def kept_by(arts, model_of, threshold: float):
    """[(gold record, drafts kept)] with each article's model at `threshold`."""
    from eventwire.extract.event_filter import keep_events

    out = []
    for g, drafts, main in arts:
        m = model_of(g)
        out.append((g, keep_events(drafts, main, FilterModel(m.weights, m.bias, threshold))[0]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--check", action="store_true", help="also score the check half (never trained on)")
    ap.add_argument("--keep", action="store_true",
                    help="score the model in data/ as it is instead of refitting it")
    args = ap.parse_args()
    tune = read_articles(args.shared, "tune", UP_TO)
    model_for = model_per_article(tune, fit)
    cv = {t: shares(kept_by(tune, lambda g: model_for[g["set"], g["id"]], t)) for t in THRESHOLDS}
    if args.keep:
        model = load_model.__wrapped__(MODEL_PATH)
        provenance = json.loads(MODEL_PATH.read_text(encoding="utf-8")).get("trained_on", "?")
        made = (f"The model in `data/event_filter.json` is kept as it was trained ({provenance}); its "
                f"figures are rescored on {dt.date.today().isoformat()}. A refit would choose the threshold "
                f"{max(cv, key=lambda t: cv[t]['f1'])} (the cross-validated rows below are refits); the commit that "
                "wrote the model says why it was kept.")
    else:
        model = fit(tune)
        model = FilterModel(model.weights, model.bias, max(cv, key=lambda t: cv[t]["f1"]))
        write_model(MODEL_PATH, EVENT_FEATURES, model,
                    f"record gold, tune half ({len(tune)} articles), pipeline up to `{UP_TO}`, "
                    f"{dt.date.today().isoformat()}", "benchmarks/train_event_filter.py")
        made = f"Trained on the tune half of the record gold ({len(tune)} articles); logistic regression, C={C}."
    header = "| noise | missed | F1 | events/article |"
    lines = [
        "# Event filter: the events a report does not tell as its own", "",
        f"Written by `benchmarks/train_event_filter.py` on {dt.date.today().isoformat()}. " + made,
        "", f"Development figures: the threshold is chosen on the tune half by {FOLDS}-fold cross-validation "
        "over articles (each fold filtered by a model fitted on the others). `noise`: share of output events "
        "that are spurious or duplicates; `missed`: share of real events with no output event; F1 of "
        "(1 - noise, 1 - missed). The main event is never dropped.", "",
        "| tune half, cross-validated " + header, "|---|---|---|---|---|",
        *(row(("nothing dropped" if t == 0 else f"threshold {t}")
              + (" (the model's threshold)" if t == model.threshold else ""), cv[t]) for t in THRESHOLDS), "",
        "| weight | feature |", "|---|---|",
        *(f"| {w:+.2f} | `{n}` |" for n, w in zip(EVENT_FEATURES, model.weights)),
        f"| {model.bias:+.2f} | bias |", ""]
    if args.check:
        check = read_articles(args.shared, "check", UP_TO)
        lines += ["| check half (never trained on) " + header, "|---|---|---|---|---|",
                  row("nothing dropped", shares(kept_by(check, lambda g: model, 0.0))),
                  row(f"threshold {model.threshold}", shares(kept_by(check, lambda g: model, model.threshold))), ""]
    REPORT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
