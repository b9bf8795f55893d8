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

Resolution rules (the documented choices)
-----------------------------------------
* Weekday ("Tuesday", "on Tuesday", "late on Saturday", "overnight Friday",
  "Friday night"): the most recent such day on or before the publication date;
  if the publication day is that weekday, the publication day itself.
  "last Tuesday" is strictly before the publication day; "next Tuesday" is
  strictly after it (a future date, see ``allow_future``). Two days joined
  ("on Saturday and Sunday", "overnight Friday to Saturday") give the FIRST day.
* "today", "tonight", "this morning", "earlier today" -> publication day;
  "yesterday", "last night" -> publication day - 1; "the day before yesterday" -> -2;
  "tomorrow" -> +1.
* "N days/weeks ago" -> publication day - N days (weeks are 7 days).
* "the day before", "the previous day", "a day earlier", "two days earlier",
  "three days before." (no anchor) -> ``reference`` - N, where ``reference`` is
  the date of the event being talked about if the caller knows it, else the
  publication day. "the next day", "two days later" -> ``reference`` + N.
* "N days after/before <anchor>", "the day after <anchor>", "on the eve of
  <anchor>": the anchor is first tried as a date phrase itself ("two days after
  March 3"), then looked up in ``anchors`` by fuzzy key match ("the Paris
  attacks" matches the key "Paris attack"); unknown anchor -> None.
* Too vague for a day -> None: "earlier this week", "last week", "this week",
  "over the weekend", "last month", "last year", "recently", "a few days ago",
  month or year alone ("in March", "in 2015").
* Absolute dates with a year are taken as written ("13 November 2015",
  "Nov. 13, 2015", "2015-11-13"). Numeric dates with both readings possible
  ("05/04/2017") take the reading closest to, and preferably not after, the
  publication date; unambiguous ones ("13/11/2015", "11/13/2015") their only
  reading. Without a year ("3 March", "Nov. 13") the year is the one that puts
  the day closest to the publication date and not more than ~2 months after it.
* Impossible days (Feb 30, month 13) -> None. With ``allow_future=False`` (the
  default, events being reported in the past tense) any result more than one
  day after the publication date -> None.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "DateMatch",
    "find_dateline",
    "find_date_expressions",
    "resolve_date",
    "resolve_in_span",
]


@dataclass
class DateMatch:
    date: datetime.date
    text: str  # exact substring of the input
    start: int  # char offsets into the input text; text == input[start:end]
    end: int
    kind: str  # "dateline" | "absolute" | "relative" | "weekday" | "anchored"


# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_WEEKDAYS = {
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

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WD_FULL = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WD_ANY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
_YEAR = r"(?:19|20)\d\d"
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

_FLAGS = re.IGNORECASE


def _to_date(value: datetime.date | datetime.datetime) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    return value


def _mkdate(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _month_num(s: str) -> int | None:
    return _MONTHS.get(s.lower().rstrip("."))


def _num(s: str) -> int | None:
    s = re.sub(r"\s+", " ", s.lower().strip())
    if s.isdigit():
        return int(s)
    return _NUMBERS.get(s)


# ---------------------------------------------------------------------------
# Datelines
# ---------------------------------------------------------------------------

_DL_WD = rf"(?:{_WD_ANY}\.?,?\s+)"
_DATELINE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Wed 05 Apr 2017 | 12 February 2015 | Saturday 23 April 2016 | 29 Jul 2016
    ("dmy", re.compile(
        rf"\b{_DL_WD}?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m>{_MONTH})\b\.?,?\s+(?P<y>{_YEAR})(?!\d)",
        _FLAGS)),
    # April 5 2017 | Thu Sep 5 2013 | March 3, 2024 | Fri Sep 30 2016
    ("mdy", re.compile(
        rf"\b{_DL_WD}?(?P<m>{_MONTH})\b\.?\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>{_YEAR})(?!\d)",
        _FLAGS)),
    # Last updated at Apr 232017 (day and year run together)
    ("mdy_glued", re.compile(
        rf"\b{_DL_WD}?(?P<m>{_MONTH})\b\.?\s+(?P<d>\d{{1,2}})(?P<y>{_YEAR})(?!\d)",
        _FLAGS)),
    # 24.08.2013 | 21.08.2013Get short URL | 6-09-2013 | 13/11/2015 (day first)
    ("num_dmy", re.compile(
        rf"(?<![\d./-])(?P<d>\d{{1,2}})(?P<sep>[./-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})(?!\d)")),
    # 2017-04-05
    ("iso", re.compile(rf"(?<![\d./-])(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")),
    # IDLIB, March 12 (Levant Wire) -   (no year)
    ("wire", re.compile(
        rf"(?:^|(?<=[\s(\"'“]))(?P<place>[A-Z][A-Za-z.'’-]*(?:[ /-][A-Z][A-Za-z.'’-]*){{0,3}}),\s+"
        rf"(?P<m>(?i:{_MONTH}))\b\.?\s+(?P<d>\d{{1,2}})\s*\(")),
]


