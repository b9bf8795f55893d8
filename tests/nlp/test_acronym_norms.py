"""Acronyms that spell a function word are read as names, not as that word."""
from __future__ import annotations

import pytest

from eventwire.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("text, role", [
    # the small model read "IS" (Islamic State) as the verb "is": a copula, an auxiliary
    ("IS claims Damascus bombing.", "nsubj"),
    ("Fighters from IS attacked the town.", "pobj"),
    ("Russia says its jets struck IS targets in Raqqa.", "compound"),
])
def test_islamic_state_abbreviated_is_a_name(nlp, text, role):
    tok = next(t for t in nlp(text) if t.text == "IS")
    assert tok.pos_ in ("PROPN", "NOUN") and tok.dep_ == role
    assert tok.norm_ == "isis"


@pytest.mark.parametrize("text", [
    "WHAT IS IT",  # a run of capitals
    "Russia IS bombing civilians in Syria, the US said.",  # stressed before an -ing form
    "It IS a crime, the envoy said.",
])
def test_is_where_it_is_the_verb_stays_the_word(nlp, text):
    tok = next(t for t in nlp(text) if t.text == "IS")
    assert tok.norm_ == "is"


def test_the_text_and_offsets_are_untouched(nlp):
    text = "IS claims Damascus bombing."
    doc = nlp(text)
    assert doc.text == text and [t.idx for t in doc] == [0, 3, 10, 19, 26]
