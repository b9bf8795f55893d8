"""The country of an event's parties: a description resolved only by the story's country
("eight civilians", "residents", "the victims", "government forces", "gunmen") belongs to the
country where its event happened.

A story about Syria that names the US more often than Syria has its focus country in the US, and
"eight civilians killed in Idlib" had become US civilians; the event's own place says better.
Names keep their country ("Russian pilots", "Islamic State"), and so does anything resolved
through a pronoun ("its soldiers": whose, the antecedent said).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Actor
from .actors import ActorResolver

# Words that resolve an actor through its antecedent or speaker, not through the story's country
_POSSESSIVES = frozenset("its their his her our my your".split())


# Kinds of party a name gives once and for all: a group or a person is not re-read by the place
NAMED_KINDS = frozenset(("group", "organization", "person"))


def focus_dependent(actor: Actor, resolver: ActorResolver) -> bool:
    """Whether the actor's country came from the story's focus: a description (not a person or a
    named group) none of whose words names a country ("pro-Syrian regime forces" does)."""
    words = re.split(r"[\s\-–]+", actor.text)
    if actor.name is None or any(w.lower() in _POSSESSIVES for w in words):
        return False
    if any(resolver.demonym_country(w) or resolver.country_of_name(w) for w in words if w[:1].isupper()):
        return False
    bare = resolver.resolve(actor.text)
    if bare is None or bare.kind != "agent" or bare.country is not None:
        return False
    # "militants from Boko Haram" reads as bare militants, but its name is the group it names
    named = resolver.resolve(actor.name)
    if named is None and bare.name != actor.name:
        return False  # "A Paris man" named by the lead (resolve/lead_persons.py): a person, not a description
    return named is None or named.kind not in NAMED_KINDS


def in_event_country(actor: Actor, country: str | None, resolver: ActorResolver) -> Actor:
    """The actor as it reads in the event's country, where its country came only from the story's focus."""
    if country is None or actor.country == country or not focus_dependent(actor, resolver):
        return actor
    here = resolver.resolve(actor.text, focus_country=country)
    if here is None or here.country != country:
        return actor
    return replace(actor, name=here.name, country=here.country, sector=here.sector or actor.sector)
