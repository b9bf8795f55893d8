"""The event store in-process: schema and migrations, codec, ingest semantics, queries, CLI.

Extraction is the session's cached run over samples/corpus.jsonl (conftest), fed to
`ingest(extract=...)`, so these tests cost store time only. The tests with real
processes (kill -9, concurrent readers, bad files) are in test_ingest_reliability.py.
"""
from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import time
from dataclasses import replace

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import StoreError
from eventwire.ingest.readers import ReadOptions, read_path
from eventwire.model import Article, RecordError
from eventwire.store import schema
from eventwire.store.codec import dumps, fused_from_json
from eventwire.store.db import connect, reading, writing
from eventwire.services.ingest import content_hash, ingest
from eventwire.store.filters import EventFilter
from eventwire.store.query import event_to_json, events, get_event

CLOCK_COLUMNS = ("ingested_at", "updated_at", "at")  # differ between runs by nature
TABLES = ("articles", "mentions", "events", "event_sources", "conflicts", "rejects", "duplicate_index")


# ----------------------------------------------------------------------------- helpers

@pytest.fixture(scope="module")
def results_by_id(sample_results) -> dict[str, dict]:
    return {r["id"]: r for r in sample_results}


def cached(results_by_id, extra: dict | None = None):
    """An extractor that answers from the cached results (and `extra`, by article id)."""
    table = {**results_by_id, **(extra or {})}

    def extract(items, processes):
        for rec in items:
            yield rec if isinstance(rec, RecordError) else copy.deepcopy(table[rec.id])
    return extract


def corpus(samples_dir) -> list[Article]:
    return [a for a in read_path(str(samples_dir / "corpus.jsonl"), ReadOptions())]


def dump(db) -> dict[str, list]:
    """Every table's rows, sorted; timestamps dropped (a rerun must not need the same clock)."""
    out = {}
    with reading(db) as c:
        for t in TABLES:
            cols = [r[0] for r in c.execute(f"DESCRIBE {t}").fetchall() if r[0] not in CLOCK_COLUMNS]
            out[t] = sorted(map(repr, c.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()))
    return out


def fused_summary(db) -> dict[str, list[str]]:
    """event id -> its mention ids: what clustering decided."""
    with reading(db) as c:
        return {ev.id: sorted(m.id for m in ev.mentions) for ev in events(c, EventFilter())}


@pytest.fixture(scope="module")
def store(tmp_path_factory, samples_dir, results_by_id):
    db = tmp_path_factory.mktemp("store") / "ew.duckdb"
    rep = ingest(corpus(samples_dir), db, batch_size=7, extract=cached(results_by_id))
    assert rep.new == 30 and rep.rejected == 0 and rep.batches == 5
    return db


# ----------------------------------------------------------------------------- schema

def test_fresh_store_has_every_table_at_current_version(tmp_path):
    db = tmp_path / "s.duckdb"
    with writing(db) as c:
        assert schema.current_version(c) == schema.SCHEMA_VERSION
        tables = {r[0] for r in c.execute("SHOW TABLES").fetchall()}
    assert set(TABLES) | {"schema_version", "state"} <= tables
    with writing(db) as c:  # opening again migrates nothing
        assert c.execute("SELECT count(*) FROM schema_version").fetchone()[0] == schema.SCHEMA_VERSION


def test_migrations_apply_in_order_once(tmp_path, monkeypatch):
    db = tmp_path / "s.duckdb"
    with writing(db):
        pass
    calls = []

    def v2(c):
        calls.append(2)
        c.execute("ALTER TABLE events ADD COLUMN note VARCHAR")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, v2])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    for _ in range(2):
        with writing(db) as c:
            versions = [r[0] for r in c.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]
            cols = {r[0] for r in c.execute("DESCRIBE events").fetchall()}
    assert versions == list(range(1, schema.SCHEMA_VERSION + 1)) and "note" in cols
    assert calls == [2]


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "s.duckdb"
    with writing(db) as c:
        c.execute("INSERT INTO schema_version (version) VALUES (99)")
    for read_only in (True, False):
        with pytest.raises(StoreError) as exc:
            connect(db, read_only=read_only)
        assert exc.value.code == "E402"


