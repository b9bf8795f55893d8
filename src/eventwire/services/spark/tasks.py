"""What the Spark jobs run inside their tasks: plain Python over rows and pandas frames.

Nothing here imports pyspark, so every function is tested without a JVM. The jobs
(extract.py, fusion.py) only move these rows around; the work itself is the same code
`eventwire extract` and `eventwire ingest` run: the readers of eventwire.ingest, the
pipeline's batches (eventwire.pipeline.process_batch, spaCy's nlp.pipe inside), and the
Fuser of eventwire.fuse.
"""
from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ...codec import from_dict, to_dict
from ...fuse import Fuser, mentions_from_result
from ...fuse.consensus import refresh
from ...ingest.readers import READERS, ReadOptions, iter_jsonl, read_path
from ...model import Article, ArticleResult, FusedEvent, Mention, RecordError

PARQUET = ".parquet"
# Articles parsed together in one nlp.pipe call: the runner's batch (eventwire.runner.BATCH).
PIPE_BATCH = 16
# The partition of a record without a publication date (Spark's own null partition name
# would differ between Spark versions).
UNDATED = "undated"
# Record ordinals: a file's index in the high bits, the record's position in the low ones.
RECORD_BITS = 32

# ------------------------------------------------------------------------------ reading

# One row per record read: an article (as the codec's JSON) or a reader's RecordError.
READ_SCHEMA = ("seq long, input string, article_json string, "
               "code string, message string, file string, record string")


def input_files(paths: Iterable[str]) -> list[str]:
    """The files the inputs name, in order: a folder's readable files (sorted, one level, as
    `eventwire extract` reads it); a file as it is, even a missing one (its reader reports it)."""
    out: list[str] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            out += [str(c) for c in sorted(p.iterdir())
                    if c.is_file() and (c.suffix.lower() in READERS or c.suffix.lower() == PARQUET)]
        else:
            out.append(path)
    return out


def read_rows(index: int, path: str, opts: ReadOptions) -> Iterator[tuple]:
    """READ_SCHEMA rows of one input file, through the readers `eventwire extract` uses."""
    records = _parquet_records(path, opts) if path.lower().endswith(PARQUET) else read_path(path, opts)
    for i, rec in enumerate(records):
        seq = (index << RECORD_BITS) + i
        if isinstance(rec, RecordError):
            yield seq, path, None, rec.code, rec.message, rec.file, rec.record
        else:
            yield seq, path, json.dumps(to_dict(rec), ensure_ascii=False), None, None, None, None


def _parquet_records(path: str, opts: ReadOptions) -> Iterator[Article | RecordError]:
    """A Parquet file's rows, each checked as the JSONL record it would be (the same fields
    and record checks as a .jsonl input); records are named "row N", from 1."""
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:
        from ...errors import Errors

        yield RecordError.of(Errors.E112.format(detail=f"{type(exc).__name__}: {exc}"), path, "-")
        return
    row = 0
    for batch in table.iter_batches():
        for fields in batch.to_pylist():
            row += 1
            line = json.dumps({k: v for k, v in fields.items() if v is not None}, ensure_ascii=False, default=str)
            for rec in iter_jsonl(io.StringIO(line), path, opts, first_line=row):
                yield _renamed(rec, f"row {row}")


def _renamed(rec: Article | RecordError, record: str) -> Article | RecordError:
    if isinstance(rec, RecordError):
        return replace(rec, record=record)
    return replace(rec, origin_record=record)


# ------------------------------------------------------------------------------ extracting

# One row per output: an extracted article, one of its mentions, or a rejected record.
EXTRACT_SCHEMA = ("kind string, seq long, input string, day string, article_id string, mention_id string, "
                  "pos int, json string, code string, message string, file string, record string")
ARTICLE, MENTION, REJECTED = "article", "mention", "rejected"
EXTRACT_COLUMNS = [c.split()[0] for c in EXTRACT_SCHEMA.split(", ")]

_WARM = False


def worker_pipeline():
    """The Python worker's pipeline, loaded on its first task and kept by the worker for the
    next ones (a module-level cache, never pickled into a task)."""
    global _WARM
    from ...pipeline import default_pipeline
    from ...runner import warm_up

    if not _WARM:
        warm_up()
        _WARM = True
    return default_pipeline()


