"""The doer of a passive act told with no "by" phrase, read from the clause that tells what was
going on as it happened: "85 troops were killed as the jihadist Islamic State advanced on a
regime position" (`doers_of_the_moment`)."""
from __future__ import annotations

from ..nlp.syntax import PASSIVE_SUBJ, children, with_conjuncts
from .lexicon import LEXICON


# Markers of a clause that tells what was going on when the act happened: "killed as the army
# advanced", "died when militants stormed the town"
MOMENT_MARKS = frozenset(("as", "when", "while"))
# Sectors of a party that may be the doer of what happened as it acted: armed or state organs
ARMED_SECTORS = frozenset(("MIL", "REB", "UAF", "COP", "GOV"))


def doers_of_the_moment(verb, entities) -> list:
    """A passive with no "by" ("85 troops were killed as the jihadist Islamic State advanced on
    a regime position"): the armed party whose armed move (`_a_move_of_force`) the "as"/"when"
    clause tells, the likeliest doer the sentence gives, unless it is the sufferers' own side
    (`_same_side`). Not a pronoun ("as they slept"), not civilians ("as protesters marched"), not
    a thing ("when the roof collapsed")."""
    sufferers = children(verb, *PASSIVE_SUBJ)
    if not sufferers or children(verb, "agent") or entities.resolver is None:
        return []
    for clause in children(verb, "advcl"):
        if clause.pos_ != "VERB" or not any(m.lower_ in MOMENT_MARKS for m in children(clause, "mark")) \
                or not _a_move_of_force(clause):
            continue
        for subj in children(clause, "nsubj"):
            info = _party_of(subj, entities)
            sector = getattr(info, "sector", None)
            if subj.pos_ != "PRON" and info is not None and (
                    info.kind == "group" or getattr(sector, "value", sector) in ARMED_SECTORS) \
                    and not _same_side(info, _party_of(sufferers[0], entities)):
                return with_conjuncts(subj)
    return []


# Verbs of a party moving on another with force, besides the lexicon's acts of violence: "as the
# Islamic State advanced on", "as the regime stepped up its campaign", "as jets continued to pound"
FORCE_MOVES = frozenset("advance push pound overrun sweep storm encircle".split())


def _a_move_of_force(clause) -> bool:
    """Does the clause tell an armed move ("advanced on", "stepped up its campaign", "continued to
    pound"), not a retreat, a watch or a talk ("as the army retreated", "as police watched")?"""
    for v in (clause, *children(clause, "xcomp")):
        lemma = v.lemma_.lower()
        entry = LEXICON.get(lemma)
        if lemma in FORCE_MOVES or (entry is not None and entry.type in ("ASSAULT", "COERCE")):
            return True
        if lemma == "step" and any(c.lower_ == "up" for c in children(v, "prt")):
            return True  # "stepped up its campaign" ("stepped down" is no move)
    return False


def _party_of(tok, entities):
    """The party a noun names, read from its whole phrase, else from the noun alone."""
    phrase = tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text
    return entities.resolver.resolve(phrase) or entities.resolver.resolve(tok.text)


def _same_side(doer, sufferer) -> bool:
    """Are the clause's party and the sufferers one side ("two soldiers were killed as the army
    advanced": the army's own losses say nothing of who killed them)?"""
    if doer is None or sufferer is None:
        return False
    sector, country = getattr(doer, "sector", None), getattr(doer, "country", None)
    other = getattr(sufferer, "country", None)
    # "Syrian soldiers were killed as the Turkish army advanced": one sector, two states
    return sector is not None and sector == getattr(sufferer, "sector", None) and not (country and other and country != other)
