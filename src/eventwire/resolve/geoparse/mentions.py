"""Reading one place mention: which place a name in a story is, from the cues around
it, the story's context and the gazetteer. A cue may point to another mention (the
landmark of "10km northeast of Damascus"), which is read on the way, once."""
from __future__ import annotations

import re

from ...model import Place
from ..places import CITY_POPULATION, WELL_KNOWN_TOWN_POPULATION, GazEntry, plain_name, written_name
from .context import PlaceReading
from .cues import (CUE_WINDOW, DISTANCE_CUE, FACILITY_PARENT_CUE, IN_TOWN_CUE,
                   IN_TOWN_RADIUS_KM, NAME_PARTS, PARENT_CUE, building, common_words_only, ent_at, facility,
                   named_so, named_unit_word, radius_of_stated_km, stated_km, thoroughfare, unit_after,
                   unit_word_around)

PRECISION = {"city": "point", "admin2": "admin2", "admin1": "admin1", "country": "country", "region": "region"}
PLACED_PRECISIONS = ("point", "admin2", "admin1")  # a landmark this precise says which unit holds a name


def fill(place: Place, hit: GazEntry) -> None:
    """Give a mention's place the gazetteer entry's name, ids, unit, point and precision."""
    place.name, place.geonameid, place.country = hit.name, hit.geonameid, hit.country
    place.admin1, place.admin1_code, place.lat, place.lon = hit.admin1, hit.admin1_code, hit.lat, hit.lon
    place.feature = hit.feature
    place.precision = PRECISION[hit.feature]


def fill_holder(place: Place, hit: GazEntry) -> None:
    """The place is somewhere in `hit` (a town or unit); its own name is not in the gazetteer."""
    fill(place, hit)
    place.name = None


def place_for_ent(r: PlaceReading, ent) -> Place:
    """Resolve one place mention. Cues in the text come first: a distance from a named
    place ("Douma, 10km northeast of Damascus") keeps only candidates that far from it;
    a unit after a comma ("Paris, Tenn.") keeps its towns. A name the gazetteer lacks
    falls back to the unit the text puts it in, with that unit's precision, never to a
    guessed point; in a local outlet's domestic story, an unknown town falls back to the
    outlet's home unit. A street or building is in the town the text puts it in
    ("Royal Street in New Orleans"); a street's own words never place it ("Collins
    Avenue" is no town called Collins), and one the text does not place is left for
    `read_places` to put in the story's town."""
    key = (ent.start_char, ent.end_char)
    if key in r.place_by_ent:
        return r.place_by_ent[key]
    place = Place(text=ent.text, start=ent.start_char, end=ent.end_char)
    r.place_by_ent[key] = place  # before recursing into anchors: a cycle finds it unresolved
    story = r.story
    prefer = "admin1" if unit_word_around(r.text, ent) else None
    near = None
    distance = anchor(r, ent, DISTANCE_CUE)
    if distance is not None:
        landmark, m = distance
        near = (landmark.lat, landmark.lon, radius_of_stated_km(stated_km(m)))
    within = unit_after(r.text, ent, r.gazetteer, story.focus_country)  # "Paris, Tenn.", even in a list of states
    inside = anchor(r, ent, IN_TOWN_CUE) if near is None and prefer is None else None
    if inside is not None and inside[0].precision == "point" and inside[0].name:
        near = (inside[0].lat, inside[0].lon, IN_TOWN_RADIUS_KM)  # "Eva's Village in Paterson": no Village in Oklahoma
    container = container_of_previous(r, ent) or (coordinated_unit(r, ent) if prefer is None and near is None
                                                  and within is None else None)
    if container is not None:  # "Tacoma, Washington", "California or Washington": the state
        fill(place, container)
        return place
    # a street, or a building named by common words alone ("City Hall"), is no town of its words
    street = thoroughfare(ent) or (building(ent) and common_words_only(ent))
    hit = None if street else r.gazetteer.lookup(
        written_name(ent), focus_country=story.focus_country, prefer=prefer,
        context_admin1=story.context_admin1, admin1_support=story.admin1_support,
        within=within, near=near, home=story.local_home,
        named=story.countries_named_besides(ent.text))
    named_unit = named_unit_word(r.text, ent)
    unit = _unit_named_with_its_word(r, ent, named_unit.group(0)) if named_unit and not street else None
    if unit is not None:  # "Kurram district": the district, not Korem, Ethiopia, which "Kurram" alone matches
        hit = unit
    if hit is not None and near is None and (story.stray_namesake(hit) or _small_namesake_of_facility(r, ent, hit)):
        hit = None  # "al-Shola" in a Syrian story is no French Cholet: unknown, not a wrong point
    if hit is not None:
        fill(place, hit)
        return place
    _fall_back(r, ent, place, street, distance)
    return place


