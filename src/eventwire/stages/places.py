"""Place stages: every place mention, and each event's own place."""
from __future__ import annotations

import re

from ..model import Place
from .contract import stage
from .resources import Resources
from .work import Work
from .place_cues import (ADMIN_CUE, DISTANCE_CUE, FACILITY_PARENT_CUE, KM_PER, NAME_PARTS, PARENT_CUE, anchor,
                         building, container_of_previous, coordinated_unit, cued_as_place, ent_at, facility, known_part,
                         named_so, story_town, stray_namesake, thoroughfare, unit_after)


_IN_TOWN = re.compile(r"^,?\s*in\s+(?!the\b)")
_COMMON_WORDS = NAME_PARTS | {"the", "town", "state", "main", "high", "police", "fire", "court", "house"}


def _common_words_only(ent) -> bool:
    """A name made of common words alone: "City Hall", "the Old City"."""
    return all(t.lower_ in _COMMON_WORDS for t in ent)

_PRECISION = {"city": "point", "admin2": "admin2", "admin1": "admin1", "country": "country", "region": "region"}


def _fill(place: Place, hit) -> None:
    place.name, place.geonameid, place.country = hit.name, hit.geonameid, hit.country
    place.admin1, place.admin1_code, place.lat, place.lon = hit.admin1, hit.admin1_code, hit.lat, hit.lon
    place.feature = hit.feature
    place.precision = _PRECISION[hit.feature]


def place_for_ent(w: Work, ent) -> Place:
    """Resolve one place mention. Cues in the text come first: a distance from a named
    place ("Douma, 10km northeast of Damascus") keeps only candidates that far from it;
    a unit after a comma ("Paris, Tenn.") keeps its towns. A name the gazetteer lacks
    falls back to the unit the text puts it in, with that unit's precision, never to a
    guessed point; in a local outlet's domestic story, an unknown town falls back to the
    outlet's home unit. A street or building is in the town the text puts it in
    ("Royal Street in New Orleans"); a street's own words never place it ("Collins
    Avenue" is no town called Collins), and one the text does not place is left for
    `places` to put in the story's town."""
    from ..resolve.places import Gazetteer, written_name

    key = (ent.start_char, ent.end_char)
    if key in w.place_by_ent:
        return w.place_by_ent[key]
    place = Place(text=ent.text, start=ent.start_char, end=ent.end_char)
    w.place_by_ent[key] = place  # before recursing into anchors: a cycle finds it unresolved
    gaz = Gazetteer.load()
    after = w.text[ent.end_char:ent.end_char + 16]
    prefer = "admin1" if ADMIN_CUE.match(after) else None
    near = None
    distance = anchor(w, ent, DISTANCE_CUE)
    if distance is not None:
        landmark, m = distance
        km = float(m.group(1)) * KM_PER[m.group(2).lower()]
        near = (landmark.lat, landmark.lon, km * 1.5 + 25.0)  # stated distances are rounded
    within = unit_after(w, ent)  # "Paris, Tenn.": a town of that unit, even in a list of states
    inside = anchor(w, ent, _IN_TOWN) if near is None and prefer is None else None
    if inside is not None and inside[0].precision == "point" and inside[0].name:
        near = (inside[0].lat, inside[0].lon, 50.0)  # "Eva's Village in Paterson": no Village in Oklahoma
    container = container_of_previous(w, ent) or (coordinated_unit(w, ent) if prefer is None and near is None
                                                  and within is None else None)
    if container is not None:  # "Tacoma, Washington", "California or Washington": the state
        _fill(place, container)
        return place
    # a street, or a building named by common words alone ("City Hall"), is no town of its words
    street = thoroughfare(ent) or (building(ent) and _common_words_only(ent))
    hit = None if street else gaz.lookup(
        written_name(ent), focus_country=w.entities.focus_country, prefer=prefer,
        context_admin1=w.entities.context_admin1, admin1_support=w.entities.admin1_support,
        within=within, near=near, home=w.entities.local_home,
        named=w.entities.countries_named_besides(ent.text))
    if hit is not None and stray_namesake(w, hit) and near is None:
        hit = None  # "al-Shola" in a Syrian story is no French Cholet: unknown, not a wrong point
    focus = w.entities.focus_country
    if hit is not None and ent.label_ == "FAC" and len(ent) == 1 and hit.feature == "city" and focus is not None \
            and hit.country != focus and hit.population < 100_000 and near is None:
        hit = None  # a one-word facility: "Heathrow" in a British story is the airport, not Heathrow, Florida
    if hit is not None:
        _fill(place, hit)
        return place
    if facility(ent):
        town = anchor(w, ent, FACILITY_PARENT_CUE)
        if town is not None and town[0].precision == "point" and town[0].name:
            _fill(place, town[0])
            place.name = None  # in that town; the facility itself is not in the gazetteer
            return place
    inner = None if street else known_part(w, ent)
    if inner is not None:  # "Building Ireland", "Greece Italy": the place is the known part
        span, hit = inner
        place.text, place.start, place.end = span.text, span.start_char, span.end_char
        _fill(place, hit)
        return place
    parent = distance or anchor(w, ent, PARENT_CUE)
    code = None
    if parent is not None and parent[0].precision in ("point", "admin2", "admin1") and parent[0].admin1_code:
        code = parent[0].admin1_code
    elif ent.label_ in ("GPE", "LOC") and w.entities.local_home:
        code = w.entities.local_home  # a town or lake a local paper's domestic story names is in its home unit
    unit = gaz.admin1(code) if code else None
    if unit is not None:
        _fill(place, unit)
        place.name = None  # the unit holds it; the name itself is not in the gazetteer
    return place


