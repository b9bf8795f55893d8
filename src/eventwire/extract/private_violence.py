"""Violence that no political actor commits is a crime or an accident, not an assault.

PLOVER's ASSAULT is political violence; the same words in a local report ("two men were
shot on the North Side", "killed in a traffic accident", "a home hit by fire") are a crime
(CRIME) or an accident (INCIDENT). The test is the actors, not the words: a state organ or an
armed group on either side, a military weapon, or a story about an armed conflict keeps an
assault an assault.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..model import Actor, EventType, Sector, Span
from ..nlp.syntax import children
from .lexicon import ACCIDENT_AGENTS

# Sectors whose violence, or violence against whom, is political: states, armed groups, IGOs.
POLITICAL_SECTORS = frozenset((Sector.GOV, Sector.MIL, Sector.COP, Sector.REB, Sector.SPY, Sector.IGO, Sector.OPP))
# Sectors whose mention anywhere makes the story one of armed conflict.
ARMED_CONFLICT_SECTORS = frozenset((Sector.MIL, Sector.REB))
# Modes of military force (refine's heavy weapons): never a private crime.
MILITARY_MODES = frozenset(("aerial", "heavy-weapons"))
# Weapons of war and terror: a bombing or a shelling is political violence whoever did it.
WAR_WEAPONS = frozenset("bomb bombing explosive ied suicide grenade rocket missile mortar shell shelling artillery "
                        "airstrike drone landmine mine minefield".split())
# So is a blast or an explosion that killed or hurt people and that `triggers` did not read as an
# accident ("The blast killed 15 people in Mogadishu"), but not a home run ("a three-run blast") nor
# a simile ("It looked like an explosion blew out the wall").
BLAST_WORDS = frozenset(("blast", "explosion"))
HARM_WORDS = frozenset(("kill", "die", "dead", "injure", "wound", "death"))
# The context the lexicon gives weapons of terror ("car bomb", "suicide bombing", "roadside bomb")
TERROR_CONTEXT = "terrorism"
# Words of combat between sides: fighting is never a private crime.
COMBAT_WORDS = frozenset("fight fighting clash battle war offensive skirmish insurgency siege".split())
# What the dead or hurt of an accident died in: "killed in a traffic accident", "died in a fire".
ACCIDENT_NOUNS = frozenset("accident crash collision fire blaze drowning wreck derailment rollover".split())
OUTCOME_VERBS = frozenset("kill die injure wound hurt".split())
DAMAGE_VERBS = frozenset("hit strike destroy burn damage kill".split())
# Who or what does damage by accident: "a home hit by fire", "struck by a truck".
ACCIDENTAL_DOERS = ACCIDENT_AGENTS | ACCIDENT_NOUNS


# Modifiers that make a munition's word a small arm's or a toy's ("a shotgun shell", "a toy grenade")
SMALL_ARMS_MODIFIERS = frozenset("shotgun rifle pistol gun bb pellet paintball toy replica fake".split())


def means_lemmas(doc, instruments: Iterable[Span]) -> set[str]:
    """The head lemmas of what an event was done with ("A bomb" → bomb; "a drone-mounted paintball
    gun" → gun), less a munition a modifier makes a small arm's or a toy ("a shotgun shell"): with
    its sentence's words, what `is_private_crime` reads for weapons of war."""
    spans = (doc.char_span(i.start, i.end, alignment_mode="expand") for i in instruments)
    roots = (span.root for span in spans if span is not None)
    return {r.lemma_.lower() for r in roots
            if not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in SMALL_ARMS_MODIFIERS for c in r.children)}


def political(actors: Iterable[Actor]) -> bool:
    return any(a.sector in POLITICAL_SECTORS or (a.country and not a.sector) for a in actors)


def is_private_crime(ev_type: str, mode: str | None, actors: list[Actor], targets: list[Actor],
                     story_sectors: set[str], sentence_lemmas: set[str], context: Iterable[str] = ()) -> bool:
    """An assault with no political actor or target, no weapon of war or word of combat in its
    sentence, in a story that names no army or armed group, and no mention folded into it that
    named a weapon of terror (its `context` "terrorism": "17 killed in Damascus blast" told
    again as "a car bomb exploded")."""
    return (ev_type == EventType.ASSAULT and mode not in MILITARY_MODES and TERROR_CONTEXT not in context
            and not political(actors) and not political(targets)
            and not (story_sectors & ARMED_CONFLICT_SECTORS) and not (sentence_lemmas & (WAR_WEAPONS | COMBAT_WORDS))
            and not (sentence_lemmas & BLAST_WORDS and sentence_lemmas & HARM_WORDS))


def is_accident(head) -> bool:
    """A death or injury in an accident ("killed in a traffic accident"), or damage done by
    an accidental agent ("a home hit by fire"), read from the trigger's syntax."""
    lemma = head.lemma_.lower()
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "after", "during") and lemma in OUTCOME_VERBS:
            if any(p.dep_ == "pobj" and p.lemma_.lower() in ACCIDENT_NOUNS for p in prep.children):
                return True
        if prep.dep_ == "agent" and lemma in DAMAGE_VERBS:
            if any(p.dep_ == "pobj" and p.lemma_.lower() in ACCIDENTAL_DOERS for p in prep.children):
                return True
    return False


def hitter(verb, subj, obj):
    """What did the hitting, to tell a crash: the subject, else what was hit where no one is named
    ("unable to stop before striking the Toyota"); of a passive, its "by" phrase ("was hit by a
    truck"; "a car was hit by a drone strike" is no crash)."""
    if subj is not None and subj.dep_ == "nsubjpass":
        return next((p for a in children(verb, "agent") for p in children(a, "pobj")), None)
    return subj if subj is not None else obj


def accident_sufferers(actors: list[Actor], targets: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """(doers, sufferers) of an accident or a disaster, which has no perpetrator (docs/annotation.md):
    a person the sentence makes its subject ("Robert Kochuk crashed his car into a tree") is one
    it happened to; a vehicle ("his car struck a tree") is what it happened with, no party. Where
    an army, a group or gunmen are its doers, the reading as an accident may be wrong: they stay
    (moving them cost the record gold's check half one actor)."""
    if any(a.sector in POLITICAL_SECTORS or a.sector == Sector.UAF for a in actors):
        return actors, targets  # an army, a group, gunmen: read as an accident, it may be none
    have = {(t.start, t.end) for t in targets}
    moved = [a for a in actors if (a.start, a.end) not in have and not a.implied and not _a_vehicle(a)]
    return [], targets + moved


def _a_vehicle(a: Actor) -> bool:
    words = a.text.lower().split()
    return bool(words) and words[-1] in ACCIDENT_AGENTS
