"""The one record gate (ingest/gate.py) and the readers around it, on hostile records."""
from __future__ import annotations

import io
import json
import os
import sys

import pytest

from eventwire.errors import WARNINGS
from eventwire.ingest.gate import ReadOptions, admit, clean
from eventwire.ingest.readers import read_path
from eventwire.model import Article, RecordError

TEXT = "Government forces shelled the town of Ariha on Monday, killing three people."


def _one(fields):
    g = admit(fields, "test.jsonl", "line 1")
    return g.record, [(w.code, w.message) for w in g.warnings]


@pytest.mark.parametrize("field", ["title", "source", "url"])
def test_a_number_is_read_as_text_with_a_warning(field):
    a, warned = _one({"id": "a", field: 1, "text": TEXT})
    assert isinstance(a, Article) and getattr(a, field) == "1"
    assert [c for c, _ in warned] == ["W102"] and field in warned[0][1]


@pytest.mark.parametrize("field", ["title", "source", "url", "home", "language"])
@pytest.mark.parametrize("value", [[1, 2], {"x": 1}, True])
def test_a_list_object_or_boolean_is_dropped_with_a_warning(field, value):
    a, warned = _one({"id": "a", field: value, "text": TEXT})
    assert isinstance(a, Article)
    assert getattr(a, field) == ("en" if field == "language" else None)
    assert [c for c, _ in warned] == ["W101"] and field in warned[0][1]


def test_id_of_any_type():
    assert _one({"id": 7, "text": TEXT}) == (_one({"id": 7, "text": TEXT})[0], [])
    assert _one({"id": 7, "text": TEXT})[0].id == "7"
    a, warned = _one({"id": ["x"], "text": TEXT})
    assert len(a.id) == 12 and [c for c, _ in warned] == ["W105"]
    a, warned = _one({"id": "x" * 10_000, "text": TEXT})
    assert len(a.id) == 12 and [c for c, _ in warned] == ["W105"]


def test_lone_surrogates_and_controls_are_replaced_one_for_one():
    a, warned = _one({"id": "\ud800", "title": "T\x1b[31mitle\udfff", "source": "S\x00", "text": TEXT + "\ud83d\x07"})
    assert isinstance(a, Article)
    for value in (a.id, a.title, a.source, a.text):
        value.encode("utf-8")  # would raise on a lone surrogate
        assert not any(ord(ch) < 32 and ch not in "\n\t\r\f" for ch in value)
    assert a.text == TEXT + "\ufffd "  # same length: offsets hold
    assert sorted({c for c, _ in warned}) == ["W103"] and len(warned) == 4
    assert clean("a\nb", one_line=True) == ("a b", 1) and clean("a\nb") == ("a\nb", 0)


@pytest.mark.parametrize("text,code", [(None, "E105"), ("", "E105"), ("\x00\x01 \x02", "E105"), (5, "E114"),
                                       (["a"], "E114"), ({"a": 1}, "E114"), ("x" * 2_000_001, "E106")])
def test_only_a_record_without_usable_text_is_rejected(text, code):
    e, _ = _one({"id": "a", "text": text, "title": "fine"})
    assert isinstance(e, RecordError) and e.code == code and e.record == "line 1"


def test_non_latin_script_is_E111_whatever_the_declared_language():
    arabic = "قصفت القوات الحكومية بلدة أريحا يوم الاثنين ما أسفر عن مقتل ثلاثة أشخاص. " * 3
    e, _ = _one({"id": "a", "text": arabic, "language": "en"})
    assert isinstance(e, RecordError) and e.code == "E111" and "Arabic" in e.message
    a, _ = _one({"id": "b", "text": TEXT + " " + arabic[:30]})  # a quoted name in another script is fine
    assert isinstance(a, Article)


def test_the_gate_never_raises_on_odd_mappings():
    class Weird(dict):
        def get(self, key, default=None):
            raise RuntimeError("boom")

    e, _ = _one(Weird(text=TEXT))
    assert isinstance(e, RecordError) and e.code == "E113"
    e, _ = _one("not a mapping")
    assert isinstance(e, RecordError) and e.code == "E105"


def test_every_warning_code_is_documented(repo_root):
    docs = (repo_root / "docs" / "output.md").read_text(encoding="utf-8")
    missing = [c for c in WARNINGS if f"| {c} |" not in docs]
    assert not missing, f"warning codes not in docs/output.md: {missing}"


# ----------------------------------------------------------------------------- readers

def test_deeply_nested_json_line_is_one_error_and_the_rest_is_read(tmp_path):
    p = tmp_path / "deep.jsonl"
    good = [json.dumps({"id": f"g{i}", "text": TEXT}) for i in range(3)]
    p.write_text("\n".join([good[0], "[" * 100_000 + "]" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000,
                            good[1], good[2]]) + "\n", encoding="utf-8")
    recs = list(read_path(str(p)))
    assert [r.id if isinstance(r, Article) else (r.code, r.record) for r in recs] == [
        "g0", ("E104", "line 2"), ("E104", "line 3"), "g1", "g2"]


def test_binary_renamed_jsonl_is_one_error(tmp_path):
    p = tmp_path / "blob.jsonl"
    p.write_bytes(bytes(range(256)) * 200)
    recs = list(read_path(str(p)))
    assert [(r.code, r.record) for r in recs] == [("E102", "1")]


def test_fifo_and_device_are_named_not_read(tmp_path):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    (e1,), (e2,) = list(read_path(str(fifo))), list(read_path(str(zero)))
    assert e1.code == e2.code == "E109"
    assert "FIFO" in e1.message and "device" in e2.message


def test_broken_utf8_on_stdin_is_E103_like_a_file(monkeypatch):
    data = json.dumps({"id": "s1", "text": TEXT}).encode() + b"\n" + b'{"id": "b", "text": "caf\xe9"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    recs = list(read_path("-"))
    assert isinstance(recs[0], Article)
    assert (recs[1].code, recs[1].file, recs[1].record) == ("E103", "<stdin>", "line 2")


def test_csv_field_of_wrong_shape_is_read_as_text(tmp_path):
    p = tmp_path / "rows.csv"
    p.write_text('id,text,published,title\nr1,"' + TEXT + '",December 9,1234\nr2,,,\nr3,"' + TEXT + '",,\n',
                 encoding="utf-8")
    seen = []
    recs = list(read_path(str(p), ReadOptions(on_warning=seen.append)))
    assert [r.id if isinstance(r, Article) else (r.code, r.record) for r in recs] == ["r1", ("E105", "row 3"), "r3"]
    assert recs[0].title == "1234" and recs[0].published is None
    assert [(w.code, w.record) for w in seen] == [("W106", "row 2")]


def test_warnings_reach_the_callback_in_order(tmp_path):
    p = tmp_path / "w.jsonl"
    p.write_text("\n".join(json.dumps(x) for x in [{"id": "a", "title": 1, "text": TEXT},
                                                    {"id": "b", "published": "December 9", "text": TEXT}]) + "\n",
                 encoding="utf-8")
    seen = []
    recs = list(read_path(str(p), ReadOptions(on_warning=seen.append)))
    assert all(isinstance(r, Article) for r in recs)
    assert [(w.code, w.record) for w in seen] == [("W102", "line 1"), ("W106", "line 2")]
