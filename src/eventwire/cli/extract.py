"""`eventwire extract`: articles in, one JSON object per article out (docs/output.md)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..ingest.readers import ReadOptions, read_path
from ..model import RecordError
from ..output import safe, utf8_line
from .options import (HomesOption, MaxCharsOption, RecordTimeoutOption, err, iso_date, parse_columns, read_homes,
                      warning_printer)


def extract(
    inputs: list[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl, .csv), folders, or '-' for JSONL on stdin."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for records that lack one."),
    source: Optional[str] = typer.Option(None, "--source", help="Outlet name for records that lack one."),
    column: list[str] = typer.Option([], "--column", help="CSV column mapping FIELD=COLUMN, e.g. --column text=body. Repeatable."),
    pretty: bool = typer.Option(False, "--pretty", help="Print a readable summary table instead of JSON Lines."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write JSON Lines here instead of stdout."),
    processes: int = typer.Option(1, "--processes", "-j", min=1, help="Worker processes (2 on a 2-core machine)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
    homes: Optional[Path] = HomesOption,
    learn_homes: bool = typer.Option(False, "--learn-homes", help="First learn where each outlet is based from "
                                     "its articles in the input (two passes; articles whose outlet gets a home "
                                     "are extracted twice)."),
    record_timeout: float = RecordTimeoutOption,
    max_chars: int = MaxCharsOption,
):
    """Extract events from articles; one JSON object per article (see docs/output.md).

    Bad records are reported on stderr with file, record and error code; the rest of
    the batch goes on and the exit code is 1 if any record failed. Messy optional
    metadata (a number as title, an unreadable date) is a warning (W1xx) and the
    article goes on; warnings alone leave the exit code 0.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..runner import apply_homes, run, run_learning_homes

    iso_date(published, "--published")  # checked; passed on as given, as before
    warned = warning_printer(err)
    opts = ReadOptions(published=published, source=source, columns=parse_columns(column), max_chars=max_chars,
                       on_warning=warned)
    given = read_homes(homes)

    def records():
        for path in inputs:
            yield from read_path(path, opts)

    out = output.open("w", encoding="utf-8") if output else sys.stdout
    failed = ok = 0
    results = []
    show = progress and (err.is_terminal or output is not None or not sys.stdout.isatty())
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
                  TimeElapsedColumn(), console=err, transient=True, disable=not show) as bar:
        if learn_homes:
            first = bar.add_task("learning outlet homes", total=None)
            learned, stream = run_learning_homes(records(), processes, given, lambda rec: bar.advance(first),
                                                 record_timeout=record_timeout)
            bar.remove_task(first)
            err.print(f"outlet homes learned for {len(learned)} outlet(s)", highlight=False)
        else:
            stream = run(apply_homes(records(), given), processes=processes, record_timeout=record_timeout)
        task = bar.add_task("extracting", total=None)
        for rec in stream:
            bar.advance(task)
            if isinstance(rec, RecordError):
                failed += 1
                err.print(f"[red]error[/red] {safe(str(rec))}", highlight=False, soft_wrap=True)
                continue
            ok += 1
            if pretty:
                results.append(rec)
            else:
                out.write(utf8_line(json.dumps(rec, ensure_ascii=False)) + "\n")
    if pretty:
        from ..output import print_pretty

        print_pretty(results, Console(file=out if output else sys.stdout, width=160))
    if output:
        out.close()
    err.print(f"{ok} article(s) extracted, {failed} failed, {warned.count} warning(s)", highlight=False)
    if failed:
        raise typer.Exit(code=1)
