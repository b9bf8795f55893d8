"""The record gold's figures per batch and half (docs/annotation.md: batch 2 was drawn after batch
1's tune errors had been read), as `eventwire eval records` gives them for both batches together:

    python benchmarks/records_by_batch.py [../shared]   # prints, and writes docs/benchmarks/records_by_batch.md

Development figures: batch 1's tune errors were read over many sessions, batch 2's from session 13.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from eventwire.eval.common import extract_all
from eventwire.eval.records import (
    FIELDS,
    GOLD_DIR,
    HALVES,
    SPLIT_FILES,
    Tally,
    load_gold,
    load_gold_articles,
)

REPORT = Path(__file__).resolve().parents[1] / "docs" / "benchmarks" / "records_by_batch.md"
SHOWN = (*FIELDS, "spurious_or_duplicate_share", "missed_share", "output_events_per_article")


def main(argv: list[str]) -> int:
    shared = Path(argv[0] if argv else "../shared")
    gold, halves = load_gold()
    batch_of = {(r["set"], r["id"]): b for b, name in enumerate(SPLIT_FILES, 1)
                for r in json.loads((GOLD_DIR / name).read_text(encoding="utf-8"))["articles"]}
    articles = load_gold_articles(shared, gold)
    results = extract_all([articles[g["set"], g["id"]] for g in gold], 2)
    keys = [(b, h) for b in range(1, len(SPLIT_FILES) + 1) for h in HALVES]
    tallies = {k: Tally() for k in keys}
    for g, res in zip(gold, results):
        key = (g["set"], g["id"])
        tallies[batch_of[key], halves[key]].add(res, g)
    metrics = {k: t.metrics() for k, t in tallies.items()}
    lines = ["| field | " + " | ".join(f"batch {b} {h} ({tallies[b, h].articles})" for b, h in keys) + " |",
             "|---|" + "---|" * len(keys)]
    lines += [f"| {f} | " + " | ".join(f"{metrics[k][f]:.3f}" if f in metrics[k] else "—" for k in keys) + " |"
              for f in SHOWN]
    print("\n".join(lines))
    head = (f"# Record gold per batch\n\nWritten by `benchmarks/records_by_batch.py` on {dt.date.today()}. "
            "Development figures (docs/annotation.md): batch 1's tune errors were read from session 8 on, "
            "batch 2's from session 13; check errors are never read.\n\n")
    REPORT.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
