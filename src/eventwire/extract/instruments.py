"""With what: the instruments of an act, and who wielded them.

A munition named as an act's doer ("a missile struck the hospital") is its means, not its
doer: whoever the text says wielded it acts ("a missile fired by government forces", "a
Russian missile", "Houthi missiles"), else the doer is unstated. Split out of `arguments`,
which reads an act's parties from the parse and asks this module about its means.
"""
from __future__ import annotations

from ..nlp.syntax import children, with_conjuncts
from .lexicon import WEAPON_WORDS
from .noun_parties import AGENT_NOUNS

INSTRUMENT_WORDS = WEAPON_WORDS | frozenset(
    "bomber fighter warplane jet missile explosive ied chlorine sarin gas vest barrel drone "
    "helicopter rafale mirage su-24 su-34 f-16 tomahawk mine landmine "
    "stone rock brick bottle cocktail firebomb".split())  # thrown (triggers._thrown_at)
# Heads of "mortar fire", "artillery fire": the munition's discharge, named by its compound
FIRE_WORDS = frozenset(("fire", "barrage", "salvo"))
# Those whose "fire" is gunfire, not a blaze: "Israeli fire", "rebel fire", "government fire"
FIRING_PARTIES = frozenset("rebel army government regime militant troop soldier police enemy insurgent "
                           "jihadist militia opposition coalition gunman".split())
# Entity labels of a modifier that may be the doer of an event noun ("Russian strikes", "IS attacks")
ACTOR_MODIFIER_ENTS = ("NORP", "GPE", "ORG", "PERSON")
# What a resolved modifier of a munition must be to have wielded it: a party, not a make
WIELDER_KINDS = ("group", "organization", "country")


# Nouns that are a bomb when called explosive: "an explosive device", "an improvised explosive charge"
DEVICE_WORDS = frozenset(("device", "charge"))
EXPLOSIVE_MODIFIERS = frozenset(("explosive", "improvised", "incendiary", "bomb"))


# Entities whose name a weapon's word may end ("Hamas Fighters"), and a town before it ("the Houston Rockets")
_NAME_ENTS = ("ORG", "PERSON")


def _a_names_word(tok) -> bool:
    """Is the token a word of a team's or a group's name ("the Houston Rockets", "Hamas Fighters")?"""
    return tok.ent_type_ in _NAME_ENTS or any(c.dep_ == "compound" and c.ent_type_ in _NAME_ENTS + ("GPE",)
                                              for c in tok.children)


def is_instrument(tok) -> bool:
    # a noun only: "a friend of mine" holds no mine
    if tok.ent_type_ == "PRODUCT":
        return True
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNPS" and lemma.endswith("s") and lemma[:-1] in INSTRUMENT_WORDS and not _a_names_word(tok):
        return True  # a plural read as a name keeps its "s" ("BAGHDAD — Rockets hit ..."): rocket
    return tok.pos_ in ("NOUN", "PROPN") and (lemma in INSTRUMENT_WORDS or (
        lemma in DEVICE_WORDS and any(c.lemma_.lower() in EXPLOSIVE_MODIFIERS for c in tok.children)))


def participle_instruments(holder, head, args) -> None:
    """"... with its jets dropping bombs": instruments hang off a participle clause
    (one with its own subject, "while Dutch jets dropped bombs", is another event)."""
    for acl in children(holder, "advcl", "acl"):
        if acl.tag_ not in ("VBG", "VBN") or children(acl, "nsubj", "nsubjpass"):
            continue
        for c in acl.subtree:
            if is_instrument(c) and c.pos_ in ("NOUN", "PROPN") and c.i != head.i:
                args.instruments.append(c)


def _doer_behind(instrument, entities, is_place):
    """Who wielded an instrument named as the doer: "a missile fired by government forces",
    "mines planted by the Daesh group", "a Russian missile", "Israel's drone", "Houthi missiles"
    (a group the model tags as no entity, but the resolver knows; "Grad rockets", "Scud
    missiles" are makes) — else None."""
    for acl in children(instrument, "acl"):
        for agent in children(acl, "agent"):
            pobj = children(agent, "pobj")
            if pobj:
                return pobj[0]
    for c in instrument.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and (
                (c.ent_type_ in ACTOR_MODIFIER_ENTS and not _one_name_with(c, instrument))
                or (c.pos_ == "PROPN" and _known_wielder(c, entities))
                or (c.lemma_.lower() in FIRING_PARTIES and party_fire(instrument)))
                and not is_place(c)):  # "a Damascus car bomb" went off in Damascus
            return c  # ("rebel fire": the rebels fired)
    return None


def _one_name_with(modifier, head) -> bool:
    """Is the modifier tagged as one entity with the noun it modifies ("Damascus Car Bomb Kills",
    a title-case headline read as one organisation)? Its tag then says nothing of it."""
    return modifier.i < head.i and head.ent_iob_ == "I" and head.ent_type_ == modifier.ent_type_


def _known_wielder(tok, entities) -> bool:
    """Does the resolver know the word as a group, a body or a state?"""
    info = entities.resolver.resolve(tok.text) if entities.resolver is not None else None
    return info is not None and info.kind in WIELDER_KINDS


def modifiers(tok) -> list:
    """A noun's modifiers before it, with their conjuncts ("rebel rocket and sniper fire")."""
    return [m for c in tok.children if c.dep_ in ("compound", "amod", "nmod") for m in (c, *c.conjuncts)]


def party_fire(tok) -> bool:
    """"Israeli fire", "rebel fire": fire by an armed party, gunfire, not a blaze."""
    return tok.lemma_.lower() in FIRE_WORDS and any(
        m.lemma_.lower() in FIRING_PARTIES or m.ent_type_ == "NORP" for m in modifiers(tok))


def is_munition(tok) -> bool:
    """An instrument no one rides in: "a ground-to-ground missile", "a bullet", "mortar fire"
    (a crewed one, "Russian warplanes", "the jets", stands for its force and is an agent)."""
    if tok.lemma_.lower() in AGENT_NOUNS:
        return False
    if is_instrument(tok):
        return True
    return tok.lemma_.lower() in FIRE_WORDS and (any(is_instrument(m) for m in modifiers(tok)) or party_fire(tok))


def instruments_to_doers(args, entities, is_place) -> None:
    """A munition named as the doer is the means: whoever wielded it acts, when the text says
    ("a missile fired by government forces"); else the doer is unstated, never the munition.
    `is_place(token)`: whether a modifier is a place name (where it went off, not whose it was)."""
    actors = []
    for t in args.actors:
        if not is_munition(t):
            actors.append(t)
            continue
        args.instruments.append(t)
        doer = _doer_behind(t, entities, is_place)
        if doer is not None:
            actors.extend(d for d in with_conjuncts(doer) if d not in actors)
    args.actors = actors
