"""Choose the articles of the record-level dev gold (issue 13) and split them, once, into a
*tune* half (errors may be read) and a *check* half (scored, errors never read).

Run once per batch, before any output is looked at; the result is committed as
benchmarks/data/records_split.json (batch 1) or records_split_b2.json (batch 2): set, article
id, half. A batch is never redrawn:

    python benchmarks/records_select.py ../shared          # batch 1 (session 8)
    python benchmarks/records_select.py ../shared --batch 2

Batch 2 (session 13) was drawn because batch 1's tune errors had been read down to a few
per field while its check figures lagged far behind: fresh tune articles show errors that
the rules were not yet written against. It draws among the articles batch 1 did not take,
with its own seed, and splits them the same way, except FA-KES articles, which keep the half
that benchmarks/dev_split.py gave them when FA-KES was split (after batch 1).

Selection: articles that report political or conflict events (two or more event words),
under MAX_CHARS (an annotator reads each whole), drawn with a fixed seed so that the choice
is reproducible and not made by reading outputs. FA-KES is all Syrian war; GeoWebNews and LGL
bring other regions and kinds (protests, arrests, crime, talks); WikiEvents is attacks.
"""
from __future__ import annotations

import csv
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from eventwire.eval.records import SPLIT_FILES

SEED = 20261205
MAX_CHARS = 5000  # an annotator reads the whole article ...
MAX_CHARS_WIKIEVENTS = 9000  # ... but WikiEvents' documents are long, and only 20
# How many articles of each set (GeoWebNews has only ~33 event articles short enough: all
# of them): at least 150 in all, enough of each kind and region for per-field figures.
QUOTA = {"fakes": 55, "gwn": 50, "lgl": 55, "wikievents": 20}
# Batch 2: GeoWebNews and WikiEvents have no eligible article left; LGL (42 left) brings the
# regions and kinds FA-KES lacks, so it gets most of the 40.
SEEDS = {1: SEED, 2: 20261206}
QUOTAS = {1: QUOTA, 2: {"fakes": 14, "lgl": 26}}
EVENT_WORDS = re.compile(
    r"\b(kill(?:ed|ing|s)?|attack(?:ed|s)?|bomb(?:ing|ings|ed|s)?|shot|shooting|protest(?:s|ers|ed)?|riot(?:s|ing)?|"
    r"arrest(?:ed|s)?|sanctions?|talks|threat(?:en(?:ed|s)?)?|ceasefire|troops|militants?|rebels?|air ?strikes?|"
    r"clash(?:es|ed)?|explosion|shell(?:ing|ed)|wounded|injured|demonstrat(?:ion|ors|ed))\b", re.I)
MIN_EVENT_WORDS = 2


def _candidates(shared: Path) -> dict[str, list[tuple[str, str]]]:
    """(article id, text) of every article of each set."""
    out: dict[str, list[tuple[str, str]]] = {}
    with open(shared / "datasets/fakes/fakes_dev.csv", newline="", encoding="utf-8") as fh:
        out["fakes"] = [(r["unit_id"], r["article_content"]) for r in csv.DictReader(fh)]
    gwn = ET.parse(shared / "datasets/geo/GWN.xml").getroot()
    out["gwn"] = [(a.get("file"), a.findtext("text") or "") for a in gwn.iter("article")]
    lgl = ET.parse(shared / "datasets/geo/lgl.xml").getroot()
    out["lgl"] = [(a.get("docid"), a.findtext("text") or "") for a in lgl.iter("article")]
    with open(shared / "datasets/wikievents/dev.jsonl", encoding="utf-8") as fh:
        out["wikievents"] = [(d["doc_id"], d["text"]) for d in map(json.loads, fh)]
    return out


def _fakes_halves(ids: list[str]) -> dict[str, str]:
    halves = json.loads((Path(__file__).parent / "data" / "dev_splits.json").read_text(encoding="utf-8"))["fakes"]
    return {i: halves[i] for i in ids}


def select(shared: Path, batch: int = 1, taken: frozenset[tuple[str, str]] = frozenset()) -> list[dict]:
    """The articles of one batch, each with its half; `taken` (earlier batches) are never drawn again."""
    rng, quota = random.Random(SEEDS[batch]), QUOTAS[batch]
    rows = []
    for name, arts in sorted(_candidates(shared).items()):
        if name not in quota:
            continue
        limit = MAX_CHARS_WIKIEVENTS if name == "wikievents" else MAX_CHARS
        ok = [i for i, t in arts if len(t) <= limit and len(EVENT_WORDS.findall(t)) >= MIN_EVENT_WORDS
              and (name, i) not in taken]
        chosen = sorted(rng.sample(sorted(ok), min(quota[name], len(ok))))
        order = chosen[:]
        rng.shuffle(order)
        half = {aid: ("tune" if k % 2 == 0 else "check") for k, aid in enumerate(order)}
        if batch > 1 and name == "fakes":  # FA-KES was split since (dev_splits.json): keep its half, so
            half.update(_fakes_halves(chosen))  # a record tune error never shows a FA-KES check article
        rows += [{"set": name, "id": aid, "half": half[aid]} for aid in chosen]
    return rows


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default="../shared", help="the shared data folder")
    ap.add_argument("--batch", type=int, choices=sorted(SEEDS), default=1, help="which batch to draw")
    args = ap.parse_args(argv)
    batch, shared = args.batch, Path(args.shared)
    data = Path(__file__).parent / "data"
    out = data / SPLIT_FILES[batch - 1]
    if out.exists():
        print(f"{out} exists: the split is made once and never redrawn", file=sys.stderr)
        return 1
    taken = frozenset((r["set"], r["id"]) for f in SPLIT_FILES[:batch - 1]
                      for r in json.loads((data / f).read_text(encoding="utf-8"))["articles"])
    rows = select(shared, batch, taken)
    out.write_text(json.dumps({"seed": SEEDS[batch], "batch": batch, "articles": rows}, indent=1) + "\n",
                   encoding="utf-8")
    print(f"{len(rows)} articles → {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
