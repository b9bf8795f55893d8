"""`eventwire spark fuse`: the mentions of `spark extract` fused into events, block by block.

One process fuses mentions in publication order, and a mention is compared only with events
filed on the days of fusion's date window around it (fuse.blocking.DATE_WINDOW_DAYS). So the
mentions are cut into blocks of `block_days` publication days, and each block also gets, as
its halo, the articles published in the `halo_days` before it (the date window plus the days
a report may come after its event): the events a mention at the start of a block could join
are then there, built from the same earlier reports, in the same order. Each block runs the
Fuser itself (`groupBy(block).applyInPandas`); only the mentions of its core are kept, halo
copies dropped. An event is identified within a block by the mention that created it (its
earliest), so the parts of one event that neighbouring blocks hold meet under that id: each
event is thus kept, whole, by the block holding its earliest mention, and the other blocks add
only the mentions of their own cores. Consensus and conflicts are then recomputed over the
whole event (the mentions repartitioned by event, `mapInPandas`), as the Fuser does; the
event's id is a hash of its sorted mention ids, so it does not depend on the blocking.

Where this equals one process, and where it may not (docs/scale.md): a block's word weights
(IDF) are counted over its own halo and core, not over every earlier mention, and an event
whose reports reach back further than the halo (a report of an event weeks old, an event
reported day after day for longer than the halo) is seen in part at a block's start. The
tests (tests/spark/) prove it equal on mentions that straddle block boundaries; the
benchmark measures how far the two agree on a generated archive.

The output folder gets events/ (the FusedEvent as JSON, with columns to filter on),
sources/ (one row per mention of an event) and conflicts/ (one row per conflict), Parquet.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from functools import partial

from ...errors import Errors
from ...fuse.blocking import DATE_WINDOW_DAYS
from . import SparkJobError
from .extract import part
from .tasks import (
    CONFLICT_SCHEMA,
    EVENT_SCHEMA,
    MENTION_COLUMNS,
    PLACED_SCHEMA,
    SOURCE_SCHEMA,
    blocks_of,
    conflict_rows,
    event_frames,
    exploded,
    fuse_block,
    source_rows,
)

# Fusion's date window is counted in event days, blocks in publication days: a report of an
# event LATE_REPORT_DAYS old looks up events that reports published up to that much earlier
# hold. So the halo is the date window plus that lag (a generated archive whose reports come
# 0-4 days late fuses exactly as one process with it, and not with the bare window:
# docs/benchmarks/spark.md).
LATE_REPORT_DAYS = 4
HALO_DAYS = DATE_WINDOW_DAYS + LATE_REPORT_DAYS
# Two weeks of publication days per block: each mention is fused (14 + 7) / 14 = 1.5 times, and
# a busy fortnight of one region's news still fits one worker's memory.
BLOCK_DAYS = 14
BLOCKED_SCHEMA = "block long, core boolean, " + PLACED_SCHEMA.rsplit(", local_event string", 1)[0]


@dataclass
class FuseSummary:
    output: str
    mentions: int = 0
    blocks: int = 0
    fused_rows: int = 0  # mentions fused, halo copies included
    events: int = 0
    events_with_several_articles: int = 0
    conflicts: int = 0
    placed: int = 0  # mentions in the kept events: equals `mentions`

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


def with_blocks(frames, block_days: int, halo_days: int):
    """mapInPandas: each mention once per block that needs it (its core's, later blocks' halos)."""
    import pandas as pd

    cols = ["block", "core", *MENTION_COLUMNS]
    for frame in frames:
        rows = []
        for r in frame[MENTION_COLUMNS].itertuples(index=False):
            for block, core in blocks_of(r.day, block_days, halo_days):
                rows.append((block, core, *r))
        yield pd.DataFrame(rows, columns=cols)


def fuse(spark, source: str, output: str, block_days: int = BLOCK_DAYS, halo_days: int = HALO_DAYS) -> FuseSummary:
    """Fuse the mentions under `source` (a `spark extract` output folder) into `output`."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    try:
        mentions = spark.read.parquet(part(source, "mentions")).select(*MENTION_COLUMNS)
    except Exception as exc:
        raise SparkJobError(Errors.E803.format(path=part(source, "mentions"), detail=str(exc).splitlines()[0])) from exc
    summary = FuseSummary(output=output)
    blocked = mentions.mapInPandas(partial(with_blocks, block_days=block_days, halo_days=halo_days),
                                   BLOCKED_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK)
    counts = blocked.agg(F.count("*"), F.sum(F.col("core").cast("long")), F.countDistinct("block")).first()
    summary.fused_rows, summary.mentions, summary.blocks = counts[0], counts[1] or 0, counts[2]
    placed = blocked.groupBy("block").applyInPandas(fuse_block, PLACED_SCHEMA)
    events = placed.repartition("local_event").mapInPandas(event_frames, EVENT_SCHEMA)
    events.write.mode("overwrite").parquet(part(output, "events"))
    blocked.unpersist()
    events = spark.read.parquet(part(output, "events"))
    totals = events.agg(F.count("*"), F.sum("n_mentions"), F.sum("n_conflicts"),
                        F.sum((F.col("n_mentions") > 1).cast("int"))).first()
    summary.events, summary.placed, summary.conflicts = totals[0], totals[1] or 0, totals[2] or 0
    summary.events_with_several_articles = totals[3] or 0
    if summary.placed != summary.mentions:
        raise SparkJobError(Errors.E804.format(detail=f"{summary.mentions} mentions in, {summary.placed} in events"))
    events.mapInPandas(partial(exploded, rows_of=source_rows, schema=SOURCE_SCHEMA), SOURCE_SCHEMA) \
        .write.mode("overwrite").parquet(part(output, "sources"))
    events.mapInPandas(partial(exploded, rows_of=conflict_rows, schema=CONFLICT_SCHEMA), CONFLICT_SCHEMA) \
        .write.mode("overwrite").parquet(part(output, "conflicts"))
    return summary
