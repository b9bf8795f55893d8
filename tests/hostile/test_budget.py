"""Per-record budgets (runner.py): a slow article is stopped alone (E202), a worker that dies
costs only its article (E203), and workers never outlive their parent."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire import runner
from eventwire.model import Article, RecordError

SENTENCE = "Government forces shelled the town of Ariha on Monday, killing three people, a monitor said. "


def _arts(*ids):
    return [Article(id=i, text=SENTENCE, origin_file="f.jsonl", origin_record=f"line {n}") for n, i in enumerate(ids, 1)]


def test_a_slow_article_is_stopped_alone_and_the_batch_goes_on(monkeypatch):
    calls = []

    def fake_batch(articles):
        calls.append([a.id for a in articles])
        if any(a.id == "slow" for a in articles):
            time.sleep(5)
        return [{"id": a.id} for a in articles]

    monkeypatch.setattr(runner, "process_batch", fake_batch)
    t = time.monotonic()
    out = runner._batch_to_dicts(_arts("a", "slow", "b"), budget=0.2)
    assert time.monotonic() - t < 2
    assert out[0] == {"id": "a"} and out[2] == {"id": "b"}
    assert isinstance(out[1], RecordError) and out[1].code == "E202" and out[1].record == "line 2 (id slow)"
    assert calls == [["a", "slow", "b"], ["a"], ["slow"], ["b"]]  # the batch, then one by one
    assert runner._batch_to_dicts(_arts("c"), budget=None) == [{"id": "c"}]
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no timer left behind


def _dies_on_die(articles, budget=None):
    if any(a.id == "die" for a in articles):
        os._exit(9)  # as the OOM killer would
    return [{"id": a.id} for a in articles]


def test_a_dead_worker_costs_only_its_article(monkeypatch):
    monkeypatch.setattr(runner, "_batch_to_dicts", _dies_on_die)  # workers are forked: they see it too
    recs = _arts("a", "b", "die", "c") + [RecordError("E104", "bad", "f.jsonl", "line 5")] + _arts("d", "e")
    batches = runner._batched(recs, 2)
    out = list(runner._pooled(batches, 2, None))
    shown = [o["id"] if isinstance(o, dict) else (o.code, o.record) for o in out]
    assert shown == ["a", "b", ("E203", "line 3 (id die)"), "c", ("E104", "line 5"), "d", "e"]


def _hangs_on_hang(articles, budget=None):
    if any(a.id == "hang" for a in articles):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # as a long C call: the budget cannot fire
        time.sleep(600)
    return [{"id": a.id} for a in articles]


def test_a_worker_stuck_past_the_hard_limit_is_killed(monkeypatch):
    monkeypatch.setattr(runner, "_batch_to_dicts", _hangs_on_hang)
    monkeypatch.setattr(runner, "HARD_GRACE_S", 0.5)
    t = time.monotonic()
    out = list(runner._pooled(runner._batched(_arts("a", "hang", "b"), 2), 2, 0.2))
    assert time.monotonic() - t < 20
    shown = [o["id"] if isinstance(o, dict) else (o.code, o.record) for o in out]
    assert shown == ["a", ("E202", "line 2 (id hang)"), "b"]


def _children(pid: int) -> set[int]:
    kids = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.add(int(d.name))
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_their_parent(tmp_path, repo_root):
    src = tmp_path / "slow.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": SENTENCE * 300}) + "\n" for i in range(40)),
                   encoding="utf-8")
    exe = Path(sys.executable).with_name("eventwire")
    kids: set[int] = set()
    p = subprocess.Popen([str(exe), "extract", str(src), "-j", "2", "--no-progress", "-o", str(tmp_path / "o.jsonl")],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(kids) < 2:
            time.sleep(0.2)
            kids = _children(p.pid)
        assert len(kids) >= 2, "the workers never started"
        time.sleep(0.5)
        os.kill(p.pid, signal.SIGKILL)
        p.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(k) for k in kids):
            time.sleep(0.2)
        assert not any(_alive(k) for k in kids), "workers outlived their killed parent"
    finally:
        if p.poll() is None:
            p.kill()
        for k in kids | _children(p.pid):  # never leave a worker behind, even when the test fails
            if _alive(k):
                os.kill(k, signal.SIGKILL)
