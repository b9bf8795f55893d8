"""Place stages: every place mention, and each event's own place."""
from __future__ import annotations

import re

from ..model import Place
from ..pipeline import Work, component


_ADMIN_CUE = re.compile(r"^\s*(?:province|governorate|countryside|region|district|state)\b", re.I)
# "Paris, Tenn.", "Athens, Georgia": the unit after the comma says which town
_UNIT_AFTER = re.compile(r"^,\s*((?:[A-Z][a-z]*\.?\s?){1,3})")


def _unit_after(w: Work, ent) -> str | None:
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


def _container_of_previous(w: Work, ent):
    """The unit or country named right after a place and a comma that holds that place
    ("Tacoma, Washington" is the state, "Athens, Georgia" the state, "Tbilisi, Georgia"
    the country), or None."""
    from ..resolve.places import Gazetteer

    if not w.text[max(0, ent.start_char - 2):ent.start_char] == ", ":
        return None
    prev = next((e for e in w.entities.ents if e.end_char == ent.start_char - 2
                 and e.label_ in ("GPE", "LOC", "FAC")), None)
    if prev is None:
        return None
    held = _place_for_ent(w, prev)
    if held.country is None or held.precision not in ("point", "admin2"):
        return None
    for e in Gazetteer.load().candidates(ent.text):
        if (e.feature == "admin1" and held.admin1_code and e.admin1_code == held.admin1_code) or \
                (e.feature == "country" and e.country == held.country):
            return e
    return None


# "Douma, 10km northeast of Damascus", "a village 15 miles (24 km) south of Aleppo"
_DISTANCE_CUE = re.compile(
    r"^,?\s*(?:about |some |around |roughly |nearly |just |over |less than )?(\d+(?:\.\d+)?)\s*-?\s*"
    r"(km|kms|kilometres|kilometers|miles|mi)\b[^.;:]{0,40}?\b(?:of|from)\s+(?:the\s+)?", re.I)
# "the village of X in Idlib province", "X, in rural Hama": the unit that holds X
_PARENT_CUE = re.compile(r"^,?\s*(?:in|near|outside|of)\s+(?:the\s+)?(?:(?:rural|northern|southern|eastern|western|"
                         r"central|north|south|east|west)\s+)?", re.I)
_KM_PER = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "miles": 1.609, "mi": 1.609}
_PRECISION = {"city": "point", "admin2": "admin2", "admin1": "admin1", "country": "country", "region": "region"}


def _ent_at(w: Work, char: int):
    # any label: "12 km south of Aleppo" with Aleppo read as a nationality still anchors
    return next((e for e in w.entities.ents if e.start_char == char
                 and e.label_ in ("GPE", "LOC", "FAC", "NORP", "ORG", "PERSON")), None)


_PLACE_BEFORE = re.compile(r"\b(?:village|town|city|hamlet|suburb|district|neighbou?rhood|camp|area)\s+of\s+$", re.I)


def _cued_as_place(w: Work, ent) -> bool:
    """Words around a name say it is a place, whatever the model tagged it: "the
    village of X", "X, 10km northeast of Damascus"."""
    if _PLACE_BEFORE.search(w.text[max(0, ent.start_char - 30):ent.start_char]):
        return True
    return _DISTANCE_CUE.match(w.text[ent.end_char:ent.end_char + 90]) is not None


def _anchor(w: Work, ent, cue: re.Pattern) -> tuple[Place, re.Match] | None:
    """The resolved place a cue after `ent` points to, with the cue's match."""
    m = cue.match(w.text[ent.end_char:ent.end_char + 90])
    if not m:
        return None
    other = _ent_at(w, ent.end_char + m.end())
    if other is None or other.start_char <= ent.start_char:
        return None
    p = _place_for_ent(w, other)
    return (p, m) if p.lat is not None else None


def _fill(place: Place, hit) -> None:
    place.name, place.geonameid, place.country = hit.name, hit.geonameid, hit.country
    place.admin1, place.admin1_code, place.lat, place.lon = hit.admin1, hit.admin1_code, hit.lat, hit.lon
    place.feature = hit.feature
    place.precision = _PRECISION[hit.feature]


# Words that begin or end place names without being places themselves
_NAME_PARTS = frozenset("""kafr kfar tal tell tel deir dayr ain ein beit bayt khan jabal jebel wadi bir umm abu abou
al el ras sheikh maarat qasr mount port fort lake new north south east west saint st san santa upper lower
old great little city county river northern southern eastern western central national university college school
hospital airport centre center hall park street avenue road bank church chapel stadium station office bridge
academy institute museum theatre theater""".split())


def _known_part(w: Work, ent):
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
            if size == 1 and span[0].lower_ in _NAME_PARTS:
                continue  # "Kafr" of "Kafr Zzyta" is no place of its own
            hit = gaz.lookup(span.text, focus_country=focus, context_admin1=w.entities.context_admin1,
                             admin1_support=w.entities.admin1_support, home=w.entities.local_home)
            # a leading town of the story's country names what follows ("the Cottonport Fire Station")
            if hit is not None and (hit.feature in ("country", "admin1", "admin2", "region")
                                    or hit.population >= 100_000
                                    or (leading and hit.feature == "city" and hit.country == focus)):
                return span, hit
    return None