def find_dateline(
    text: str, max_chars: int = 300, default_year: int | None = None
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
    window = text[: max_chars + 40]
    found: list[tuple[int, int, DateMatch]] = []
    for name, pat in _DATELINE_PATTERNS:
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
            mo = _month_num(gd["m"]) if not gd["m"].isdigit() else int(gd["m"])
            if mo is None:
                continue
            d = _mkdate(y, mo, int(gd["d"]))
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

_PRE_WD = (
    r"(?:(?:late|early)\s+(?:on\s+)?|overnight\s+(?:on\s+)?|(?:on\s+)?the\s+night\s+of\s+"
    r"|last\s+|this\s+(?:past\s+)?|next\s+|on\s+)?"
)
_EXPR_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # on Tuesday, 13 November 2015 | 13th of November | 5 July, 2015
    ("abs_dmy", re.compile(
        rf"\b(?:on\s+)?(?:{_WD_FULL},?\s+(?:the\s+)?)?(?<![\d.,])(?P<d>{_DAY}){_ORD}(?:\s+of)?\s+"
        rf"(?P<m>{_MONTH})\b\.?(?:,?\s+(?P<y>{_YEAR})(?!\d))?", _FLAGS)),
    # on Tuesday, November 13 | Nov. 13, 2015 | March 3, 2024
    ("abs_mdy", re.compile(
        rf"\b(?:on\s+)?(?:{_WD_FULL},?\s+)?(?P<m>{_MONTH})\b\.?\s+(?:the\s+)?(?P<d>{_DAY}){_ORD}(?![\d.,]\d)\b"
        rf"(?:,?\s+(?P<y>{_YEAR})(?!\d))?", _FLAGS)),
    # 13/11/2015 | 24.08.2013 | 6-09-2013
    ("abs_num", re.compile(
        rf"(?<![\d./-])(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})(?![\d])")),
    ("abs_iso", re.compile(rf"(?<![\d./-])(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")),
    # N days after <anchor> | the day before <anchor> | on the eve of <anchor>
    ("anchored", re.compile(
        rf"\b(?P<n>{_NUM}|the)\s+(?P<u>days?|weeks?|nights?)\s+"
        rf"(?P<dir>after|before|following|prior\s+to|ahead\s+of)\s+(?P<anchor>{_ANCHOR})", _FLAGS)),
    ("eve", re.compile(rf"\b(?:on\s+)?the\s+(?P<which>eve|day)\s+of\s+(?P<anchor>{_ANCHOR})", _FLAGS)),
    # late on Saturday | overnight Friday | Friday night | on Saturday and Sunday
    ("weekday", re.compile(
        rf"\b{_PRE_WD}(?P<wd>{_WD_FULL})(?P<poss>['’]s|s(?=\s+[a-z]))?\b(?:\s+{_TOD}\b)?"
        rf"(?:\s*(?:and|or|to|into|through|-|–|/)\s*(?:(?:late|early)\s+|on\s+)?(?P<wd2>{_WD_FULL})\b(?:\s+{_TOD}\b)?)?",
        _FLAGS)),
    # today, yesterday, last night, the day before yesterday, the next day ...
    ("rel_day", re.compile(
        rf"\b(?:(?:late|early|earlier|later)\s+)?(?:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow)"
        rf"(?:\s+{_TOD}\b)?"
        rf"|\b(?:(?:late|early)\s+)?last\s+night\b"
        rf"|\bthis\s+(?:morning|afternoon|evening)\b"
        rf"|\b(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+day\b"
        rf"|\bthe\s+(?:previous|prior|preceding|next|following)\s+(?:day|night|morning|evening)\b"
        rf"|\b(?:on\s+)?the\s+day\s+(?:before|after)\b", _FLAGS)),
    # N days ago | two days earlier | a week later | three days before.
    ("ago", re.compile(
        rf"\b(?P<n>{_NUM})\s+(?P<u>days?|weeks?|nights?)\s+"
        rf"(?P<dir>ago|earlier|later|previously|prior|beforehand|before(?=\s*(?:[.,;:)!?]|$))"
        rf"|after(?=\s*(?:[.,;:)!?]|$)))", _FLAGS)),
    # too vague for a day: recognised so they are not mistaken for anything else
    ("vague", re.compile(
        r"\b(?:(?:earlier|later)\s+(?:this|last|that|the\s+same)\s+(?:week|month|year)"
        r"|(?:last|this|past|previous|next|the\s+same|the\s+previous|the\s+past)\s+(?:week(?:end)?|month|year)"
        r"|(?:over|at|during)\s+the\s+weekend"
        r"|in\s+recent\s+(?:days|weeks|months)"
        r"|(?:a\s+few|several|few|some)\s+(?:days|weeks)\s+(?:ago|earlier|later|before|after)"
        r"|recently)\b", _FLAGS)),
]