def _outlet(ent) -> bool:
    """A news outlet the model read as a place ("Al Jazira", Al Jazeera misspelt, is no
    Gezira): a known outlet's name that is no place's own name."""
    from ..resolve.outlets import outlet_name
    from ..resolve.places import Gazetteer, plain_name

    if outlet_name(ent.text) is None:
        return False
    plain = plain_name(ent.text)
    return not any(plain_name(e.name) == plain for e in Gazetteer.load().candidates(ent.text))


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


def _no_place(w: Work, ent) -> bool:
    """An ordinal ("the army's Fourth Division" is no Fürth), or a group the actor
    lexicon knows that is no place's own name ("Daesh")."""
    if len(ent) == 1 and (ent[0].lower_ in _ORDINALS or ent[0].like_num):
        return True
    info = w.entities.resolver.resolve(ent.text)
    if info is None or info.kind not in ("group", "organization"):
        return False
    from ..resolve.places import Gazetteer

    return not any(e.feature != "city" or e.population >= 1_000 for e in Gazetteer.load().candidates(ent.text))


def _misread_place(w: Work, ent) -> bool:
    """A name the model tagged as a nationality, organisation or person that is a
    known place and no known actor ("Aleppo" as NORP, "Gainesville" as ORG)."""
    from ..resolve.places import Gazetteer

    res = w.entities.resolver
    if res.resolve(ent.text) is not None or res.demonym_country(ent.text):
        return False
    if ent.label_ in ("ORG", "PERSON") and cued_as_place(w, ent):
        return True
    hit = Gazetteer.load().lookup(ent.text, focus_country=w.entities.focus_country)
    if hit is None or hit.feature == "country":
        return False
    if ent.label_ == "NORP":  # "Aleppo" read as a nationality: a town of the story's country
        return hit.feature != "city" or hit.country == w.entities.focus_country or hit.population >= 100_000
    # "Alexandria police", "an Alexandria grand jury": a one-word name modifying a
    # common noun is where something is, not who
    if len(ent) == 1 and ent.root.dep_ in ("compound", "nmod") and ent.root.head.pos_ == "NOUN" \
            and (hit.feature != "city" or hit.population >= 10_000):
        return True
    # organisations and people are often named after places: only unambiguous big ones
    return hit.feature in ("admin1", "region") or hit.population >= 500_000


@stage("places", reads=("doc", "text", "entities", "dateline_end", "article"),
       writes=("places", "place_by_ent", "place_ents"))
