"""Reliability benchmark (issue 14): hostile records, article length, adversarial API queries.

1. **Hostile corpus**: tests/hostile/corpus.py's generator (wrong-typed fields, surrogates,
   markup ids, deep nesting, broken and legacy encodings, binary files renamed, a FIFO, long
   tokens, oversized and non-English texts) with K copies of its JSON Lines mix, through
   `eventwire ingest` as a subprocess. Counted: records tried, crashes (a traceback, or an
   exit code other than 0/1), hangs (the run past its bound), lost records (a good record not
   stored, or a bad one not reported exactly once).
2. **Extraction time against article length**: one article of N characters (the sample
   corpus's reports, concatenated), through the pipeline in this process with no time
   budget; each size once. With --profile N, the stages' times and cProfile's top functions
   by own time at that size: where the time goes as articles grow.
3. **API under adversarial queries**: `eventwire serve` over the sample corpus's store, and
   sequential requests with adversarial filter values (LIKE wildcards, regex bombs, 200
   backslashes, broken UTF-8, untrusted Host headers); p50/p99/max latency and statuses.
4. **kill -9**: `eventwire ingest -j 2` killed mid-run, resumed; the store must equal a clean
   ingest's and no worker may outlive its parent.

Prints Markdown and, with --write, writes docs/benchmarks/reliability.md. Bounded: each part
stops by itself (the ingest after --bound seconds, the sizes at --max-chars).

    python benchmarks/reliability.py --write                       # corpus x4, 10k..200k, API 600 requests
    python benchmarks/reliability.py --sizes 10000,50000 --requests 100 --copies 1
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
OUT = ROOT / "docs" / "benchmarks" / "reliability.md"
LINE = re.compile(r"^(?P<kind>error|warning) (?P<file>[^:]+):(?P<record>.*?): \[(?P<code>[EW]\d{3})\] ", re.MULTILINE)


def _eventwire(*args) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", *map(str, args)]


# ----------------------------------------------------------------------------- 1. hostile corpus

def corpus_run(copies: int, bound: float, tmp: Path) -> dict:
    from tests.hostile.corpus import MAX_CHARS, make_corpus

    c = make_corpus(tmp / "corpus", jsonl_files=copies)
    db = tmp / "corpus.duckdb"
    t = time.perf_counter()
    try:
        r = subprocess.run(_eventwire("ingest", c.folder, "--db", db, "--no-progress", "--max-chars", MAX_CHARS),
                           capture_output=True, timeout=bound, env=ENV)
        hung, rc, stderr = False, r.returncode, r.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        hung, rc, stderr = True, None, ""
    wall = time.perf_counter() - t
    crashed = "Traceback" in stderr or rc not in (0, 1, None)
    reported = Counter((Path(m["file"]).name, m["record"]) for m in LINE.finditer(stderr) if m["kind"] == "error")
    stored: set[str] = set()
    if db.exists() and not hung:
        import duckdb

        with duckdb.connect(str(db), read_only=True) as con:
            stored = {row[0] for row in con.execute("SELECT id FROM articles").fetchall()}
    lost_good = [i for i in c.good if i not in stored]
    misreported = [k for k in c.bad if reported[k] != 1]
    return {"records": c.records, "good": len(c.good), "bad": len(c.bad), "files": len(list(c.folder.iterdir())),
            "crashes": int(crashed), "hangs": int(hung), "lost_good": len(lost_good),
            "misreported_bad": len(misreported), "exit": rc, "seconds": wall}


# ----------------------------------------------------------------------------- 1b. kill -9

TABLES = ("articles", "mentions", "events", "event_sources", "conflicts", "rejects")


def _dump(db: Path) -> dict[str, int]:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        out = {}
        for t in TABLES:
            try:
                out[t] = con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            except duckdb.Error:
                out[t] = -1
        out["event_ids"] = hash(tuple(r[0] for r in con.execute("SELECT id FROM events ORDER BY id").fetchall()))
        return out


def kill_rounds(rounds: int, tmp: Path) -> dict:
    """`eventwire ingest -j 2` of the sample corpus killed with SIGKILL mid-run, `rounds` times, then
    resumed to the end; survived = the store equals a clean ingest's and no worker outlived its parent."""
    import random
    import signal

    src = ROOT / "samples" / "corpus.jsonl"
    cmd = lambda db: _eventwire("ingest", src, "--db", db, "--batch-size", 4, "--no-progress", "-j", 2)
    clean = tmp / "clean.duckdb"
    subprocess.run(cmd(clean), check=True, capture_output=True, env=ENV, timeout=600)
    want = _dump(clean)
    rng = random.Random(14)
    survived = orphans = 0
    for k in range(rounds):
        db = tmp / f"killed{k}.duckdb"
        p = subprocess.Popen(cmd(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        time.sleep(rng.uniform(4.0, 9.0))  # model load is ~3 s: the kill lands during extraction or a write
        kids = _children(p.pid)
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        time.sleep(PARENT_GONE_S)
        orphans += sum(1 for c in kids if Path(f"/proc/{c}").exists()
                       and Path(f"/proc/{c}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z")
        subprocess.run(cmd(db), capture_output=True, env=ENV, timeout=600)
        survived += int(_dump(db) == want)
    return {"rounds": rounds, "survived": survived, "orphans": orphans}


PARENT_GONE_S = 2.0  # workers poll their parent every 0.5 s (runner.PARENT_POLL_S)


def _children(pid: int) -> set[int]:
    kids = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    kids.add(int(d.name))
            except (OSError, ValueError, IndexError):
                continue
    return kids


# ----------------------------------------------------------------------------- 2. length

def _long_text(n: int) -> str:
    reports = [json.loads(x)["text"] for x in (ROOT / "samples" / "corpus.jsonl").read_text(encoding="utf-8")
               .splitlines() if x.strip()]
    parts, size, i = [], 0, 0
    while size < n:
        parts.append(reports[i % len(reports)])
        size += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:n]


def length_curve(sizes: list[int], profile_at: int | None) -> tuple[list[dict], str]:
    from eventwire.model import Article
    from eventwire.pipeline import default_pipeline
    from eventwire.runner import warm_up

    warm_up()
    pipe = default_pipeline()
    rows, profile = [], ""
    for n in sizes:
        text = _long_text(n)
        before = dict(pipe.timings)
        t = time.perf_counter()
        pipe.run(Article(id=f"len{n}", text=text, published="2024-03-20"))
        wall = time.perf_counter() - t
        stages = {k: v - before.get(k, 0.0) for k, v in pipe.timings.items()}
        top = sorted(stages.items(), key=lambda kv: -kv[1])[:4]
        rows.append({"chars": n, "seconds": wall, "per_10k": wall / (n / 10_000), "top": top, "stages": stages})
        print(f"  {n:>9,} chars: {wall:7.2f} s  " + ", ".join(f"{k} {v:.2f}" for k, v in top), file=sys.stderr)
    if profile_at:  # a run of its own: the profiler slows Python code more than spaCy's, skewing the curve
        prof = cProfile.Profile()
        prof.enable()
        pipe.run(Article(id="profiled", text=_long_text(profile_at), published="2024-03-20"))
        prof.disable()
        s = io.StringIO()
        pstats.Stats(prof, stream=s).sort_stats("tottime").print_stats(14)
        profile = _trim_profile(s.getvalue())
    return rows, profile


def _trim_profile(text: str) -> str:
    keep, on = [], False
    for line in text.splitlines():
        if line.strip().startswith("ncalls"):
            on = True
        if on and line.strip():
            keep.append(re.sub(r"/[^ ]*/site-packages/", "", line.replace(str(ROOT) + "/", "")))
    return "\n".join(keep)


# ----------------------------------------------------------------------------- 3. API

ADVERSARIAL = {
    "actor": ["%%%%%%!", "%" * 40 + "x", "_" * 199, "\\" * 199, "(a+)+$" * 30, "%_%_" * 49, "' OR 1=1 --"],
    "admin1": ["%%%%%%!", "[" * 150, "a" * 199 + "!", "(.*)*" * 30],
    "q": ["%%%%%%!", "_" * 199, "\\" * 199, "(a+)+$" * 30, "🙂" * 100],
    "country": ["%" * 60, "SYR' --"],
    "bbox": ["1e308,1e308,-1e308,-1e308", "nan,nan,nan,nan", "," * 150],
    "cursor": ["A" * 399, "%%%%"],
}
RAW = ["actor=%ED%A0%80", "q=%FF%FE", "admin1=%C0%80", "actor=" + "%25" * 60]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _sample_store(tmp: Path) -> Path:
    db = tmp / "samples.duckdb"
    subprocess.run(_eventwire("ingest", ROOT / "samples" / "corpus.jsonl", "--db", db, "--no-progress"),
                   check=True, capture_output=True, env=ENV, timeout=600)
    return db


def api_run(requests: int, tmp: Path) -> dict:
    import httpx

    db = _sample_store(tmp)
    port = _free_port()
    proc = subprocess.Popen(_eventwire("serve", "--db", db, "--port", port, "--no-access-log"), env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(base + "/api/events?limit=1", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        urls = [f"/api/{route}?" + httpx.QueryParams({k: v}).__str__()
                for route in ("events", "stats") for k, vs in ADVERSARIAL.items() for v in vs]
        urls += [f"/api/events?{raw}" for raw in RAW]
        lat, statuses, rebind = [], Counter(), Counter()
        with httpx.Client(base_url=base, timeout=30) as c:
            for i in range(requests):
                url = urls[i % len(urls)]
                t = time.perf_counter()
                r = c.get(url)
                lat.append(time.perf_counter() - t)
                statuses[r.status_code] += 1
            for host in ("attacker.example", "127.0.0.1.nip.io", "localhost"):
                rebind[(host, c.get("/api/events?limit=1", headers={"Host": host}).status_code)] += 1
        lat.sort()
        pct = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000
        return {"requests": len(lat), "distinct": len(urls), "p50_ms": pct(0.5), "p99_ms": pct(0.99),
                "max_ms": lat[-1] * 1000, "statuses": dict(statuses), "rebind": dict(rebind)}
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


# ----------------------------------------------------------------------------- report

def _growth(curve: list[dict]) -> list[str]:
    """Stages whose time grew faster than the length between the two largest sizes (each over 0.2 s)."""
    if len(curve) < 2:
        return []
    a, b = curve[-2], curve[-1]
    factor = b["chars"] / a["chars"]
    fast = sorted(((k, v / a["stages"][k]) for k, v in b["stages"].items()
                   if v > 0.2 and a["stages"].get(k, 0) > 0.01 and v / a["stages"][k] > 1.5 * factor),
                  key=lambda kv: -kv[1])
    if not fast:
        return [f"No stage grew faster than 1.5x the length ({factor:g}x) from {a['chars']:,} to {b['chars']:,} "
                "characters.", ""]
    return [f"From {a['chars']:,} to {b['chars']:,} characters (length x{factor:g}) these stages grew faster than "
            "the length (super-linear): " + ", ".join(f"`{k}` x{g:.1f} ({b['stages'][k]:.2f} s)" for k, g in fast)
            + ".", ""]


def report(corpus: dict | None, curve: list[dict], profile: str, profile_at: int | None, api: dict | None,
           argv: list[str], kills: dict | None = None) -> str:
    out = ["# Reliability: hostile records, article length, adversarial queries", "",
           f"`python benchmarks/reliability.py {' '.join(argv)}` on {platform.node() or 'this machine'} "
           f"({os.cpu_count()} cores, Python {platform.python_version()}), {time.strftime('%Y-%m-%d')}. "
           "A shared machine: timings are single runs.", ""]
    if corpus:
        out += ["## Hostile corpus through `eventwire ingest`", "",
                "| records tried | good | bad | files | crashes | hangs | good lost | bad not reported once "
                "| exit | seconds |", "|---|---|---|---|---|---|---|---|---|---|",
                f"| {corpus['records']} | {corpus['good']} | {corpus['bad']} | {corpus['files']} | {corpus['crashes']} "
                f"| {corpus['hangs']} | {corpus['lost_good']} | {corpus['misreported_bad']} | {corpus['exit']} "
                f"| {corpus['seconds']:.1f} |", ""]
    if kills:
        out += ["## kill -9 during `eventwire ingest -j 2`", "",
                "The sample corpus ingested with 2 workers and batches of 4, killed with SIGKILL at a random "
                "moment 4-9 s in (during extraction or a batch write), then resumed; *survived*: the store's "
                "tables equal a clean ingest's (counts and event ids). *Orphans*: workers alive 2 s after "
                "their parent was killed.", "",
                "| rounds | survived | orphan workers |", "|---|---|---|",
                f"| {kills['rounds']} | {kills['survived']} | {kills['orphans']} |", ""]
    if curve:
        out += ["## Extraction time against article length", "",
                "One article of N characters (the sample reports concatenated), no time budget. Linear "
                "growth keeps *s per 10k* flat.", "",
                "| characters | seconds | s per 10k chars | slowest stages (s) |", "|---|---|---|---|"]
        for r in curve:
            top = ", ".join(f"{k} {v:.2f}" for k, v in r["top"])
            out.append(f"| {r['chars']:,} | {r['seconds']:.2f} | {r['per_10k']:.2f} | {top} |")
        out.append("")
        out += _growth(curve)
        if profile:
            out += [f"cProfile at {profile_at:,} characters, top functions by own time:", "", "```", profile,
                    "```", ""]
    if api:
        out += ["## API under adversarial queries", "",
                f"`eventwire serve` over the sample corpus's store; {api['requests']} sequential requests cycling "
                f"through {api['distinct']} adversarial URLs (LIKE wildcards, regex bombs, 200 backslashes, broken "
                "UTF-8, a lone surrogate, malformed bbox and cursor) on /api/events and /api/stats.", "",
                "| requests | p50 ms | p99 ms | max ms | statuses |", "|---|---|---|---|---|",
                f"| {api['requests']} | {api['p50_ms']:.1f} | {api['p99_ms']:.1f} | {api['max_ms']:.1f} "
                f"| {', '.join(f'{k}: {v}' for k, v in sorted(api['statuses'].items()))} |", "",
                "Host header (DNS rebinding guard): " + ", ".join(f"`{h}` → {s}" for (h, s) in api["rebind"]) + ".",
                ""]
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=4, help="copies of the corpus's JSON Lines mix (0: skip part 1)")
    ap.add_argument("--bound", type=float, default=600, help="seconds the corpus ingest may take (a hang past it)")
    ap.add_argument("--sizes", default="10000,25000,50000,100000,200000", help="article lengths ('' skips part 2)")
    ap.add_argument("--profile", type=int, default=100_000, help="profile the pipeline at this length (0: no)")
    ap.add_argument("--requests", type=int, default=600, help="adversarial API requests (0: skip part 3)")
    ap.add_argument("--kills", type=int, default=3, help="kill -9 rounds of ingest -j 2 (0: skip)")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="eventwire-reliability-"))
    try:
        corpus = corpus_run(args.copies, args.bound, tmp) if args.copies else None
        kills = kill_rounds(args.kills, tmp) if args.kills and sys.platform.startswith("linux") else None
        sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
        curve, profile = length_curve(sizes, args.profile or None) if sizes else ([], "")
        api = api_run(args.requests, tmp) if args.requests else None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = report(corpus, curve, profile, args.profile, api, sys.argv[1:], kills)
    print(text)
    if args.write:
        OUT.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
