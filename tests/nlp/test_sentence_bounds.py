"""Sentence boundaries the pipeline's own component sets before the parser (nlp/__init__.py):
line breaks end a sentence; a clock time runs on into its day. Texts are fictional."""
from __future__ import annotations

import pytest

from eventwire.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("follower", ["Wednesday", "Sunday", "Thursday", "local"])
def test_a_clock_time_runs_on_into_its_day(nlp, follower):
    # (the model alone splits each of these after "p.m.", and the day left its event's sentence)
    doc = nlp(f"The shooting took place at the corner of East 51st Street and Avalon Boulevard about 11:20 p.m. "
              f"{follower}, said a lieutenant.")
    assert len(list(doc.sents)) == 1


def test_a_line_break_still_ends_a_sentence_after_a_clock_time(nlp):
    doc = nlp("Curfew from 10 p.m.\nMonday talks resume in the capital.")
    assert len(list(doc.sents)) == 2