# Which kind each expression pattern produces.
_KIND = {
    "abs_dmy": "absolute", "abs_mdy": "absolute", "abs_num": "absolute", "abs_iso": "absolute",
    "anchored": "anchored", "eve": "anchored", "weekday": "weekday", "rel_day": "relative",
    "ago": "relative", "vague": "relative",
}


def _plausible(name: str, m: re.Match[str]) -> bool:
    """Cheap checks that a regex hit is a date phrase and not a look-alike."""
    gd = m.groupdict()
    if gd.get("m") and not gd["m"].isdigit():
        # "may" the modal verb, "march" the verb: months must be capitalised.
        if not gd["m"][0].isupper():
            return False
    if name == "weekday":
        poss = gd.get("poss") or ""
        if poss.lower() == "s":
            pre = m.string[max(0, m.start() - 12): m.start("wd")].lower()
            if re.search(r"\b(?:on|every|most|all|some)\s*$", pre):
                return False  # habitual "on Fridays"
    if name in ("anchored", "ago"):
        u = gd["u"].lower()
        n = gd["n"].lower()
        if n == "the" and not u.startswith("day") and not u.startswith("night"):
            return False
        if n.isdigit() and int(n) > 400:
            return False
        if u in ("days", "weeks", "nights") and n in ("a", "an", "one", "the"):
            return False
    return True


def _scan(text: str, lo: int, hi: int) -> list[tuple[int, int, str, re.Match[str]]]:
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
                    tail = re.search(r"(?:^|\s+)(?:the|a|an|of)$", text[lo_anchor:e], _FLAGS)
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
    return [(h[0], h[1]) for h in _scan(text, lo, hi)]


# ---------------------------------------------------------------------------
# Resolution
# ---------------------------------------------------------------------------

def _year_for(month: int, day: int, published: datetime.date) -> datetime.date | None:
    """Day/month without a year: the year putting it closest to the publication date,
    and not more than ~2 months after it."""
    limit = published + datetime.timedelta(days=62)
    best: datetime.date | None = None
    for y in (published.year - 1, published.year, published.year + 1):
        d = _mkdate(y, month, day)
        if d is None or d > limit:
            continue
        if best is None or abs((d - published).days) < abs((best - published).days):
            best = d
    return best


