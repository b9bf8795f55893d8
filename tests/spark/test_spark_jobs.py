"""The Spark jobs in local mode (local[2]) against eventwire's own single-process results.

- extraction: Spark's articles and mentions equal `eventwire extract`'s, record for record,
  on the sample corpus (with the bad records of samples/bad) and on 30 FA-KES dev articles;
  the summary adds up;
- fusion: block-wise fusion (blocks of 2 days) equals one Fuser on generated mentions that
  straddle block boundaries, and on the sample corpus's own mentions: same clusters, same
  consensus, same conflicts;
- a job started by spark-submit and killed while writing, then run again, gives the output
  of a clean run;
- `spark load` puts the output into the store the API serves.

One SparkSession for the module (the JVM takes seconds to start). Skipped, saying why, only
where pyspark or Java is missing.
"""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed: pip install -e '.[spark]' to run the Spark tests")

from spark_generated import mention_rows

from eventwire.codec import from_dict, to_dict
from eventwire.fuse import Fuser, mentions_from_result
from eventwire.ingest.readers import read_path
from eventwire.model import ArticleResult, FusedEvent, Mention, RecordError
from eventwire.services.spark.session import java_available
from eventwire.services.spark.tasks import article_output, canonical

if not java_available():
    pytest.skip("no Java runtime (java on PATH or JAVA_HOME): Spark needs Java 17 "
                "(Debian: apt-get install openjdk-17-jre-headless)", allow_module_level=True)

FAKES_ROWS = 30


@pytest.fixture(scope="module")
def spark():
    from eventwire.services.spark.session import session

    s = session("local[2]", app_name="eventwire-tests")
    yield s
    s.stop()


def rows(path: Path) -> list[dict]:
    import pyarrow.dataset as ds

    return ds.dataset(str(path), format="parquet", partitioning="hive").to_table().to_pylist()


def cli_extract(tmp: Path, *inputs: str) -> dict[str, dict]:
    """`eventwire extract INPUTS -o FILE`, in this process: {article id: output line}."""
    from typer.testing import CliRunner

    from eventwire.cli import app

    out = tmp / "extract.jsonl"
    CliRunner().invoke(app, ["extract", *inputs, "-o", str(out), "--no-progress"])
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {d["id"]: d for d in lines}


def reference_rejects(*inputs: str) -> set[tuple[str, str, str]]:
    """(file, record, code) of every record `eventwire extract` rejects, reading or extracting."""
    from eventwire.runner import run

    recs = (r for path in inputs for r in read_path(path))
    return {(r.file, r.record, r.code) for r in run(recs) if isinstance(r, RecordError)}


def assert_same_extraction(out: Path, reference: dict[str, dict]) -> None:
    spark_articles = {r["article_id"]: article_output(r["json"]) for r in rows(out / "articles")}
    assert spark_articles.keys() == reference.keys()
    for article_id, line in reference.items():
        assert spark_articles[article_id] == line, article_id
    expected = {m.id: to_dict(m) for line in reference.values()
                for m in mentions_from_result(ArticleResult.from_dict(line))}
    got = {r["mention_id"]: json.loads(r["json"]) for r in rows(out / "mentions")}
    assert got == expected
    days = {r["article_id"]: r["day"] for r in rows(out / "articles")}
    assert all(days[i] == (line["published"] or "undated")[:10] for i, line in reference.items())


# ------------------------------------------------------------------------------ extraction


@pytest.fixture(scope="module")
def sample_job(spark, samples_dir, bad_dir, tmp_path_factory):
    from eventwire.services.spark.extract import extract

    out = tmp_path_factory.mktemp("spark-samples")
    inputs = [str(samples_dir / "corpus.jsonl"), str(bad_dir)]
    return inputs, out, extract(spark, inputs, str(out))


