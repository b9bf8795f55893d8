"""Which words are no target, or a target only with a modifier: generic words for what was hit
("the site", "a nearby area"), an act's grounds ("on charges of"), times of day ("at dawn").

Pure word tests over parsed tokens, used by the argument rules (`extract/arguments.py`).
"""
from __future__ import annotations

from ..nlp.furniture import HEADLINE_END
from ..nlp.syntax import children

# Entity labels of place names
PLACE_ENTS = ("GPE", "LOC", "FAC")
# Common nouns for places ("the city of Homs", "rebel-held districts")
PLACE_NOUNS = frozenset("city town village province governorate area district neighbourhood neighborhood region "
                        "suburb countryside outskirts capital quarter enclave country".split())
# Facilities a report names by their town ("the Kabul airport", "the Jenin camp", "the Bagram air
# base"): the town is where the facility was hit. Not a state's mission abroad ("the US embassy"
# stands in another country than the one that names it).
TOWN_NAMED_FACILITIES = frozenset("airport airfield base camp prison jail hospital market marketplace bazaar mosque "
                                  "church school university stadium port harbour harbor station bridge plant "
                                  "refinery dam checkpoint barracks".split())
# Words for what was hit that name nothing in particular ("the target", "the cowardly attack")
GENERIC_TARGETS = frozenset("target site facility position area place thing attack part number".split())
# Generic words for a place hit that a modifier makes a target ("an oil facility", "army
# positions", "residential areas"), unless the modifier leaves it as vague ("the same area")
SITE_WORDS = frozenset("site facility position area place".split())
# Prepositions after such a word that make it a stand taken, not a place ("the US position on Syria")
STANCE_PREPS = frozenset(("on", "about", "regarding", "towards", "toward", "over"))
# Nouns of where along a place something is: "a position on the outskirts of Aleppo"
EDGE_NOUNS = frozenset("outskirt outskirts edge side border frontline front road highway hill bank coast".split())
# Modifiers that leave a site word as vague as it was ("the same area", "a nearby site")
VAGUE_MODIFIERS = frozenset("same other nearby whole entire wide large small big certain several various different "
                            "new old main key".split())
# What an "on" phrase gives as the act's grounds, never its target: "expelled a diplomat on
# charges of espionage", "arrested on suspicion of", "on the orders of", "on behalf of"
# ("basis" and "ground" are not listed: the parse lemmatises "bases" to "basis", "the grounds of the university")
GROUND_NOUNS = frozenset("charge suspicion accusation allegation order behalf pretext count".split())
# Times of day, never a target: "attacked at dawn", "struck at night"
TIME_NOUNS = frozenset(
    "dawn dusk daybreak nightfall sunrise sunset night midnight noon morning afternoon evening".split())


def is_place(tok) -> bool:
    """A token the model tags as a place name."""
    return tok.ent_type_ in PLACE_ENTS


# The last word of a street's name ("Main Street", "South Florida Avenue", "Highway 20"): a named
# street is where an act happened, never what it was done to (issue 13, class 3)
STREET_WORDS = frozenset("""street avenue road highway boulevard drive lane route interstate freeway
expressway parkway turnpike st ave blvd rd hwy""".split())


def named_street(t) -> bool:
    """A street by its name ("on Main Street"), not a road as a thing held ("seized a main road"),
    nor a person's name ("Thomas Lane")."""
    return t.pos_ == "PROPN" and t.lower_.rstrip(".") in STREET_WORDS and t.ent_type_ != "PERSON"


def generic_target(t) -> bool:
    """A word for what was hit that says nothing of it: "the target", "the site", "a nearby area",
    "the cowardly attack" (an act, not what it was done to)."""
    lemma = t.lemma_.lower()
    if lemma not in GENERIC_TARGETS:
        return False
    if lemma not in SITE_WORDS:
        return True
    # "the US position on Syria" is a stand; "a position on the outskirts of Aleppo" a site
    stance = any(c.dep_ == "prep" and c.lower_ in STANCE_PREPS and not any(
        is_place(p) or p.lemma_.lower() in PLACE_NOUNS | EDGE_NOUNS for p in children(c, "pobj")) for c in t.children)
    return stance or not any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in VAGUE_MODIFIERS
                             for c in t.children)


# A headline's closing credit, capitalised after its toll: "Air strikes kill 32 Monitor", "... kills 12
# NGO" (the monitor says so); the parse makes "32 Monitor" the killed
HEADLINE_CREDITS = frozenset(("Monitor", "NGO", "Observatory", "Activists", "Monitors"))


def headline_credit(t) -> bool:
    """A headline's credit the parse took for a counted noun ("kill 32 Monitor") or a place's
    ("bombardment on Syrias Idlib Monitor"): the credit's word, capitalised, counted by a number
    or closing the headline, and closing its sentence or the headline run into the lead ("kills 19
    Monitor At least 19 civilians were killed": a capital right after it)."""
    if t.text not in HEADLINE_CREDITS:
        return False
    end = t.doc.user_data.get(HEADLINE_END, 0)
    if not (any(c.dep_ == "nummod" for c in t.children) or t.idx + len(t) == end):
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < t.sent.end else None
    return nxt is None or nxt.is_punct or nxt.is_space or nxt.text[:1].isupper()
