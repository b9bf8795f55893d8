""""Booked" as the police book a person, an arrest ("Man booked for teen assault", "booked into
the county jail"), not a flight, a show or a footballer's yellow card; "caught" and "nabbed" as
the police catch a suspect ("Police catch murder suspect"), not a cold, a fish or a bus. Pure
functions over a spaCy token, read by the trigger guards (triggers._non_event_sense)."""
from __future__ import annotations

from ..nlp.person_nouns import PERSON_NOUNS

# What a person is booked into or on: a jail, a charge ("booked into the county jail", "on charges")
_BOOKED_INTO = frozenset("jail prison custody detention charge count suspicion".split())
_PERSON_PRONOUNS = frozenset("he she him her they them".split())
# Offences a person is booked for
_OFFENCES = frozenset("assault murder homicide manslaughter robbery burglary theft rape battery kidnapping "
                      "abduction arson fraud trespass trespassing shoplifting vandalism dui possession "
                      "stabbing shooting".split())


def booked(tok) -> bool:
    """"Booked" as the police book a person: a person booked into a jail, on a charge or for an
    offence ("Man booked for teen assault", "police booked him on charges"), not a flight or a
    hotel booked, nor the booking after an arrest told with it ("arrested and booked": one act)."""
    if tok.pos_ != "VERB" or (tok.dep_ == "conj" and tok.head.lemma_.lower() in ("arrest", "detain")):
        return False
    objectless = not any(c.dep_ in ("dobj", "obj") for c in tok.children)
    who = next((c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")
                or (c.dep_ == "nsubj" and objectless)), None)  # "Man booked for ...": a headline's passive
    person = who is not None and (who.lemma_.lower() in PERSON_NOUNS or who.lower_ in _PERSON_PRONOUNS
                                  or who.ent_type_ == "PERSON")
    # into a jail, on a charge, for an offence ("for teen assault"; not "for a show", nor a footballer
    # "booked for a late hit")
    grounds = any(o.lemma_.lower() in _BOOKED_INTO or (p.lower_ == "for" and o.lemma_.lower() in _OFFENCES)
                  for p in tok.children if p.dep_ == "prep" and p.lower_ in ("into", "on", "for")
                  for o in p.children if o.dep_ == "pobj")
    return person and grounds


# Whom the police catch: those wanted for a crime ("caught the gunman", "murder suspect nabbed"),
# not fish, a cold, a bus or people caught in crossfire
_WANTED = frozenset("suspect gunman killer murderer robber thief burglar fugitive escapee attacker assailant "
                    "shooter rapist smuggler trafficker poacher arsonist carjacker kidnapper abductor "
                    "bomber culprit perpetrator offender criminal gang".split())


def caught(tok) -> bool:
    """"Caught" or "nabbed" as an arrest: the one caught (the object, or the passive's subject) is
    wanted for a crime ("Police catch murder suspect after hours-long hunt", "the gunman was
    nabbed"), not "caught a cold", "caught the bus", "civilians caught in the crossfire"."""
    if tok.pos_ != "VERB":
        return False
    who = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if who is None:
        return False
    # a headline's compound may be parsed as two nouns: "catch murder suspect" (object "murder")
    after = who.doc[who.i + 1] if who.i + 1 < len(who.doc) and who.tag_ == "NN" else who
    return who.lemma_.lower() in _WANTED or (after.pos_ == "NOUN" and after.lemma_.lower() in _WANTED)
