"""Train the incident-coreference model (`eventwire.extract.incident_coref`) on the *tune* half
of the record gold, and show it with cross-validation before it is used.

    python benchmarks/train_incident_coref.py          # train, write the model and the report
    python benchmarks/train_incident_coref.py --check  # also score the check half (never trained on)
    python benchmarks/train_incident_coref.py --check --keep  # rescore the model in data/, no refit

Without `--keep` the model in data/ is always overwritten. The project's rule decides whether to
commit a refit: a change that does not help the tune half and hurts the check half is reverted, so
the check half is then used for that one selection (said in the report); `--keep` rewrites the
report for the model kept, without refitting.

For every tune-half article the pipeline runs up to the `coalesce` stage, where the `corefer`
stage will run. Two event mentions of one article that the scorer matches to gold events
(`eval.records.match_events`) make a pair, labelled "one incident" when they match the same gold
event; pairs that `cannot_link` vetoes are left out, as the stage never scores them. A logistic
regression over `PAIR_FEATURES` is fitted on the pairs.

The threshold is chosen by 5-fold cross-validation over articles: each fold's articles are
folded by a model fitted on the other folds, and the threshold with the best F1 of (1 - share of
output events that are spurious or duplicates, 1 - share of real events missed) wins.

Writes src/eventwire/data/incident_coref.json (the model; not with `--keep`) and
docs/benchmarks/incident_coref.md (the cross-validation figures). Needs ../shared (the record gold's texts).
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
from eventwire.extract.incident_coref import (
    MODEL_PATH,
    PAIR_FEATURES,
    CorefModel,
    cannot_link,
    load_model,
    pair_features,
    plan_folds,
)
from eventwire.extract.merge import fold_contents

REPORT = ROOT / "docs" / "benchmarks" / "incident_coref.md"
C = 0.5  # sklearn's inverse L2 strength (below 1: stronger than the default): few pairs, small weights
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
UP_TO = "coalesce"  # the stage `corefer` follows


def pairs_of(g: dict, drafts) -> tuple[list[list[float]], list[bool]]:
    matched, _, _ = match_events(as_scored(drafts), g.get("events") or [])
    X, y = [], []
    for b in range(len(drafts)):
        for a in range(b):
            if matched[a] is None or matched[b] is None or cannot_link(drafts[a], drafts[b]):
                continue
            X.append(pair_features(drafts[a], drafts[b]))
            y.append(matched[a] == matched[b])
    return X, y


def fit(arts) -> CorefModel:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    X, y = [], []
    for g, drafts, _ in arts:
        xs, ys = pairs_of(g, drafts)
        X += xs
        y += ys
    lr = LogisticRegression(C=C, max_iter=5000).fit(np.array(X), np.array(y))
    return CorefModel(tuple(float(w) for w in lr.coef_[0]), float(lr.intercept_[0]), 0.5)


def record_shares(arts, model_of, threshold: float) -> dict[str, float]:
    """`shares` of what is kept after folding (and after `merge.fold_contents`, which the stage
    runs on what the model keeps)."""
    outputs = []
    for g, drafts, main in arts:
        m = model_of(g)
        into = plan_folds(drafts, main, CorefModel(m.weights, m.bias, threshold))
        kept = [d for i, d in enumerate(drafts) if i not in into]
        # as the `corefer` stage does next: an act's content is no event of its own
        kept, _ = fold_contents(kept, next((k for k, d in enumerate(kept) if d is drafts[main]), None)
                                if main is not None else None)
        outputs.append((g, kept))
    return shares(outputs)


def cross_validate(arts) -> dict[float, dict[str, float]]:
    model_for = model_per_article(arts, fit)
    return {t: record_shares(arts, lambda g: model_for[g["set"], g["id"]], t) for t in THRESHOLDS}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--check", action="store_true", help="also score the check half (never trained on)")
    ap.add_argument("--keep", action="store_true",
                    help="score the model in data/ as it is instead of refitting it (a refit that scored worse "
                         "in the pipeline than the model it would replace is not kept)")
    args = ap.parse_args()
    tune = read_articles(args.shared, "tune", UP_TO)
    cv = cross_validate(tune)
    if args.keep:
        model = load_model.__wrapped__(MODEL_PATH)
        threshold = model.threshold
        provenance = json.loads(MODEL_PATH.read_text(encoding="utf-8")).get("trained_on", "?")
        best = max(cv, key=lambda t: cv[t]["f1"])
        refit = fit(tune)
        same = best == threshold and all(abs(a - b) < 1e-9 for a, b in zip((*refit.weights, refit.bias),
                                                                             (*model.weights, model.bias)))
        made = (f"The model in `data/incident_coref.json` is kept as it was trained ({provenance}); "
                f"its figures are rescored on {dt.date.today().isoformat()}. "
                + ("A refit on these articles gives this very model (the cross-validated rows below are refits)."
                   if same else
                   f"A refit would choose the threshold {best} (the cross-validated rows below are refits); "
                   "the kept model is the last one a refit replaced only where it scored better on the tune "
                   "half without scoring worse on the check half (see the commit that fitted it)."))
    else:
        threshold = max(cv, key=lambda t: cv[t]["f1"])
        model = fit(tune)
        model = CorefModel(model.weights, model.bias, threshold)
        write_model(MODEL_PATH, PAIR_FEATURES, model,
                    f"record gold, tune half ({len(tune)} articles), pipeline up to `{UP_TO}`, "
                    f"{dt.date.today().isoformat()}", "benchmarks/train_incident_coref.py")
        made = f"Trained on the tune half of the record gold ({len(tune)} articles); logistic regression, C={C}."
    none = record_shares(tune, lambda g: model, 1.01)  # no pair reaches 1.01: the content folds alone
    lines = [
        "# Incident coreference: the learned fold", "",
        f"Written by `benchmarks/train_incident_coref.py` on {dt.date.today().isoformat()}. " + made,
        "", "Development figures: the threshold is chosen on the tune half by "
        f"{FOLDS}-fold cross-validation over articles (each fold folded by a model fitted on the others).",
        "`noise`: share of output events that are spurious or duplicates; `missed`: share of real events "
        "with no output event; F1 of (1 - noise, 1 - missed).", "",
        "| tune half, cross-validated | noise | missed | F1 | events/article |", "|---|---|---|---|---|",
        row("no learned fold (content folds only)", none),
        *(row(f"threshold {t}" + (f" ({'the kept threshold' if args.keep else 'chosen'})" if t == threshold
                                    else ""), cv[t]) for t in THRESHOLDS),
        *([row(f"the kept model, threshold {threshold} (in-sample: it was fitted on these articles)",
                record_shares(tune, lambda g: model, threshold))] if args.keep else []), "",
        "| weight | feature |", "|---|---|",
        *(f"| {w:+.2f} | `{n}` |" for n, w in zip(PAIR_FEATURES, model.weights)),
        f"| {model.bias:+.2f} | bias |", ""]
    if args.check:
        check = read_articles(args.shared, "check", UP_TO)
        lines += ["| check half (never trained on" + ("; used to choose the kept model over a refit" if args.keep
                                                      else "") + ") | noise | missed | F1 | events/article |",
                  "|---|---|---|---|---|",
                  row("no learned fold", record_shares(check, lambda g: model, 1.01)),
                  row(f"threshold {threshold}", record_shares(check, lambda g: model, threshold)), ""]
    REPORT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
