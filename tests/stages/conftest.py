"""Fixtures for the unit tests of each stage of `DEFAULT_PIPELINE`.

A stage test brings a work record for a short hand-written (fictional) article up to
the stage under test with the stages before it (`prepare`), runs the stage
(`run_stage`) and asserts on what it wrote. `run_stage` checks, as the strict pipeline
does, that the stage changed nothing it does not declare, and notes which paths it did
change: `test_stage_writes.py` checks that every declared write was exercised.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from eventwire.model import Article
from eventwire.pipeline import DEFAULT_PIPELINE, STAGES, Pipeline
from eventwire.stages.contract import snapshot, undeclared_changes
from eventwire.stages.resources import Resources
from eventwire.stages.work import Work

HERE = Path(__file__).resolve().parent

# stage name → the snapshot paths (`contract.snapshot`) it changed when run as the stage under test
CHANGED: dict[str, set[str]] = defaultdict(set)
# node ids of the tests collected in this folder before any -k/-m/--deselect selection
COLLECTED: set[str] = set()

WRITES_TEST = "test_stage_writes.py"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Note what this folder collected, and run the check of declared writes after every
    other test of the session (it reads what the stage tests recorded)."""
    mine = [it for it in items if it.path.parent == HERE]
    COLLECTED.update(it.nodeid for it in mine)
    last = [it for it in mine if it.path.name == WRITES_TEST]
    if last:
        items[:] = [it for it in items if it not in last] + last


@pytest.fixture(scope="session")
def stage_log() -> tuple[dict[str, set[str]], set[str]]:
    """(what each stage under test changed so far, the node ids this folder collected)."""
    return CHANGED, COLLECTED


@pytest.fixture(scope="module")
def resources() -> Resources:
    """The model, gazetteer and actor resolver, loaded once per module."""
    return Resources.load()


def _step(stage, work: Work, res: Resources) -> set[str]:
    """Run one stage as `Pipeline._step` does (`s.fn(work, resources)`); fail on an
    undeclared change; return the snapshot paths that changed."""
    before = snapshot(work)
    stage.fn(work, res)
    after = snapshot(work)
    bad = undeclared_changes(stage, before, after)
    assert not bad, f"stage {stage.name} changed {bad}, which it does not declare"
    return {p for p in after if before.get(p) != after[p]}


@pytest.fixture(scope="module")
def prepare(resources):
    """prepare(stage_name, text, **article_fields) → the Work for article "a1" after every
    stage of DEFAULT_PIPELINE before `stage_name` (the prefix is checked as a pipeline)."""

    def prepare(stage_name: str, text: str, **fields) -> Work:
        k = DEFAULT_PIPELINE.index(stage_name)
        pipeline = Pipeline(DEFAULT_PIPELINE[:k + 1], resources=resources, strict=True)
        work = Work(article=Article(id=fields.pop("id", "a1"), text=text, **fields))
        for s in pipeline.stages[:k]:
            _step(s, work, resources)
        return work

    return prepare


@pytest.fixture(scope="module")
def run_stage(resources):
    """run_stage(stage_name, work) → the snapshot paths the stage changed (recorded in CHANGED)."""

    def run_stage(stage_name: str, work: Work) -> set[str]:
        changed = _step(STAGES[stage_name], work, resources)
        CHANGED[stage_name] |= changed
        return changed

    return run_stage
