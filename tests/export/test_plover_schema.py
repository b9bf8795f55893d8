"""Every PLOVER record validates against the JSON Schema written from the PLOVER manual
(src/eventwire/data/plover_record.schema.json), and the schema's vocabularies are the
exporter's: neither can drift from the other."""
from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from eventwire.export import plover_vocab as pv


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(resources.files("eventwire").joinpath("data/plover_record.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def records(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", ["store", "hand-built", "canonical"])
def test_every_record_validates(export_sets, validator, name):
    recs = records(export_sets[name]["plover"])
    assert recs
    for rec in recs:
        errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(rec)]
        assert not errors, (rec["id"], errors)
        assert rec["event_scale"] == pv.scale(rec["event"][0], rec["mode"])


def test_schema_catches_the_old_shape(validator):
    """The keys and types the manual does not use fail: mode as a string, source/target, eventLoc,
    an entity's name/country, a type PLOVER dropped, a sector PLOVER does not have."""
    good = {"id": "x", "date": "2020-01-02", "actor": [{"code": "SYR", "sector": "MIL", "entity_text": "army",
                                                         "identifier_text": "Syrian Army"}],
            "event": ["ASSAULT"], "mode": ["aerial"], "quad_code": 4}
    assert validator.is_valid(good)
    for bad in ({"mode": "aerial"}, {"event": ["CRIME"]}, {"event": ["INVESTIGATE"]}, {"quad_code": 2},
                {"mode": ["investigate"]}, {"actor": []}, {"actor": [{"name": "Syrian Army", "country": "SYR"}]},
                {"actor": [{"code": "SYR", "sector": "HLH"}]}, {"event_loc": {"name": "Raqqa"}},
                {"context": ["natural_disaster"]}, {"date": "17 Nov 2015"}):
        assert not validator.is_valid({**good, **bad}), bad


def test_schema_vocabularies_are_the_exporters(validator):
    props = validator.schema["properties"]
    assert set(props["event"]["items"]["enum"]) == set(pv.EVENT_TYPES) == set(pv.QUAD)
    assert set(props["context"]["items"]["enum"]) == pv.CONTEXTS
    assert set(props["mode"]["items"]["enum"]) == set().union(*pv.MODES.values())


def test_eventwire_extras_map_to_plover(hand_built):
    assert pv.event_of("INVESTIGATE", "investigate") == ("ACCUSE", ["investigate"], None)
    assert pv.event_of("CRIME", None) == ("COERCE", [], "crime")
    assert pv.event_of("ASSAULT", "massacre") == ("ASSAULT", ["targeted"], None)
    assert pv.contexts_of(["natural_disaster", "military", "claim_of_responsibility"]) == ["disasters", "military"]
    assert [pv.sector_of(s) for s in ("MED", "HLH", "MON", "IGO", "GOV")] == ["JRN", "MED", "SOC", None, "GOV"]
    assert pv.entity_code(None, "IGO", "United Nations") == "UNO"
    assert pv.entity_code(None, "IGO", "European Union") == "EUR"
    assert pv.entity_code(None, "IGO", "Arab League") == "IGO"
    assert pv.entity_code("XKX", "GOV", "Kosovo") == "KOS"
    assert pv.QUAD["SANCTION"] == 3 and pv.scale("ACCUSE", []) == -3 and pv.scale("PROTEST", ["vandalize"]) == -5


def test_record_shape(export_sets):
    raqqa = next(r for r in records(export_sets["hand-built"]["plover"]) if r["id"] == "ev-raqqa")
    assert raqqa["actor"] == [{"code": "RUS", "sector": "MIL", "entity_text": "Russian warplanes",
                               "identifier_text": "Russia"}]
    assert raqqa["recipient"][0]["identifier_text"] == "Islamic State" and raqqa["recipient"][0]["sector"] == "REB"
    assert (raqqa["event"], raqqa["mode"], raqqa["context"]) == (["ASSAULT"], ["aerial"], ["military"])
    assert (raqqa["quad_code"], raqqa["event_scale"]) == (4, -9.5)
    loc = raqqa["event_loc"]
    assert (loc["resolved_place"], loc["country_code"], loc["province"], loc["resolution"], loc["geonameid"]) == \
        ("Raqqa", "SYR", "Ar Raqqah", 4, 172955)
    assert raqqa["dead"] == 12 and raqqa["cite_info"]["url"].startswith("https://www.reuters.com/")
    protest = next(r for r in records(export_sets["hand-built"]["plover"]) if r["id"] == "ev-protest")
    assert protest["event_loc"] is None and protest["recipient"][0]["sector"] == "GOV"
