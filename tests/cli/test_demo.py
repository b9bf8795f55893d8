"""`eventwire demo` (the README's first command) over a store that already holds the samples:
ingest is a no-op, the fused multi-source events and the conflicts are listed."""
from __future__ import annotations

import shutil

from typer.testing import CliRunner

from eventwire.cli import app


def test_demo_lists_fused_events_and_conflicts_without_reingesting(sample_store, tmp_path):
    db = tmp_path / "demo.duckdb"
    shutil.copy(sample_store, db)
    res = CliRunner().invoke(app, ["demo", "--db", str(db), "--no-serve"])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "0 new" in out and "30 unchanged" in out, out[:2000]  # idempotent: nothing re-extracted
    assert "two or more independent sources" in out
    assert "Raqqa" in out or "Ar Raqqah" in out  # a fused incident of the samples
    assert "killed" in out and ("contradiction" in out or "rising_toll" in out)
