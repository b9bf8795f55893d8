"""Words around a place name that say which place it is, or that it is one: "Paris,
Tenn.", "Tacoma, Washington", "Douma, 10km northeast of Damascus", "the village of X in
Hama province", the known part of an unknown name, a stray foreign namesake."""
from __future__ import annotations

import re
from collections import Counter

from ..model import Place
from .work import Work


ADMIN_CUE = re.compile(r"^\s*(?:province|governorate|countryside|region|district|state)\b", re.I)
# "Paris, Tenn.", "Athens, Georgia": the unit after the comma says which town
_UNIT_AFTER = re.compile(r"^,\s*((?:[A-Z][a-z]*\.?\s?){1,3})")


def unit_after(w: Work, ent) -> str | None:
    from ..resolve.places import Gazetteer

    m = _UNIT_AFTER.match(w.text[ent.end_char:ent.end_char + 24])
    if not m:
        return None
    gaz = Gazetteer.load()
    name = m.group(1).strip()
    towns = {e.admin1_code for e in gaz.candidates(ent.text) if e.feature != "admin1"}
    while name:
        # a unit of that name holding a town of this one: "Athens, Georgia" is in the
        # state, though "Georgia" alone is the country
        units = [e.admin1_code for e in gaz.candidates(name) if e.feature == "admin1" and e.admin1_code in towns]
        if units:
            return units[0]
        hit = gaz.lookup(name, focus_country=w.entities.focus_country)
        if hit is not None and hit.feature == "admin1":
            return hit.admin1_code
        name = name.rpartition(" ")[0]  # "Tenn. Police" → "Tenn."
    return None


def container_of_previous(w: Work, ent):
    """The unit or country named right after a place and a comma that holds that place
    ("Tacoma, Washington" is the state, "Athens, Georgia" the state, "Tbilisi, Georgia"
    the country), or None."""
    from ..resolve.places import Gazetteer, written_name

    if not w.text[max(0, ent.start_char - 2):ent.start_char] == ", ":
        return None
    prev = next((e for e in w.entities.ents if e.end_char == ent.start_char - 2
                 and e.label_ in ("GPE", "LOC", "FAC")), None)
    if prev is None:
        return None
    from .places import place_for_ent

    held = place_for_ent(w, prev)
    if held.country is None or held.precision not in ("point", "admin2"):
        return None
    for e in Gazetteer.load().candidates(written_name(ent)):
        if (e.feature == "admin1" and held.admin1_code and e.admin1_code == held.admin1_code) or \
                (e.feature == "country" and e.country == held.country):
            return e
    return None


# "Douma, 10km northeast of Damascus", "a village 15 miles (24 km) south of Aleppo"
DISTANCE_CUE = re.compile(
    r"^,?\s*(?:about |some |around |roughly |nearly |just |over |less than )?(\d+(?:\.\d+)?)\s*-?\s*"
    r"(km|kms|kilometres|kilometers|miles|mi)\b[^.;:]{0,40}?\b(?:of|from)\s+(?:the\s+)?", re.I)
# "the village of X in Idlib province", "X, in rural Hama": the unit that holds X
PARENT_CUE = re.compile(r"^,?\s*(?:in|near|outside|of)\s+(?:the\s+)?(?:(?:rural|northern|southern|eastern|western|"
                         r"central|north|south|east|west)\s+)?", re.I)
# "Royal Street in New Orleans", "Collins Avenue, Miami Beach": the town a facility is in
FACILITY_PARENT_CUE = re.compile(r"^(?:,?\s*(?:in|near|outside|of)\s+(?:the\s+)?|,\s*)", re.I)
KM_PER = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "miles": 1.609, "mi": 1.609}


def ent_at(w: Work, char: int):
    # any label: "12 km south of Aleppo" with Aleppo read as a nationality still anchors
    return next((e for e in w.entities.ents if e.start_char == char
                 and e.label_ in ("GPE", "LOC", "FAC", "NORP", "ORG", "PERSON")), None)


_PLACE_BEFORE = re.compile(r"\b(?:village|town|city|hamlet|suburb|district|neighbou?rhood|camp|area)\s+of\s+$", re.I)


def cued_as_place(w: Work, ent) -> bool:
    """Words around a name say it is a place, whatever the model tagged it: "the
    village of X", "X, 10km northeast of Damascus"."""
    if _PLACE_BEFORE.search(w.text[max(0, ent.start_char - 30):ent.start_char]):
        return True
    return DISTANCE_CUE.match(w.text[ent.end_char:ent.end_char + 90]) is not None


def anchor(w: Work, ent, cue: re.Pattern) -> tuple[Place, re.Match] | None:
    """The resolved place a cue after `ent` points to, with the cue's match."""
    m = cue.match(w.text[ent.end_char:ent.end_char + 90])
    if not m:
        return None
    other = ent_at(w, ent.end_char + m.end())
    if other is None or other.start_char <= ent.start_char:
        return None
    from .places import place_for_ent

    p = place_for_ent(w, other)
    return (p, m) if p.lat is not None else None


# Words that begin or end place names without being places themselves
NAME_PARTS = frozenset("""kafr kfar tal tell tel deir dayr ain ein beit bayt khan jabal jebel wadi bir umm abu abou
al el ras sheikh maarat qasr mount port fort lake new north south east west saint st san santa upper lower
old great little city county river northern southern eastern western central national university college school
hospital airport centre center hall park street avenue road bank church chapel stadium station office bridge
academy institute museum theatre theater""".split())


# A name ending in one of these words is a street, square or building. Where it is is
# the town the story puts it in, not a place its other words name: "Collins Avenue" is
# in Miami Beach, "Washington Square" in New York.
_THOROUGHFARES = frozenset("street st avenue ave road rd boulevard blvd lane drive parade square plaza terrace "
                           "crescent".split())