def test_spark_extract_equals_eventwire_extract_on_the_samples(sample_job, tmp_path):
    inputs, out, summary = sample_job
    reference = cli_extract(tmp_path, *inputs)
    assert_same_extraction(out, reference)
    rejected = {(r["file"], r["record"], r["code"]) for r in rows(out / "rejected")}
    assert rejected == reference_rejects(*inputs) and rejected
    assert summary.adds_up and summary.read == summary.extracted + summary.rejected
    assert (summary.extracted, summary.rejected) == (len(reference), len(rejected))
    written = json.loads(next((out / "summary").glob("part-*")).read_text(encoding="utf-8"))
    assert written["read"] == summary.read and written["adds_up"]


def test_spark_extract_equals_eventwire_extract_on_fakes_dev(spark, require_shared, tmp_path):
    from eventwire.services.spark.extract import extract

    subset = tmp_path / "fakes_subset.csv"  # the first rows, read from ../shared, never kept
    with open(require_shared / "datasets" / "fakes" / "fakes_dev.csv", encoding="utf-8", newline="") as src, \
            open(subset, "w", encoding="utf-8", newline="") as dst:
        reader = csv.reader(src)
        writer = csv.writer(dst)
        for i, row in enumerate(reader):
            if i > FAKES_ROWS:
                break
            writer.writerow(row)
    out = tmp_path / "out"
    summary = extract(spark, [str(subset)], str(out))
    reference = cli_extract(tmp_path, str(subset))
    assert summary.read == FAKES_ROWS and summary.adds_up
    assert_same_extraction(out, reference)


# ------------------------------------------------------------------------------ fusion


def write_mentions(out: Path, mention_rows_: list[dict]) -> None:
    """A mentions dataset as `spark extract` writes it (partitioned by publication day)."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    table = pa.Table.from_pylist(mention_rows_)
    ds.write_dataset(table, str(out / "mentions"), format="parquet", partitioning=["day"],
                     partitioning_flavor="hive")


def single_process_events(mention_rows_: list[dict]) -> dict[frozenset[str], FusedEvent]:
    fuser = Fuser()
    fuser.add([from_dict(Mention, json.loads(r["json"])) for r in canonical(mention_rows_)])
    return {frozenset(m.id for m in ev.mentions): ev for ev in fuser.events.values()}


def assert_same_fusion(out: Path, mention_rows_: list[dict]) -> set[frozenset[str]]:
    """Spark's events under `out` are one Fuser's; returns the clusters."""
    single = single_process_events(mention_rows_)
    spark_events = {}
    for r in rows(out / "events"):
        ev = from_dict(FusedEvent, json.loads(r["json"]))
        spark_events[frozenset(m.id for m in ev.mentions)] = ev
    assert spark_events.keys() == single.keys()  # the same clusters
    for members, ev in single.items():
        got = spark_events[members]
        assert [(c.field, c.kind, c.summary) for c in got.conflicts] == [(c.field, c.kind, c.summary)
                                                                         for c in ev.conflicts]
        mine, theirs = to_dict(got), to_dict(ev)
        mine.pop("id"), theirs.pop("id")
        assert mine == theirs  # consensus, support, mentions in order
    sources = rows(out / "sources")
    assert sorted(r["mention_id"] for r in sources) == sorted(r["mention_id"] for r in mention_rows_)
    conflicts = rows(out / "conflicts") if (out / "conflicts").exists() else []
    assert len(conflicts) == sum(len(ev.conflicts) for ev in single.values())
    return set(single)


def test_blockwise_fusion_equals_one_fuser_on_mentions_across_block_boundaries(spark, tmp_path):
    from eventwire.services.spark.fusion import fuse

    generated = mention_rows(1200, 8)
    write_mentions(tmp_path, generated)
    summary = fuse(spark, str(tmp_path), str(tmp_path), block_days=2)
    assert summary.blocks >= 4 and summary.fused_rows > summary.mentions == len(generated)
    days = {r["mention_id"]: r["day"] for r in generated}
    straddling = [c for c in assert_same_fusion(tmp_path, generated) if len({days[m] for m in c}) > 1]
    assert len(straddling) > 30  # clusters over several publication days, many across a block boundary
    assert summary.conflicts > 0


def test_blockwise_fusion_of_the_samples_equals_one_fuser(spark, sample_job):
    from eventwire.services.spark.fusion import fuse

    _, out, _ = sample_job
    fuse(spark, str(out), str(out), block_days=2)
    assert_same_fusion(out, rows(out / "mentions"))


# ------------------------------------------------------------------------------ killed, rerun


def comparable(out: Path) -> dict[str, list]:
    """Every dataset's rows, order aside."""
    parts = {}
    for name in ("articles", "mentions", "rejected", "events", "sources", "conflicts"):
        path = out / name
        got = rows(path) if path.exists() else []
        parts[name] = sorted(json.dumps({k: v for k, v in r.items() if k != "seq"}, sort_keys=True) for r in got)
    return parts


