"""Command line for the event store: `ingest`, `events`, `show`, `conflicts`, `export`.

`register(app)` adds them to cli.py's Typer app: cli.py calls it last, and passing
the app keeps `python -m eventwire.cli` working, where that app lives in `__main__`.
Every command takes `--db` (default ./eventwire.duckdb, or $EVENTWIRE_DB). Exit
codes: 0 ok, 1 some records were rejected (ingest), 2 the command could not run
(no store, store locked, bad option).
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import inspect
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .errors import EventwireError
from .store.filters import EventFilter

err = Console(stderr=True)

DB_HELP = "Event store file (created by ingest). Default ./eventwire.duckdb, or $EVENTWIRE_DB."
DbOption = typer.Option(None, "--db", envvar="EVENTWIRE_DB", help=DB_HELP, show_default=False)
FORMATS = ("table", "json", "csv")
HomesOption = typer.Option(None, "--homes", help="Outlet homes, a JSON object {outlet: ISO 3166-2 unit or ISO-3 "
                           "country} as `eventwire gazetteer homes` writes it: where each outlet is based, a prior "
                           "for ambiguous place names (\"Paris\" in a Tennessee paper).")


def read_homes_option(path: Optional[Path]) -> dict[str, str]:
    if path is None:
        return {}
    from .resolve.homes import load_homes

    try:
        return load_homes(path)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--homes")


def _db(db: Optional[Path]) -> Path:
    from .store.db import default_db

    return db or default_db()


def _fail(exc: EventwireError) -> typer.Exit:
    err.print(f"[red]error[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
    return typer.Exit(code=2)


def _iso(value: Optional[str], opt: str) -> Optional[str]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{opt} must be YYYY-MM-DD, got {value!r}")


def _out() -> Console:
    # Piped output gets a wide console, so table rows are not wrapped at 80 columns.
    return Console() if sys.stdout.isatty() else Console(width=200)


# ----------------------------------------------------------------------------- ingest

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
):
    """Extract events from articles and fuse them into the event store.

    Incremental and idempotent: an article already stored with the same id and
    content is skipped (not even extracted); the same id with changed content is
    stored as a new version, which replaces the old one in the fused events. Each
    batch is one transaction, so an interrupted ingest loses nothing it reported
    and a rerun resumes. Other commands can read the store while this runs.

    Bad records go to the store's rejects table and to stderr with file, record
    and error code; the rest goes on, and the exit code is 1 if any failed.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .cli import _parse_columns  # here, not at the top: cli.py imports this module
    from .ingest.readers import ReadOptions, read_path
    from .runner import apply_homes
    from .services import ingest as service
    from .store.db import reading

    opts = ReadOptions(published=_iso(published, "--published"), source=source, columns=_parse_columns(column))
    given = read_homes_option(homes)

    def records():
        for path in inputs:
            yield from apply_homes(read_path(path, opts), given)

    # Reading twice to count is cheap beside extraction, and gives the bar its end.
    total = None if "-" in inputs else sum(1 for _ in records())
    path = _db(db)
    seen = {"stored": 0, "unchanged": 0, "rejected": 0}
    with Progress(TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[detail]}"),
                  TimeElapsedColumn(), console=err, transient=True, disable=not progress) as bar:
        task = bar.add_task("ingest", total=total, detail="")

        def on_record(status, rec):
            seen[status] += 1
            if status == "rejected":
                bar.console.print(f"[red]error[/red] {escape(str(rec))}", highlight=False, soft_wrap=True)
            bar.update(task, advance=1, detail=f"{seen['stored']} stored, {seen['unchanged']} unchanged, "
                                                f"{seen['rejected']} rejected")

        read = [0]

        def first_pass(rec):
            read[0] += 1
            bar.update(task, detail=f"learning outlet homes: {read[0]} new articles read")

        def learned(homes):
            bar.console.print(f"outlet homes learned for {len(homes)} outlet(s)", highlight=False)

        extract = service.learning_homes(path, given, first_pass, learned) if learn_homes else None
        try:
            rep = service.ingest(records(), path, processes=processes, batch_size=batch_size,
                                 on_record=on_record, extract=extract)
        except EventwireError as exc:
            raise _fail(exc)
    try:
        with reading(path) as c:
            from .store.query import counts

            n = counts(c)
        tail = f"; the store now holds {n['articles']} articles, {n['events']} events"
    except EventwireError:
        tail = ""  # a writer got in first; the summary above still stands
    err.print(f"{rep.new} new, {rep.updated} updated, {rep.unchanged} unchanged, {rep.rejected} rejected; "
              f"{rep.mentions} mentions, {rep.events_changed} events created or changed → {path}{tail}",
              highlight=False, soft_wrap=True)
    if rep.failed:
        raise typer.Exit(code=1)


