"""`eventwire export`: the stored events, filtered, in a dataset format (docs/exports.md)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Optional

import typer

from ..errors import Errors, EventwireError
from ..store.filters import EventFilter
from .options import DbOption, LimitOption, err, fail, filter_options, store_path

_FORMAT_HELP = ("parquet, csv, jsonl (eventwire's own columns); gdelt and gdelt-mentions (GDELT 2.0 Event and "
                "Mentions tables); acled (ACLED's columns); plover (PLOVER/POLECAT JSON Lines); geojson and "
                "geoparquet (maps and GIS). Field by field: docs/exports.md.")


@filter_options()
def export(
    fmt: str = typer.Option(..., "--format", "-f", help=_FORMAT_HELP),
    output: Path = typer.Option(..., "--output", "-o", help="Output folder (created if missing)."),
    db: Optional[Path] = DbOption,
    where: EventFilter = EventFilter(),
    limit: Optional[int] = LimitOption,
    header: bool = typer.Option(False, "--header", help="gdelt, gdelt-mentions: write a header line "
                                "(GDELT's own files have none, and its readers expect none)."),
    inter_labels: bool = typer.Option(False, "--inter-labels", help="acled: inter1/inter2 as text labels "
                                      "(\"State forces\"), as ACLED's API returns them, instead of numbers."),
):
    """Write the stored events (optionally filtered) in a dataset format; prints the files written."""
    from ..store import query
    from ..store.db import reading

    try:
        from ..export import write
    except ImportError as exc:
        raise fail(EventwireError(Errors.E406.format(detail=f"exporters are not available: {exc}")))
    path = store_path(db)
    n = 0
    left_out: Counter = Counter()

    def counted():
        nonlocal n
        for ev in query.stream_events(path, where, limit):
            n += 1
            yield ev

    try:
        with reading(path):  # fail early (no store, not a store) before any file is written
            pass
        output.mkdir(parents=True, exist_ok=True)
        paths = write(fmt, counted(), output, articles=query.article_lookup(path), header=header,
                      inter_labels=inter_labels, left_out=left_out)
    except EventwireError as exc:
        raise fail(exc)
    except (ValueError, KeyError, OSError) as exc:
        raise fail(EventwireError(Errors.E406.format(detail=f"cannot export as {fmt!r}: {exc}")))
    for p in paths:
        typer.echo(str(p))
    err.print(f"{n} event(s) exported as {fmt}", highlight=False)
    for why, count in sorted(left_out.items()):
        err.print(f"{count} event(s) left out ({why}); docs/exports.md says why", highlight=False)
