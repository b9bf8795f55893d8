"""Subjects the parse gets wrong in news copy: a place hit made the subject of the act's outcome
("struck the area killing eight civilians", copy without commas), and a doer described by a reduced
relative the parse read as the main clause ("Gunmen believed to be members of Boko Haram killed
20"). Pure functions over spaCy tokens, read by the argument finder (arguments._subject_of)."""
from __future__ import annotations

from ..nlp.syntax import children
from .instruments import ACTOR_MODIFIER_ENTS
from .lexicon import REPORTING_VERBS
from .noun_parties import AGENT_NOUNS
from .passives import SMALL_CLAUSE_VERBS
from .target_words import PLACE_NOUNS, SITE_WORDS, TOWN_NAMED_FACILITIES, is_place

# Prepositions of a place phrase ("struck positions near Sanaa"; the argument finder reads them too)
PLACE_PREPS = ("in", "on", "at", "near", "outside", "across", "around", "inside", "over", "into", "from", "throughout")


def place_as_subject(verb) -> bool:
    """"struck positions near Sanaa killing 30 fighters", "struck the area killing eight civilians"
    (no comma): the parse makes the town, or the place hit, the subject of a participle in the place
    phrase or under the act; the participle is the act's outcome, its doer the act's."""
    subj = children(verb, "nsubj")
    if verb.tag_ != "VBG" or not subj:
        return False
    if verb.dep_ == "pcomp":
        return verb.head.lower_ in PLACE_PREPS and is_place(subj[0])
    # (not under a verb of seeing: "residents saw the town burning" is what they saw)
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() not in REPORTING_VERBS | SMALL_CLAUSE_VERBS and (
        is_place(subj[0]) or subj[0].lemma_.lower() in PLACE_NOUNS | SITE_WORDS | TOWN_NAMED_FACILITIES)


# Verbs of a reduced relative that describes a doer: "Gunmen believed to be members of Boko Haram
# killed 20 villagers", "men suspected to be militants stormed ..."
DESCRIBING_VERBS = frozenset("believe think suspect say report allege understand presume know reckon".split())


def described_subject(verb):
    """The doer of a verb the parse left without a subject because it read the reduced relative
    before it as the main clause ("Gunmen believed to be members of Boko Haram killed 20":
    "believed" the root, "killed" its complement): the party the relative says the doer is
    ("members of Boko Haram"). None where it names none ("Soldiers thought to be from Rwanda",
    "Soldiers believed to be deserters"): the noun it describes would be read as the story's own
    state's forces."""
    gov = verb.head
    if verb.dep_ != "ccomp" or gov.lemma_.lower() not in DESCRIBING_VERBS or gov.tag_ not in ("VBD", "VBN") \
            or children(verb, "mark"):
        return None
    be = [x for x in children(gov, "xcomp") if x.lemma_ == "be" and children(x, "aux") and x.i < verb.i]
    if not be or not children(gov, "nsubj"):
        return None
    attr = children(be[0], "attr")
    names = attr and any(t.ent_type_ in ACTOR_MODIFIER_ENTS for t in attr[0].subtree)
    return attr[0] if names else None


# Acts named by a gerund that a party may modify ("regime shelling"); not a clause of its own ("...
# in Maaret al-Numan blaming the regime")
GERUND_ACTS = frozenset("shell bomb fight strike raid attack shoot fire bombard".split())
# Prepositions that put an act's noun after its outcome: "killed in regime shelling", "killed by army fire"
OUTCOME_PREPS = frozenset(("in", "by"))


def _party_modifier(tok) -> bool:
    """A noun that names a party when it modifies an act ("regime shelling", "Daesh attacks"), not a
    town, which says where ("Aleppo shelling")."""
    # (a singular proper noun tagged a people is mostly a town: "Aleppo shelling")
    return tok.lemma_.lower() in AGENT_NOUNS or tok.ent_type_ in ("ORG", "PERSON") \
        or (tok.ent_type_ == "NORP" and tok.tag_ != "NNP")


def modifier_as_object(verb):
    """"Ten civilians were killed in regime shelling of Idlib": the parse makes the party that
    modifies the act's noun the preposition's object and the act ("shelling", tagged a gerund) a
    clause of its own with no subject. The party is the act's doer: returned where the gerund has
    no subject and follows, next to it, the object of "in" or "by" under the same verb, a party
    (`_party_modifier`)."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in GERUND_ACTS or children(verb, "nsubj", "nsubjpass") \
            or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    prep = before.head
    if before.dep_ != "pobj" or prep.lower_ not in OUTCOME_PREPS or prep.head.i != verb.head.i:
        return None
    return before if _party_modifier(before) else None
