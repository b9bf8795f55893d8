"""A person the lead describes before it names them: "A Paris man was arrested Sunday. Jonathan
McDaniel, 19, was arrested at City Hall"; "The girlfriend of the alleged drug dealer agreed to a
plea deal. Chelsie D. Hornsburger, 21, pleaded guilty". News style names the person of a local
story after the headline and the first sentence have described them, so a singular person noun
there ("man", "mother", "leader") with no name of its own is read as the first person named as a
subject in the next sentences. And a titled speaker, whom DocEntities.antecedent passes over for
a pronoun in another sentence. Pure functions over a spaCy doc and its entities, read by
DocEntities."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..nlp.discourse import ANOTHER_INCIDENT
from ..nlp.person_nouns import PERSON_NOUNS, PERSON_SUFFIXES
from ..nlp.syntax import SAYING_VERBS

# The headline and the lead's first sentences describe before they name; a described person
# later in the story ("a man who saw the fire") is any bystander
LEAD_SENTENCES = 3
# How far on the name is looked for: the lead names its person in the next sentence or two
NAME_WITHIN_SENTENCES = 2
# A described person who names no one: "every man", "another woman", "no officer"
_NO_ONE_DETS = frozenset("no every each any all some another other".split())
# Titles of those who act on the described person, not the person: "arrested by Sgt. Ricky
# Watson", "Judge Thomas Hoover revoked bond", "his attorney, John Smith"
_TITLES = frozenset("""sgt sergeant officer patrolman trooper deputy sheriff det detective lt lieutenant
    capt captain chief judge justice attorney prosecutor lawyer dr doctor spokesman spokeswoman
    spokesperson official coroner mayor gov governor sen senator rep president minister""".split())
# Minors, whose names a story withholds: the next name is an adult's ("gets 15 years for killing
# baby ... Tony Servance Jr., 20"; "a 10-year-old girl ... Rafael Gomez, 27")
_MINOR_NOUNS = frozenset("baby infant toddler newborn child kid boy girl teen teenager youth juvenile".split())
# The subject roles a named person of the lead takes: "Jonathan McDaniel, 19, was arrested";
# a name as an object ("a fight with Anthony Gillen", "robbed kingpin Ricardo McKendrick") is the
# other party
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_AGE = re.compile(r"\b(\d{1,3})-(?:year|month)s?-old\b")


def described_person(span, names_party: Callable[[str], bool]) -> bool:
    """Is the phrase a singular person noun that names no one ("A Paris man", "The girlfriend of
    the alleged drug dealer", "A former network leader"), not a minor: no name in it, no organisation that
    `names_party` knows ("a Hamas leader"; the model tags a town before "man" as one too), no
    owner ("his son" is someone's), no determiner that counts no one?"""
    root = span.root
    lemma = root.lemma_.lower()
    if root.tag_ != "NN" or lemma in _MINOR_NOUNS or not (lemma in PERSON_NOUNS or lemma.endswith(PERSON_SUFFIXES)):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _NO_ONE_DETS) for c in root.children):
        return False
    # (a one-word "person" compound before the noun is a town the model mistook: "Alexandria woman")
    return not any((e.label_ == "PERSON" and not (len(e) == 1 and e.root.dep_ == "compound" and e.root.head == root))
                   or (e.label_ == "ORG" and names_party(e.text)) for e in span.ents)


def _titled(ent) -> bool:
    """A name after a title or a role ("Sgt. Ricky Watson", "Judge Thomas B. Hoover"), with one
    in apposition ("Tiara Ellis, an Arlington spokeswoman"), or in apposition to one ("his
    attorney, John Smith"; "Her son, John Smith", someone's relative)."""
    doc = ent.doc
    at = ent.start - 1
    at -= at > 0 and doc[at].text == "."  # "Sgt. Ray Colby", the full stop split off
    before = doc[at] if at >= 0 else None
    if before is not None and before.lower_.rstrip(".") in _TITLES:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in _TITLES for c in ent.root.children):
        return True  # "Tiara Ellis, an Arlington spokeswoman"
    head = ent.root.head if ent.root.dep_ == "appos" else None
    return head is not None and head.i < ent.start and (
        head.lemma_.lower() in _TITLES or any(c.dep_ == "poss" for c in head.children))


def _subject(ent) -> bool:
    """A name as its clause's subject, or in apposition to it."""
    root = ent.root
    return root.dep_ in _SUBJECT_DEPS or (root.dep_ in ("appos", "compound") and root.head.dep_ in _SUBJECT_DEPS)


def _age_after(ent) -> int | None:
    """The age written after a name: "Chelsie D. Hornsburger, 21, pleaded"."""
    doc = ent.doc
    if ent.end + 2 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].like_num \
            and doc[ent.end + 2].text == ",":
        return int(doc[ent.end + 1].text) if doc[ent.end + 1].text.isdigit() else None
    return None


def _full_name(ent) -> bool:
    return ent.label_ == "PERSON" and len(ent) >= 2 and not _titled(ent)


def named_later(sents: list, sent_index: int, ents: list, after: int, description: str = ""):
    """The first full personal name (two words or more, untitled) after char `after`, within
    NAME_WITHIN_SENTENCES sentences after sentence `sent_index` and before one that turns to
    another incident, when that sentence is in the lead; None otherwise. The name must be its
    clause's subject, of no other age than the `description` states, and alone in its sentence
    (two full names, "Stephen Davis had been arguing with Michael Durr", leave it open)."""
    if sent_index >= LEAD_SENTENCES:
        return None
    window = sents[sent_index + 1:sent_index + 1 + NAME_WITHIN_SENTENCES]
    # a sentence that turns to another incident ("Separately, Tom Baker stabbed ...") names another
    turn = next((s for s in window if ANOTHER_INCIDENT.match(s.text)), None)
    last = turn.start_char if turn is not None else (window[-1] if window else sents[sent_index]).end_char
    age = _AGE.search(description)
    for ent in ents:
        if ent.start_char < after or not _full_name(ent):
            continue
        if ent.start_char >= last:
            return None
        if not _subject(ent) or (age and _age_after(ent) not in (None, int(age.group(1)))):
            continue
        sent = next(s for s in (sents[sent_index], *window) if s.start <= ent.start < s.end)
        if any(o is not ent and _full_name(o) and sent.start <= o.start < sent.end for o in ents):
            return None
        return ent
    return None


def titled_speaker(ent) -> bool:
    """A titled person as the subject of a saying verb ("said Capt. Eugene Dexheimer", "Tiara
    Ellis, an Arlington spokeswoman, said"): who speaks for an office, seldom a party of the
    incident that a "he" or "him" in another sentence is."""
    return ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in SAYING_VERBS and _titled(ent)
