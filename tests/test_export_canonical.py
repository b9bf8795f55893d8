"""End-to-end: the real extractor's output, one-mention fused events, exported as GDELT/ACLED/PLOVER.

(a) samples/canonical_fictional.txt: the US strike on Deir ez-Zor.
(b) the real seed report in ../shared/seed (skipped where absent): the Russian strike on Raqqa.
"""
from __future__ import annotations

import csv
import json
import math

import pytest

from eventwire.export import FORMATS, fused_from_result, gdelt, write
from eventwire.export.single import articles_from_result
from eventwire.model import ArticleResult

DEIR_EZ_ZOR = (35.336, 40.141)
RAQQA = (35.953, 39.008)  # the city; a governorate-level match sits within ~25 km of it


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def gdelt_rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, fieldnames=gdelt.COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE))


def export_all(result: dict, out) -> dict[str, object]:
    fused = fused_from_result(result)
    assert len(fused) == len(result["events"]) and all(len(fe.mentions) == 1 for fe in fused)
    return {fmt: write(fmt, fused, out, articles=articles_from_result(result))[0] for fmt in FORMATS}


def strike_row(rows: list[dict], country: str) -> dict:
    hits = [r for r in rows if r["Actor1CountryCode"] == country and r["EventRootCode"] in ("18", "19")
            and r["ActionGeo_CountryCode"] == "SY"]
    assert len(hits) == 1, [(r["Actor1Name"], r["EventCode"], r["ActionGeo_FullName"]) for r in rows]
    return hits[0]


def check_strike(r: dict, country: str, near: tuple[float, float], within_km: float, adm1: str, day: str):
    assert r["Actor1CountryCode"] == country and r["Actor1Code"].startswith(country)
    assert r["Actor2Name"] == "Islamic State"
    assert r["EventRootCode"] in ("18", "19") and r["QuadClass"] == "4" and float(r["GoldsteinScale"]) <= -9
    assert r["ActionGeo_CountryCode"] == "SY" and r["ActionGeo_ADM1Code"] == adm1
    assert km((float(r["ActionGeo_Lat"]), float(r["ActionGeo_Long"])), near) < within_km
    assert r["SQLDATE"] == day.replace("-", "")
    assert (r["NumMentions"], r["NumSources"], r["NumArticles"]) == ("1", "1", "1")


# ----------------------------------------------------------------------------- (a) fictional canonical

@pytest.fixture(scope="module")
def canon_files(canonical_result, tmp_path_factory):
    assert isinstance(canonical_result, ArticleResult), canonical_result
    return export_all(canonical_result.to_dict(), tmp_path_factory.mktemp("canon"))


def test_canonical_gdelt_us_strike(canon_files):
    rows = gdelt_rows(canon_files["gdelt"])
    assert rows and all(len(r) == 61 for r in rows)
    r = strike_row(rows, "USA")
    check_strike(r, "USA", DEIR_EZ_ZOR, 10, "SY07", "2024-04-21")
    assert r["ActionGeo_FullName"].endswith(", Syria")
    # planned strikes ("would double the number of its strikes") are not GDELT events
    assert not [x for x in rows if x["EventRootCode"] in ("18", "19") and x["ActionGeo_FullName"] == "Europe"]


def test_canonical_acled_and_plover(canon_files):
    with open(canon_files["acled"], encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    us = [r for r in rows if r["actor1"] == "Military Forces of the United States" and r["location"] == "Deir ez-Zor"]
    assert len(us) == 1, rows
    assert us[0]["sub_event_type"] == "Air/drone strike" and us[0]["country"] == "Syria"
    assert us[0]["inter1"] == "8" and us[0]["inter2"] == "2"  # US forces abroad vs a rebel group
    assert us[0]["notes"].startswith("On 21 April 2024 in Deir ez-Zor, Syria: ")
    recs = [json.loads(x) for x in canon_files["plover"].read_text(encoding="utf-8").splitlines()]
    nl = [r for r in recs if r["event"] == ["ASSAULT"] and any(a["code"] == "NLD" for a in r["actor"])
          and (r["event_loc"] or {}).get("resolved_place") == "Deir ez-Zor"]
    assert len(nl) == 1 and nl[0]["cameo"].startswith("19") and nl[0]["date"] == "2024-04-21"


# ----------------------------------------------------------------------------- (b) real seed

@pytest.fixture(scope="module")
def seed_files(seed_result, tmp_path_factory):
    return export_all(seed_result.to_dict(), tmp_path_factory.mktemp("seed"))


def test_seed_gdelt_russian_strike_on_raqqa(seed_files):
    r = strike_row(gdelt_rows(seed_files["gdelt"]), "RUS")
    check_strike(r, "RUS", RAQQA, 30, "SY04", "2015-11-17")
    assert r["Actor1Name"] == "Russia"
