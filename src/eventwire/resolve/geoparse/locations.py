"""Each event's own place, among the places a document's reading found.

An event is given as plain values (`EventSite`): whether it happens on the ground (a
physical event takes its sentence's place; a statement or an appeal only a place
attached to its trigger), its sentence, the tokens its trigger's arguments name as
places, and its actors and targets."""
from __future__ import annotations

from typing import NamedTuple, Sequence

from ...model import Actor, Place
from ...nlp.syntax import a_side_between, across_a_border, seated_body, where_said
from .context import PlaceReading
from .cues import BEARING_CUE, DISTANCE_CUE
from .mentions import place_for_ent

_ACTING_DEPS = frozenset(("nsubj", "nsubjpass", "poss", "compound", "amod", "agent"))
_MAX_LINKS = 4  # conjuncts and appositions climbed to find the phrase a name stands in
STATE_NOUNS = frozenset(("country", "nation", "state"))  # place nouns that also name a party
CARRY_OVER_SENTENCES = 2  # a physical event without a place of its own is where the one this close before was
COARSE_PRECISIONS = ("country", "region")  # a place this coarse gives way to a finer one of the same country
# Prepositions that say where a target is, and so where it was hit ("a leader in Mali")
LOCATIVE_PREPS = frozenset(("in", "at", "near", "inside", "outside", "around"))
# Compass words a parse may hang a place name on ("the town of Al-Tabqah west of Raqqa": Tabqah a
# compound of "west")
BEARINGS = frozenset("north south east west northeast northwest southeast southwest north-east north-west "
                     "south-east south-west".split())
_TOWN_COMMA_CHARS = 3  # "Paris, Tenn.": at most this many characters between the town and its unit


class EventSite(NamedTuple):
    """What says where one event is."""
    physical: bool  # it happens on the ground (an attack, a protest), not where it is said
    sent: object  # its sentence (a spaCy Span)
    sent_index: int
    place_tokens: Sequence  # head tokens of the places its trigger's arguments name, best first
    actors: Sequence[Actor]
    targets: Sequence[Actor]


class EventLocation(NamedTuple):
    place: Place | None
    explicit: bool  # stated in the event's own sentence, not carried over from an earlier event


def _acting_entity(ent, place_nouns: frozenset[str]) -> bool:
    """A GPE used as an actor or a modifier ("Russia said", "Russia's minister", "US forces"), as
    the seat of one ("the London-based monitor"), or as the leader or backer in a compound ("the
    US-led coalition")."""
    root = ent.root
    if root.dep_ in ("compound", "amod") and (root.head.lemma_.lower() in place_nouns
                                              or root.head.lower_ in BEARINGS):
        return False  # "Idlib province", "Aleppo countryside": a place; so "Tabqah west (of Raqqa)", misparsed
    doc = ent.doc  # (by tokens: spaCy rebuilds doc.text on every access)
    if ent.end + 1 < len(doc) and not ent[-1].whitespace_ and doc[ent.end].text == "-" \
            and not doc[ent.end].whitespace_ and doc[ent.end + 1].text[:1].islower():
        return True  # "the US-led coalition", "Iran-backed militias": who leads or backs, not where
    # through coordination and apposition: "the regime and its ally Russia shelled", "bombardment
    # by the regime and its ally Russia" (Russia acts, it is not where the bombs fell)
    node, steps = root, 0
    while node.dep_ in ("conj", "appos") and node.head.i != node.i and steps < _MAX_LINKS:
        if node.dep_ == "appos" and node.head.lemma_.lower() in place_nouns and not (
                node.head.lemma_.lower() in STATE_NOUNS and node.head.dep_ in ("nsubj", "agent")):
            break  # "The capital, Damascus, was hit": the place named, not a party ("Another country, Russia, struck" is)
        node, steps = node.head, steps + 1
    if node.dep_ in _ACTING_DEPS:
        return True
    return node.dep_ == "pobj" and node.head.lower_ == "by"


