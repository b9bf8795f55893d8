"""Explosions that are accidents (PLOVER INCIDENT), not attacks, whoever was near: one the text
calls unintended, one at a plant or a pipeline, one of gas or a boiler. Asked by `triggers` of an
explosion trigger's head token."""
from __future__ import annotations

from ..nlp.syntax import children
from .lexicon import ACCIDENT_WORDS

EXPLOSION_LEMMAS = ("explosion", "blast", "collapse", "leak", "explode", "blow up")
# Modifiers of an explosion that state it was unintended
STATED_ACCIDENT = frozenset(("accidental", "accidentally", "premature", "prematurely", "unintended"))
# Words before an explosion that name a fuel or a vessel going off by itself: "a gas explosion", "a
# boiler blast" (with no word of an attack in the sentence: a "gas attack" is chemical)
FUEL_BLASTS = frozenset(("gas", "boiler", "cylinder", "methane", "fuel", "propane"))
# Words of a sentence that make any explosion an attack
ATTACK_WORDS = frozenset(("bomb", "attack", "suicide", "car", "ied", "terrorist", "militant"))


def accidental_explosion(tok, lemma: str, sent_lemmas: set[str]) -> bool:
    """An explosion the text calls unintended ("two accidental explosions", "a premature car bomb
    blast", "exploded prematurely": whoever carried the bomb), or one at a plant, a pipeline, a
    gas cylinder, or of gas or a boiler ("a gas explosion"), with no word of an attack in its sentence."""
    if (lemma in EXPLOSION_LEMMAS or tok.lemma_.lower() in EXPLOSION_LEMMAS) and any(
            c.lemma_.lower() in STATED_ACCIDENT for c in tok.children if c.dep_ in ("amod", "advmod")):
        return True
    fuel = any(c.lemma_.lower() in FUEL_BLASTS for c in children(tok, "compound", "amod"))
    return lemma in EXPLOSION_LEMMAS and bool(fuel or sent_lemmas & ACCIDENT_WORDS) and not sent_lemmas & ATTACK_WORDS
