"""Clauses whose subject underwent the act it tells: a headline's reduced passive ("Man arrested
after ..."), a small clause under a verb of seeing or having ("saw her son arrested"), a
passive that drops its "were" after another ("Five were killed and a dozen wounded"), a passive
adjunct ("died after being shot"), and the accused's side of a prosecution ("faces charges")."""
from __future__ import annotations

from ..nlp.furniture import HEADLINE_END
from ..nlp.syntax import PASSIVE_SUBJ, children

# Prepositions whose object an act is aimed at: "fired on protesters", "strikes against IS"
TARGET_PREPS = ("on", "against", "at", "upon", "targeting")


# Verbs whose past form with no object tells what its subject did, not what was done to it: a
# headline's "Protesters marched", "Soldier died" is no reduced passive
INTRANSITIVE_VERBS = frozenset(
    "die march protest rally riot clash fight flee strike resign gather demonstrate meet talk surrender "
    "escape explode erupt crash collapse vote withdraw retreat return rise fall quit mutiny walk go come "
    "plead testify appear speak say respond react".split())


def _in_headline(tok) -> bool:
    """Is the token in the headline the text opens with (marked by the parse stage)?"""
    return tok.idx < tok.doc.user_data.get(HEADLINE_END, 0)


def aimed_at_party(verb) -> bool:
    """Is the verb aimed at a party ("fired on protesters", "charged at the crowd of Hamas")? Its
    "on"/"at"/"against" phrase names people or a group, not a place or a time ("shot at a party",
    "attacked on Main Street", "on Monday")."""
    for prep in children(verb, "prep"):
        if prep.lower_ in TARGET_PREPS:
            for obj in children(prep, "pobj"):
                if obj.ent_type_ in ("PERSON", "NORP", "ORG") or (not obj.ent_type_ and obj.tag_ == "NNS"):
                    return True
    return False


def headline_passive_of(head, subj) -> bool:
    """A headline's reduced passive: "Man arrested after…", "Springfield man shot twice". A
    headline drops the "was", so a past form with a noun subject and no auxiliary, object or "by"
    phrase tells what was done to its subject, who is the target, not the doer. A simple past
    aimed at someone is active ("Troops fired on protesters")."""
    aimed = head.tag_ == "VBD" and aimed_at_party(head)
    return (head.tag_ in ("VBN", "VBD") and head.lemma_.lower() not in INTRANSITIVE_VERBS and not aimed
            and subj.pos_ in ("NOUN", "PROPN")
            and not children(head, "aux", "auxpass", "dobj", "obj", "agent", "dative", "ccomp", "xcomp")
            and _in_headline(head))


# Verbs whose complement may be a small clause with a past participle: "saw her son arrested",
# "had his house searched", "found the man shot", "watched their homes destroyed"
SMALL_CLAUSE_VERBS = frozenset("see have get watch find hear leave want notice witness".split())


def small_clause_passive(head, subj) -> bool:
    """A participle in a small clause under a verb of seeing or having: its subject underwent the
    act ("Bradley has seen his car attacked"), so it is the target; a "by" phrase still names the
    doer (the parse may tag the participle as a simple past). A bare verb ("saw soldiers attack
    the village") and a finite clause ("heard that the rebels attacked") stay active."""
    return (head.dep_ == "ccomp" and head.head.lemma_.lower() in SMALL_CLAUSE_VERBS
            and head.tag_ in ("VBN", "VBD")
            and head.lemma_.lower() not in INTRANSITIVE_VERBS and subj.dep_ == "nsubj"
            and not children(head, "aux", "auxpass", "dobj", "obj", "dative", "mark"))


def elliptical_passive(head) -> bool:
    """A passive joined to a passive that drops its "were": "Five people were killed and more
    than a dozen wounded" (the dozen were wounded)."""
    return (head.dep_ == "conj" and head.tag_ == "VBN" and bool(children(head.head, "auxpass"))
            and not children(head, "aux", "auxpass", "dobj", "obj"))


