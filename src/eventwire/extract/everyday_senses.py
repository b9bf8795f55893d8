"""Words of violence in the everyday senses that local news is full of (issue 13 class 6): a
heart attack or a dog attack, a battle with cancer, the courts or terrorism, an employee fired, a
nerve struck, coal burnt, a team beaten 1-0 or a rival at the polls, a heart beating. None is an
assault or a crime. Asked by `triggers` of a violent trigger's head token."""
from __future__ import annotations

import re

from ..nlp.syntax import children

# What has an "attack" that no one makes: an illness's bout, or an animal
MEDICAL_ATTACKS = frozenset("heart asthma panic anxiety".split())
ANIMALS = frozenset("""dog bee shark bear animal wolf alligator crocodile snake lion tiger leopard hippo elephant
cougar bull pitbull hornet wasp""".split())
# What one battles or fights that is no party: an illness, an addiction, the courts, an ill of
# society ("the fight against terrorism", "fighting corruption"), a fire
NO_PARTY_FOES = frozenset("""cancer disease illness leukemia leukaemia tumor tumour addiction depression dementia
alzheimer parkinson diabetes obesity infection virus court courts bureaucracy terrorism extremism fundamentalism
radicalism radicalization radicalisation corruption poverty crime racism inflation unemployment hunger fire blaze
wildfire flame""".split())
# Who is beaten at the polls, not struck: "Linda Pierce beating Republican challenger Reba Rae"
POLL_RIVALS = frozenset("challenger incumbent candidate nominee contender".split())
# What beats by itself: "a man's heart beating", "drums beating"
BEATING_THINGS = frozenset("heart drum pulse rain sun".split())
# Whom one fires from a job: the employed, by their post
EMPLOYEES = frozenset("""employee worker staff staffer manager coach director chief official teacher secretary aide
adviser advisor executive ceo head principal superintendent administrator assistant clerk""".split())
# What one strikes or hits that is no one hit: "struck a sensitive nerve", "struck a conciliatory
# tone", "hit the jackpot", "struck oil" ("struck a deal" is an agreement, its noun's)
# (not a road, a market or a store: places that strikes hit)
STRUCK_FIGURES = frozenset("""nerve chord tone note balance pose match jackpot oil gold deal bargain compromise
headline milestone record""".split())
# What one burns that is no one's property set alight: fuel, energy, a figure of speech ("burn coal",
# "burned calories"; a bridge burnt may be one set alight)
BURNT_FUELS = frozenset("coal fuel wood gas oil diesel petrol calorie fat candle incense money cash".split())
# A match's score: "beat Ismaili 1-0"
SCORE = re.compile(r"\b\d{1,3}[-–]\d{1,3}\b")
_SPORTING = frozenset(("beat", "defeat", "crush", "thrash"))


def _said_of(tok, words: frozenset[str]) -> bool:
    """Does a modifier or the "by" party name one of the words ("a heart attack", "attacked by a dog")?"""
    mods = children(tok, "compound", "amod", "nmod", "poss")  # ("'killer bee' attack": the quotes make it an owner)
    agents = [p for a in children(tok, "agent", "prep") if a.lower_ == "by" for p in children(a, "pobj")]
    return any(m.lemma_.lower() in words for m in (*mods, *agents))


def _against_no_party(tok) -> bool:
    """"a battle with cancer", "fought against leukemia", "a months-long battle with the courts"."""
    return any(p.lemma_.lower() in NO_PARTY_FOES
               for prep in children(tok, "prep") if prep.lower_ in ("with", "against") for p in children(prep, "pobj"))


def _dismissed(obj) -> bool:
    """"Kuhl fired Reams", "fired the coach": a job lost. What is fired at someone is a weapon or a
    round, the object of "fire"; the one fired at follows "at" or "on"."""
    return obj is not None and (obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her")
                                or obj.lemma_.lower() in EMPLOYEES)


def _beaten_at_the_polls(obj) -> bool:
    """"beating Republican challenger Reba Rae": a rival at the polls, by the noun before the name."""
    return obj is not None and any(w.lemma_.lower() in POLL_RIVALS for w in (obj, *obj.lefts))


def everyday_sense(tok, obj) -> bool:
    """Is the violent word used in an everyday sense, of no attack? (See the module's doc.)"""
    lemma = tok.lemma_.lower()
    if lemma == "attack" and _said_of(tok, MEDICAL_ATTACKS | ANIMALS):
        return True
    if lemma in ("battle", "fight", "struggle", "combat") and (
            _against_no_party(tok) or (obj is not None and obj.lemma_.lower() in NO_PARTY_FOES)):
        return True
    if lemma in ("beat", "defeat") and (_beaten_at_the_polls(obj) or any(
            s.lemma_.lower() in BEATING_THINGS for s in children(tok, "nsubj"))):
        return True
    if lemma == "fire" and tok.pos_ == "VERB" and _dismissed(obj):
        return True
    if lemma in ("strike", "hit") and obj is not None and obj.lemma_.lower() in STRUCK_FIGURES:
        return True
    if lemma == "burn" and obj is not None and obj.lemma_.lower() in BURNT_FUELS:
        return True
    # a team beaten by a score: "Petrojet beat Ismaili on Monday 1-0" (a side's name, not "protesters")
    return lemma in _SPORTING and obj is not None and obj.pos_ == "PROPN" and bool(SCORE.search(tok.sent.text))