def places(w: Work, res: Resources) -> None:
    merged: set[tuple[int, int]] = set()  # "Trinidad", "Tobago": parts of one country's name
    guessed: set[int] = set()  # ids of places read from names the model did not tag as places
    for ent in w.entities.ents:
        if (ent.start_char, ent.end_char) in merged:
            continue
        if ent.label_ in ("GPE", "LOC", "FAC") or (ent.label_ in ("NORP", "ORG", "PERSON") and _misread_place(w, ent)):
            if _outlet(ent) or _no_place(w, ent):
                continue
            parts = _split_country(w, ent) or _run_on_name(w, ent)
            if parts is not None:
                whole, second = parts
                place = place_for_ent(w, whole)
                for part in (ent, second):  # the event-location stage finds it by either part
                    w.place_by_ent[(part.start_char, part.end_char)] = place
                    merged.add((part.start_char, part.end_char))
                    for e in w.entities.ents:  # a tagged name the whole takes in ("Vista" of "Boa Vista")
                        if part.start_char <= e.start_char and e.end_char <= part.end_char:
                            merged.add((e.start_char, e.end_char))
                w.places.append(place)
                continue
            place = place_for_ent(w, ent)
            if place.feature is None and w.entities.resolver.demonym_country(ent.text):
                continue  # "Sri Lankan" tagged as a place: a nationality, left to actors
            if ent.label_ not in ("GPE", "LOC", "FAC"):
                guessed.add(id(place))
            w.places.append(place)
        elif ent.label_ in ("ORG", "WORK_OF_ART"):  # "Aleppo NGO AFP" read as a title
            inner = _place_in_organisation(w, ent)
            if inner is not None:
                w.places.append(place_for_ent(w, inner))
    unlabelled = _unlabelled_places(w)
    for span in unlabelled:
        w.places.append(place_for_ent(w, span))
        guessed.add(id(w.places[-1]))
    w.places.sort(key=lambda p: p.start)
    spans = list(w.entities.ents) + unlabelled
    _place_facilities(w, spans, guessed)
    _place_unknown_in_story_unit(w, spans, guessed)
    w.place_ents = {(p.start, p.end) for p in w.places} | merged


def _place_facilities(w: Work, spans: list, guessed: set[int]) -> None:
    """Streets and buildings the text does not place are in the story's town (see
    `story_town`): "Frenchmen Street" in a story about New Orleans. Only towns the
    story names as places count, not names read as places against the model's tags
    ("Lafayette", a street there). Without such a town they stay unresolved: no
    guessed point."""
    towns = [p for p in w.places if id(p) not in guessed]
    for ent, place in _unplaced_mentions(w, spans):
        if not facility(ent):
            continue
        town = story_town(w, place.start, towns)
        if town is not None:
            _fill(place, town)
            place.name = None


def _split_country(w: Work, ent):
    """(whole span, second entity) where the model split a country's name in two at
    "and" ("Trinidad and Tobago", "Bosnia and Herzegovina"), else None."""
    from ..resolve.places import Gazetteer

    if w.text[ent.end_char:ent.end_char + 5] != " and ":
        return None
    second = ent_at(w, ent.end_char + 5)
    if second is None or second.label_ not in ("GPE", "LOC", "NORP", "ORG", "PERSON"):
        return None
    whole = w.doc.char_span(ent.start_char, second.end_char)
    hit = Gazetteer.load().lookup(whole.text) if whole is not None else None
    return (whole, second) if hit is not None and hit.feature == "country" else None


def _unplaced_mentions(w: Work, spans: list):
    """(span, place) for each listed place of these spans that has no point yet."""
    listed = {id(p) for p in w.places}
    for ent in spans:
        place = w.place_by_ent.get((ent.start_char, ent.end_char))
        if place is not None and id(place) in listed and place.lat is None:
            yield ent, place


def _place_unknown_in_story_unit(w: Work, spans: list, guessed: set[int]) -> None:
    """A story whose places of its own country all lie in one admin1 unit (two names or
    more: "Cape Town ... Mitchells Plain") is set there: a town it names that the
    gazetteer lacks ("Khayelitsha") falls back to that unit, as in a local outlet's
    domestic story. Streets and buildings are placed by `_place_facilities`."""
    from ..resolve.places import Gazetteer

    focus = w.entities.focus_country
    known = [p for p in w.places if id(p) not in guessed and p.name and p.country == focus
             and p.feature in ("city", "admin2", "admin1")]
    units = {p.admin1_code for p in known}
    if focus is None or len(units) != 1 or None in units or len({p.name for p in known}) < 2:
        return
    unit = Gazetteer.load().admin1(units.pop())
    if unit is None:
        return
    for ent, place in _unplaced_mentions(w, spans):
        if place.country is not None or ent.label_ not in ("GPE", "LOC") or facility(ent) \
                or _common_words_only(ent) or PARENT_CUE.match(w.text[ent.end_char:]):
            continue  # (not "the Old City", nor a name the text puts elsewhere: "... of Aleppo")
        _fill(place, unit)
        place.name = None


