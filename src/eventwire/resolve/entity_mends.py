"""The model's entities mended before they are resolved: a saint's place in capitals ("ST. PAUL")
split at its full stop is joined again, and a bare surname the model read as a place is the
person named before. Pure functions over a spaCy doc, its entities and the gazetteer, read by
DocEntities."""
from __future__ import annotations

import re

from spacy.tokens import Span

from .places import WELL_KNOWN_TOWN_POPULATION, Gazetteer, plain_name

_SAINT = frozenset(("st", "ste", "saint"))  # the abbreviations of Saint that open place names
_POSSESSIVE = frozenset(("'s", "’s"))  # "ST. JOHN'S"
SAINT_NAME_WORDS = 2  # words before the abbreviation ("Sault Ste. Marie") or after its stop ("ST. JOHN 'S")
# that a saint's place name may take beyond its first: longer runs are no town's name


def _saint_place(doc, saint, gazetteer: Gazetteer) -> Span | None:
    """A run of words around "ST." + a capitalised word that the gazetteer holds as a place's very
    name ("Sault Ste. Marie", "ST. PAUL", "ST. JOHN'S"), trying the most words before the
    abbreviation first, then the most after it; None for none ("ST. PATRICK'S DAY", "ELM ST.
    POLICE"; "Mayor ST. PAUL" is only "ST. PAUL")."""
    name = saint.i + 2
    starts = [i for i in range(saint.i - SAINT_NAME_WORDS, saint.i)
              if i >= 0 and all(t.is_alpha and t.text[:1].isupper() for t in doc[i:saint.i])]
    ends = [end for end in range(min(len(doc), name + 1 + SAINT_NAME_WORDS), name, -1)
            if all(t.is_alpha or t.lower_ in _POSSESSIVE for t in doc[name:end])]
    # a name without its possessive first: "ST. PAUL'S MAYOR" is St. Paul's mayor, not Saint Paul's
    # in St. Kitts ("ST. JOHN'S", Newfoundland, has no other reading)
    ends.sort(key=lambda end: doc[end - 1].lower_ in _POSSESSIVE)
    for start in (*starts, saint.i):
        for end in ends:
            text = doc[start:end].text
            if any(_saint_plain(e.name) == _saint_plain(text) for e in gazetteer.candidates(text)):
                return Span(doc, start, end, label="GPE")
    return None


def _saint_plain(name: str) -> str:
    """A name as `plain_name` writes it, with Sainte as Saint ("Ste. Marie" is Sainte-Marie)."""
    return plain_name(re.sub(r"(?i)\bsainte\b", "saint", name))


def saints_joined(doc, ents: list, gazetteer: Gazetteer | None) -> list:
    """A place named after a saint, in capitals: the tokenizer splits "ST. PAUL" at its full stop
    (it knows "St." but not "ST."), and the model then reads "ST" as one place and "PAUL" as
    another, or as a person, or "ST" as nothing. The words the gazetteer holds as one place's name
    are one place, unless an entity of the model's that starts in them runs on beyond them (an
    organisation, "PAUL Police Department" of "the ST. PAUL Police Department", is left as the
    model read it); a place the model read up to the abbreviation keeps the words before it
    ("MINNEAPOLIS ST" + ". PAUL")."""
    if gazetteer is None:
        return ents
    joined: list = []
    for tok in doc[:-2]:
        if tok.lower_ not in _SAINT or doc[tok.i + 1].text != "." or not doc[tok.i + 2].text[:1].isupper():
            continue
        span = _saint_place(doc, tok, gazetteer)
        if span is None or (joined and span.start < joined[-1].end) or any(
                span.start <= e.start < span.end < e.end for e in ents):
            continue
        joined.append(span)
    if not joined:
        return ents
    kept = []
    for e in ents:
        inside = next((j for j in joined if e.start < j.end and j.start < e.end), None)
        if inside is None:
            kept.append(e)
        elif e.start < inside.start and e.label_ == "GPE":  # "MINNEAPOLIS ST": the place before it stays
            kept.append(Span(doc, e.start, inside.start, label=e.label_))  # ("LAKE ST", "the Greater": no name)
    return sorted(kept + joined, key=lambda e: e.start)


def surnames_as_persons(ents: list, gazetteer: Gazetteer | None) -> list:
    """A one-word place name that repeats the surname of a person named before it
    ("Claude Joseph Villars Dubreuil ... Dubreuil's plan") is that person: the model
    often reads a bare surname as a place. Countries, states and well-known towns
    (WELL_KNOWN_TOWN_POPULATION) keep their place reading ("George Washington ... Washington")."""
    surnames: set[str] = set()
    out = []
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            surnames.add(ent[-1].text)
        elif ent.label_ == "GPE" and len(ent) == 1 and ent.text in surnames and gazetteer is not None \
                and not any(e.feature != "city" or e.population >= WELL_KNOWN_TOWN_POPULATION
                        for e in gazetteer.candidates(ent.text)):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out
