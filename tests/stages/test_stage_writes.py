"""Every path each stage of DEFAULT_PIPELINE declares in `writes` is changed by that
stage in at least one of the stage tests of this folder (recorded by `run_stage` in
conftest.py, with `contract.snapshot` before and after): a declared write that no test
exercises is either untested or no longer written."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.pipeline import DEFAULT_PIPELINE, STAGES

# one test module per module of eventwire.stages that declares stages: test_intake_stages.py, ...
STAGE_TEST_MODULES = {f"test_{STAGES[n].fn.__module__.rsplit('.', 1)[-1]}_stages.py" for n in DEFAULT_PIPELINE}


def _covers(write: str, path: str) -> bool:
    return path == write or path.startswith(write + ".")


def test_every_declared_write_is_exercised(request, stage_log):
    changed, collected = stage_log
    ran = {it.nodeid for it in request.session.items}
    stage_tests = {n for n in collected if Path(n.split("::")[0]).name in STAGE_TEST_MODULES}
    modules = {Path(n.split("::")[0]).name for n in stage_tests}
    if modules != STAGE_TEST_MODULES or not stage_tests <= ran:
        pytest.skip("needs every stage test of tests/stages/ in the run (run the whole folder)")
    missing = [f"{name}: {w}" for name in DEFAULT_PIPELINE for w in STAGES[name].writes
               if not any(_covers(w, p) for p in changed[name])]
    assert not missing, f"declared writes no stage test saw change: {missing}"
