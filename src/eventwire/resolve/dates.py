"""Event dates: datelines, date phrases, and resolution against the publication date.

Every event needs a calendar day. News text rarely states one outright: it says
"on Tuesday", "late yesterday", "two days after the Paris attacks" and relies on
the reader knowing when the article was published. This module

* finds the publication date in a dateline near the top of an article
  (:func:`find_dateline`),
* finds date phrases in a stretch of text (:func:`find_date_expressions`),
* resolves one phrase to a day given the publication date (:func:`resolve_date`),
* picks the event's own date inside a sentence (:func:`resolve_in_span`).

Everything is rule based (regular expressions plus calendar arithmetic).
``dateparser`` is only a fallback for odd absolute phrases the rules found but
could not parse; it is called on short candidate phrases, never on sentences,
and its results are cached.

The phrases and their patterns live in ``date_phrases.py``, the calendar
arithmetic in ``date_arithmetic.py``; this module finds and resolves.

Resolution rules (the documented choices)
-----------------------------------------
* Weekday ("Tuesday", "on Tuesday", "late on Saturday", "overnight Friday",
  "Friday night"): the most recent such day on or before the publication date;
  if the publication day is that weekday, the publication day itself. When the
  verb it goes with is in the future tense ("will come into force on Sunday",
  "is due to meet on Friday"; ``tense="future"``) the next such day on or after
  the publication date. "last Tuesday" is strictly before the publication day;
  "next Tuesday" is strictly after it (a future date, see ``allow_future``). Two
  days joined ("on Saturday and Sunday", "overnight Friday to Saturday") give the
  FIRST day.
* "today", "tonight", "this morning", "earlier today" -> publication day;
  "overnight" (alone: the night that ends on the report's morning) -> publication
  day; "yesterday", "last night" -> publication day - 1; "the day before
  yesterday" -> -2; "tomorrow" -> +1.
* "N days/weeks ago" -> publication day - N days (weeks are 7 days).
* "the day before", "the previous day", "a day earlier", "two days earlier",
  "three days before." (no anchor) -> ``reference`` - N, where ``reference`` is
  the date of the event being talked about if the caller knows it, else the
  publication day. "the next day", "two days later" -> ``reference`` + N.
* "N days after/before <anchor>", "the day after <anchor>", "on the eve of
  <anchor>": the anchor is first tried as a date phrase itself ("two days after
  March 3"), then looked up in ``anchors`` by fuzzy key match ("the Paris
  attacks" matches the key "Paris attack"); unknown anchor -> None.
* Less than a day (``precision`` "week", "month" or "year"; :func:`resolve_period`
  and ``resolve_in_span(coarse=True)`` give them, :func:`resolve_date` does not):
  a month, week or year stands for its first day. "in March", "early March" ->
  the 1st of the last March by publication (this month's if it is March; the
  next March in the future tense); "March 2015" -> 2015-03-01; "last month",
  "earlier this month", "next month" -> the 1st of that month; "last week",
  "earlier this week" -> that week's Monday; "over the weekend", "last weekend"
  -> the weekend's Saturday (precision "week"); "last year", "earlier this year" ->
  1 January.
* Too vague for anything -> None: "recently", "in recent days", "a few days ago",
  "the past week" (a stretch of time, not a date); a year alone ("in 2015") is
  no date phrase (in news mostly background: "the war that began in 2011").
* Absolute dates with a year are taken as written ("13 November 2015",
  "Nov. 13, 2015", "2015-11-13"); a range ("Feb. 22-23", "22 to 23 February")
  gives its first day. Numeric dates with both readings possible
  ("05/04/2017") take the reading closest to, and preferably not after, the
  publication date; unambiguous ones ("13/11/2015", "11/13/2015") their only
  reading. Without a year ("3 March", "Nov. 13") the year is the one that puts
  the day closest to the publication date and not more than ~2 months after it;
  with ``tense="past"`` the last such day by publication, within its year or 92 days
  before it (news style gives the year of any other), with ``tense="future"`` the next
  one from it.
* Impossible days (Feb 30, month 13) -> None. With ``allow_future=False`` (the
  default, events being reported in the past tense) any result more than one
  day after the publication date -> None; ``tense="future"`` allows the future.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from .date_arithmetic import FUTURE_TOLERANCE_DAYS, dateparser_day_month, resolve_match, year_for
from .date_phrases import (DATELINE_PATTERNS, FLAGS, KIND_OF_PATTERN, MONTH_RE, make_date, month_number, precision_of,
                           scan_dates, to_date)

__all__ = [
    "DateMatch",
    "find_dateline",
    "find_date_expressions",
    "resolve_date",
    "resolve_in_span",
    "resolve_period",
]

# Finer phrases first: a day said in a sentence beats a week, a week a month, a month a year.
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}

# A dateline's date starts within this many characters of the article's top ...
DATELINE_REACH_CHARS = 300
# ... and is at most this long ("Wednesday, 13 November 2015"), so the text read ends here past the reach.
MAX_DATELINE_CHARS = 40
# dateparser reads only short phrases: a sentence would give it too much to guess from.
MAX_FALLBACK_CHARS = 60
# A story's lead often names the incident first ("Blast kills 38 in Aleppo") and dates it a
# sentence or two on ("... were killed in the blast on Thursday"): events before the first
# stated date take the first day stated up to this many sentences ahead (measured on the
# record gold: 3 reaches "about 11:20 p.m. Wednesday" three sentences on).
LEAD_LOOKAHEAD_SENTENCES = 3
# "said on Monday", "since Saturday": the words before a date phrase that tell a
# statement's date or a period's bound lie within this many characters.
CONTEXT_LOOKBACK_CHARS = 40


@dataclass
class DateMatch:
    date: datetime.date
    text: str  # exact substring of the input
    start: int  # char offsets into the input text; text == input[start:end]
    end: int
    kind: str  # "dateline" | "absolute" | "relative" | "weekday" | "anchored"
    precision: str = "day"  # "day" | "week" | "month" | "year": `date` is the first day of that span


# ---------------------------------------------------------------------------
# Datelines
# ---------------------------------------------------------------------------

def find_dateline(
    text: str, max_chars: int = DATELINE_REACH_CHARS, default_year: int | None = None
) -> DateMatch | None:
    """Publication date from a dateline near the start of an article.

    Looks for the earliest well-formed date that starts within the first
    ``max_chars`` characters: "Wed 05 Apr 2017", "Posted on April 19 2017 by",
    "Last updated at Apr 232017", "24.08.2013", "6-09-2013", "Date of publication
    18 July 2016", a date after the title ("... 6 September 2016 SANA ..."), and
    wire datelines without a year ("IDLIB, March 12 (Levant Wire) -"), which
    take ``default_year`` or are skipped when it is None. Impossible days
    (Feb 30, month 13) are skipped. The match covers the date itself (with its
    weekday, if any), not words like "Posted on".
    """
    if not text or max_chars <= 0:
        return None
    window = text[: max_chars + MAX_DATELINE_CHARS]
    found: list[tuple[int, int, DateMatch]] = []
    for name, pat in DATELINE_PATTERNS:
        for m in pat.finditer(window):
            if m.start() >= max_chars:
                break
            gd = m.groupdict()
            if name == "wire":
                if default_year is None:
                    continue
                y = default_year
            else:
                y = int(gd["y"])
            mo = month_number(gd["m"]) if not gd["m"].isdigit() else int(gd["m"])
            if mo is None:
                continue
            d = make_date(y, mo, int(gd["d"]))
            if d is None:
                continue
            s, e = m.start(), m.end()
            if name == "wire":
                s = m.start("m")
                e = m.end("d")
            found.append((s, -(e - s), DateMatch(d, text[s:e], s, e, "dateline")))
    if not found:
        return None
    found.sort(key=lambda t: (t[0], t[1]))
    return found[0][2]


# ---------------------------------------------------------------------------
# Date expressions in running text
# ---------------------------------------------------------------------------

def find_date_expressions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Char spans of date phrases in text[start:end] (offsets into the full text).

    Spans cover absolute dates ("13 November 2015", "Nov. 13", "13/11/2015"),
    weekdays with their modifiers ("late on Saturday", "Friday night",
    "on Saturday and Sunday"), relative days ("yesterday", "two days earlier",
    "three days ago"), anchored phrases ("four days after the Paris attacks")
    and vague periods ("last week", which resolve to None). Durations
    ("24 hours", "two years"), bare years ("in 2015") and numbers that are not
    dates ("Mirage 2000") are not date phrases.
    """
    if not text:
        return []
    n = len(text)
    lo = max(0, min(start, n))
    hi = n if end is None else max(lo, min(end, n))
    return [(h[0], h[1]) for h in scan_dates(text, lo, hi)]


