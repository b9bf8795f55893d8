"""Dates that give less than a day, ranges, and the tense that decides which way a date
counts (eventwire.resolve.dates, resolve.date_tense). All sentences are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.resolve.date_tense import tense_reader
from eventwire.resolve.dates import find_date_expressions, resolve_date, resolve_in_span, resolve_period

D = dt.date
TUE = D(2015, 11, 17)  # a Tuesday


@pytest.mark.parametrize("phrase,expected", [
    ("last month", (D(2015, 10, 1), "month")),
    ("earlier this month", (D(2015, 11, 1), "month")),
    ("in March", (D(2015, 3, 1), "month")),
    ("in early March", (D(2015, 3, 1), "month")),
    ("since mid-November", (D(2015, 11, 1), "month")),  # this month is the last November
    ("in December", (D(2014, 12, 1), "month")),  # not yet December: the last one
    ("March 2011", (D(2011, 3, 1), "month")),
    ("last week", (D(2015, 11, 9), "week")),  # that week's Monday
    ("earlier this week", (D(2015, 11, 16), "week")),
    ("over the weekend", (D(2015, 11, 14), "week")),  # the weekend's Saturday
    ("last weekend", (D(2015, 11, 14), "week")),
    ("last year", (D(2014, 1, 1), "year")),
    ("on Tuesday", (TUE, "day")),
])
def test_periods_give_their_first_day_and_precision(phrase, expected):
    assert resolve_period(phrase, TUE) == expected
    # resolve_date gives days only
    assert resolve_date(phrase, TUE) == (expected[0] if expected[1] == "day" else None)


def test_periods_across_a_year_boundary():
    jan = D(2016, 1, 12)
    assert resolve_period("last month", jan) == (D(2015, 12, 1), "month")
    assert resolve_period("last week", D(2016, 1, 5)) == (D(2015, 12, 28), "week")
    assert resolve_period("next month", D(2015, 12, 9), allow_future=True) == (D(2016, 1, 1), "month")
    assert resolve_period("next month", D(2015, 12, 9)) is None  # the future, not allowed


@pytest.mark.parametrize("phrase", ["recently", "in recent days", "the past week", "a few days ago",
                                    "in 2015", "last week's", "May"])
def test_still_no_date(phrase):
    assert resolve_period(phrase, TUE) is None


@pytest.mark.parametrize("phrase,expected", [
    ("on Feb. 22–23", D(2015, 2, 22)),
    ("Feb. 22-23, 2014", D(2014, 2, 22)),
    ("22-23 February 2014", D(2014, 2, 22)),
    ("from 22 to 23 February", D(2015, 2, 22)),
    ("November 12 and 13", D(2015, 11, 12)),
])
def test_a_range_of_days_gives_its_first(phrase, expected):
    assert resolve_date(phrase, TUE) == expected


def test_a_range_is_one_phrase():
    text = "Talks were held on Feb. 22–23 in Geneva."
    assert [text[s:e] for s, e in find_date_expressions(text)] == ["on Feb. 22–23"]


def test_overnight_alone_is_the_night_ending_on_the_publication_day():
    assert resolve_date("overnight", TUE) == TUE
    assert resolve_date("overnight Friday", TUE) == D(2015, 11, 13)


@pytest.mark.parametrize("phrase,tense,expected", [
    ("on Sunday", "future", D(2015, 11, 22)),
    ("on Sunday", "past", D(2015, 11, 15)),
    ("on Sunday", None, D(2015, 11, 15)),
    ("on Tuesday", "future", TUE),  # the publication day itself
    ("on 3 March", "future", D(2016, 3, 3)),  # more than two months ahead, yet announced
    ("on 3 March", None, D(2015, 3, 3)),
    # done, so not three days ahead; and a year back would have been written with its year
    ("on 20 November", "past", None),
    ("on 20 October", "past", D(2015, 10, 20)),
    ("on 20 November", "future", D(2015, 11, 20)),
    ("in March", "future", None),  # a month to come: with its precision, below
])
def test_tense_decides_the_direction(phrase, tense, expected):
    assert resolve_date(phrase, TUE, tense=tense) == expected


def test_a_month_to_come():
    assert resolve_period("in March", TUE, tense="future") == (D(2016, 3, 1), "month")
    assert resolve_period("in November", TUE, tense="future") == (D(2015, 11, 1), "month")
    assert resolve_period("over the weekend", TUE, tense="future") == (D(2015, 11, 21), "week")


def test_resolve_in_span_prefers_days_and_gives_periods_only_when_asked():
    text = "Rebels took the town last month and shelled it on Sunday."
    assert resolve_in_span(text, 0, len(text), TUE, coarse=True).text == "on Sunday"
    only_month = "Rebels took the town last month."
    assert resolve_in_span(only_month, 0, len(only_month), TUE) is None
    m = resolve_in_span(only_month, 0, len(only_month), TUE, coarse=True)
    assert (m.date, m.precision, m.text) == (D(2015, 10, 1), "month", "last month")


def test_resolve_in_span_asks_the_tense_of_each_phrase():
    text = "Police said the law will come into force on Sunday."
    at = text.index("on Sunday")
    seen = []

    def tense_of(s, e):
        seen.append((s, e))
        return "future"
    m = resolve_in_span(text, 0, len(text), TUE, tense_of=tense_of)
    assert seen == [(at, at + len("on Sunday"))] and m.date == D(2015, 11, 22)


@pytest.mark.parametrize("sentence,phrase,expected", [
    ("The new law will come into force on Sunday.", "on Sunday", "future"),
    ("Talks are due to resume on Friday.", "on Friday", "future"),
    ("The minister is scheduled to visit Cairo on Thursday.", "on Thursday", "future"),
    ("He said the vote would be held on Sunday.", "on Sunday", "future"),
    ("Police arrested him on Sunday.", "on Sunday", "past"),
    ("Two soldiers were killed late Monday.", "late Monday", "past"),
    ("The market opens on Sunday.", "on Sunday", None),
])
def test_tense_of_the_verb_a_date_goes_with(nlp, sentence, phrase, expected):
    doc = nlp(sentence)
    s = sentence.index(phrase)
    assert tense_reader(doc)(s, s + len(phrase)) == expected


def test_a_yearless_past_date_reaches_into_last_year_only_around_its_turn():
    january = D(2016, 1, 5)
    assert resolve_date("on 28 December", january, tense="past") == D(2015, 12, 28)
    # "bombarded a rally for the June 3 poll", reported on 23 May: the poll is ahead, and no
    # date of the year before (which would have been written with its year)
    assert resolve_date("June 3", D(2014, 5, 23), tense="past") is None
