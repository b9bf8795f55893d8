"""Reading every place mention of a document (`read_places`), then placing, from the
story's context, the streets, buildings and unknown towns the text does not place."""
from __future__ import annotations

from ..places import Gazetteer
from .context import PlaceReading
from .cues import PARENT_CUE, common_words_only, facility
from .mentions import fill_holder, place_for_ent
from .names import (MISREAD_LABELS, ODD_LABELS, PLACE_LABELS, misread_place, no_place, odd_label_place, outlet,
                    place_in_organisation, run_on_name, split_country, unlabelled_places)

MIN_STORY_UNIT_NAMES = 2  # distinct known names in one unit that set a story there ("Cape Town ... Mitchells Plain")


def read_places(doc, text: str, entities, *, gazetteer: Gazetteer | None = None, dateline_end: int = 0,
                place_by_ent: dict | None = None, body_dateline: tuple[int, int] | None = None) -> PlaceReading:
    """Every place mention of a parsed document, in text order, each resolved against
    the gazetteer (`entities.gazetteer` unless one is given) in the story's context.
    `text` is the text the parser saw; names before `dateline_end` (a dateline) are
    not read as untagged towns, but the town of a dateline after the headline (`body_dateline`,
    "... robbery. SPRINGFIELD - A man ...") is, although it opens a sentence. The reading's
    `place_by_ent` maps each mention read (a cue's landmark included) to its place, going on
    from the memo given, if any; `place_ents` holds the mentions read as places."""
    r = PlaceReading.begin(doc, text, entities, gazetteer=gazetteer, dateline_end=dateline_end,
                           place_by_ent=place_by_ent, body_dateline=body_dateline)
    merged: set[tuple[int, int]] = set()  # "Trinidad", "Tobago": parts of one country's name
    guessed: set[int] = set()  # ids of places read from names the model did not tag as places
    for ent in r.ents:
        if (ent.start_char, ent.end_char) not in merged:
            _read_tagged(r, ent, merged, guessed)
    unlabelled = unlabelled_places(r)
    for span in unlabelled:
        r.places.append(place_for_ent(r, span))
        guessed.add(id(r.places[-1]))
    r.places.sort(key=lambda p: p.start)
    spans = list(r.ents) + unlabelled
    _place_facilities(r, spans, guessed)
    _place_unknown_in_story_unit(r, spans, guessed)
    r.place_ents = {(p.start, p.end) for p in r.places} | merged
    return r


def _read_tagged(r: PlaceReading, ent, merged: set[tuple[int, int]], guessed: set[int]) -> None:
    """Read one entity of the model's: a place name (or a name misread as something
    else), the place inside an organisation's name, or nothing."""
    if ent.label_ in PLACE_LABELS or (ent.label_ in MISREAD_LABELS and misread_place(r, ent)) \
            or (ent.label_ in ODD_LABELS and odd_label_place(r, ent)):
        if outlet(r, ent) or no_place(r, ent):
            return
        parts = split_country(r, ent) or run_on_name(r, ent)
        if parts is not None:
            _read_whole(r, ent, parts, merged)
            return
        place = place_for_ent(r, ent)
        if place.feature is None and r.resolver.demonym_country(ent.text):
            return  # "Sri Lankan" tagged as a place: a nationality, left to actors
        if ent.label_ not in PLACE_LABELS:
            guessed.add(id(place))
        r.places.append(place)
    elif ent.label_ in ("ORG", "WORK_OF_ART"):  # "Aleppo NGO AFP" read as a title
        inner = place_in_organisation(r, ent)
        if inner is not None:
            r.places.append(place_for_ent(r, inner))


def _read_whole(r: PlaceReading, ent, parts, merged: set[tuple[int, int]]) -> None:
    """One place for a name the model cut in two ("Trinidad and Tobago", "Boa Vista"):
    the event-location stage finds it by either part."""
    whole, second = parts
    place = place_for_ent(r, whole)
    for part in (ent, second):
        r.place_by_ent[(part.start_char, part.end_char)] = place
        merged.add((part.start_char, part.end_char))
        for e in r.ents:  # a tagged name the whole takes in ("Vista" of "Boa Vista")
            if part.start_char <= e.start_char and e.end_char <= part.end_char:
                merged.add((e.start_char, e.end_char))
    r.places.append(place)


def _unplaced_mentions(r: PlaceReading, spans: list):
    """(span, place) for each listed place of these spans that has no point yet."""
    listed = {id(p) for p in r.places}
    for ent in spans:
        place = r.place_by_ent.get((ent.start_char, ent.end_char))
        if place is not None and id(place) in listed and place.lat is None:
            yield ent, place


def _place_facilities(r: PlaceReading, spans: list, guessed: set[int]) -> None:
    """Streets and buildings the text does not place are in the story's town (see
    `StoryContext.story_town`): "Frenchmen Street" in a story about New Orleans. Only
    towns the story names as places count, not names read as places against the
    model's tags ("Lafayette", a street there). Without such a town they stay
    unresolved: no guessed point."""
    towns = [p for p in r.places if id(p) not in guessed]
    for ent, place in _unplaced_mentions(r, spans):
        if not facility(ent):
            continue
        town = r.story.story_town(place.start, towns)
        if town is not None:
            fill_holder(place, town)


def _place_unknown_in_story_unit(r: PlaceReading, spans: list, guessed: set[int]) -> None:
    """A story whose places of its own country all lie in one admin1 unit (two names or
    more: "Cape Town ... Mitchells Plain") is set there: a town it names that the
    gazetteer lacks ("Khayelitsha") falls back to that unit, as in a local outlet's
    domestic story. Streets and buildings are placed by `_place_facilities`."""
    focus = r.story.focus_country
    known = [p for p in r.places if id(p) not in guessed and p.name and p.country == focus
             and p.feature in ("city", "admin2", "admin1")]
    units = {p.admin1_code for p in known}
    if focus is None or len(units) != 1 or None in units or len({p.name for p in known}) < MIN_STORY_UNIT_NAMES:
        return
    unit = r.gazetteer.admin1(units.pop())
    if unit is None:
        return
    for ent, place in _unplaced_mentions(r, spans):
        if place.country is not None or ent.label_ not in ("GPE", "LOC") or facility(ent) \
                or common_words_only(ent) or PARENT_CUE.match(r.text[ent.end_char:]):
            continue  # (not "the Old City", nor a name the text puts elsewhere: "... of Aleppo")
        fill_holder(place, unit)
