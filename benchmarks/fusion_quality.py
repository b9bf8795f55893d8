"""Fusion quality benchmark: eventwire's cross-article clustering against hand-labelled
incidents in FA-KES dev (benchmarks/data/fakes_incidents.json), written as Markdown to
docs/benchmarks/fusion_quality.md (and printed).

    python benchmarks/fusion_quality.py                  # gold articles + every other article
    python benchmarks/fusion_quality.py --distractors 0  # gold articles only
    python benchmarks/fusion_quality.py --distractors 100 --seed 1 --out -   # print only

What it does:

1. reads the gold incidents and FA-KES dev exactly as `eventwire extract` reads the CSV
   (gold columns are never fed to the extractor); keeps the gold articles plus
   `--distractors` other articles (default: all of them; a seeded sample otherwise);
2. runs the extraction pipeline over them (`eventwire.eval.common.extract_all`);
3. fuses them in publication order (dateline date, then unit id), as a stream would:
   per article, `DuplicateIndex.add(id, text)` marks syndicated copies
   (`Mention.duplicate_of`), then `Fuser.add(mentions_from_result(result))`;
4. maps every gold article to the fused event that holds the mention of its main event
   (`result["events"][result["main_event"]]`, mention id `"<article_id>#<event_id>"`);
   an article without a main event (or that failed) counts as a predicted singleton;
5. scores that clustering against the gold (eventwire.eval.clustering);
6. does steps 3-5 again for each half of FA-KES dev's tune/check split
   (benchmarks/data/dev_splits.json, "fakes"): the stream then holds only that half's
   articles, and only pairs of articles within the half are scored. The split follows
   articles, not incidents (45 of the 68 incidents have articles in both halves), so reading
   the tune half's fusion errors reads no check article's extraction. `--details` prints
   the tune half only.

Conventions (see also eventwire/eval/clustering.py):

- **gold articles only** (the standard): pairwise and B-cubed over the gold articles;
  predicted clusters are cut down to those articles, so a fused event that also swallowed
  distractor articles is not penalised here;
- **with intruders**: the same, plus every distractor article that ended up in a fused
  event with a gold article, as a gold singleton (it belongs to no labelled incident,
  so its being there costs precision). Distractors fused only among themselves are not
  scored: they are unlabelled;
- **gold articles fused alone** (reported with distractors): the gold articles' results fused
  with no other article in the stream, scored like *gold articles only*;
- **toll conflicts**: for each gold incident, its fused event is the one holding most of
  its articles' main events (ties: the earliest article's). An incident whose articles
  state different death tolls (`tolls_disagree`) is *flagged* when that fused event has a
  `Conflict` on `killed` (any kind: contradiction or rising toll) with claims from at least
  two of the incident's articles. Incidents whose stated tolls agree but whose fused event
  still carries a `killed` conflict involving one of their articles are counted as false
  alarms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.eval import dataset_path
from eventwire.eval.clustering import bcubed, pairwise, restrict, with_intruders
from eventwire.eval.common import dev_halves

GOLD = ROOT / "benchmarks" / "data" / "fakes_incidents.json"
OUT = ROOT / "docs" / "benchmarks" / "fusion_quality.md"


def load_gold(path: Path = GOLD) -> tuple[list[dict], dict[str, str]]:
    """The incidents, and article id -> incident id."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    labels: dict[str, str] = {}
    for inc in doc["incidents"]:
        for u in inc["unit_ids"]:
            if u in labels:
                raise ValueError(f"{u} is in {labels[u]} and {inc['id']}")
            labels[u] = inc["id"]
    return doc["incidents"], labels


def read_articles(path: Path) -> list:
    from eventwire.ingest.readers import ReadOptions, read_path
    from eventwire.model import RecordError

    seen, out = set(), []
    for a in read_path(str(path), ReadOptions()):
        if isinstance(a, RecordError) or a.id in seen:  # FA-KES dev repeats 4 unit ids
            continue
        seen.add(a.id)
        out.append(a)
    return out


def select(articles: list, gold_ids: set[str], distractors: int | None, seed: int) -> list:
    gold = [a for a in articles if a.id in gold_ids]
    others = [a for a in articles if a.id not in gold_ids]
    if distractors is not None and distractors < len(others):
        keep = set(random.Random(seed).sample(range(len(others)), max(0, distractors)))
        others = [a for k, a in enumerate(others) if k in keep]
    return gold + others


