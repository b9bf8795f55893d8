"""Export benchmark: for a store built from FA-KES dev, every export format written as
`eventwire export` writes it, then read with the readers the field's users have; reports the
share of rows each reader accepts, written as Markdown to docs/benchmarks/exports.md.

    python benchmarks/exports.py                          # ingest FA-KES dev into a temporary store
    python benchmarks/exports.py --db store.duckdb        # an existing store
    python benchmarks/exports.py --articles 150 --out -   # a subset, print only

Readers and what "accepts" means, per row:

- GDELT events / mentions: gdelt-py's `EventsParser` / `MentionsParser` yield the row and its
  public `Event` / `Mention` model builds from it (the parsers log and skip what they reject;
  an Event whose DATEADDED does not parse counts as rejected);
- ACLED CSV: the row has actor1, event_date, country, latitude, longitude and uses only ACLED's
  vocabularies and conventions (the checks of tests/export/test_acled_vocab.py);
- PLOVER: the record validates against data/plover_record.schema.json (written from the manual);
- CSV (eventwire's and ACLED's): pandas, polars, pyarrow and DuckDB, each given the column
  types by the Frictionless schema beside the file, read every cell back as the typed value
  it stands for (the checks of tests/export/test_readers_tabular.py);
- Parquet, GeoParquet, JSON Lines, GeoJSON: the reader loads the file; its rows are counted
  (GeoParquet and GeoJSON with geopandas, which must find their CRS).
"""
from __future__ import annotations

import argparse
import csv
import json
import logging
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "export"))  # the reader helpers and checks the tests use

from eventwire.eval import dataset_path
from eventwire.export import FORMATS, write
from eventwire.store import query
from eventwire.store.filters import EventFilter

OUT = ROOT / "docs" / "benchmarks" / "exports.md"
FAKES = "fakes"