# ----------------------------------------------------------------------------- events

# One set of filter options, shared by every command that selects events (events, conflicts, export):
# `@filter_options()` puts them in the command's signature where its `where: EventFilter` parameter
# stands, and hands the command the EventFilter they build.
_FILTER_OPTIONS: list[tuple[str, Any, Any]] = [  # (parameter, type, option)
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
Limit = typer.Option(None, "--limit", min=1, help="At most N events (newest first).")


def event_filter(country: Optional[str] = None, type_: Optional[str] = None, actor: Optional[str] = None,
                 admin1: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
                 min_sources: Optional[int] = None, conflicts_only: bool = False,
                 bbox: Optional[str] = None) -> EventFilter:
    """The EventFilter these option values mean; a bad value is a usage error naming its option."""
    from .store.filters import parse_bbox

    try:
        box = parse_bbox(bbox) if bbox else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--bbox")
    return EventFilter(country=country, type=type_, actor=actor, admin1=admin1, since=_iso(since, "--since"),
                       until=_iso(until, "--until"), min_sources=min_sources, conflicts_only=conflicts_only,
                       bbox=box)


def filter_options(*, fixed: dict[str, Any] | None = None) -> Callable[[Callable], Callable]:
    """Give a command the filter options in place of its `where: EventFilter` parameter.

    `fixed`: filter values the command sets itself, whose options it does not offer
    (`conflicts` is `conflicts_only=True`)."""
    fixed = fixed or {}

    def decorate(command: Callable) -> Callable:
        sig = inspect.signature(command, eval_str=True)
        own = [p for p in sig.parameters.values()]
        at = [p.name for p in own].index("where")
        added = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=opt, annotation=tp)
                 for name, tp, opt in _FILTER_OPTIONS if name not in fixed]
        names = {p.name for p in added}

        @functools.wraps(command)
        def run(**kwargs):
            values = {k: kwargs.pop(k) for k in list(kwargs) if k in names}
            return command(**kwargs, where=event_filter(**values, **fixed))

        params = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own]
        run.__signature__ = sig.replace(parameters=params[:at] + added + params[at + 1:])
        run.__annotations__ = {}  # the signature above carries the evaluated types
        return run

    return decorate


def _place(r: dict) -> str:
    parts = [r.get("place"), r.get("admin1") if r.get("admin1") != r.get("place") else None, r.get("country")]
    return ", ".join(p for p in parts if p)


@filter_options()
def events(
    db: Optional[Path] = DbOption,
    where: EventFilter = EventFilter(),
    limit: Optional[int] = Limit,
    fmt: str = typer.Option("table", "--format", "-f",
                            help="table, json (one event per line, with its sources) or csv."),
):
    """List fused events, newest first.

    `--format json` prints one JSON object per event: its id, the consensus fields,
    its conflicts and `sources` (each supporting article's id, outlet, date, the
    mention it contributed and the figures it claims).
    """
    from .store import query
    from .store.db import reading

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    try:
        with reading(_db(db)) as c:
            rows = query.events(c, where, limit) if fmt == "json" else query.event_rows(c, where, limit)
    except EventwireError as exc:
        raise _fail(exc)
    if fmt == "json":
        for ev in rows:
            sys.stdout.write(query.dumps_event(ev) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=query.EVENT_COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: ";".join(v) if isinstance(v, list) else v for k, v in r.items()})
    else:
        t = Table(title=f"{len(rows)} event(s)", show_lines=False)
        for col in ("id", "date", "type", "place", "actors → targets", "killed", "injured", "sources", "conflicts"):
            t.add_column(col, overflow="fold")
        for r in rows:
            who = (", ".join(r["actors"] or []) or "—") + (" → " + ", ".join(r["targets"]) if r["targets"] else "")
            t.add_row(r["id"], str(r["date"] or ""), r["type"] or "", _place(r), who,
                      "" if r["killed"] is None else str(r["killed"]),
                      "" if r["injured"] is None else str(r["injured"]),
                      f"{r['n_sources']} ({r['n_articles']} articles)", str(r["n_conflicts"] or ""))
        _out().print(t)


