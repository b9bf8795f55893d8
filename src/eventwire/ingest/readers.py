"""Read articles from .txt, .html, .jsonl, .csv files or JSONL on stdin.

Every reader yields either an `Article` or a `RecordError` naming the file and
record, so one bad record never stops a batch: whatever fails on one line or row is
that record's error, and the next is read. Every record's fields pass the one gate
(gate.py), which cleans them and reports what it mends or drops as warnings (W1xx) to
`ReadOptions.on_warning`. Files that are not UTF-8 are decoded from the legacy encoding
charset-normalizer recognises (W108 names it); JSON Lines are UTF-8 by definition.
"""
from __future__ import annotations

import csv
import io
import json
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import Errors, Warnings
from ..model import Article, RecordError
from .gate import MAX_ARTICLE_CHARS, ReadOptions, RecordWarning, admit_reporting

__all__ = ["MAX_ARTICLE_CHARS", "READERS", "ReadOptions", "iter_jsonl", "read_path"]

csv.field_size_limit(50_000_000)

# FA-KES layout maps without flags; `date`, `location`, `labels` are gold labels, never input.
FAKES_COLUMNS = {"id": "unit_id", "title": "article_title", "text": "article_content", "source": "source"}
GENERIC_COLUMNS = {"id": "id", "title": "title", "text": "text", "source": "source",
                   "published": "published", "url": "url", "language": "language",
                   "home": "home"}

# A one-article file (.txt, .html) is read whole; past this many bytes it cannot hold an article
# under the size budget (UTF-8 takes at most 4 bytes a character; HTML's markup is counted generously).
BYTES_PER_CHAR_BUDGET = 8
SNIFF = 4096  # bytes looked at to tell binary data from text
# Single-byte encodings of Latin script: where the detector names one of these for an English
# text, cp1252 (Windows' Western European, a superset of Latin-1's printable range) is the one
# such a file was written in; the detector cannot tell them apart on short texts.
_LATIN_SINGLE_BYTE = {"cp1250", "cp1252", "latin_1", "iso8859_1", "iso8859_2", "iso8859_3", "iso8859_4",
                      "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
                      "cp1254", "cp1257", "mac_roman", "mac_latin2", "cp850", "cp437"}


# A UTF-8 multi-byte sequence: a file holding one is UTF-8 with damage, not a legacy encoding.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _binary(sample: bytes) -> bool:
    return b"\x00" in sample


def _legacy(raw: bytes) -> tuple[str, str] | None:
    """(text, encoding) for bytes in a legacy encoding, or None when no encoding reads them."""
    from charset_normalizer import from_bytes  # installed with trafilatura

    if _UTF8_SEQUENCE.search(raw):
        return None
    best = from_bytes(raw).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    encoding = best.encoding
    if encoding in _LATIN_SINGLE_BYTE:
        try:
            return raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), encoding


def _decode(raw: bytes, file: str, record: str, opts: ReadOptions | None = None) -> str | RecordError:
    """A whole file's text: UTF-8, else a legacy encoding the detector recognises (W108)."""
    if not raw.strip():
        return RecordError.of(Errors.E101, file, record)
    if _binary(raw[:SNIFF]):
        return RecordError.of(Errors.E102.format(what="binary data (NUL bytes)"), file, record)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        legacy = _legacy(raw)
        if legacy is None:
            return RecordError.of(Errors.E103.format(byte=exc.start), file, record)
        text, encoding = legacy
        (opts or ReadOptions()).on_warning(RecordWarning.of(Warnings.W108.format(encoding=encoding), file, record))
    controls = sum(1 for ch in text[:SNIFF] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), SNIFF):
        return RecordError.of(Errors.E102.format(what="mostly control characters"), file, record)
    return text


_make_article = admit_reporting  # every reader's records pass the one gate (gate.py)


def _read_bytes(path: Path, opts: ReadOptions, record: str = "1") -> bytes | RecordError:
    """A one-article file's bytes, unless it is larger than any article under the size budget."""
    size = path.stat().st_size
    if size > opts.max_chars * BYTES_PER_CHAR_BUDGET:
        return RecordError.of(Errors.E115.format(size=size, limit=opts.max_chars), str(path), record)
    return path.read_bytes()


def read_txt(path: Path, opts: ReadOptions) -> Iterator[Article | RecordError]:
    raw = _read_bytes(path, opts)
    text = raw if isinstance(raw, RecordError) else _decode(raw, str(path), "1", opts)
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


def page_fields(html: str, url: str | None = None) -> dict | None:
    """A web page's main text, title, outlet, URL and date, by trafilatura (None where it finds no
    text block): what an .html file and a page `eventwire watch` fetched are both read into."""
    import trafilatura  # imported here: only HTML input pays its import cost

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_precision=True)
    if result is None:
        return None
    doc = result if isinstance(result, dict) else result.as_dict()
    return {"text": doc.get("text"), "title": doc.get("title"), "source": doc.get("sitename"),
            "url": doc.get("url"), "published": doc.get("date")}


