"""Words in and around a place name that say which place it is, or that it is one:
"Paris, Tenn.", "Douma, 10km northeast of Damascus", "the village of X in Hama
province", "Collins Avenue". Each reader looks at the text, a name's tokens or the
gazetteer; none resolves another mention (that is `mentions`)."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..places import Gazetteer, plain_name

# ---------------------------------------------------------------- cues after a name

ADMIN_CUE = re.compile(r"^\s*(?:province|governorate|countryside|region|district|state)\b", re.I)
ADMIN_CUE_WINDOW = 16  # characters after a name searched for "province", "state", ...
# "the northern province of Idlib", "the governorate of Aleppo": the unit word before the name
ADMIN_CUE_BEFORE = re.compile(r"\b(?:province|governorate|state)\s+of\s+(?:the\s+)?$", re.I)
ADMIN_CUE_BEFORE_WINDOW = 25  # characters before a name searched for "province of"


def unit_word_around(text: str, ent) -> bool:
    """Does a first-level unit's word stand after the name ("Idlib province") or, with "of",
    before it ("the province of Idlib")?"""
    return bool(ADMIN_CUE.match(text[ent.end_char:ent.end_char + ADMIN_CUE_WINDOW])
                or ADMIN_CUE_BEFORE.search(text[max(0, ent.start_char - ADMIN_CUE_BEFORE_WINDOW):ent.start_char]))
# What a state's own bodies are called: "Niger state television", "state-run media", "the state oil
# company" say whose they are, and the word after the name is no unit of it
_STATE_BODY = re.compile(r"^[\s-]*(?:run|owned|controlled|television|tv|media|broadcaster|radio|news|agency|"
                         r"oil|company|firm|security|prosecutors?|department|council|officials?)\b", re.I)


def named_unit_word(text: str, ent):
    """The unit word after a name ("Plateau state", "Kurram district"), unless it begins a state
    body's name ("Niger state television"), else None."""
    m = ADMIN_CUE.match(text[ent.end_char:ent.end_char + ADMIN_CUE_WINDOW])
    if m is None or _STATE_BODY.match(text[ent.end_char + m.end():ent.end_char + m.end() + 30]):
        return None
    return m


# "Douma, 10km northeast of Damascus", "a village 15 miles (24 km) south of Aleppo"
_UNITS = r"km|kms|kilometres|kilometers|miles|mi"  # of a stated distance
DISTANCE_CUE = re.compile(
    r"^,?\s*(?:about |some |around |roughly |nearly |just |over |less than )?(\d+(?:\.\d+)?)\s*-?\s*"
    rf"({_UNITS})\b[^.;:]{{0,40}}?\b(?:of|from)\s+(?:the\s+)?", re.I)
# "Al-Tabqah west of Raqqa", "Douma, northeast of Damascus": a bearing from a known place, with
# or without a distance; the place after it only says where the place before it is
BEARING_CUE = re.compile(rf"^,?\s*(?:just |some |about |around |\d+(?:\.\d+)?\s*-?\s*(?:{_UNITS})\s+)?"
                         r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)\s+(?:the\s+)?", re.I)
# "the village of X in Idlib province", "X, in rural Hama": the unit that holds X
PARENT_CUE = re.compile(r"^,?\s*(?:in|near|outside|of)\s+(?:the\s+)?(?:(?:rural|northern|southern|eastern|western|"
                         r"central|north|south|east|west)\s+)?", re.I)
# "Royal Street in New Orleans", "Collins Avenue, Miami Beach": the town a facility is in
FACILITY_PARENT_CUE = re.compile(r"^(?:,?\s*(?:in|near|outside|of)\s+(?:the\s+)?|,\s*)", re.I)
# "Eva's Village in Paterson": the town a name is in ("in the ..." names a region, not a town)
IN_TOWN_CUE = re.compile(r"^,?\s*in\s+(?!the\b)")
CUE_WINDOW = 90  # characters after a name searched for a cue that points to another place

KM_PER = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "miles": 1.609, "mi": 1.609}
# stated distances are rounded: a candidate may lie this much farther, in proportion and absolutely
DISTANCE_FACTOR = 1.5
DISTANCE_SLACK_KM = 25.0
IN_TOWN_RADIUS_KM = 50.0  # "X in Paterson": X lies this close to the town (no Village in Oklahoma)


def stated_km(m: re.Match) -> float:
    """The distance a DISTANCE_CUE match states, in kilometres."""
    return float(m.group(1)) * KM_PER[m.group(2).lower()]


def radius_of_stated_km(km: float) -> float:
    """How far from the landmark a place said to be `km` from it may lie."""
    return km * DISTANCE_FACTOR + DISTANCE_SLACK_KM


# "Paris, Tenn.", "Athens, Georgia": the unit after the comma says which town
_UNIT_AFTER = re.compile(r"^,\s*((?:[A-Z][a-z]*\.?\s?){1,3})")
_UNIT_AFTER_WINDOW = 24