def _unit_named_with_its_word(r: PlaceReading, ent, word: str) -> GazEntry | None:
    """The unit the name and the unit word after it name together ("Kurram district" is the
    Pakistani district; "Plateau state" the Nigerian state, not Benin's Plateau), else None.
    GeoNames lists some units with their word, some only among their other names: the unit
    found must be spelt as the name with its word, or be listed under it and spelt as the name
    ("Anderson County district" is listed under no name: no Anderson County is found by it)."""
    name = f"{ent.text} {word.strip()}"
    hit = r.gazetteer.lookup(name, focus_country=r.story.focus_country)
    if hit is None or hit.feature not in ("admin1", "admin2"):
        return None
    if plain_name(hit.name) == plain_name(name):
        return hit
    return hit if plain_name(hit.name) == plain_name(ent.text) and hit in r.gazetteer.candidates(name) else None


def _small_namesake_of_facility(r: PlaceReading, ent, hit: GazEntry) -> bool:
    """A one-word facility that matched a small foreign town: "Heathrow" in a British
    story is the airport, not Heathrow, Florida."""
    focus = r.story.focus_country
    return ent.label_ == "FAC" and len(ent) == 1 and hit.feature == "city" and focus is not None \
        and hit.country != focus and hit.population < WELL_KNOWN_TOWN_POPULATION


def _fall_back(r: PlaceReading, ent, place: Place, street: bool, distance) -> None:
    """A name the gazetteer lacks: a facility is in the town the text puts it in; a name
    with a known part is that part ("Building Ireland"); else the unit of the landmark the
    text puts it near or in, or the local outlet's home unit; else it stays unresolved."""
    if facility(ent):
        town = anchor(r, ent, FACILITY_PARENT_CUE)
        if town is not None and town[0].precision == "point" and town[0].name:
            fill_holder(place, town[0])  # in that town; the facility itself is not in the gazetteer
            return
    inner = None if street else known_part(r, ent)
    if inner is not None:  # "Building Ireland", "Greece Italy": the place is the known part
        span, hit = inner
        place.text, place.start, place.end = span.text, span.start_char, span.end_char
        fill(place, hit)
        return
    parent = distance or anchor(r, ent, PARENT_CUE)
    code = None
    if parent is not None and parent[0].precision in PLACED_PRECISIONS and parent[0].admin1_code:
        code = parent[0].admin1_code
    elif ent.label_ in ("GPE", "LOC") and r.story.local_home:
        code = r.story.local_home  # a town or lake a local paper's domestic story names is in its home unit
    unit = r.gazetteer.admin1(code) if code else None
    if unit is not None:
        fill_holder(place, unit)  # the unit holds it; the name itself is not in the gazetteer


def anchor(r: PlaceReading, ent, cue: re.Pattern) -> tuple[Place, re.Match] | None:
    """The resolved place a cue after `ent` points to, with the cue's match."""
    m = cue.match(r.text[ent.end_char:ent.end_char + CUE_WINDOW])
    if not m:
        return None
    other = ent_at(r.ents, ent.end_char + m.end())
    if other is None or other.start_char <= ent.start_char:
        return None
    p = place_for_ent(r, other)
    return (p, m) if p.lat is not None else None


