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


def test_is_in_a_run_of_capitals_stays_the_word(nlp):
    tok = next(t for t in nlp("WHAT IS IT") if t.text == "IS")
    assert tok.norm_ == "is"


def test_the_text_and_offsets_are_untouched(nlp):
    text = "IS claims Damascus bombing."
    doc = nlp(text)
    assert doc.text == text and [t.idx for t in doc] == [0, 3, 10, 19, 26]
