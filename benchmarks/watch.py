"""Watch benchmark: `eventwire watch` against a local fake news site (tests/watch/site.py).

1. Throughput: `eventwire watch run --once --delay 0` as a real subprocess on a fresh store,
   a feed of N article pages made from samples/corpus.jsonl (each sample served under
   several URLs with its text varied, so every page is a distinct article); wall time with
   model load, articles per minute, peak PSS. Then the same in-process with extraction
   answered from a cache: what fetching, parsing and storing cost by themselves.
2. A one-hour run, simulated: the clock is injected (sleeping advances it), the site
   publishes new articles every few simulated minutes, the feed is polled as the watcher
   decides (default politeness: 5 s gap, adaptive interval); memory (RSS) sampled along
   the simulated hour.

Writes docs/benchmarks/watch.md and prints it.

    python benchmarks/watch.py            # 120 pages, one simulated hour
    python benchmarks/watch.py --quick    # 30 pages, 20 simulated minutes
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from _memory import PeakSampler
from watch.site import FakeClock, Site, page_html, rss, sample_articles

PUBLISH_EVERY_S = 300.0  # the simulated site publishes ...
PER_RELEASE = 2  # ... this many new articles every 5 simulated minutes


def _variants(n: int) -> list[dict]:
    """n distinct articles: the 30 samples, each again with an edition line, as often as needed."""
    base = sample_articles(30)
    out = []
    for i in range(n):
        a = dict(base[i % len(base)])
        k = i // len(base)
        if k:
            a["id"] = f"{a['id']}-e{k}"
            a["text"] = a["text"] + f"\nThis report was updated in edition {k} of the fictional outlet."
        out.append(a)
    return out


def _serve(site: Site, arts: list[dict]) -> list[str]:
    paths = [f"/news/{a['id']}.html" for a in arts]
    for a, p in zip(arts, paths):
        site.set(p, page_html(a))
    site.set("/robots.txt", "User-agent: *\nAllow: /\n", ctype="text/plain")
    return paths


def _rss_kb() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def throughput(n: int, tmp: Path) -> dict:
    from eventwire.services import watch

    arts = _variants(n)
    with Site() as site:
        paths = _serve(site, arts)
        site.set("/feed.xml", rss(site.base, paths), ctype="application/rss+xml")
        db = tmp / "throughput.duckdb"
        watch.add(db, site.base + "/feed.xml", time.time())
        cmd = [sys.executable, "-c", "from eventwire.cli.watch import app; app()", "run", "--once", "--delay", "0",
               "--no-progress", "--contact", "benchmark@example.org", "--db", str(db)]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
        with PeakSampler(proc.pid) as mem:
            _, err = proc.communicate()
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            raise SystemExit(f"watch run failed ({proc.returncode}):\n{err}")
        summary = err.strip().splitlines()[-1]
        # The same pages again into a fresh store, extraction answered from the first store's results.
        results = _results(db)
        db2 = tmp / "cached.duckdb"
        watch.add(db2, site.base + "/feed.xml", time.time())
        ctx = watch.Context(db2, watch.WatchOptions(delay=0.0))

        def cached(items, processes):
            for a in items:
                yield results[a.id]

        t1 = time.perf_counter()
        watch.run(ctx, once=True, extract=cached)
        io_wall = time.perf_counter() - t1
        ctx.close()
    return {"pages": n, "wall": wall, "per_min": n / wall * 60, "pss_mb": mem.peak_kb / 1024, "summary": summary,
            "io_wall": io_wall, "io_per_min": ctx.report.new / io_wall * 60, "io_new": ctx.report.new}


def _results(db: Path) -> dict:
    """article id -> a pipeline result good enough to store (the stored text, no events)."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as c:
        rows = c.execute("SELECT id, title, published, url, text FROM articles").fetchall()
    return {i: {"id": i, "title": t, "published": p.isoformat() if p else None, "source": None, "url": u,
                "language": "en", "text": x, "events": [], "places": []} for i, t, p, u, x in rows}