def build_store(articles: int | None, workdir: Path) -> Path:
    """FA-KES dev (or its first `articles` rows) ingested as `eventwire ingest FILE -j 2` does."""
    src = dataset_path(FAKES)
    if articles:
        with open(src, encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        src = workdir / "fakes_subset.csv"
        with open(src, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(rows[: articles + 1])
    db = workdir / "fakes.duckdb"
    subprocess.run([str(Path(sys.executable).with_name("eventwire")), "ingest", str(src), "--db", str(db), "-j", "2"],
                   check=True, stdout=subprocess.DEVNULL)
    return db


def export_all(db: Path, out: Path) -> tuple[dict[str, Path], Counter, int]:
    files, left_out = {}, Counter()
    for fmt in FORMATS:
        files[fmt] = write(fmt, query.stream_events(db, EventFilter()), out, articles=query.article_lookup(db),
                           left_out=left_out if fmt in ("acled", "plover") else None)[0]
    n_events = sum(1 for _ in query.stream_events(db, EventFilter()))
    return files, left_out, n_events


def gdelt(files: dict[str, Path]) -> list[tuple[str, str, int, int]]:
    from py_gdelt.models.events import Event, Mention
    from py_gdelt.parsers import EventsParser, MentionsParser

    logging.getLogger("py_gdelt").setLevel(logging.CRITICAL)
    out = []
    for fmt, parser, model in (("gdelt", EventsParser(), Event), ("gdelt-mentions", MentionsParser(), Mention)):
        data = files[fmt].read_bytes()
        ok = 0
        for raw in parser.parse(data):
            try:
                obj = model.from_raw(raw)
            except ValueError:
                continue
            ok += getattr(obj, "date_added", True) is not None
        out.append((fmt, f"gdelt-py {parser.__class__.__name__} + {model.__name__}.from_raw", ok, data.count(b"\n")))
    return out


def acled(files: dict[str, Path]) -> tuple[str, str, int, int]:
    import test_acled_vocab as v

    rows = v.rows(files["acled"])
    ok = 0
    for r in rows:
        try:
            assert all(r[c] for c in ("actor1", "event_date", "country", "latitude", "longitude"))
            assert r["sub_event_type"] in v.SUB_EVENT_TYPES[r["event_type"]]
            assert r["disorder_type"] in v.DISORDER_TYPES and r["region"] in v.REGIONS
            assert r["interaction"] == "".join(sorted((r["inter1"], r["inter2"])) if r["inter2"] else [r["inter1"], "0"])
            v.check_conventions(r)
            ok += 1
        except (AssertionError, KeyError):
            pass
    return "acled", "ACLED vocabularies and required columns", ok, len(rows)


def plover(files: dict[str, Path]) -> tuple[str, str, int, int]:
    import jsonschema

    schema = json.loads(resources.files("eventwire").joinpath("data/plover_record.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    recs = [json.loads(x) for x in files["plover"].read_text(encoding="utf-8").splitlines()]
    return "plover", "JSON Schema from the PLOVER manual (jsonschema)", sum(validator.is_valid(r) for r in recs), len(recs)


def typed_csv(files: dict[str, Path]) -> list[tuple[str, str, int, int]]:
    import readers
    import test_readers_tabular as t

    out = []
    for fmt in ("csv", "acled"):
        path = files[fmt]
        rows, types = t.truth(path), readers.fields(path)
        con, rel = readers.duckdb_csv(path)
        got = {"pandas": readers.pandas_csv(path).to_dict("records"), "polars": readers.polars_csv(path).to_dicts(),
               "pyarrow": readers.pyarrow_csv(path).to_pylist(),
               "DuckDB": [dict(zip(rel.columns, r)) for r in rel.fetchall()]}
        con.close()
        for reader, typed_rows in got.items():
            ok = 0
            for row, typed in zip(rows, typed_rows):
                ok += all(_same(t.normal(typed[c]), t.expected(cell, types[c]), types[c]) for c, cell in row.items())
            out.append((fmt, f"{reader} with the table schema", ok, len(rows)))
    return out


def _same(have, want, ftype: str) -> bool:
    return (have if not (ftype == "array" and have is None) else []) == want


def loaders(files: dict[str, Path]) -> list[tuple[str, str, int, int]]:
    import duckdb
    import geopandas as gpd
    import pandas as pd
    import polars as pl
    import pyarrow.json as pj
    import pyarrow.parquet as pq

    n_jsonl = len(files["jsonl"].read_text(encoding="utf-8").splitlines())
    out = []
    for fmt in ("parquet", "geoparquet"):
        p = files[fmt]
        n = pq.ParquetFile(p).metadata.num_rows
        out += [(fmt, "pandas", len(pd.read_parquet(p)), n), (fmt, "polars", pl.read_parquet(p).height, n),
                (fmt, "DuckDB", duckdb.sql(f"SELECT count(*) FROM '{p}'").fetchall()[0][0], n)]
    g = gpd.read_parquet(files["geoparquet"])
    out.append(("geoparquet", f"geopandas (CRS {g.crs.to_string()})", len(g) if g.crs else 0, len(g)))
    j = files["jsonl"]
    out += [("jsonl", "pandas", len(pd.read_json(j, lines=True)), n_jsonl),
            ("jsonl", "polars", pl.read_ndjson(j).height, n_jsonl), ("jsonl", "pyarrow.json", pj.read_json(j).num_rows, n_jsonl),
            ("jsonl", "DuckDB", duckdb.sql(f"SELECT count(*) FROM read_json_auto('{j}')").fetchall()[0][0], n_jsonl)]
    gj = gpd.read_file(files["geojson"])
    n_feat = len(json.loads(files["geojson"].read_text(encoding="utf-8"))["features"])
    out.append(("geojson", f"geopandas (CRS {gj.crs.to_string()})", len(gj) if gj.crs else 0, n_feat))
    return out


def report(results, left_out: Counter, n_events: int, n_articles: int, secs: float, files) -> str:
    lines = [
        "# Export benchmark: the field's readers on eventwire's exports",
        "",
        f"`python benchmarks/exports.py`: FA-KES dev ({n_articles} articles) ingested with `eventwire ingest FILE -j 2` "
        f"into a store of {n_events:,} fused events, every format exported as `eventwire export` writes it "
        f"({secs:.1f} s for all {len(FORMATS)} formats), each file read with the readers below "
        f"({platform.machine()}, Python {platform.python_version()}). Target: 100% of rows accepted.",
        "",
        "| format | reader | rows accepted | rows | share |",
        "|---|---|---:|---:|---:|",
    ]
    for fmt, reader, ok, n in results:
        lines.append(f"| {fmt} | {reader} | {ok:,} | {n:,} | {ok / n:.1%} |" if n else f"| {fmt} | {reader} | 0 | 0 | - |")
    lines += ["", "Events each format holds (of the store's events), and those it leaves out:", "",
              "| format | rows | note |", "|---|---:|---|"]
    counts = {"gdelt": "events with a CAMEO code reported as having happened",
              "acled": "events with an ACLED type reported as having happened, placed and dated",
              "plover": "events with a PLOVER type (or one mapped to it) and a date"}
    for fmt, note in counts.items():
        n = _rows(files[fmt], fmt)
        lines.append(f"| {fmt} | {n:,} | {note} |")
    for why, count in sorted(left_out.items()):
        lines.append(f"| {why.split(':')[0]} | -{count:,} | left out: {why.split(': ')[1]} |")
    lines += ["", "What the readers are and what accepting a row means: the docstring of benchmarks/exports.py. "
              "Field by field, where each value comes from: docs/exports.md.", ""]
    return "\n".join(lines)


def _rows(path: Path, fmt: str) -> int:
    text = path.read_text(encoding="utf-8")
    return len(text.splitlines()) - (1 if fmt == "acled" else 0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, help="an existing store (default: ingest FA-KES dev into a temporary one)")
    ap.add_argument("--articles", type=int, help="ingest only the first N articles of FA-KES dev")
    ap.add_argument("--out", default=str(OUT), help="Markdown file to write ('-': print only)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="eventwire-exports-") as tmp:
        work = Path(tmp)
        db = args.db or build_store(args.articles, work)
        n_articles = _count_articles(db)
        t0 = time.perf_counter()
        files, left_out, n_events = export_all(db, work / "out")
        secs = time.perf_counter() - t0
        results = gdelt(files) + [acled(files), plover(files)] + typed_csv(files) + loaders(files)
        md = report(results, left_out, n_events, n_articles, secs, files)
    print(md)
    if args.out != "-":
        Path(args.out).write_text(md, encoding="utf-8")
    return 0


def _count_articles(db: Path) -> int:
    from eventwire.store.db import reading

    with reading(db) as c:
        return query.counts(c)["articles"]


if __name__ == "__main__":
    raise SystemExit(main())