def event_locations(sites: Sequence[EventSite], reading: PlaceReading, *,
                    place_nouns: frozenset[str]) -> list[EventLocation]:
    """Each event's own place, in order: attached to its trigger, else (physical events)
    in its sentence but not an acting entity nor an actor's own country, else the place
    of the previous physical event within CARRY_OVER_SENTENCES (carried over, not
    explicit). `place_nouns`: nouns that make a name before them a place ("Idlib
    province"), not an actor. Mentions not read yet are read into `reading`."""
    out = []
    prev = None
    for d in sites:
        best = _own_place(reading, d, place_nouns)
        explicit = best is not None
        if best is None and d.physical and prev is not None and d.sent_index - prev[0] <= CARRY_OVER_SENTENCES:
            best = prev[1]
        out.append(EventLocation(best, explicit))
        if best is not None and d.physical:
            prev = (d.sent_index, best)
    return out


def _candidates(r: PlaceReading, d: EventSite, place_nouns: frozenset[str]) -> tuple[list, list]:
    """(names attached to the trigger, every candidate name in order): the attached
    ones first, then (physical events) the sentence's place mentions that do not act."""
    attached = []
    for tok in d.place_tokens:
        ent = next((e for e in r.entities.ents_in(d.sent) if e.start <= tok.i < e.end), None)
        span = ent if ent is not None else d.sent.doc[tok.i:tok.i + 1]
        if not r.resolver.demonym_country(span.text):  # "Russian-brokered" is no place
            attached.append(span)
    cands = list(attached)
    if d.physical:
        cands += [e for e in r.entities.ents_in(d.sent) if (e.start_char, e.end_char) in r.place_ents
                  and e not in cands and not _acting_entity(e, place_nouns) and not across_a_border(e.root)
                  and not where_said(e.root)]
    return attached, cands


def _names_its_country(r: PlaceReading, actor: Actor) -> bool:
    """Do the actor's own words say its country ("Syrian troops", "Russia", "the French
    ministry")? "Protesters" or "police" take theirs from the story, so a country named as
    where they are is where they are ("Protesters clashed with police in Hong Kong")."""
    res = r.resolver
    words = actor.text.replace("'s", " ").split()
    return res.country_of_name(" ".join(words)) == actor.country or any(
        res.demonym_country(w) == actor.country or res.country_of_name(w) == actor.country
        for w in words if w[:1].isupper())


def _coarse(p: Place) -> bool:
    """A place that a finer one of the sentence replaces: a country or a region, or a name the
    gazetteer lacks, placed only in its unit ("the neighbourhood of al-Kallaseh in Damascus").
    FA-KES tune: three main events placed that had none; record gold unchanged."""
    return p.precision in COARSE_PRECISIONS or p.name is None


def _another_place_in_its_phrase(r: PlaceReading, d: EventSite, ent) -> bool:
    """Does the facility's phrase name another place finer than a country ("the Washington base
    in Nigeria's Borno state", "the Victoria hospital in Kisumu")? Then the facility is there,
    whatever its name says ("the Jenin camp in the West Bank" is in Jenin)."""
    facility = ent.root.head
    lo = min(t.idx for t in facility.subtree)
    hi = max(t.idx + len(t) for t in facility.subtree)
    return any(o != ent and lo <= o.start_char < hi and (o.start_char, o.end_char) in r.place_ents
               and place_for_ent(r, o).precision not in COARSE_PRECISIONS for o in r.entities.ents_in(d.sent))


def _same_country(r: PlaceReading, a, b) -> bool:
    """Are two mentions placed in one country? "Al-Quriyah southeast of Deir Ezzor" read as Koriya,
    India, is a namesake the gazetteer found for a village it lacks: the bearing's anchor stays."""
    pa, pb = place_for_ent(r, a), place_for_ent(r, b)
    return pa.country is not None and pa.country == pb.country