def container_of_previous(r: PlaceReading, ent) -> GazEntry | None:
    """The unit or country named right after a place and a comma that holds that place
    ("Tacoma, Washington" is the state, "Athens, Georgia" the state, "Tbilisi, Georgia"
    the country), or None."""
    if not r.text[max(0, ent.start_char - 2):ent.start_char] == ", ":
        return None
    prev = next((e for e in r.ents if e.end_char == ent.start_char - 2 and e.label_ in ("GPE", "LOC", "FAC")), None)
    if prev is None:
        return None
    held = place_for_ent(r, prev)
    if held.country is None or held.precision not in ("point", "admin2"):
        return None
    for e in r.gazetteer.candidates(written_name(ent)):
        if (e.feature == "admin1" and held.admin1_code and e.admin1_code == held.admin1_code) or \
                (e.feature == "country" and e.country == held.country):
            return e
    return None


def coordinated_unit(r: PlaceReading, ent) -> GazEntry | None:
    """The admin1 unit of this name when the text lists it with units of one country
    ("California or Washington", "Alaska, Hawaii, Florida and Washington": the state),
    else None. Only lists whose other members are units and nothing else count: "Homs
    and Hama" stay towns."""
    gaz = r.gazetteer
    top = ent.root
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    members, i = [top], 0
    while i < len(members):
        members.extend(c for c in members[i].children if c.dep_ == "conj")
        i += 1
    others = {t.i for t in members} - {ent.root.i}
    # conjuncts share the sentence: its entities, not the document's
    siblings = [e for e in r.entities.ents_in(r.entities.sent_of_token(ent.root.i))
                if e.root.i in others and e.label_ in ("GPE", "LOC")]
    if not siblings:
        return None
    countries = set()
    for sib in siblings:
        cands = gaz.candidates(written_name(sib))
        units = {e.country for e in cands if e.feature == "admin1"}
        if len(units) != 1 or any(e.feature in ("city", "country") and e.population >= CITY_POPULATION
                                  for e in cands):
            return None  # a member that is not plainly a unit: no list of units
        countries |= units
    if len(countries) != 1:
        return None
    return next((e for e in gaz.candidates(written_name(ent)) if e.feature == "admin1" and e.country in countries),
                None)


def known_part(r: PlaceReading, ent) -> tuple[object, GazEntry] | None:
    """(sub-span, entry) for the longest leading or trailing part of a multi-word name
    that is a well-known place (a country, unit, region or well-known town), where the
    whole name is unknown."""
    story = r.story
    focus = story.focus_country
    if r.resolver.demonym_country(ent.text):
        return None  # "Sri Lankan": a nationality, whose "Sri" is no town
    if len(ent) > 1 and ent[0].lower_ == "the":  # "the Henderson County Jail"
        ent = ent[1:]
    for size in range(len(ent) - 1, 0, -1):
        for leading, span in ((False, ent[len(ent) - size:]), (True, ent[:size])):
            if not span[0].is_alpha or not (span[0].is_title or span[0].is_upper):
                continue
            if size == 1 and span[0].lower_ in NAME_PARTS:
                continue  # "Kafr" of "Kafr Zzyta" is no place of its own
            hit = r.gazetteer.lookup(span.text, focus_country=focus, context_admin1=story.context_admin1,
                                     admin1_support=story.admin1_support, home=story.local_home)
            # a leading town of the story's country, by its own name, names what follows
            # ("the Cottonport Fire Station"; "Air Balloon" is no Ayr)
            if hit is not None and (hit.feature in ("country", "admin1", "admin2", "region")
                                    or hit.population >= WELL_KNOWN_TOWN_POPULATION
                                    or (leading and hit.feature == "city" and hit.country == focus
                                        and named_so(span.text, focus, r.gazetteer))):
                return span, hit
    return None
