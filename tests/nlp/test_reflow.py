"""Tests for eventwire.nlp.reflow: hard-wrapped text detected and re-flowed, same length.

Every text here is fictional wire copy written for the test.
"""
from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.nlp.reflow import reflow, wrap_breaks

LEAD = ("KAFR HALAB, March 3 (Levant Wire) - Government aircraft bombed a crowded market in the northern "
        "town of Kafr Halab on Tuesday, killing at least 14 civilians and wounding dozens more, a "
        "monitoring group said. The strikes came a day after fighters of the Northern Shield Brigade "
        "shelled an army checkpoint outside the provincial capital.")
SECOND = ("A spokesman for the U.S. State Department condemned the attack and called on all sides to respect "
          "the ceasefire agreed in Geneva last month, saying that the bombing of civilians could not be "
          "justified.")
TITLE = "Aircraft bomb market in northern town"


def wrapped(width: int, *paragraphs: str, sep: str = "\n\n") -> str:
    return sep.join(textwrap.fill(p, width) for p in paragraphs)


@pytest.mark.parametrize("width", [60, 65, 70, 72, 76, 80])
def test_a_wrapped_paragraph_becomes_one_line_at_the_same_offsets(width):
    text = wrapped(width, LEAD)
    assert text.count("\n") >= 3
    out = reflow(text)
    assert len(out) == len(text)
    assert out == text.replace("\n", " ")


def test_paragraphs_headline_and_blank_lines_keep_their_breaks():
    text = TITLE + "\n\n" + wrapped(70, LEAD, SECOND)
    out = reflow(text)
    assert out.split("\n\n") == [TITLE, textwrap.fill(LEAD, 70).replace("\n", " "),
                                  textwrap.fill(SECOND, 70).replace("\n", " ")]


def test_a_headline_on_the_line_above_the_dateline_is_not_run_into_it():
    # no blank line between title and body: the title is short, the dateline starts in capitals
    long_title = "Government Aircraft Bomb Crowded Market In Northern Town Of Kafr"
    for title in (TITLE, long_title):
        text = title + "\n" + wrapped(70, LEAD)
        out = reflow(text)
        assert out.startswith(title + "\n") and out[len(title) + 1:] == textwrap.fill(LEAD, 70).replace("\n", " ")


def test_a_title_run_into_the_wrapped_body_is_wrapped_with_it():
    # the first line is title-like, but the title goes on past the break (scraped copy puts
    # the title and the body in one paragraph), or the line ends a sentence inside it
    for body in ("Thursday 02 June 2016 Rebel Coalition Declares Northern District Disaster Area amid "
                 "Heavy Shelling. The coalition has declared the whole district a disaster area after a "
                 "week of shelling by government forces and their allies, its spokesman said on Friday.",
                 "Police Arrest Opposition Members on Arms Charges. KAFR HALAB, Syria -- Police arrested "
                 "several members of the opposition on arms charges on Monday, in what their leader called "
                 "a campaign of fear ahead of the rallies planned for next month in the provincial capital."):
        text = wrapped(70, body)
        assert reflow(text) == text.replace("\n", " ")


def test_a_dash_wrapped_to_a_line_start_is_no_list_item():
    text = wrapped(66, "The army said its aircraft had struck a depot of the Northern Shield Brigade on the edge "
                       "of the town - a claim the rebels denied - and that the strikes would go on until the "
                       "fighters left the area, killing none of the civilians who lived nearby.")
    assert "\n- and" in text
    assert reflow(text) == text.replace("\n", " ")


def test_a_title_bar_in_wrapped_copy_is_no_table():
    text = wrapped(70, "Rebels shell checkpoint | Levant Wire Rebel fighters shelled an army checkpoint on the "
                       "edge of the town on Monday, killing four soldiers and wounding seven others, a "
                       "monitoring group said in a statement issued late in the evening.")
    assert text.count("\n") >= 3
    assert reflow(text) == text.replace("\n", " ")


