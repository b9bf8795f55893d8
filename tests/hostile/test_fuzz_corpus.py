"""The hostile corpus (corpus.py) through `eventwire ingest` and `eventwire extract`, as a user
runs them: no traceback, no hang, every good record extracted and stored, every bad record
reported once with a documented code, exit code 1, output valid UTF-8."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from eventwire.errors import CODES, WARNINGS
from eventwire.store.db import reading

from .corpus import MAX_CHARS, make_corpus

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "EVENTWIRE_STRICT_STAGES": "0"}
LINE = re.compile(r"^(?P<kind>error|warning) (?P<file>[^:]+):(?P<record>.*?): \[(?P<code>[EW]\d{3})\] ", re.MULTILINE)
BOUND_S = 240  # the whole run; each record also has its own budget (--record-timeout)


def _eventwire(*args) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", *map(str, args), "--no-progress", "--max-chars", str(MAX_CHARS),
            "--record-timeout", "20"]


def _reported(stderr: str) -> tuple[Counter, Counter]:
    errors, warnings = Counter(), Counter()
    for m in LINE.finditer(stderr):
        key = (Path(m["file"]).name, m["record"], m["code"])
        (errors if m["kind"] == "error" else warnings)[key] += 1
    return errors, warnings


def _check_reports(corpus, stderr: str) -> None:
    assert "Traceback" not in stderr, stderr[-3000:]
    errors, warnings = _reported(stderr)
    by_record = Counter((f, r) for f, r, _ in errors.elements())
    for (f, r), codes in corpus.bad.items():
        assert by_record[(f, r)] == 1, (f, r, by_record[(f, r)], stderr[-3000:])
        code = next(c for ff, rr, c in errors if (ff, rr) == (f, r))
        assert code in codes, (f, r, code, codes)
    assert set(by_record) == set(corpus.bad), set(by_record) ^ set(corpus.bad)
    assert all(c in CODES for _, _, c in errors) and all(c in WARNINGS for _, _, c in warnings)
    seen_w = {}
    for f, r, c in warnings:
        seen_w.setdefault((f, r), set()).add(c)
    for key, codes in corpus.warned.items():
        assert codes <= seen_w.get(key, set()), (key, codes, seen_w.get(key))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("hostile") / "in")


def test_ingest_keeps_every_good_record_and_reports_every_bad_one_once(corpus, tmp_path):
    db = tmp_path / "h.duckdb"
    r = subprocess.run(_eventwire("ingest", corpus.folder, "--db", db), capture_output=True, timeout=BOUND_S, env=ENV)
    stderr = r.stderr.decode("utf-8")  # valid UTF-8, or this raises
    assert r.returncode == 1, stderr[-3000:]
    _check_reports(corpus, stderr)
    with reading(db) as c:
        stored = {row[0] for row in c.execute("SELECT id FROM articles").fetchall()}
        rejects = c.execute("SELECT count(*) FROM rejects").fetchone()[0]
    assert stored == set(corpus.good), set(corpus.good) ^ stored
    assert rejects == len(corpus.bad)
    assert f"{len(corpus.good)} new, 0 updated, 0 unchanged, {len(corpus.bad)} rejected" in stderr


def test_extract_writes_valid_utf8_for_every_good_record(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    r = subprocess.run(_eventwire("extract", corpus.folder, "-o", out), capture_output=True, timeout=BOUND_S, env=ENV)
    stderr = r.stderr.decode("utf-8")
    assert r.returncode == 1, stderr[-3000:]
    _check_reports(corpus, stderr)
    lines = out.read_bytes().decode("utf-8").splitlines()  # strict: no lone surrogate was written
    assert {json.loads(x)["id"] for x in lines} == set(corpus.good)
    pretty = subprocess.run(_eventwire("extract", corpus.folder / "mixed0.jsonl", "--pretty"), capture_output=True,
                            timeout=BOUND_S, env=ENV)
    shown = pretty.stdout.decode("utf-8")
    assert "Traceback" not in pretty.stderr.decode("utf-8") and "\x1b[31m" not in shown


def test_a_record_over_its_time_budget_is_stopped_and_reported(tmp_path):
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"id": "slow", "text": "Troops shelled Ariha on Monday, killing three people."}) + "\n",
                   encoding="utf-8")
    cmd = [sys.executable, "-m", "eventwire.cli", "extract", str(src), "--no-progress"]
    r = subprocess.run(cmd, capture_output=True, timeout=BOUND_S, env={**ENV, "EVENTWIRE_RECORD_TIMEOUT": "0.001"})
    stderr = r.stderr.decode("utf-8")
    assert r.returncode == 1 and "Traceback" not in stderr
    assert re.search(r"one\.jsonl:line 1 \(id slow\): \[E202\] stopped", stderr), stderr[-2000:]
    assert r.stdout == b""
