"""JSON Lines: each FusedEvent in full (dataclasses.asdict), its mentions and evidence included.

A conflict's claim values differ by field (a toll is {value, qualifier}, actors a list of
names, a date a string); a column of mixed types defeats typed readers (polars,
pyarrow.json), so every claim's value is written in one shape, `claim_value` below.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from eventwire.export.fields import atomic
from eventwire.model import FusedEvent

# json.dumps escapes control characters but leaves these line breaks raw, and
# str.splitlines() splits on them.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def dumps_line(obj: Any) -> str:
    """One JSON object on one line, whatever the text inside it; UTF-8 kept readable."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).translate(_LINE_BREAKS) + "\n"


def claim_value(v: Any) -> dict[str, Any]:
    """{text, number, qualifier, items}: `text` always (the value as one readable string),
    `number` and `qualifier` for a figure, `items` for a list (else empty)."""
    if isinstance(v, dict) and "value" in v:  # a figure: {"value": 43, "qualifier": "at_least"}
        n = v.get("value")
        return {"text": None if n is None else str(n), "number": n, "qualifier": v.get("qualifier"), "items": []}
    if isinstance(v, list | tuple):
        items = [x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in v]
        return {"text": "; ".join(items), "number": None, "qualifier": None, "items": items}
    if isinstance(v, bool) or v is None:
        return {"text": None if v is None else str(v).lower(), "number": None, "qualifier": None, "items": []}
    if isinstance(v, int | float):
        return {"text": str(v), "number": v, "qualifier": None, "items": []}
    if isinstance(v, dict):
        return {"text": json.dumps(v, ensure_ascii=False, sort_keys=True), "number": None, "qualifier": None,
                "items": []}
    return {"text": str(v), "number": None, "qualifier": None, "items": []}


def event_record(fe: FusedEvent) -> dict[str, Any]:
    d = asdict(fe)
    for conflict in d["conflicts"]:
        for claim in conflict["claims"]:
            claim["value"] = claim_value(claim["value"])
    return d


def write_jsonl(events: Iterable[FusedEvent], path: Path) -> Path:
    with atomic(path, encoding="utf-8", newline="\n") as fh:
        for fe in events:
            fh.write(dumps_line(event_record(fe)))
    return path
