"""Evaluation gate: accuracy on the dev sets in ../shared must stay above the floors.

Like trafilatura's evaluation in CI, this runs the full dev sets (not a sample);
it is skipped, with a message, only where ../shared is absent (a user's fresh clone).
"""
from __future__ import annotations

from pathlib import Path

import pytest

import eventwire.eval as ev
from eventwire.eval import CEILINGS, FILES, FLOORS, SETS, score

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def eval_results(require_shared, warm) -> dict:
    out = {}
    for name in SETS:
        path = require_shared / FILES[name]
        if path.exists():
            out[name] = score(name, path, processes=2)
    return out


@pytest.mark.parametrize("name,metric", sorted(FLOORS))
def test_floor(eval_results, require_shared, name, metric):
    if name not in eval_results:
        pytest.skip(f"{require_shared / FILES[name]} not present")
    res = eval_results[name]
    assert res["n"] > 0
    value = res["metrics"][metric]
    floor = FLOORS[(name, metric)]
    assert value >= floor, f"{name} {metric} = {value:.3f} is below the floor {floor:.2f} (n={res['n']})"


@pytest.mark.parametrize("name,metric", sorted(CEILINGS))
def test_ceiling(eval_results, require_shared, name, metric):
    if name not in eval_results:
        pytest.skip(f"{require_shared / FILES[name]} not present")
    value = eval_results[name]["metrics"][metric]
    ceiling = CEILINGS[(name, metric)]
    assert value <= ceiling, f"{name} {metric} = {value:.3f} is above the ceiling {ceiling:.2f}"


def test_results_are_well_formed(eval_results):
    for name, res in eval_results.items():
        assert set(res) >= {"n", "metrics"}
        for metric, value in res["metrics"].items():
            if metric.endswith("_km") or "_per_article" in metric:  # a distance or a count, not a fraction
                assert value >= 0.0, (name, metric, value)
            else:
                assert 0.0 <= value <= 1.0, (name, metric, value)


def test_every_floor_names_a_set_and_metric_that_exist(eval_results):
    for name, metric in {**FLOORS, **CEILINGS}:
        assert name in SETS
        if name in eval_results:
            assert metric in eval_results[name]["metrics"]


def test_markdown_table(eval_results):
    table = ev.markdown_table(eval_results)
    for name in eval_results:
        assert f"| {name} |" in table


# ----------------------------------------------------------------------------- locating ../shared

def test_shared_dir_env_override(tmp_path, monkeypatch):
    (tmp_path / "datasets").mkdir()
    monkeypatch.setenv("EVENTWIRE_SHARED", str(tmp_path))
    assert ev.shared_dir() == tmp_path


def test_shared_dir_env_pointing_to_empty_folder_means_no_data(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_SHARED", str(tmp_path))
    assert ev.shared_dir() is None
    assert all(ev.dataset_path(n) is None for n in SETS)


def test_shared_dir_found_beside_the_project_from_any_cwd(tmp_path, monkeypatch):
    beside = REPO.parent / "shared"
    if not (beside / "datasets").is_dir():
        pytest.skip(f"{beside} is not present")
    monkeypatch.delenv("EVENTWIRE_SHARED", raising=False)
    monkeypatch.chdir(tmp_path)
    found = ev.shared_dir()
    assert found is not None and found.resolve() == beside.resolve()