def _pick_reading(cands: list[datetime.date], published: datetime.date) -> datetime.date | None:
    """Among readings of an ambiguous numeric date, the one closest to the
    publication date, preferring those not after it (+1 day)."""
    if not cands:
        return None
    limit = published + datetime.timedelta(days=1)
    past = [d for d in cands if d <= limit]
    pool = past or cands
    return min(pool, key=lambda d: abs((d - published).days))


def _weekday_date(wd: int, published: datetime.date, mode: str = "") -> datetime.date:
    delta = (published.weekday() - wd) % 7
    if mode == "last" and delta == 0:
        delta = 7
    if mode == "next":
        ahead = (wd - published.weekday()) % 7 or 7
        return published + datetime.timedelta(days=ahead)
    return published - datetime.timedelta(days=delta)


_STOPWORDS = {"the", "a", "an", "of", "in", "on", "at", "to", "and", "last", "this", "that",
              "deadly", "recent", "s"}


def _anchor_tokens(s: str) -> str:
    toks = re.findall(r"[a-z0-9]+", s.lower().replace("'s", "").replace("’s", ""))
    out = []
    for t in toks:
        if t in _STOPWORDS:
            continue
        if len(t) > 3 and t.endswith("s") and not t.endswith("ss"):
            t = t[:-1]
        out.append(t)
    return " ".join(out)


def _lookup_anchor(anchor: str, anchors: dict[str, datetime.date] | None) -> datetime.date | None:
    if not anchors:
        return None
    q = _anchor_tokens(anchor)
    if not q:
        return None
    try:
        from rapidfuzz import fuzz

        def score(a: str, b: str) -> float:
            return float(fuzz.token_set_ratio(a, b))
    except ImportError:  # pragma: no cover - rapidfuzz is a declared dependency
        import difflib

        def score(a: str, b: str) -> float:
            return 100.0 * difflib.SequenceMatcher(None, a, b).ratio()

    scored: list[tuple[float, datetime.date]] = []
    qset = set(q.split())
    for key, value in anchors.items():
        k = _anchor_tokens(key)
        if not k:
            continue
        if not (qset & set(k.split())):
            # need at least one shared content word ("Paris"), not just a fuzzy look-alike
            if score(q, k) < 90:
                continue
        scored.append((score(q, k), _to_date(value)))
    scored = [s for s in scored if s[0] >= 80]
    if not scored:
        return None
    scored.sort(key=lambda s: -s[0])
    top = scored[0][0]
    dates = {d for sc, d in scored if sc >= top - 1e-9}
    return dates.pop() if len(dates) == 1 else None  # tie between different dates: ambiguous


