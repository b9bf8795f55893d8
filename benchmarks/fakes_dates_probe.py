"""Probe: event-day accuracy of dateline + relative-day resolution on FA-KES.

For each article (column ``article_content``) it computes

  (a) the dateline date alone (``find_dateline``), and
  (b) the dateline adjusted by the first weekday / relative-day phrase
      ("on Tuesday", "yesterday", "two days ago") found in the first two
      sentences after the dateline (``resolve_in_span`` with
      ``published`` = dateline date; dates of statements, "a monitor said
      Thursday", and period starts, "since Saturday", are not event dates),

and prints exact-day accuracy against the gold ``date`` column (m/d/Y), over all
articles and over the articles that have a dateline.

Finding (fakes_dev.csv, 509 rows): the gold ``date`` column follows the
article's own date, not the event day the text states. Where (b) moves the
date to the stated weekday ("killed on Tuesday" in an article dated
Wednesday), gold keeps the dateline date or some other day, never the stated
one, so on this file (b) scores below (a) even though the adjusted dates read
correctly. The probe therefore measures dateline quality well and relative-day
resolution only indirectly (see the "changed" line).

Usage:  .venv/bin/python benchmarks/fakes_dates_probe.py [CSV] [--show-errors N]

Reads /work/shared/datasets/fakes/fakes_dev.csv by default; prints a skip
message and exits 0 if the file is absent.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import re
import sys
import time
from pathlib import Path

DEFAULT_CSV = Path("/work/shared/datasets/fakes/fakes_dev.csv")

try:
    from eventwire.resolve.dates import find_dateline, resolve_in_span
except ImportError:  # running from a checkout without an installed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from eventwire.resolve.dates import find_dateline, resolve_in_span

# Sentence ends: . ! ? (optionally followed by a closing quote) then space.
_SENT_END = re.compile(r"(?<=[.!?])[\"”’']?\s+")


def sentences_after(text: str, pos: int, n: int) -> list[tuple[int, int]]:
    """Char spans of the first ``n`` sentences of text[pos:]."""
    spans = []
    start = pos
    for m in _SENT_END.finditer(text, pos):
        if m.start() <= start:
            continue
        spans.append((start, m.start()))
        start = m.end()
        if len(spans) == n:
            return spans
    if start < len(text) and len(spans) < n:
        spans.append((start, len(text)))
    return spans


def parse_gold(s: str) -> datetime.date | None:
    try:
        return datetime.datetime.strptime(s.strip(), "%m/%d/%Y").date()
    except ValueError:
        return None


def adjusted_date(text: str, n_sentences: int = 2, kinds=("weekday", "relative")):
    """(dateline match, adjusted date, the phrase match used or None)."""
    dl = find_dateline(text)
    if dl is None:
        return None, None, None
    for s, e in sentences_after(text, dl.end, n_sentences):
        m = resolve_in_span(text, s, e, dl.date, kinds=kinds, reporting=False)
        if m is not None:
            return dl, m.date, m
    return dl, dl.date, None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", default=str(DEFAULT_CSV))
    ap.add_argument("--show-errors", type=int, default=0, help="print N articles that (b) gets wrong")
    args = ap.parse_args(argv)

    path = Path(args.csv)
    if not path.is_file():
        print(f"SKIP: FA-KES file not found at {path}; nothing to measure.")
        return 0

    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))

    t0 = time.perf_counter()
    n = with_dl = a_ok = b_ok = changed = changed_ok = changed_bad = 0
    errors = []
    for row in rows:
        gold = parse_gold(row.get("date", ""))
        text = row.get("article_content") or ""
        if gold is None:
            continue
        n += 1
        dl, adj, used = adjusted_date(text)
        if dl is None:
            continue
        with_dl += 1
        a_ok += dl.date == gold
        b_ok += adj == gold
        if adj != dl.date:
            changed += 1
            changed_ok += adj == gold
            changed_bad += dl.date == gold
        if adj != gold and len(errors) < args.show_errors:
            errors.append((row.get("unit_id"), gold, dl, adj, used, text[:240]))
    elapsed = time.perf_counter() - t0

    def pct(k: int, d: int) -> str:
        return f"{k / d:.3f} ({k}/{d})" if d else "n/a"

    print(f"FA-KES date probe: {n} articles with a gold date, {with_dl} with a dateline "
          f"({elapsed:.2f}s)")
    print(f"(a) dateline alone           overall {pct(a_ok, n)}   with dateline {pct(a_ok, with_dl)}")
    print(f"(b) dateline + relative day  overall {pct(b_ok, n)}   with dateline {pct(b_ok, with_dl)}")
    print(f"    (b) changed the dateline date in {changed} articles: "
          f"{changed_ok} now right, {changed_bad} were right before")
    for uid, gold, dl, adj, used, head in errors:
        print(f"\n- {uid} gold={gold} dateline={dl.date} ({dl.text!r}) adjusted={adj}"
              f" via={used.text if used else None!r}\n  {head!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
