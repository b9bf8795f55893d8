"""Date phrases in text: the vocabulary, the patterns, and the scan that finds them.

`scan_dates` finds every non-overlapping date phrase in a stretch of text with the
pattern that matched it; `dates.py` turns the phrases into days. The patterns of
datelines (`DATELINE_PATTERNS`) and of phrases in running text (`EXPR_PATTERNS`)
are listed with an example of each; `KIND_OF_PATTERN` says which kind of phrase a
pattern finds.
"""
from __future__ import annotations

import datetime
import re

# "on Fridays" (a habit, not a day) is told by the words just before the weekday:
# "on", "every", "most", "all", "some" fit in this many characters.
HABITUAL_LOOKBACK_CHARS = 12
# "N days ago" with N above this is no date phrase ("1,000 days", a count of something).
MAX_COUNT = 400

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "the": 1, "a couple of": 2,
}

MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WD_FULL = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WD_ANY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
YEAR_RE = r"(?:19|20)\d\d"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_TOD = r"(?:morning|afternoon|evening|night|dawn|midday|noon|overnight)"
_NUM = (
    r"(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
    r"|a\s+couple\s+of)"
)
# Words that end an anchor phrase ("four days after the Paris attacks [that] ...").
_ANCHOR_STOP = (
    r"(?:that|which|who|whom|whose|when|where|while|and|but|or|in|on|at|as|with|by|for|to"
    r"|from|into|said|says|say|killed|left|was|were|is|are|had|has|have|been|be|he|she|it"
    r"|they|we|i|you|his|her|its|their|our|this|these|those|there|after|before|than|then"
    r"|since|until|during|amid|according|reported|claimed|began|started|took)"
)
_ANCHOR_WORD = rf"(?!{_ANCHOR_STOP}\b)[^\W\d_][\w'’.-]*|\d[\w'’.-]*"
_ANCHOR = rf"(?:(?:the|a|an|last)\s+)?(?:{_ANCHOR_WORD})(?:\s+(?:{_ANCHOR_WORD})){{0,5}}"

FLAGS = re.IGNORECASE


def to_date(value: datetime.date | datetime.datetime) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    return value


def make_date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def month_number(s: str) -> int | None:
    return MONTHS.get(s.lower().rstrip("."))


def count_number(s: str) -> int | None:
    s = re.sub(r"\s+", " ", s.lower().strip())
    if s.isdigit():
        return int(s)
    return _NUMBERS.get(s)


# ---------------------------------------------------------------------------
# Datelines
# ---------------------------------------------------------------------------

_DL_WD = rf"(?:{_WD_ANY}\.?,?\s+)"
DATELINE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Wed 05 Apr 2017 | 12 February 2015 | Saturday 23 April 2016 | 29 Jul 2016
    ("dmy", re.compile(
        rf"\b{_DL_WD}?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{MONTH_RE})\b\.?,?\s+(?P<y>{YEAR_RE})(?!\d)",
        FLAGS)),
    # April 5 2017 | Thu Sep 5 2013 | March 3, 2024 | Fri Sep 30 2016
    ("mdy", re.compile(
        rf"\b{_DL_WD}?(?P<m>{MONTH_RE})\b\.?\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>{YEAR_RE})(?!\d)",
        FLAGS)),
    # Last updated at Apr 232017 (day and year run together)
    ("mdy_glued", re.compile(
        rf"\b{_DL_WD}?(?P<m>{MONTH_RE})\b\.?\s+(?P<d>\d{{1,2}})(?P<y>{YEAR_RE})(?!\d)",
        FLAGS)),
    # 24.08.2013 | 21.08.2013Get short URL | 6-09-2013 | 13/11/2015 (day first)
    ("num_dmy", re.compile(
        rf"(?<![\d./-])(?P<d>\d{{1,2}})(?P<sep>[./-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{YEAR_RE})(?!\d)")),
    # 2017-04-05
    ("iso", re.compile(rf"(?<![\d./-])(?P<y>{YEAR_RE})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")),
    # IDLIB, March 12 (Levant Wire) -   (no year)
    ("wire", re.compile(
        rf"(?:^|(?<=[\s(\"'“]))(?P<place>[A-Z][A-Za-z.'’-]*(?:[ /-][A-Z][A-Za-z.'’-]*){{0,3}}),\s+"
        rf"(?P<m>(?i:{MONTH_RE}))\b\.?\s+(?P<d>\d{{1,2}})\s*\(")),
]


# ---------------------------------------------------------------------------
# Date expressions in running text
# ---------------------------------------------------------------------------