def test_a_killed_job_run_again_gives_the_clean_output(spark, samples_dir, tmp_path):
    from eventwire.services.spark.extract import extract
    from eventwire.services.spark.fusion import fuse

    subset = tmp_path / "subset.jsonl"
    subset.write_text("".join((samples_dir / "corpus.jsonl").read_text(encoding="utf-8").splitlines(True)[:5]),
                      encoding="utf-8")
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    extract(spark, [str(subset)], str(clean))
    fuse(spark, str(clean), str(clean), block_days=2)

    # Under spark-submit, as a cluster would run it (its --master wins); python -m where it is absent.
    import eventwire.cli.spark as script

    submit = Path(sys.executable).parent / "spark-submit"
    launcher = [str(submit), "--master", "local[2]", script.__file__] if submit.exists() else \
        [sys.executable, "-m", "eventwire.cli.spark"]
    job = subprocess.Popen([*launcher, "run", str(subset), "-o", str(killed), "--block-days", "2",
                            "--no-progress"] + ([] if submit.exists() else ["--master", "local[2]"]),
                           env={**os.environ, "PYSPARK_PYTHON": sys.executable},
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 150
    while not (killed / "mentions").exists() and job.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(job.pid, signal.SIGKILL)  # the driver, its JVM and its Python workers, mid-write
    job.wait()
    assert job.returncode == -signal.SIGKILL, "the job ended before it could be killed"
    assert not (killed / "events").exists()  # it did die before fusing

    extract(spark, [str(subset)], str(killed))
    fuse(spark, str(killed), str(killed), block_days=2)
    assert comparable(killed) == comparable(clean)  # nothing lost, nothing twice


# ------------------------------------------------------------------------------ into the store


def test_spark_load_puts_the_output_in_the_store(spark, sample_job, tmp_path):
    import duckdb

    from eventwire.errors import EventwireError
    from eventwire.services.spark.fusion import fuse
    from eventwire.services.spark.load import load

    _, out, summary = sample_job
    if not (out / "events").exists():
        fuse(spark, str(out), str(out), block_days=2)
    db = tmp_path / "store.duckdb"
    first = load(str(out), db)
    assert first.new == summary.extracted and first.rejects == summary.rejected
    events = rows(out / "events")
    with duckdb.connect(str(db), read_only=True) as c:
        assert c.execute("SELECT count(*) FROM events").fetchone()[0] == len(events)
        assert c.execute("SELECT count(*) FROM event_sources").fetchone()[0] == summary.mentions
        assert c.execute("SELECT count(*) FROM mentions").fetchone()[0] == summary.mentions
    again = load(str(out), db)
    assert (again.new, again.unchanged) == (0, summary.extracted)

    from fastapi.testclient import TestClient

    from eventwire.api.app import create_app

    with TestClient(create_app(db)) as client:
        page = client.get("/api/events", params={"limit": 500}).json()
    assert page["total"] == len(events) <= 500
    assert {e["id"] for e in page["items"]} == {r["event_id"] for r in events}

    # A store with a report the job never fused keeps it: the load is refused.
    other = tmp_path / "other.duckdb"
    load(str(out), other)
    with duckdb.connect(str(other)) as c:
        c.execute("UPDATE mentions SET mention_id = 'elsewhere#e1' WHERE mention_id = "
                  "(SELECT min(mention_id) FROM mentions)")
    with pytest.raises(EventwireError) as exc:
        load(str(out), other)
    assert exc.value.code == "E806"
