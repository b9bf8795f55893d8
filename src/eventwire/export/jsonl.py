"""JSON Lines: each FusedEvent in full (dataclasses.asdict), its mentions and evidence included."""
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


def write_jsonl(events: Iterable[FusedEvent], path: Path) -> Path:
    with atomic(path, encoding="utf-8", newline="\n") as fh:
        for fe in events:
            fh.write(dumps_line(asdict(fe)))
    return path
