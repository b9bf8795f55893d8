"""Verbs that tell an attack only of a munition: "a bomb went off", "two rockets landed near the
embassy", "shells fell on the district" (`munition_if_needed`, read by `triggers`)."""
from __future__ import annotations

from .instruments import DEVICE_WORDS, is_instrument

# Munitions whose launch "at" someone is an attack ("launched missiles at Israel")
LAUNCHED_MUNITIONS = frozenset("missile rocket shell mortar projectile salvo barrage volley grenade torpedo".split())


# What "goes off" and is a bomb: a munition, or a device or charge called explosive
_EXPLOSIVE_NOUNS = frozenset("bomb shell mortar rocket grenade missile munition projectile explosive ied "
                             "mine landmine vest".split())


# Verbs that tell an attack only of a munition: "a bomb went off" (not an alarm), "two rockets
# landed near the embassy", "shells fell on the district" (not a plane, nor prices)
_MUNITION_SUBJECT_VERBS = {"go off": _EXPLOSIVE_NOUNS, "land": LAUNCHED_MUNITIONS,
                           "fall": LAUNCHED_MUNITIONS | {"bomb"}}


# Munitions that hurt no one ("celebratory rockets", "smoke bombs", "stun grenades went off"), and
# a path a munition leaves ("the rocket went off course"): no attack
_HARMLESS_MUNITIONS = frozenset("celebratory smoke stun stink paint flash signal practice dummy test".split())
_OFF_A_PATH = frozenset("course target track radar rail rails script".split())
# Where a munition that lands or falls hurts someone: on, in or near a place, not at sea or on a pad
# ("a test missile landed in the Arabian Sea", "the rocket landed safely on a drone ship")
_STRUCK_PREPS = frozenset("on onto into in near inside at".split())
_NO_ONE_THERE = frozenset("sea water waters ocean pad ship gulf expectation favour favor".split())


def munition_if_needed(lemma: str, subj) -> bool:
    """Does a verb told of munitions only have one as its subject ("a bomb", "an explosive
    device", "two rockets")? True for any other verb."""
    nouns = _MUNITION_SUBJECT_VERBS.get(lemma)
    if nouns is None:
        return True
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or any(  # "mine went off at 6" (a pronoun)
            c.lemma_.lower() in _HARMLESS_MUNITIONS for c in subj.children) or any(
            c.lemma_.lower() in _OFF_A_PATH for c in subj.head.children):
        return False
    if lemma != "go off" and not _lands_on_someone(subj.head, subj):
        return False
    return subj.lemma_.lower() in nouns or (lemma == "go off" and subj.lemma_.lower() in DEVICE_WORDS
                                            and is_instrument(subj))


def _lands_on_someone(verb, subj) -> bool:
    """Does a munition land or fall where people are ("shells fell on the district"), not safely,
    at sea or on a pad, and is it a munition ("the shell of the building fell" is none)?"""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children) \
            or any(c.lower_ == "safely" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _STRUCK_PREPS and any(
        p.dep_ == "pobj" and p.lemma_.lower() not in _NO_ONE_THERE for p in c.children) for c in verb.children)
