"""A real `watch run` process killed with SIGKILL mid-run, then a rerun: nothing lost, nothing
twice. And the command line: add, list, remove, run --once, their errors and exit codes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

import duckdb
from typer.testing import CliRunner

from eventwire.cli.watch import app, parse_duration
from eventwire.services import watch
from eventwire.services.watch.urls import article_id

from .site import Site, page_html, rss, sample_articles

# The sub-app alone, so the test does not lean on how the main CLI registers it.
WATCH = [sys.executable, "-c", "from eventwire.cli.watch import app; app()"]
N_PAGES = 9
BATCH = 3
KILL_AT = 5  # the 5th page request: batch 1 is stored, batch 2 is being fetched


def _fake_site(site: Site, n: int) -> list[str]:
    arts = sample_articles(n)
    paths = [f"/news/{a['id']}.html" for a in arts]
    for a, p in zip(arts, paths):
        site.set(p, page_html(a))
    site.set("/robots.txt", "", ctype="text/plain")
    site.set("/feed.xml", rss(site.base, paths), ctype="application/rss+xml")
    return paths


def test_a_run_killed_mid_batch_then_rerun_loses_and_duplicates_nothing(tmp_path):
    db = tmp_path / "crash.duckdb"
    with Site() as site:
        paths = _fake_site(site, N_PAGES)
        watch.add(db, site.base + "/feed.xml", 0.0)
        proc_box: list[subprocess.Popen] = []
        killed = threading.Event()

        def kill_on_nth_page(path: str) -> None:
            if path.startswith("/news/") and sum(p.startswith("/news/") for p in site.paths()) == KILL_AT:
                os.kill(proc_box[0].pid, signal.SIGKILL)
                killed.set()

        site.on_request = kill_on_nth_page
        proc = subprocess.Popen([*WATCH, "run", "--duration", "120", "--delay", "0", "--batch-size", str(BATCH),
                                 "--no-progress", "--contact", "tests@example.org", "--db", str(db)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        proc_box.append(proc)
        _, stderr = proc.communicate(timeout=120)
        assert killed.is_set() and proc.returncode == -signal.SIGKILL, stderr.decode()[-2000:]
        with duckdb.connect(str(db), read_only=True) as c:
            before = {r[0] for r in c.execute("SELECT id FROM articles").fetchall()}
            leased = c.execute("SELECT count(*) FROM watch_frontier WHERE status = 'leased'").fetchone()[0]
        assert 0 < len(before) < N_PAGES and leased > 0  # the crash left work stored and work half done

        ctx = watch.Context(db, watch.WatchOptions(delay=0.0))
        watch.run(ctx, once=True)  # the rerun: another process than the dead one
        ctx.close()
    assert ctx.report.recovered == leased
    with duckdb.connect(str(db), read_only=True) as c:
        rows = c.execute("SELECT id, version FROM articles").fetchall()
        states = c.execute("SELECT DISTINCT status FROM watch_frontier").fetchall()
    assert sorted(rows) == sorted((article_id(site.base + p), 1) for p in paths)
    assert states == [("done",)]
    page_requests = [p for p in site.paths() if p.startswith("/news/")]
    stored_first = {p for p in paths if article_id(site.base + p) in before}
    assert all(page_requests.count(p) == 1 for p in stored_first)  # what was stored is never fetched again


def test_cli_add_list_remove_and_run_once(tmp_path):
    db = str(tmp_path / "cli.duckdb")
    runner = CliRunner()
    with Site() as site:
        _fake_site(site, 2)
        site.set("/news/smp-001.html", page_html(sample_articles(1)[0], published="December 9"))
        r = runner.invoke(app, ["add", site.base + "/feed.xml", "--db", db])
        assert r.exit_code == 0 and "watching" in r.output
        assert "already watched" in runner.invoke(app, ["add", site.base + "/feed.xml", "--db", db]).output
        r = runner.invoke(app, ["run", "--once", "--delay", "0", "--no-progress", "--contact", "t@example.org",
                                "--db", db])
        assert r.exit_code == 0, r.output
        assert "2 new" in r.output and "0 metadata warnings" in r.output
        r = runner.invoke(app, ["list", "--db", db])
        assert r.exit_code == 0 and "/feed.xml" in r.output and "rss" in r.output
    bad = runner.invoke(app, ["add", "ftp://example.org/feed", "--db", db])
    assert bad.exit_code == 2 and "E701" in bad.output
    gone = runner.invoke(app, ["remove", "http://nowhere.example.org/feed", "--db", db])
    assert gone.exit_code == 2 and "E702" in gone.output
    assert runner.invoke(app, ["remove", "1", "--db", db]).exit_code == 0
    assert "no feeds watched" in runner.invoke(app, ["list", "--db", db]).output


def test_durations():
    assert [parse_duration(v) for v in ("90", "90s", "15m", "2h", "1h30m", "1d")] == [90, 90, 900, 7200, 5400, 86400]
    r = CliRunner().invoke(app, ["run", "--duration", "soon", "--db", "/nonexistent/x.duckdb"])
    assert r.exit_code == 2 and "E710" in r.output
