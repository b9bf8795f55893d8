"""The one gate every input record passes: its fields in, an Article (or the RecordError that
rejects it) and the warnings about it out.

    gated = admit({"id": "a", "title": 1, "text": "..."}, "corpus.jsonl", "line 3", opts)
    gated.record    # Article(id="a", title="1", ...) or RecordError(...)
    gated.warnings  # [RecordWarning("W102", "title was a number, read as text '1'", ...)]

The readers (file formats, stdin), `POST /api/articles` and `eventwire watch` all call
`admit`, so a record means the same wherever it comes from. What it promises:

- only a record with no usable text is rejected: text missing, not a string, empty once
  cleaned, over the size limit, or in a script that is not Latin (English only);
- messy optional metadata never loses the article: a number as title, source, url or id is
  read as text (a warning says so); a list, object or boolean there, a `published` that is
  not a date ("December 9", 9999-12-31), a `home` that is not an ISO code, a non-string
  `language` are dropped, each with a warning naming the record and field;
- every string that goes on is clean: lone surrogates (from JSON's "\\ud800") become U+FFFD
  and control characters a space, so nothing downstream (the parser, the store, a terminal,
  an output file) meets a character it cannot encode. Replacing one character by one keeps
  every offset into the text valid.
"""
from __future__ import annotations

import hashlib
import logging
import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from ..errors import Errors, Warnings
from ..model import Article, RecordError

log = logging.getLogger(__name__)

MAX_ARTICLE_CHARS = 2_000_000  # a 2 MB article is almost surely not a news report
MAX_ID_CHARS = 256  # an id is a key, not a text; a longer one is replaced by the text's hash
MAX_META_CHARS = 2_000  # a title, source or url longer than this is not one: cut, with a warning
# Publication years outside this range are typing errors (9999-12-31), not news dates.
MIN_YEAR = 1800
MAX_YEARS_AHEAD = 1

# Lone surrogates (U+D800-DFFF) cannot be encoded as UTF-8; C0/C1 controls and DEL move
# terminals and break parsers. Tab, newline, carriage return and form feed are kept: text has them.
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# In one-line metadata (title, source, id) line breaks are controls too.
_LINE_BREAKS = re.compile("[\t\n\r\f\u2028\u2029\x85]+")

# Non-ISO date layouts a feed or export commonly carries; a day-first/month-first ambiguity
# (03/04/2015) is not guessed: only layouts that cannot be read two ways are tried.
_DATE_LAYOUTS = ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y",
                 "%b %d, %Y", "%a, %d %b %Y %H:%M:%S %z", "%a, %d %b %Y %H:%M:%S %Z", "%Y%m%d")

LANGUAGE_SAMPLE = 5000  # characters looked at to judge the script
MIN_LETTERS_TO_JUDGE = 40  # fewer letters than this (a headline) are not judged
MIN_LATIN_SHARE = 0.5  # English text in any encoding is overwhelmingly Latin letters


@dataclass(frozen=True)
class RecordWarning:
    """Something in a record that was mended or dropped; the article goes on."""

    code: str  # W1xx, see eventwire.errors.Warnings
    message: str
    file: str
    record: str

    def __str__(self) -> str:
        return f"{self.file}:{self.record}: [{self.code}] {self.message}"

    @classmethod
    def of(cls, message: str, file: str, record: str) -> RecordWarning:
        return cls(message.code, str(message), file, record)  # type: ignore[attr-defined]


def log_warning(w: RecordWarning) -> None:
    """The default: warnings go to the log (a command that reports them passes its own)."""
    log.info("%s", w)


@dataclass
class ReadOptions:
    published: str | None = None  # fills a record's missing publication date
    source: str | None = None  # fills a record's missing source
    columns: dict[str, str] = field(default_factory=dict)  # CSV: field -> column name
    max_chars: int = MAX_ARTICLE_CHARS  # the size budget of one article's text
    # Told every warning about a record, in input order (a command prints and counts them).
    on_warning: Callable[[RecordWarning], None] = log_warning


class Gated(NamedTuple):
    record: Article | RecordError
    warnings: list[RecordWarning]


def clean(value: str, one_line: bool = False) -> tuple[str, int]:
    """`value` with lone surrogates as U+FFFD and control characters as spaces (one for one,
    so offsets hold); in one-line fields line breaks too. Returns (clean value, characters replaced)."""
    n = 0
    if _SURROGATE.search(value):
        value, k = _SURROGATE.subn("\ufffd", value)
        n += k
    if _CONTROL.search(value):
        value, k = _CONTROL.subn(" ", value)
        n += k
    if one_line and _LINE_BREAKS.search(value):
        value, k = _LINE_BREAKS.subn(" ", value)
        n += k
        value = value.strip()
    return value, n


def _kind(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), f"a {type(value).__name__}")


class _Fields:
    """A record's fields as they are read, with the warnings the reading raises."""

    def __init__(self, fields: Mapping, file: str, record: str):
        self.fields, self.file, self.record = fields, file, record
        self.warnings: list[RecordWarning] = []

    def warn(self, message) -> None:
        self.warnings.append(RecordWarning.of(message, self.file, self.record))

    def text_of(self, name: str, limit: int = MAX_META_CHARS) -> str | None:
        """An optional one-line field as clean text, or None (dropped with a warning when unusable)."""
        value = self.fields.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):  # not NaN, inf
            value = str(value)
            self.warn(Warnings.W102.format(field=name, kind="a number", value=value))
        if not isinstance(value, str):
            self.warn(Warnings.W101.format(field=name, kind=_kind(value)))
            return None
        value, replaced = clean(value, one_line=True)
        if replaced:
            self.warn(Warnings.W103.format(field=name, n=replaced))
        if len(value) > limit:
            self.warn(Warnings.W104.format(field=name, size=len(value), limit=limit))
            value = value[:limit]
        return value or None