def _own_place(r: PlaceReading, d: EventSite, place_nouns: frozenset[str]) -> Place | None:
    """The place an event's own sentence gives it: the first candidate finer than a
    country or region, else the first coarse one (a finer one of its country replaces it)."""
    occupied = {(a.start, a.end) for a in [*d.actors, *d.targets]}
    acting = {(a.start, a.end) for a in d.actors}
    actor_countries = {a.country for a in d.actors if a.country and _names_its_country(r, a)}
    attached, cands = _candidates(r, d, place_nouns)
    # a name inside a party's phrase is no place of the event's ("the Kabul government"), but the
    # town the syntax took from a facility hit is ("struck the Kabul airport"), after every other
    # place of the sentence ("the Victoria hospital in Kisumu") and only as a city ("the Georgia
    # school", "the Finland station" name no place they are in)
    facility_towns = [e for e in attached if any(s <= e.start_char < t for s, t in occupied)
                      and not _another_place_in_its_phrase(r, d, e)]
    cands = [e for e in cands if e not in facility_towns] + facility_towns
    best = doers_seat = doers_place = None
    for ent in cands:
        inside = acting if ent in facility_towns else occupied
        if any(s <= ent.start_char < e for s, e in inside) or ent.end_char <= r.dateline_end:
            continue
        body = seated_body(ent.root)
        if body is not None:
            # "the Britain-based Observatory said": where a body sits; the doer's own seat
            # ("militants based in Fallujah attacked") only where the sentence names no other place
            if doers_seat is None and any(s <= body.idx < e for s, e in acting):
                doers_seat = ent
            continue
        if any(o.end_char < ent.start_char and (DISTANCE_CUE.match(gap := r.text[o.end_char:ent.start_char])
                                                 or (BEARING_CUE.match(gap) and _same_country(r, o, ent)))
               for o in cands):
            continue  # "Douma, 10km northeast of Damascus", "Tabqa west of Raqqa": Damascus only says where Douma is
        if any(ent.end_char < o.start_char and BEARING_CUE.match(r.text[ent.end_char:o.start_char])
               and not _same_country(r, ent, o) for o in cands):
            continue  # "Al-Quriyah southeast of Deir Ezzor" read as Koriya, India: a namesake, not the place
        # the town is the entity just before the comma: look at the last two, not the document's
        town = next((o for o in r.entities.ents_before(ent.start, 2)
                     if ent.start_char - _TOWN_COMMA_CHARS <= o.end_char < ent.start_char
                     and r.text[o.end_char:ent.start_char].strip() == ","
                     and (o.start_char, o.end_char) in r.place_ents), None)
        if town is not None:
            ent = town  # "Police in Paris, Tenn.": the state only says which Paris
        # "destroyers in the Red Sea fired": where an actor is, not where the event is; where its
        # target is, is ("killed a jihadist leader in Mali"), but not where it comes from ("a convoy
        # of trucks from Turkey", "a man from Atlanta")
        prep = ent.root.head if ent.root.head.dep_ == "prep" else None
        owner = prep.head if prep is not None else None
        side = a_side_between(owner) and prep.lower_ in LOCATIVE_PREPS if owner is not None else False
        owner_acts = owner is not None and any(s <= owner.idx < e for s, e in acting)
        if owner is not None and ent not in attached and not side and (
                owner.dep_ in ("nsubj", "nsubjpass") or owner_acts
                or (prep.lower_ not in LOCATIVE_PREPS and any(s <= owner.idx < e for s, e in occupied))):
            if doers_place is None and owner_acts and prep.lower_ in LOCATIVE_PREPS:
                doers_place = ent  # "killed by a sniper in Aleppo": where the doer was, if nothing else
            continue
        p = place_for_ent(r, ent)
        if p.feature is None or (ent in facility_towns and p.feature == "country"):
            continue
        if p.precision == "country" and p.country in actor_countries and ent not in attached:
            continue
        if best is None or (_coarse(best) and not _coarse(p)
                            and (p.country == best.country or best.precision == "region")):
            best = p
        if not _coarse(best):
            break
    if best is None and doers_seat is not None and all(seated_body(e.root) is not None for e in cands):
        seat = place_for_ent(r, doers_seat)
        best = seat if seat.feature is not None else None
    if best is None and doers_place is not None and d.physical:
        # the doer's own town, where the sentence names no other place: a sniper in Aleppo shot in
        # Aleppo (a sea or a region is no town: "destroyers in the Red Sea fired at targets in the city")
        there = place_for_ent(r, doers_place)
        best = there if there.feature is not None and there.precision not in COARSE_PRECISIONS else None
    return best