def headline_passive(head) -> bool:
    """Is the verb a headline's reduced passive ("Juvenile arrested in Oxford bar")?"""
    subj = children(head, "nsubj")
    return bool(subj) and headline_passive_of(head, subj[0])


def accused_subject(head) -> bool:
    """The subject is the one prosecuted, not the prosecutor: "John Smith faces murder charges"
    (who charges is the state, told elsewhere or not at all)."""
    return head.lemma_.lower() == "face" and any(criminal_charges(o) for o in children(head, "dobj", "obj"))


# Words that make "charges" fees: "higher charges for electricity", "charges on deposits"
FEE_WORDS = frozenset("higher lower hefty steep extra additional high service bank late fixed".split())


def criminal_charges(obj) -> bool:
    """"charges" of a prosecution, not fees ("face higher charges", "charges on deposits") nor an
    assault ("a bayonet charge"): in the plural, with no fee word and no "on"/"at" phrase."""
    return (obj.lemma_.lower() == "charge" and obj.tag_ == "NNS"
            and not any(c.lower_ in FEE_WORDS for c in obj.children)
            and not any(c.dep_ == "prep" and c.lower_ in ("on", "at") for c in obj.children))


def passive_adjunct_sufferers(verb) -> list:
    """A subjectless passive in an adverbial phrase suffers the subject of the clause it modifies:
    "Two men died after being shot" (the men were shot); where that clause is a reduced relative,
    its noun ("2 men hospitalized after being shot")."""
    if not children(verb, "auxpass") or children(verb, "nsubj", "csubj", *PASSIVE_SUBJ):
        return []
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        gov = verb.head.head  # "after being shot"
    elif verb.dep_ == "advcl":
        gov = verb.head  # "while being evacuated"
    else:
        return []
    if gov.i == verb.i:
        return []
    return [gov.head] if gov.dep_ == "acl" and gov.tag_ == "VBN" else children(gov, "nsubj", *PASSIVE_SUBJ)


# The states an act "leaves" people in that make them its sufferers: "left three soldiers dead",
# "leaving five wounded", "left a woman in critical condition" (not "left the building empty")
HARMED_STATES = frozenset("dead injured wounded hurt maimed hospitalized hospitalised".split())
# Nouns of a harmed state in an "in" phrase: "in critical condition", "in hospital"
HARMED_STATE_NOUNS = frozenset(("condition", "hospital", "coma"))


def _left_in_harm(leave, obj) -> bool:
    """Does "leave" put its object in a harmed state: a predicate after it ("left three dead"), a
    participle on the object ("left two civilians injured") or "in critical condition"?"""
    states = [*children(leave, "oprd", "ccomp", "xcomp", "acomp"), *children(obj, "acl", "amod")]
    if any(s.lower_ in HARMED_STATES for s in states):
        return True
    return any(p.lemma_.lower() in HARMED_STATE_NOUNS for holder in (leave, obj)
               for prep in children(holder, "prep") if prep.lower_ == "in" for p in children(prep, "pobj"))


def left_harmed(head) -> list:
    """Those an act left dead or hurt, its sufferers: "The bombing left three soldiers dead",
    "Shelling by rebels left two civilians injured", "a bomb exploded, leaving five people dead",
    "the blast, which left 12 wounded". The act is the subject of "leave", or "leaving" or a
    relative with "leave" hangs on it."""
    leaves = [head.head] if head.dep_ in ("nsubj", "csubj", "advcl") and head.i < head.head.i \
        and head.head.lemma_.lower() == "leave" else []
    leaves += [c for c in head.children if c.lemma_.lower() == "leave"
               and (c.dep_ == "relcl" or (c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG"))]
    return [o for lv in leaves for o in children(lv, "dobj", "obj") if _left_in_harm(lv, o)]


def left_elliptical(head) -> bool:
    """A harm joined to "left ... dead" that drops its "left": "left three soldiers dead and a
    policeman wounded" (the parse makes "a policeman wounded" a clause; the policeman was hurt)."""
    return (head.dep_ == "conj" and head.head.lemma_.lower() == "leave" and head.lower_ in HARMED_STATES
            and not children(head, "dobj", "obj"))