@lru_cache(maxsize=4096)
def _dateparser_day_month(phrase: str, published: datetime.date) -> tuple[int, int, int | None] | None:
    """Day, month and (if written) year of an absolute phrase, via dateparser. Cached."""
    try:
        import dateparser
    except ImportError:  # pragma: no cover
        return None
    base = datetime.datetime(published.year, published.month, published.day)
    settings = {
        "PREFER_DATES_FROM": "current_period",
        "RELATIVE_BASE": base,
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        dt = dateparser.parse(phrase, languages=["en"], settings=settings)
    except Exception:  # dateparser can raise on odd input
        return None
    if dt is None:
        return None
    has_year = re.search(rf"(?<!\d){_YEAR}(?!\d)|'\d\d\b", phrase) is not None
    return (dt.day, dt.month, dt.year if has_year else None)


def _resolve_match(
    name: str,
    m: re.Match[str],
    published: datetime.date,
    anchors: dict[str, datetime.date] | None,
    reference: datetime.date,
    depth: int = 0,
) -> datetime.date | None:
    gd = m.groupdict()
    if name in ("abs_dmy", "abs_mdy", "abs_iso"):
        mo = int(gd["m"]) if gd["m"].isdigit() else _month_num(gd["m"])
        if mo is None:
            return None
        day = int(gd["d"])
        if gd.get("y"):
            return _mkdate(int(gd["y"]), mo, day)
        return _year_for(mo, day, published)
    if name == "abs_num":
        a, b, y = int(gd["a"]), int(gd["b"]), int(gd["y"])
        readings = {d for d in (_mkdate(y, b, a), _mkdate(y, a, b)) if d is not None}
        return _pick_reading(sorted(readings), published)
    if name == "weekday":
        pre = m.string[m.start(): m.start("wd")].lower()
        mode = "last" if "last" in pre else "next" if "next" in pre else ""
        return _weekday_date(_WEEKDAYS[gd["wd"].lower()], published, mode)
    if name == "rel_day":
        t = re.sub(r"\s+", " ", m.group(0).lower())
        if "day before yesterday" in t:
            return published - datetime.timedelta(days=2)
        if "yesterday" in t or "last night" in t:
            return published - datetime.timedelta(days=1)
        if "tomorrow" in t:
            return published + datetime.timedelta(days=1)
        if any(w in t for w in ("today", "tonight", "this morning", "this afternoon", "this evening")):
            return published
        if re.search(r"\b(?:earlier|later) (?:in )?(?:the|that) day", t):
            return reference
        if re.search(r"previous|prior|preceding|day before", t):
            return reference - datetime.timedelta(days=1)
        if re.search(r"next|following|day after", t):
            return reference + datetime.timedelta(days=1)
        return None
    if name == "ago":
        n = _num(gd["n"])
        if n is None:
            return None
        days = n * (7 if gd["u"].lower().startswith("week") else 1)
        direction = gd["dir"].lower()
        if direction == "ago":
            return published - datetime.timedelta(days=days)
        if direction in ("later", "after"):
            return reference + datetime.timedelta(days=days)
        return reference - datetime.timedelta(days=days)
    if name in ("anchored", "eve"):
        anchor = gd["anchor"].strip(" .,;:'’-")
        base = None
        if depth == 0:
            for _s, _e, nm, im in _scan(anchor, 0, len(anchor)):
                if nm in ("anchored", "eve", "vague"):
                    continue
                base = _resolve_match(nm, im, published, anchors, reference, depth + 1)
                break
        if base is None:
            base = _lookup_anchor(anchor, anchors)
        if base is None:
            return None
        if name == "eve":
            return base - datetime.timedelta(days=1) if gd["which"].lower() == "eve" else base
        n = _num(gd["n"])
        if n is None:
            return None
        days = n * (7 if gd["u"].lower().startswith("week") else 1)
        direction = gd["dir"].lower()
        if direction.startswith(("after", "following")):
            return base + datetime.timedelta(days=days)
        return base - datetime.timedelta(days=days)
    return None  # vague


_FALLBACK_HINT = re.compile(rf"\b{_MONTH}\b", _FLAGS)


def _resolve_phrase(
    phrase: str,
    published: datetime.date,
    anchors: dict[str, datetime.date] | None,
    reference: datetime.date | None,
    allow_future: bool,
) -> tuple[datetime.date | None, str | None]:
    """Resolve the main date phrase inside ``phrase``; returns (date, kind)."""
    published = _to_date(published)
    hits = _scan(phrase, 0, len(phrase))
    if hits:
        # the longest phrase is the most specific one
        _s, _e, name, m = max(hits, key=lambda h: (h[1] - h[0], -h[0]))
        return _resolve_hit(name, m, published, anchors, reference, allow_future)
    # Rules found nothing: let dateparser try short phrases with a month name and a digit.
    result: datetime.date | None = None
    kind: str | None = None
    if len(phrase) <= 60 and _FALLBACK_HINT.search(phrase) and re.search(r"\d", phrase):
        dm = _dateparser_day_month(phrase.strip(), published)
        if dm is not None:
            d, mo, y = dm
            result = _mkdate(y, mo, d) if y is not None else _year_for(mo, d, published)
            kind = "absolute"
    return _future_check(result, published, allow_future), kind


def _future_check(d: datetime.date | None, published: datetime.date, allow_future: bool) -> datetime.date | None:
    if d is not None and not allow_future and d > published + datetime.timedelta(days=1):
        return None
    return d


def _resolve_hit(
    name: str,
    m: re.Match[str],
    published: datetime.date,
    anchors: dict[str, datetime.date] | None,
    reference: datetime.date | None,
    allow_future: bool,
) -> tuple[datetime.date | None, str]:
    ref = _to_date(reference) if reference is not None else published
    try:
        d = _resolve_match(name, m, published, anchors, ref)
    except (ValueError, OverflowError):
        d = None
    return _future_check(d, published, allow_future), _KIND[name]


def resolve_date(
    phrase: str,
    published: datetime.date,
    anchors: dict[str, datetime.date] | None = None,
    *,
    reference: datetime.date | None = None,
    allow_future: bool = False,
) -> datetime.date | None:
    """Resolve one phrase relative to the publication date.

    ``anchors`` maps names of known events ("Paris attacks") to their dates, for
    "four days after the Paris attacks". ``reference`` is the date that
    "two days earlier" / "the next day" count from (default: ``published``).
    With ``allow_future=False`` a result more than a day after ``published`` is
    None. See the module docstring for the rules. Returns None for vague or
    unparseable phrases.
    """
    if not phrase or published is None:
        return None
    try:
        return _resolve_phrase(phrase, published, anchors, reference, allow_future)[0]
    except (ValueError, OverflowError):
        return None


_REPORTING = re.compile(
    r"\b(?:said|says|say|reported|reports|announced|announces|stated|added|confirmed|claimed"
    r"|noted|declared|warned|denied|told(?:\s+[\w-]+){1,3}|according\s+to(?:\s+[\w-]+){1,4})"
    r"(?:\s+in\s+a\s+(?:statement|report))?\s*,?\s*$",
    _FLAGS,
)
_RANGE_START = re.compile(r"\b(?:since|until|till|from|starting|through)\s*$", _FLAGS)
_RANK = {"weekday": 0, "relative": 0, "absolute": 0, "anchored": 1}


def _context_penalty(text: str, s: int) -> int:
    """0: a plain date phrase; 1: attached to a reporting verb ("said on Monday");
    2: the start or end of a period ("since Saturday", "until Friday")."""
    before = text[max(0, s - 40): s]
    if _RANGE_START.search(before):
        return 2
    if _REPORTING.search(before):
        return 1
    return 0


def resolve_in_span(
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
) -> DateMatch | None:
    """Best event date stated inside text[start:end] (e.g. a sentence); None if none.

    Candidates are the phrases of :func:`find_date_expressions` that resolve to a
    day (only those whose kind is in ``kinds``, if given). Preference order:
    plain phrases over those attached to a reporting verb ("a monitor said on
    Wednesday": the date of the statement, not of the event) and over period
    bounds ("killed since Saturday"); day-precise phrases (weekday,
    "yesterday", explicit day) over anchored ones ("two days after X"); then the
    leftmost. With ``reporting=False`` reporting-verb dates and period bounds
    are never returned.
    """
    if not text or published is None:
        return None
    published = _to_date(published)
    cands: list[tuple[tuple[int, int, int], DateMatch]] = []
    n = len(text)
    lo = max(0, min(start, n))
    hi = n if end is None else max(lo, min(end, n))
    for s, e, name, m in _scan(text, lo, hi):
        d, kind = _resolve_hit(name, m, published, anchors, reference, allow_future)
        if d is None:
            continue
        if kinds is not None and kind not in kinds:
            continue
        penalty = _context_penalty(text, s)
        if penalty and not reporting:
            continue
        cands.append(((penalty, _RANK.get(kind, 2), s), DateMatch(d, text[s:e], s, e, kind)))
    if not cands:
        return None
    cands.sort(key=lambda c: c[0])
    return cands[0][1]
