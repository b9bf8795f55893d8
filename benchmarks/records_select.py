"""Choose the articles of the record-level dev gold (issue 13) and split them, once, into a
*tune* half (errors may be read) and a *check* half (scored, errors never read).

Run once, before any output is looked at; the result is committed as
benchmarks/data/records_split.json (set, article id, half) and never regenerated:

    python benchmarks/records_select.py ../shared

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

SEED = 20261205
MAX_CHARS = 5000  # an annotator reads the whole article ...
MAX_CHARS_WIKIEVENTS = 9000  # ... but WikiEvents' documents are long, and only 20
# How many articles of each set (GeoWebNews has only ~33 event articles short enough: all
# of them): at least 150 in all, enough of each kind and region for per-field figures.
QUOTA = {"fakes": 55, "gwn": 50, "lgl": 55, "wikievents": 20}
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


def select(shared: Path) -> list[dict]:
    rng = random.Random(SEED)
    rows = []
    for name, arts in sorted(_candidates(shared).items()):
        limit = MAX_CHARS_WIKIEVENTS if name == "wikievents" else MAX_CHARS
        ok = [i for i, t in arts if len(t) <= limit and len(EVENT_WORDS.findall(t)) >= MIN_EVENT_WORDS]
        chosen = sorted(rng.sample(sorted(ok), min(QUOTA[name], len(ok))))
        order = chosen[:]
        rng.shuffle(order)
        half = {aid: ("tune" if k % 2 == 0 else "check") for k, aid in enumerate(order)}
        rows += [{"set": name, "id": aid, "half": half[aid]} for aid in chosen]
    return rows


def main() -> int:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    out = Path(__file__).parent / "data" / "records_split.json"
    if out.exists():
        print(f"{out} exists: the split is made once and never redrawn", file=sys.stderr)
        return 1
    rows = select(shared)
    out.write_text(json.dumps({"seed": SEED, "articles": rows}, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} articles → {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
