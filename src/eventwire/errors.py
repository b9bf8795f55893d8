"""Error codes, in the spirit of spaCy's: every user-facing error names a code.

E1xx: reading input records. E2xx: processing a record. E3xx: configuration.
E4xx: the event store (eventwire.store). E5xx: the HTTP API (eventwire.api).
"""
from __future__ import annotations


class EventwireError(Exception):
    code = "E000"

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class PipelineConfigError(EventwireError):
    code = "E300"


class StoreError(EventwireError):
    code = "E400"


# Catalogue, so docs and messages agree.
CODES = {
    "E101": "file is empty",
    "E102": "file looks binary, not text",
    "E103": "text is not valid UTF-8",
    "E104": "malformed JSON line",
    "E105": "record has no text",
    "E106": "record is too large",
    "E107": "malformed CSV row",
    "E108": "unsupported input format",
    "E109": "file not found or unreadable",
    "E110": "invalid field value (e.g. impossible date)",
    "E111": "text is not English",
    "E112": "file could not be parsed (reader failed)",
    "E201": "processing failed for this record",
    "E301": "pipeline component missing or misconfigured",
    "E302": "spaCy English model is not installed",
    "E401": "event store is locked by another process (gave up waiting)",
    "E402": "event store schema is newer than this eventwire",
    "E403": "no event store at this path",
    "E404": "no such event in the store",
    "E405": "file is not an eventwire event store",
    "E406": "export failed",
    "E501": "bad request parameter or body (malformed cursor or JSON)",
    "E502": "missing or wrong API bearer token",
    "E503": "ingest over HTTP is disabled (no API token configured)",
    "E504": "no such event, article or route",
    "E505": "request body too large",
    "E506": "request failed validation",
    "E507": "event store unavailable (locked past the wait, or missing)",
    "E508": "internal server error",
}
