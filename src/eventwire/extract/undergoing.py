"""Acts told by what their target underwent: "the village came under attack by militants", "their
patrol came under fire from Houthi rebels", "an army post was under heavy shelling". The subject of
"came under" is the act's target, its "by" or "from" phrase the doer; "fire" undergone from an
armed party is gunfire, where "the minister came under fire for his remarks" is criticism. So are
those hurt by it: "two soldiers were injured in the explosion" ("killed in", "wounded in" are
triggers of their own, which `merge` joins to the act).
Asked by `triggers` (is it an act, and is the noun a party attacked) and by `arguments` (who
did it to whom)."""
from __future__ import annotations

from ..nlp.syntax import children, with_conjuncts
from .instruments import party_fire
from .noun_parties import AGENT_NOUNS, a_party

# Verbs of undergoing an act named by a noun: "came under attack", "was under fire"
UNDERGOING_VERBS = frozenset(("come", "be", "remain", "fall"))
# The prepositions that name who did what was undergone: "under attack by militants", "under fire
# from Houthi rebels"
DOER_PREPS = frozenset(("by", "from"))
# Nouns of what is undergone as an attack, besides the attack nouns of the lexicon
UNDERGONE_ATTACKS = frozenset("attack fire shelling bombardment assault siege strike".split())  # (lemmas)
# Those that come under fire as the armed targets they are: "the convoy came under fire"
ARMED_TARGETS = AGENT_NOUNS | frozenset("patrol convoy base post checkpoint position outpost vehicle ship "
                                        "helicopter aircraft".split())


def undergoing_verb(noun):
    """The verb a noun is undergone by ("came" of "came under attack"), or None."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "under" and prep.head.lemma_.lower() in UNDERGOING_VERBS:
        return prep.head
    return None


# Verbs of being hurt that are no trigger, and the words that tie the hurt to what caused it:
# "injured in the blast", "hurt during clashes", "injured by a roadside bomb", "injured as a
# result of an explosion"
HURT_VERBS = frozenset(("injure", "hurt"))
CAUSE_PREPS = frozenset(("in", "during", "by"))


def hurt_by(noun) -> list:
    """Who was hurt by the act a noun names ("two soldiers" of "two soldiers were injured in the
    explosion"): the passive subjects of a verb of hurting whose cause the noun is."""
    if noun.dep_ != "pobj":
        return []
    prep, verb = noun.head, noun.head.head
    if prep.lower_ == "of" and verb.lemma_.lower() == "result" and verb.dep_ == "pobj" and verb.head.lower_ == "as":
        prep, verb = verb.head, verb.head.head  # "as a result of"
    elif prep.lower_ not in CAUSE_PREPS:
        return []
    if verb.lemma_.lower() not in HURT_VERBS:
        return []
    return [s for s in children(verb, "nsubjpass") if s.lower_ not in BARE_MULTITUDES]


# Words that count the hurt without saying who they are ("dozens were injured in the raids"): a
# figure, not a party hit (the people are those the toll names)
BARE_MULTITUDES = frozenset("dozens tens scores hundreds thousands many several".split())


def undergone_doers(verb, noun) -> list:
    """The parties named in a "by" or "from" phrase of the verb or of the noun undergone: "came under
    attack by militants", "came under heavy shelling from rebels"."""
    return [q for x in (verb, noun) for p in children(x, "prep") if p.lower_ in DOER_PREPS
            for q in children(p, "pobj") if a_party(q)]


def undergone_arguments(head, args) -> None:
    """"The village came under attack by militants", "the patrol came under fire from rebels": the
    subject of "came under" is the act's target (in `args.targets`), the verb's "by" or "from"
    phrase its doer (in `args.actors`, if it has none); "two soldiers were injured in the blast":
    who was hurt by it is its target (`hurt_by`)."""
    verb = undergoing_verb(head)
    for subj in (children(verb, "nsubj") if verb is not None else []) + hurt_by(head):
        args.targets.extend(t for t in with_conjuncts(subj) if t not in args.targets)
    if verb is not None and not args.actors:
        args.actors.extend(undergone_doers(verb, head))


def gunfire_undergone(fire) -> bool:
    """Is the noun "fire" gunfire that its subject came under: from an armed party ("came under fire
    from rebels"), by one ("came under Israeli fire"), or undergone by an armed target ("the patrol
    came under fire")? "The minister came under fire for his remarks" is criticism."""
    verb = undergoing_verb(fire)
    if verb is None:
        return False
    return party_fire(fire) or bool(undergone_doers(verb, fire)) or any(
        s.lemma_.lower() in ARMED_TARGETS for s in children(verb, "nsubj"))


def attacked_as_subject(tok) -> bool:
    """Is the noun the subject of coming under an attack ("the patrol came under fire from
    rebels", "the base came under attack")?"""
    return tok.dep_ == "nsubj" and any(undergoing_verb(p) is not None and p.lemma_.lower() in UNDERGONE_ATTACKS
                                       for prep in children(tok.head, "prep") if prep.lower_ == "under"
                                       for p in children(prep, "pobj"))
