"""The field's tabular readers, each told the column types by the export's Frictionless table
schema (`<file>.schema.json`), as a user would: a helper per reader, shared by the tests and
benchmarks/exports.py."""
from __future__ import annotations

import json
from pathlib import Path


def table_schema(csv_path: Path) -> dict:
    return json.loads(csv_path.with_suffix(".schema.json").read_text(encoding="utf-8"))


def fields(csv_path: Path) -> dict[str, str]:
    return {f["name"]: f["type"] for f in table_schema(csv_path)["fields"]}


def pandas_csv(path: Path):
    import pandas as pd

    types = fields(path)
    dtype = {n: {"string": "string", "integer": "Int64", "number": "float64", "boolean": "boolean",
                 "array": "string"}.get(t, "string") for n, t in types.items() if t != "date"}
    df = pd.read_csv(path, dtype=dtype, keep_default_na=False, na_values=[""])
    for n, t in types.items():
        if t == "date":
            df[n] = pd.to_datetime(df[n], format="%Y-%m-%d").dt.date
        elif t == "array":
            df[n] = df[n].map(lambda v: json.loads(v) if isinstance(v, str) else [])
    return df


def polars_csv(path: Path):
    import polars as pl

    types = fields(path)
    plt = {"string": pl.String, "integer": pl.Int64, "number": pl.Float64, "boolean": pl.Boolean, "date": pl.Date,
           "array": pl.String}
    df = pl.read_csv(path, schema_overrides={n: plt[t] for n, t in types.items()})
    arrays = [n for n, t in types.items() if t == "array"]
    return df.with_columns([pl.col(n).str.json_decode(pl.List(pl.String)) for n in arrays]) if arrays else df


def pyarrow_csv(path: Path):
    import pyarrow as pa
    import pyarrow.csv as pc

    types = fields(path)
    pat = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(),
           "date": pa.date32(), "array": pa.string()}
    opts = pc.ConvertOptions(column_types={n: pat[t] for n, t in types.items()}, strings_can_be_null=True,
                             true_values=["true"], false_values=["false"])
    t = pc.read_csv(path, convert_options=opts)
    for n, ftype in types.items():
        if ftype == "array":
            lists = [json.loads(v) if v else [] for v in t.column(n).to_pylist()]
            t = t.set_column(t.schema.get_field_index(n), n, pa.array(lists, type=pa.list_(pa.string())))
    return t


def duckdb_csv(path: Path):
    import duckdb

    types = fields(path)
    ddt = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE",
           "array": "VARCHAR"}
    cols = ", ".join(f"from_json(\"{n}\", '[\"VARCHAR\"]') AS \"{n}\"" if t == "array" else f'"{n}"'
                     for n, t in types.items())
    con = duckdb.connect()
    rel = con.read_csv(str(path), header=True, dtype={n: ddt[t] for n, t in types.items()})
    return con, rel.project(cols)
