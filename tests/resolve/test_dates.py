"""Tests for eventwire.resolve.dates (all sentences are made up)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.resolve.dates import (
    DateMatch,
    find_date_expressions,
    find_dateline,
    resolve_date,
    resolve_in_span,
)

D = dt.date
TUE = D(2015, 11, 17)  # a Tuesday
PARIS = {"Paris attacks": D(2015, 11, 13)}


def spans_text(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s:e] for s, e in find_date_expressions(text, start, end)]


# ---------------------------------------------------------------------------
# find_dateline
# ---------------------------------------------------------------------------

DATELINES = [
    ("Wed 05 Apr 2017 Market fire kills three in river town.", D(2017, 4, 5), "Wed 05 Apr 2017"),
    ("Fri 07 Apr 2017 at 0914 Governor says bridge reopened.", D(2017, 4, 7), "Fri 07 Apr 2017"),
    ("12 February 2015 Flooding cuts the coastal road.", D(2015, 2, 12), "12 February 2015"),
    ("April 5 2017 by Jane Roe A convoy reached the valley.", D(2017, 4, 5), "April 5 2017"),
    ("Posted on April 19 2017 by Staff Writer Six hurt in crash.", D(2017, 4, 19), "April 19 2017"),
    ("Published February 23 2015 A dam burst upstream.", D(2015, 2, 23), "February 23 2015"),
    ("29 Jul 2016 The ferry service resumed.", D(2016, 7, 29), "29 Jul 2016"),
    ("Last updated at Apr 232017 BEIRUT Talks stalled.", D(2017, 4, 23), "Apr 232017"),
    ("August 22 2013 1849 UTC+3 Crowds gathered at dawn.", D(2013, 8, 22), "August 22 2013"),
    ("Saturday 23 April 2016 Council meets on budget.", D(2016, 4, 23), "Saturday 23 April 2016"),
    ("Friday 21 November 2014 10:13 Storm warning issued.", D(2014, 11, 21), "Friday 21 November 2014"),
    ("24.08.2013 Residents returned to the old town.", D(2013, 8, 24), "24.08.2013"),
    ("21.08.2013Get short URL Topic Harbour news", D(2013, 8, 21), "21.08.2013"),
    ("6-09-2013 Mill workers strike for a third day.", D(2013, 9, 6), "6-09-2013"),
    ("Thu Sep 5 2013 Bakery fire put out.", D(2013, 9, 5), "Thu Sep 5 2013"),
    ("Date of publication 18 July 2016 A landslide blocked the pass.", D(2016, 7, 18), "18 July 2016"),
    ("Two injured as bus overturns near the lake 6 September 2016 AGENCY reporter said",
     D(2016, 9, 6), "6 September 2016"),
    ("Wildfire spreads in hills Monitor AFP Friday 15 Jul 2016 Crews battled the blaze.",
     D(2016, 7, 15), "Friday 15 Jul 2016"),
    ("2016-03-14 Budget approved.", D(2016, 3, 14), "2016-03-14"),
    ("Sept. 9, 2014 - Ferry docks late.", D(2014, 9, 9), "Sept. 9, 2014"),
]


@pytest.mark.parametrize("text,expected,matched", DATELINES)
def test_dateline_formats(text, expected, matched):
    m = find_dateline(text)
    assert m is not None
    assert m.date == expected
    assert m.kind == "dateline"
    assert m.text == matched
    assert text[m.start:m.end] == m.text


def test_wire_dateline_needs_default_year():
    text = "RIVERTON, March 12 (Valley Wire) – Two bridges reopened on Sunday."
    assert find_dateline(text) is None
    m = find_dateline(text, default_year=2018)
    assert m is not None and m.date == D(2018, 3, 12)
    assert m.text == "March 12" and text[m.start:m.end] == m.text
    m2 = find_dateline("NORTH FALLS, Oct. 3 (Wire) - Rain.", default_year=2016)
    assert m2 is not None and m2.date == D(2016, 10, 3)


@pytest.mark.parametrize("text", [
    "Wed 30 Feb 2017 Clerks went home early.",
    "13.13.2015 Tenders opened.",
    "31-04-2016 A parade was held.",
    "February 30 2015 Nothing happened.",
])
def test_dateline_impossible_dates_rejected(text):
    assert find_dateline(text) is None


def test_dateline_skips_impossible_then_takes_valid():
    m = find_dateline("31.02.2015 (updated 1200 01.03.2015) Port reopened.")
    assert m is not None and m.date == D(2015, 3, 1)


def test_dateline_absent_or_too_far():
    assert find_dateline("Farmers protest water prices in the valley on Tuesday.") is None
    far = "x " * 200 + "12 February 2015"
    assert find_dateline(far) is None
    assert find_dateline(far, max_chars=len(far)) is not None
    assert find_dateline("Title 12 February 2015", max_chars=0) is None


def test_dateline_earliest_wins():
    text = "3 Apr 2017 Crews say work finished on April 1 2017 ahead of schedule."
    assert find_dateline(text).date == D(2017, 4, 3)


def test_dateline_ignores_numbers_that_are_not_dates():
    assert find_dateline("Mirage 2000 jets and 24 hours of rain in 2015") is None


@pytest.mark.parametrize("text", ["", " ", "\x00\x01", "???...", "31/31/3131", "Apr 99999999"])
def test_dateline_garbage(text):
    assert find_dateline(text) is None


# ---------------------------------------------------------------------------
# resolve_date: weekdays and relative days
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("phrase,expected", [
    ("on Tuesday", TUE),  # same weekday as publication -> publication day
    ("Tuesday", TUE),
    ("Monday", D(2015, 11, 16)),
    ("on Wednesday", D(2015, 11, 11)),
    ("late on Saturday", D(2015, 11, 14)),
    ("early Sunday morning", D(2015, 11, 15)),
    ("on Saturday and Sunday", D(2015, 11, 14)),
    ("overnight Friday", D(2015, 11, 13)),
    ("overnight Friday to Saturday", D(2015, 11, 13)),
    ("Friday night", D(2015, 11, 13)),
    ("last Tuesday", D(2015, 11, 10)),
    ("last Monday", D(2015, 11, 16)),
    ("killed on Thursday in the market", D(2015, 11, 12)),
])
def test_weekdays(phrase, expected):
    assert resolve_date(phrase, TUE) == expected


def test_next_weekday_is_future():
    assert resolve_date("next Friday", TUE) is None
    assert resolve_date("next Friday", TUE, allow_future=True) == D(2015, 11, 20)


@pytest.mark.parametrize("phrase,expected", [
    ("today", TUE),
    ("earlier today", TUE),
    ("this morning", TUE),
    ("tonight", TUE),
    ("yesterday", D(2015, 11, 16)),
    ("late yesterday", D(2015, 11, 16)),
    ("last night", D(2015, 11, 16)),
    ("the day before", D(2015, 11, 16)),
    ("the previous day", D(2015, 11, 16)),
    ("the day before yesterday", D(2015, 11, 15)),
    ("tomorrow", D(2015, 11, 18)),
    ("3 days ago", D(2015, 11, 14)),
    ("three days ago", D(2015, 11, 14)),
    ("a week ago", D(2015, 11, 10)),
    ("two weeks ago", D(2015, 11, 3)),
    ("two days earlier", D(2015, 11, 15)),
    ("a day earlier", D(2015, 11, 16)),
])
def test_relative_days(phrase, expected):
    assert resolve_date(phrase, TUE) == expected


def test_relative_to_reference():
    ref = D(2015, 11, 10)
    assert resolve_date("two days earlier", TUE, reference=ref) == D(2015, 11, 8)
    assert resolve_date("the next day", TUE, reference=ref) == D(2015, 11, 11)
    assert resolve_date("two days later", TUE, reference=ref) == D(2015, 11, 12)
    assert resolve_date("the day before", TUE, reference=ref) == D(2015, 11, 9)
    # "later" than publication is in the future
    assert resolve_date("two days later", TUE) is None


@pytest.mark.parametrize("phrase", [
    "earlier this week", "last week", "this week", "over the weekend", "last month",
    "last year", "earlier this month", "recently", "in recent days", "a few days ago",
    "in March", "in 2015", "March 2011", "24 hours", "two years", "Mirage 2000",
    "in the past 48 hours", "for three days",
])
def test_vague_or_not_a_date(phrase):
    assert resolve_date(phrase, TUE) is None


def test_datetime_publication_accepted():
    assert resolve_date("yesterday", dt.datetime(2015, 11, 17, 23, 59)) == D(2015, 11, 16)


# ---------------------------------------------------------------------------
# resolve_date: anchors
# ---------------------------------------------------------------------------

def test_anchor_lookup():
    assert resolve_date("four days after the Paris attacks", TUE, PARIS) == D(2015, 11, 17)
    assert resolve_date("two days before the Paris attacks", TUE, PARIS) == D(2015, 11, 11)
    assert resolve_date("a week after the Paris attack", TUE, PARIS) is None  # in the future
    assert resolve_date("the day after the Paris attacks", TUE, PARIS) == D(2015, 11, 14)
    assert resolve_date("on the eve of the Paris attacks", TUE, PARIS) == D(2015, 11, 12)


def test_anchor_fuzzy_keys():
    anchors = {"the paris attack": D(2015, 11, 13), "harbour summit": D(2015, 11, 2)}
    assert resolve_date("four days after the Paris attacks", TUE, anchors) == D(2015, 11, 17)
    assert resolve_date("two days before the Harbour Summit", TUE, anchors) == D(2015, 10, 31)
    assert resolve_date("a day after the summit", TUE, anchors) == D(2015, 11, 3)


def test_anchor_unknown_or_ambiguous():
    assert resolve_date("four days after the Paris attacks", TUE) is None
    assert resolve_date("four days after the Paris attacks", TUE, {}) is None
    assert resolve_date("four days after the dam collapse", TUE, PARIS) is None
    ambiguous = {"Paris attacks": D(2015, 11, 13), "Lyon attacks": D(2015, 11, 1)}
    assert resolve_date("two days after the attacks", TUE, ambiguous) is None


def test_anchor_that_is_a_date():
    assert resolve_date("two days after March 3", D(2016, 4, 1)) == D(2016, 3, 5)
    assert resolve_date("a day before 13 November 2015", TUE) == D(2015, 11, 12)


# ---------------------------------------------------------------------------
# resolve_date: absolute dates
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("phrase,published,expected", [
    ("on 13 November", TUE, D(2015, 11, 13)),
    ("Nov. 13", TUE, D(2015, 11, 13)),
    ("November 13th", TUE, D(2015, 11, 13)),
    ("13th of November", TUE, D(2015, 11, 13)),
    ("13/11/2015", TUE, D(2015, 11, 13)),
    ("11/13/2015", TUE, D(2015, 11, 13)),
    ("05/04/2017", D(2017, 4, 5), D(2017, 4, 5)),  # ambiguous: reading nearest publication
    ("2015-11-13", TUE, D(2015, 11, 13)),
    ("March 3, 2024", D(2024, 3, 10), D(2024, 3, 3)),
    ("3 March 2015", TUE, D(2015, 3, 3)),
    ("3 March", D(2015, 3, 20), D(2015, 3, 3)),
    ("29 December", D(2016, 1, 5), D(2015, 12, 29)),  # year before publication
    ("January 1", D(2015, 12, 31), D(2016, 1, 1)),  # next year, one day ahead
    ("Tuesday, 10 November", TUE, D(2015, 11, 10)),
    ("5-Mar-2017", D(2017, 4, 5), D(2017, 3, 5)),  # dateparser fallback
])
def test_absolute_dates(phrase, published, expected):
    assert resolve_date(phrase, published) == expected


def test_no_year_window_of_two_months():
    # 2015-03-03 is 52 days after publication: the closest year, but in the future
    assert resolve_date("3 March", D(2015, 1, 10)) is None
    assert resolve_date("3 March", D(2015, 1, 10), allow_future=True) == D(2015, 3, 3)
    # 2015-06-01 is more than two months ahead: the year before is used
    assert resolve_date("1 June", D(2015, 1, 10)) == D(2014, 6, 1)


@pytest.mark.parametrize("phrase", [
    "30 February 2015", "Feb 30", "31/04/2016", "13/13/2015", "on 31 April", "0 March 2015",
])
def test_impossible_dates(phrase):
    assert resolve_date(phrase, TUE) is None


def test_future_dates_rejected_by_default():
    assert resolve_date("15 December 2015", TUE) is None
    assert resolve_date("15 December 2015", TUE, allow_future=True) == D(2015, 12, 15)
    assert resolve_date("18 November 2015", TUE) == D(2015, 11, 18)  # one day ahead is fine


@pytest.mark.parametrize("phrase", ["", "   ", "zzz", "\u2603\u2603", "12345678901234567890", "on", "the day"])
def test_resolve_garbage(phrase):
    assert resolve_date(phrase, TUE) is None


def test_resolve_without_publication():
    assert resolve_date("yesterday", None) is None


# ---------------------------------------------------------------------------
# find_date_expressions
# ---------------------------------------------------------------------------

def test_expressions_in_sentence():
    text = ("Shelling late on Saturday killed four, two days after a truce began, "
            "the group said on Monday, citing records from 13/11/2015.")
    assert spans_text(text) == ["late on Saturday", "two days after a truce", "on Monday", "13/11/2015"]
    for s, e in find_date_expressions(text):
        assert 0 <= s < e <= len(text)


def test_expressions_exclude_durations_years_and_models():
    text = ("For 24 hours the Mirage 2000 jets flew over the delta, two years after "
            "the 2015 floods and 48 hours into the march; prices may 10 percent rise in 2016.")
    assert find_date_expressions(text) == []


def test_expressions_respect_bounds():
    text = "Rain fell on Monday. Wind rose on Tuesday. Snow came on Wednesday."
    first_end = text.index(".") + 1
    assert spans_text(text, 0, first_end) == ["on Monday"]
    second = text.index("Wind")
    assert spans_text(text, second, second + 22) == ["on Tuesday"]
    assert find_date_expressions(text, 5, 5) == []
    assert find_date_expressions(text, 1000) == []


def test_expressions_empty_and_garbage():
    assert find_date_expressions("") == []
    assert find_date_expressions("!!! ### 0000 //// ....") == []


def test_modal_may_is_not_a_month():
    assert find_date_expressions("The convoy may 5 times be delayed.") == []
    assert spans_text("It opened on May 5.") == ["on May 5"]


# ---------------------------------------------------------------------------
# resolve_in_span
# ---------------------------------------------------------------------------

def test_span_prefers_event_weekday_over_reporting_date():
    text = "A blast killed six people on Saturday, the monitor said on Monday."
    m = resolve_in_span(text, 0, len(text), TUE)
    assert isinstance(m, DateMatch)
    assert m.date == D(2015, 11, 14) and m.kind == "weekday"
    assert text[m.start:m.end] == m.text == "on Saturday"


def test_span_reporting_date_only_as_fallback():
    text = "Eleven people died in the flood, a spokesman said Thursday."
    m = resolve_in_span(text, 0, len(text), TUE)
    assert m is not None and m.date == D(2015, 11, 12)
    assert resolve_in_span(text, 0, len(text), TUE, reporting=False) is None


def test_span_period_start_is_not_preferred():
    text = "Fighting since Saturday has killed 40, including 12 who died on Monday."
    m = resolve_in_span(text, 0, len(text), TUE)
    assert m.text == "on Monday" and m.date == D(2015, 11, 16)


def test_span_possessive_weekday():
    for text in ("Saturday's blast killed three.", "Saturdays blast killed three."):
        m = resolve_in_span(text, 0, len(text), TUE)
        assert m is not None and m.date == D(2015, 11, 14) and m.kind == "weekday"
        assert text[m.start:m.end] == m.text
    assert find_date_expressions("Markets close on Fridays now.") == []


def test_span_reporting_false_drops_period_bounds():
    text = "Clashes since Saturday have displaced hundreds."
    assert resolve_in_span(text, 0, len(text), TUE).date == D(2015, 11, 14)
    assert resolve_in_span(text, 0, len(text), TUE, reporting=False) is None


def test_span_prefers_day_precise_over_anchored():
    text = "Four days after the Paris attacks, jets struck a depot yesterday."
    m = resolve_in_span(text, 0, len(text), TUE, PARIS)
    assert m.text == "yesterday" and m.kind == "relative"
    only_anchor = "Four days after the Paris attacks, jets struck a depot."
    m2 = resolve_in_span(only_anchor, 0, len(only_anchor), TUE, PARIS)
    assert m2.kind == "anchored" and m2.date == D(2015, 11, 17)
    assert m2.text == "Four days after the Paris attacks"


def test_span_ignores_durations_and_bare_years():
    text = "After 24 hours of talks and two years of siege since 2015, the Mirage 2000 flew home."
    assert resolve_in_span(text, 0, len(text), TUE) is None


def test_span_absolute_and_offsets_in_larger_text():
    text = "Intro sentence here. The dam was inspected on 13 November by engineers. Later text."
    s = text.index("The dam")
    e = text.index("Later")
    m = resolve_in_span(text, s, e, TUE)
    assert m.date == D(2015, 11, 13) and m.kind == "absolute"
    assert text[m.start:m.end] == m.text and s <= m.start < m.end <= e
    assert resolve_in_span(text, 0, s, TUE) is None


def test_span_kinds_filter():
    text = "The bridge built on 2 March 2015 collapsed on Sunday."
    m = resolve_in_span(text, 0, len(text), TUE)
    assert m.kind == "absolute" and m.date == D(2015, 3, 2)
    m2 = resolve_in_span(text, 0, len(text), TUE, kinds={"weekday", "relative"})
    assert m2.kind == "weekday" and m2.date == D(2015, 11, 15)


def test_span_skips_unresolvable_and_future():
    text = "Talks planned for 15 December 2015 follow a strike last week and one on Friday."
    m = resolve_in_span(text, 0, len(text), TUE)
    assert m.text == "on Friday" and m.date == D(2015, 11, 13)


def test_span_empty_and_garbage():
    assert resolve_in_span("", 0, 0, TUE) is None
    assert resolve_in_span("### ???", 0, 7, TUE) is None
    assert resolve_in_span("on Monday", 0, 9, None) is None


# ---------------------------------------------------------------------------
# Robustness
# ---------------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_no_crash_on_arbitrary_text(text):
    dl = find_dateline(text)
    if dl is not None:
        assert text[dl.start:dl.end] == dl.text
    for s, e in find_date_expressions(text):
        assert 0 <= s < e <= len(text)
    m = resolve_in_span(text, 0, len(text), TUE)
    if m is not None:
        assert text[m.start:m.end] == m.text
    resolve_date(text, TUE)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([
    "on", "Tuesday", "13", "November", "2015", "yesterday", "days", "after", "the", "Paris",
    "attacks", "two", "ago", "late", "/", "11", ".", ",", "May", "Sept.", "last", "week",
]), max_size=12))
def test_round_trip_on_date_like_soup(words):
    text = " ".join(words)
    m = resolve_in_span(text, 0, len(text), TUE, PARIS)
    if m is not None:
        assert text[m.start:m.end] == m.text
        assert m.date <= TUE + dt.timedelta(days=1)
