"""extract/incident_place: an incident placed only in a country takes a finer place that one
of its sentences names."""
from __future__ import annotations

from eventwire.extract.incident_place import incident_place
from eventwire.model import Place


def _place(text, start, precision, country="SYR"):
    return Place(text=text, start=start, end=start + len(text), name=text, country=country, precision=precision)


SYRIA = _place("Syria", 20, "country")
QAMISHLI = _place("Qamishli", 80, "point")
ALEPPO_PROVINCE = _place("Aleppo", 150, "admin1")
PARIS = _place("Paris", 90, "point", country="FRA")


def test_a_country_gives_way_to_a_town_of_the_incident_in_that_country():
    assert incident_place(SYRIA, [(0, 60), (61, 120)], [SYRIA, QAMISHLI], []) is QAMISHLI


def test_a_town_is_kept_and_a_place_outside_the_incident_sentences_is_not_taken():
    town = _place("Douma", 10, "point")
    assert incident_place(town, [(0, 60)], [town, QAMISHLI], []) is town
    assert incident_place(SYRIA, [(0, 60)], [SYRIA, QAMISHLI], []) is SYRIA  # Qamishli is in another sentence


def test_no_other_country_no_actor_phrase_no_dateline():
    assert incident_place(SYRIA, [(0, 120)], [PARIS], []) is SYRIA
    assert incident_place(SYRIA, [(0, 120)], [QAMISHLI], occupied=[(75, 95)]) is SYRIA  # "Qamishli police"
    assert incident_place(None, [(0, 120)], [QAMISHLI], [], after=100) is None  # in the dateline


def test_an_unplaced_incident_takes_the_first_fine_place_of_its_sentences():
    assert incident_place(None, [(61, 200)], [SYRIA, QAMISHLI, ALEPPO_PROVINCE], []) is QAMISHLI
