"""Parties an event noun names outside its own modifiers: the sides of a fight, hung on the fight
or on the verb that says it happened ("clashes erupted between the army and IS fighters":
`side_phrases`), and the doer a participle describing the noun names ("the attack, claimed by
IS": `participle_doers`)."""
from __future__ import annotations

from ..nlp.syntax import children, with_conjuncts

# Fights that two sides wage on each other: "clashes between the army and rebels" names both,
# the first as the actor and the other as its opponent (ACLED's actor 1 and actor 2), "clashed
# with rebels" the opponent
MUTUAL_LEMMAS = frozenset("clash fighting fight battle gunfight firefight skirmish confrontation".split())
# Verbs that only say a fight happened, with its sides hung on them: "clashes erupted between ...",
# "fighting broke out between ...", "clashes took place between ..."
OCCURRENCE_VERBS = frozenset("erupt break occur rage continue flare resume intensify escalate take".split())
# Participles that say who did the act they describe: "the attack, claimed by IS", "strikes
# carried out by the coalition", "an attack blamed on the PKK", "a bombing attributed to ETA"
DOER_PARTICIPLES = {"claim": "by", "carry": "by", "conduct": "by", "launch": "by", "perpetrate": "by",
                    "commit": "by", "stage": "by", "mount": "by", "execute": "by", "blame": "on", "attribute": "to"}


def side_phrases(head) -> list:
    """The prepositional phrases that may name a fight's sides: the fight's own ("clashes between
    X and Y", "clashed with Y"), and a "between" the parse hung on the verb that says the fight
    happened ("clashes erupted between X and Y"). Nothing for an act that is no fight."""
    if head.lemma_.lower() not in MUTUAL_LEMMAS:
        return []
    said_to_happen = head.dep_ == "nsubj" and head.head.lemma_.lower() in OCCURRENCE_VERBS
    return children(head, "prep") + [p for p in children(head.head, "prep")
                                     if said_to_happen and p.lower_ == "between"]


def participle_doers(head) -> list:
    """The doers a participle describing the event noun names (`DOER_PARTICIPLES`)."""
    out = []
    # "the attack, claimed by IS", "the attack, which was carried out by al-Shabaab"
    for acl in children(head, "acl", "relcl"):
        prep = DOER_PARTICIPLES.get(acl.lemma_.lower())
        if acl.tag_ != "VBN" or prep is None:
            continue
        for p in (*children(acl, "agent"), *children(acl, "prep")):
            if p.lower_ == prep:  # "claimed by no group": no one
                out += [t for o in children(p, "pobj") for t in with_conjuncts(o)
                        if not any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)]
    return out