def extract_frames(frames: Iterator) -> Iterator:
    """mapInPandas: READ_SCHEMA frames in, EXTRACT_SCHEMA frames out, PIPE_BATCH articles per
    nlp.pipe. A reader's error passes through as a rejected row."""
    import pandas as pd

    for frame in frames:
        rows: list[tuple] = []
        batch: list[tuple[dict, Article]] = []
        for r in frame.to_dict("records"):
            if not isinstance(r["article_json"], str):  # null: pandas gives None or NaN
                rows.append(_rejected(r, RecordError(r["code"], r["message"], r["file"], r["record"])))
                continue
            batch.append((r, from_dict(Article, json.loads(r["article_json"]))))
            if len(batch) >= PIPE_BATCH:
                rows += extract_batch(batch)
                batch = []
        if batch:
            rows += extract_batch(batch)
        yield pd.DataFrame(rows, columns=EXTRACT_COLUMNS)


def extract_batch(batch: list[tuple[dict, Article]]) -> list[tuple]:
    """EXTRACT_SCHEMA rows for some read rows and their articles, through the worker's pipeline."""
    from ...pipeline import process_batch

    rows: list[tuple] = []
    outs = process_batch([a for _, a in batch], worker_pipeline())
    for (r, _), out in zip(batch, outs):
        if isinstance(out, RecordError):
            rows.append(_rejected(r, out))
        else:
            rows += result_rows(r["seq"], r["input"], out)
    return rows


def result_rows(seq: int, input: str, result: ArticleResult) -> list[tuple]:
    """The article's row (its output dict, exactly `eventwire extract`'s line) and its mentions' rows."""
    out = result.to_dict()
    a = result.article
    day = a.published[:10] if a.published else UNDATED
    origin = {"origin_file": a.origin_file, "origin_record": a.origin_record}
    rows = [(ARTICLE, seq, input, day, a.id, None, None, json.dumps({**out, **origin}, ensure_ascii=False),
             None, None, a.origin_file, a.origin_record)]
    for pos, m in enumerate(mentions_from_result(ArticleResult.from_dict(out))):
        rows.append((MENTION, seq, input, day, a.id, m.id, pos, json.dumps(to_dict(m), ensure_ascii=False),
                     None, None, None, None))
    return rows


def _rejected(r: dict, err: RecordError) -> tuple:
    return (REJECTED, r["seq"], r["input"], None, None, None, None, None, err.code, err.message, err.file,
            err.record)


def article_output(row_json: str) -> dict:
    """An articles row's JSON as `eventwire extract` prints it (without the origin fields)."""
    d = json.loads(row_json)
    d.pop("origin_file", None)
    d.pop("origin_record", None)
    return d


# ------------------------------------------------------------------------------ fusing

# A mention as fusion reads it: its article's day and position, and the Mention's JSON.
MENTION_COLUMNS = ["day", "article_id", "mention_id", "pos", "json"]
# A block's output: each mention of its core and the event (the id of the mention that
# created it) the block put it in.
PLACED_SCHEMA = "day string, article_id string, mention_id string, pos int, json string, local_event string"
PLACED_COLUMNS = [c.split()[0] for c in PLACED_SCHEMA.split(", ")]


def day_number(day: str) -> int | None:
    from datetime import date

    return None if day == UNDATED else date.fromisoformat(day).toordinal()


def blocks_of(day: str, block_days: int, halo_days: int) -> list[tuple[int, bool]]:
    """(block, in its core) for every block that needs an article published on `day`: the block
    whose core holds it, and the later blocks whose leading halo reaches back to it. Undated
    articles form block -1 on their own."""
    n = day_number(day)
    if n is None:
        return [(-1, True)]
    core = n // block_days
    out = [(core, True)]
    b = core + 1
    while b * block_days - halo_days <= n:
        out.append((b, False))
        b += 1
    return out


def canonical(frame_rows: list[dict]) -> list[dict]:
    """Mentions in the order one process would fuse them: by publication day, then article,
    then the article's own order (main event first)."""
    return sorted(frame_rows, key=lambda r: (r["day"] == UNDATED, r["day"], r["article_id"], r["pos"]))


