"""One flat row per fused event, written as CSV (row by row) or Parquet (in batches)."""
from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventwire.export.fields import (
    atomic,
    atomic_path,
    conflict_fields,
    factuality,
    outlets,
    precision,
    primary,
)
from eventwire.model import FusedEvent

BATCH = 10_000  # Parquet rows per row group; bounds memory whatever the input size

# (column, Arrow type name); CSV and Parquet share the names and the order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("type", "string"), ("mode", "string"), ("cameo", "string"),
    ("acled_event_type", "string"), ("acled_sub_event_type", "string"), ("factuality", "string"),
    ("date", "date"),
    ("location_name", "string"), ("location_country", "string"), ("location_admin1", "string"),
    ("location_admin1_code", "string"), ("location_lat", "float"), ("location_lon", "float"),
    ("location_precision", "string"), ("location_geonameid", "int"),
    ("actor1_name", "string"), ("actor1_country", "string"), ("actor1_sector", "string"),
    ("actor2_name", "string"), ("actor2_country", "string"), ("actor2_sector", "string"),
    ("killed", "int"), ("injured", "int"),
    ("n_sources", "int"), ("n_articles", "int"), ("n_mentions", "int"),
    ("first_reported", "date"), ("last_reported", "date"),
    ("outlets", "string"), ("has_conflict", "bool"), ("conflict_fields", "string"),
)
NAMES = tuple(c for c, _ in COLUMNS)


def flat_row(fe: FusedEvent) -> dict[str, Any]:
    """Python values (None where unknown); dates stay YYYY-MM-DD strings here."""
    loc, a1, a2 = fe.location, primary(fe.actors), primary(fe.targets)
    return {
        "id": fe.id, "type": fe.type, "mode": fe.mode, "cameo": fe.cameo,
        "acled_event_type": fe.acled_event_type, "acled_sub_event_type": fe.acled_sub_event_type,
        "factuality": factuality(fe), "date": fe.date,
        "location_name": loc and (loc.name or loc.text), "location_country": loc and loc.country,
        "location_admin1": loc and loc.admin1, "location_admin1_code": loc and loc.admin1_code,
        "location_lat": loc and loc.lat, "location_lon": loc and loc.lon,
        "location_precision": precision(loc), "location_geonameid": loc and loc.geonameid,
        "actor1_name": a1 and a1.name, "actor1_country": a1 and a1.country, "actor1_sector": a1 and a1.sector,
        "actor2_name": a2 and a2.name, "actor2_country": a2 and a2.country, "actor2_sector": a2 and a2.sector,
        "killed": fe.killed, "injured": fe.injured,
        "n_sources": fe.n_sources, "n_articles": fe.n_articles, "n_mentions": len(fe.mentions),
        "first_reported": fe.first_reported, "last_reported": fe.last_reported,
        "outlets": outlets(fe), "has_conflict": bool(fe.conflicts),
        "conflict_fields": "; ".join(conflict_fields(fe)) or None,
    }


def csv_value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def csv_row(fe: FusedEvent) -> list:
    row = flat_row(fe)
    return [csv_value(row[c]) for c in NAMES]


def write_csv(events: Iterable[FusedEvent], path: Path) -> Path:
    # RFC 4180: commas, quotes and line breaks inside a value are quoted by the csv module
    with atomic(path, encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(NAMES)
        for fe in events:
            w.writerow(csv_row(fe))
    return path


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


def parquet_schema():
    import pyarrow as pa

    types = {"string": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_(),
             "date": pa.date32()}
    return pa.schema([(name, types[t]) for name, t in COLUMNS])


def write_parquet(events: Iterable[FusedEvent], path: Path, batch: int = BATCH) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    dates = [name for name, t in COLUMNS if t == "date"]
    with atomic_path(path) as tmp, pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
        cols: dict[str, list] = {n: [] for n in NAMES}

        def flush():
            if cols["id"]:
                writer.write_batch(pa.RecordBatch.from_pydict(cols, schema=schema))
                for v in cols.values():
                    v.clear()

        for fe in events:
            row = flat_row(fe)
            for d in dates:
                row[d] = _date(row[d])
            for n in NAMES:
                cols[n].append(row[n])
            if len(cols["id"]) >= batch:
                flush()
        flush()
    return path