def main_mention_id(result) -> str | None:
    if not isinstance(result, dict) or result.get("main_event") is None:
        return None
    events = result.get("events") or []
    k = result["main_event"]
    if not (isinstance(k, int) and 0 <= k < len(events)):
        return None
    return f"{result['id']}#{events[k]['id']}"


def fuse(results: list) -> tuple[dict, dict[str, str], int]:
    """Fuse in publication order; returns (fuser.events, mention id -> fused event id, duplicates found)."""
    from eventwire.fuse import DuplicateIndex, Fuser, mentions_from_result
    from eventwire.model import ArticleResult

    ok = [r for r in results if isinstance(r, dict)]
    ok.sort(key=lambda r: (r.get("published") or "9999-99-99", r["id"]))
    dups, fuser, n_dup = DuplicateIndex(), Fuser(), 0
    for r in ok:
        copy_of = dups.add(r["id"], r.get("text") or "")
        n_dup += copy_of is not None
        mentions = mentions_from_result(ArticleResult.from_dict(r))
        for m in mentions:
            m.duplicate_of = copy_of
        fuser.add(mentions)
    where = {m.id: ev_id for ev_id, ev in fuser.events.items() for m in ev.mentions}
    return fuser.events, where, n_dup


def predicted(results: list, where: dict[str, str]) -> dict[str, str]:
    """Article id -> fused event holding its main event's mention."""
    out: dict[str, str] = {}
    for r in results:
        mid = main_mention_id(r)
        if mid is not None and mid in where:
            out[r["id"]] = where[mid]
    return out


def toll_flags(incidents: list[dict], pred: dict[str, str], events: dict, order: dict[str, int]) -> dict:
    out = {"disagree": 0, "co_fused": 0, "flagged": 0, "flag_kinds": Counter(), "agree": 0, "false_alarms": 0,
           "missed": [], "alarms": []}
    for inc in incidents:
        members = [u for u in inc["unit_ids"] if u in pred]
        counts = Counter(pred[u] for u in members)
        ev = None
        if counts:
            top = max(counts.values())
            first = min((u for u in members if counts[pred[u]] == top), key=lambda u: order.get(u, 0))
            ev = events.get(pred[first])
        own = set(inc["unit_ids"])
        # a `killed` conflict counts for this incident when its claims come from the incident's articles
        killed = [c for c in (ev.conflicts if ev else []) if c.field == "killed"
                  and len({cl.article_id for cl in c.claims} & own) >= (2 if inc["tolls_disagree"] else 1)]
        if inc["tolls_disagree"]:
            out["disagree"] += 1
            in_ev = {u for u in members if ev is not None and pred[u] == ev.id}
            if len({inc["tolls"][u] for u in in_ev if u in inc["tolls"]}) > 1:
                out["co_fused"] += 1
            if killed:
                out["flagged"] += 1
                out["flag_kinds"].update({c.kind for c in killed})
            else:
                out["missed"].append(inc["id"])
        else:
            out["agree"] += 1
            if killed:
                out["false_alarms"] += 1
                out["alarms"].append(inc["id"])
    return out


def code_version() -> str:
    """`git describe` of the checkout (with -dirty when it has uncommitted changes), or 'unknown'."""
    import subprocess

    try:
        out = subprocess.run(["git", "describe", "--always", "--dirty"], check=False, cwd=ROOT,
                             capture_output=True, text=True, timeout=10)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def fmt(x: float) -> str:
    return f"{x:.3f}"