_PRE_WD = (
    r"(?:(?:late|early)\s+(?:on\s+)?|overnight\s+(?:on\s+)?|(?:on\s+)?the\s+night\s+of\s+"
    r"|last\s+|this\s+(?:past\s+)?|next\s+|on\s+)?"
)
# the joint of a range of days: "22-23", "22 to 23", "22 and 23"
_RANGE = r"\s*(?:-|–|—|to|and|through)\s*"
# what sets a month or year alone apart from other words ("in March", "early March", "March 2015")
_MONTH_LEAD = r"(?:(?:in|during|since|until|by|from|through|of)\s+(?:(?:early|late|mid)[-\s]?)?|(?:early|late|mid)[-\s]?)"
_EXPR_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # on Tuesday, 13 November 2015 | 13th of November | 5 July, 2015
    # (a range, "22-23 February", "Feb. 22–23, 2015", gives its first day)
    ("abs_dmy", re.compile(
        rf"\b(?:on\s+)?(?:{_WD_FULL},?\s+(?:the\s+)?)?(?<![\d.,])(?P<d>{_DAY}){_ORD}(?:{_RANGE}{_DAY}{_ORD})?"
        rf"(?:\s+of)?\s+(?P<m>{MONTH_RE})\b\.?(?:,?\s+(?P<y>{YEAR_RE})(?!\d))?", FLAGS)),
    # on Tuesday, November 13 | Nov. 13, 2015 | March 3, 2024
    ("abs_mdy", re.compile(
        rf"\b(?:on\s+)?(?:{_WD_FULL},?\s+)?(?P<m>{MONTH_RE})\b\.?\s+(?:the\s+)?(?P<d>{_DAY}){_ORD}(?![\d.,]\d)\b"
        rf"(?:{_RANGE}(?:{MONTH_RE}\.?\s+)?{_DAY}{_ORD}(?![\d.,]\d)\b)?"
        rf"(?:,?\s+(?P<y>{YEAR_RE})(?!\d))?", FLAGS)),
    # 13/11/2015 | 24.08.2013 | 6-09-2013
    ("abs_num", re.compile(
        rf"(?<![\d./-])(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{YEAR_RE})(?![\d])")),
    ("abs_iso", re.compile(rf"(?<![\d./-])(?P<y>{YEAR_RE})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")),
    # N days after <anchor> | the day before <anchor> | on the eve of <anchor>
    ("anchored", re.compile(
        rf"\b(?P<n>{_NUM}|the)\s+(?P<u>days?|weeks?|nights?)\s+"
        rf"(?P<dir>after|before|following|prior\s+to|ahead\s+of)\s+(?P<anchor>{_ANCHOR})", FLAGS)),
    ("eve", re.compile(rf"\b(?:on\s+)?the\s+(?P<which>eve|day)\s+of\s+(?P<anchor>{_ANCHOR})", FLAGS)),
    # late on Saturday | overnight Friday | Friday night | on Saturday and Sunday
    ("weekday", re.compile(
        rf"\b{_PRE_WD}(?P<wd>{_WD_FULL})(?P<poss>['’]s|s(?=\s+[a-z]))?\b(?:\s+{_TOD}\b)?"
        rf"(?:\s*(?:and|or|to|into|through|-|–|/)\s*(?:(?:late|early)\s+|on\s+)?(?P<wd2>{_WD_FULL})\b(?:\s+{_TOD}\b)?)?",
        FLAGS)),
    # today, yesterday, last night, the day before yesterday, the next day ...
    ("rel_day", re.compile(
        rf"\b(?:(?:late|early|earlier|later)\s+)?(?:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow)"
        rf"(?:\s+{_TOD}\b)?"
        rf"|\b(?:(?:late|early)\s+)?last\s+night\b|\bovernight\b"
        rf"|\bthis\s+(?:morning|afternoon|evening)\b"
        rf"|\b(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+day\b"
        rf"|\bthe\s+(?:previous|prior|preceding|next|following)\s+(?:day|night|morning|evening)\b"
        rf"|\b(?:on\s+)?the\s+day\s+(?:before|after)\b", FLAGS)),
    # N days ago | two days earlier | a week later | three days before.
    ("ago", re.compile(
        rf"\b(?P<n>{_NUM})\s+(?P<u>days?|weeks?|nights?)\s+"
        rf"(?P<dir>ago|earlier|later|previously|prior|beforehand|before(?=\s*(?:[.,;:)!?]|$))"
        rf"|after(?=\s*(?:[.,;:)!?]|$)))", FLAGS)),
    # a month, a week or a year, not a day (the resolved day is its first; `precision` says so)
    ("month_name", re.compile(
        rf"\b(?:{_MONTH_LEAD}(?P<m>{MONTH_RE})\b(?:\.?,?\s+(?P<y>{YEAR_RE})(?!\d))?"
        rf"|(?P<m2>{MONTH_RE})\b\.?,?\s+(?P<y2>{YEAR_RE})(?!\d))(?![\s.,]*\d)", FLAGS)),
    ("rel_period", re.compile(
        r"\b(?:(?P<pos>earlier|later|early|late)\s+)?(?P<which>last|this|next|previous|the\s+previous|the\s+same)"
        r"\s+(?P<u>week|month|year)\b(?!['’]s\b)", FLAGS)),
    ("weekend", re.compile(
        r"\b(?:(?:over|at|during|on)\s+the\s+weekend|(?P<which>last|this|next|this\s+past)\s+weekend)\b", FLAGS)),
    # too vague for a day, a week or a month: recognised so they are not mistaken for anything else
    ("vague", re.compile(
        r"\b(?:(?:past|the\s+past)\s+(?:week(?:end)?|month|year)"
        r"|in\s+recent\s+(?:days|weeks|months)"
        r"|(?:a\s+few|several|few|some)\s+(?:days|weeks)\s+(?:ago|earlier|later|before|after)"
        r"|recently)\b", FLAGS)),
]

