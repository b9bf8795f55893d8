"""The Spark jobs against one machine: extraction speed, Spark's own overhead, block-wise fusion.

1. Extraction of FA-KES dev (../shared) by `eventwire extract -j 1` and `-j 2` and by
   `eventwire spark extract` on `local[1]` and `local[2]`, in this one run, each in its own
   process: articles/s over the whole command (model, JVM and workers started included),
   Spark's session start, the overhead of Spark (its wall time less `eventwire extract`'s at
   the same parallelism), the peak memory (PSS) of each process tree, and for Spark each
   Python worker's and the JVM's peak resident memory.
2. Block-wise fusion (`eventwire spark fuse` on local[2]) of generated mention archives of
   growing size (the synthetic archive of benchmarks/fusion_scale.py, about 150 mentions a
   day), beside one Fuser on the same mentions where that fits, and how far the two agree
   (mentions whose cluster is exactly the single process's) with the default halo and with
   the bare date window.

Writes docs/benchmarks/spark.md (its "## Notes" section is kept).

    python benchmarks/spark.py                      # all of it
    python benchmarks/spark.py --articles 200 --sizes 10000 100000 --single-max 100000
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _memory import PeakSampler

OUT = ROOT / "docs" / "benchmarks" / "spark.md"
FAKES = ROOT.parent / "shared" / "datasets" / "fakes" / "fakes_dev.csv"
MENTIONS_PER_DAY = 150  # as benchmarks/fusion_scale.py
CHUNK_MENTIONS = 50_000  # generated a chunk at a time, so a million mentions never sit in memory at once
EXE = [sys.executable, "-m", "eventwire.cli"]


# ------------------------------------------------------------------------------ extraction


def fakes_subset(n: int | None, tmp: Path) -> tuple[Path, int]:
    """FA-KES dev, or its first n rows, as a CSV in tmp (read from ../shared, never kept)."""
    with open(FAKES, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    keep = rows[: (n + 1) if n else None]
    path = tmp / "fakes.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(keep)
    return path, len(keep) - 1


def timed(cmd: list[str]) -> dict:
    """Wall seconds and the peak PSS of the command's process tree."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    with PeakSampler(proc.pid) as sampler:
        stdout, _ = proc.communicate()
    if proc.returncode not in (0, 1):  # 1: some records rejected
        raise SystemExit(f"{cmd} failed with exit code {proc.returncode}")
    return {"seconds": time.perf_counter() - t0, "pss_mb": sampler.peak_kb / 1024, "stdout": stdout}


def spark_extract_worker(master: str, csv_path: str, out: str) -> None:
    """Runs in the measured subprocess: a session, the extract job, the peak memory of its processes."""
    from eventwire.services.spark.extract import extract
    from eventwire.services.spark.session import session

    t0 = time.perf_counter()
    spark = session(master, app_name="eventwire-benchmark")
    spark.sparkContext.parallelize([0], 1).count()  # the executor is up
    started = time.perf_counter() - t0
    summary = extract(spark, [csv_path], out)
    seconds = time.perf_counter() - t0 - started
    print(json.dumps({"session_s": started, "extract_s": seconds, "extracted": summary.extracted,
                      "read": summary.read, "partitions": summary.partitions, "processes": process_peaks()}))
    spark.stop()


def process_peaks() -> list[dict]:
    """Peak resident memory (VmHWM) of every process under this one, with what it is."""
    out = []
    for pid in _descendants(os.getpid()):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            hwm = next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                       if line.startswith("VmHWM:"))
        except (OSError, StopIteration):
            continue
        kind = "jvm" if "java" in cmd.split(" ")[0] else "python worker" if "pyspark" in cmd else "other"
        out.append({"pid": pid, "kind": kind, "peak_rss_mb": hwm / 1024})
    return out


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                ppid = int(Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d))
    found, stack = [], list(children.get(root, []))
    while stack:
        p = stack.pop()
        found.append(p)
        stack.extend(children.get(p, []))
    return found


def extraction_rows(n_articles: int | None, tmp: Path) -> tuple[list[dict], int]:
    csv_path, n = fakes_subset(n_articles, tmp)
    rows = []
    for j in (1, 2):
        r = timed([*EXE, "extract", str(csv_path), "-j", str(j), "--no-progress", "-o", str(tmp / f"x{j}.jsonl")])
        rows.append({"how": f"eventwire extract -j {j}", "cores": j, **r})
        print(f"extract -j {j}: {r['seconds']:.1f} s", file=sys.stderr)
    for j in (1, 2):
        out = tmp / f"spark{j}"
        r = timed([sys.executable, __file__, "--spark-worker", f"local[{j}]", str(csv_path), str(out)])
        r.update(json.loads(r.pop("stdout").strip().splitlines()[-1]))
        rows.append({"how": f"eventwire spark extract, local[{j}]", "cores": j, **r})
        print(f"spark local[{j}]: {r['seconds']:.1f} s", file=sys.stderr)
    return rows, n


