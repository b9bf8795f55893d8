"""Output contract: JSON schema and evidence offsets on the sample corpus."""
from __future__ import annotations

import json
from importlib import resources

import pytest
from jsonschema import Draft202012Validator

from eventwire.model import ArticleResult, RecordError

SPAN_LIST_FIELDS = ("actors", "targets", "instruments", "reported_by")
SPAN_ONE_FIELDS = ("trigger", "location", "killed", "injured")


@pytest.fixture(scope="session")
def schema(repo_root) -> dict:
    path = repo_root / "src" / "eventwire" / "data" / "output.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def validator(schema) -> Draft202012Validator:
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def iter_spans(out: dict):
    """(label, span dict) for every piece of evidence in one output object."""
    for i, ev in enumerate(out["events"]):
        for f in SPAN_ONE_FIELDS:
            if ev.get(f) is not None:
                yield f"events[{i}].{f}", ev[f]
        for f in SPAN_LIST_FIELDS:
            for j, s in enumerate(ev[f]):
                yield f"events[{i}].{f}[{j}]", s
        yield f"events[{i}].sentence", ev["sentence"]
    for i, q in enumerate(out["quotes"]):
        yield f"quotes[{i}]", q
        if q.get("speaker") is not None:
            yield f"quotes[{i}].speaker", q["speaker"]
    for i, s in enumerate(out["cited_sources"]):
        yield f"cited_sources[{i}]", s
    for i, p in enumerate(out["places"]):
        yield f"places[{i}]", p


def span_problems(out: dict) -> list[str]:
    text = out["text"]
    bad = []
    for label, s in iter_spans(out):
        if not (0 <= s["start"] <= s["end"] <= len(text)):
            bad.append(f"{out['id']} {label}: offsets {s['start']}..{s['end']} outside text of {len(text)}")
        elif "text" in s and text[s["start"]:s["end"]] != s["text"]:
            bad.append(f"{out['id']} {label}: {text[s['start']:s['end']]!r} != {s['text']!r}")
    return bad


def test_package_ships_the_schema(schema):
    shipped = json.loads(resources.files("eventwire").joinpath("data/output.schema.json").read_text("utf-8"))
    assert shipped == schema


def test_every_sample_article_processes(sample_outputs, corpus_records):
    assert len(sample_outputs) == len(corpus_records) == 30
    errors = [str(res) for _, res in sample_outputs if isinstance(res, RecordError)]
    assert errors == []
    for art, res in sample_outputs:
        assert isinstance(res, ArticleResult)
        assert res.article.id == art.id


def test_sample_outputs_validate(sample_results, validator):
    problems = []
    for out in sample_results:
        for err in validator.iter_errors(out):
            problems.append(f"{out['id']} {'/'.join(map(str, err.absolute_path))}: {err.message}")
    assert problems == []


def test_canonical_output_validates(canonical_result, validator):
    assert isinstance(canonical_result, ArticleResult), canonical_result
    out = canonical_result.to_dict()
    assert [e.message for e in validator.iter_errors(out)] == []
    assert span_problems(out) == []


def test_outputs_are_json_round_trippable(sample_results):
    for out in sample_results:
        assert json.loads(json.dumps(out, ensure_ascii=False)) == out


def test_sample_metadata_carried_through(sample_results, corpus_records):
    by_id = {r["id"]: r for r in corpus_records}
    for out in sample_results:
        rec = by_id[out["id"]]
        assert out["text"] == rec["text"]
        for key in ("title", "published", "source", "url"):
            assert out[key] == rec[key], (out["id"], key)


def test_every_span_matches_the_text(sample_results):
    problems = [p for out in sample_results for p in span_problems(out)]
    assert problems == []


def test_sentence_spans_contain_their_trigger_and_evidence(sample_results):
    bad = []
    for out in sample_results:
        for ev in out["events"]:
            s, t = ev["sentence"], ev["trigger"]
            if not (s["start"] <= t["start"] and t["end"] <= s["end"]):
                bad.append(f"{ev['id']}: trigger {t['text']!r} outside its sentence")
    assert bad == []


def test_event_ids_unique(sample_results):
    ids = [ev["id"] for out in sample_results for ev in out["events"]]
    assert len(ids) == len(set(ids))
    for out in sample_results:
        for n, ev in enumerate(out["events"], 1):
            assert ev["id"] == f"{out['id']}#e{n}"


def test_main_event_indexes_a_real_event(sample_results):
    for out in sample_results:
        if out["events"]:
            assert isinstance(out["main_event"], int)
            assert 0 <= out["main_event"] < len(out["events"]), out["id"]
        else:
            assert out["main_event"] is None, out["id"]


def test_samples_yield_events(sample_results):
    # every sample report describes at least one event
    empty = [out["id"] for out in sample_results if not out["events"]]
    assert empty == []


def test_event_dates_are_not_after_publication(sample_results):
    # a report cannot describe an event that already happened after it was published
    bad = []
    for out in sample_results:
        for ev in out["events"]:
            if ev["date"] and out["published"] and ev["factuality"] == "asserted" and ev["date"] > out["published"]:
                bad.append(f"{ev['id']}: {ev['date']} > published {out['published']} ({ev['trigger']['text']!r})")
    assert bad == []


def test_confidence_in_range(sample_results):
    for out in sample_results:
        for ev in out["events"]:
            assert 0 <= ev["confidence"] <= 1
