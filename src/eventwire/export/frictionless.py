"""Frictionless table schemas (https://specs.frictionlessdata.io/table-schema/) written beside
CSV exports as `<file>.schema.json`: each column's type, so readers keep CAMEO's "030" a string,
parse dates, and read list columns (JSON arrays) as lists."""
from __future__ import annotations

import json
from pathlib import Path

from eventwire.export.fields import atomic

# What an empty cell means, in every column.
MISSING = [""]


def schema(columns: tuple[tuple[str, str], ...], primary_key: str | None = None,
           descriptions: dict[str, str] | None = None) -> dict:
    fields = []
    for name, ftype in columns:
        f: dict = {"name": name, "type": ftype}
        if ftype == "array":
            f["description"] = "JSON array of strings"
        if descriptions and name in descriptions:
            f["description"] = descriptions[name]
        fields.append(f)
    out: dict = {"fields": fields, "missingValues": MISSING}
    if primary_key:
        out["primaryKey"] = primary_key
    return out


def schema_path(csv_path: Path) -> Path:
    """events.csv -> events.schema.json; events.acled.csv -> events.acled.schema.json."""
    return csv_path.with_suffix(".schema.json")


def write_schema(csv_path: Path, columns: tuple[tuple[str, str], ...], primary_key: str | None = None,
                 descriptions: dict[str, str] | None = None) -> Path:
    path = schema_path(csv_path)
    with atomic(path, encoding="utf-8", newline="\n") as fh:
        json.dump(schema(columns, primary_key, descriptions), fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return path
