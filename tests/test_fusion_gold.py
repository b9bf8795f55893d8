"""Structure of the hand-labelled fusion gold (benchmarks/data/fakes_incidents.json)."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "fakes_incidents.json"


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def test_top_level(gold):
    assert isinstance(gold["description"], str) and gold["description"]
    assert len(gold["incidents"]) >= 12
    assert gold["n_incidents"] == len(gold["incidents"])
    assert gold["n_articles"] == sum(len(i["unit_ids"]) for i in gold["incidents"])


def test_incident_fields(gold):
    ids = [i["id"] for i in gold["incidents"]]
    assert len(ids) == len(set(ids))
    for inc in gold["incidents"]:
        assert re.fullmatch(r"I\d{2,}", inc["id"])
        assert inc["description"].strip()
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", inc["date"])
        assert inc["governorate"].strip()
        assert all(isinstance(u, str) and u.isdigit() for u in inc["unit_ids"])
        assert isinstance(inc["notes"], str)


def test_each_incident_has_two_articles(gold):
    for inc in gold["incidents"]:
        assert len(set(inc["unit_ids"])) >= 2, inc["id"]
        assert len(set(inc["unit_ids"])) == len(inc["unit_ids"]), inc["id"]


def test_no_article_in_two_incidents(gold):
    seen: dict[str, str] = {}
    for inc in gold["incidents"]:
        for u in inc["unit_ids"]:
            assert u not in seen, f"{u} in {seen.get(u)} and {inc['id']}"
            seen[u] = inc["id"]


def test_tolls_belong_to_members_and_flag_matches(gold):
    for inc in gold["incidents"]:
        assert set(inc["tolls"]) <= set(inc["unit_ids"]), inc["id"]
        assert all(isinstance(v, int) and v >= 0 for v in inc["tolls"].values()), inc["id"]
        assert inc["tolls_disagree"] == (len(set(inc["tolls"].values())) > 1), inc["id"]


def test_ids_exist_in_fakes_dev(gold):
    from eventwire.eval import dataset_path

    path = dataset_path("fakes")
    if path is None:
        pytest.skip("FA-KES dev (datasets/fakes/fakes_dev.csv) not found under ../shared "
                    "(set EVENTWIRE_SHARED); only the gold file's own structure was checked")
    with open(path, newline="", encoding="utf-8") as fh:
        rows = {r["unit_id"]: r for r in csv.DictReader(fh)}
    missing = [u for inc in gold["incidents"] for u in inc["unit_ids"] if u not in rows]
    assert not missing, missing
    for inc in gold["incidents"]:
        assert set(inc.get("outlets", [])) <= {rows[u]["source"] for u in inc["unit_ids"]}, inc["id"]
