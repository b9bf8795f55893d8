"""Geoparsing evaluation (eventwire.eval.geo): parsers, distances, AUC, span matching, and a
quick end-to-end run on the first 20 LGL articles where ../shared is present."""
from __future__ import annotations

import math

import pytest

from eventwire.eval.geo import (
    GOVERNORATE_BY_CODE,
    MAX_ERROR_KM,
    GeoArticle,
    GoldToponym,
    align,
    error_auc,
    gold_country,
    governorate,
    haversine_km,
    match_spans,
    parse_gwn,
    parse_lgl,
)
from eventwire.model import RecordError

LGL_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="101">
    <title>Fire in Alexandria</title>
    <text><![CDATA[Alexandria fire. Crews from Rapides Parish went to Memphis St. in Alexandria.]]></text>
    <toponyms count="4">
      <toponym>
        <start>0</start><end>10</end><phrase>Alexandria</phrase>
        <gaztag geonameid="4314550">
          <name>Alexandria</name><fclass>P</fclass><fcode>PPL</fcode>
          <lat>31.3113</lat><lon>-92.4451</lon>
          <country geonameid="6252001">United States</country>
          <admin1 geonameid="4331987">Louisiana</admin1>
        </gaztag>
      </toponym>
      <toponym>
        <start>28</start><end>42</end><phrase>Rapides Parish</phrase>
        <gaztag geonameid="4338356">
          <name>Rapides Parish</name><fclass>A</fclass><fcode>ADM2</fcode>
          <lat>31.1669</lat><lon>-92.4835</lon>
          <country geonameid="6252001">United States</country>
        </gaztag>
      </toponym>
      <toponym>
        <start>51</start><end>62</end><phrase>Memphis St.</phrase>
      </toponym>
      <toponym>
        <start>66</start><end>76</end><phrase>Alexandria</phrase>
        <gaztag geonameid="4314550">
          <name>Alexandria</name><fcode>PPL</fcode><lat>31.3113</lat><lon>-92.4451</lon>
          <country geonameid="6252001">United States</country>
        </gaztag>
      </toponym>
    </toponyms>
  </article>
  <article docid="102">
    <text><![CDATA[Troops left Africa.]]></text>
    <toponyms count="2">
      <toponym>
        <start>12</start><end>18</end><phrase>Africa</phrase>
        <gaztag geonameid="6255146"><name>Africa</name><fcode>CONT</fcode><lat>7.1881</lat><lon>21.0938</lon>
        </gaztag>
      </toponym>
      <toponym>
        <start>0</start><end>3</end><phrase>XYZ</phrase>
        <gaztag geonameid="1"><lat>1</lat><lon>1</lon></gaztag>
      </toponym>
    </toponyms>
  </article>
</articles>
"""

GWN_XML = """<?xml version="1.0" ?>
<articles>
  <article file="7">
    <title>t</title>
    <link>http://example.org</link>
    <text>Moscow said the lot near Baker Street in Paris was sold to American citizens.</text>
    <toponyms>
      <toponym>
        <extractedName>Moscow</extractedName><normalisedName/><type>Metonymic</type>
        <modifierType/><nonLocational>No</nonLocational>
        <start>0</start><end>6</end>
        <geonamesID>524901</geonamesID><latitude>55.75222</latitude><longitude>37.61556</longitude>
      </toponym>
      <toponym>
        <extractedName>lot</extractedName><normalisedName/><type>Literal_Expression</type>
        <modifierType/><nonLocational>No</nonLocational><start>16</start><end>19</end>
      </toponym>
      <toponym>
        <extractedName>Baker Street</extractedName><normalisedName/><type>Literal</type>
        <modifierType/><nonLocational>No</nonLocational><start>25</start><end>37</end>
      </toponym>
      <toponym>
        <extractedName>Paris</extractedName><normalisedName/><type>Literal</type>
        <modifierType/><nonLocational>No</nonLocational><start>41</start><end>46</end>
        <geonamesID/><latitude>48.85341</latitude><longitude>2.3488</longitude>
      </toponym>
      <toponym>
        <extractedName>American</extractedName><normalisedName/><type>Non_Literal_Modifier</type>
        <modifierType/><nonLocational>No</nonLocational><start>-139</start><end>-131</end>
        <geonamesID>6252001</geonamesID><latitude>39.76</latitude><longitude>-98.5</longitude>
      </toponym>
      <toponym>
        <extractedName>citizens</extractedName><normalisedName/><type>Non_Lit_Expression</type>
        <modifierType/><nonLocational>Yes</nonLocational><start>68</start><end>76</end>
      </toponym>
    </toponyms>
  </article>
