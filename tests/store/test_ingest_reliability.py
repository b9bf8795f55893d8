"""`eventwire ingest` as real processes: kill -9 and resume, readers during an ingest,
ingesting twice, bad files.

The input is 60 short generated reports (20 incidents, three outlets each), ingested
four articles per transaction, so an ingest has 15 commits to be interrupted between.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.store.db import reading

BATCH = 4
N_ARTICLES = 60
PLACES = ["Aleppo", "Idlib", "Homs", "Hama", "Raqqa", "Daraa", "Latakia", "Deir ez-Zor", "Tartus", "Qamishli",
          "Mosul", "Kirkuk", "Taiz", "Aden", "Benghazi", "Misrata", "Sirte", "Kandahar", "Herat", "Kunduz"]
OUTLETS = ["Levant Wire", "Crescent Post", "Gulf Observer"]
VERBS = ["shelled a market in", "bombed a hospital in", "struck a school in"]
CLOCK_COLUMNS = ("ingested_at", "updated_at", "at")  # differ between runs by nature
TABLES = ("articles", "mentions", "events", "event_sources", "conflicts", "rejects", "duplicate_index")


def generated_reports() -> list[dict]:
    out, base = [], dt.date(2023, 1, 1)
    for i, place in enumerate(PLACES):
        day = base + dt.timedelta(days=7 * i)
        for k, outlet in enumerate(OUTLETS):
            killed = 5 + i + k  # the outlets disagree a little, as they do
            text = (f"{place.upper()}, {day:%B} {day.day} ({outlet}) – Government forces {VERBS[i % 3]} {place} "
                    f"on {day:%A}, killing {killed} civilians and wounding {2 * killed} others, a monitoring group "
                    f"said.\nResidents said the attack began in the morning.")
            out.append({"id": f"gen-{i:02d}-{k}", "title": f"Attack in {place}", "source": outlet,
                        "published": (day + dt.timedelta(days=k // 2)).isoformat(), "text": text})
    return out


def eventwire(*args) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", *map(str, args)]


# Plain tracebacks from the subprocesses, so a failure shows its cause, not a rich panel.
ENV = {**os.environ, "_TYPER_STANDARD_TRACEBACK": "1"}


def ingest_cmd(src: Path, db: Path) -> list[str]:
    return eventwire("ingest", src, "--db", db, "--batch-size", BATCH, "--no-progress")


def count(db: Path, sql: str) -> int:
    with reading(db, timeout=30) as c:
        return c.execute(sql).fetchone()[0]


def dump(db: Path) -> dict[str, list]:
    """Every table's rows, sorted, without timestamps."""
    out = {}
    with reading(db, timeout=30) as c:
        for t in TABLES:
            cols = [r[0] for r in c.execute(f"DESCRIBE {t}").fetchall() if r[0] not in CLOCK_COLUMNS]
            out[t] = sorted(map(repr, c.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()))
    return out


def assert_whole_batches(db: Path) -> int:
    """No half-article, no half-batch: what is stored is consistent, batch by batch."""
    with reading(db, timeout=30) as c:
        q = lambda sql: c.execute(sql).fetchall()  # noqa: E731
        articles = {r[0] for r in q("SELECT id FROM articles")}
        assert len(articles) % BATCH == 0, f"{len(articles)} articles: a batch was split"
        assert {r[0] for r in q("SELECT DISTINCT article_id FROM mentions WHERE is_current")} == articles
        mentions = sorted(r[0] for r in q("SELECT mention_id FROM mentions WHERE is_current"))
        assert sorted(r[0] for r in q("SELECT mention_id FROM event_sources")) == mentions  # each fused once
        events = {r[0] for r in q("SELECT id FROM events")}
        assert {r[0] for r in q("SELECT DISTINCT event_id FROM event_sources")} == events
        assert q("SELECT count(*) FROM duplicate_index")[0][0] == len(articles)
    return len(articles)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "reports.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in generated_reports():
            fh.write(json.dumps(r) + "\n")
    return path


# A second process that samples the store read-only every 0.1 s until it holds every article.
POLLER = """
import json, sys, time
from eventwire.store.db import reading
seen, errors, deadline = [], [], time.monotonic() + 200
while time.monotonic() < deadline:
    try:
        with reading(sys.argv[1], timeout=30) as c:
            n = c.execute("SELECT count(*) FROM articles").fetchone()[0]
        seen.append(n)
        if n >= int(sys.argv[2]):
            break
    except Exception as exc:
        errors.append(repr(exc))
    time.sleep(0.1)
print(json.dumps({"seen": seen, "errors": errors}))
"""


