"""Background (issue 13): events a report recalls rather than reports are marked, never the main
event, and never folded into today's incident."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.background import BACKGROUND, earlier_time, recalled, report_year

PUBLISHED = dt.date(2016, 3, 23)


def head_of(nlp, sentence: str, word: str):
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.mark.parametrize("sentence, word", [
    ("Syria has been locked in a civil war since early 2011, when the regime cracked down on protests.", "protests"),
    ("In January 2013, a car bomb in the town killed 40 people.", "killed"),
    ("Rebels seized the town twelve years ago.", "seized"),
    ("The group seized large areas of the country in a swift 2014 offensive.", "seized"),
    ("More than 300,000 people have been killed since March 2011.", "killed"),
    ("More than 170,000 people have been killed in the country's conflict.", "killed"),
])
def test_an_event_whose_clause_is_dated_before_the_report_is_recalled(nlp, sentence, word):
    assert recalled(head_of(nlp, sentence, word), PUBLISHED, None, None) is not None


@pytest.mark.parametrize("sentence, word", [
    ("Government forces shelled the town on Monday, killing 12 people.", "shelled"),
    ("The minister, who took office in 2012, said troops shelled the town on Monday.", "shelled"),
    ("Police arrested 20 people in 2016 after the protest.", "arrested"),
    ("Five people were killed on Monday, bringing the toll this week to 30.", "killed"),
    ("Clashes in the city have killed at least eight people since Friday.", "killed"),
    ("A car bomb killed 12 people in Kabul on Tuesday, the deadliest attack since 2011.", "killed"),
    ("The bombing, the worst since the 1990s, killed 20 people in the capital on Sunday.", "bombing"),
    ("The group was driven out of the city in 2017, but its cells still carry out attacks.", "attacks"),
])
def test_todays_events_are_not_recalled(nlp, sentence, word):
    assert recalled(head_of(nlp, sentence, word), PUBLISHED, None, None) is None


def test_a_stated_day_long_before_publication_is_recalled_a_recent_one_is_not(nlp):
    head = head_of(nlp, "Troops shelled the town.", "shelled")
    assert recalled(head, PUBLISHED, "2016-01-05", "stated").why == "stated day"
    assert recalled(head, PUBLISHED, "2016-03-14", "stated") is None
    assert recalled(head, PUBLISHED, "2016-01-05", "carried") is None  # a carried day says nothing of this clause
    # "last month" is kept as the month's first day: only a stated day is measured
    assert recalled(head, dt.date(2016, 3, 5), "2016-02-01", "stated", precision="month") is None


def test_the_reports_year_is_the_publications_else_the_latest_the_text_names():
    assert report_year("Talks began in 2016 and ended in 2018.", None) == 2018
    assert report_year("Talks began in 2016.", PUBLISHED) == 2016
    assert report_year("No year here.", None) is None
    assert earlier_time("in 2012", 2018) and not earlier_time("in 2018", 2018)
    assert earlier_time("two decades ago", None) and earlier_time("the 1970s", None)
    assert not earlier_time("three days ago", None)


def test_a_recalled_event_is_marked_never_the_main_event_and_never_folded_into_todays(run_text):
    res = run_text("In 2011, security forces killed 40 protesters in the square. "
                   "On Monday, police arrested 20 protesters in the capital.", "2016-03-23")
    by_trigger = {e.trigger.text: e for e in res.events}
    assert BACKGROUND in by_trigger["killed"].context
    assert BACKGROUND not in by_trigger["arrested"].context
    assert res.events[res.main_event].trigger.text == "arrested"
    assert by_trigger["arrested"].killed is None  # the recalled toll stays with the recalled event


def test_a_recalled_event_takes_the_year_its_words_name_never_the_publication_day(run_text):
    res = run_text("Troops shelled the town on Monday, killing 12 people. In January 2013, a car bomb in the "
                   "town killed 40. Twelve years ago, rebels seized the town.", "2016-03-23")
    by_trigger = {e.trigger.text: e for e in res.events}
    assert (by_trigger["shelled"].date, by_trigger["shelled"].date_precision) == ("2016-03-21", "day")
    bomb = by_trigger["car bomb"]
    assert BACKGROUND in bomb.context and (bomb.date, bomb.date_precision) == ("2013-01-01", "month")
    seized = by_trigger["seized"]
    assert BACKGROUND in seized.context and seized.date is None and seized.date_precision is None


def test_a_recalled_clause_takes_its_own_year_over_the_day_of_its_sentence(run_text):
    res = run_text("The group, which seized Mosul in 2014, attacked an army base near Kirkuk on Sunday.", "2016-03-23")
    by_trigger = {e.trigger.text: e for e in res.events}
    seized, attacked = by_trigger["seized"], by_trigger["attacked"]
    assert (seized.date, seized.date_precision, BACKGROUND in seized.context) == ("2014-01-01", "year", True)
    assert (attacked.date, BACKGROUND in attacked.context) == ("2016-03-20", False)
    assert res.events[res.main_event] is attacked
