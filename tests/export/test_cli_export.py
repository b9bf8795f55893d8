"""`eventwire export` as a user runs it: the files it prints, its switches, the rows it
leaves out (counted on stderr)."""
from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.export.gdelt import COLUMNS

runner = CliRunner()


def export(store, out, *args):
    r = runner.invoke(app, ["export", "--db", str(store), "-o", str(out), *args])
    assert r.exit_code == 0, r.output
    return r


def test_files_printed_and_switches(sample_store, tmp_path):
    r = export(sample_store, tmp_path, "--format", "csv")
    assert r.stdout.split() == [str(tmp_path / "events.csv"), str(tmp_path / "events.schema.json")]
    assert json.loads((tmp_path / "events.schema.json").read_text())["fields"][0]["name"] == "id"
    export(sample_store, tmp_path, "--format", "gdelt")
    plain = (tmp_path / "events.gdelt.tsv").read_text(encoding="utf-8").splitlines()
    export(sample_store, tmp_path, "--format", "gdelt", "--header")
    headed = (tmp_path / "events.gdelt.tsv").read_text(encoding="utf-8").splitlines()
    assert headed[0].split("\t") == list(COLUMNS) and headed[1:] == plain
    export(sample_store, tmp_path, "--format", "acled", "--inter-labels")
    with open(tmp_path / "events.acled.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(not r["inter1"].isdigit() for r in rows)
    schema = json.loads((tmp_path / "events.acled.schema.json").read_text())
    assert {f["name"]: f["type"] for f in schema["fields"]}["inter1"] == "string"


def test_left_out_rows_are_counted_on_stderr(sample_store, tmp_path):
    r = export(sample_store, tmp_path, "--format", "acled")
    n_rows = sum(1 for _ in open(tmp_path / "events.acled.csv", encoding="utf-8")) - 1
    said = [line for line in r.stderr.splitlines() if "left out" in line]
    total = int(r.stderr.split(" event(s) exported")[0].split()[-1])
    left = sum(int(line.split()[0]) for line in said)
    assert n_rows + left <= total and all("acled: " in line for line in said)
