"""`eventwire events | show | conflicts`: reading the event store (docs/store.md)."""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ..errors import EventwireError
from ..output import safe as escape  # markup escaped and terminal control characters shown, not obeyed
from ..store.filters import EventFilter
from .options import DbOption, LimitOption, err, fail, filter_options, out_console, store_path

FORMATS = ("table", "json", "csv")


def _place(r: dict) -> str:
    parts = [r.get("place"), r.get("admin1") if r.get("admin1") != r.get("place") else None, r.get("country")]
    return ", ".join(p for p in parts if p)


@filter_options()
def events(
    db: Optional[Path] = DbOption,
    where: EventFilter = EventFilter(),
    limit: Optional[int] = LimitOption,
    fmt: str = typer.Option("table", "--format", "-f",
                            help="table, json (one event per line, with its sources) or csv."),
):
    """List fused events, newest first.

    `--format json` prints one JSON object per event: its id, the consensus fields,
    its conflicts and `sources` (each supporting article's id, outlet, date, the
    mention it contributed and the figures it claims).
    """
    from ..store import query
    from ..store.db import reading

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    try:
        with reading(store_path(db)) as c:
            rows = query.events(c, where, limit) if fmt == "json" else query.event_rows(c, where, limit)
    except EventwireError as exc:
        raise fail(exc)
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
        out_console().print(t)


# ----------------------------------------------------------------------------- show

def _figure(cnt) -> str:
    if cnt is None:
        return "—"
    from ..fuse.figures import describe

    return f"{describe(cnt)} (\"{cnt.text}\"" + (f", {cnt.victims}" if cnt.victims else "") + ")"


def _value(v) -> str:
    """A claimed value as words: a figure with its qualifier, actor or place names, a date."""
    if isinstance(v, dict):
        if "value" in v and "qualifier" in v:
            from ..fuse.figures import describe
            from ..model import Count

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
    from ..store import query
    from ..store.db import reading

    try:
        with reading(store_path(db)) as c:
            ev = query.get_event(c, event_id)
            versions = query.source_versions(c, ev.id)
            arts = {m.id: query.article(c, m.article_id, versions.get(m.id)) for m in ev.mentions}
    except EventwireError as exc:
        raise fail(exc)
    if as_json:
        d = query.event_to_json(ev)
        for s, m in zip(d["sources"], ev.mentions):
            a = arts.get(m.id) or {}
            s["title"] = a.get("title")
            s["evidence"] = _evidence(a.get("text"), m.event.sentence)
        sys.stdout.write(json.dumps(d, ensure_ascii=False, default=str) + "\n")
        return
    out = out_console()
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
    limit: Optional[int] = LimitOption,
    fmt: str = typer.Option("table", "--format", "-f", help="table or json (one conflict per line)."),
):
    """Events whose sources disagree (a contradiction, or a toll that rose), and each side's words."""
    from ..store import query
    from ..store.db import reading

    try:
        with reading(store_path(db)) as c:
            evs = query.events(c, where, limit)
    except EventwireError as exc:
        raise fail(exc)
    if fmt == "json":
        for ev in evs:
            for cf in ev.conflicts:
                d = {"event_id": ev.id, "type": ev.type, "date": ev.date, **asdict(cf)}
                sys.stdout.write(json.dumps(d, ensure_ascii=False, default=str) + "\n")
        return
    if fmt != "table":
        raise typer.BadParameter("--format must be table or json")
    out = out_console()
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
