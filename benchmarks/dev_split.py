"""Split the dev sets that rules are tuned on (FA-KES, PLOVER, CASE 2021) once, with a fixed
seed, into a *tune* half (errors may be read) and a *check* half (scored, errors never read),
as the record-level gold is split (docs/annotation.md). Ids only, written once to
benchmarks/data/dev_splits.json and never redrawn:

    python benchmarks/dev_split.py ../shared

FA-KES articles that are in the record-level gold keep that gold's half, so that reading a
FA-KES tune error never shows a record-level check article.
"""
from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

SEED = 20261205


def _ids(shared: Path) -> dict[str, list[str]]:
    with open(shared / "datasets/fakes/fakes_dev.csv", newline="", encoding="utf-8") as fh:
        fakes = sorted({r["unit_id"] for r in csv.DictReader(fh)})
    plover = sorted({str(r["id"]) for r in json.loads((shared / "datasets/plover/plover_gsr_dev.json").read_text())})
    with open(shared / "datasets/case2021/case2021_task2_dev.tsv", newline="", encoding="utf-8") as fh:
        case = sorted({f"case-{r['id']}" for r in csv.DictReader(fh, delimiter="\t") if r.get("EventSnippet")})
    return {"fakes": fakes, "plover": plover, "case": case}


def main() -> int:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    data = Path(__file__).parent / "data"
    out = data / "dev_splits.json"
    if out.exists():
        print(f"{out} exists: the split is made once and never redrawn", file=sys.stderr)
        return 1
    fixed = {r["id"]: r["half"] for r in json.loads((data / "records_split.json").read_text())["articles"]
             if r["set"] == "fakes"}
    rng = random.Random(SEED)
    splits = {}
    for name, ids in _ids(shared).items():
        free = [i for i in ids if not (name == "fakes" and i in fixed)]
        rng.shuffle(free)
        halves = {i: ("tune" if k % 2 == 0 else "check") for k, i in enumerate(free)}
        if name == "fakes":
            halves.update({i: h for i, h in fixed.items() if i in set(ids)})
        splits[name] = dict(sorted(halves.items()))
    out.write_text(json.dumps({"seed": SEED, **splits}, indent=0) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in splits.items()}, "→", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
