"""Every ACLED row uses only ACLED's vocabularies (codebook 2023) and has what every ACLED row
has: actor1, event_date, country, latitude and longitude."""
from __future__ import annotations

import csv
import datetime as dt
import re

import pytest

from eventwire.export import acled

# ACLED's event types and their sub-event types (ACLED codebook, 2023), written out here
# rather than taken from the exporter, so the test checks against ACLED, not against itself.
SUB_EVENT_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Grenade",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
DISORDER_TYPES = {"Political violence", "Demonstrations", "Strategic developments", "Political violence; Demonstrations"}
REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "Middle East",
           "Caucasus and Central Asia", "South Asia", "Southeast Asia", "East Asia", "Europe", "North America",
           "Central America", "Caribbean", "South America", "Oceania", "Antarctica"}
STATE_NAME = re.compile(r"^(Military Forces|Police Forces|Government) of (the )?[A-Z]")
ARMED = {"1", "2", "3", "4", "8"}


def rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name", ["store", "hand-built", "canonical"])
def test_every_row_speaks_acled(export_sets, name):
    data = rows(export_sets[name]["acled"])
    assert data
    for r in data:
        for col in ("actor1", "event_date", "country", "latitude", "longitude", "event_id_cnty"):
            assert r[col], (col, r)
        dt.date.fromisoformat(r["event_date"])
        assert -90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180
        assert r["sub_event_type"] in SUB_EVENT_TYPES[r["event_type"]], r
        assert r["disorder_type"] in DISORDER_TYPES and r["region"] in REGIONS
        assert r["geo_precision"] in {"1", "2", "3"} and r["time_precision"] in {"1", "2", "3"}
        assert r["civilian_targeting"] in {"", "Civilian targeting"}
        assert r["inter1"] in {str(i) for i in range(1, 9)} and r["inter2"] in {""} | {str(i) for i in range(1, 9)}
        expected = sorted((r["inter1"], r["inter2"])) if r["inter2"] else [r["inter1"], "0"]
        assert r["interaction"] == "".join(expected), r
        assert re.fullmatch(r"[A-Z]{3}\d+", r["event_id_cnty"]) and not r["country"].startswith("The ")
        assert r["iso"].isdigit() and r["fatalities"].isdigit()
        check_conventions(r)


def check_conventions(r: dict) -> None:
    if r["event_type"] == "Protests":
        assert r["actor1"].startswith("Protesters (") and r["inter1"] == "6", r
    if r["event_type"] == "Riots":
        assert r["actor1"].startswith("Rioters (") and r["inter1"] == "5", r
    if r["inter1"] == "1":
        assert STATE_NAME.match(r["actor1"]), r
    if r["actor1"].startswith("Unidentified Armed Group ("):
        assert r["inter1"] == "3"
    if r["event_type"] == "Violence against civilians":
        assert r["civilian_targeting"] == "Civilian targeting" and r["inter2"] not in ARMED, r
    if r["inter2"] == "7" and r["event_type"] in ("Explosions/Remote violence", "Violence against civilians"):
        assert r["civilian_targeting"] == "Civilian targeting"


def test_ids_stable_across_exports(export_sets, sample_store, tmp_path):
    """A re-export gives every event the same event_id_cnty."""
    from eventwire.export import write
    from eventwire.store import query
    from eventwire.store.filters import EventFilter

    again = write("acled", reversed(list(query.stream_events(sample_store, EventFilter()))), tmp_path,
                     articles=query.article_lookup(sample_store))[0]
    first = {r["event_id_cnty"]: r["notes"] for r in rows(export_sets["store"]["acled"])}
    second = {r["event_id_cnty"]: r["notes"] for r in rows(again)}
    assert first == second and len(first) == len(rows(again))


def test_inter_labels(sample_store, tmp_path):
    from eventwire.export import write
    from eventwire.store import query
    from eventwire.store.filters import EventFilter

    path = write("acled", query.stream_events(sample_store, EventFilter()), tmp_path, inter_labels=True,
                    articles=query.article_lookup(sample_store))[0]
    labels = set(acled.aa.INTER_LABELS.values())
    data = rows(path)
    assert data and all(r["inter1"] in labels and r["inter2"] in labels | {""} for r in data)
    assert all(r["interaction"].endswith(" only") or r["interaction"].count("-") >= 1 for r in data)
