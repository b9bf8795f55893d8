"""The SparkSession the jobs run in: the one place pyspark is imported, lazily.

Under `spark-submit` the session it made is reused as it is (its master, its configuration);
run directly, `eventwire spark` starts one on `--master`.
"""
from __future__ import annotations

import os
import sys

from ...errors import Errors
from . import SparkJobError

DEFAULT_MASTER = "local[*]"

# Settings every job needs, whoever starts the session:
REQUIRED = {
    # A rerun replaces only the publication days it writes (a rerun of one day is idempotent).
    "spark.sql.sources.partitionOverwriteMode": "dynamic",
    # pandas frames to and from the Python workers through Arrow (mapInPandas, applyInPandas).
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    # Partition values stay strings ("2016-03-01", "undated"), as the jobs wrote them.
    "spark.sql.sources.partitionColumnTypeInference.enabled": "false",
}
# Settings for a session eventwire starts itself (local or client mode).
OWN = {
    "spark.ui.showConsoleProgress": "false",
    # Python workers are kept between tasks, so each loads the pipeline once (tasks.worker_pipeline).
    "spark.python.worker.reuse": "true",
    # One article's result is a few hundred kB of JSON at most; small Arrow batches keep memory flat.
    "spark.sql.execution.arrow.maxRecordsPerBatch": "256",
}


# On one machine: few shuffle partitions (the default 200 starts 200 Python tasks per
# groupBy, each far longer to schedule than to run on a few blocks).
LOCAL = {"spark.sql.shuffle.partitions": "8"}


def require_pyspark():
    """The pyspark module, or E801 saying how to install it."""
    try:
        import pyspark
    except ImportError as exc:
        raise SparkJobError(Errors.E801) from exc
    return pyspark


def under_spark_submit() -> bool:
    """Whether spark-submit started this process (its JVM is already up and waiting for us)."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


def session(master: str | None = None, app_name: str = "eventwire", ui: bool = False):
    """A SparkSession: the active one if there is one, else a new one on `master` (None: the
    master spark-submit was given, or local[*] when run directly)."""
    require_pyspark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        for k, v in REQUIRED.items():
            active.conf.set(k, v)
        return active
    # The Python workers must be this interpreter (it has eventwire and its model), not
    # whatever `python3` is on PATH; a cluster sets PYSPARK_PYTHON itself.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master or not under_spark_submit():  # spark-submit's own --master wins unless one is given
        builder = builder.master(master or DEFAULT_MASTER)
    conf = {**OWN, **REQUIRED, "spark.ui.enabled": str(ui).lower()}
    if (master or DEFAULT_MASTER).startswith("local"):
        conf.update(LOCAL)
    for k, v in conf.items():
        builder = builder.config(k, v)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:
        raise SparkJobError(Errors.E802.format(detail=f"{type(exc).__name__}: {exc}")) from exc
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def java_available() -> bool:
    """Whether a Java runtime is there for Spark to start (JAVA_HOME or `java` on PATH)."""
    import shutil

    home = os.environ.get("JAVA_HOME")
    return bool(home and os.path.exists(os.path.join(home, "bin", "java"))) or shutil.which("java") is not None
