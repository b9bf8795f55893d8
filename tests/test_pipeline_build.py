"""The stage contract: paths checked when a pipeline is built, changes checked after each step."""
from __future__ import annotations

import logging

import pytest

from eventwire.errors import EventwireError, PipelineConfigError
from eventwire.model import Article, ArticleResult, RecordError
from eventwire.pipeline import DEFAULT_PIPELINE, STAGES, Pipeline, default_pipeline, process
from eventwire.stages.contract import check_order, path_type, stage
from eventwire.stages.work import Work

ART = Article(id="x9", text="Rebels attacked a checkpoint.", origin_file="f.jsonl", origin_record="line 4")


def test_default_pipeline_builds_in_order():
    p = Pipeline(DEFAULT_PIPELINE)
    assert p.names == DEFAULT_PIPELINE
    assert default_pipeline() is default_pipeline()
    assert "result" in {w for s in p.stages for w in s.writes}


def test_every_declared_path_is_a_real_typed_attribute():
    for s in STAGES.values():
        for p in s.reads + s.writes:
            path_type(p)  # raises on a path that names no attribute
    assert path_type("drafts.event.killed") is not None


def test_path_that_names_no_field_is_E303():
    bogus = stage("_bogus", writes=("drafts.event.toll",))(lambda w, r: None)
    with pytest.raises(PipelineConfigError) as exc:
        Pipeline([bogus])
    assert exc.value.code == "E303" and "toll" in str(exc.value) and "Event" in str(exc.value)


def test_unknown_stage_is_E301():
    with pytest.raises(PipelineConfigError) as exc:
        Pipeline(["language_guard", "no_such_stage"])
    assert exc.value.code == "E301" and "no_such_stage" in str(exc.value) and "[E301]" in str(exc.value)


def test_read_before_any_writer_is_E301():
    with pytest.raises(PipelineConfigError) as exc:
        Pipeline(["language_guard", "events"])  # events reads the parse, which nothing wrote
    assert exc.value.code == "E301" and "'events'" in str(exc.value)


def test_reader_cannot_run_before_a_later_rewriter():
    # acled reads the event type that refine rewrites: the order refine → acled is enforced
    names = list(DEFAULT_PIPELINE)
    i, j = names.index("refine"), names.index("acled")
    names[i], names[j] = names[j], names[i]
    with pytest.raises(PipelineConfigError) as exc:
        Pipeline(names)
    assert "acled" in str(exc.value) and "refine" in str(exc.value)


def test_provisional_read_must_be_declared_as_a_read():
    odd = stage("_odd", reads=("article.text",), provisional=("article.title",))(lambda w, r: None)
    with pytest.raises(PipelineConfigError):
        check_order([odd])


def test_custom_stages_run_in_order():
    calls = []

    @stage("_mark", reads=("article.id",), writes=("text",))
    def mark(w: Work, res) -> None:
        calls.append(("mark", w.article.id))
        w.text = "marked"

    @stage("_result", reads=("text",), writes=("result",))
    def result(w: Work, res) -> None:
        calls.append(("result", w.text))
        w.result = ArticleResult(article=w.article)

    out = process(ART, Pipeline([mark, result], resources=object()))
    assert isinstance(out, ArticleResult)
    assert calls == [("mark", "x9"), ("result", "marked")]
    with pytest.raises(PipelineConfigError):
        Pipeline([result])


def test_strict_mode_catches_an_undeclared_write():
    @stage("_sneaky", writes=("text",))
    def sneaky(w: Work, res) -> None:
        w.text = "x"
        w.dateline_end = 3  # not declared

    out = process(ART, Pipeline([sneaky], resources=object(), strict=True))
    assert isinstance(out, RecordError) and out.code == "E301" and "dateline_end" in out.message
    # without strict mode the same stage runs (the check is the tests' safety net)
    assert not isinstance(process(ART, Pipeline([sneaky], resources=object())), RecordError)


def test_strict_mode_sees_writes_inside_the_article():
    @stage("_pub", writes=("text",))
    def pub(w: Work, res) -> None:
        w.article.published = "2020-01-01"

    out = process(Article(id="p", text="x"), Pipeline([pub], resources=object(), strict=True))
    assert isinstance(out, RecordError) and "article.published" in out.message


def test_default_pipeline_keeps_its_declarations(sample_outputs):
    # the suite runs with EVENTWIRE_STRICT_STAGES=1: every sample went through the checks
    assert default_pipeline().strict
    assert sample_outputs and not any(isinstance(r, RecordError) for _, r in sample_outputs)


def test_stage_failure_becomes_record_error():
    @stage("_boom", writes=("result",))
    def boom(w, res):
        raise ValueError("kaboom")

    @stage("_coded", writes=("result",))
    def coded(w, res):
        raise EventwireError("bad value", code="E110")

    out = process(ART, Pipeline([boom], resources=object()))
    assert isinstance(out, RecordError) and out.code == "E201" and "kaboom" in out.message
    assert out.file == "f.jsonl" and "line 4" in out.record and "x9" in out.record
    out2 = process(ART, Pipeline([coded], resources=object()))
    assert isinstance(out2, RecordError) and out2.code == "E110" and out2.message == "bad value"


def test_failed_batch_step_is_logged_and_retried_one_by_one(caplog):
    def batch(works, res):
        raise RuntimeError("batch broke")

    def one(w, res):
        if w.article.id == "bad":
            raise ValueError("this one")
        w.result = ArticleResult(article=w.article)

    s = stage("_batchy", writes=("result",), batch_fn=batch)(one)
    arts = [Article(id="ok1", text="a"), Article(id="bad", text="b"), Article(id="ok2", text="c")]
    with caplog.at_level(logging.WARNING, logger="eventwire.pipeline"):
        out = Pipeline([s], resources=object()).run_batch(arts)
    assert [type(o).__name__ for o in out] == ["ArticleResult", "RecordError", "ArticleResult"]
    assert "this one" in out[1].message
    assert any("_batchy" in r.getMessage() and "batch broke" in r.getMessage() for r in caplog.records)
