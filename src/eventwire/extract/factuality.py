"""Did it happen? asserted, planned, claimed, denied, negated or hypothetical.

Read off the trigger's own modifiers and the chain of heads above it: a future or
intent head ("will double its attacks", "promised to join") makes it planned; a
denial head denied; "allegedly"/"accused ... of" claimed; a negation or a
"foiled"/"thwarted" modifier negated; "if"/"could" hypothetical.
"""
from __future__ import annotations

from ..nlp.syntax import children, in_past_tense

from .lexicon import LEXICON

INTENT_HEADS = frozenset(
    "plan intend aim prepare promise pledge vow threaten decide expect want hope seek propose "
    "consider mull ready set schedule vote agree offer commit".split())
FUTURE_AUX = frozenset(("will", "shall", "'ll", "wo", "going", "would"))
HYPO_AUX = frozenset(("could", "might", "may", "should", "must"))
# Intent heads that intend only through an infinitive or "for"/"on" ("is set to hold talks", "set
# for a ground offensive", "ready for an assault"), not as the verb of a done act ("set fire to
# the building after storming it")
INTENT_BY_INFINITIVE = frozenset(("set", "ready"))
# Intent heads that also say an act was done when it is their object: "committed a massacre"
# (done) beside "committed to holding talks" (intent)
PERPETRATING_HEADS = frozenset(("commit",))
DENIAL_HEADS = frozenset("deny refute dismiss".split())
CLAIM_HEADS = frozenset("claim allege accuse suspect blame".split())
CLAIM_ADVS = frozenset("allegedly reportedly purportedly apparently".split())
NEGATING_MODS = frozenset("foiled thwarted failed averted prevented attempted aborted".split())
# Not "repel": a repelled attack was made ("troops repelled an attack by Boko Haram fighters")
NEGATING_HEADS = frozenset("foil thwart avert prevent".split())  # "police foiled attacks"
# ... but a repelled attempt at an act failed: "repelled an attempt to seize the town"
REPELLING_HEADS = frozenset(("repel", "repulse"))
ATTEMPT_NOUNS = frozenset(("attempt", "bid", "effort", "push"))
# Heads above the trigger read for a future, intent, denial or claim ("vowed to launch
# an offensive", "denied carrying out the strikes"); higher heads belong to other clauses.
MAX_HEAD_HOPS = 4
# Prepositions of a state a clause's subject is in: what they hold is no part of what its verb
# intends ("The city, in talks with the county, wants a new prison": the talks are under way);
# not of a time ("plan a walkout during the visit": the visit is to come too)
CIRCUMSTANCE_PREPS = frozenset(("in", "amid", "despite"))
# Markers of a subordinate clause told as fact whatever its main clause's mood: "Although both
# are charged with murder, conspiracy allegations might be withdrawn" (not a time or a condition:
# "will release the hostages after the government frees 50 prisoners")
FACT_MARKERS = frozenset(("although", "though", "because", "whereas"))


def _told_as_fact(clause) -> bool:
    """A clause told as fact under any main clause: a concession or a cause, a past relative clause
    ("the man who attacked the guard may be charged"; "anyone who joins a protest will be detained"
    is no one yet). (A past time clause too, "will be charged after he attacked a guard", cost the
    check half of the record gold a duplicate event; not kept.)"""
    if clause.dep_ == "relcl":
        return in_past_tense(clause)
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in FACT_MARKERS for c in clause.children)


def _an_attack(tok) -> bool:
    """Is the word an attack (what groups claim as their deed), not a capture a side claims as a
    success ("Russia claimed the capture of Bakhmut" is Russia's claim)?"""
    entry = LEXICON.get(tok.lemma_.lower())
    return entry is not None and entry.type == "ASSAULT"


def _told_outcome_of_claimed_attack(claim, clause) -> bool:
    """Is the clause under "claim" a participle telling what the claimed attack did? "IS claimed
    the attack, killing 17" (the parse hangs "killing" on "claimed"), and "IS claims the attack
    that hit a police station killing 17" (parsed as claiming that the attack killed): the attack
    is the claim's object or the participle's subject."""
    if clause.tag_ != "VBG" or any(c.dep_ in ("aux", "mark") for c in clause.children):
        return False
    claimed = [c for c in claim.children if c.dep_ in ("dobj", "obj")]
    claimed += [c for c in clause.children if c.dep_ == "nsubj"]
    return any(_an_attack(t) and not _named_doer(t) for t in claimed)


# Modifiers of an attack noun that name its doer: "police raids", "Russian airstrikes"
DOER_MODIFIER_DEPS = ("poss", "compound", "amod", "nmod")
DOER_ENTS = ("NORP", "ORG", "GPE", "PERSON")
DOER_WORDS = frozenset("police army military regime government coalition troops security".split())