# ------------------------------------------------------------------------------ fusion


def write_archive(n_mentions: int, out: Path) -> int:
    """A generated archive of about n mentions as `spark extract`'s mentions dataset, a chunk
    at a time (each chunk its own stretch of days, its own ids); returns the mentions written."""
    import pyarrow as pa
    import pyarrow.dataset as ds
    from fusion_scale import make_corpus

    from eventwire.codec import to_dict

    written, chunk = 0, 0
    while written < n_mentions:
        size = min(CHUNK_MENTIONS, n_mentions - written)
        days = max(1, size // MENTIONS_PER_DAY)
        articles, _ = make_corpus(size, days, seed=chunk)
        shift = timedelta(days=chunk * days)
        rows = []
        for ms in articles:
            for pos, m in enumerate(ms):
                d = to_dict(m)
                d["id"], d["article_id"] = f"c{chunk}{m.id}", f"c{chunk}{m.article_id}"
                d["event"]["id"] = f"c{chunk}{m.event.id}"
                d["published"] = (date.fromisoformat(m.published) + shift).isoformat()
                if m.event.date:
                    d["event"]["date"] = (date.fromisoformat(m.event.date) + shift).isoformat()
                rows.append({"day": d["published"], "article_id": d["article_id"], "mention_id": d["id"],
                             "pos": pos, "json": json.dumps(d, ensure_ascii=False)})
        ds.write_dataset(pa.Table.from_pylist(rows), str(out / "mentions"), format="parquet",
                         partitioning=["day"], partitioning_flavor="hive", existing_data_behavior="overwrite_or_ignore",
                         basename_template=f"chunk{chunk}-{{i}}.parquet")
        written += len(rows)
        chunk += 1
    return written


def fuse_worker(source: str, halo: int, single: bool) -> None:
    """Runs in the measured subprocess: the fuse job on local[2] (and one Fuser over the same mentions)."""
    import pyarrow.dataset as ds

    from eventwire.services.spark.fusion import BLOCK_DAYS, fuse
    from eventwire.services.spark.session import session

    spark = session("local[2]", app_name="eventwire-benchmark")
    spark.sparkContext.parallelize([0], 1).count()
    t0 = time.perf_counter()
    summary = fuse(spark, source, source, block_days=BLOCK_DAYS, halo_days=halo)
    seconds = time.perf_counter() - t0
    result = {"spark_s": seconds, **json.loads(summary.to_json()), "processes": process_peaks()}
    spark.stop()
    if single:
        from eventwire.services.spark.tasks import fuse_rows

        rows = ds.dataset(f"{source}/mentions", format="parquet", partitioning="hive").to_table().to_pylist()
        t0 = time.perf_counter()
        placed = fuse_rows(rows)
        result["single_s"] = time.perf_counter() - t0
        result["single_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        events = ds.dataset(f"{source}/events", format="parquet").to_table(columns=["json"]).to_pylist()
        spark_clusters = {frozenset(m["id"] for m in json.loads(r["json"])["mentions"]) for r in events}
        groups: dict[str, set[str]] = {}
        for m, e in placed.items():
            groups.setdefault(e, set()).add(m)
        same = [c for c in map(frozenset, groups.values()) if c in spark_clusters]
        result["agree_mentions"] = sum(len(c) for c in same) / len(placed)
        result["agree_events"] = len(same) / len(groups)
    print(json.dumps(result))


def fusion_rows(sizes: list[int], single_max: int, tmp: Path) -> list[dict]:
    from eventwire.fuse.blocking import DATE_WINDOW_DAYS
    from eventwire.services.spark.fusion import HALO_DAYS

    rows = []
    for n in sizes:
        src = tmp / f"archive{n}"
        t0 = time.perf_counter()
        written = write_archive(n, src)
        generated = time.perf_counter() - t0
        halos = [HALO_DAYS] + ([DATE_WINDOW_DAYS] if n <= single_max else [])
        for halo in halos:
            single = n <= single_max
            r = timed([sys.executable, __file__, "--fuse-worker", str(src), str(halo), "1" if single else "0"])
            r.update(json.loads(r.pop("stdout").strip().splitlines()[-1]))
            rows.append({"n": written, "halo": halo, "generate_s": generated, **r})
            print(f"fuse {written} halo {halo}: {r['spark_s']:.1f} s", file=sys.stderr)
        shutil.rmtree(src, ignore_errors=True)
    return rows


# ------------------------------------------------------------------------------ report


def _workers(r: dict) -> str:
    ws = sorted((p["peak_rss_mb"] for p in r.get("processes", []) if p["kind"] == "python worker"), reverse=True)
    return ", ".join(f"{w:.0f}" for w in ws) if ws else "—"


def _jvm(r: dict) -> str:
    js = [p["peak_rss_mb"] for p in r.get("processes", []) if p["kind"] == "jvm"]
    return f"{max(js):.0f}" if js else "—"


def report(ext: list[dict], n_articles: int, fus: list[dict], notes: str, capped: str) -> str:
    lines = ["# Spark jobs (`eventwire spark`) against one machine", "",
             f"Generated by `python benchmarks/spark.py` (code: {_version()}). Machine: {os.cpu_count()} cores "
             f"**shared with four other busy agents while it ran** (load average above 4 on 2 cores, so every "
             f"wall time here is contended and only comparable within this run), Python "
             f"{platform.python_version()}, Java 17, PySpark {_pyspark()}.", ""]
    if ext:
        base = {r["cores"]: r["seconds"] for r in ext if r["how"].startswith("eventwire extract")}
        lines += [f"## Extraction: FA-KES dev, {n_articles} articles", "",
                  "Whole command, start to end (model, JVM and Python workers started included), each run in "
                  "its own process. *Spark overhead*: its wall time less `eventwire extract`'s at the same "
                  "number of cores.", "",
                  "| command | cores | wall (s) | articles/s | Spark session start (s) | Spark overhead (s) | "
                  "peak PSS, whole tree (MB) | JVM peak RSS (MB) | Python processes' peak RSS (MB) |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for r in ext:
            spark = "session_s" in r
            lines.append(f"| {r['how']} | {r['cores']} | {r['seconds']:.1f} | {n_articles / r['seconds']:.1f} | "
                         f"{r['session_s']:.1f} | {r['seconds'] - base[r['cores']]:+.1f} | " if spark else
                         f"| {r['how']} | {r['cores']} | {r['seconds']:.1f} | {n_articles / r['seconds']:.1f} | — | — | ")
            lines[-1] += f"{r['pss_mb']:.0f} | {_jvm(r)} | {_workers(r)} |"
        lines.append("")
    if fus:
        lines += ["## Block-wise fusion: generated archives", "",
                  "`eventwire spark fuse` on local[2], blocks of 14 publication days; the archive of "
                  "benchmarks/fusion_scale.py (about 150 mentions a day, reports 0-4 days after their event). "
                  "*One Fuser*: the same mentions fused in one process, in publication order. *Agreement*: "
                  "share of mentions (and of the single process's events) whose cluster Spark reproduces exactly. "
                  + capped, "",
                  "| mentions | halo (days) | blocks | mentions fused with halo copies | Spark fuse (s) | "
                  "mentions/s | one Fuser (s) | agreement, mentions | agreement, events | events | conflicts | "
                  "Python processes' peak RSS (MB) |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for r in fus:
            single = "single_s" in r
            lines.append(f"| {r['n']:,} | {r['halo']} | {r['blocks']} | {r['fused_rows']:,} | {r['spark_s']:.1f} | "
                         f"{r['n'] / r['spark_s']:,.0f} | " + (f"{r['single_s']:.1f} | {r['agree_mentions']:.4f} | "
                                                               f"{r['agree_events']:.4f}" if single else "— | — | —")
                         + f" | {r['events']:,} | {r['conflicts']:,} | {_workers(r)} |")
        lines.append("")
    return "\n".join(lines) + notes


def _pyspark() -> str:
    try:
        import pyspark

        return pyspark.__version__
    except ImportError:
        return "absent"


def _version() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def kept_notes(path: Path) -> str:
    if not path.exists():
        return ""
    old = path.read_text(encoding="utf-8")
    at = old.find("\n## Notes\n")
    return "\n" + old[at + 1:] if at >= 0 else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=None, help="FA-KES dev rows (default: all 509)")
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--single-max", type=int, default=100_000, help="largest size also fused in one process")
    ap.add_argument("--no-extract", action="store_true")
    ap.add_argument("--capped", default="", help=argparse.SUPPRESS)
    ap.add_argument("--spark-worker", nargs=3, help=argparse.SUPPRESS)
    ap.add_argument("--fuse-worker", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.spark_worker:
        spark_extract_worker(*args.spark_worker)
        return
    if args.fuse_worker:
        fuse_worker(args.fuse_worker[0], int(args.fuse_worker[1]), args.fuse_worker[2] == "1")
        return
    tmp = Path(tempfile.mkdtemp(prefix="eventwire-spark-bench-"))
    try:
        ext, n = ([], 0) if args.no_extract or not FAKES.exists() else extraction_rows(args.articles, tmp)
        fus = fusion_rows(args.sizes, args.single_max, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = report(ext, n, fus, kept_notes(OUT), args.capped)
    OUT.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
