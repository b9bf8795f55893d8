"""`eventwire eval`: accuracy on the dev sets in ../shared, printed as a table.

The mapping from eventwire's output to each benchmark's labels is code in the
per-set modules (fakes.py, plover.py, case2021.py), the same for every example.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from rich.console import Console
from rich.table import Table

SETS = ("fakes", "plover", "case", "lgl", "gwn", "fakes_geo", "records")
GROUPS = {"geo": ("lgl", "gwn", "fakes_geo"), "events": ("fakes", "plover", "case", "records")}
FILES = {
    "fakes": "datasets/fakes/fakes_dev.csv",
    "plover": "datasets/plover/plover_gsr_dev.json",
    "case": "datasets/case2021/case2021_task2_dev.tsv",
    "lgl": "datasets/geo/lgl.xml",
    "gwn": "datasets/geo/GWN.xml",
    "fakes_geo": "datasets/fakes/fakes_dev.csv",
    "records": "datasets",  # the hand-annotated records (benchmarks/data/) read their texts from all of ../shared
}
FLOORS = {
    # FA-KES's crowd-coded date is mostly the report's day, not the event's (on the tune half, of 40
    # main events stating another day, the gold has the publication day in 25, the stated day in 3):
    # dating the lead by the day its next sentences state (resolve/dates.py, issue 13) moved this from
    # 0.58 to 0.54 while the record gold's date rose 0.66 -> 0.72 on its check half. Blanking bylines
    # and keyword lists (session 17) moved it to 0.523 the same way: the headline's event no longer
    # takes the byline's day but the day its lead states.
    ("fakes", "date_accuracy"): 0.52,
    ("plover", "type_accuracy"): 0.60,
    ("case", "weighted_f1"): 0.70,
    ("fakes_geo", "governorate_accuracy"): 0.80,  # issue 3's floor
    ("lgl", "toponym_recall"): 0.70,  # issue 3's floor
    ("gwn", "toponym_recall_no_demonyms"): 0.70,  # issue 3's floor, demonyms being actors here (eval/geo.py)
    ("lgl", "country_accuracy"): 0.95,  # issue 3's floor (outlet homes learned, eval/geo.py)
    ("lgl", "acc_161km"): 0.80,  # issue 3's floor
    ("gwn", "acc_161km"): 0.88,  # issue 3's floor
    # Record-level gold, check half: guards a little under the figures reached (issue 13; raised in
    # session 7: place and place country by main_place, date, killed; in session 8: type by the PLOVER
    # manual's SANCTION, actor country, place; in session 9: type, actor, killed by reading an
    # incident's height from all its triggers, date by background, target by places hit; in session
    # 10: actor by the doers of compounded trigger words, actor country by local doers, target by
    # the parties an incident's other mentions hit; in session 11: type by arrests' doers from their
    # reporting police and the "X-backed" filter, place by the place of an event's target; in session
    # 12: actor and whole record by the other names of a party its folded mentions give, actor country
    # by non-event senses of "demonstrate", "committed", "talk"; in session 13 the check half took in
    # batch 2's 24 articles, and each guard was set just under the figure over both batches; in
    # session 14: actor country by arrests' and charges' implied state organs, actor and target by
    # scoring the gold's words at another mention too, whole record by both; in session 16: actor
    # and whole record by the police force an article names for its arrests and charges; in session
    # 17: place, target and whole record by page furniture blanked (bylines, keyword lists), actor
    # and actor country by seats and neighbours kept from the story's country; in session 18: actor
    # country by a country-less doer taking its event's place's (`country_assumed`), target by the
    # phrases of a verb's act noun; in session 19: type, actor country and target by "wound" as an
    # assault trigger; in session 20: target by sites a modifier names, "an oil facility"; in session
    # 21: place by a doer's own town and towns tagged LANGUAGE; in session 22: actor by the doer an
    # accusation names and a charge's accused, actor country and place by datelines after the
    # headline; in session 23: place by towns the model left untagged or mislabelled, placed by the
    # words around them; in session 24: place and place country by a body dateline's town in capitals,
    # whole record by a bomb that "went off"; in session 25: actor and whole record by a plural weapon
    # word read as a name, "BAGHDAD — Rockets hit ..."; in session 27: type, actor, actor country,
    # killed and whole record by a victim's relative pronoun and a restated lead's doers; in session 28:
    # type and target by imperatives read as no events, place and place country by a county naming its
    # state, killed by a victim told again dead; in session 29: actor country by releases that free
    # no one, whole record by a device's "it" read as no party; in session 30: killed by a place told
    # by its bearing from another), so that no change loses ground; the
    # issue's floors are RECORD_TARGETS until met.
    ("records", "type_check"): 0.71,
    ("records", "actor_check"): 0.48,
    # issue 13's floor is 0.75, met in session 22 (0.758, 69 of 91): a dateline's town is no incident
    # sentence's place but the main event's where its story names no finer one; 0.780 (71 of 91) in
    # session 23; 0.791 (72 of 91) in session 24, the guard one article under it; 0.802 in session 27;
    # 0.813 in session 28
    ("records", "place_check"): 0.80,
    ("records", "actor_country_check"): 0.70,
    ("records", "target_check"): 0.46,
    ("records", "place_country_check"): 0.90,
    ("records", "date_check"): 0.78,
    ("records", "killed_check"): 0.62,
    ("records", "whole_record_check"): 0.30,
    # events marked background that the gold calls background (0.87 when marking began)
    ("records", "background_precision_check"): 0.75,
    # FA-KES: the main event's own governorate, no fallback (the held-out measure; issue 13 wants 0.80,
    # which the dev set passed in session 17: 0.827; 0.841 in session 21; 0.849 in session 23, check
    # half 0.844)
    ("fakes_geo", "governorate_accuracy_own_location"): 0.84,
}
# Metrics where less is better, with the most they may be: the same guards as FLOORS.
CEILINGS = {
    # output events that are no event or repeat one (0.556 before incident coreference, 0.511 after,
    # 0.486 with content folds, 0.451 with the event filter; 0.419 over both batches in session 13;
    # 0.392 in session 20 with both learned models refitted; 0.373 in session 28 by non-event senses)
    ("records", "spurious_or_duplicate_share_check"): 0.38,
}
# Issue 13's floors on the check half of the record-level gold, not yet met (`eventwire eval
# records` prints the figures); each moves into FLOORS when it is. Spurious + duplicate is a
# ceiling: at most 20% of output events.
RECORD_TARGETS = {"actor_check": 0.75, "actor_country_check": 0.80, "target_check": 0.70,
                  "place_country_check": 0.95, "date_check": 0.85, "killed_check": 0.90,
                  "whole_record_check": 0.50, "spurious_or_duplicate_share_check": 0.20}


def shared_dir() -> Path | None:
    """../shared beside the project (or $EVENTWIRE_SHARED); None where absent."""
    if os.environ.get("EVENTWIRE_SHARED"):
        cands = [Path(os.environ["EVENTWIRE_SHARED"])]  # an explicit choice is the only one
    else:
        cands = [Path.cwd().parent / "shared", Path(__file__).resolve().parents[4] / "shared"]
    for c in cands:
        if (c / "datasets").is_dir():
            return c
    return None


def dataset_path(name: str) -> Path | None:
    base = shared_dir()
    if base is None:
        return None
    p = base / FILES[name]
    return p if p.exists() else None


def score(name: str, path: Path, limit: int | None = None, processes: int = 2) -> dict:
    if name == "fakes":
        from .fakes import score_fakes as fn
    elif name == "plover":
        from .plover import score_plover as fn
    elif name == "case":
        from .case2021 import score_case as fn
    elif name in ("lgl", "gwn"):
        from .geo import score_geo as fn
    elif name == "fakes_geo":
        from .geo import score_fakes_governorate as fn
    elif name == "records":
        from .records import score_records

        return score_records(Path(path).parent, limit=limit, processes=processes)
    else:
        raise ValueError(f"unknown eval set {name!r}; choose from {SETS}")
    return fn(path, limit=limit, processes=processes)


def run_eval(dataset: str | None, data: Path | None, as_json: bool, limit: int | None) -> int:
    console = Console()
    err = Console(stderr=True)
    names = list(GROUPS.get(dataset, [dataset])) if dataset else list(SETS)
    if any(n not in SETS for n in names):
        err.print(f"[red]unknown set {dataset!r}[/red]; choose from {', '.join(SETS + tuple(GROUPS))}")
        return 2
    results = {}
    for name in names:
        path = data if data else dataset_path(name)
        if path is None or not Path(path).exists():
            err.print(f"skip {name}: {FILES[name]} not found (looked for ../shared beside the project; "
                      f"set EVENTWIRE_SHARED or pass --data)")
            continue
        err.print(f"scoring {name} on {path} …")
        results[name] = score(name, Path(path), limit=limit)
    if as_json:
        console.print_json(json.dumps(results))
    else:
        print_table(results, console)
    return 0


def print_table(results: dict, console: Console) -> None:
    if "records" in results:
        from .records import records_rows

        r = Table(title="the main event's record against hand-annotated articles (development figures: "
                        "rules may be tuned on tune errors; check errors are never read)")
        for col in ("field", "tune", "check", "all"):
            r.add_column(col)
        for label, cells in records_rows(results["records"]):
            r.add_row(label, *cells)
        console.print(r)
        results = {k: v for k, v in results.items() if k != "records"}
        if not results:
            return
    t = Table(title="eventwire accuracy on dev data")
    for col in ("set", "metric", "value", "guard", "n", "note"):
        t.add_column(col)
    for name, res in results.items():
        for metric, value in res["metrics"].items():
            t.add_row(name, metric, f"{value:.3f}", _bound(name, metric), str(res["n"]),
                      res.get("notes", {}).get(metric, ""))
    console.print(t)
    geo = [n for n in ("lgl", "gwn") if n in results]
    if geo:
        from .geo import MORDECAI3

        g = Table(title="geoparsing: eventwire end to end / Mordecai 3 as published (gold toponyms given)")
        for col in ("corpus", "exact GeoNames id", "country", "within 161 km", "eventwire toponym recall"):
            g.add_column(col)
        for n in geo:
            m, (exact, country, km) = results[n]["metrics"], MORDECAI3[n]
            g.add_row(n.upper(), f"{m['exact_id_accuracy']:.3f} / {exact:.3f}",
                      f"{m['country_accuracy']:.3f} / {country:.3f}", f"{m['acc_161km']:.3f} / {km:.3f}",
                      f"{m['toponym_recall']:.3f}")
        console.print(g)


def _bound(name: str, metric: str) -> str:
    """The guard printed beside a figure: its floor, or "≤ x" for a ceiling."""
    if (name, metric) in FLOORS:
        return f"{FLOORS[name, metric]:.2f}"
    return f"≤ {CEILINGS[name, metric]:.2f}" if (name, metric) in CEILINGS else ""


def markdown_table(results: dict) -> str:
    lines = ["| set | metric | value | guard | n | note |", "|---|---|---|---|---|---|"]
    for name, res in results.items():
        for metric, value in res["metrics"].items():
            lines.append(f"| {name} | {metric} | {value:.3f} | {_bound(name, metric)} | {res['n']} | "
                         f"{res.get('notes', {}).get(metric, '')} |")
    return "\n".join(lines)
