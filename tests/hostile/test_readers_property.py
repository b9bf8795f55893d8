"""hypothesis drives the readers: any JSON value in any field, any bytes on a line, any text as a
CSV. Whatever comes in, each record gives exactly one Article or one documented RecordError, never
an exception, and every string an Article carries is clean (encodable, no control characters)."""
from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import CODES
from eventwire.ingest.gate import ReadOptions
from eventwire.ingest.readers import read_path
from eventwire.model import Article, RecordError

FIELDS = ("id", "text", "title", "published", "source", "url", "language", "home")
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
records = st.dictionaries(st.sampled_from(FIELDS), json_values | st.text(max_size=200), max_size=8)


def _read(suffix: str, data: bytes) -> list:
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / f"input{suffix}"
        p.write_bytes(data)
        return list(read_path(str(p), ReadOptions(on_warning=lambda w: None)))


def _clean_article(a: Article) -> None:
    for value in (a.id, a.text, a.title, a.source, a.url, a.language, a.home, a.published):
        if value is not None:
            assert isinstance(value, str)
            value.encode("utf-8")
            assert not CONTROL.search(value), repr(value)


def _documented(e: RecordError) -> None:
    assert e.code in CODES, e


@SETTINGS
@given(rows=st.lists(records, min_size=1, max_size=5))
def test_any_json_fields_give_one_answer_per_line(rows):
    data = "".join(json.dumps(r, ensure_ascii=True) + "\n" for r in rows).encode()
    out = _read(".jsonl", data)
    assert len(out) == len(rows)
    for rec, row in zip(out, rows):
        if isinstance(rec, Article):
            _clean_article(rec)
            assert isinstance(row.get("text"), str) and rec.text.strip()
        else:
            _documented(rec)


@SETTINGS
@given(lines=st.lists(st.binary(max_size=80), min_size=1, max_size=8))
def test_any_bytes_on_jsonl_lines_never_raise(lines):
    out = _read(".jsonl", b"\n".join(lines))
    blank = all(not x.strip() for x in b"\n".join(lines).split(b"\n"))
    assert len(out) >= (0 if blank else 1)
    for rec in out:
        assert isinstance(rec, (Article, RecordError))
        if isinstance(rec, RecordError):
            _documented(rec)


@SETTINGS
@given(text=st.text(max_size=400), suffix=st.sampled_from([".csv", ".txt", ".html"]))
def test_any_text_as_csv_txt_or_html_never_raises(text, suffix):
    for data in (text.encode("utf-8", "surrogatepass"), text.encode("cp1252", "ignore")):
        for rec in _read(suffix, data):
            if isinstance(rec, Article):
                _clean_article(rec)
            else:
                _documented(rec)
