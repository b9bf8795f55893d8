"""eventwire's extraction and fusion as Spark jobs (`eventwire spark`, the `spark` extra).

    extract.py   articles in (the readers of `eventwire extract`), the pipeline in every Python
                 worker, mentions as Parquet partitioned by publication day, rejects apart
    fusion.py    mentions blocked by publication time with a halo, the Fuser per block, each
                 mention kept by the block whose core holds it; events, sources, conflicts
    load.py      a job's Parquet output into the DuckDB store, so the API and web app serve it
    tasks.py     what runs inside the tasks: plain Python, no pyspark (tested without a JVM)
    session.py   the SparkSession, and the one place pyspark is imported

pyspark is imported lazily, only by the jobs: `eventwire` works without the extra and says
how to install it (E801).
"""
from __future__ import annotations

from ...errors import EventwireError


class SparkJobError(EventwireError):
    """A Spark job could not run or its output does not add up; the message names its E8xx code."""