def unit_after(text: str, ent, gazetteer: Gazetteer, focus_country: str | None) -> str | None:
    """The ISO 3166-2 code of the unit named after `ent` and a comma ("Paris, Tenn."),
    else None."""
    m = _UNIT_AFTER.match(text[ent.end_char:ent.end_char + _UNIT_AFTER_WINDOW])
    if not m:
        return None
    name = m.group(1).strip()
    towns = {e.admin1_code for e in gazetteer.candidates(ent.text) if e.feature != "admin1"}
    while name:
        # a unit of that name holding a town of this one: "Athens, Georgia" is in the
        # state, though "Georgia" alone is the country
        units = [e.admin1_code for e in gazetteer.candidates(name) if e.feature == "admin1" and e.admin1_code in towns]
        if units:
            return units[0]
        hit = gazetteer.lookup(name, focus_country=focus_country)
        if hit is not None and hit.feature == "admin1":
            return hit.admin1_code
        name = name.rpartition(" ")[0]  # "Tenn. Police" → "Tenn."
    return None


# ---------------------------------------------------------------- cues that a name is a place

_PLACE_BEFORE = re.compile(r"\b(?:village|town|city|hamlet|suburb|district|neighbou?rhood|camp|area)\s+of\s+$", re.I)
_PLACE_BEFORE_WINDOW = 30


def cued_as_place(text: str, ent) -> bool:
    """Words around a name say it is a place, whatever the model tagged it: "the
    village of X", "X, 10km northeast of Damascus"."""
    if _PLACE_BEFORE.search(text[max(0, ent.start_char - _PLACE_BEFORE_WINDOW):ent.start_char]):
        return True
    return DISTANCE_CUE.match(text[ent.end_char:ent.end_char + CUE_WINDOW]) is not None


# Labels a cue's landmark may carry: "12 km south of Aleppo" with Aleppo read as a
# nationality still anchors
ANCHOR_LABELS = ("GPE", "LOC", "FAC", "NORP", "ORG", "PERSON")


def ent_at(ents: list, char: int):
    """The entity of an anchoring label that starts at `char`, else None."""
    return next((e for e in ents if e.start_char == char and e.label_ in ANCHOR_LABELS), None)


# How alike (rapidfuzz ratio, 0-100) a name the model did not tag as a place and the place's own
# name must be spelt for the words around it to make it that place: the gazetteer's key is
# phonetic ("Rally" is keyed with Raleigh, 50; "Daraa" with Dar'a, 89; "Herat" with Herat, 100)
SPELLED_ALIKE_RATIO = 80
# The place's name is compared whole, an Arabic article included ("Raqqa" and "Ar Raqqah": 77,
# not alike; "Fallujah" and "Al Fallujah": 89): dropping the article first cost record gold check
# missed +1


def spelled_alike(text: str, name: str) -> bool:
    """Is `text` spelt as the place `name` is, give or take accents and a letter?"""
    return fuzz.ratio(plain_name(text), plain_name(name)) >= SPELLED_ALIKE_RATIO


def named_so(text: str, country: str | None, gazetteer: Gazetteer) -> bool:
    """Whether a town of `country` has this very name (accents, case and "St." aside), not
    only a name that normalises alike: "Allendale" has one, "Air" has none (Ayr)."""
    plain = plain_name(text)
    return any(e.country == country and plain_name(e.name) == plain for e in gazetteer.candidates(text))


# ---------------------------------------------------------------- the words of a name

# Words that begin or end place names without being places themselves
NAME_PARTS = frozenset("""kafr kfar tal tell tel deir dayr ain ein beit bayt khan jabal jebel wadi bir umm abu abou
al el ras sheikh maarat qasr mount port fort lake new north south east west saint st san santa upper lower
old great little city county river northern southern eastern western central national university college school
hospital airport centre center hall park street avenue road bank church chapel stadium station office bridge
academy institute museum theatre theater""".split())
ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
_COMMON_WORDS = NAME_PARTS | {"the", "town", "state", "main", "high", "police", "fire", "court", "house"}

# A name ending in one of these words is a street, square or building. Where it is is
# the town the story puts it in, not a place its other words name: "Collins Avenue" is
# in Miami Beach, "Washington Square" in New York.
_THOROUGHFARES = frozenset("street st avenue ave road rd boulevard blvd lane drive parade square plaza terrace "
                           "crescent".split())
_BUILDINGS = frozenset("""park centre center stadium arena hospital airport tower hall chapel church cathedral
basilica mosque temple theatre theater embassy bridge hotel mall prison jail courthouse station canal railroad
railway office bend market school college university court house""".split())
_STREETS_AFTER = frozenset("streets avenues roads boulevards lanes".split()) | _THOROUGHFARES


def common_words_only(ent) -> bool:
    """A name made of common words alone: "City Hall", "the Old City"."""
    return all(t.lower_ in _COMMON_WORDS for t in ent)


def _last_word(ent) -> str:
    return ent[-1].lower_.rstrip(".") if len(ent) > 1 else ""


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