def _run_on_name(w: Work, ent):
    """(whole span, the words after `ent`) where the model cut a known name short: "Baja"
    + "California", "Boa" + "Vista", "U.S." + "Virgin Islands". Only a country, a unit,
    or a town of 100,000+ by its own name is taken as the whole."""
    from ..resolve.places import Gazetteer, normalize_name

    doc, gaz = w.doc, Gazetteer.load()
    for k in (2, 1):
        rest = doc[ent.end:ent.end + k]
        if len(rest) < k or any(not (t.is_title or t.is_upper) or not t.is_alpha or t.is_sent_start for t in rest) \
                or w.text[ent.end_char:rest.start_char] != " ":
            continue
        whole = doc[ent.start:ent.end + k]
        key = normalize_name(whole.text)
        if any(normalize_name(e.name) == key and (e.feature in ("country", "admin1")
                                                  or (e.feature == "city" and e.population >= 100_000))
               for e in gaz.candidates(whole.text)):
            return whole, rest
    return None


def _unlabelled_places(w: Work) -> list:
    """Proper names the model left untagged that are towns of the story's own country
    ("... shelling on Kafr Nabl"): 1–3 capitalised tokens, not sentence-initial, in the
    gazetteer as an admin1 unit or a town of 5,000+ in the focus country."""
    from ..resolve.places import Gazetteer

    focus = w.entities.focus_country
    if focus is None:
        return []
    gaz = Gazetteer.load()
    doc = w.doc
    in_ent = {i for e in w.entities.ents for i in range(e.start, e.end)}
    found, i = [], 0
    while i < len(doc):
        tok = doc[i]
        if tok.pos_ != "PROPN" or i in in_ent or tok.is_sent_start or tok.idx < w.dateline_end:
            i += 1
            continue
        hit_span = None
        for n in (3, 2, 1):
            span = doc[i:i + n]
            if len(span) < n or any(t.i in in_ent or t.pos_ != "PROPN" for t in span):
                continue
            hit = gaz.lookup(span.text, focus_country=focus)
            if hit is not None and hit.country == focus and (
                    hit.feature in ("admin1", "admin2") or (hit.feature == "city" and hit.population >= 5_000)) \
                    and w.entities.resolver.resolve(span.text) is None \
                    and (len(span.text) > 4 or named_so(span.text, focus)):  # "Air" is no Ayr
                hit_span = span
                break
        if hit_span is not None:
            found.append(hit_span)
            i = hit_span.end
        else:
            i += 1
    return found


def _place_in_organisation(w: Work, ent):
    """"Ohio Department of Development", "Dublin City Council", "Aleppo Police Command":
    the leading words name a place when they are a known state, country or large town.
    After a leading country in the possessive ("Syrias Deir Ezzor Monitor", where the
    apostrophe was lost), the words that follow it are tried."""
    from ..resolve.places import Gazetteer

    gaz = Gazetteer.load()
    if len(ent) > 1 and ent[0].lower_ == "the":  # "the Ohio Department of ..."
        ent = ent[1:]
    first = ent[0].text
    if len(ent) > 2 and first[-1:] == "s" and first[0].isupper():
        owner = gaz.lookup(first[:-1].rstrip("'’"))
        if owner is not None and owner.feature == "country":
            ent = ent[1:]
    for n in (3, 2, 1):
        if n >= len(ent):
            continue
        span = ent[:n]
        if not all(t.is_title or t.is_upper for t in span) or w.entities.resolver.resolve(span.text) is not None \
                and n == len(ent):
            continue
        if n == 1 and (span[0].lower_ in NAME_PARTS or span[0].lower_ in _ORDINALS):
            continue  # "Northern Monitor for Human Rights": no place called Northern; "Fourth Division"
        hit = gaz.lookup(span.text, focus_country=w.entities.focus_country)
        if hit is not None and (hit.feature in ("admin1", "country") or hit.population >= 100_000
                                or (hit.feature == "admin2" and hit.country == w.entities.focus_country
                                    and span[-1].lower_ == "county")
                                or (hit.feature == "city" and hit.country == w.entities.focus_country
                                    and hit.population >= 20_000 and named_so(span.text, hit.country))):
            # (a town of the story's country by its own name: "Air Balloon" is no Ayr; a county
            # written as one: "the Laurel County Fiscal Court" is in the county, not Laurel, Md.)
            return span
    return None