def _named_doer(attack) -> bool:
    """Does the attack noun name who did it ("police raids", "Russian airstrikes")? Then claiming
    it is an allegation against that doer ("villagers claimed police raids killing three"), not a
    claim of one's own deed."""
    return any(c.dep_ in DOER_MODIFIER_DEPS and (c.ent_type_ in DOER_ENTS or c.lemma_.lower() in DOER_WORDS)
               for c in attack.children)


def _intends_so(lemma: str, via: str, came_from) -> bool:
    """Does an intent head intend the act it is reached from this way? "set" and "ready" only
    through an infinitive or "for"/"on" (`INTENT_BY_INFINITIVE`); the others any way."""
    return lemma not in INTENT_BY_INFINITIVE or via == "xcomp" or (via == "prep" and came_from.lower_ in ("for", "on"))


# Verbs of leave or power whose negation says the act they take as infinitive was not done:
# "would not be allowed to arrest", "did not manage to take the town" (not "did not hesitate to
# open fire", nor "did not stop attacking": done)
UNABLE_IF_NEGATED = frozenset("allow permit able manage succeed authorize authorise try attempt".split())


def _negated(verb) -> bool:
    return bool(children(verb, "neg"))


def factuality_of(head) -> str:
    for c in head.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return "negated"
        if c.dep_ in ("amod", "advmod") and c.lower_ in NEGATING_MODS:
            return "negated"
        if c.dep_ == "advmod" and c.lower_ in CLAIM_ADVS:
            return "claimed"
        if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
            return "hypothetical"
    node = came_from = head
    via = ""
    for depth in range(MAX_HEAD_HOPS):
        if depth == 1 and via == "xcomp" and node.lemma_.lower() in UNABLE_IF_NEGATED and _negated(node):
            return "negated"  # "would not be allowed to arrest", "did not manage to take the town"
        for c in node.children:
            if c.dep_ in ("aux", "auxpass"):
                low = c.lower_
                if low in FUTURE_AUX or (low == "to" and node.dep_ == "xcomp" and node.head.lemma_.lower() in INTENT_HEADS):
                    return "planned"
                if low in HYPO_AUX:
                    return "hypothetical"
                if low in ("can", "ca") and _negated(node) and (
                        depth == 0 or (via == "prep" and came_from.lower_ == "in")):
                    return "negated"  # "cannot be held in detention" (not "cannot stop the protests")
            if depth > 0 and c.dep_ == "neg" and node.lemma_.lower() in DENIAL_HEADS | INTENT_HEADS:
                return "negated"
        lemma = node.lemma_.lower()
        if depth > 0 and lemma == "fail" and via == "xcomp":
            return "negated"
        if depth > 0 and lemma in NEGATING_HEADS and via in ("dobj", "obj", "nsubjpass"):
            return "negated"
        if depth > 1 and lemma in REPELLING_HEADS and via in ("dobj", "obj", "nsubjpass") \
                and came_from.lemma_.lower() in ATTEMPT_NOUNS:
            return "negated"  # "repulsed an attempt by militants to seize the town": not seized
        if depth > 0 and via not in ("nsubj", "nsubjpass"):
            if lemma in DENIAL_HEADS:
                return "denied"
            if lemma in CLAIM_HEADS:
                if any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "responsibility" for c in node.children):
                    return "asserted"  # a claim of responsibility asserts the attack; the doer is claimed
                if lemma == "claim" and via in ("dobj", "obj") and _an_attack(came_from):
                    # so does claiming an attack itself, and what the claimed attack did: "IS
                    # claimed the bombing", "IS claims Brussels attacks that killed 32"
                    return "asserted"
                if lemma == "claim" and _told_outcome_of_claimed_attack(node, came_from):
                    return "asserted"
                return "claimed"
            if lemma in INTENT_HEADS and node.pos_ in ("VERB", "ADJ") and not (
                    lemma in PERPETRATING_HEADS and via in ("dobj", "obj")) and not (
                    via == "prep" and came_from.lower_ in CIRCUMSTANCE_PREPS) and _intends_so(lemma, via, came_from):
                return "planned"
        if node.head.i == node.i or node.dep_ in ("ROOT",):
            break
        # Stop at a clause boundary that is not a complement ("X said" is fine: asserted)
        if node.dep_ in ("conj", "advcl", "relcl") and depth > 0:
            break
        if _told_as_fact(node):
            break
        via = node.dep_
        came_from, node = node, node.head
    return "asserted"
