"""Pipeline composition: components are checked when the pipeline is built."""
from __future__ import annotations

import pytest

from eventwire.errors import CODES, EventwireError, PipelineConfigError
from eventwire.model import Article, ArticleResult, RecordError
from eventwire.pipeline import DEFAULT_PIPELINE, REGISTRY, Pipeline, component, default_pipeline, process


def test_default_pipeline_builds():
    p = Pipeline(DEFAULT_PIPELINE)
    assert [c.name for c in p.components] == DEFAULT_PIPELINE
    assert default_pipeline() is default_pipeline()


def test_unknown_component_is_E301():
    with pytest.raises(PipelineConfigError) as exc:
        Pipeline(["language_guard", "no_such_component"])
    assert exc.value.code == "E301"
    assert "no_such_component" in str(exc.value)
    assert "[E301]" in str(exc.value)


def test_missing_requirement_is_E301():
    # "events" needs a parsed doc and entities, which nothing before it provides
    with pytest.raises(PipelineConfigError) as exc:
        Pipeline(["language_guard", "events"])
    assert exc.value.code == "E301"
    assert "events" in str(exc.value)


def test_requirement_must_come_earlier_not_later():
    with pytest.raises(PipelineConfigError) as exc:
        Pipeline(["entities", "parse"])
    assert exc.value.code == "E301"


def test_every_default_requirement_is_provided_earlier():
    have = {"article"}
    for name in DEFAULT_PIPELINE:
        c = REGISTRY[name]
        assert set(c.requires) <= have, name
        have |= set(c.provides)
    assert "result" in have


def test_custom_component_runs_in_order():
    calls = []

    @component("_test_mark", provides=("marked",))
    def _mark(w):
        calls.append(("mark", w.article.id))

    @component("_test_result", requires=("marked",), provides=("result",))
    def _result(w):
        calls.append(("result", w.article.id))
        w.result = ArticleResult(article=w.article)

    try:
        p = Pipeline(["_test_mark", "_test_result"])
        out = process(Article(id="a1", text="Rebels attacked a checkpoint."), p)
        assert isinstance(out, ArticleResult)
        assert calls == [("mark", "a1"), ("result", "a1")]
        with pytest.raises(PipelineConfigError):
            Pipeline(["_test_result"])
    finally:
        REGISTRY.pop("_test_mark", None)
        REGISTRY.pop("_test_result", None)


def test_component_failure_becomes_record_error():
    @component("_test_boom", provides=("result",))
    def _boom(w):
        raise ValueError("kaboom")

    @component("_test_coded", provides=("result",))
    def _coded(w):
        raise EventwireError("bad value", code="E110")

    try:
        art = Article(id="x9", text="Rebels attacked a checkpoint.", origin_file="f.jsonl", origin_record="line 4")
        out = process(art, Pipeline(["_test_boom"]))
        assert isinstance(out, RecordError)
        assert out.code == "E201" and "kaboom" in out.message
        assert out.file == "f.jsonl" and "line 4" in out.record and "x9" in out.record
        out2 = process(art, Pipeline(["_test_coded"]))
        assert isinstance(out2, RecordError) and out2.code == "E110" and out2.message == "bad value"
    finally:
        REGISTRY.pop("_test_boom", None)
        REGISTRY.pop("_test_coded", None)


def test_error_codes_catalogued():
    for code in ("E101", "E102", "E103", "E104", "E105", "E106", "E108", "E109", "E110", "E111", "E201", "E301"):
        assert code in CODES
