"""What several commands share: the store and homes options, the event filter options, CSV
column mappings, dates, the consoles, and how a command that cannot run ends (exit 2)."""
from __future__ import annotations

import datetime as dt
import functools
import inspect
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import EventwireError
from ..store.filters import EventFilter, parse_bbox

err = Console(stderr=True)

# Exit codes: 0 ok, 1 some records were rejected, 2 the command could not run (bad option, no store, ...).
EXIT_CANNOT_RUN = 2


def out_console() -> Console:
    """stdout; piped output gets a wide console, so table rows are not wrapped at 80 columns."""
    return Console() if sys.stdout.isatty() else Console(width=200)


def fail(exc: EventwireError) -> typer.Exit:
    """Print the error (it names its code) and return the Exit to raise."""
    err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
    return typer.Exit(code=EXIT_CANNOT_RUN)


def iso_date(value: Optional[str], option: str) -> Optional[str]:
    """A YYYY-MM-DD option's value, checked; a usage error naming the option otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{option} must be YYYY-MM-DD, got {value!r}")


# ----------------------------------------------------------------------------- inputs

COLUMN_FIELDS = ("id", "title", "text", "source", "published", "url", "language", "home")


def parse_columns(specs: list[str]) -> dict[str, str]:
    """--column FIELD=COLUMN options as {field: CSV column}."""
    out = {}
    for spec in specs:
        if "=" not in spec:
            raise typer.BadParameter(f"--column expects FIELD=COLUMN, got {spec!r}")
        k, v = spec.split("=", 1)
        if k not in COLUMN_FIELDS:
            raise typer.BadParameter(f"unknown field {k!r} in --column")
        out[k] = v
    return out


class WarningPrinter:
    """The readers' `on_warning`: each warning on the console (safely), counted for the summary."""

    def __init__(self, console: Console):
        self.console = console
        self.count = 0

    def __call__(self, warning) -> None:
        from ..output import safe

        self.count += 1
        self.console.print(f"[yellow]warning[/yellow] {safe(str(warning))}", highlight=False, soft_wrap=True)


def warning_printer(console: Console) -> WarningPrinter:
    return WarningPrinter(console)


RecordTimeoutOption = typer.Option(
    30.0, "--record-timeout", envvar="EVENTWIRE_RECORD_TIMEOUT", min=0.0,
    help="Seconds one article may take to extract before it is stopped and reported (E202); 0: no limit.")
MaxCharsOption = typer.Option(
    2_000_000, "--max-chars", envvar="EVENTWIRE_MAX_CHARS", min=1,
    help="Size budget: an article with more characters of text is rejected unread (E106).")


HomesOption = typer.Option(None, "--homes", help="Outlet homes, a JSON object {outlet: ISO 3166-2 unit or ISO-3 "
                           "country} as `eventwire gazetteer homes` writes it: where each outlet is based, a prior "
                           "for ambiguous place names (\"Paris\" in a Tennessee paper).")


def read_homes(path: Optional[Path]) -> dict[str, str]:
    """The --homes file's outlet homes ({} without one)."""
    if path is None:
        return {}
    from ..resolve.homes import load_homes

    try:
        return load_homes(path)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--homes")


# ----------------------------------------------------------------------------- the store

DB_HELP = "Event store file (created by ingest). Default ./eventwire.duckdb, or $EVENTWIRE_DB."
DbOption = typer.Option(None, "--db", envvar="EVENTWIRE_DB", help=DB_HELP, show_default=False)


def store_path(db: Optional[Path]) -> Path:
    """The --db option's file, or the default store."""
    from ..store.db import default_db

    return db or default_db()


# ----------------------------------------------------------------------------- event filters

# One set of filter options, shared by every command that selects events (events, conflicts,
# export): `@filter_options()` puts them into the command's signature where its
# `where: EventFilter` parameter stands, and hands the command the EventFilter they build.
FILTER_OPTIONS: list[tuple[str, Any, Any]] = [  # (parameter, type, option)
    ("country", Optional[str], typer.Option(None, "--country", help="Event country, ISO-3 (SYR).")),
    ("type_", Optional[str], typer.Option(None, "--type", help="PLOVER event type (ASSAULT, PROTEST, ...).")),
    ("actor", Optional[str], typer.Option(None, "--actor", help="Part of an actor's canonical name, or an actor's "
                                          "ISO-3 country.")),
    ("admin1", Optional[str], typer.Option(None, "--admin1", help="Part of the admin1 unit's name (Idlib).")),
    ("since", Optional[str], typer.Option(None, "--since", help="Event date on or after YYYY-MM-DD.")),
    ("until", Optional[str], typer.Option(None, "--until", help="Event date on or before YYYY-MM-DD.")),
    ("min_sources", Optional[int], typer.Option(None, "--min-sources", min=1,
                                                help="At least N independent sources.")),
    ("conflicts_only", bool, typer.Option(False, "--conflicts-only", help="Only events whose sources disagree.")),
    ("bbox", Optional[str], typer.Option(None, "--bbox", metavar="W,S,E,N",
                                         help="Event location inside this box: min_lon,min_lat,max_lon,max_lat "
                                              "in degrees (W > E spans the antimeridian).")),
]
LimitOption = typer.Option(None, "--limit", min=1, help="At most N events (newest first).")


def event_filter(country: Optional[str] = None, type_: Optional[str] = None, actor: Optional[str] = None,
                 admin1: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
                 min_sources: Optional[int] = None, conflicts_only: bool = False,
                 bbox: Optional[str] = None) -> EventFilter:
    """The EventFilter these option values mean; a bad value is a usage error naming its option."""
    try:
        box = parse_bbox(bbox) if bbox else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--bbox")
    return EventFilter(country=country, type=type_, actor=actor, admin1=admin1, since=iso_date(since, "--since"),
                       until=iso_date(until, "--until"), min_sources=min_sources, conflicts_only=conflicts_only,
                       bbox=box)


def filter_options(*, fixed: dict[str, Any] | None = None) -> Callable[[Callable], Callable]:
    """Give a command the filter options in place of its `where: EventFilter` parameter.

    `fixed`: filter values the command sets itself, whose options it does not offer
    (`conflicts` is `conflicts_only=True`)."""
    fixed = fixed or {}

    def decorate(command: Callable) -> Callable:
        sig = inspect.signature(command, eval_str=True)
        own = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in sig.parameters.values()]
        at = [p.name for p in own].index("where")
        added = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=tp)
                 for name, tp, option in FILTER_OPTIONS if name not in fixed]
        names = {p.name for p in added}

        @functools.wraps(command)
        def run(**kwargs):
            values = {k: kwargs.pop(k) for k in list(kwargs) if k in names}
            return command(**kwargs, where=event_filter(**values, **fixed))

        # Typer reads the options from the signature; the annotations it carries are evaluated.
        run.__signature__ = sig.replace(parameters=own[:at] + added + own[at + 1:])
        run.__annotations__ = {}
        return run

    return decorate
