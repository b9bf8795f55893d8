"""`eventwire ingest`: articles extracted and fused into the event store (services/ingest.py).

Exit codes: 0 ok, 1 some records were rejected, 2 the command could not run.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from ..errors import EventwireError
from .options import (DbOption, HomesOption, MaxCharsOption, RecordTimeoutOption, err, fail, iso_date,
                      parse_columns, read_homes, store_path, warning_printer)


def ingest(
    inputs: list[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl, .csv), folders, '-' for JSONL on stdin."),
    db: Optional[Path] = DbOption,
    processes: int = typer.Option(1, "--processes", "-j", min=1, help="Extraction worker processes."),
    published: Optional[str] = typer.Option(None, "--published",
                                            help="Publication date (YYYY-MM-DD) for records that lack one."),
    source: Optional[str] = typer.Option(None, "--source", help="Outlet name for records that lack one."),
    column: list[str] = typer.Option([], "--column", help="CSV column mapping FIELD=COLUMN. Repeatable."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per transaction."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
    homes: Optional[Path] = HomesOption,
    learn_homes: bool = typer.Option(False, "--learn-homes", help="First learn where each outlet is based from "
                                     "the new articles in the input and those already stored (two passes; "
                                     "see docs/places.md)."),
    record_timeout: float = RecordTimeoutOption,
    max_chars: int = MaxCharsOption,
):
    """Extract events from articles and fuse them into the event store.

    Incremental and idempotent: an article already stored with the same id and
    content is skipped (not even extracted); the same id with changed content is
    stored as a new version, which replaces the old one in the fused events. Each
    batch is one transaction, so an interrupted ingest loses nothing it reported
    and a rerun resumes. Other commands can read the store while this runs.

    Bad records go to the store's rejects table and to stderr with file, record
    and error code; the rest goes on, and the exit code is 1 if any failed. Messy
    optional metadata is a warning (W1xx) on stderr; the article is stored.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from dataclasses import replace

    from ..ingest.readers import ReadOptions, read_path
    from ..output import safe
    from ..runner import apply_homes
    from ..services import ingest as service

    warned = warning_printer(err)
    opts = ReadOptions(published=iso_date(published, "--published"), source=source, columns=parse_columns(column),
                       max_chars=max_chars, on_warning=warned)
    given = read_homes(homes)

    def records(opts=opts):
        for path in inputs:
            yield from apply_homes(read_path(path, opts), given)

    # Reading twice to count is cheap beside extraction, and gives the bar its end (warnings once).
    total = None if "-" in inputs else sum(1 for _ in records(replace(opts, on_warning=lambda w: None)))
    path = store_path(db)
    seen = {"stored": 0, "unchanged": 0, "rejected": 0}
    with Progress(TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[detail]}"),
                  TimeElapsedColumn(), console=err, transient=True, disable=not progress) as bar:
        task = bar.add_task("ingest", total=total, detail="")

        def on_record(status, rec):
            seen[status] += 1
            if status == "rejected":
                bar.console.print(f"[red]error[/red] {safe(str(rec))}", highlight=False, soft_wrap=True)
            bar.update(task, advance=1, detail=f"{seen['stored']} stored, {seen['unchanged']} unchanged, "
                                                f"{seen['rejected']} rejected")

        read = [0]

        def first_pass(rec):
            read[0] += 1
            bar.update(task, detail=f"learning outlet homes: {read[0]} new articles read")

        def learned(found):
            bar.console.print(f"outlet homes learned for {len(found)} outlet(s)", highlight=False)

        extract = service.learning_homes(path, given, first_pass, learned, record_timeout) if learn_homes else None
        try:
            rep = service.ingest(records(), path, processes=processes, batch_size=batch_size,
                                 on_record=on_record, extract=extract, record_timeout=record_timeout)
        except EventwireError as exc:
            raise fail(exc)
    _summary(path, rep, warned.count)
    if rep.failed:
        raise typer.Exit(code=1)


def _summary(path: Path, rep, warnings: int) -> None:
    """What the ingest did, and what the store now holds, on stderr."""
    from ..store.db import reading
    from ..store.query import counts

    try:
        with reading(path) as c:
            n = counts(c)
        tail = f"; the store now holds {n['articles']} articles, {n['events']} events"
    except EventwireError:
        tail = ""  # a writer got in first; the summary above still stands
    err.print(f"{rep.new} new, {rep.updated} updated, {rep.unchanged} unchanged, {rep.rejected} rejected, "
              f"{warnings} warning(s); "
              f"{rep.mentions} mentions, {rep.events_changed} events created or changed → {path}{tail}",
              highlight=False, soft_wrap=True)