</articles>
"""


# ---------------------------------------------------------------- parsers

def test_parse_lgl_gold_and_unresolved_spans():
    arts = parse_lgl(LGL_XML)
    assert [a.id for a in arts] == ["101", "102"]
    a = arts[0]
    assert [(t.start, t.end, t.text) for t in a.toponyms] == [
        (0, 10, "Alexandria"), (28, 42, "Rapides Parish"), (66, 76, "Alexandria")]
    for t in a.toponyms:
        assert a.text[t.start:t.end] == t.text
    first = a.toponyms[0]
    assert first.geonameid == 4314550 and first.country == "USA" and first.kind == "PPL"
    assert first.lat == pytest.approx(31.3113) and first.lon == pytest.approx(-92.4451)
    assert a.unresolved == [(51, 62)]  # no gaztag: not gold, not a false positive either
    b = arts[1]
    # a span whose offsets do not give its phrase is dropped; a continent has no country
    assert [t.text for t in b.toponyms] == ["Africa"]
    assert b.toponyms[0].country is None and gold_country(b.toponyms[0]) is None


def test_parse_lgl_accepts_bytes():
    assert parse_lgl(LGL_XML.encode("utf-8"))[0].toponyms[1].geonameid == 4338356


def test_parse_gwn_keeps_only_spans_with_coordinates():
    (a,) = parse_gwn(GWN_XML)
    assert a.id == "7"
    assert [(t.text, t.geonameid, t.kind) for t in a.toponyms] == [
        ("Moscow", 524901, "Metonymic"), ("Paris", None, "Literal")]
    assert a.toponyms[0].lat == pytest.approx(55.75222)
    assert a.unresolved == [(25, 37)]  # a Literal without coordinates
    # expressions and the negative-offset span are neither gold nor unresolved spans
    assert (16, 19) not in a.unresolved and (68, 76) not in a.unresolved


def test_gwn_gold_country_from_id_and_from_nearest_town():
    (a,) = parse_gwn(GWN_XML)
    moscow, paris = a.toponyms
    assert gold_country(moscow) == "RUS"  # by GeoNames id
    assert gold_country(paris) == "FRA"  # no id: the nearest cities500 town
    sea = GoldToponym(start=0, end=3, text="Sea", lat=-30.0, lon=-140.0)  # mid-Pacific
    assert gold_country(sea) is None


# ---------------------------------------------------------------- metrics

def test_haversine():
    assert haversine_km(10, 20, 10, 20) == 0.0
    # one degree of latitude is about 111.2 km
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.195, abs=0.01)
    # London - Paris, about 344 km
    assert haversine_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343.5, abs=1.0)
    # antipodes: half the circumference
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088, rel=1e-9)
    assert haversine_km(1, 2, 3, 4) == pytest.approx(haversine_km(3, 4, 1, 2))


def test_auc_known_lists():
    assert error_auc([0, 0, 0]) == 0.0
    assert error_auc([MAX_ERROR_KM] * 4) == pytest.approx(1.0)
    assert error_auc([1e9, 1e9]) == pytest.approx(1.0)  # capped at the maximum error
    assert error_auc([]) == 0.0
    # two points: the trapezoid is the mean of the two normalised logs
    cap = math.log(20039)
    assert error_auc([0, 100]) == pytest.approx(math.log(101) / 2 / cap)
    # three points, order does not matter: sorted (0, 10, 1000)
    y = [0.0, math.log(11), math.log(1001)]
    expected = ((y[0] + y[1]) / 2 + (y[1] + y[2]) / 2) / (2 * cap)
    assert error_auc([1000, 0, 10]) == pytest.approx(expected)
    assert error_auc([160]) == pytest.approx(math.log(161) / cap)
    # lower errors, lower AUC
    assert error_auc([5, 50, 500]) < error_auc([50, 500, 5000])


def test_match_spans_overlap_one_to_one():
    gold = [(0, 10), (20, 34), (40, 45)]
    pred = [(0, 10), (16, 24), (24, 34), (50, 55)]
    assert match_spans(gold, pred) == {0: 0, 1: 2}  # (24,34) overlaps gold 1 more than (16,24)
    assert match_spans([(0, 5)], [(5, 9)]) == {}  # touching is not overlapping
    assert match_spans([(0, 5), (6, 10)], [(0, 10)]) == {0: 0}  # one prediction, one gold
    assert match_spans([], [(0, 3)]) == {}


def _place(text, start, name=None, gid=None, country=None, lat=None, lon=None, feature=None):
    return {"text": text, "start": start, "end": start + len(text), "name": name, "geonameid": gid,
            "country": country, "admin1": None, "admin1_code": None, "lat": lat, "lon": lon,
            "feature": feature}


def test_align_scores_matches_misses_and_false_positives():
    (a, _) = parse_lgl(LGL_XML)
    places = [
        _place("Alexandria", 0, "Alexandria", 4314550, "USA", 31.3113, -92.4451, "city"),  # exact
        _place("Memphis St.", 51),  # on an unresolved gold span: neither hit nor false positive
        _place("Alexandria", 66, "Alexandria", 146268, "EGY", 31.2, 29.9, "city"),  # wrong same-name place
        _place("Crews", 17),  # false positive
    ]
    outcomes, fps, hits = align(a, {"places": places})
    assert hits == 2 and [p["text"] for p in fps] == ["Crews"]
    first, parish, second = outcomes
    assert first.exact and first.country_ok and first.error_km == pytest.approx(0.0, abs=1e-6)
    assert parish.pred is None and parish.error_km is None  # missed
    assert not second.exact and not second.country_ok and second.error_km > 10000


def test_align_prediction_without_coordinates():
    (_, b) = parse_lgl(LGL_XML)
    art = GeoArticle(id="x", text="Iraq and Georgia", toponyms=[
        GoldToponym(0, 4, "Iraq", 33.0, 44.0, geonameid=99237, country="IRQ"),
        GoldToponym(9, 16, "Georgia", 32.75, -83.5, geonameid=4197000, country="USA")])
    places = [_place("Iraq", 0, "Iraq", 99237, "IRQ", feature="country"),
              _place("Georgia", 9, "Georgia", 614540, "GEO", feature="country")]
    (iraq, georgia), _, _ = align(art, {"places": places})
    assert iraq.exact and iraq.error_km == 0.0  # the gold place itself, no coordinates needed
    assert not georgia.exact and georgia.error_km == MAX_ERROR_KM
    # a failed record predicts nothing
    outcomes, fps, hits = align(b, RecordError("E201", "boom", "-", "102"))
    assert hits == 0 and fps == [] and all(o.pred is None for o in outcomes)


def test_governorate_mapping_rule():
    def res(places, loc=None):
        ev = {"location": loc}
        return {"events": [ev], "main_event": 0, "places": places}

    raqqa = {"country": "SYR", "admin1": "Ar Raqqah", "admin1_code": "SY-RA"}
    rif = {"country": "SYR", "admin1": "Rīf Dimashq", "admin1_code": "SY-RD"}
    aleppo_name_only = {"country": "SYR", "admin1": "Ḩalab", "admin1_code": None}
    syria = {"country": "SYR", "admin1": None, "admin1_code": None}
    assert governorate(res([], raqqa)) == ("raqqa", "main_event")
    assert governorate(res([], rif)) == ("damascus", "main_event")
    assert governorate(res([], aleppo_name_only)) == ("aleppo", "main_event")
    # country-level main event: the most frequent governorate among places, ties to the first
    assert governorate(res([raqqa, rif, rif, syria], syria)) == ("damascus", "places")
    assert governorate(res([raqqa, rif])) == ("raqqa", "places")
    assert governorate({"events": [], "main_event": None, "places": [syria]}) == (None, "none")
    assert governorate(RecordError("E111", "x", "-", "1")) == (None, "none")
    assert set(GOVERNORATE_BY_CODE.values()) == {
        "aleppo", "damascus", "idlib", "deir ezzor", "raqqa", "homs", "hasakeh", "hama", "daraa",
        "lattakia", "quneitra", "tartous"}


def test_governorate_codes_match_the_gazetteer():
    from eventwire.resolve.places import Gazetteer

    gaz = Gazetteer.load()
    codes = {e.admin1_code for e in gaz.entries() if e.country == "SYR" and e.feature == "admin1"}
    assert set(GOVERNORATE_BY_CODE) <= codes


# ---------------------------------------------------------------- end to end (quick)

def test_lgl_first_20_articles(require_shared, warm):
    from eventwire.eval.geo import score_geo

    path = require_shared / "datasets" / "geo" / "lgl.xml"
    if not path.exists():
        pytest.skip(f"{path} not present")
    res = score_geo(path, limit=20, processes=1)
    assert res["n"] == 20
    for name, value in res["metrics"].items():
        if name == "mean_error_km":
            assert 0.0 <= value <= MAX_ERROR_KM
        else:
            assert 0.0 <= value <= 1.0, (name, value)
    assert res["metrics"]["toponym_recall"] > 0
    assert set(res["notes"]) == set(res["metrics"])


def test_eval_prints_geo_figures_beside_mordecai():
    from rich.console import Console

    from eventwire.eval import print_table
    from eventwire.eval.geo import MORDECAI3

    metrics = {"exact_id_accuracy": 0.8, "country_accuracy": 0.9, "acc_161km": 0.85, "toponym_recall": 0.7}
    console = Console(record=True, width=200)
    print_table({"lgl": {"n": 3, "metrics": metrics, "notes": {}}}, console)
    out = console.export_text()
    assert "Mordecai 3" in out
    assert f"0.850 / {MORDECAI3['lgl'][2]:.3f}" in out and "GWN" not in out
