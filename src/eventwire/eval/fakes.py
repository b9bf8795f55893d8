"""FA-KES dev: the main event's date against the crowd-coded gold `date`.

Input is read exactly as `eventwire extract` reads the CSV (gold columns `date`,
`location`, `labels` are never fed to the extractor); the publication date comes
from the dateline in the text. Reported beside it: the dateline alone, as the
baseline the issue quotes.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from ..ingest.readers import ReadOptions, read_path
from ..model import RecordError
from .common import dev_halves, extract_all, main_event, per_half


def _gold_date(s: str) -> str | None:
    try:
        m, d, y = (int(x) for x in s.strip().split("/"))
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def score_fakes(path: Path, limit: int | None = None, processes: int = 2) -> dict:
    with open(path, newline="", encoding="utf-8") as fh:
        gold = {row["unit_id"]: row for row in csv.DictReader(fh)}
    articles = [a for a in read_path(str(path), ReadOptions()) if not isinstance(a, RecordError)]
    if limit:
        articles = articles[:limit]
    results = extract_all(articles, processes)
    n = hit = hit_dl = n_dl = base_hit = 0
    outcomes = []
    for art, res in zip(articles, results):
        g = _gold_date(gold[art.id]["date"])
        n += 1
        ev = main_event(res)
        pred = ev["date"] if ev else (None if isinstance(res, RecordError) else res.get("published"))
        published = None if isinstance(res, RecordError) else res.get("published")
        hit += pred == g
        outcomes.append((art.id, pred == g))
        base_hit += published == g
        if published:
            n_dl += 1
            hit_dl += pred == g
    return {
        "n": n,
        "metrics": {"date_accuracy": hit / n if n else 0.0,
                    "date_accuracy_with_dateline": hit_dl / n_dl if n_dl else 0.0,
                    "dateline_alone_baseline": base_hit / n if n else 0.0,
                    **per_half("date_accuracy", outcomes, dev_halves("fakes"))},
        "notes": {"date_accuracy": "main event's own date, exact day",
                  "date_accuracy_with_dateline": f"{n_dl} articles with a dateline found",
                  "dateline_alone_baseline": "publication date from the dateline, for reference"},
    }