_BUILDINGS = frozenset("""park centre center stadium arena hospital airport tower hall chapel church cathedral
basilica mosque temple theatre theater embassy bridge hotel mall prison jail courthouse station canal railroad
railway office bend market school college university court house""".split())


def _last_word(ent) -> str:
    return ent[-1].lower_.rstrip(".") if len(ent) > 1 else ""


_STREETS_AFTER = frozenset("streets avenues roads boulevards lanes".split()) | _THOROUGHFARES


def thoroughfare(ent) -> bool:
    """"Collins Avenue", and the "Hubbard" of "State and Hubbard streets"."""
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return _last_word(ent) in _THOROUGHFARES or after in _STREETS_AFTER


def building(ent) -> bool:
    """A name ending in a building's or site's word ("City Hall", "Rogers Centre")."""
    return _last_word(ent) in _BUILDINGS


def facility(ent) -> bool:
    """A street, square, building or site: the model's FAC, or a name ending in such a word."""
    return ent.label_ == "FAC" or building(ent) or thoroughfare(ent)


def story_town(w: Work, at: int, places: list[Place]) -> Place | None:
    """The town a facility named at `at` is in, when the text does not say: among
    `places` (in text order), the nearest town of the story's country, or of a country
    it names, in the 300 characters before it ("Washington ... reporters at the
    Pentagon" in a Dutch story naming the US), else the town of the story's country
    named most (first named on a tie). None without one."""
    focus = w.entities.focus_country
    towns = [p for p in places if p.feature == "city" and p.name and p.lat is not None]
    near = [p for p in towns if at - 300 <= p.start < at
            and (focus is None or p.country == focus or p.country in w.entities.country_names)]
    if near:
        return max(near, key=lambda p: p.start)
    towns = [p for p in towns if focus is None or p.country == focus]
    if not towns:
        return None
    counts = Counter(p.geonameid for p in towns)
    best = max(counts.values())
    return next(p for p in towns if counts[p.geonameid] == best)


def known_part(w: Work, ent):
    """(sub-span, entry) for the longest leading or trailing part of a multi-word name
    that is a well-known place (a country, unit, region or town of 100,000+), where the
    whole name is unknown."""
    from ..resolve.places import Gazetteer

    gaz = Gazetteer.load()
    focus = w.entities.focus_country
    if w.entities.resolver.demonym_country(ent.text):
        return None  # "Sri Lankan": a nationality, whose "Sri" is no town
    if len(ent) > 1 and ent[0].lower_ == "the":  # "the Henderson County Jail"
        ent = ent[1:]
    for size in range(len(ent) - 1, 0, -1):
        for leading, span in ((False, ent[len(ent) - size:]), (True, ent[:size])):
            if not span[0].is_alpha or not (span[0].is_title or span[0].is_upper):
                continue
            if size == 1 and span[0].lower_ in NAME_PARTS:
                continue  # "Kafr" of "Kafr Zzyta" is no place of its own
            hit = gaz.lookup(span.text, focus_country=focus, context_admin1=w.entities.context_admin1,
                             admin1_support=w.entities.admin1_support, home=w.entities.local_home)
            # a leading town of the story's country, by its own name, names what follows
            # ("the Cottonport Fire Station"; "Air Balloon" is no Ayr)
            if hit is not None and (hit.feature in ("country", "admin1", "admin2", "region")
                                    or hit.population >= 100_000
                                    or (leading and hit.feature == "city" and hit.country == focus
                                        and named_so(span.text, focus))):
                return span, hit
    return None


def stray_namesake(w: Work, hit) -> bool:
    """A small foreign town matched by one of its other names in a story set elsewhere,
    with nothing in the story pointing to its region: likely a local place the
    gazetteer lacks, whose name happens to transliterate like the town's."""
    focus = w.entities.focus_country
    return (hit.feature == "city" and focus is not None and hit.country != focus and hit.population < 100_000
            and hit.admin1_code not in w.entities.context_admin1
            and w.entities.admin1_support.get(hit.admin1_code or "", 0) < 2
            and hit.country not in w.entities.country_names)




def coordinated_unit(w: Work, ent):
    """The admin1 unit of this name when the text lists it with units of one country
    ("California or Washington", "Alaska, Hawaii, Florida and Washington": the state),
    else None. Only lists whose other members are units and nothing else count: "Homs
    and Hama" stay towns."""
    from ..resolve.places import Gazetteer, written_name

    gaz = Gazetteer.load()
    top = ent.root
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    members, i = [top], 0
    while i < len(members):
        members.extend(c for c in members[i].children if c.dep_ == "conj")
        i += 1
    others = {t.i for t in members} - {ent.root.i}
    siblings = [e for e in w.entities.ents if e.root.i in others and e.label_ in ("GPE", "LOC")]
    if not siblings:
        return None
    countries = set()
    for sib in siblings:
        cands = gaz.candidates(written_name(sib))
        units = {e.country for e in cands if e.feature == "admin1"}
        if len(units) != 1 or any(e.feature in ("city", "country") and e.population >= 50_000 for e in cands):
            return None  # a member that is not plainly a unit: no list of units
        countries |= units
    if len(countries) != 1:
        return None
    return next((e for e in gaz.candidates(written_name(ent)) if e.feature == "admin1" and e.country in countries),
                None)


def named_so(text: str, country: str | None) -> bool:
    """Whether a town of `country` has this very name (accents, case and "St." aside), not
    only a name that normalises alike: "Allendale" has one, "Air" has none (Ayr)."""
    from ..resolve.places import Gazetteer, plain_name

    plain = plain_name(text)
    return any(e.country == country and plain_name(e.name) == plain for e in Gazetteer.load().candidates(text))
