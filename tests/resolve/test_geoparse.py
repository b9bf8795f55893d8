"""resolve.geoparse as a library: cues, the story's context, and reading a document's
places with the gazetteer it is given (small hand-made gazetteers, a blank spaCy
pipeline: no model, no shared gazetteer)."""
from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace

import pytest
import spacy

from eventwire.model import Place
from eventwire.resolve.entities import DocEntities, shared_resolver
from eventwire.resolve.geoparse import (EventSite, PlaceReading, StoryContext, event_locations, place_for_ent,
                                        read_places)
from eventwire.resolve.geoparse.cues import (ADMIN_CUE, DISTANCE_CUE, IN_TOWN_CUE, PARENT_CUE, building,
                                             common_words_only, cued_as_place, facility, named_so,
                                             radius_of_stated_km, stated_km, thoroughfare, unit_after)
from eventwire.resolve.places import WELL_KNOWN_TOWN_POPULATION, GazEntry, Gazetteer, normalize_name

GEOPARSE = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "resolve" / "geoparse"


def city(name, country, code, lat, lon, pop, gid=None) -> GazEntry:
    return GazEntry(name, gid, country, None, code, lat, lon, "city", pop)


def gazetteer(*entries: GazEntry) -> Gazetteer:
    """A gazetteer of these entries, each under its own name."""
    index: dict[str, list[GazEntry]] = {}
    for e in entries:
        index.setdefault(normalize_name(e.name), []).append(e)
    return Gazetteer.from_index(index)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def tagged(nlp, text: str, *ents: tuple[str, str]):
    """A blank-pipeline doc whose entities are the given (surface, label) pairs, each at
    its first occurrence."""
    doc = nlp(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    return doc


# ---------------------------------------------------------------- cues

def test_distance_cue_states_kilometres_and_allows_for_rounding():
    m = DISTANCE_CUE.match(", 10km northeast of Damascus")
    assert m is not None and stated_km(m) == 10.0
    m = DISTANCE_CUE.match(" some 15 miles (24 km) south of the capital")
    assert m is not None and stated_km(m) == pytest.approx(15 * 1.609)
    assert radius_of_stated_km(10.0) > 10.0  # a stated distance is rounded: a little farther still counts
    assert DISTANCE_CUE.match(", where 10 people died of their wounds") is None


def test_parent_admin_and_in_town_cues():
    assert PARENT_CUE.match(", in rural Hama")
    assert PARENT_CUE.match(" near the northern")
    assert ADMIN_CUE.match(" province, activists said")
    assert not ADMIN_CUE.match(" provincial")
    assert IN_TOWN_CUE.match(" in Paterson")
    assert not IN_TOWN_CUE.match(" in the north")  # a region, not a town


def test_streets_buildings_and_common_words(nlp):
    doc = nlp("Crowds on Collins Avenue reached City Hall near State and Hubbard streets by the Rogers Centre.")

    def span(words: str):
        start = doc.text.index(words)
        return doc.char_span(start, start + len(words), label="GPE")

    assert thoroughfare(span("Collins Avenue")) and not building(span("Collins Avenue"))
    assert thoroughfare(span("Hubbard"))  # "State and Hubbard streets"
    assert building(span("City Hall")) and common_words_only(span("City Hall"))
    assert building(span("Rogers Centre")) and not common_words_only(span("Rogers Centre"))
    assert facility(span("Rogers Centre")) and not facility(span("Crowds"))


def test_words_before_or_after_a_name_cue_it_as_a_place(nlp):
    text = "Troops entered the village of Kafr Zita and Tal Abyad, 10km east of Raqqa, on Monday with Smith."
    doc = nlp(text)

    def span(words: str):
        start = text.index(words)
        return doc.char_span(start, start + len(words), label="PERSON")

    assert cued_as_place(text, span("Kafr Zita"))
    assert cued_as_place(text, span("Tal Abyad"))
    assert not cued_as_place(text, span("Smith"))


def test_unit_after_a_comma_names_the_towns_unit(nlp):
    gaz = gazetteer(city("Paris", "FRA", "FR-IDF", 48.9, 2.3, 2_000_000),
                    city("Paris", "USA", "US-TN", 36.3, -88.3, 10_000),
                    GazEntry("Tennessee", None, "USA", "Tennessee", "US-TN", 35.8, -86.4, "admin1", 0))
    text = "Police in Paris, Tenn. said"
    doc = nlp(text)
    paris = doc.char_span(10, 15, label="GPE")
    assert unit_after(text, paris, gaz, None) == "US-TN"
    assert unit_after("Police in Paris said", nlp("Police in Paris said").char_span(10, 15), gaz, None) is None


def test_named_so_wants_the_towns_very_name():
    gaz = gazetteer(city("Ayr", "GBR", "GB-SCT", 55.5, -4.6, 46_000),
                    city("Allendale", "USA", "US-SC", 33.0, -81.3, 3_000))
    assert named_so("Allendale", "USA", gaz)
    assert not named_so("Air", "GBR", gaz)  # normalises like Ayr, but is no town's name


# ---------------------------------------------------------------- the story's context

def test_a_capital_does_not_vouch_for_its_own_country():
    story = StoryContext(country_names={"SRB": {"Belgrade"}, "FRA": {"France", "French"}})
    assert story.countries_named_besides("Belgrade") == frozenset({"FRA"})
    assert story.countries_named_besides("Paris") == frozenset({"SRB", "FRA"})
    assert story.names_country("FRA") and not story.names_country("DEU")


def test_a_small_foreign_namesake_is_a_stray_unless_the_story_points_to_it():
    cholet = city("Cholet", "FRA", "FR-PDL", 47.06, -0.88, 54_000)
    syrian = StoryContext(focus_country="SYR")
    assert syrian.stray_namesake(cholet)
    assert not StoryContext(focus_country="SYR", country_names={"FRA": {"France"}}).stray_namesake(cholet)
    assert not StoryContext(focus_country="SYR", context_admin1=frozenset({"FR-PDL"})).stray_namesake(cholet)
    assert not StoryContext(focus_country="SYR", admin1_support={"FR-PDL": 2}).stray_namesake(cholet)
    assert StoryContext(focus_country="SYR", admin1_support={"FR-PDL": 1}).stray_namesake(cholet)
    big = city("Nantes", "FRA", "FR-PDL", 47.2, -1.55, WELL_KNOWN_TOWN_POPULATION)
    assert not syrian.stray_namesake(big)
    assert not StoryContext(focus_country="FRA").stray_namesake(cholet)  # a town of the story's own country
    assert not StoryContext().stray_namesake(cholet)  # a story set nowhere in particular


def _town(name, country, start, gid) -> Place:
    return Place(text=name, start=start, end=start + len(name), name=name, geonameid=gid, country=country,
                 lat=1.0, lon=1.0, feature="city", precision="point")


def test_the_story_town_is_the_nearest_before_else_the_one_named_most():
    story = StoryContext(focus_country="USA", country_names={"NLD": {"Dutch"}})
    ny, dc, ams = _town("New York", "USA", 0, 1), _town("Washington", "USA", 500, 2), _town("Amsterdam", "NLD", 900, 3)
    ny2 = _town("New York", "USA", 1500, 1)
    places = [ny, dc, ams, ny2]
    assert story.story_town(1000, places) is ams  # 100 characters before: a town of a country the story names
    assert story.story_town(2000, places) is ny  # none near: the town of the story's country named most, first
    assert story.story_town(700, [dc, ams]) is dc
    assert StoryContext(focus_country="FRA").story_town(2000, places) is None
    unresolved = Place(text="Springfield", start=1900, end=1911)
    assert story.story_town(2000, [unresolved]) is None  # no point, no town


def test_the_context_is_what_the_entities_established():
    ents = SimpleNamespace(focus_country="USA", context_admin1=frozenset({"US-TX"}), admin1_support={"US-TX": 3},
                           local_home="US-TX", country_names={"USA": {"Texas"}})
    story = StoryContext.of(ents)
    assert (story.focus_country, story.context_admin1, story.local_home) == ("USA", frozenset({"US-TX"}), "US-TX")
    assert story.admin1_support == {"US-TX": 3} and story.country_names == {"USA": {"Texas"}}


# ---------------------------------------------------------------- reading a document

def _syria():
    """Two Doumas: the bigger one in Lebanon, a Syrian one 12 km from Damascus."""
    return gazetteer(city("Douma", "SYR", "SY-RD", 33.57, 36.40, 100_000, gid=1),
                     city("Douma", "LBN", "LB-JL", 34.20, 35.80, 200_000, gid=2),
                     city("Damascus", "SYR", "SY-DI", 33.51, 36.29, 1_500_000, gid=3))


def test_reading_uses_the_gazetteer_given_and_the_distance_cue(nlp):
    doc = tagged(nlp, "Shelling hit Douma, 10 km northeast of Damascus. More shells fell overnight.",
                 ("Douma", "GPE"), ("Damascus", "GPE"))
    gaz = _syria()
    reading = read_places(doc, doc.text, DocEntities(doc, shared_resolver(), gazetteer=gaz))
    douma, damascus = reading.places
    assert (douma.text, douma.geonameid, douma.country) == ("Douma", 1, "SYR")  # not the bigger Lebanese one
    assert (damascus.text, damascus.geonameid) == ("Damascus", 3)
    assert reading.place_by_ent[(douma.start, douma.end)] is douma
    assert reading.place_ents == {(douma.start, douma.end), (damascus.start, damascus.end)}
    # without the cue the bigger namesake wins: the cue, not the data, chose
    plain = tagged(nlp, "Shelling hit Douma on Monday.", ("Douma", "GPE"))
    assert read_places(plain, plain.text, DocEntities(plain, shared_resolver(), gazetteer=gaz)).places[0].geonameid == 2


def test_reading_needs_a_gazetteer_and_takes_an_explicit_one(nlp):
    doc = tagged(nlp, "Shelling hit Douma, 10 km northeast of Damascus.", ("Douma", "GPE"), ("Damascus", "GPE"))
    bare = DocEntities(doc, shared_resolver())  # built without a gazetteer
    with pytest.raises(ValueError, match="gazetteer"):
        read_places(doc, doc.text, bare)
    reading = read_places(doc, doc.text, bare, gazetteer=_syria())
    assert [p.geonameid for p in reading.places] == [1, 3]


def test_events_take_their_own_place_else_the_previous_physical_events(nlp):
    text = "Shelling hit Douma. Two died. Officials said they would talk."
    doc = tagged(nlp, text, ("Douma", "GPE"))
    reading = read_places(doc, text, DocEntities(doc, shared_resolver(), gazetteer=_syria()))
    sents = list(doc.sents)

    def site(physical, i, place_tokens=()):
        return EventSite(physical, sents[i], i, list(place_tokens), actors=[], targets=[])

    douma_token = doc[2]
    found = event_locations([site(True, 0, [douma_token]), site(True, 1), site(False, 2)], reading,
                            place_nouns=frozenset({"province"}))
    assert found[0].place is reading.places[0] and found[0].explicit
    assert found[1].place is reading.places[0] and not found[1].explicit  # carried over, one sentence on
    assert found[2].place is None and not found[2].explicit  # said, not done: only an attached place counts


def test_a_reading_goes_on_from_the_memo_it_is_given(nlp):
    doc = tagged(nlp, "Shelling hit Douma.", ("Douma", "GPE"))
    known = Place(text="Douma", start=13, end=18, name="Douma", country="SYR")
    reading = PlaceReading.begin(doc, doc.text, DocEntities(doc, shared_resolver(), gazetteer=_syria()), place_by_ent={(13, 18): known})
    assert place_for_ent(reading, doc.ents[0]) is known


# ---------------------------------------------------------------- the library stays a library

def test_geoparse_never_sees_the_pipeline_nor_loads_the_shared_gazetteer():
    for path in sorted(GEOPARSE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            modules = [n.name for n in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for module in modules:
                assert not {"pipeline", "stages"} & set(module.split(".")), (path.name, module)
            if isinstance(node, ast.Attribute) and node.attr == "load" and getattr(node.value, "id", "") == "Gazetteer":
                pytest.fail(f"{path.name}: Gazetteer.load() (take the gazetteer passed in)")


def test_reset_shared_forgets_the_shared_gazetteer(monkeypatch):
    monkeypatch.setattr(Gazetteer, "_shared", Gazetteer.from_index({}))
    Gazetteer.reset_shared()
    assert Gazetteer._shared is None
