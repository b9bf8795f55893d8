"""eventwire.export's formats as a stream of byte chunks, for a streamed HTTP response.

eventwire.export.write() writes files; a download should start at once and hold
one chunk in memory, so this drives the same row builders (flat_row, gdelt_row,
acled_row, plover_record, dumps_line) with the same headers and line ends.
tests/api/test_api.py checks the bytes equal what write() puts in the file.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict

from ..export import acled, gdelt, plover, tabular
from ..export.fields import clean
from ..export.jsonl import dumps_line
from ..model import FusedEvent

CHUNK_ROWS = 200  # rows per chunk sent: few writes, little memory


def _csv_lines(header: Iterable[str], rows: Callable[[FusedEvent], list | None]):
    def gen(events: Iterable[FusedEvent]) -> Iterator[str]:
        buf = io.StringIO()
        w = csv.writer(buf)  # same dialect as the file writers: RFC 4180, \r\n
        w.writerow(header)
        n = 0
        for fe in events:
            row = rows(fe)
            if row is None:
                continue
            w.writerow(row)
            n += 1
            if n % CHUNK_ROWS == 0:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()
    return gen


def _flat(fe: FusedEvent) -> list:
    row = tabular.flat_row(fe)
    return [tabular.csv_value(row[c]) for c in tabular.NAMES]


def _acled(fe: FusedEvent) -> list | None:
    row = acled.acled_row(fe)
    return None if row is None else ["" if row.get(c) is None else row[c] for c in acled.COLUMNS]


def _gdelt(events: Iterable[FusedEvent]) -> Iterator[str]:
    yield "\t".join(gdelt.COLUMNS) + "\n"
    for fe in events:
        row = gdelt.gdelt_row(fe)
        if row is not None:
            yield "\t".join("" if row.get(c) is None else clean(str(row.get(c))) for c in gdelt.COLUMNS) + "\n"


def _jsonl(events: Iterable[FusedEvent]) -> Iterator[str]:
    for fe in events:
        yield dumps_line(asdict(fe))


def _plover(events: Iterable[FusedEvent]) -> Iterator[str]:
    for fe in events:
        rec = plover.plover_record(fe)
        if rec is not None:
            yield dumps_line(rec)


# format -> (file name, media type, text generator)
FORMATS: dict[str, tuple[str, str, Callable[[Iterable[FusedEvent]], Iterator[str]]]] = {
    "csv": ("events.csv", "text/csv; charset=utf-8", _csv_lines(tabular.NAMES, _flat)),
    "jsonl": ("events.jsonl", "application/x-ndjson", _jsonl),
    "gdelt": ("events.gdelt.tsv", "text/tab-separated-values; charset=utf-8", _gdelt),
    "acled": ("events.acled.csv", "text/csv; charset=utf-8", _csv_lines(acled.COLUMNS, _acled)),
    "plover": ("events.plover.jsonl", "application/x-ndjson", _plover),
}


def stream(fmt: str, events: Iterable[FusedEvent]) -> Iterator[bytes]:
    """UTF-8 chunks of the export; small line-sized pieces are batched into ~64 KB writes."""
    buf: list[str] = []
    size = 0
    for piece in FORMATS[fmt][2](events):
        buf.append(piece)
        size += len(piece)
        if size >= 65536:
            yield "".join(buf).encode("utf-8")
            buf, size = [], 0
    if buf:
        yield "".join(buf).encode("utf-8")