# ---------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------

_FALLBACK_HINT = re.compile(rf"\b{MONTH_RE}\b", FLAGS)


def _resolve_phrase(
    phrase: str,
    published: datetime.date,
    anchors: dict[str, datetime.date] | None,
    reference: datetime.date | None,
    allow_future: bool,
    tense: str | None = None,
) -> tuple[datetime.date | None, str | None, str]:
    """Resolve the main date phrase inside ``phrase``; returns (date, kind, precision)."""
    published = to_date(published)
    hits = scan_dates(phrase, 0, len(phrase))
    if hits:
        # the longest phrase is the most specific one
        _s, _e, name, m = max(hits, key=lambda h: (h[1] - h[0], -h[0]))
        d, kind = _resolve_hit(name, m, published, anchors, reference, allow_future, tense)
        return d, kind, precision_of(name, m)
    # Rules found nothing: let dateparser try short phrases with a month name and a digit.
    result: datetime.date | None = None
    kind: str | None = None
    if len(phrase) <= MAX_FALLBACK_CHARS and _FALLBACK_HINT.search(phrase) and re.search(r"\d", phrase):
        dm = dateparser_day_month(phrase.strip(), published)
        if dm is not None:
            d, mo, y = dm
            result = make_date(y, mo, d) if y is not None else year_for(mo, d, published)
            kind = "absolute"
    return _future_check(result, published, allow_future or tense == "future"), kind, "day"