def test_missing_and_foreign_files(tmp_path):
    with pytest.raises(StoreError) as exc:
        connect(tmp_path / "nope.duckdb", read_only=True)
    assert exc.value.code == "E403"
    other = tmp_path / "other.duckdb"
    c = duckdb.connect(str(other))
    c.execute("CREATE TABLE t (x INT)")
    c.close()
    for read_only in (True, False):
        with pytest.raises(StoreError) as exc:
            connect(other, read_only=read_only)
        assert exc.value.code == "E405"


def test_reader_waits_for_a_writer_process_then_gives_up_with_E401(tmp_path):
    db = tmp_path / "s.duckdb"
    with writing(db):
        pass
    holder = subprocess.Popen([sys.executable, "-c", (
        "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(1.5)"),
        str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError) as exc:
            connect(db, read_only=True, timeout=0.3)
        assert exc.value.code == "E401"
        t = time.monotonic()
        with reading(db, timeout=20) as c:  # retries until the holder exits
            assert c.execute("SELECT count(*) FROM events").fetchone()[0] == 0
        assert time.monotonic() - t > 0.3
    finally:
        holder.wait(timeout=30)


# ----------------------------------------------------------------------------- codec

def test_fused_events_round_trip_through_json(store):
    with reading(store) as c:
        evs = events(c, EventFilter())
        raw = [r[0] for r in c.execute("SELECT fused_json FROM events").fetchall()]
    assert evs
    for ev in evs:
        assert fused_from_json(dumps(ev)) == ev
    assert {json.loads(r)["id"] for r in raw} == {ev.id for ev in evs}
    # A key from a future model is ignored; a missing one takes its default.
    d = json.loads(raw[0])
    d["future_field"] = 1
    d.pop("outlets")
    assert fused_from_json(json.dumps(d)).outlets == []


# ----------------------------------------------------------------------------- ingest

def test_store_matches_fusing_everything_at_once(store, results_by_id):
    """Batches of 7 through a reloaded store give the same events as one Fuser call."""
    from eventwire.fuse import DuplicateIndex, Fuser, mentions_from_result
    from eventwire.model import ArticleResult

    dups, mentions = DuplicateIndex(), []
    for rid, res in results_by_id.items():
        dup = dups.add(rid, res["text"])
        for m in mentions_from_result(ArticleResult.from_dict(res)):
            m.duplicate_of = dup
            mentions.append(m)
    expected = {ev.id: sorted(m.id for m in ev.mentions) for ev in Fuser().add(mentions)}
    assert fused_summary(store) == expected


def test_counts_are_consistent(store, results_by_id):
    n_events = sum(len(r["events"]) for r in results_by_id.values())
    with reading(store) as c:
        q = lambda sql: c.execute(sql).fetchone()[0]  # noqa: E731
        assert q("SELECT count(*) FROM articles") == 30
        assert q("SELECT count(*) FROM mentions WHERE is_current") == n_events
        # Every mention feeds exactly one event; every source row belongs to a stored event.
        assert q("SELECT count(*) FROM event_sources") == n_events
        assert q("SELECT count(DISTINCT mention_id) FROM event_sources") == n_events
        assert q("SELECT count(*) FROM event_sources WHERE event_id NOT IN (SELECT id FROM events)") == 0
        assert q("SELECT sum(n_articles) FROM events") == n_events
        assert q("SELECT count(*) FROM conflicts") == q("SELECT sum(n_conflicts) FROM events")
        assert q("SELECT count(*) FROM events WHERE n_sources >= 2") > 5
        assert q("SELECT count(*) FROM duplicate_index") == 30


def test_incremental_ingest_equals_one_ingest(tmp_path, samples_dir, results_by_id, store):
    db = tmp_path / "inc.duckdb"
    arts = corpus(samples_dir)
    ingest(arts[:12], db, batch_size=5, extract=cached(results_by_id))
    rep = ingest(arts, db, batch_size=32, extract=cached(results_by_id))
    assert (rep.new, rep.unchanged) == (18, 12)
    assert fused_summary(db) == fused_summary(store)


def test_ingesting_again_changes_nothing(tmp_path, samples_dir, results_by_id):
    db = tmp_path / "twice.duckdb"
    ingest(corpus(samples_dir), db, extract=cached(results_by_id))
    before = dump(db)

    def never(items, processes):  # nothing may be extracted the second time
        for rec in items:
            raise AssertionError(f"{rec} extracted again")
        return iter(())

    rep = ingest(corpus(samples_dir), db, extract=never)
    assert (rep.new, rep.updated, rep.unchanged, rep.batches) == (0, 0, 30, 0)
    assert dump(db) == before


def test_changed_text_is_a_new_version_that_replaces_the_old(tmp_path, samples_dir, results_by_id, run_text):
    db = tmp_path / "ver.duckdb"
    arts = corpus(samples_dir)
    ingest(arts, db, extract=cached(results_by_id))
    old = next(a for a in arts if a.id == "smp-005")
    new = replace(old, text=old.text.replace("killing seven people", "killing nine people", 1))
    assert new.text != old.text and content_hash(new) != content_hash(old)
    res = run_text(new.text, published=new.published, title=new.title, art_id=new.id).to_dict()
    res.update(source=new.source)
    rep = ingest([new], db, extract=cached(results_by_id, {"smp-005": res}))
    assert (rep.new, rep.updated) == (0, 1)
    with reading(db) as c:
        versions = c.execute("SELECT version FROM articles WHERE id = 'smp-005' ORDER BY version").fetchall()
        assert versions == [(1,), (2,)]
        kept = c.execute("SELECT article_version, is_current, count(*) FROM mentions WHERE article_id = 'smp-005' "
                         "GROUP BY ALL ORDER BY 1").fetchall()
        assert [(v, cur) for v, cur, _ in kept] == [(1, False), (2, True)]
        assert {v for (v,) in c.execute("SELECT article_version FROM event_sources WHERE article_id = 'smp-005'")
                .fetchall()} == {2}
        evs = events(c, EventFilter())
        n_current = c.execute("SELECT count(*) FROM mentions WHERE is_current").fetchone()[0]
    # Only the new version's words are in the fused events, and each current mention once.
    sentences = [m.event.sentence.text for ev in evs for m in ev.mentions if m.article_id == "smp-005"]
    assert sentences and all(s in new.text for s in sentences)
    assert sum(len(ev.mentions) for ev in evs) == n_current
    assert ingest([new, old], db, extract=cached(results_by_id)).unchanged == 2  # any stored version is known


def test_bad_records_go_to_rejects_and_the_rest_is_stored(tmp_path, results_by_id, bad_dir, run_text):
    db = tmp_path / "bad.duckdb"
    recs = list(read_path(str(bad_dir / "mixed.jsonl"), ReadOptions()))
    extra = {a.id: run_text(a.text, published=a.published, art_id=a.id).to_dict() for a in recs
             if isinstance(a, Article)}
    seen = []
    rep = ingest(recs, db, extract=cached(results_by_id, extra), on_record=lambda s, r: seen.append(s))
    assert rep.failed and rep.rejected == 2 and rep.new == 3
    assert sorted(seen) == ["rejected"] * 2 + ["stored"] * 3
    with reading(db) as c:
        assert c.execute("SELECT record, code FROM rejects ORDER BY record").fetchall() == [
            ("line 3", "E104"), ("line 5", "E105")]
        assert {r[0] for r in c.execute("SELECT id FROM articles").fetchall()} == {"mix-001", "mix-002", "mix-003"}
    ingest(recs, db, extract=cached(results_by_id, extra))
    with reading(db) as c:  # the same bad record twice is one reject row
        assert c.execute("SELECT count(*) FROM rejects").fetchone()[0] == 2


# ----------------------------------------------------------------------------- queries

@pytest.mark.parametrize("f", [
    EventFilter(country="syr"), EventFilter(type="assault", min_sources=2),
    EventFilter(since="2024-03-20", until="2024-03-31"), EventFilter(admin1="idlib"),
    EventFilter(actor="Islamic State"), EventFilter(actor="RUS"), EventFilter(conflicts_only=True),
])
def test_filters_select_what_they_say(store, f):
    with reading(store) as c:
        got = events(c, f)
        every = events(c, EventFilter())
    assert got, f

    def ok(ev):
        loc = ev.location
        return ((not f.country or (loc and loc.country == f.country.upper()))
                and (not f.type or ev.type == f.type.upper())
                and (not f.min_sources or ev.n_sources >= f.min_sources)
                and (not f.since or (ev.date and ev.date >= f.since))
                and (not f.until or (ev.date and ev.date <= f.until))
                and (not f.admin1 or (loc and f.admin1.lower() in (loc.admin1 or "").lower()))
                and (not f.actor or any(f.actor.lower() in (a.name or a.text).lower() or a.country == f.actor
                                        for a in ev.actors))
                and (not f.conflicts_only or ev.conflicts))
    assert {e.id for e in got} == {e.id for e in every if ok(e)}


def test_limit_and_order(store):
    with reading(store) as c:
        got = events(c, EventFilter(), limit=5)
    assert len(got) == 5
    dates = [e.date for e in got]
    assert dates == sorted(dates, reverse=True)


def test_event_json_lists_every_source_with_its_figures(store):
    with reading(store) as c:
        ev = events(c, EventFilter(min_sources=3, type="ASSAULT"))[0]
    d = event_to_json(ev)
    assert d["id"] == ev.id and "mentions" not in d
    assert len(d["sources"]) == ev.n_articles >= 3
    for s, m in zip(d["sources"], ev.mentions):
        assert s["article_id"] == m.article_id and s["outlet"] and s["published"]
        assert s["mention"]["sentence"]["text"] == m.event.sentence.text
        k = m.event.killed
        assert s["figures"]["killed"] == (None if k is None else
                                          {"value": k.value, "qualifier": k.qualifier, "text": k.text,
                                           "victims": k.victims})


def test_get_event_by_prefix_and_unknown_id(store):
    with reading(store) as c:
        ev = events(c, EventFilter(), limit=1)[0]
        assert get_event(c, ev.id[:9]).id == ev.id
        with pytest.raises(StoreError) as exc:
            get_event(c, "ev-nope")
    assert exc.value.code == "E404"


# ----------------------------------------------------------------------------- CLI

runner = CliRunner()


def cli(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_cli_events_formats(store):
    r = cli("events", "--db", store, "--format", "json", "--min-sources", "2")
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all(x["n_sources"] >= 2 and len(x["sources"]) >= 2 for x in rows)
    r = cli("events", "--db", store, "--format", "csv", "--country", "SYR", "--type", "ASSAULT",
            "--since", "2024-03-01")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0].startswith("id,date,type") and len(lines) > 2 and all(",ASSAULT," in x for x in lines[1:])
    r = cli("events", "--db", store, "--limit", "3")
    assert r.exit_code == 0 and "ev-" in r.stdout
    assert cli("events", "--db", store, "--since", "March").exit_code == 2
    assert cli("events", "--db", store, "--format", "xml").exit_code == 2


def test_cli_show_reads_evidence_from_the_article_text(store):
    with reading(store) as c:
        ev = events(c, EventFilter(min_sources=3, type="ASSAULT"), limit=1)[0]
    r = cli("show", ev.id, "--db", store)
    assert r.exit_code == 0, r.output
    for m in ev.mentions:
        assert m.outlet in r.stdout
    r = cli("show", ev.id, "--db", store, "--json")
    d = json.loads(r.stdout)
    with reading(store) as c:
        for s in d["sources"]:
            text = c.execute("SELECT text FROM articles WHERE id = ?", [s["article_id"]]).fetchone()[0]
            sent = s["mention"]["sentence"]
            assert s["evidence"] == text[sent["start"]:sent["end"]] and s["evidence"]
    r = cli("show", "ev-nope", "--db", store)
    assert r.exit_code == 2 and "E404" in r.stderr


def test_cli_conflicts_show_each_side(store):
    r = cli("conflicts", "--db", store, "--format", "json")
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all(len(x["claims"]) >= 2 and x["kind"] in ("contradiction", "rising_toll") for x in rows)
    r = cli("conflicts", "--db", store)
    assert r.exit_code == 0 and ("contradiction" in r.stdout or "rising_toll" in r.stdout)


def test_cli_export_writes_files(store, tmp_path):
    for fmt in ("jsonl", "csv"):
        r = cli("export", "--format", fmt, "-o", tmp_path / "out", "--db", store, "--country", "SYR")
        assert r.exit_code == 0, r.output
        assert len(r.stdout.split()) == (2 if fmt == "csv" else 1)  # csv: the file and its table schema
    with reading(store) as c:
        n = len(events(c, EventFilter(country="SYR")))
    assert len((tmp_path / "out" / "events.jsonl").read_text().splitlines()) == n
    assert cli("export", "--format", "xml", "-o", tmp_path / "x", "--db", store).exit_code == 2


def test_cli_bbox_filters_events_inside_the_box(store):
    box = "36,35,37.5,36.5"
    r = cli("events", "--db", store, "--format", "csv", "--bbox", box)
    assert r.exit_code == 0, r.output
    got = {line.split(",")[0] for line in r.stdout.splitlines()[1:]}
    with reading(store) as c:
        want = {i for (i,) in c.execute("SELECT id FROM events WHERE lon BETWEEN 36 AND 37.5 "
                                        "AND lat BETWEEN 35 AND 36.5").fetchall()}
        n = c.execute("SELECT count(*) FROM events").fetchone()[0]
        assert {e.id for e in events(c, EventFilter(bbox=(36, 35, 37.5, 36.5)))} == want
    assert got == want and 0 < len(want) < n
    for bad in ("36,35,37.5", "x,35,37.5,36.5", "36,37,37.5,35"):
        r = cli("events", "--db", store, "--bbox", bad)
        assert r.exit_code == 2 and "--bbox" in r.stderr


def test_cli_missing_store_is_E403(tmp_path):
    r = cli("events", "--db", tmp_path / "none.duckdb")
    assert r.exit_code == 2 and "E403" in r.stderr


def test_db_from_environment(store, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_DB", str(store))
    r = cli("events", "--format", "csv", "--limit", "1")
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 2


# ----------------------------------------------------------------------------- layering

def _imports(package: str) -> dict[str, set[str]]:
    """File name -> the eventwire modules it imports (relative imports resolved), read from the source."""
    import ast
    from pathlib import Path

    import eventwire

    root = Path(eventwire.__file__).parent
    out = {}
    for path in sorted((root / package).glob("*.py")):
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = ["eventwire", package][:3 - node.level] if node.level <= 2 else []
                found.add(".".join(base + ([node.module] if node.module else [])))
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("eventwire")}
        out[path.name] = found
    return out


def test_the_store_only_persists():
    """store/ sits below the services: it imports no pipeline, runner, fusion or services."""
    allowed = {"eventwire.model", "eventwire.errors", "eventwire.codec", "eventwire.store"}
    for name, mods in _imports("store").items():
        assert {m for m in mods if not m.startswith("eventwire.store.")} <= allowed, (name, mods)


def test_the_api_extracts_only_through_the_services():
    for name, mods in _imports("api").items():
        assert not mods & {"eventwire.runner", "eventwire.pipeline", "eventwire.fuse"}, (name, mods)


# ----------------------------------------------------------------------------- schema v3: watch

def test_a_version_2_store_upgrades_to_watch_tables_keeping_its_articles(tmp_path):
    db = tmp_path / "old.duckdb"
    c = duckdb.connect(str(db))
    c.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
              "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
    for i, step in enumerate(schema.MIGRATIONS[:2]):  # a store written by the release before watch
        step(c)
        c.execute("INSERT INTO schema_version (version) VALUES (?)", [i + 1])
    c.execute("INSERT INTO articles (id, version, content_hash, text) VALUES ('a', 1, 'h', 'kept')")
    c.close()
    with writing(db) as c:
        assert schema.current_version(c) == schema.SCHEMA_VERSION >= 3
        tables = {r[0] for r in c.execute("SHOW TABLES").fetchall()}
        assert {"watch_feeds", "watch_frontier", "watch_robots"} <= tables
        assert c.execute("SELECT text FROM articles").fetchall() == [("kept",)]


def test_watch_frontier_queues_a_url_once_and_again_only_when_the_feed_dates_it_newer(tmp_path):
    from eventwire.store import feeds

    with writing(tmp_path / "s.duckdb") as c:
        a, new_a = feeds.add_feed(c, "http://h/a.xml", "auto", 0.0, 900.0)
        b, _ = feeds.add_feed(c, "http://h/b.xml", "auto", 0.0, 900.0)
        assert new_a and feeds.add_feed(c, "http://h/a.xml", "auto", 0.0, 900.0) == (a, False)
        assert feeds.add_urls(c, a.id, [("http://h/x", "2024-01-01T00:00:00", "X", None)], 10.0) == 1
        assert feeds.add_urls(c, b.id, [("http://h/x", "2024-01-01T00:00:00", "X", None)], 10.0) == 0
        [page] = feeds.lease(c, 10.0, 5, "me", 100.0)
        assert feeds.lease(c, 10.0, 5, "me", 100.0) == []  # leased pages are not handed out twice
        feeds.finish(c, page.url, "done", 11.0, article_id="web-1")
        assert feeds.add_urls(c, b.id, [("http://h/x", "2024-01-01T00:00:00", "X", None)], 12.0) == 0
        assert feeds.add_urls(c, b.id, [("http://h/x", "2024-02-01T00:00:00", "X", None)], 12.0) == 1
        feeds.lease(c, 12.0, 5, "dead-run", 1000.0)
        assert feeds.release_leases(c, 13.0, set()) == 0  # not expired, owner not known dead
        assert feeds.release_leases(c, 13.0, {"dead-run"}) == 1
        assert feeds.release_leases(c, 13.0, set()) == 0
        assert feeds.pending_count(c) == 1


def test_a_removed_feeds_pending_pages_wait_until_it_is_added_back(tmp_path):
    from eventwire.store import feeds

    with writing(tmp_path / "s.duckdb") as c:
        f, _ = feeds.add_feed(c, "http://h/a.xml", "auto", 0.0, 900.0)
        feeds.add_urls(c, f.id, [("http://h/x", None, None, None)], 1.0)
        feeds.remove_feed(c, f.id)
        assert feeds.lease(c, 5.0, 5, "me", 100.0) == [] and feeds.next_due(c) is None
        feeds.add_feed(c, "http://h/a.xml", "auto", 6.0, 900.0)
        assert [p.url for p in feeds.lease(c, 6.0, 5, "me", 100.0)] == ["http://h/x"]


def test_cli_show_prints_a_hostile_title_as_text(tmp_path):
    """A stored title with rich markup and a terminal escape is shown, never obeyed."""
    db = tmp_path / "hostile.duckdb"
    title = "[bold]x[/bold] \x1b[2J\x1b[31mred"
    art = {"id": "h1", "title": title, "published": "2024-03-12",
           "text": "Government forces shelled the town of Ariha on Monday, killing three people."}
    src = tmp_path / "h.jsonl"
    src.write_text(json.dumps(art) + "\n", encoding="utf-8")
    r = cli("ingest", src, "--db", db)
    assert r.exit_code == 0, r.output
    with writing(db) as c:  # the gate cleans what it reads; a store written by older versions may not be clean
        c.execute("UPDATE articles SET title = ?", [title])
    with reading(db) as c:
        ev = events(c, EventFilter(), limit=1)[0]
    r = cli("show", ev.id, "--db", db)
    assert r.exit_code == 0, r.output
    assert "\x1b" not in r.stdout and "[bold]x[/bold]" in r.stdout


def test_cli_serve_passes_allowed_hosts_to_the_app(store, monkeypatch):
    import uvicorn

    from eventwire.api.guard import ALLOWED_HOSTS_ENV

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: seen.update(hosts=os.environ.get(ALLOWED_HOSTS_ENV)))
    for name in (ALLOWED_HOSTS_ENV, "EVENTWIRE_DB", "EVENTWIRE_API_TOKEN"):  # serve sets them: restored after
        monkeypatch.delenv(name, raising=False)
    r = cli("serve", "--db", store, "--allow-host", "news.example", "--allow-host", "a.example,b.example")
    assert r.exit_code == 0, r.output
    assert seen["hosts"] == "news.example,a.example,b.example"
