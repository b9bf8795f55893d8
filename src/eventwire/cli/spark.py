"""`eventwire spark`: extraction and fusion as Spark jobs, and their output into the store.

    eventwire spark extract INPUT... -o OUT      articles -> OUT/articles, OUT/mentions, OUT/rejected
    eventwire spark fuse OUT                     OUT/mentions -> OUT/events, OUT/sources, OUT/conflicts
    eventwire spark run INPUT... -o OUT          both
    eventwire spark load OUT --db STORE          into the DuckDB store the API and web app serve

Needs the `spark` extra (pip install 'eventwire[spark]') and Java 17. Runs as it is under
spark-submit, which then decides the master (docs/scale.md):

    spark-submit --master yarn "$(python -c 'import eventwire.cli.spark as m; print(m.__file__)')" run IN -o OUT

Imports are absolute so that spark-submit can run this file as a script.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from eventwire.cli.options import DbOption, err, fail, iso_date, parse_columns, store_path
from eventwire.errors import EventwireError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extraction and fusion as Spark jobs (pip install 'eventwire\\[spark]'; Java 17).")

MasterOption = typer.Option(None, "--master", help="Spark master: local[*] (the default when run directly), "
                            "local[2], yarn, spark://host:7077, k8s://... Under spark-submit its --master is used.")
OutputOption = typer.Option(..., "--output", "-o", help="Output folder (local path, hdfs://, s3a://, ...).")
PartitionsOption = typer.Option(None, "--partitions", min=1, help="Spark partitions the articles are spread "
                                "over (default: one per 256 articles, at least one per core).")
BlockDaysOption = typer.Option(14, "--block-days", min=1, help="Publication days fused together in one block.")
HaloDaysOption = typer.Option(None, "--halo-days", min=0, help="Days before each block fused with it as its halo "
                              "(default 7: fusion's date window of 3 days plus 4 days a report may come after its event). "
                              "Wider: closer to one process, slower.")
ProgressOption = typer.Option(True, "--progress/--no-progress", help="Spark's stage progress bars on stderr.")


def _session(master: Optional[str], progress: bool):
    from eventwire.services.spark.session import session

    err.print(f"starting Spark ({master or 'spark-submit master or local[*]'})", highlight=False)
    spark = session(master)
    if progress and err.is_terminal:
        spark.conf.set("spark.ui.showConsoleProgress", "true")
    return spark


def _extract(spark, inputs, output, published, source, column, partitions) -> int:
    from eventwire.ingest.readers import ReadOptions
    from eventwire.services.spark.extract import extract as run_extract

    opts = ReadOptions(published=iso_date(published, "--published"), source=source, columns=parse_columns(column))
    s = run_extract(spark, inputs, output, opts, partitions)
    err.print(f"read {s.read} record(s) from {s.files} file(s): {s.extracted} extracted ({s.mentions} mentions), "
              f"{s.rejected} rejected ({s.rejected_reading} reading, {s.rejected_extracting} extracting); "
              f"{len(s.days)} publication day(s) written to {output}", highlight=False)
    if s.rejected:
        err.print(f"rejected records and their codes: {output.rstrip('/')}/rejected", highlight=False)
    return s.rejected


def _fuse(spark, source, output, block_days, halo_days) -> None:
    from eventwire.services.spark.fusion import HALO_DAYS
    from eventwire.services.spark.fusion import fuse as run_fuse

    s = run_fuse(spark, source, output, block_days, HALO_DAYS if halo_days is None else halo_days)
    err.print(f"fused {s.mentions} mention(s) in {s.blocks} block(s) ({s.fused_rows} with halo copies): "
              f"{s.events} event(s), {s.events_with_several_articles} with several articles, "
              f"{s.conflicts} conflict(s); written to {output}", highlight=False)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Files (.jsonl, .csv, .parquet, .txt, .html) or folders of them, "
                                       "readable by every executor."),
    output: str = OutputOption,
    master: Optional[str] = MasterOption,
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for records that lack one."),
    source: Optional[str] = typer.Option(None, "--source", help="Outlet name for records that lack one."),
    column: list[str] = typer.Option([], "--column", help="CSV column mapping FIELD=COLUMN. Repeatable."),
    partitions: Optional[int] = PartitionsOption,
    progress: bool = ProgressOption,
):
    """Extract articles into Parquet: mentions and articles by publication day, rejects apart.

    The same readers, record checks and pipeline as `eventwire extract`. A publication day
    written again replaces that day only (a rerun of one day's input is idempotent). Exit
    code 1 when some records were rejected (listed in OUTPUT/rejected with their codes).
    """
    try:
        rejected = _extract(_session(master, progress), inputs, output, published, source, column, partitions)
    except EventwireError as exc:
        raise fail(exc)
    if rejected:
        raise typer.Exit(code=1)


@app.command()
def fuse(
    source: str = typer.Argument(..., help="A `spark extract` output folder (its mentions/ are read)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Output folder (default: SOURCE)."),
    master: Optional[str] = MasterOption,
    block_days: int = BlockDaysOption,
    halo_days: Optional[int] = HaloDaysOption,
    progress: bool = ProgressOption,
):
    """Fuse mentions into events block by block: events, sources and conflicts as Parquet."""
    try:
        _fuse(_session(master, progress), source, output or source, block_days, halo_days)
    except EventwireError as exc:
        raise fail(exc)


@app.command()
def run(
    inputs: list[str] = typer.Argument(..., help="Files or folders, readable by every executor."),
    output: str = OutputOption,
    master: Optional[str] = MasterOption,
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for records that lack one."),
    source: Optional[str] = typer.Option(None, "--source", help="Outlet name for records that lack one."),
    column: list[str] = typer.Option([], "--column", help="CSV column mapping FIELD=COLUMN. Repeatable."),
    partitions: Optional[int] = PartitionsOption,
    block_days: int = BlockDaysOption,
    halo_days: Optional[int] = HaloDaysOption,
    progress: bool = ProgressOption,
):
    """`spark extract` then `spark fuse` into one output folder, in one Spark application."""
    try:
        spark = _session(master, progress)
        rejected = _extract(spark, inputs, output, published, source, column, partitions)
        _fuse(spark, output, output, block_days, halo_days)
    except EventwireError as exc:
        raise fail(exc)
    if rejected:
        raise typer.Exit(code=1)


@app.command()
def load(
    output: str = typer.Argument(..., help="A `spark run` (or extract + fuse) output folder on this machine."),
    db: Optional[Path] = DbOption,
):
    """Load a Spark job's output into the event store, so `eventwire serve` and the web app serve it.

    Articles already stored with the same content are kept; the job's fused events replace
    the store's (refused, E806, where the store holds reports the job did not fuse). No Spark
    needed: the Parquet is read directly.
    """
    from eventwire.services.spark.load import load as run_load

    path = store_path(db)
    try:
        s = run_load(output, path)
    except EventwireError as exc:
        raise fail(exc)
    err.print(f"{s.articles} article(s) in the output: {s.new} new, {s.updated} updated, {s.unchanged} unchanged; "
              f"{s.events} event(s), {s.conflicts} conflict(s), {s.rejects} reject(s) loaded into {path}",
              highlight=False)


if __name__ == "__main__":  # spark-submit .../eventwire/cli/spark.py COMMAND ...; python -m eventwire.cli.spark
    app(prog_name="eventwire spark")