def _parse_date(value: str) -> date | None:
    s = value.strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        pass
    for layout in _DATE_LAYOUTS:
        try:
            return datetime.strptime(s, layout).date()
        except ValueError:
            continue
    return None


def published_date(value: Any) -> tuple[str | None, Any]:
    """(YYYY-MM-DD, None) for a usable publication date; (None, why) otherwise (None, None: absent)."""
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        return None, f"it is {_kind(value)}"
    d = _parse_date(clean(value, one_line=True)[0])
    if d is None:
        return None, "it is not a date (YYYY-MM-DD)"
    if not MIN_YEAR <= d.year <= date.today().year + MAX_YEARS_AHEAD:
        return None, f"the year {d.year} is out of range"
    return d.isoformat(), None


def _script_problem(text: str) -> str | None:
    """Why the text is not in Latin script, or None (English is written in it)."""
    letters = [ch for ch in text[:LANGUAGE_SAMPLE] if ch.isalpha()]
    if len(letters) < MIN_LETTERS_TO_JUDGE:
        return None
    latin = sum(1 for ch in letters if ch < "\u0250" or "LATIN" in unicodedata.name(ch, ""))
    if latin >= MIN_LATIN_SHARE * len(letters):
        return None
    scripts: dict[str, int] = {}
    for ch in letters:
        name = unicodedata.name(ch, "UNKNOWN").split()[0]
        scripts[name] = scripts.get(name, 0) + 1
    main = max(scripts, key=scripts.get)
    return f"the text is mostly in {main.title()} script (English only)"


def _text(f: _Fields, max_chars: int) -> str | RecordError:
    text = f.fields.get("text")
    if text is None or text == "":
        return RecordError.of(Errors.E105.format(what="record"), f.file, f.record)
    if not isinstance(text, str):
        return RecordError.of(Errors.E114.format(kind=_kind(text)), f.file, f.record)
    if len(text) > max_chars:
        return RecordError.of(Errors.E106.format(size=len(text), limit=max_chars), f.file, f.record)
    text, replaced = clean(text)
    if replaced:
        f.warn(Warnings.W103.format(field="text", n=replaced))
    if not text.strip():
        return RecordError.of(Errors.E105.format(what="record"), f.file, f.record)
    problem = _script_problem(text)
    if problem:
        return RecordError.of(Errors.E111.format(detail=problem), f.file, f.record)
    return text


def _id(f: _Fields, text: str) -> str:
    made_up = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    value = f.fields.get("id")
    if value is None or value == "":
        return made_up
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # a numeric id is an id: no warning
    if not isinstance(value, str):
        f.warn(Warnings.W105.format(kind=_kind(value), made_up=made_up))
        return made_up
    value, replaced = clean(value, one_line=True)
    if replaced:
        f.warn(Warnings.W103.format(field="id", n=replaced))
    if len(value) > MAX_ID_CHARS:
        f.warn(Warnings.W105.format(kind=f"{len(value):,} characters long", made_up=made_up))
        return made_up
    return value or made_up


def _published(f: _Fields, opts: ReadOptions) -> str | None:
    given = f.fields.get("published")
    published, why = published_date(given)
    if why is not None:
        shown = given if isinstance(given, str) else _kind(given)
        f.warn(Warnings.W106.format(value=clean(str(shown)[:80], one_line=True)[0], why=why))
    return published or published_date(opts.published)[0]


def _home(f: _Fields) -> str | None:
    home = f.text_of("home")
    if home is None:
        return None
    from ..resolve.homes import valid_home

    if not valid_home(home):
        f.warn(Warnings.W107.format(value=home[:80]))
        return None
    return home


def _language(f: _Fields) -> str:
    value = f.fields.get("language")
    if value is not None and value != "" and not isinstance(value, str):
        f.warn(Warnings.W101.format(field="language", kind=_kind(value)))
        return "en"
    return f.text_of("language", limit=64) or "en"


def admit(fields: Mapping, file: str, record: str, opts: ReadOptions | None = None) -> Gated:
    """The record's Article (or the RecordError rejecting it) and the warnings about it.

    `fields`: the record as read (`id`, `text`, `title`, `published`, `source`, `url`,
    `language`, `home`; others are ignored), values of any JSON type. `file`, `record`:
    where it came from, named in every error and warning. Never raises on any input."""
    opts = opts or ReadOptions()
    f = _Fields(fields if isinstance(fields, Mapping) else {}, file, record)
    try:
        text = _text(f, opts.max_chars)
        if isinstance(text, RecordError):
            return Gated(text, f.warnings)
        published = _published(f, opts)
        article = Article(
            id=_id(f, text), text=text, title=f.text_of("title"), published=published,
            source=f.text_of("source") or opts.source or None, url=f.text_of("url"), language=_language(f),
            home=_home(f), published_from="input" if published else None, origin_file=file, origin_record=record)
        return Gated(article, f.warnings)
    except Exception as exc:
        log.debug("gate failed on %s:%s", file, record, exc_info=True)
        return Gated(RecordError.of(Errors.E113.format(detail=f"{type(exc).__name__}: {exc}"), file, record),
                     f.warnings)


def admit_reporting(fields: Mapping, file: str, record: str, opts: ReadOptions) -> Article | RecordError:
    """`admit`, with its warnings handed to `opts.on_warning`: what the readers yield."""
    gated = admit(fields, file, record, opts)
    for w in gated.warnings:
        opts.on_warning(w)
    return gated.record