# ----------------------------------------------------------------------------- show

def _figure(cnt) -> str:
    if cnt is None:
        return "—"
    from .fuse.figures import describe

    return f"{describe(cnt)} (\"{cnt.text}\"" + (f", {cnt.victims}" if cnt.victims else "") + ")"


def _value(v) -> str:
    """A claimed value as words: a figure with its qualifier, actor or place names, a date."""
    if isinstance(v, dict):
        if "value" in v and "qualifier" in v:
            from .fuse.figures import describe
            from .model import Count

            return describe(Count(value=v["value"], qualifier=v["qualifier"] or "exact", text="", start=0, end=0))
        return str(v.get("name") or v.get("text") or v)
    if isinstance(v, list):
        return ", ".join(_value(x) for x in v) or "—"
    return str(v)


def _marked(sentence, span) -> str:
    """The sentence with the claimed words in bold, where they lie inside it."""
    a, b = span.start - sentence.start, span.end - sentence.start
    t = sentence.text
    if 0 <= a <= b <= len(t) and t[a:b] == span.text:
        return f"{escape(t[:a])}[bold]{escape(t[a:b])}[/bold]{escape(t[b:])}"
    return f"\"{escape(span.text)}\""


def _evidence(text: str | None, span) -> str:
    """The words at these offsets in the article text (the stored span text if the text is gone)."""
    if text and 0 <= span.start <= span.end <= len(text):
        return text[span.start:span.end]
    return span.text


def show(
    event_id: str = typer.Argument(..., help="An event id (or a unique prefix of one), as `eventwire events` lists."),
    db: Optional[Path] = DbOption,
    as_json: bool = typer.Option(False, "--json", help="Print the event as JSON, evidence sentences included."),
):
    """One event: consensus, conflicts, and every source with its figures and evidence sentence."""
    from .store import query
    from .store.db import reading

    try:
        with reading(_db(db)) as c:
            ev = query.get_event(c, event_id)
            versions = query.source_versions(c, ev.id)
            arts = {m.id: query.article(c, m.article_id, versions.get(m.id)) for m in ev.mentions}
    except EventwireError as exc:
        raise _fail(exc)
    if as_json:
        d = query.event_to_json(ev)
        for s, m in zip(d["sources"], ev.mentions):
            a = arts.get(m.id) or {}
            s["title"] = a.get("title")
            s["evidence"] = _evidence(a.get("text"), m.event.sentence)
        sys.stdout.write(json.dumps(d, ensure_ascii=False, default=str) + "\n")
        return
    out = _out()
    loc = ev.location
    where = ", ".join(x for x in (loc.name, loc.admin1, loc.country) if x) if loc else "place unknown"
    out.print(f"[bold]{escape(ev.id)}[/bold]  {ev.type}{f' ({ev.mode})' if ev.mode else ''}  "
              f"{ev.date or 'date unknown'}  {escape(where)}", highlight=False)
    actors = ", ".join(a.name or a.text for a in ev.actors) or "—"
    targets = ", ".join(a.name or a.text for a in ev.targets) or "—"
    out.print(f"actors: {escape(actors)}   targets: {escape(targets)}", highlight=False)
    out.print(f"killed: {ev.killed if ev.killed is not None else '—'}   injured: "
              f"{ev.injured if ev.injured is not None else '—'}   sources: {ev.n_sources} independent, "
              f"{ev.n_articles} articles ({escape(', '.join(ev.outlets))}); reported {ev.first_reported} → "
              f"{ev.last_reported}", highlight=False)
    for cf in ev.conflicts:
        out.print(f"[yellow]conflict[/yellow] {cf.field} ({cf.kind}): {escape(cf.summary)}", highlight=False)
    for n, m in enumerate(ev.mentions, 1):
        a = arts.get(m.id) or {}
        e = m.event
        out.print(f"\n[bold]{n}. {escape(m.outlet or 'unknown outlet')}[/bold], {m.published or 'undated'} — "
                  f"{escape(m.article_id)}: {escape(a.get('title') or '')}"
                  + (f" [dim](copy of {escape(m.duplicate_of)})[/dim]" if m.duplicate_of else ""), highlight=False)
        out.print(f"   {e.type}, {e.factuality}, trigger \"{escape(e.trigger.text)}\"; "
                  f"killed {escape(_figure(e.killed))}; "
                  f"injured {escape(_figure(e.injured))}", highlight=False)
        sentence = type(e.sentence)(_evidence(a.get("text"), e.sentence), e.sentence.start, e.sentence.end)
        out.print(f"   [dim]evidence:[/dim] {_marked(sentence, e.trigger)}", highlight=False)


