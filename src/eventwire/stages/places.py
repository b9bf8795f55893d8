"""Place stages: every place mention, and each event's own place (the geoparsing
itself is `resolve.geoparse`; these read its inputs from the Work record and write
its results back)."""
from __future__ import annotations

import re

from ..extract.ontology import PHYSICAL_TYPES
from ..extract.target_words import PLACE_NOUNS
from ..model import Place
from ..resolve.gazetteer_entry import normalize_name
from ..resolve.geoparse import EventSite, PlaceReading, event_locations, read_places
from ..resolve.geoparse.mentions import fill
from ..resolve.places import WELL_KNOWN_TOWN_POPULATION
from .contract import stage
from .resources import Resources
from .work import Work


@stage("places", reads=("doc", "text", "entities", "dateline_end", "body_dateline"),
       writes=("places", "place_by_ent", "place_ents"))
def places(w: Work, res: Resources) -> None:
    """Every place mention, resolved against the gazetteer with the story's cues."""
    reading = read_places(w.doc, w.text, w.entities, gazetteer=res.gazetteer, dateline_end=w.dateline_end,
                          place_by_ent=w.place_by_ent, body_dateline=w.body_dateline)
    w.places, w.place_by_ent, w.place_ents = reading.places, reading.place_by_ent, reading.place_ents


@stage("locations", reads=("doc", "drafts.event.type", "drafts.event.actors", "drafts.event.targets", "drafts.place_tokens",
                           "drafts.sent", "drafts.sent_index", "entities", "text", "dateline_end", "places",
                           "place_by_ent", "place_ents"),
       writes=("drafts.event.location", "drafts.loc_explicit", "place_by_ent"),
       # the trigger's type and arguments as extracted: `refine` recodes a few events later
       provisional=("drafts.event.type", "drafts.event.actors", "drafts.event.targets"))
def locations(w: Work, res: Resources) -> None:
    """Each event's own place (see `resolve.geoparse.event_locations`)."""
    reading = PlaceReading.begin(w.doc, w.text, w.entities, gazetteer=res.gazetteer,
                                 dateline_end=w.dateline_end, places=w.places, place_by_ent=w.place_by_ent,
                                 place_ents=w.place_ents)
    sites = [EventSite(d.event.type in PHYSICAL_TYPES, d.sent, d.sent_index, d.place_tokens, d.event.actors,
                       d.event.targets) for d in w.drafts]
    for d, found in zip(w.drafts, event_locations(sites, reading, place_nouns=PLACE_NOUNS)):
        d.event.location, d.loc_explicit = found.place, found.explicit


def unseated_places(w: Work) -> list:
    """The story's place mentions less those that say where a body sits ("…, the London-based
    monitor said") or where the story was filed (a dateline after the headline, `dateline_places`):
    what an incident's other sentences may place it at."""
    from ..nlp.syntax import names_a_seat

    filed = {id(p) for p in dateline_places(w)}
    spans = ((p, w.doc.char_span(p.start, p.end, alignment_mode="expand")) for p in w.places if id(p) not in filed)
    return [p for p, span in spans if span is None or not (names_a_seat(span.root) or _a_government(span.root))]


def _a_government(root) -> bool:
    """Does the place name stand for its government here, as the owner of what is no part of a
    place ("Tokyo's decision", not "Aleppo's eastern districts")? Narrower on purpose than the
    acting uses an event's own place skips (`resolve.geoparse.locations._acting_entity`: subjects,
    compounds, agents too): as a story-wide fallback, that wider test cost FA-KES own-location one
    check article (session 22)."""
    return root.dep_ == "poss" and root.head.lemma_.lower() not in PLACE_NOUNS \
        and not any(c.dep_ == "amod" and c.lower_ in COMPASS_ADJECTIVES for c in root.head.children)


# "Aleppo's eastern neighbourhoods", "Homs's northern countryside": parts of the place
COMPASS_ADJECTIVES = frozenset("northern southern eastern western central northeastern northwestern southeastern "
                               "southwestern rural".split())


def dateline_places(w: Work, gazetteer=None) -> list:
    """The places of the dateline after the headline ("LAGOS, Nigeria (AP) - ..."), or the town
    of the text's opening dateline ("BEIJING (Reuters) - ", blanked for the parse, so read here
    from the gazetteer, given one): where the story was filed, which is where its incident
    happened only when nothing else says where."""
    if w.body_dateline is not None:
        start, end = w.body_dateline
        found = [p for p in w.places if start <= p.start < end]
        # "KYIV — ..." after the headline, a town the model tagged as nothing: read from the gazetteer,
        # only a big town spelt as its name is ("WHITE HOUSE —", "POLICE —", "CITY HALL —" are none)
        return found or _dateline_town(w, gazetteer, _BODY_DATELINE_TOWN.match(w.text[:end], start),
                                       min_population=WELL_KNOWN_TOWN_POPULATION)
    if not w.dateline_end or gazetteer is None:
        return []
    return _dateline_town(w, gazetteer, _DATELINE_TOWN.match(w.article.text[:w.dateline_end]))


def _dateline_town(w: Work, gazetteer, town, min_population: int = 0) -> list:
    """The place of a dateline's town in capitals, as the gazetteer has it (a town or a unit; a
    city of `min_population` at least, spelt as its name is, where one is asked for)."""
    if town is None or gazetteer is None:
        return []
    hit = gazetteer.lookup(town.group(1), focus_country=w.entities.focus_country)
    if hit is None or hit.feature not in ("city", "admin1", "admin2"):
        return []
    if min_population and (hit.feature != "city" or hit.population < min_population
                           or normalize_name(hit.name) != normalize_name(town.group(1))):
        return []
    place = Place(text=town.group(1), start=town.start(1), end=town.end(1))
    fill(place, hit)
    return [place]


# The town a wire's opening dateline names, in capitals: "BEIJING (Reuters) -", "KABUL, Afghanistan (AP) —"
_DATELINE_TOWN = re.compile(r"\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?=\s*[,(–—-])")
# ... and a body dateline's, whose dash the parse's copy has made a stop ("KYIV.\n", "ST. LOUIS.\n")
_BODY_DATELINE_TOWN = re.compile(r"\s*([A-Z][A-Z.'’-]*[A-Z](?: [A-Z][A-Z.'’-]*[A-Z])*)(?=\.?\s|[,(–—-])")


STAGES = (places, locations)
