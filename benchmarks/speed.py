"""Speed benchmark: eventwire vs the bare spaCy pipeline on the FA-KES dev articles.

Each configuration runs in its own subprocess; the parent samples the memory of
that process tree from /proc every 200 ms (PSS: pages shared by forked workers
counted once), so the peak counts the workers too. Articles/s is measured after the model is loaded (load time is a
separate column). Writes docs/benchmarks/speed.md and prints the same table.

    python benchmarks/speed.py            # all configurations, two interleaved rounds
    python benchmarks/speed.py --limit 100 --repeat 1
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _memory import PeakSampler


def _texts(limit: int | None):
    from eventwire.eval import dataset_path
    from eventwire.ingest.readers import ReadOptions, read_path
    from eventwire.model import RecordError

    path = dataset_path("fakes")
    if path is None:
        return None, []
    arts = [a for a in read_path(str(path), ReadOptions()) if not isinstance(a, RecordError)]
    return path, arts[:limit] if limit else arts


def worker(kind: str, processes: int, limit: int | None) -> None:
    """Runs inside the measured subprocess; prints one JSON line."""
    _, arts = _texts(limit)
    t0 = time.perf_counter()
    if kind == "bare":
        import spacy

        from eventwire.nlp import MODEL_NAMES

        nlp = None
        for name in MODEL_NAMES:
            try:
                nlp = spacy.load(name)
                break
            except OSError:
                continue
        nlp("warm up")
        t1 = time.perf_counter()
        n = sum(1 for _ in nlp.pipe((a.text for a in arts), n_process=processes, batch_size=32))
    else:
        from eventwire.runner import run, warm_up

        from eventwire.pipeline import default_pipeline

        warm_up()
        default_pipeline().timings.clear()
        t1 = time.perf_counter()
        n = sum(1 for _ in run(iter(arts), processes=processes))
        if processes == 1:  # per-component seconds live in this process only
            t2 = time.perf_counter()
            print(json.dumps({"n": n, "load_s": t1 - t0, "run_s": t2 - t1,
                              "stages": default_pipeline().timings}))
            return
    t2 = time.perf_counter()
    print(json.dumps({"n": n, "load_s": t1 - t0, "run_s": t2 - t1}))


def measure(kind: str, processes: int, limit: int | None) -> dict:
    cmd = [sys.executable, __file__, "--worker", kind, "--processes", str(processes)]
    if limit:
        cmd += ["--limit", str(limit)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    with PeakSampler(proc.pid) as mem:
        out, _ = proc.communicate()
    res = json.loads(out.strip().splitlines()[-1])
    res["peak_rss_mb"] = mem.peak_kb / 1024
    res["articles_per_s"] = res["n"] / res["run_s"]
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--worker", choices=["bare", "eventwire"])
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=2, help="interleaved rounds; the fastest run of each is kept")
    ap.add_argument("--out", default=str(ROOT / "docs" / "benchmarks" / "speed.md"))
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.processes, args.limit)
        return 0
    path, arts = _texts(args.limit)
    if path is None:
        print("skip: ../shared/datasets/fakes/fakes_dev.csv not found (set EVENTWIRE_SHARED)")
        return 0
    chars = sum(len(a.text) for a in arts)
    configs = (("bare", 1), ("bare", 2), ("eventwire", 1), ("eventwire", 2))
    best: dict[tuple[str, int], dict] = {}
    # rounds interleaved, the fastest run of each kept: on a shared machine one configuration's run
    # may fall in a slow spell that the next escapes (bare spaCy with 2 processes took 17.5 s in one
    # run and 23.8 s in the next), and a ratio of two runs far apart says more of the spell than of
    # the pipeline
    for _ in range(args.repeat):
        for kind, procs in configs:
            r = measure(kind, procs, args.limit)
            print(f"{kind:9} {procs}p  {r['articles_per_s']:6.1f} art/s  run {r['run_s']:6.1f}s  "
                  f"load {r['load_s']:4.1f}s  peak {r['peak_rss_mb']:6.0f} MB", file=sys.stderr)
            prev = best.get((kind, procs))
            if prev is None or r["run_s"] < prev["run_s"]:
                r["peak_rss_mb"] = max(r["peak_rss_mb"], prev["peak_rss_mb"]) if prev else r["peak_rss_mb"]
                r.setdefault("stages", prev.get("stages") if prev else None)
                best[kind, procs] = r
            else:
                prev["peak_rss_mb"] = max(r["peak_rss_mb"], prev["peak_rss_mb"])
    rows = [(kind, procs, best[kind, procs]) for kind, procs in configs]
    bare = {p: r for k, p, r in rows if k == "bare"}
    lines = [
        "# Speed benchmark",
        "",
        f"FA-KES dev: {len(arts)} articles, {chars:,} characters. Machine: {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.machine()}. `python benchmarks/speed.py`: "
        f"{args.repeat} interleaved rounds, the fastest run of each configuration kept (peak memory: "
        f"the largest).",
        "Bare spaCy = the full `en_core_web_sm` pipeline via `nlp.pipe(n_process=N)`.",
        "",
        "| pipeline | processes | articles/s | run time (s) | × bare spaCy time | load (s) | peak memory, PSS (MB) |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind, procs, r in rows:
        ratio = r["run_s"] / bare[procs]["run_s"]
        lines.append(f"| {kind} | {procs} | {r['articles_per_s']:.1f} | {r['run_s']:.1f} | {ratio:.2f} | "
                     f"{r['load_s']:.1f} | {r['peak_rss_mb']:.0f} |")
    stages = next((r.get("stages") for k, p, r in rows if k == "eventwire" and p == 1), None)
    if stages:
        total = sum(stages.values())
        geo = stages.get("places", 0.0) + stages.get("locations", 0.0)
        lines += [
            "",
            "## Where the time goes (eventwire, 1 process)",
            "",
            f"The geo step (`places` + `locations`: gazetteer look-ups, cues, event locations) takes "
            f"**{100 * geo / total:.1f}%** of extraction time (issue 3's budget: at most 15%). The "
            "story-level place support (focus country, admin1 support) is computed in `entities` and "
            "counted there.",
            "",
            "| component | seconds | share |",
            "|---|---|---|",
        ]
        for name, sec in stages.items():
            lines.append(f"| {name} | {sec:.2f} | {100 * sec / total:.1f}% |")
    table = "\n".join(lines) + "\n"
    print(table)
    if not args.limit:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
