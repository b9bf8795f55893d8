"""Parties an event noun names outside its own modifiers: the sides of a fight, hung on the fight
or on the verb that says it happened ("clashes erupted between the army and IS fighters":
`side_phrases`), the doer a participle describing the noun names ("the attack, claimed by
IS": `participle_doers`), the party said to be responsible for it (`held_responsible`), and
which words could name a party at all (`a_party`, `misnamed_adjective`, `stance_words`,
`place_conjoined`)."""
from __future__ import annotations

from ..nlp.syntax import children, with_conjuncts
from .target_words import PLACE_NOUNS

# Nouns that name a party that could act ("fighters", "police", "jets"), not a thing or a place
AGENT_NOUNS = frozenset(
    "force troop soldier fighter militant rebel insurgent jihadist gunman attacker police policeman army militia "
    "jet warplane aircraft helicopter drone plane bomber artillery tank group unit member guard officer "
    "regime government coalition man woman assailant sniper terrorist extremist".split())

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
                    "commit": "by", "stage": "by", "mount": "by", "execute": "by", "blame": "on", "attribute": "to",
                    # a munition's: "a roadside bomb planted by Taliban fighters", "a rocket fired by Hamas"
                    "plant": "by", "lay": "by", "place": "by", "fire": "by", "detonate": "by", "drop": "by",
                    "throw": "by", "hurl": "by",
                    # a hold's or a measure's (`MEASURES`): "the siege imposed by government forces", "a
                    # blockade enforced by the navy", "a curfew declared by the army"
                    "impose": "by", "enforce": "by", "declare": "by", "levy": "by", "order": "by"}
# Participles that name who holds a measure, only of a measure: in "a ban on protests ordered by
# the council" the parse hangs "ordered" on the protests, which the council did not hold
MEASURE_PARTICIPLES = frozenset(("impose", "enforce", "declare", "levy", "order"))
MEASURES = frozenset("""siege blockade curfew ban sanction embargo restriction lockdown closure emergency cordon
quarantine ceasefire truce evacuation tariff strike airstrike raid operation offensive""".split())


# The prefixes of a stance: "anti-government rallies", "pro-Assad militias" name whom they are
# against or for, never who acts
STANCE_PREFIXES = frozenset(("anti", "pro"))
# How far a stance's party stands after its prefix: the prefix, its hyphen, the party
STANCE_WORDS = 3


def stance_words(tok) -> str | None:
    """"anti" or "pro" where the token is one of the words of "anti-government", "pro-Assad" (the
    prefix, its hyphen, the party), else None."""
    doc = tok.doc
    for i in range(max(tok.i - STANCE_WORDS + 1, 0), tok.i + 1):
        if doc[i].lower_ in STANCE_PREFIXES and i + 1 < len(doc) and doc[i + 1].text == "-":
            return doc[i].lower_
    return None


def opposed_party(tok) -> bool:
    """Is the token the party of "anti-government", "anti-Assad" (whom the act is against)?"""
    return stance_words(tok) == "anti" and tok.lower_ not in STANCE_PREFIXES and tok.text != "-" and a_party(tok)


# Place nouns that may stand for the state that acts there
STATE_PLACE_NOUNS = frozenset(("country", "capital"))


def place_conjoined(t) -> bool:
    """A place's common noun the parse conjoined to a doer ("regime forces and the militias on
    areas in Damascus and its suburbs"); a country or a capital may act ("militants and Western
    countries blame"), and so may a body named for a place ("the Rapides Parish Fire District")."""
    return t.dep_ == "conj" and t.pos_ == "NOUN" and t.lemma_.lower() in PLACE_NOUNS - STATE_PLACE_NOUNS


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
        if acl.tag_ != "VBN" or prep is None or (
                acl.lemma_.lower() in MEASURE_PARTICIPLES and head.lemma_.lower() not in MEASURES):
            continue
        for p in (*children(acl, "agent"), *children(acl, "prep")):
            if p.lower_ == prep:  # "claimed by no group": no one
                out += [t for o in children(p, "pobj") for t in with_conjuncts(o)
                        if not any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)]
    return out


# How far up from "responsible" the party it is said of may stand: "a man believed to be
# responsible for the blast" (responsible, be, believed, man)
RESPONSIBLE_HOPS = 3
# Verbs whose object is held responsible: "police held the group responsible for the attack"
HOLDING_VERBS = frozenset(("hold", "find", "consider", "deem"))


def held_responsible(head) -> list:
    """The party said to be responsible for the act the noun names: "al-Shabaab was responsible
    for the bombing", "a man believed to be responsible for the blast", "the group responsible for
    the attack", "police held the group responsible for the attack". Nothing where it is denied
    ("was not responsible") or asked ("who was responsible")."""
    if not (head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.lemma_.lower() == "responsible"):
        return []
    node = head.head.head
    for _ in range(RESPONSIBLE_HOPS):
        if children(node, "neg") or any(m.lower_ in OPEN_MARKS for m in children(node, "mark")) \
                or node.lemma_.lower() in DISOWNING_VERBS:  # "the Taliban denied being responsible"
            return []
        held = children(node, "dobj") if node.lemma_.lower() in HOLDING_VERBS else []
        parties = held or children(node, "nsubj", "nsubjpass")
        if parties:
            return _unless_disowned(node, parties)
        if node.dep_ in ("amod", "acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN"):
            return _unless_disowned(node, [node.head])  # "the group responsible for", "a man believed to be responsible"
        if node.head.i == node.i:
            return []
        node = node.head
    return []


