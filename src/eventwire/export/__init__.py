"""Export fused events: JSON Lines, CSV, Parquet, GDELT 2.0 (events and mentions), ACLED-
and PLOVER-style tables, GeoJSON and GeoParquet.

    write(fmt, events, out_dir, articles=lookup, header=..., inter_labels=...) -> [written paths]

`events` is consumed once, as a stream: rows are written as they come (Parquet in
batches), so an export of millions of events holds only one batch in memory. Each file
appears only once complete. `articles` (ids -> url, ingest time, text; see articles.py)
fills the fields that need the source article (GDELT's SOURCEURL, DATEADDED, AvgTone).
Field-by-field documentation: docs/exports.md.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.export.acled import write_acled
from eventwire.export.articles import ArticleInfo, ArticleLookup, Articles
from eventwire.export.gdelt import write_gdelt, write_mentions
from eventwire.export.gis import write_geojson
from eventwire.export.jsonl import write_jsonl
from eventwire.export.plover import write_plover
from eventwire.export.single import fused_from_result
from eventwire.export.tabular import write_csv, write_parquet
from eventwire.model import FusedEvent

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "gdelt-mentions", "acled", "plover", "geojson", "geoparquet")


@dataclass
class Options:
    """How to write: the source articles' facts, and the switches some formats have."""

    articles: Articles = field(default_factory=Articles)
    header: bool = False  # GDELT: a header line (GDELT's own files have none)
    inter_labels: bool = False  # ACLED: inter1/inter2 as text labels, as ACLED's API returns them
    # rows a format would hold but cannot (ACLED: no location, ...), by reason; filled by the writer
    left_out: Counter = field(default_factory=Counter)


Writer = Callable[[Iterable[FusedEvent], Path, Options], list[Path]]

_WRITERS: dict[str, tuple[str, Writer]] = {
    "jsonl": ("events.jsonl", lambda ev, p, o: [write_jsonl(ev, p)]),
    "csv": ("events.csv", lambda ev, p, o: write_csv(ev, p, o.articles)),
    "parquet": ("events.parquet", lambda ev, p, o: [write_parquet(ev, p, articles=o.articles)]),
    "gdelt": ("events.gdelt.tsv", lambda ev, p, o: [write_gdelt(ev, p, o.articles, o.header)]),
    "gdelt-mentions": ("mentions.gdelt.tsv", lambda ev, p, o: [write_mentions(ev, p, o.articles, o.header)]),
    "acled": ("events.acled.csv", lambda ev, p, o: write_acled(ev, p, o.articles, o.inter_labels, o.left_out)),
    "plover": ("events.plover.jsonl", lambda ev, p, o: [write_plover(ev, p, o.articles, o.left_out)]),
    "geojson": ("events.geojson", lambda ev, p, o: [write_geojson(ev, p)]),
    "geoparquet": ("events.geo.parquet", lambda ev, p, o: [write_parquet(ev, p, articles=o.articles, geo=True)]),
}

__all__ = ["FORMATS", "ArticleInfo", "ArticleLookup", "Articles", "Options", "file_name", "fused_from_result",
           "write"]


def file_name(fmt: str) -> str:
    return _WRITERS[fmt][0]


def write(fmt: str, events: Iterable[FusedEvent], out_dir: Path, articles: Articles | ArticleLookup | None = None,
          header: bool = False, inter_labels: bool = False, left_out: Counter | None = None) -> list[Path]:
    """Write `events` in format `fmt` (one of FORMATS) under `out_dir` (created if
    missing; an existing file of the same name is replaced). Returns the files written, the
    export itself first (a CSV is followed by its table schema).
    `articles`: an Articles, or a function from article ids to their facts (articles.py).
    `left_out`, if given, counts the events the format could not hold, by reason."""
    if fmt not in _WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if not isinstance(articles, Articles):
        articles = Articles(articles)
    name, writer = _WRITERS[fmt]
    opts = Options(articles, header, inter_labels, left_out if left_out is not None else Counter())
    return writer(events, Path(out_dir) / name, opts)