# ----------------------------------------------------------------------------- conflicts

@filter_options(fixed={"conflicts_only": True})
def conflicts(
    db: Optional[Path] = DbOption,
    where: EventFilter = EventFilter(),
    limit: Optional[int] = Limit,
    fmt: str = typer.Option("table", "--format", "-f", help="table or json (one conflict per line)."),
):
    """Events whose sources disagree (a contradiction, or a toll that rose), and each side's words."""
    from .store import query
    from .store.db import reading

    try:
        with reading(_db(db)) as c:
            evs = query.events(c, where, limit)
    except EventwireError as exc:
        raise _fail(exc)
    if fmt == "json":
        for ev in evs:
            for cf in ev.conflicts:
                d = {"event_id": ev.id, "type": ev.type, "date": ev.date, **asdict(cf)}
                sys.stdout.write(json.dumps(d, ensure_ascii=False, default=str) + "\n")
        return
    if fmt != "table":
        raise typer.BadParameter("--format must be table or json")
    out = _out()
    n = 0
    for ev in evs:
        loc = ev.location
        where = ", ".join(x for x in (loc.name, loc.country) if x) if loc else ""
        for cf in ev.conflicts:
            n += 1
            out.print(f"\n[bold]{escape(ev.id)}[/bold] {ev.type} {ev.date or ''} {escape(where)} — "
                      f"[yellow]{cf.field}[/yellow] ({cf.kind}): {escape(cf.summary)}", highlight=False)
            mentions = {m.id: m for m in ev.mentions}
            for cl in cf.claims:
                m = mentions.get(cl.mention_id)
                words = _marked(m.event.sentence, cl.evidence) if m else f"\"{escape(cl.evidence.text)}\""
                out.print(f"   {escape(cl.outlet or cl.article_id)} ({cl.published or 'undated'}): "
                          f"[bold]{escape(_value(cl.value))}[/bold] — {words}", highlight=False)
    err.print(f"{n} conflict(s) in {len(evs)} event(s)", highlight=False)


# ----------------------------------------------------------------------------- export

@filter_options()
def export(
    fmt: str = typer.Option(..., "--format", "-f", help="parquet, csv, jsonl, gdelt, acled or plover."),
    output: Path = typer.Option(..., "--output", "-o", help="Output folder (created if missing)."),
    db: Optional[Path] = DbOption,
    where: EventFilter = EventFilter(),
    limit: Optional[int] = Limit,
):
    """Write the stored events (optionally filtered) in a dataset format; prints the files written."""
    from .store import query
    from .store.db import reading

    try:
        from .export import write
    except ImportError as exc:
        raise _fail(EventwireError(f"exporters are not available: {exc}", code="E406"))
    path = _db(db)
    n = 0

    def counted():
        nonlocal n
        for ev in query.stream_events(path, where, limit):
            n += 1
            yield ev

    try:
        with reading(path):  # fail early (no store, not a store) before any file is written
            pass
        output.mkdir(parents=True, exist_ok=True)
        paths = write(fmt, counted(), output)
    except EventwireError as exc:
        raise _fail(exc)
    except (ValueError, KeyError, OSError) as exc:
        raise _fail(EventwireError(f"cannot export as {fmt!r}: {exc}", code="E406"))
    for p in paths:
        typer.echo(str(p))
    err.print(f"{n} event(s) exported as {fmt}", highlight=False)


def register(app: typer.Typer) -> None:
    for fn in (ingest, events, show, conflicts, export):
        app.command()(fn)
