"""Doers told again by a definite common noun: "A Russian airstrike hit Aleppo ... The jets
targeted al-Sakhour" (the jets are Russia's, not the story's own state's). The actor lexicon
gives a bare noun the story's country ("jets" in a Syrian story: Syrian government forces); told
with "the" and nothing else, the noun refers back to the doer of the violent act just told."""
from __future__ import annotations

import re

from ..model import Actor
from .ontology import VIOLENT_TYPES

# Nouns of a party or its weapons that a report uses to restate an attack's doer
RESTATING_NOUNS = ("jets", "warplanes", "planes", "aircraft", "helicopters", "drones", "bombers",
                   "gunmen", "militants", "attackers", "assailants", "fighters", "insurgents")
_DEFINITE_NOUN = re.compile(rf"^the\s+(?:{'|'.join(RESTATING_NOUNS)})$", re.I)
# How many sentences back the act it restates may be told
RESTATED_WITHIN_SENTENCES = 2


def _only_a_definite_noun(a: Actor) -> bool:
    return _DEFINITE_NOUN.match(a.text.strip()) is not None


def _named(a: Actor) -> bool:
    return a.name is not None and not _only_a_definite_noun(a) and not a.country_assumed


def definite_doers(drafts: list) -> None:
    """A violent act whose doer is only "the jets", "the gunmen" takes the named doer of the last
    violent act told within RESTATED_WITHIN_SENTENCES before it (in place, evidence kept).
    `drafts`: an article's `events.Draft`s in text order (that module calls this one)."""
    for i, d in enumerate(drafts):
        if d.event.type not in VIOLENT_TYPES:
            continue
        for k, a in enumerate(d.event.actors):
            if not _only_a_definite_noun(a):
                continue
            before = next((o for o in reversed(drafts[:i]) if o.event.type in VIOLENT_TYPES
                           and 0 < d.sent_index - o.sent_index <= RESTATED_WITHIN_SENTENCES
                           and any(_named(x) for x in o.event.actors)), None)
            if before is None:
                continue
            ref = next(x for x in before.event.actors if _named(x))
            d.event.actors[k] = Actor(a.text, a.start, a.end, ref.name, ref.country, ref.sector)
