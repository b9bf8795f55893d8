"""Sentence boundaries the pipeline's own component sets before the parser (nlp/__init__.py):
line breaks end a sentence; a clock time runs on into its day. Texts are fictional."""
from __future__ import annotations

import pytest

from eventwire.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("follower", ["Wednesday,", "Sunday,", "Thursday,", "local time,"])
def test_a_clock_time_runs_on_into_its_day(nlp, follower):
    # (the model alone splits each of these after "p.m.", and the day left its event's sentence)
    doc = nlp(f"The shooting took place at the corner of East 51st Street and Avalon Boulevard about 11:20 p.m. "
              f"{follower} said a lieutenant.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text", [
    "The siege ended at 4 a.m. Local officials said 12 hostages had been killed by the gunmen.",
    "The shooting happened at 11:05 p.m. Today police arrested a 19-year-old suspect.",
    "The fire started at 11:05 p.m. Wednesday's blaze was the third this month.",
    "The bells rang at 7:50 a.m. Sunday services were cancelled.",
])
def test_a_new_sentence_after_a_clock_time_still_opens(nlp, text):
    # a capitalised "Local" or "Today", a day's possessive or a day naming a noun opens a sentence
    assert len(list(nlp(text).sents)) == 2


def test_a_line_break_still_ends_a_sentence_after_a_clock_time(nlp):
    doc = nlp("Curfew from 10 p.m.\nMonday talks resume in the capital.")
    assert len(list(doc.sents)) == 2


def test_a_lines_first_word_runs_on_into_a_lower_case_second(nlp):
    # (the model alone made "Eight" a sentence, and the toll lost its verb)
    doc = nlp("Attack on bus in Karachi\nEight people died when gunmen opened fire on a bus.")
    assert [s.text.strip() for s in doc.sents] == ["Attack on bus in Karachi",
                                                   "Eight people died when gunmen opened fire on a bus."]
    # a line break right after the first word still ends its sentence
    assert len(list(nlp("Attack\nlive updates follow below.").sents)) == 2