def fuse_rows(rows: list[dict]) -> dict[str, str]:
    """mention id -> the id of the event the Fuser puts it in, fusing `rows` in canonical order."""
    fuser = Fuser()
    fuser.add([from_dict(Mention, json.loads(r["json"])) for r in canonical(rows)])
    return {m.id: ev.id for ev in fuser.events.values() for m in ev.mentions}


def fuse_block(frame):
    """applyInPandas per block: fuse the block's core and halo mentions; keep the core's."""
    import pandas as pd

    rows = frame.to_dict("records")
    placed = fuse_rows(rows)
    kept = [(r["day"], r["article_id"], r["mention_id"], r["pos"], r["json"], placed[r["mention_id"]])
            for r in rows if r["core"]]
    return pd.DataFrame(kept, columns=PLACED_COLUMNS)


def event_id(mention_ids: Iterable[str]) -> str:
    """A fused event's id from its mentions: the same event gets the same id however it was blocked."""
    return "ev-" + hashlib.sha1("\n".join(sorted(mention_ids)).encode("utf-8")).hexdigest()[:16]


def build_event(rows: list[dict]) -> FusedEvent:
    """One fused event from its mentions (every block's core share of it), consensus and conflicts
    recomputed as the Fuser does, mentions in the order it would have added them."""
    mentions = [from_dict(Mention, json.loads(r["json"])) for r in canonical(rows)]
    ev = FusedEvent(id=event_id(m.id for m in mentions), type=mentions[0].event.type, mentions=mentions)
    refresh(ev)
    return ev


EVENT_SCHEMA = ("event_id string, first_day string, type string, date string, country string, "
                "n_mentions int, n_sources int, n_conflicts int, killed long, json string")
EVENT_COLUMNS = [c.split()[0] for c in EVENT_SCHEMA.split(", ")]


def event_frames(frames: Iterator) -> Iterator:
    """mapInPandas over placed mentions partitioned by their local event: one row per fused event.

    Each event's mentions are gathered over the whole partition (a group may span Arrow
    batches); groupBy().applyInPandas would do the same but pay a pandas frame per event,
    which costs more than fusing on archives of mostly one-report events."""
    import pandas as pd

    groups: dict[str, list[dict]] = {}
    for frame in frames:
        for r in frame.to_dict("records"):
            groups.setdefault(r["local_event"], []).append(r)
    rows = []
    for members in groups.values():
        ev = build_event(members)
        loc = ev.location
        rows.append((ev.id, canonical(members)[0]["day"], ev.type, ev.date, loc.country if loc else None,
                     len(ev.mentions), ev.n_sources, len(ev.conflicts), ev.killed,
                     json.dumps(to_dict(ev), ensure_ascii=False)))
    yield pd.DataFrame(rows, columns=EVENT_COLUMNS)


SOURCE_SCHEMA = ("event_id string, mention_id string, article_id string, outlet string, published string, "
                 "duplicate_of string, killed long, killed_qualifier string, injured long, injured_qualifier string")
CONFLICT_SCHEMA = "event_id string, field string, kind string, summary string, claims_json string"


def source_rows(ev: FusedEvent) -> list[tuple]:
    rows = []
    for m in ev.mentions:
        k, i = m.event.killed, m.event.injured
        rows.append((ev.id, m.id, m.article_id, m.outlet, m.published, m.duplicate_of,
                     k.value if k else None, k.qualifier if k else None,
                     i.value if i else None, i.qualifier if i else None))
    return rows


def conflict_rows(ev: FusedEvent) -> list[tuple]:
    return [(ev.id, c.field, c.kind, c.summary, json.dumps(to_dict(c.claims), ensure_ascii=False, default=str))
            for c in ev.conflicts]


def exploded(frames: Iterator, rows_of, schema: str) -> Iterator:
    """mapInPandas over event rows: the rows `rows_of(event)` gives for each event."""
    import pandas as pd

    columns = [c.split()[0] for c in schema.split(", ")]
    for frame in frames:
        out: list[tuple] = []
        for js in frame["json"]:
            out += rows_of(from_dict(FusedEvent, json.loads(js)))
        yield pd.DataFrame(out, columns=columns)