def _future_check(d: datetime.date | None, published: datetime.date, allow_future: bool) -> datetime.date | None:
    if d is not None and not allow_future and d > published + datetime.timedelta(days=FUTURE_TOLERANCE_DAYS):
        return None
    return d


def _resolve_hit(
    name: str,
    m: re.Match[str],
    published: datetime.date,
    anchors: dict[str, datetime.date] | None,
    reference: datetime.date | None,
    allow_future: bool,
    tense: str | None = None,
) -> tuple[datetime.date | None, str]:
    ref = to_date(reference) if reference is not None else published
    try:
        d = resolve_match(name, m, published, anchors, ref, tense=tense)
    except (ValueError, OverflowError):
        d = None
    return _future_check(d, published, allow_future or tense == "future"), KIND_OF_PATTERN[name]


def resolve_date(
    phrase: str,
    published: datetime.date,
    anchors: dict[str, datetime.date] | None = None,
    *,
    reference: datetime.date | None = None,
    allow_future: bool = False,
    tense: str | None = None,
) -> datetime.date | None:
    """Resolve one phrase relative to the publication date, to a day.

    ``anchors`` maps names of known events ("Paris attacks") to their dates, for
    "four days after the Paris attacks". ``reference`` is the date that
    "two days earlier" / "the next day" count from (default: ``published``).
    With ``allow_future=False`` a result more than a day after ``published`` is
    None. ``tense`` ("past", "future") is the tense of the verb the phrase goes
    with. See the module docstring for the rules. Returns None for phrases that
    give less than a day ("last month": see :func:`resolve_period`), vague or
    unparseable ones.
    """
    found = resolve_period(phrase, published, anchors, reference=reference, allow_future=allow_future, tense=tense)
    return found[0] if found is not None and found[1] == "day" else None


def resolve_period(
    phrase: str,
    published: datetime.date,
    anchors: dict[str, datetime.date] | None = None,
    *,
    reference: datetime.date | None = None,
    allow_future: bool = False,
    tense: str | None = None,
) -> tuple[datetime.date, str] | None:
    """(first day, precision) of one phrase: ("last month" → (the 1st of last month, "month")),
    ("on Tuesday" → (that Tuesday, "day")); None for vague or unparseable phrases."""
    if not phrase or published is None:
        return None
    try:
        d, _kind, precision = _resolve_phrase(phrase, published, anchors, reference, allow_future, tense)
    except (ValueError, OverflowError):
        return None
    return None if d is None else (d, precision)