def simulated_hour(seconds: float, tmp: Path) -> dict:
    from eventwire.services import watch

    n = int(seconds // PUBLISH_EVERY_S + 1) * PER_RELEASE
    arts = _variants(n)
    clock = FakeClock()
    start = clock.now()
    samples: list[tuple[float, int]] = []
    with Site(clock) as site:
        paths = _serve(site, arts)

        def publish(_path):
            released = int((clock.now() - start) // PUBLISH_EVERY_S + 1) * PER_RELEASE
            site.set("/feed.xml", rss(site.base, paths[:released]), ctype="application/rss+xml")

        publish(None)
        site.on_request = lambda path: publish(path) if path == "/feed.xml" else None
        # The feed's content must be current when it is asked: refresh it before the request too.
        real_sleep = clock.sleep

        def sleep(s):
            real_sleep(s)
            publish(None)
            samples.append((clock.now() - start, _rss_kb()))

        clock.sleep = sleep
        db = tmp / "hour.duckdb"
        watch.add(db, site.base + "/feed.xml", clock.now())
        ctx = watch.Context(db, watch.WatchOptions(), clock=clock)
        samples.append((0.0, _rss_kb()))
        t0 = time.perf_counter()
        watch.run(ctx, duration=seconds)
        wall = time.perf_counter() - t0
        ctx.close()
        polls = site.paths().count("/feed.xml")
    r = ctx.report
    return {"seconds": seconds, "wall": wall, "published": n, "new": r.new, "polls": polls,
            "samples": samples, "requests": len(site.log)}


def _rss_table(samples: list[tuple[float, int]], seconds: float) -> list[str]:
    rows = []
    marks = [seconds * k / 6 for k in range(7)]
    for m in marks:
        before = [kb for t, kb in samples if t <= m + 1e-6]
        if before:
            rows.append(f"| {m / 60:.0f} | {before[-1] / 1024:.0f} |")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    n, seconds = (30, 1200.0) if args.quick else (120, 3600.0)
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as d:
        tp = throughput(n, Path(d))
        hour = simulated_hour(seconds, Path(d))
    load1 = os.getloadavg()[0]
    peak = max(kb for _, kb in hour["samples"]) / 1024
    lines = [
        "# Watch benchmark", "",
        f"`python benchmarks/watch.py{' --quick' if args.quick else ''}`. Machine: {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.machine()}; load average before / after: "
        f"{load0:.1f} / {load1:.1f} (other jobs share the machine; above a load of 2 times are pessimistic).", "",
        "A local fake news site (tests/watch/site.py) on 127.0.0.1: article pages made from samples/corpus.jsonl,",
        "each served under several URLs with an edition line added so that every page is a distinct article.", "",
        "## Throughput (delay 0)", "",
        "| what | pages | wall (s) | articles per minute | peak memory, PSS (MB) |", "|---|---|---|---|---|",
        f"| `eventwire watch run --once --delay 0` (subprocess, model load included) | {tp['pages']} | "
        f"{tp['wall']:.1f} | {tp['per_min']:.0f} | {tp['pss_mb']:.0f} |",
        f"| the same, extraction answered from a cache (fetch, parse, store only; in-process) | {tp['io_new']} | "
        f"{tp['io_wall']:.1f} | {tp['io_per_min']:.0f} | - |", "",
        f"The run's summary: `{tp['summary']}`", "",
        f"## A {seconds / 3600:g}-hour run, simulated", "",
        f"The clock is injected (a sleep advances it at once); the site publishes {PER_RELEASE} articles every "
        f"{PUBLISH_EVERY_S / 60:.0f} simulated minutes; default politeness (5 s gap per host, polling interval "
        f"adapted between 5 min and 6 h, first 15 min). {hour['published']} articles published, {hour['new']} "
        f"stored in {hour['polls']} feed polls ({hour['requests']} requests in all); {hour['wall']:.1f} s of real "
        f"time. Memory (RSS of the process, the pipeline loaded in it) along the simulated run:", "",
        "| simulated minute | RSS (MB) |", "|---|---|", *_rss_table(hour["samples"], seconds), "",
        f"Peak RSS {peak:.0f} MB.",
        "Articles published after the last poll of the run wait for the next run: the adaptive interval "
        "decides when the feed is asked again.", ""]
    text = "\n".join(lines)
    out = ROOT / "docs" / "benchmarks" / "watch.md"
    out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