def test_an_indented_paragraph_start_keeps_its_break():
    text = "\n".join(textwrap.fill(p, 66, initial_indent="   ") for p in (LEAD, SECOND))
    out = reflow(text)
    assert out.count("\n") == 1 and out.split("\n")[1].startswith("   A spokesman")


def test_windows_line_ends_become_two_spaces():
    text = wrapped(70, LEAD).replace("\n", "\r\n")
    out = reflow(text)
    assert len(out) == len(text) and "\r" not in out and "\n" not in out
    assert out.replace("  ", " ") == " ".join(textwrap.wrap(LEAD, 70))


def test_a_break_after_a_sentence_end_stays_and_an_abbreviation_runs_on():
    text = ("The ministry of defence said on Tuesday that its jets had struck a depot.\n"
            "A spokesman for the international coalition of forces led by the U.S.\n"
            "forces in the region declined to comment on the report, an aide said\n"
            "yesterday, adding that a statement would follow within the week.")
    breaks = [text[s:e] for s, e in wrap_breaks(text)]
    assert breaks == ["\n", "\n"]
    out = reflow(text)
    assert out.split("\n") == [text.split("\n")[0], " ".join(text.split("\n")[1:])]


def test_a_hyphenated_wrap_keeps_its_hyphen_so_offsets_hold():
    text = wrapped(70, "The rebels said that the strike had hit a position of the pro-government militia "
                       "in the hills overlooking the town, killing four fighters and a civilian driver.")
    assert "pro-\ngovernment" in text  # textwrap breaks on hyphens
    assert "pro- government" in reflow(text)


# --- texts that are not hard-wrapped are left as they are --------------------------------

ONE_PARAGRAPH_PER_LINE = "\n".join([TITLE, LEAD, SECOND, "Rebels denied the army's account of the fighting."])
LIST = ("Casualties reported by the monitoring group on Tuesday:\n"
        "- Kafr Halab: 14 civilians killed in the market strike, dozens wounded\n"
        "- Douma: three killed when shells hit a school in the eastern quarter\n"
        "- Tal Rifat: two fighters killed in clashes with government forces\n"
        "1. the market strike, confirmed by the civil defence and by two hospitals\n"
        "2. the shelling of the school, which the army denied having carried out\n")
TABLE = ("Town          Killed   Wounded   Source of the figures reported today\n"
         "Kafr Halab        14        40   monitoring group and local hospitals\n"
         "Douma              3        11   civil defence volunteers in the area\n"
         "Tal Rifat          2         0   rebel spokesman speaking by telephone\n")
TITLES = ("Aircraft bomb crowded market in northern town of Kafr Halab on Tuesday\n"
          "Rebels shell army checkpoint outside the provincial capital at dawn\n"
          "Ceasefire talks in Geneva stall as both sides trade accusations again\n"
          "Aid convoy reaches besieged district after weeks of negotiations\n")
WIDE = wrapped(140, LEAD, SECOND, sep="\n")  # paragraphs of 140 characters: not a wrap width
SHORT = "Army retakes town\nKAFR HALAB, March 3 - The army retook the town."


@pytest.mark.parametrize("text", [ONE_PARAGRAPH_PER_LINE, LIST, TABLE, TITLES, WIDE, SHORT, "", "\n\n", LEAD],
                         ids=["paragraph-per-line", "list", "table", "titles", "wide", "short", "empty", "blank", "one-line"])
def test_text_that_is_not_hard_wrapped_is_unchanged(text):
    assert wrap_breaks(text) == []
    assert reflow(text) is text


def test_a_list_inside_wrapped_copy_keeps_its_items():
    text = wrapped(70, LEAD) + "\n" + LIST
    out = reflow(text)
    assert out.endswith(LIST)
    assert out[:len(out) - len(LIST) - 1] == textwrap.fill(LEAD, 70).replace("\n", " ")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab AB.,-\n\r\t|"), max_size=400))
def test_reflow_only_turns_line_breaks_into_spaces(text):
    out = reflow(text)
    assert len(out) == len(text)
    assert all(a == b or (a in "\r\n" and b == " ") for a, b in zip(text, out))
