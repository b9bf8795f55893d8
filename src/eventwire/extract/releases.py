"""Whether a "release" sets anyone free (PLOVER RETREAT: prisoners, hostages, a detained
journalist), or is a word in another sense (issue 13 class 6): a publication ("released a
statement", "according to a news release", "the film's release"), something given off
("released energy"), money paid out ("the release of funds"), a patient sent home ("treated at
Mercy Hospital and released"). Asked by `triggers` of a trigger's head token."""
from __future__ import annotations

from ..nlp.person_nouns import PERSON_NOUNS, PERSON_SUFFIXES
from ..nlp.syntax import children, prep_child
from .noun_parties import AGENT_NOUNS

# What is "released" as a publication, not set free: "the names of the victims were released", "a
# statement released by the ministry", "police released video recordings". ("figure" is none: "an
# opposition figure was released".) Checked before the person words, whose suffixes "list" matches.
PUBLISHED = frozenset("""information video footage image picture photo photograph recording audio tape clip
statement report document data detail list result record name album film book song trailer version update
study survey finding communique transcript guideline poll map""".split())
# Words for people that the person and party nouns do not hold by their lemma ("an opposition
# figure was released", "hundreds of Hamas operatives")
PEOPLE_WORDS = frozenset("""people other others crowd captive crew family figure operative member supporter agent
official leader follower sympathiser sympathizer recruit""".split())
# Pronouns that stand for a thing: "released it"
THING_PRONOUNS = frozenset("it this that these those which what something anything".split())
# Entity labels of names and numbers that are no people ("released Smart Sync", "released $2m");
# other names are ("released Olson", "released 12 Britons", which the small model tags ORG)
THING_ENTS = frozenset("WORK_OF_ART PRODUCT LAW EVENT FAC MONEY PERCENT QUANTITY DATE TIME".split())
# A noun "release" told as a publication by its modifier: "a news release", "press releases"
PUBLICATION_MODIFIERS = frozenset(("news", "press"))
# Words that count what follows their "of": "the release of hundreds of prisoners"
QUANTITY_WORDS = frozenset("hundred thousand dozen score number handful group batch couple lot million".split())
# Prepositions of time before a bare noun release, which is then the story's person's ("fled upon release")
TIME_PREPS = frozenset(("upon", "on", "after", "since", "before", "pending", "until"))
# Where a patient is let go from: "released from the hospital"
CARE_WORDS = frozenset("hospital clinic care treatment infirmary".split())


def _people(tok) -> bool:
    """Does the token name people, who can be held and set free? A quantity by what it counts
    ("hundreds of Hamas operatives", "thousands of inmates")."""
    lemma = tok.lemma_.lower()
    if lemma in QUANTITY_WORDS:
        return any(_people(p) for prep in [prep_child(tok, "of")] if prep is not None for p in children(prep, "pobj"))
    if lemma in PUBLISHED:
        return False
    if tok.pos_ == "PRON":
        return lemma not in THING_PRONOUNS
    return ((tok.pos_ in ("NUM", "PROPN") and tok.ent_type_ not in THING_ENTS) or tok.ent_type_ in ("PERSON", "NORP")
            or lemma in PERSON_NOUNS | AGENT_NOUNS | PEOPLE_WORDS or lemma.endswith(PERSON_SUFFIXES))


def _discharged(tok) -> bool:
    """A patient let go: "treated and released", "released from the hospital"."""
    treated = tok.head.lemma_.lower() == "treat" if tok.dep_ == "conj" else False
    treated = treated or any(c.lemma_.lower() == "treat" for c in children(tok, "conj"))
    return treated or any(p.lemma_.lower() in CARE_WORDS for prep in [prep_child(tok, "from")] if prep is not None
                          for p in children(prep, "pobj"))


def _what_is_released(tok) -> list:
    """The words for what a "release" lets go: the noun a participle describes ("a video released
    by"), the verb's object, the subject of its passive, the noun's "of" phrase or its owner
    ("the release of the hostages", "his release", "a prisoner release"). Empty where the text does
    not say."""
    if tok.pos_ in ("NOUN", "PROPN"):
        if any(c.lemma_.lower() in PUBLICATION_MODIFIERS for c in children(tok, "compound", "amod")):
            return []  # "according to a sheriff's office news release": the sheriff freed no one
        return [p for prep in [prep_child(tok, "of")] if prep is not None for p in children(prep, "pobj")] \
            + children(tok, "poss", "compound")
    if tok.dep_ == "acl":
        return [tok.head]
    return children(tok, "nsubjpass")


def released_no_one(tok) -> bool:
    """Is a "release" no one set free? A patient sent home, a noun with no one released ("in a
    news release", "the release date"), or what is released named and no people ("released a
    statement", "figures released to councillors", "the release of funds"). A verb that does not
    say what it lets go stays a release ("was released on bail" has its subject)."""
    if _discharged(tok):
        return True
    freed = _what_is_released(tok)
    if not freed:
        return tok.pos_ in ("NOUN", "PROPN") and not (tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPS)
    return not any(_people(x) for x in freed)
