"""One flat row per fused event, written as CSV (row by row) or Parquet (in batches).

List fields (outlets, actors, targets, contexts, disputed fields) are Parquet list<string>
columns; in CSV they are JSON arrays (`["Reuters","SANA"]`), which no name can make
ambiguous. Beside every CSV goes its Frictionless table schema (`<file>.schema.json`,
frictionless.py), so a reader keeps `cameo` "030" a string and parses the arrays.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventwire.export import frictionless
from eventwire.export.articles import Articles
from eventwire.export.fields import (
    atomic,
    atomic_path,
    clean,
    conflict_fields,
    context,
    date_precision,
    earliest,
    factuality,
    precision,
    primary,
)
from eventwire.export.gis import GEOMETRY_COLUMN, geo_metadata, wkb_point
from eventwire.model import FusedEvent

BATCH = 10_000  # Parquet rows per row group; bounds memory whatever the input size
# Rows held as Python objects before they become Arrow arrays (a hundredth of the memory per row).
ARROW_EVERY = 1_000

# (column, type); CSV and Parquet share the names and the order. Types are Frictionless
# table schema types; `array` is a list of strings.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("type", "string"), ("mode", "string"), ("cameo", "string"),
    ("acled_event_type", "string"), ("acled_sub_event_type", "string"), ("factuality", "string"),
    ("context", "array"), ("date", "date"), ("date_precision", "string"),
    ("location_name", "string"), ("location_country", "string"), ("location_admin1", "string"),
    ("location_admin1_code", "string"), ("location_lat", "number"), ("location_lon", "number"),
    ("location_precision", "string"), ("location_geonameid", "integer"),
    ("actor1_name", "string"), ("actor1_country", "string"), ("actor1_sector", "string"),
    ("actor2_name", "string"), ("actor2_country", "string"), ("actor2_sector", "string"),
    ("actors", "array"), ("targets", "array"),
    ("killed", "integer"), ("injured", "integer"),
    ("n_sources", "integer"), ("n_articles", "integer"), ("n_mentions", "integer"),
    ("first_reported", "date"), ("last_reported", "date"),
    ("outlets", "array"), ("url", "string"), ("has_conflict", "boolean"), ("conflict_fields", "array"),
)
NAMES = tuple(c for c, _ in COLUMNS)
ARRAYS = frozenset(c for c, t in COLUMNS if t == "array")

DESCRIPTIONS = {
    "cameo": "CAMEO event code: a string, leading zero kept (\"030\")",
    "date_precision": "day: a source states the day; month, year: the sources give no more; week: the day is a "
                      "report's date (the event is near it)",
    "url": "URL of the first report, where the store has one",
    "actors": "canonical names of every actor", "targets": "canonical names of every target",
    "outlets": "outlets that reported the event", "conflict_fields": "fields the sources disagree on",
    "location_precision": "point (a town), admin2, admin1, country or region (the point is the unit's centroid)",
}


def _names(actors) -> list[str]:
    return list(dict.fromkeys(clean(a.name) for a in actors if a.name))


def flat_row(fe: FusedEvent, articles: Articles | None = None) -> dict[str, Any]:
    """Python values (None where unknown, lists for arrays); dates stay YYYY-MM-DD strings here."""
    loc, a1, a2 = fe.location, primary(fe.actors), primary(fe.targets)
    first = earliest(fe)
    url = (articles or Articles()).info(first.article_id).url if first else None
    return {
        "id": fe.id, "type": fe.type, "mode": fe.mode, "cameo": fe.cameo,
        "acled_event_type": fe.acled_event_type, "acled_sub_event_type": fe.acled_sub_event_type,
        "factuality": factuality(fe), "context": context(fe), "date": fe.date, "date_precision": date_precision(fe),
        "location_name": loc and (loc.name or loc.text), "location_country": loc and loc.country,
        "location_admin1": loc and loc.admin1, "location_admin1_code": loc and loc.admin1_code,
        "location_lat": loc and loc.lat, "location_lon": loc and loc.lon,
        "location_precision": precision(loc), "location_geonameid": loc and loc.geonameid,
        "actor1_name": a1 and a1.name, "actor1_country": a1 and a1.country, "actor1_sector": a1 and a1.sector,
        "actor2_name": a2 and a2.name, "actor2_country": a2 and a2.country, "actor2_sector": a2 and a2.sector,
        "actors": _names(fe.actors), "targets": _names(fe.targets),
        "killed": fe.killed, "injured": fe.injured,
        "n_sources": fe.n_sources, "n_articles": fe.n_articles, "n_mentions": len(fe.mentions),
        "first_reported": fe.first_reported, "last_reported": fe.last_reported,
        "outlets": [clean(o) for o in fe.outlets if o], "url": url, "has_conflict": bool(fe.conflicts),
        "conflict_fields": conflict_fields(fe),
    }


def csv_value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    return v


def csv_row(fe: FusedEvent, articles: Articles | None = None) -> list:
    row = flat_row(fe, articles)
    return [csv_value(row[c]) for c in NAMES]


def write_csv(events: Iterable[FusedEvent], path: Path, articles: Articles | None = None) -> list[Path]:
    """The CSV and its table schema beside it."""
    articles = articles or Articles()
    # RFC 4180: commas, quotes and line breaks inside a value are quoted by the csv module
    with atomic(path, encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(NAMES)
        for fe in articles.batches(events):
            w.writerow(csv_row(fe, articles))
    return [path, frictionless.write_schema(path, COLUMNS, primary_key="id", descriptions=DESCRIPTIONS)]


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


def parquet_schema(geo: bool = False):
    import pyarrow as pa

    types = {"string": pa.string(), "number": pa.float64(), "integer": pa.int64(), "boolean": pa.bool_(),
             "date": pa.date32(), "array": pa.list_(pa.string())}
    fields = [(name, types[t]) for name, t in COLUMNS]
    if geo:
        fields.append((GEOMETRY_COLUMN, pa.binary()))
    schema = pa.schema(fields)
    return schema.with_metadata({"geo": geo_metadata(None)}) if geo else schema


def write_parquet(events: Iterable[FusedEvent], path: Path, batch: int = BATCH, articles: Articles | None = None,
                  geo: bool = False) -> Path:
    """Parquet in row groups of `batch`; `geo`: GeoParquet 1.1 (a WKB point column and its metadata)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    articles = articles or Articles()
    schema = parquet_schema(geo)
    names = schema.names
    dates = [name for name, t in COLUMNS if t == "date"]
    with atomic_path(path) as tmp, pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        cols: dict[str, list] = {n: [] for n in names}
        done: list = []  # Arrow batches of the row group being built (compact, unlike Python rows)

        def to_arrow():
            if cols["id"]:
                done.append(pa.RecordBatch.from_pydict(cols, schema=schema))
                for v in cols.values():
                    v.clear()

        def flush():
            to_arrow()
            if done:
                writer.write_table(pa.Table.from_batches(done, schema=schema), row_group_size=batch)
                done.clear()

        n = 0
        for fe in articles.batches(events):
            row = flat_row(fe, articles)
            for d in dates:
                row[d] = _date(row[d])
            if geo:
                row[GEOMETRY_COLUMN] = wkb_point(fe.location)
            for name in names:
                cols[name].append(row[name])
            n += 1
            if n % batch == 0:
                flush()
            elif len(cols["id"]) >= ARROW_EVERY:
                to_arrow()
        flush()
    return path
