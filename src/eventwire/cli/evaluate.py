"""`eventwire eval`: accuracy on the dev data in ../shared."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def evaluate(
    dataset: Optional[str] = typer.Argument(
        None, help="A set (fakes, plover, case, lgl, gwn, fakes_geo, records) or a group (events, geo). Default: all. "
        "`records`: the main event's fields against the hand-annotated records, for the tune and check halves."),
    data: Optional[Path] = typer.Option(None, "--data", help="Score this file (same format as the set) instead of ../shared's dev file."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N records (quick check)."),
):
    """Accuracy on the dev data in ../shared (each set is skipped with a message where absent)."""
    from ..eval import run_eval

    code = run_eval(dataset, data, as_json, limit)
    raise typer.Exit(code=code)
