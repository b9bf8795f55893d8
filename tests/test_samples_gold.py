"""The sample corpus against its gold notes (samples/README.md: incident tables and
"Notes for test writers"). Reuses the session's one pass over the corpus.

Checks the main event of each report: its date, its death toll, its type for the
non-political incidents, and that a dateline city is not taken for the place.
"""
from __future__ import annotations

import pytest

from eventwire.resolve.places import normalize_name

# Event date of each report's incident (README incident tables).
MAIN_DATE = {
    "smp-001": {"2024-03-12"}, "smp-002": {"2024-03-12"}, "smp-003": {"2024-03-12"}, "smp-004": {"2024-03-12"},
    "smp-005": {"2024-03-16"}, "smp-006": {"2024-03-16"}, "smp-007": {"2024-03-16"},
    "smp-008": {"2024-03-20"}, "smp-009": {"2024-03-20"},
    "smp-010": {"2024-03-22", "2024-03-23"}, "smp-011": {"2024-03-22", "2024-03-23"},
    "smp-012": {"2024-03-22", "2024-03-23"},
    "smp-018": {"2024-04-03"}, "smp-019": {"2024-04-03"},
    "smp-021": {"2024-04-07"}, "smp-022": {"2024-04-07"}, "smp-023": {"2024-04-07"},
    "smp-024": {"2024-04-10"}, "smp-025": {"2024-04-10"},
    "smp-026": {"2024-04-15"}, "smp-027": {"2024-04-02"}, "smp-029": {"2024-04-06"},
}

# Death toll of the main incident as each report gives it: accepted values, qualifier (None: any).
MAIN_KILLED = {
    "smp-001": ({12}, "at_least"), "smp-002": ({15}, None), "smp-004": ({20, 21}, None),
    "smp-005": ({7}, "exact"), "smp-006": ({9}, "at_least"), "smp-007": ({11}, "exact"),
    "smp-008": ({4}, "exact"), "smp-009": ({5}, "exact"), "smp-010": ({8}, "at_least"),
    "smp-018": ({2}, "exact"), "smp-022": ({6}, "exact"),
    "smp-024": ({1}, "exact"), "smp-025": ({2}, "exact"), "smp-026": ({3}, "exact"),
}

# Non-political incidents: an earthquake and an industrial accident.
INCIDENTS = ("smp-024", "smp-025", "smp-026")

# Datelines that are not where the event happened.
DATELINE_NOT_PLACE = {"smp-009": "Beirut", "smp-019": "Beirut", "smp-010": "Amman", "smp-025": "Damascus"}


@pytest.fixture(scope="module")
def by_id(sample_results) -> dict:
    return {r["id"]: r for r in sample_results}


def main(by_id, rid):
    r = by_id[rid]
    assert r["main_event"] is not None, f"{rid}: no main event"
    return r["events"][r["main_event"]]


def brief(ev) -> str:
    loc = ev["location"] or {}
    return (f"{ev['type']} {ev['factuality']} {ev['date']} trigger={ev['trigger']['text']!r} "
            f"place={loc.get('name')!r} killed={ev['killed'] and ev['killed']['value']}")


@pytest.mark.parametrize("rid", sorted(MAIN_DATE))
def test_main_event_date(by_id, rid):
    ev = main(by_id, rid)
    assert ev["date"] in MAIN_DATE[rid], brief(ev)


@pytest.mark.parametrize("rid", sorted(MAIN_KILLED))
def test_main_event_toll(by_id, rid):
    values, qualifier = MAIN_KILLED[rid]
    ev = main(by_id, rid)
    assert ev["killed"] is not None, brief(ev)
    assert ev["killed"]["value"] in values, brief(ev)
    if qualifier:
        assert ev["killed"]["qualifier"] == qualifier, brief(ev)


@pytest.mark.parametrize("rid", INCIDENTS)
def test_non_political_incident_is_incident(by_id, rid):
    ev = main(by_id, rid)
    assert ev["type"] == "INCIDENT", brief(ev)
    assert not any(e["type"] == "ASSAULT" and e["killed"] for e in by_id[rid]["events"]), \
        [brief(e) for e in by_id[rid]["events"]]


@pytest.mark.parametrize("rid", sorted(DATELINE_NOT_PLACE))
def test_dateline_city_is_not_the_event_place(by_id, rid):
    ev = main(by_id, rid)
    loc = ev["location"]
    if loc is not None:
        city = normalize_name(DATELINE_NOT_PLACE[rid])
        assert city not in (normalize_name(loc["name"] or ""), normalize_name(loc["text"])), brief(ev)
        assert loc["country"] == "SYR", brief(ev)


@pytest.mark.parametrize("rid", ["smp-001", "smp-002", "smp-003", "smp-004"])
def test_ariha_market_strike_located_in_syria(by_id, rid):
    ev = main(by_id, rid)
    assert ev["location"] is not None, brief(ev)
    assert ev["location"]["country"] == "SYR", brief(ev)


def test_back_reference_is_not_reported_as_new_attack(by_id):
    # smp-030 (donor conference) mentions the Ariha strike but does not report it
    ev = main(by_id, "smp-030")
    assert ev["type"] != "ASSAULT", brief(ev)


def test_aid_convoy_report(by_id):
    assert main(by_id, "smp-028")["type"] == "AID"


def test_depositors_protest(by_id):
    assert main(by_id, "smp-029")["type"] == "PROTEST", brief(main(by_id, "smp-029"))


def test_monitor_cites_le_monde_and_reuters(by_id):
    names = {s["name"] for s in by_id["smp-023"]["cited_sources"]}
    assert {"Reuters", "Le Monde"} <= names
