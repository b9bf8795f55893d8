"""What the Spark jobs run inside their tasks, without Spark: reading, blocking, event ids,
and block-wise fusion (as the job runs it, block by block in one process) against one Fuser."""
from __future__ import annotations

import json

import pytest
from spark_generated import clusters, mention_rows

from eventwire.codec import from_dict, to_dict
from eventwire.fuse import Fuser
from eventwire.ingest.readers import ReadOptions, read_path
from eventwire.model import FusedEvent, Mention
from eventwire.services.spark.fusion import HALO_DAYS
from eventwire.services.spark.tasks import (
    UNDATED,
    blocks_of,
    build_event,
    canonical,
    event_id,
    fuse_rows,
    input_files,
    read_rows,
)


def test_a_day_is_in_its_own_block_and_in_the_halo_of_the_blocks_after_it():
    from datetime import date

    day = date(2024, 3, 12)
    n = day.toordinal()
    got = blocks_of(day.isoformat(), 7, 3)
    core = n // 7
    assert got[0] == (core, True)
    halo = [b for b, is_core in got if not is_core]
    # every later block whose 3-day halo reaches back to the day, and no other
    assert halo == [b for b in range(core + 1, core + 3) if b * 7 - 3 <= n]
    assert all(not is_core for _, is_core in got[1:])
    assert blocks_of(UNDATED, 7, 3) == [(-1, True)]
    # a halo wider than a block reaches several blocks on
    assert len(blocks_of(day.isoformat(), 2, 7)) >= 4


def test_event_ids_depend_on_the_mentions_only():
    assert event_id(["b#1", "a#1"]) == event_id(["a#1", "b#1"]) != event_id(["a#1"])
    assert event_id(["a#1"]).startswith("ev-")


def test_reading_rows_keeps_the_readers_records_and_errors(samples_dir, bad_dir):
    files = input_files([str(samples_dir / "corpus.jsonl"), str(bad_dir)])
    assert files[0].endswith("corpus.jsonl") and len(files) > 2
    opts = ReadOptions()
    rows = [row for i, f in enumerate(files) for row in read_rows(i, f, opts)]
    direct = [rec for f in files for rec in read_path(f, opts)]
    assert len(rows) == len(direct)
    errors = [(r[3], r[5], r[6]) for r in rows if r[2] is None]
    assert errors == [(e.code, e.file, e.record) for e in direct if not hasattr(e, "text")]
    assert len({r[0] for r in rows}) == len(rows)  # ordinals are unique


def test_parquet_rows_are_checked_as_jsonl_records(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "articles.parquet"
    pq.write_table(pa.table({"id": ["a", "b", "c"], "text": ["Troops shelled the town.", "", None],
                             "published": ["2024-03-12", "2024-03-12", "2024-03-13"]}), path)
    rows = list(read_rows(0, str(path), ReadOptions()))
    assert [r[3] for r in rows] == [None, "E105", "E105"]  # empty text; no text at all
    assert [r[6] for r in rows[1:]] == ["row 2", "row 3"]
    article = json.loads(rows[0][2])
    assert article["id"] == "a" and article["published"] == "2024-03-12" and article["origin_record"] == "row 1"


def _blockwise(rows: list[dict], block_days: int, halo_days: int) -> dict[str, str]:
    """What the fuse job computes, one block after another in this process."""
    blocks: dict[int, list[dict]] = {}
    for r in rows:
        for b, core in blocks_of(r["day"], block_days, halo_days):
            blocks.setdefault(b, []).append({**r, "core": core})
    placed: dict[str, str] = {}
    for members in blocks.values():
        local = fuse_rows(members)
        placed.update({r["mention_id"]: local[r["mention_id"]] for r in members if r["core"]})
    return placed


@pytest.fixture(scope="module")
def archive() -> list[dict]:
    return mention_rows(1500, 10)


def test_blockwise_fusion_equals_one_fuser_on_mentions_across_block_boundaries(archive):
    single = fuse_rows(archive)
    blockwise = _blockwise(archive, block_days=2, halo_days=HALO_DAYS)
    assert set(blockwise) == set(single)  # every mention once, halo copies dropped
    days = {r["mention_id"]: r["day"] for r in archive}
    straddling = [c for c in clusters(single) if len({days[m] for m in c}) > 1]
    assert len(straddling) > 50  # the archive does test the boundaries
    assert clusters(blockwise) == clusters(single)


def test_a_halo_narrower_than_the_reporting_lag_loses_some_events(archive):
    """The halo is what makes the two equal: without the lag allowance, reports of an event
    published days later miss it at the start of a block."""
    assert clusters(_blockwise(archive, block_days=2, halo_days=0)) != clusters(fuse_rows(archive))


def test_an_event_built_from_its_mentions_equals_the_fusers(archive):
    rows = canonical(archive[:400])
    fuser = Fuser()
    fuser.add([from_dict(Mention, json.loads(r["json"])) for r in rows])
    by_id = {r["mention_id"]: r for r in rows}
    for ev in fuser.events.values():
        built = build_event([by_id[m.id] for m in reversed(ev.mentions)])
        assert built.id == event_id(m.id for m in ev.mentions)
        assert _without_id(built) == _without_id(ev)


def _without_id(ev: FusedEvent) -> dict:
    d = to_dict(ev)
    d.pop("id")
    return d


def test_without_pyspark_the_jobs_say_how_to_install_it(monkeypatch):
    import sys

    from eventwire.services.spark import SparkJobError
    from eventwire.services.spark.session import session

    monkeypatch.setitem(sys.modules, "pyspark", None)  # as if the extra were not installed
    with pytest.raises(SparkJobError) as exc:
        session("local[1]")
    assert exc.value.code == "E801" and "eventwire[spark]" in str(exc.value)


def test_spark_cli_reports_a_missing_output_folder(tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli.spark import app

    result = CliRunner().invoke(app, ["load", str(tmp_path / "nothing"), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2 and "E803" in result.output
