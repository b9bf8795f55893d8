"""Export fused events: JSON Lines, CSV, Parquet, and GDELT-, ACLED- and PLOVER-style tables.

    write(fmt, events, out_dir) -> [written paths]

`events` is consumed once, as a stream: rows are written as they come (Parquet in
batches), so an export of millions of events holds only one batch in memory. Each file
appears only once complete. Field-by-field documentation: docs/exports.md.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from eventwire.export.acled import write_acled
from eventwire.export.gdelt import write_gdelt
from eventwire.export.jsonl import write_jsonl
from eventwire.export.plover import write_plover
from eventwire.export.single import fused_from_result
from eventwire.export.tabular import write_csv, write_parquet
from eventwire.model import FusedEvent

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "acled", "plover")

_WRITERS: dict[str, tuple[str, Callable[[Iterable[FusedEvent], Path], Path]]] = {
    "jsonl": ("events.jsonl", write_jsonl),
    "csv": ("events.csv", write_csv),
    "parquet": ("events.parquet", write_parquet),
    "gdelt": ("events.gdelt.tsv", write_gdelt),
    "acled": ("events.acled.csv", write_acled),
    "plover": ("events.plover.jsonl", write_plover),
}

__all__ = ["FORMATS", "fused_from_result", "write"]


def write(fmt: str, events: Iterable[FusedEvent], out_dir: Path) -> list[Path]:
    """Write `events` in format `fmt` (one of FORMATS) under `out_dir` (created if
    missing; an existing file of the same name is replaced). Returns the files written."""
    if fmt not in _WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    name, writer = _WRITERS[fmt]
    return [writer(events, Path(out_dir) / name)]