_REPORTING = re.compile(
    r"\b(?:said|says|say|reported|reports|announced|announces|stated|added|confirmed|claimed"
    r"|noted|declared|warned|denied|told(?:\s+[\w-]+){1,3}|according\s+to(?:\s+[\w-]+){1,4})"
    r"(?:\s+in\s+a\s+(?:statement|report))?\s*,?\s*$",
    FLAGS,
)
_RANGE_START = re.compile(r"\b(?:since|until|till|from|starting|through)\s*$", FLAGS)
_RANK = {"weekday": 0, "relative": 0, "absolute": 0, "anchored": 1}


def _context_penalty(text: str, s: int) -> int:
    """0: a plain date phrase; 1: attached to a reporting verb ("said on Monday");
    2: the start or end of a period ("since Saturday", "until Friday")."""
    before = text[max(0, s - CONTEXT_LOOKBACK_CHARS): s]
    if _RANGE_START.search(before):
        return 2
    if _REPORTING.search(before):
        return 1
    return 0


def dates_in_span(
    text: str,
    start: int,
    end: int,
    published: datetime.date,
    anchors: dict[str, datetime.date] | None = None,
    *,
    reference: datetime.date | None = None,
    allow_future: bool = False,
    kinds: Collection[str] | None = None,
    reporting: bool = True,
    coarse: bool = False,
    tense_of: Callable[[int, int], str | None] | None = None,
) -> list[DateMatch]:
    """The event dates stated inside text[start:end] (e.g. a sentence), best first.

    Candidates are the phrases of :func:`find_date_expressions` that resolve to a
    day (only those whose kind is in ``kinds``, if given; with ``coarse=True``
    also weeks, months and years, as their first day with its ``precision``).
    Preference order: plain phrases over those attached to a reporting verb ("a
    monitor said on Wednesday": the date of the statement, not of the event) and
    over period bounds ("killed since Saturday"); finer phrases over coarser
    ones (a day over a month); day-precise phrases (weekday, "yesterday",
    explicit day) over anchored ones ("two days after X"); then the leftmost.
    With ``reporting=False`` reporting-verb dates and period bounds are never
    returned. ``tense_of(start, end)`` gives the tense ("past", "future" or
    None) of the verb a phrase at those offsets goes with, so that "will meet on
    Sunday" resolves forwards.
    """
    if not text or published is None:
        return []
    published = to_date(published)
    cands: list[tuple[tuple[int, int, int, int], DateMatch]] = []
    n = len(text)
    lo = max(0, min(start, n))
    hi = n if end is None else max(lo, min(end, n))
    for s, e, name, m in scan_dates(text, lo, hi):
        precision = precision_of(name, m)
        if precision != "day" and not coarse:
            continue
        penalty = _context_penalty(text, s)
        if penalty and not reporting:
            continue
        tense = tense_of(s, e) if tense_of is not None else None
        d, kind = _resolve_hit(name, m, published, anchors, reference, allow_future, tense)
        if d is None:
            continue
        if kinds is not None and kind not in kinds:
            continue
        rank = (penalty, PRECISION_RANK[precision], _RANK.get(kind, 2), s)
        cands.append((rank, DateMatch(d, text[s:e], s, e, kind, precision)))
    cands.sort(key=lambda c: c[0])
    return [m for _, m in cands]


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def reference_day(text: str) -> datetime.date | None:
    """The latest day the text states with its year ("on April 6, 2018"): what a date without one
    ("April 5") is read against where the article has no publication date. None if it states none."""
    days = []
    for s, e, name, m in scan_dates(text, 0, len(text)):
        year = _YEAR.search(text[s:e])
        if year is None:
            continue
        d, _ = _resolve_hit(name, m, datetime.date(int(year.group(1)), 12, 31), None, None, False, None)
        if d is not None:
            days.append(d)
    return max(days, default=None)


def resolve_in_span(text: str, start: int, end: int, published: datetime.date, anchors=None,
                    **options) -> DateMatch | None:
    """The best event date stated inside text[start:end] (`dates_in_span`'s first); None if none."""
    found = dates_in_span(text, start, end, published, anchors, **options)
    return found[0] if found else None