# Events that happen where they are said (a statement, an appeal) get a place only
# when one is attached to their trigger; physical events also take their sentence's.
PHYSICAL_TYPES = frozenset(("ASSAULT", "INCIDENT", "COERCE", "PROTEST", "MOBILIZE", "AID", "CRIME", "RETREAT"))
_ACTING_DEPS = frozenset(("nsubj", "nsubjpass", "poss", "compound", "amod", "agent"))


def _acting_entity(ent) -> bool:
    """A GPE used as an actor or a modifier ("Russia said", "Russia's minister", "US forces")."""
    from ..extract.arguments import PLACE_NOUNS

    root = ent.root
    if root.dep_ in ("compound", "amod") and root.head.lemma_.lower() in PLACE_NOUNS:
        return False  # "Idlib province", "Aleppo countryside": a place
    if root.dep_ in _ACTING_DEPS:
        return True
    if root.dep_ == "conj" and root.head.dep_ in _ACTING_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "by"


@stage("locations", reads=("drafts.event.type", "drafts.event.actors", "drafts.event.targets", "drafts.place_tokens",
                           "drafts.sent", "drafts.sent_index", "entities", "text", "dateline_end", "places",
                           "place_by_ent", "place_ents"),
       writes=("drafts.event.location", "drafts.loc_explicit", "place_by_ent"),
       # the trigger's type and arguments as extracted: `refine` recodes a few events later
       provisional=("drafts.event.type", "drafts.event.actors", "drafts.event.targets"))
def locations(w: Work, res: Resources) -> None:
    """Each event's own place: attached to its trigger, else (physical events) in its
    sentence but not an acting entity nor an actor's own country, else the place of
    the previous physical event within two sentences (carried over, not explicit)."""
    prev = None
    for d in w.drafts:
        ev = d.event
        occupied = {(a.start, a.end) for a in ev.actors + ev.targets}
        actor_countries = {a.country for a in ev.actors if a.country}
        attached = []
        for tok in d.place_tokens:
            ent = next((e for e in w.entities.ents_in(d.sent) if e.start <= tok.i < e.end), None)
            span = ent if ent is not None else d.sent.doc[tok.i:tok.i + 1]
            if not w.entities.resolver.demonym_country(span.text):  # "Russian-brokered" is no place
                attached.append(span)
        cands = list(attached)
        if ev.type in PHYSICAL_TYPES:
            cands += [e for e in w.entities.ents_in(d.sent) if (e.start_char, e.end_char) in w.place_ents and e not in cands
                      and not _acting_entity(e)]
        best = None
        for ent in cands:
            if any(s <= ent.start_char < e for s, e in occupied) or ent.end_char <= w.dateline_end:
                continue
            if any(o.end_char < ent.start_char and DISTANCE_CUE.match(w.text[o.end_char:ent.start_char])
                   for o in cands):
                continue  # "Douma, 10km northeast of Damascus": Damascus only says where Douma is
            town = next((o for o in w.entities.ents if o.end_char < ent.start_char
                         and w.text[o.end_char:ent.start_char].strip() == "," and o.end_char >= ent.start_char - 3
                         and (o.start_char, o.end_char) in w.place_ents), None)
            if town is not None:
                ent = town  # "Police in Paris, Tenn.": the state only says which Paris
            # "destroyers in the Red Sea fired": where an actor is, not where the event is
            owner = ent.root.head.head if ent.root.head.dep_ == "prep" else None
            if owner is not None and ent not in attached and (
                    owner.dep_ in ("nsubj", "nsubjpass") or any(s <= owner.idx < e for s, e in occupied)):
                continue
            p = place_for_ent(w, ent)
            if p.feature is None:
                continue
            if p.precision == "country" and p.country in actor_countries and ent not in attached:
                continue
            if best is None or (best.precision in ("country", "region") and p.precision not in ("country", "region")
                                and (p.country == best.country or best.precision == "region")):
                best = p
            if best.precision not in ("country", "region"):
                break
        d.loc_explicit = best is not None
        if best is None and ev.type in PHYSICAL_TYPES and prev is not None and d.sent_index - prev[0] <= 2:
            best = prev[1]
        ev.location = best
        if best is not None and ev.type in PHYSICAL_TYPES:
            prev = (d.sent_index, best)


STAGES = (places, locations)
