"""Tests for the person a lead describes before naming (resolve/lead_persons.py), through
DocEntities.actor as the pipeline reads a party. Made-up stories parsed by the project's model."""
from __future__ import annotations

import pytest

from eventwire.resolve.actors import ActorResolver
from eventwire.resolve.entities import DocEntities


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


def party(nlp, resolver, text: str, words: str):
    doc = nlp(text)
    start = text.index(words)
    end = start + len(words)
    span = doc.char_span(start, end, alignment_mode="expand")
    return DocEntities(doc, resolver=resolver).actor(start, end, head=span.root)


@pytest.mark.parametrize("text,words,name", [
    ("Riverside man charged with arson. A Riverside man was charged on Monday with setting fire to a barn. "
     "Dale K. Overby, 44, appeared in court on Tuesday.", "A Riverside man", "Dale K. Overby"),
    ("The mother in the Hollis case on Monday entered a plea of not guilty. "
     "Maren Hollis, 41, asked for a delay.", "The mother in the Hollis case", "Maren Hollis"),
    # a town the model tags as a person before "woman" is still a description
    ("Alexandria woman charged in connection with barn fire. Tessa Marie Vint, 19, of Alexandria, "
     "was arrested on Monday.", "Alexandria woman", "Tessa Marie Vint"),
    # an age that agrees
    ("A 44-year-old Riverside man was charged on Monday. Dale K. Overby, 44, appeared in court.",
     "A 44-year-old Riverside man", "Dale K. Overby"),
    # a titled name is who acts on the person; the next name is the person's
    ("A Linden woman was arrested on Sunday by Sgt. Ray Colby. "
     "Tessa Marie Vint, 31, was held on bond.", "A Linden woman", "Tessa Marie Vint"),
    ("A Linden woman was arrested on Sunday. She was arrested by Sergeant Ray Colby. "
     "Tessa Marie Vint, 31, was held on bond.", "A Linden woman", "Tessa Marie Vint"),
])
def test_a_described_person_in_the_lead_is_the_person_named_next(nlp, resolver, text, words, name):
    assert party(nlp, resolver, text, words).name == name


@pytest.mark.parametrize("text,words,other", [
    # someone's relative, or a title's holder, is not the described person
    ("A man was shot dead on Sunday. His brother, Marcus Allen, said he had been threatened.", "A man", "Marcus Allen"),
    ("A woman was hurt on Monday. Officer Jane Smith said the road was icy.", "A woman", "Jane Smith"),
    # a phrase that names someone already, or counts no one, stays as it is
    ("A Hamas leader was arrested on Monday. Khalid Omar Saleh, 40, was held.", "A Hamas leader", "Khalid Omar Saleh"),
    ("No officer was hurt on Monday. Dale K. Overby, 44, was held.", "No officer", "Dale K. Overby"),
    # a name that is an object is the other party; a minor's name is withheld; another age is another
    ("A Kansas City man was fatally stabbed on Sunday. He got into a fight with Anthony Gillen.",
     "A Kansas City man", "Anthony Gillen"),
    ("Man gets 15 years for killing baby. Tony Servance Jr., 20, was sentenced on Monday.", "baby",
     "Tony Servance Jr."),
    ("A 48-year-old man was stabbed on Sunday. Anthony Gillen, 19, was charged.", "A 48-year-old man",
     "Anthony Gillen"),
    # two full names in one sentence leave it open
    ("A man was stabbed on Sunday. Stephen Davis had been arguing with Michael Durr.", "A man", "Stephen Davis"),
    # a sentence that turns to another incident names someone else
    ("A man stabbed two people on Saturday. Separately, Tom Baker stabbed a neighbour.", "A man", "Tom Baker"),
    # past the lead, a described person is any bystander
    ("Fire hit a barn on Monday. Crews came. Roads closed. Smoke rose. "
     "A man watched from the road. Dale K. Overby, 44, was held.", "A man", "Dale K. Overby"),
    # the name must come within two sentences
    ("A man was arrested on Monday. Police came. Roads closed. Crowds left. "
     "Dale K. Overby, 44, was held.", "A man", "Dale K. Overby"),
])
def test_no_name_is_taken_from_a_relative_a_title_or_beyond_the_lead(nlp, resolver, text, words, other):
    assert party(nlp, resolver, text, words).name != other


def pronoun(nlp, resolver, text: str, word: str, nth: int = 0):
    doc = nlp(text)
    start = -1
    for _ in range(nth + 1):
        start = text.index(f" {word} ", start + 1) + 1
    return DocEntities(doc, resolver=resolver).actor(start, start + len(word), head=doc.char_span(start, start + len(word)).root)


def test_a_titled_speaker_is_no_pronoun_of_another_sentence(nlp, resolver):
    text = ("A man was shot twice early Tuesday, said Capt. Eugene Dexheimer. "
            "The victim told officers a man approached him and shot him.")
    assert pronoun(nlp, resolver, text, "him").name != "Eugene Dexheimer"
    # in the sentence where the speaker speaks, "he" may be the speaker
    text = "Capt. Eugene Dexheimer said he fired once at the car."
    assert pronoun(nlp, resolver, text, "he").name == "Eugene Dexheimer"


def test_the_name_survives_the_event_country_reading(run_text):
    """A described person named by the lead is a person, not a description that the event's
    country reads again as its civilians (resolve/event_country.focus_dependent)."""
    text = ("A 33-year-old man was arrested on Monday in Athens, Georgia. "
            "Anton Julius Givens, 33, was booked into the county jail.")
    arrest = next(e for e in run_text(text, "2020-06-01").events if e.trigger.text == "arrested")
    assert "Anton Julius Givens" in [t.name for t in arrest.targets]
