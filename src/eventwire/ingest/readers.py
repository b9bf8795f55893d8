"""Read articles from .txt, .html, .jsonl, .csv files or JSONL on stdin.

Every reader yields either an `Article` or a `RecordError` naming the file and
record, so one bad record never stops a batch.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import Errors
from ..model import Article, RecordError

MAX_ARTICLE_CHARS = 2_000_000  # a 2 MB article is almost surely not a news report
csv.field_size_limit(50_000_000)

# FA-KES layout maps without flags; `date`, `location`, `labels` are gold labels, never input.
FAKES_COLUMNS = {"id": "unit_id", "title": "article_title", "text": "article_content", "source": "source"}
GENERIC_COLUMNS = {"id": "id", "title": "title", "text": "text", "source": "source",
                   "published": "published", "url": "url", "language": "language",
                   "home": "home"}


@dataclass
class ReadOptions:
    published: str | None = None  # fills a record's missing publication date
    source: str | None = None  # fills a record's missing source
    columns: dict[str, str] = field(default_factory=dict)  # CSV: field -> column name


def _valid_iso_date(value: str | None) -> str | None:
    """Return YYYY-MM-DD or raise ValueError for an impossible date."""
    if value in (None, ""):
        return None
    s = str(value).strip()[:10]
    return date.fromisoformat(s).isoformat()


def _decode(raw: bytes, file: str, record: str) -> str | RecordError:
    if not raw.strip():
        return RecordError.of(Errors.E101, file, record)
    sample = raw[:4096]
    if b"\x00" in sample:
        return RecordError.of(Errors.E102.format(what="binary data (NUL bytes)"), file, record)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return RecordError.of(Errors.E103.format(byte=exc.start), file, record)
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 4096):
        return RecordError.of(Errors.E102.format(what="mostly control characters"), file, record)
    return text


def _make_article(fields: dict, file: str, record: str, opts: ReadOptions) -> Article | RecordError:
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        return RecordError.of(Errors.E105.format(what="record"), file, record)
    if len(text) > MAX_ARTICLE_CHARS:
        return RecordError.of(Errors.E106.format(size=len(text), limit=MAX_ARTICLE_CHARS), file, record)
    try:
        published = _valid_iso_date(fields.get("published")) or _valid_iso_date(opts.published)
    except ValueError:
        return RecordError.of(Errors.E110.format(field="published", detail=f"impossible date {fields.get('published')!r}"),
                              file, record)
    home = str(fields.get("home") or "").strip() or None
    if home is not None:
        from ..resolve.homes import valid_home

        if not valid_home(home):
            return RecordError.of(Errors.E110.format(
                field="home", detail=f"{home!r} is not an ISO 3166-2 unit (US-TN) or an ISO-3 country (GBR)"), file, record)
    art_id = fields.get("id")
    if art_id in (None, ""):
        art_id = hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:12]
    return Article(
        id=str(art_id),
        text=text,
        title=(fields.get("title") or None),
        published=published,
        source=(fields.get("source") or opts.source or None),
        url=fields.get("url") or None,
        language=fields.get("language") or "en",
        home=home,
        published_from="input" if published else None,
        origin_file=file,
        origin_record=record,
    )


def read_txt(path: Path, opts: ReadOptions) -> Iterator[Article | RecordError]:
    text = _decode(path.read_bytes(), str(path), "1")
    if isinstance(text, RecordError):
        yield text
        return
    title = None
    lines = text.split("\n", 1)
    # A short first line without final punctuation, followed by a body, is a title;
    # the article text (which offsets refer to) is then the body.
    if len(lines) == 2 and lines[1].strip() and len(lines[0]) < 200 and not lines[0].rstrip().endswith((".", "”", '"')):
        title = lines[0].strip()
        text = lines[1].lstrip("\r\n")
    yield _make_article({"id": path.stem, "text": text, "title": title}, str(path), "1", opts)


def read_html(path: Path, opts: ReadOptions) -> Iterator[Article | RecordError]:
    raw = _decode(path.read_bytes(), str(path), "1")
    if isinstance(raw, RecordError):
        yield raw
        return
    import trafilatura  # imported here: only HTML input pays its import cost

    result = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_precision=True)
    if result is None:
        yield RecordError.of(Errors.E105.format(what="HTML page"), str(path), "1")
        return
    doc = result if isinstance(result, dict) else result.as_dict()
    fields = {"id": path.stem, "text": doc.get("text"), "title": doc.get("title"),
              "source": doc.get("sitename"), "url": doc.get("url")}
    if doc.get("date"):
        fields["published"] = doc["date"]
    yield _make_article(fields, str(path), "1", opts)


def iter_jsonl(stream: io.TextIOBase, name: str, opts: ReadOptions, first_line: int = 1) -> Iterator[Article | RecordError]:
    for lineno, line in enumerate(stream, first_line):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RecordError.of(Errors.E104.format(detail=f"{exc.msg} (column {exc.colno})"), name, f"line {lineno}")
            continue
        if not isinstance(obj, dict):
            yield RecordError.of(Errors.E104.format(detail="not an object"), name, f"line {lineno}")
            continue
        yield _make_article(obj, name, f"line {lineno}", opts)


def read_jsonl(path: Path, opts: ReadOptions) -> Iterator[Article | RecordError]:
    raw = path.read_bytes()
    if not raw.strip():
        yield RecordError.of(Errors.E101, str(path), "1")
        return
    # Decode line by line, in order, so one broken line does not lose the file.
    for lineno, bline in enumerate(raw.split(b"\n"), 1):
        try:
            line = bline.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield RecordError.of(Errors.E103.format(byte=exc.start), str(path), f"line {lineno}")
            continue
        yield from iter_jsonl(io.StringIO(line), str(path), opts, first_line=lineno)


def read_csv(path: Path, opts: ReadOptions) -> Iterator[Article | RecordError]:
    text = _decode(path.read_bytes(), str(path), "1")
    if isinstance(text, RecordError):
        yield text
        return
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    mapping = dict(FAKES_COLUMNS) if "article_content" in header else dict(GENERIC_COLUMNS)
    mapping.update(opts.columns)
    if mapping["text"] not in header:
        yield RecordError.of(Errors.E107.format(detail=f"no text column {mapping['text']!r} in header {header}"),
                             str(path), "header")
        return
    for rowno, row in enumerate(reader, 2):
        if None in row:  # more cells than header columns
            yield RecordError.of(Errors.E107.format(detail="row has more cells than the header"), str(path), f"row {rowno}")
            continue
        fields = {k: row.get(col) for k, col in mapping.items() if col in header}
        yield _make_article(fields, str(path), f"row {rowno}", opts)


READERS = {".txt": read_txt, ".text": read_txt, ".html": read_html, ".htm": read_html,
           ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".csv": read_csv}


def read_path(path: str, opts: ReadOptions | None = None) -> Iterator[Article | RecordError]:
    """Articles from a file, a directory of files, or '-' (JSONL on stdin)."""
    opts = opts or ReadOptions()
    if path == "-":
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
        yield from iter_jsonl(stream, "<stdin>", opts)
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(p.iterdir()):
            if child.suffix.lower() in READERS:
                yield from read_path(str(child), opts)
        return
    if not p.is_file():
        yield RecordError.of(Errors.E109.format(what="file", detail="not found"), path, "-")
        return
    reader = READERS.get(p.suffix.lower())
    if reader is None:
        yield RecordError.of(Errors.E108.format(suffix=p.suffix), path, "-")
        return
    try:
        yield from reader(p, opts)
    except OSError as exc:
        yield RecordError.of(Errors.E109.format(what="file", detail=exc.strerror), path, "-")
    except Exception as exc:  # noqa: BLE001 - a reader failing on one file must not stop the batch
        yield RecordError.of(Errors.E112.format(detail=f"{type(exc).__name__}: {exc}"), path, "-")
