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


IDLIB_PROVINCE = Place(text="Idlib", start=30, end=35, name="Idlib", country="SYR", precision="admin1",
                       admin1_code="SY-ID")


def test_a_province_gives_way_to_a_town_inside_it_named_otherwise():
    saraqib = Place(text="Saraqib", start=90, end=97, name="Saraqib", country="SYR", precision="point",
                    admin1_code="SY-ID")
    elsewhere = Place(text="Qamishli", start=70, end=78, name="Qamishli", country="SYR", precision="point",
                      admin1_code="SY-HA")
    assert incident_place(IDLIB_PROVINCE, [(0, 120)], [IDLIB_PROVINCE, elsewhere, saraqib], []) is saraqib
    # a town named as its unit ("rural Idlib" ... "Idlib") says nothing new
    seat = Place(text="Idlib", start=100, end=105, name="Idlib", country="SYR", precision="point",
                 admin1_code="SY-ID")
    assert incident_place(IDLIB_PROVINCE, [(0, 120)], [IDLIB_PROVINCE, seat], []) is IDLIB_PROVINCE
    # nor a town outside the incident's sentences
    assert incident_place(IDLIB_PROVINCE, [(0, 60)], [IDLIB_PROVINCE, saraqib], []) is IDLIB_PROVINCE


def test_the_story_refines_a_province_only_when_the_caller_says():
    from eventwire.extract.incident_place import story_place

    saraqib = Place(text="Saraqib", start=90, end=97, name="Saraqib", country="SYR", precision="point",
                    admin1_code="SY-ID")
    # the main physical incident: the story's town inside the province
    assert story_place(IDLIB_PROVINCE, [IDLIB_PROVINCE, saraqib], [], refine_units=True) is saraqib
    # a statement's, or the dateline's town: the province stays
    assert story_place(IDLIB_PROVINCE, [IDLIB_PROVINCE, saraqib], []) is IDLIB_PROVINCE


def test_a_town_spelt_as_its_province_otherwise_does_not_refine_it():
    province = Place(text="Deir al-Zor", start=30, end=41, name="Dayr az Zawr", country="SYR", precision="admin1",
                     admin1_code="SY-DY")
    city = Place(text="Deir ez-Zor", start=90, end=101, name="Deir ez-Zor", country="SYR", precision="point",
                 admin1_code="SY-DY")
    rural = Place(text="Rural Aleppo", start=0, end=12, name="Ḩalab", country="SYR", precision="admin1",
                  admin1_code="SY-HL")
    aleppo = Place(text="Aleppo", start=50, end=56, name="Aleppo", country="SYR", precision="point",
                   admin1_code="SY-HL")
    assert incident_place(province, [(0, 120)], [province, city], []) is province
    assert incident_place(rural, [(0, 120)], [rural, aleppo], []) is rural