def read_html(path: Path, opts: ReadOptions) -> Iterator[Article | RecordError]:
    raw = _read_bytes(path, opts)
    html = raw if isinstance(raw, RecordError) else _decode(raw, str(path), "1", opts)
    if isinstance(html, RecordError):
        yield html
        return
    page = page_fields(html)
    if page is None:
        yield RecordError.of(Errors.E105.format(what="HTML page"), str(path), "1")
        return
    fields = {"id": path.stem, **{k: v for k, v in page.items() if k != "published" or v}}
    yield _make_article(fields, str(path), "1", opts)


def _json_record(line: str, name: str, record: str, opts: ReadOptions) -> Article | RecordError:
    """One JSON line's record. Any failure is this record's error: the next line is still read."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return RecordError.of(Errors.E104.format(detail=f"{exc.msg} (column {exc.colno})"), name, record)
    except RecursionError:
        return RecordError.of(Errors.E104.format(detail="nested too deeply"), name, record)
    except Exception as exc:  # noqa: BLE001 - whatever a line holds, it is one record's error
        return RecordError.of(Errors.E104.format(detail=f"{type(exc).__name__}: {exc}"), name, record)
    if not isinstance(obj, dict):
        return RecordError.of(Errors.E104.format(detail="not an object"), name, record)
    return _make_article(obj, name, record, opts)


def iter_jsonl(stream: io.TextIOBase, name: str, opts: ReadOptions, first_line: int = 1) -> Iterator[Article | RecordError]:
    for lineno, line in enumerate(stream, first_line):
        if line.strip():
            yield _json_record(line, name, f"line {lineno}", opts)


def _jsonl_lines(lines: Iterator[bytes], name: str, opts: ReadOptions) -> Iterator[Article | RecordError]:
    """JSON Lines from raw lines, decoded one by one (JSON is UTF-8): one broken line does not lose the file."""
    for lineno, bline in enumerate(lines, 1):
        if not bline.strip():
            continue
        record = f"line {lineno}"
        if len(bline) > opts.max_chars * BYTES_PER_CHAR_BUDGET:
            yield RecordError.of(Errors.E115.format(size=len(bline), limit=opts.max_chars), name, record)
            continue
        try:
            line = bline.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield RecordError.of(Errors.E103.format(byte=exc.start), name, record)
            continue
        yield _json_record(line, name, record, opts)


def read_jsonl(path: Path, opts: ReadOptions) -> Iterator[Article | RecordError]:
    with path.open("rb") as fh:
        head = fh.read(SNIFF)
        if not head.strip() and not fh.read(1):
            yield RecordError.of(Errors.E101, str(path), "1")
            return
        if _binary(head):  # one error for the file, not one per "line" of a binary blob
            yield RecordError.of(Errors.E102.format(what="binary data (NUL bytes)"), str(path), "1")
            return
        fh.seek(0)
        yield from _jsonl_lines(fh, str(path), opts)


def read_csv(path: Path, opts: ReadOptions) -> Iterator[Article | RecordError]:
    text = _decode(path.read_bytes(), str(path), "1", opts)
    if isinstance(text, RecordError):
        yield text
        return
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        yield RecordError.of(Errors.E107.format(detail=str(exc)), str(path), "header")
        return
    mapping = dict(FAKES_COLUMNS) if "article_content" in header else dict(GENERIC_COLUMNS)
    mapping.update(opts.columns)
    if mapping["text"] not in header:
        yield RecordError.of(Errors.E107.format(detail=f"no text column {mapping['text']!r} in header {header}"),
                             str(path), "header")
        return
    rowno = 1
    while True:
        rowno += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # a broken row (a NUL, a runaway quote): that row's error, then the next
            yield RecordError.of(Errors.E107.format(detail=str(exc)), str(path), f"row {rowno}")
            continue
        if None in row:  # more cells than header columns
            yield RecordError.of(Errors.E107.format(detail="row has more cells than the header"), str(path), f"row {rowno}")
            continue
        fields = {k: row.get(col) for k, col in mapping.items() if col in header}
        yield _make_article(fields, str(path), f"row {rowno}", opts)


READERS = {".txt": read_txt, ".text": read_txt, ".html": read_html, ".htm": read_html,
           ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".csv": read_csv}


def _not_readable(p: Path) -> str | None:
    """Why `p` is no input file (missing, a FIFO, a device such as a link to /dev/zero), or None."""
    try:
        mode = p.stat().st_mode
    except FileNotFoundError:
        return "not found"
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    if stat.S_ISREG(mode):
        return None
    kind = ("a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
    return f"{kind}, not a regular file"


def read_path(path: str, opts: ReadOptions | None = None) -> Iterator[Article | RecordError]:
    """Articles from a file, a directory of files, or '-' (JSONL on stdin)."""
    opts = opts or ReadOptions()
    if path == "-":
        raw = getattr(sys.stdin, "buffer", None)  # bytes, so broken UTF-8 is E103 here as in a file
        lines = iter(raw.readline, b"") if raw is not None else (x.encode("utf-8", "surrogatepass") for x in sys.stdin)
        yield from _jsonl_lines(lines, "<stdin>", opts)
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(p.iterdir()):
            if child.suffix.lower() in READERS and not child.is_dir():
                yield from read_path(str(child), opts)
        return
    why = _not_readable(p)
    if why is not None:
        yield RecordError.of(Errors.E109.format(what="file", detail=why), path, "-")
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