def report(incidents, labels, pred_all, events, results, n_dist, n_dup, timings, flags, per_incident,
           pred_alone=None) -> str:
    gold_ids = set(labels)
    pred = restrict(pred_all, gold_ids)
    no_main = sorted(gold_ids - set(pred))
    rows = []
    pw, b3 = pairwise(labels, pred), bcubed(labels, pred)
    g2 = with_intruders(labels, pred_all)
    pw2, b32 = pairwise(g2, restrict(pred_all, g2)), bcubed(g2, restrict(pred_all, g2))
    n_intr = len(g2) - len(labels)
    rows.append(f"| pairwise, gold articles only | {fmt(pw.precision)} | {fmt(pw.recall)} | {fmt(pw.f1)} |")
    rows.append(f"| B-cubed, gold articles only | {fmt(b3.precision)} | {fmt(b3.recall)} | {fmt(b3.f1)} |")
    rows.append(f"| pairwise, with intruders ({n_intr}) | {fmt(pw2.precision)} | {fmt(pw2.recall)} | {fmt(pw2.f1)} |")
    rows.append(f"| B-cubed, with intruders ({n_intr}) | {fmt(b32.precision)} | {fmt(b32.recall)} | {fmt(b32.f1)} |")
    if pred_alone is not None and n_dist:
        pa = restrict(pred_alone, gold_ids)
        pw3, b33 = pairwise(labels, pa), bcubed(labels, pa)
        rows.append(f"| pairwise, gold articles fused alone | {fmt(pw3.precision)} | {fmt(pw3.recall)} | {fmt(pw3.f1)} |")
        rows.append(f"| B-cubed, gold articles fused alone | {fmt(b33.precision)} | {fmt(b33.recall)} | {fmt(b33.f1)} |")
    n_gold_clusters = len(set(pred.values())) + len(no_main)
    whole = sum(1 for k in per_incident.values() if k["whole"])
    pure = sum(1 for k in per_incident.values() if k["whole"] and k["pure"])
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(flags["flag_kinds"].items())) or "none"
    lines = [
        "| clustering | precision | recall | F1 |",
        "|---|---|---|---|",
        *rows,
        "",
        "| toll conflicts | count |",
        "|---|---|",
        f"| gold incidents whose articles state different tolls | {flags['disagree']} |",
        f"| ... whose differing tolls ended up in one fused event | {flags['co_fused']} |",
        f"| ... flagged (`killed` conflict between the incident's articles) | {flags['flagged']} |",
        f"| gold incidents whose stated tolls agree | {flags['agree']} |",
        f"| ... with a `killed` conflict anyway (false alarm) | {flags['false_alarms']} |",
        "",
        (f"- gold: {len(incidents)} incidents, {len(gold_ids)} articles; distractors: {n_dist} other FA-KES dev"
         f" articles; {sum(isinstance(r, dict) for r in results)} articles processed, {len(events)} fused events,"
         f" {n_dup} articles marked as copies by `DuplicateIndex`"),
        f"- gold articles without a main event (scored as singletons): {len(no_main)}",
        (f"- gold articles spread over {n_gold_clusters} predicted clusters (gold: {len(incidents)});"
         f" incidents fused whole: {whole}, whole and with no other gold incident: {pure}"),
        f"- conflict kinds on flagged incidents: {kinds}",
        f"- time: extraction {timings['extract']:.1f} s, fusion {timings['fuse']:.1f} s",
    ]
    if flags["missed"]:
        lines.append(f"- disagreeing tolls not flagged: {', '.join(flags['missed'])}")
    if flags["alarms"]:
        lines.append(f"- false alarms: {', '.join(flags['alarms'])}")
    return "\n".join(lines)


