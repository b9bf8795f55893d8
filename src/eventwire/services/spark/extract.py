"""`eventwire spark extract`: articles in, mentions out as Parquet, on any Spark cluster.

The input files are read in parallel, one task per file, by the readers `eventwire extract`
uses (with the same record checks); the records are spread over the cluster (`repartition`),
and each Python worker loads the pipeline once and runs it on its tasks' articles in batches
(`mapInPandas`, nlp.pipe inside). The output folder gets:

    articles/day=YYYY-MM-DD/   each article's output, exactly `eventwire extract`'s line (json)
    mentions/day=YYYY-MM-DD/   one row per event of an article, the Mention as JSON (fusion's input)
    rejected/input=FILE/       records that could not be read or extracted, with their codes
    summary/                   the run's counts (JSON)

`day` is the publication day ("undated" where there is none). Days are overwritten
dynamically: a rerun over one day's input replaces that day and leaves the others.
"""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field

from ...errors import Errors
from ...ingest.readers import ReadOptions
from . import SparkJobError
from .tasks import ARTICLE, EXTRACT_SCHEMA, MENTION, READ_SCHEMA, REJECTED, extract_frames, input_files, read_rows

# Articles per Spark partition when none is asked for: enough for full nlp.pipe batches and
# a task of a minute or two, few enough that a lost task costs little to redo.
ARTICLES_PER_PARTITION = 256


@dataclass
class ExtractSummary:
    output: str
    files: int = 0
    read: int = 0  # records read: articles and records the readers rejected
    extracted: int = 0
    rejected: int = 0  # rejected_reading + rejected_extracting
    rejected_reading: int = 0
    rejected_extracting: int = 0
    mentions: int = 0
    partitions: int = 0
    days: list[str] = field(default_factory=list)

    @property
    def adds_up(self) -> bool:
        return self.read == self.extracted + self.rejected == self.extracted + self.rejected_reading + \
            self.rejected_extracting

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "adds_up": self.adds_up}, ensure_ascii=False)


def part(output: str, name: str) -> str:
    """A dataset's folder inside a job's output folder (a local path or any Hadoop URI)."""
    return f"{output.rstrip('/')}/{name}"


def extract(spark, inputs: list[str], output: str, opts: ReadOptions | None = None,
            partitions: int | None = None) -> ExtractSummary:
    """Extract every article of `inputs` into `output` (see the module's docstring)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    if "-" in inputs:
        raise SparkJobError(Errors.E805)
    opts = opts or ReadOptions()
    files = input_files(inputs)
    summary = ExtractSummary(output=output, files=len(files))
    sc = spark.sparkContext
    rows = sc.parallelize(list(enumerate(files)), max(1, len(files))).flatMap(
        lambda item: read_rows(item[0], item[1], opts))
    read = spark.createDataFrame(rows, READ_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK)
    summary.read = read.count()
    summary.rejected_reading = read.filter(F.col("article_json").isNull()).count()
    summary.partitions = partitions or max(1, min(summary.read, max(sc.defaultParallelism,
                                                                       math.ceil(summary.read / ARTICLES_PER_PARTITION))))
    out = read.repartition(summary.partitions).mapInPandas(extract_frames, EXTRACT_SCHEMA) \
        .persist(StorageLevel.MEMORY_AND_DISK)
    counts = dict(out.groupBy("kind").count().collect())
    summary.extracted, summary.mentions = counts.get(ARTICLE, 0), counts.get(MENTION, 0)
    summary.rejected = counts.get(REJECTED, 0)
    summary.rejected_extracting = summary.rejected - summary.rejected_reading
    if not summary.adds_up:
        raise SparkJobError(Errors.E804.format(detail=summary.to_json()))
    _write(spark, out, output, summary)
    read.unpersist()
    out.unpersist()
    return summary


def _write(spark, out, output: str, summary: ExtractSummary) -> None:
    from pyspark.sql import functions as F

    kind = F.col("kind")
    articles = out.filter(kind == ARTICLE).select(
        "day", "article_id", "seq", "input", F.col("file").alias("origin_file"),
        F.col("record").alias("origin_record"), "json")
    articles.write.mode("overwrite").partitionBy("day").parquet(part(output, "articles"))
    mentions = out.filter(kind == MENTION).select("day", "article_id", "mention_id", "pos", "json")
    mentions.write.mode("overwrite").partitionBy("day").parquet(part(output, "mentions"))
    rejected = out.filter(kind == REJECTED).select("input", "seq", "file", "record", "code", "message")
    rejected.write.mode("overwrite").partitionBy("input").parquet(part(output, "rejected"))
    summary.days = sorted(r["day"] for r in out.filter(kind == ARTICLE).select("day").distinct().collect())
    spark.createDataFrame([(summary.to_json(),)], "summary string").coalesce(1).write.mode("overwrite") \
        .text(part(output, "summary"))