# Marks of a clause that asks rather than tells: "whether the rebels were responsible"
OPEN_MARKS = frozenset(("whether", "if"))
# Verbs that disown what their complement says: "Hamas denied it was responsible"
DISOWNING_VERBS = frozenset(("deny", "reject", "dismiss", "refute"))
# Determiners that name no one or ask who: "no group", "which group"
NO_ONE_DETS = frozenset(("no", "which", "what"))


def _unless_disowned(clause, parties: list) -> list:
    """The parties, unless asked about ("which group", "who"), none ("no group"), or said to be
    responsible only in a clause that a denial, a negation or "no one" governs ("Hamas denied it
    was responsible", "No group said it was responsible")."""
    if any(_no_one(p) for p in parties):
        return []
    if clause.dep_ == "acl" and any(m.lower_ == "that" for m in children(clause, "mark")):
        return []  # "evidence that the army was responsible", "allegations that its troops were": not told as so
    node = clause
    for _ in range(RESPONSIBLE_HOPS):
        if node.dep_ not in ("ccomp", "xcomp", "advcl") or node.head.i == node.i:
            return parties
        node = node.head
        if node.lemma_.lower() in DISOWNING_VERBS or children(node, "neg") or any(
                _no_one(s) for s in children(node, "nsubj", "nsubjpass")):
            return []
    return parties


# Words that name no one: "Nobody said it was responsible", "None of the groups said ..."
NO_ONE_WORDS = frozenset(("nobody", "none", "noone"))


def _no_one(tok) -> bool:
    """A party that is no one or a question ("no group", "which group", "who", "nobody")."""
    return tok.tag_ in ("WP", "WDT") or tok.lower_ in NO_ONE_WORDS \
        or any(d.lower_ in NO_ONE_DETS for d in children(tok, "det"))


def led_by(tok) -> bool:
    """"US-led airstrikes", "Saudi-led raids": a modifier that names the force a state leads, the
    act's doer (resolved as that state's coalition), though the parse tags it a verb."""
    return tok.lemma_.lower() == "lead" and tok.tag_ == "VBN" and bool(children(tok, "npadvmod"))


def a_party(tok) -> bool:
    """A noun that names who could act ("Taliban fighters", "Russia"), not a thing or a place
    by which something stands ("the river", "air and land")."""
    return tok.lemma_.lower() in AGENT_NOUNS or tok.ent_type_ in ("ORG", "NORP", "PERSON", "GPE")


def misnamed_adjective(tok, entities) -> bool:
    """An adjective the tagger named a group or person, as a capital opening a sentence invites
    ("Fierce clashes erupted": ORG): an adjective names a doer only as a people or a place
    ("Russian strikes", "Israeli raids"), or as a party the actor lexicon knows.
    A word of a longer name ("Wal-Mart") is a name."""
    whole = tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    if not (tok.pos_ == "ADJ" and tok.ent_type_ in ("ORG", "PERSON") and whole):
        return False
    return entities.resolver is None or entities.resolver.resolve(tok.text) is None


def hands_of(idiom_hands: list) -> list:
    """"killed at the hands of security forces": the doers an idiom names."""
    return [t for hands in idiom_hands
            for of in children(hands, "prep") if of.lower_ == "of"
            for o in children(of, "pobj") for t in with_conjuncts(o)]


def idiom_hands(holder) -> list:
    """The "hands" of "at the hands of X" under the trigger: no target (farm hands are)."""
    return [h for prep in children(holder, "prep") if prep.lower_ == "at"
            for h in children(prep, "pobj") if h.lemma_.lower() == "hand" and children(h, "prep")]


def half_of_a_name(tok, resolver) -> bool:
    """A conjunct that is the second half of one name the parse split at its "and": "the Levant"
    of "the Islamic State of Iraq and the Levant militant group", "Herzegovina" of "Bosnia and
    Herzegovina" (the actor lexicon knows the whole name); "Russia and France" are two."""
    if tok.dep_ != "conj" or resolver is None:
        return False
    head, doc = tok.head, tok.doc
    cc = next((c for c in head.children if c.dep_ == "cc" and c.lower_ == "and" and head.i < c.i < tok.i), None)
    first = next((t for t in head.subtree if t.pos_ == "PROPN"), None)
    if cc is None or first is None or first.i > head.i:
        return False
    end = cc.i + 1 + (cc.i + 1 < len(doc) and doc[cc.i + 1].lower_ == "the")
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return end > cc.i + 1 and doc[end - 1].pos_ == "PROPN" and resolver.named_exactly(doc[first.i:end].text) is not None