# Which kind each expression pattern produces.
KIND_OF_PATTERN = {
    "abs_dmy": "absolute", "abs_mdy": "absolute", "abs_num": "absolute", "abs_iso": "absolute",
    "anchored": "anchored", "eve": "anchored", "weekday": "weekday", "rel_day": "relative",
    "ago": "relative", "vague": "relative", "month_name": "absolute", "rel_period": "relative",
    "weekend": "relative",
}

# How much of the calendar each pattern pins down; the others name a day.
# (A year alone, "in 2011", is no date phrase: in news it is mostly background, "the war that began in 2011".)
PRECISION_OF_PATTERN = {"month_name": "month", "weekend": "week"}


def precision_of(name: str, m: re.Match[str]) -> str:
    """"day", "week", "month" or "year": how much of the calendar a phrase pins down."""
    if name == "rel_period":
        return m.group("u").lower()  # "last week" → week, "last month" → month
    return PRECISION_OF_PATTERN.get(name, "day")


def _plausible(name: str, m: re.Match[str]) -> bool:
    """Cheap checks that a regex hit is a date phrase and not a look-alike."""
    gd = m.groupdict()
    month = gd.get("m") or gd.get("m2")
    if month and not month.isdigit():
        # "may" the modal verb, "march" the verb: months must be capitalised.
        if not month[0].isupper():
            return False
    if name == "weekday":
        poss = gd.get("poss") or ""
        if poss.lower() == "s":
            pre = m.string[max(0, m.start() - HABITUAL_LOOKBACK_CHARS): m.start("wd")].lower()
            if re.search(r"\b(?:on|every|most|all|some)\s*$", pre):
                return False  # habitual "on Fridays"
    if name in ("anchored", "ago"):
        u = gd["u"].lower()
        n = gd["n"].lower()
        if n == "the" and not u.startswith("day") and not u.startswith("night"):
            return False
        if n.isdigit() and int(n) > MAX_COUNT:
            return False
        if u in ("days", "weeks", "nights") and n in ("a", "an", "one", "the"):
            return False
    return True


def scan_dates(text: str, lo: int, hi: int) -> list[tuple[int, int, str, re.Match[str]]]:
    """All non-overlapping date phrases in text[lo:hi], as (start, end, pattern name, match)."""
    hits: list[tuple[int, int, str, re.Match[str]]] = []
    for name, pat in _EXPR_PATTERNS:
        for m in pat.finditer(text, lo, hi):
            if m.end() <= m.start() or not _plausible(name, m):
                continue
            s, e = m.start(), m.end()
            # trim trailing punctuation an anchor may have swallowed ("attacks.")
            if name in ("anchored", "eve"):
                lo_anchor = m.start("anchor")
                while True:
                    while e > lo_anchor and text[e - 1] in ".,;:'’- ":
                        e -= 1
                    tail = re.search(r"(?:^|\s+)(?:the|a|an|of)$", text[lo_anchor:e], FLAGS)
                    if tail is None:
                        break
                    e = lo_anchor + tail.start()
                if e <= lo_anchor:
                    continue  # nothing left of the anchor
            hits.append((s, e, name, m))
    # Longest first, then leftmost; keep those that do not overlap a kept one.
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    kept: list[tuple[int, int, str, re.Match[str]]] = []
    for h in hits:
        if all(h[1] <= k[0] or h[0] >= k[1] for k in kept):
            kept.append(h)
    kept.sort(key=lambda h: (h[0], h[1]))
    return kept