def half_rows(results: list, labels: dict[str, str], halves: dict[str, str]) -> list[str]:
    """Markdown rows: each half's articles streamed alone, scored over that half's gold pairs."""
    rows = []
    for half in ("tune", "check"):
        mine = [r for r in results if isinstance(r, dict) and halves.get(r["id"]) == half]
        gold = {u: inc for u, inc in labels.items() if halves.get(u) == half}
        pred = restrict(predicted(mine, fuse(mine)[1]), set(gold))
        n_pairs = sum(n * (n - 1) // 2 for n in Counter(gold.values()).values())
        pw, b3 = pairwise(gold, pred), bcubed(gold, pred)
        rows.append(f"| {half} | {len(mine)} ({len(gold)}) | {n_pairs} | {fmt(pw.precision)} / {fmt(pw.recall)} /"
                    f" {fmt(pw.f1)} | {fmt(b3.precision)} / {fmt(b3.recall)} / {fmt(b3.f1)} |")
    return ["| half | articles (gold) | gold pairs | pairwise P / R / F1 | B-cubed P / R / F1 |",
            "|---|---|---|---|---|", *rows]


def per_incident_view(incidents, pred_all, labels) -> dict:
    out = {}
    for inc in incidents:
        cl = {pred_all.get(u) for u in inc["unit_ids"]}
        whole = len(cl) == 1 and None not in cl
        pure = whole and not any(labels[u] != inc["id"] for u, c in pred_all.items() if u in labels and c in cl)
        out[inc["id"]] = {"whole": whole, "pure": pure, "clusters": len(cl)}
    return out


def print_tune_details(incidents, results, labels, halves) -> None:
    """Per incident, the fused events of its tune-half articles (tune half streamed alone), to stderr.
    Check-half articles are left out: their errors are not to be read."""
    mine = [r for r in results if isinstance(r, dict) and halves.get(r["id"]) == "tune"]
    pred = predicted(mine, fuse(mine)[1])
    tune_gold = {u for u in labels if halves.get(u) == "tune"}
    for inc in incidents:
        units = [u for u in inc["unit_ids"] if u in tune_gold]
        if not units:
            continue
        got = {u: pred.get(u, "-") for u in units}
        others = sorted(u for u, c in pred.items() if c in set(got.values()) and u not in got)
        print(f"{inc['id']} {inc['date']} {inc['description'][:50]:50} {got} with: {others}", file=sys.stderr)


HOW = """\
How it is measured: `python benchmarks/fusion_quality.py` (module docstring has the details).
The gold is hand-labelled (benchmarks/data/fakes_incidents.json: what counts as one incident,
which articles report it as their main event, the toll each states). Each gold article is placed
in the fused event holding its main event's mention. *Gold articles only* is the standard
evaluation; *with intruders* also counts, as wrong additions, distractor articles that were fused
into an event with a gold article. Pairwise scores count article pairs placed together; B-cubed
averages per-article precision and recall, so large incidents weigh less than in pairwise.
A toll disagreement is *flagged* when the fused event holding most of the incident's articles
carries a `killed` conflict with claims from at least two of the incident's articles. Both extraction misses (wrong main event) and fusion misses lower
the scores. The gold is FA-KES dev, which the extractor's rules were tuned on, and fusion's
rules and weights were chosen on it too: these are development figures, not held-out ones.
*Fused alone* fuses only the gold articles (no other article in the stream).
"""


NOTES = "## Notes"


def kept_notes(path: Path) -> str:
    """The hand-written part of an earlier report (from a line '## Notes' on), kept across runs."""
    if not path.exists():
        return ""
    old = path.read_text(encoding="utf-8")
    at = old.find("\n" + NOTES + "\n")
    return "\n" + old[at + 1:] if at >= 0 else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--data", type=Path, default=None, help="fakes_dev.csv (default: found under ../shared)")
    ap.add_argument("--distractors", type=int, default=None,
                    help="non-gold articles to add (default: all of them)")
    ap.add_argument("--seed", type=int, default=0, help="for sampling distractors")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--out", default=str(OUT), help="Markdown output path, or - to print only")
    ap.add_argument("--details", action="store_true", help="print per-incident clustering of the tune half to stderr")
    ap.add_argument("--code-version", default=None, help="label for the code measured (default: git describe)")
    args = ap.parse_args(argv)

    data = args.data or dataset_path("fakes")
    if data is None or not Path(data).exists():
        print("skip: FA-KES dev not found under ../shared (set EVENTWIRE_SHARED or pass --data)")
        return 0
    incidents, labels = load_gold(args.gold)
    articles = select(read_articles(Path(data)), set(labels), args.distractors, args.seed)
    absent = set(labels) - {a.id for a in articles}
    if absent:
        print(f"gold ids not in {data}: {sorted(absent)}", file=sys.stderr)
        return 1
    n_dist = len(articles) - len(labels)

    from eventwire.eval.common import extract_all

    print(f"extracting {len(articles)} articles …", file=sys.stderr)
    t0 = time.perf_counter()
    results = extract_all(articles, args.processes)
    t1 = time.perf_counter()
    events, where, n_dup = fuse(results)
    t2 = time.perf_counter()

    pred_all = predicted(results, where)
    # The same gold articles fused with no other article in the stream: fewer events to go
    # wrong with, but also fewer to keep a wrong match away (reported when there are distractors).
    alone = [r for r in results if isinstance(r, dict) and r["id"] in labels]
    pred_alone = predicted(alone, fuse(alone)[1]) if n_dist else None
    order = {r["id"]: k for k, r in enumerate(sorted(
        (r for r in results if isinstance(r, dict)), key=lambda r: (r.get("published") or "9999-99-99", r["id"])))}
    flags = toll_flags(incidents, restrict(pred_all, labels), events, order)
    per_inc = per_incident_view(incidents, pred_all, labels)
    halves = dev_halves("fakes")
    if args.details:
        print_tune_details(incidents, results, labels, halves)
    table = report(incidents, labels, pred_all, events, results, n_dist, n_dup,
                   {"extract": t1 - t0, "fuse": t2 - t1}, flags, per_inc, pred_alone)
    table += "\n\nBy half of FA-KES dev (each half streamed alone; pairs within the half):\n\n"
    table += "\n".join(half_rows(results, labels, halves))
    text = (f"# Fusion quality on FA-KES dev\n\nGenerated by `python benchmarks/fusion_quality.py` on "
            f"{dt.date.today()} (code: {args.code_version or code_version()}).\n\n{table}\n\n{HOW}")
    print(text)
    if args.out != "-":
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + kept_notes(out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
