"""eventwire.export's formats as a stream of byte chunks, for a streamed HTTP response.

eventwire.export.write() writes files; a download should start at once and hold
one chunk in memory, so this drives the same row builders (flat_row, gdelt_row,
mention_rows, acled_row, plover_record, dumps_line) with the same headers and line ends.
tests/api/test_api.py checks the bytes equal what write() puts in the file.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator

from ..export import Options, acled, gdelt, gis, jsonl, mentions, plover, tabular
from ..export.jsonl import dumps_line
from ..model import FusedEvent

CHUNK_ROWS = 200  # rows per chunk sent: few writes, little memory

Lines = Callable[[Iterable[FusedEvent], Options], Iterator[str]]


def _csv_lines(header: Callable[[Options], Iterable[str]], rows: Callable[[FusedEvent, Options], list | None]) -> Lines:
    def gen(events: Iterable[FusedEvent], opts: Options) -> Iterator[str]:
        buf = io.StringIO()
        w = csv.writer(buf)  # same dialect as the file writers: RFC 4180, \r\n
        w.writerow(header(opts))
        n = 0
        for fe in opts.articles.batches(events):
            row = rows(fe, opts)
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


def _flat(fe: FusedEvent, opts: Options) -> list:
    return tabular.csv_row(fe, opts.articles)


def _acled(fe: FusedEvent, opts: Options) -> list | None:
    return acled.csv_row(fe, opts.articles, opts.inter_labels, opts.left_out)


def _gdelt_table(columns: tuple[str, ...], rows: Callable) -> Lines:
    def gen(events: Iterable[FusedEvent], opts: Options) -> Iterator[str]:
        if opts.header:
            yield "\t".join(columns) + "\n"
        for fe in opts.articles.batches(events):
            row = gdelt.gdelt_row(fe, opts.articles)
            if row is not None:
                yield "".join(gdelt.line(r, columns) for r in rows(fe, row, opts.articles))
    return gen


def _jsonl(events: Iterable[FusedEvent], opts: Options) -> Iterator[str]:
    for fe in events:
        yield dumps_line(jsonl.event_record(fe))


def _geojson(events: Iterable[FusedEvent], opts: Options) -> Iterator[str]:
    return gis.geojson_chunks(events)


def _plover(events: Iterable[FusedEvent], opts: Options) -> Iterator[str]:
    for fe in opts.articles.batches(events):
        rec = plover.plover_record(fe, opts.articles)
        if rec is not None:
            yield dumps_line(rec)


# format -> (file name, media type, text generator)
FORMATS: dict[str, tuple[str, str, Lines]] = {
    "csv": ("events.csv", "text/csv; charset=utf-8", _csv_lines(lambda o: tabular.NAMES, _flat)),
    "jsonl": ("events.jsonl", "application/x-ndjson", _jsonl),
    "gdelt": ("events.gdelt.tsv", "text/tab-separated-values; charset=utf-8",
              _gdelt_table(gdelt.COLUMNS, lambda fe, row, a: [row])),
    "gdelt-mentions": ("mentions.gdelt.tsv", "text/tab-separated-values; charset=utf-8",
                       _gdelt_table(mentions.COLUMNS, mentions.mention_rows)),
    "acled": ("events.acled.csv", "text/csv; charset=utf-8", _csv_lines(lambda o: acled.COLUMNS, _acled)),
    "plover": ("events.plover.jsonl", "application/x-ndjson", _plover),
    "geojson": ("events.geojson", "application/geo+json", _geojson),
}


def stream(fmt: str, events: Iterable[FusedEvent], opts: Options | None = None) -> Iterator[bytes]:
    """UTF-8 chunks of the export; small line-sized pieces are batched into ~64 KB writes."""
    opts = opts or Options()
    buf: list[str] = []
    size = 0
    for piece in FORMATS[fmt][2](events, opts):
        buf.append(piece)
        size += len(piece)
        if size >= 65536:
            yield "".join(buf).encode("utf-8")
            buf, size = [], 0
    if buf:
        yield "".join(buf).encode("utf-8")
