"""Human-readable rendering of extraction results (`--pretty`), and what makes any text from a
record safe to print or write: no rich markup, no terminal control sequence, valid UTF-8."""
from __future__ import annotations

import re

from rich.console import Console
from rich.markup import escape
from rich.table import Table

# C0 and C1 controls (ESC starts a terminal's escape sequences), DEL, and lone surrogates, which
# no UTF-8 stream can carry. Tab and newline are kept where a text has them.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _shown(m: re.Match) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def plain(text: str) -> str:
    """`text` with control characters and lone surrogates shown as escapes (\\x1b, \\ud800):
    safe on a terminal and in any UTF-8 stream."""
    return _UNPRINTABLE.sub(_shown, text)


def safe(text: str) -> str:
    """`text` from a record (an id, a file name, an error message) for a rich console: markup
    escaped (`[/x]` printed as is, not parsed) and control characters shown as escapes."""
    return escape(plain(text))


def utf8_line(line: str) -> str:
    """A line for an output file: lone surrogates (which UTF-8 cannot encode) become U+FFFD."""
    try:
        line.encode("utf-8")
        return line
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", line)


def _count(c: dict | None) -> str:
    if not c:
        return ""
    q = {"exact": "", "at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤"}.get(c["qualifier"], "")
    return f"{q}{c['value']}"


def _names(xs: list[dict]) -> str:
    return safe(", ".join(x.get("name") or x["text"] for x in xs))


def print_pretty(results: list[dict], console: Console | None = None) -> None:
    console = console or Console()
    for r in results:
        head = (f"[bold]{safe(r.get('title') or r['id'])}[/bold]  "
                f"({safe(r.get('source') or 'unknown source')}, {safe(r.get('published') or 'no date')})")
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
                safe(loc.get("name") or loc.get("text") or ""),
                _count(e.get("killed")),
                _count(e.get("injured")),
                safe(e["trigger"]["text"]),
                _names(e["reported_by"]),
            )
        console.print(t)
        if r["quotes"]:
            for q in r["quotes"]:
                sp = q["speaker"]["name"] if q.get("speaker") else "?"
                text = q["text"] if len(q["text"]) < 90 else q["text"][:87] + "…"
                console.print(f"  “{safe(text)}” — {safe(sp)}", highlight=False)
        if r["cited_sources"]:
            console.print("  cites: " + safe(", ".join(sorted({s['name'] for s in r['cited_sources']}))), highlight=False)
        console.print()