def _stray_namesake(w: Work, hit) -> bool:
    """A small foreign town matched by one of its other names in a story set elsewhere,
    with nothing in the story pointing to its region: likely a local place the
    gazetteer lacks, whose name happens to transliterate like the town's."""
    focus = w.entities.focus_country
    return (hit.feature == "city" and focus is not None and hit.country != focus and hit.population < 100_000
            and hit.admin1_code not in w.entities.context_admin1
            and w.entities.admin1_support.get(hit.admin1_code or "", 0) < 2
            and hit.country not in w.entities.countries_named)


def _place_for_ent(w: Work, ent) -> Place:
    """Resolve one place mention. Cues in the text come first: a distance from a named
    place ("Douma, 10km northeast of Damascus") keeps only candidates that far from it;
    a unit after a comma ("Paris, Tenn.") keeps its towns. A name the gazetteer lacks
    falls back to the unit the text puts it in, with that unit's precision, never to a
    guessed point; in a local outlet's domestic story, an unknown town falls back to the
    outlet's home unit."""
    from ..resolve.places import Gazetteer

    key = (ent.start_char, ent.end_char)
    if key in w.place_by_ent:
        return w.place_by_ent[key]
    place = Place(text=ent.text, start=ent.start_char, end=ent.end_char)
    w.place_by_ent[key] = place  # before recursing into anchors: a cycle finds it unresolved
    gaz = Gazetteer.load()
    after = w.text[ent.end_char:ent.end_char + 16]
    prefer = "admin1" if _ADMIN_CUE.match(after) else None
    near = None
    distance = _anchor(w, ent, _DISTANCE_CUE)
    if distance is not None:
        anchor, m = distance
        km = float(m.group(1)) * _KM_PER[m.group(2).lower()]
        near = (anchor.lat, anchor.lon, km * 1.5 + 25.0)  # stated distances are rounded
    container = _container_of_previous(w, ent)
    if container is not None:  # "Tacoma, Washington": the state that holds Tacoma
        _fill(place, container)
        return place
    hit = gaz.lookup(ent.text, focus_country=w.entities.focus_country, prefer=prefer,
                     context_admin1=w.entities.context_admin1, admin1_support=w.entities.admin1_support,
                     within=_unit_after(w, ent), near=near, home=w.entities.local_home)
    if hit is not None and _stray_namesake(w, hit) and near is None:
        hit = None  # "al-Shola" in a Syrian story is no French Cholet: unknown, not a wrong point
    if hit is not None:
        _fill(place, hit)
        return place
    inner = _known_part(w, ent)
    if inner is not None:  # "Building Ireland", "Greece Italy": the place is the known part
        span, hit = inner
        place.text, place.start, place.end = span.text, span.start_char, span.end_char
        _fill(place, hit)
        return place
    parent = distance or _anchor(w, ent, _PARENT_CUE)
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


def _misread_place(w: Work, ent) -> bool:
    """A name the model tagged as a nationality, organisation or person that is a
    known place and no known actor ("Aleppo" as NORP, "Gainesville" as ORG)."""
    from ..resolve.places import Gazetteer

    res = w.entities.resolver
    if res.resolve(ent.text) is not None or res.demonym_country(ent.text):
        return False
    if ent.label_ in ("ORG", "PERSON") and _cued_as_place(w, ent):
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


@component("places", requires=("doc", "entities"), provides=("places",))
def places(w: Work) -> None:
    for ent in w.entities.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") or (ent.label_ in ("NORP", "ORG", "PERSON") and _misread_place(w, ent)):
            place = _place_for_ent(w, ent)
            if place.feature is None and w.entities.resolver.demonym_country(ent.text):
                continue  # "Sri Lankan" tagged as a place: a nationality, left to actors
            w.places.append(place)
        elif ent.label_ == "ORG":
            inner = _place_in_organisation(w, ent)
            if inner is not None:
                w.places.append(_place_for_ent(w, inner))
    for span in _unlabelled_places(w):
        w.places.append(_place_for_ent(w, span))
    w.places.sort(key=lambda p: p.start)
    w.place_ents = {(p.start, p.end) for p in w.places}


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
                    and w.entities.resolver.resolve(span.text) is None:
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
    the leading words name a place when they are a known state, country or large town."""
    from ..resolve.places import Gazetteer

    gaz = Gazetteer.load()
    if len(ent) > 1 and ent[0].lower_ == "the":  # "the Ohio Department of ..."
        ent = ent[1:]
    for n in (3, 2, 1):
        if n >= len(ent):
            continue
        span = ent[:n]
        if not all(t.is_title or t.is_upper for t in span) or w.entities.resolver.resolve(span.text) is not None \
                and n == len(ent):
            continue
        if n == 1 and span[0].lower_ in _NAME_PARTS:
            continue  # "Northern Monitor for Human Rights": no place called Northern
        hit = gaz.lookup(span.text, focus_country=w.entities.focus_country)
        if hit is not None and (hit.feature in ("admin1", "country") or hit.population >= 100_000
                                or (hit.feature == "city" and hit.country == w.entities.focus_country
                                    and hit.population >= 20_000)):
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


@component("locations", requires=("drafts", "places"), provides=("locations",))
def locations(w: Work) -> None:
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
            if any(o.end_char < ent.start_char and _DISTANCE_CUE.match(w.text[o.end_char:ent.start_char])
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
            p = _place_for_ent(w, ent)
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