@pytest.fixture(scope="module")
def clean(reports, tmp_path_factory):
    """A clean ingest, read meanwhile by a polling process and by `eventwire events` in a loop."""
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    writer = subprocess.Popen(ingest_cmd(reports, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=ENV)
    while not db.exists() and writer.poll() is None:
        time.sleep(0.02)
    poller = subprocess.Popen([sys.executable, "-c", POLLER, str(db), str(N_ARTICLES)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=ENV)
    reads = []  # (exit code, events listed, writer still running afterwards, stderr)
    deadline = time.monotonic() + 240
    while writer.poll() is None and time.monotonic() < deadline:
        r = subprocess.run(eventwire("events", "--db", db, "--format", "csv"), capture_output=True, text=True,
                           timeout=120, env=ENV)
        reads.append((r.returncode, len(r.stdout.splitlines()) - 1, writer.poll() is None, r.stderr))
        time.sleep(0.5)  # leave the writer most of the two cores
    _, errs = writer.communicate(timeout=240)
    assert writer.returncode == 0, errs[-3000:]
    polled, poll_errs = poller.communicate(timeout=240)
    assert poller.returncode == 0, poll_errs[-3000:]
    return db, reads, errs, json.loads(polled)


def test_clean_ingest(clean):
    db, _, errs, _ = clean
    assert f"{N_ARTICLES} new, 0 updated, 0 unchanged, 0 rejected" in errs
    assert assert_whole_batches(db) == N_ARTICLES
    # Three outlets per incident: fusion must have joined reports, or the test corpus is off.
    assert count(db, "SELECT count(*) FROM events WHERE n_sources >= 2") >= 15


def test_readers_query_while_ingest_runs(clean):
    _, reads, _, polled = clean
    # The polling process read throughout, and saw the store grow batch by batch.
    assert not polled["errors"], polled["errors"]
    partial = [n for n in polled["seen"] if 0 < n < N_ARTICLES]
    assert partial and all(n % BATCH == 0 for n in polled["seen"]), polled["seen"]
    assert polled["seen"] == sorted(polled["seen"])
    # `eventwire events` run during the ingest: it waited for the writer's batches, never failed.
    assert reads and all(rc == 0 for rc, *_ in reads), [e for rc, _, _, e in reads if rc]
    assert any(alive for _, _, alive, _ in reads), reads


def test_kill_9_then_resume_equals_a_clean_ingest(reports, clean, tmp_path):
    db = tmp_path / "killed.duckdb"
    writer = subprocess.Popen(ingest_cmd(reports, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env=ENV)
    deadline = time.monotonic() + 240
    stored = 0
    try:
        while time.monotonic() < deadline and writer.poll() is None:
            if db.exists():
                try:
                    stored = count(db, "SELECT count(*) FROM articles")
                except Exception:  # noqa: BLE001 - the file may not have its schema yet
                    stored = 0
                if stored >= BATCH:
                    break
            time.sleep(0.15)  # a tighter loop holds the read lock most of the time and slows the writer
        assert writer.poll() is None, f"ingest ended before it could be killed ({stored} stored)"
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=60)
    assert writer.returncode == -signal.SIGKILL
    kept = assert_whole_batches(db)
    assert BATCH <= kept < N_ARTICLES

    rerun = subprocess.run(ingest_cmd(reports, db), capture_output=True, text=True, timeout=240, env=ENV)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N_ARTICLES - kept} new, 0 updated, {kept} unchanged" in rerun.stderr
    assert_whole_batches(db)
    assert dump(db) == dump(clean[0])


def test_ingest_twice_changes_nothing(reports, clean):
    db = clean[0]
    before = dump(db)
    r = subprocess.run(ingest_cmd(reports, db), capture_output=True, text=True, timeout=240, env=ENV)
    assert r.returncode == 0, r.stderr
    assert f"0 new, 0 updated, {N_ARTICLES} unchanged, 0 rejected" in r.stderr
    assert dump(db) == before


def test_bad_records_are_rejected_and_the_rest_stored(bad_dir, tmp_path):
    db = tmp_path / "bad.duckdb"
    files = [bad_dir / n for n in ("mixed.jsonl", "empty.txt", "invalid_utf8.txt", "non_english.txt", "binary.bin")]
    r = subprocess.run(eventwire("ingest", *files, "--db", db, "--no-progress"), capture_output=True, text=True,
                       timeout=240, env=ENV)
    assert r.returncode == 1, r.stderr
    expected = {("mixed.jsonl", "line 3", "E104"), ("mixed.jsonl", "line 5", "E105"), ("empty.txt", "1", "E101"),
                ("non_english.txt", "1 (id non_english)", "E111"), ("binary.bin", "-", "E108")}
    for name, record, code in expected:
        assert re.search(rf"{re.escape(name)}:{re.escape(record)}: \[{code}\]", r.stderr), (name, code, r.stderr)
    with reading(db) as c:
        rows = c.execute("SELECT file, record, code FROM rejects").fetchall()
        rejects = {(Path(f).name, rec, code) for f, rec, code in rows}
        stored = {row[0] for row in c.execute("SELECT id FROM articles").fetchall()}
    assert rejects == expected
    # invalid_utf8.txt holds no UTF-8 sequence: a legacy encoding, decoded and stored with a warning
    assert re.search(r"invalid_utf8\.txt:1: \[W108\] decoded as cp1252", r.stderr), r.stderr
    assert stored == {"mix-001", "mix-002", "mix-003", "invalid_utf8"}
    assert "4 new, 0 updated, 0 unchanged, 5 rejected, 1 warning(s)" in r.stderr


def test_two_ingests_at_once_take_turns(reports, clean, tmp_path):
    """Two writers into one store: each batch sees the other's, nothing is fused twice or lost."""
    lines = reports.read_text(encoding="utf-8").splitlines(keepends=True)
    halves = [tmp_path / "odd.jsonl", tmp_path / "even.jsonl"]
    halves[0].write_text("".join(lines[1::2]), encoding="utf-8")
    halves[1].write_text("".join(lines[0::2]), encoding="utf-8")
    db = tmp_path / "two.duckdb"
    writers = [subprocess.Popen(ingest_cmd(h, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                env=ENV) for h in halves]
    for w in writers:
        _, errs = w.communicate(timeout=240)
        assert w.returncode == 0, errs[-3000:]
    assert assert_whole_batches(db) == N_ARTICLES

    def partition(path):
        with reading(path) as c:
            rows = c.execute("SELECT event_id, list(mention_id) FROM event_sources GROUP BY event_id").fetchall()
        return sorted(sorted(ms) for _, ms in rows)

    # The incidents are unambiguous, so arrival order must not change which reports are joined.
    assert partition(db) == partition(clean[0])
