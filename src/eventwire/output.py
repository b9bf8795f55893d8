"""Human-readable rendering of extraction results (`--pretty`)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table


def _count(c: dict | None) -> str:
    if not c:
        return ""
    q = {"exact": "", "at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤"}.get(c["qualifier"], "")
    return f"{q}{c['value']}"


def _names(xs: list[dict]) -> str:
    return ", ".join(x.get("name") or x["text"] for x in xs)


def print_pretty(results: list[dict], console: Console | None = None) -> None:
    console = console or Console()
    for r in results:
        head = f"[bold]{r.get('title') or r['id']}[/bold]  ({r.get('source') or 'unknown source'}, {r.get('published') or 'no date'})"
        console.print(head, highlight=False)
        t = Table(show_lines=False, expand=False, pad_edge=False)
        for col in ("", "type", "acled", "fact.", "date", "actors", "targets", "where", "killed", "inj.", "trigger", "reported by"):
            t.add_column(col, overflow="fold")
        for i, e in enumerate(r["events"]):
            loc = e.get("location") or {}
            t.add_row(
                "★" if i == r.get("main_event") else "",
                e["type"] + (f"/{e['mode']}" if e.get("mode") else ""),
                e.get("acled_sub_event_type") or "",
                e["factuality"],
                e.get("date") or "",
                _names(e["actors"]),
                _names(e["targets"]),
                loc.get("name") or loc.get("text") or "",
                _count(e.get("killed")),
                _count(e.get("injured")),
                e["trigger"]["text"],
                _names(e["reported_by"]),
            )
        console.print(t)
        if r["quotes"]:
            for q in r["quotes"]:
                sp = q["speaker"]["name"] if q.get("speaker") else "?"
                text = q["text"] if len(q["text"]) < 90 else q["text"][:87] + "…"
                console.print(f"  “{text}” — {sp}", highlight=False)
        if r["cited_sources"]:
            console.print("  cites: " + ", ".join(sorted({s['name'] for s in r['cited_sources']})), highlight=False)
        console.print()
