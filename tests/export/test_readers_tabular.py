"""pandas, polars, pyarrow and DuckDB read every tabular export (CSV with its table schema,
Parquet, the ACLED CSV) and the JSON Lines with the right types: CAMEO codes keep their
leading zero, dates are dates, list columns are lists, a claim's value has one shape."""
from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from readers import duckdb_csv, fields, pandas_csv, polars_csv, pyarrow_csv

from eventwire.export import tabular

SETS = ("store", "hand-built", "canonical")


def truth(csv_path) -> list[dict]:
    """The CSV cells as written, row by row."""
    import csv

    with open(csv_path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def expected(cell: str, ftype: str):
    """The typed value a CSV cell stands for, by its schema type."""
    if cell == "":
        return [] if ftype == "array" else None
    return {"string": str, "integer": int, "number": float, "boolean": lambda c: c == "true",
            "date": dt.date.fromisoformat, "array": json.loads}[ftype](cell)


def normal(v):
    """A reader's cell as plain Python (pandas' NA, numpy scalars and arrays, timestamps)."""
    if v is None or (isinstance(v, float) and v != v) or str(v) in ("<NA>", "NaT"):
        return None
    if hasattr(v, "tolist") and not isinstance(v, str):
        v = v.tolist()
    return list(v) if isinstance(v, tuple) else v


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("fmt", ["csv", "acled"])
def test_csv_readers_agree_on_types(export_sets, name, fmt):
    path = export_sets[name][fmt]
    rows = truth(path)
    types = fields(path)
    assert not rows or list(types) == list(rows[0])
    con, rel = duckdb_csv(path)
    readers = {"pandas": pandas_csv(path).to_dict("records"), "polars": polars_csv(path).to_dicts(),
               "pyarrow": pyarrow_csv(path).to_pylist(),
               "duckdb": [dict(zip(rel.columns, r)) for r in rel.fetchall()]}
    con.close()
    for reader, got in readers.items():
        assert len(got) == len(rows), reader
        for row, typed in zip(rows, got):
            for col, cell in row.items():
                want, have = expected(cell, types[col]), normal(typed[col])
                if types[col] == "array" and have is None:
                    have = []
                assert have == want, (reader, col, cell, typed[col])
    if fmt == "csv":
        assert all(r["cameo"] == c["cameo"] for r, c in zip(readers["polars"], rows) if c["cameo"])


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("fmt", ["parquet", "geoparquet"])
def test_parquet_readers(export_sets, name, fmt):
    import duckdb
    import pandas as pd
    import polars as pl

    path = export_sets[name][fmt]
    t = pq.read_table(path)
    for col in ("outlets", "actors", "targets", "context", "conflict_fields"):
        assert t.schema.field(col).type == pa.list_(pa.string())
        assert pl.read_parquet(path).schema[col] == pl.List(pl.String)
    assert t.schema.field("cameo").type == pa.string() and t.schema.field("date").type == pa.date32()
    assert len(pd.read_parquet(path)) == t.num_rows
    types = {r[0]: r[1] for r in duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{path}')").fetchall()}
    assert types["outlets"] == "VARCHAR[]" and types["date"] == "DATE" and types["cameo"] == "VARCHAR"


@pytest.mark.parametrize("name", SETS)
def test_jsonl_readers(export_sets, name):
    import duckdb
    import pandas as pd
    import polars as pl
    import pyarrow.json as pj

    path = export_sets[name]["jsonl"]
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert pj.read_json(path).num_rows == n
    assert pl.read_ndjson(path).height == n
    assert len(pd.read_json(path, lines=True)) == n
    assert duckdb.sql(f"SELECT count(*) FROM read_json_auto('{path}')").fetchall()[0][0] == n


def test_claim_values_have_one_shape(export_sets):
    import pyarrow.json as pj

    t = pj.read_json(export_sets["hand-built"]["jsonl"])
    claim = t.schema.field("conflicts").type.value_type.field("claims").type.value_type
    value = claim.field("value").type
    assert {value.field(i).name for i in range(value.num_fields)} == {"text", "number", "qualifier", "items"}
    rec = json.loads(export_sets["hand-built"]["jsonl"].read_text(encoding="utf-8").splitlines()[0])
    assert [c["value"] for c in rec["conflicts"][0]["claims"]] == [
        {"text": "12", "number": 12, "qualifier": None, "items": []},
        {"text": "20", "number": 20, "qualifier": None, "items": []}]


def test_schema_beside_every_csv(export_sets):
    for name in SETS:
        for fmt in ("csv", "acled"):
            schema_file = export_sets[name][fmt].with_suffix(".schema.json")
            assert schema_file.exists()
    types = fields(export_sets["store"]["csv"])
    assert types["cameo"] == "string" and types["outlets"] == "array" and types["date"] == "date"
    assert list(types) == list(tabular.NAMES)
