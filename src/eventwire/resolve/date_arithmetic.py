"""Calendar arithmetic of date phrases: the day a phrase found by `date_phrases` stands for.

Rules (the module docstring of `dates.py` lists them in full): a weekday is the most
recent one on or before publication (the next one on or after it when the verb is in
the future tense); a date without a year takes the year nearest publication (the one
before or after it, by tense); a month, a week or a year stands for its first day;
"N days after <anchor>" counts from the anchor, read as a date or looked up among known
events; dateparser reads odd absolute phrases, cached.
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache

from .date_phrases import (WEEKDAYS, YEAR_RE, count_number, make_date, month_number, precision_of, scan_dates,
                           to_date)

DAYS_PER_WEEK = 7
MONTHS_PER_YEAR = 12
SATURDAY = 5  # datetime's weekday(): Monday is 0; a weekend is dated by its Saturday
# A report may carry the next day's date (time zones, a late edition): a day after
# publication is still the past; more than that is a future date.
FUTURE_TOLERANCE_DAYS = 1
# A day and month without a year may lie up to about two months after publication (a date
# announced ahead); a reading further on is taken from the year before.
YEARLESS_FUTURE_DAYS = 62
# News style writes a date of the current year without its year and gives the year of any other;
# only around the turn of the year does a yearless date in the past tense reach back into the
# year before ("Dec. 28" in a January report). A past-tense reading further back is no reading:
# "bombarded a rally for the June 3 poll" in a May report dates the poll ahead, not the raid.
YEARLESS_PAST_DAYS = 92
# An anchor sharing no word with a known event's name must look this alike (token-set
# ratio) to be that event: a misspelling, not merely another name.
ANCHOR_LOOKALIKE_SCORE = 90
# The least token-set ratio for an anchor to name a known event at all.
ANCHOR_MIN_SCORE = 80
# dateparser is slow: its answers for distinct (phrase, publication day) pairs kept
DATEPARSER_CACHE_SIZE = 4096


def year_for(month: int, day: int, published: datetime.date) -> datetime.date | None:
    """Day/month without a year: the year putting it closest to the publication date,
    and not more than ~2 months after it."""
    limit = published + datetime.timedelta(days=YEARLESS_FUTURE_DAYS)
    best: datetime.date | None = None
    for y in (published.year - 1, published.year, published.year + 1):
        d = make_date(y, month, day)
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
    limit = published + datetime.timedelta(days=FUTURE_TOLERANCE_DAYS)
    past = [d for d in cands if d <= limit]
    pool = past or cands
    return min(pool, key=lambda d: abs((d - published).days))


def _weekday_date(wd: int, published: datetime.date, mode: str = "") -> datetime.date:
    """The weekday `wd` on or before the publication day; "last": strictly before; "next": strictly
    after; "future" (a verb in the future tense, "will meet on Sunday"): on or after."""
    delta = (published.weekday() - wd) % DAYS_PER_WEEK
    if mode == "last" and delta == 0:
        delta = DAYS_PER_WEEK
    if mode in ("next", "future"):
        ahead = (wd - published.weekday()) % DAYS_PER_WEEK
        if mode == "next" and ahead == 0:
            ahead = DAYS_PER_WEEK
        return published + datetime.timedelta(days=ahead)
    return published - datetime.timedelta(days=delta)


def _year_by_tense(month: int, day: int, published: datetime.date, tense: str | None) -> datetime.date | None:
    """A day and month without a year: in the past tense the last such day by publication (+1 day
    for time zones) within its year or `YEARLESS_PAST_DAYS` before it, in the future tense the next one from it, else the nearest (`year_for`)."""
    if tense is None:
        return year_for(month, day, published)
    readings = [d for d in (make_date(y, month, day) for y in range(published.year - 1, published.year + 2)) if d]
    if tense == "past":
        past = [d for d in readings if d <= published + datetime.timedelta(days=FUTURE_TOLERANCE_DAYS)
                and (d.year == published.year or (published - d).days <= YEARLESS_PAST_DAYS)]
        return max(past) if past else None
    ahead = [d for d in readings if d >= published]
    return min(ahead) if ahead else None


def _month_start(published: datetime.date, months_back: int) -> datetime.date:
    """The first day of the month `months_back` before publication's (negative: after)."""
    index = published.year * MONTHS_PER_YEAR + published.month - 1 - months_back
    return datetime.date(index // MONTHS_PER_YEAR, index % MONTHS_PER_YEAR + 1, 1)


def _period_day(name: str, gd: dict, published: datetime.date, reference: datetime.date,
                tense: str | None) -> datetime.date | None:
    """The first day of a month, week or year: "in March" (the last March by publication, the
    next one in the future tense), "last month", "earlier this week", "last year"; "over the
    weekend" is the weekend's Saturday."""
    if name == "month_name":
        mo = month_number(gd.get("m") or gd["m2"])
        y = gd.get("y") or gd.get("y2")
        if mo is None:
            return None
        if y:
            return datetime.date(int(y), mo, 1)
        back = (published.month - mo) % MONTHS_PER_YEAR
        if tense == "future" and back:
            back -= MONTHS_PER_YEAR
        return _month_start(published, back)
    which = re.sub(r"\s+", " ", (gd.get("which") or "").lower())
    shift = {"last": 1, "previous": 1, "next": -1, "the previous": 1}.get(which, 0)
    base = reference if which.startswith("the ") else published
    if name == "weekend":
        saturday = _weekday_date(SATURDAY, base, "future" if which == "next" or tense == "future" else "")
        if which == "next" and saturday == base:
            saturday += datetime.timedelta(days=DAYS_PER_WEEK)
        return saturday
    unit = gd["u"].lower()
    if unit == "week":
        monday = base - datetime.timedelta(days=base.weekday())
        return monday - datetime.timedelta(days=DAYS_PER_WEEK * shift)
    if unit == "month":
        return _month_start(base, shift)
    return datetime.date(base.year - shift, 1, 1)


_STOPWORDS = {"the", "a", "an", "of", "in", "on", "at", "to", "and", "last", "this", "that",
              "deadly", "recent", "s"}


def _anchor_tokens(s: str) -> str:
    """Content words of an anchor, singular: "the deadly Paris attacks" → "paris attack"."""
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
    """The date of the known event an anchor names; None if none, or if the best names disagree."""
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
            if score(q, k) < ANCHOR_LOOKALIKE_SCORE:
                continue
        scored.append((score(q, k), to_date(value)))
    scored = [s for s in scored if s[0] >= ANCHOR_MIN_SCORE]
    if not scored:
        return None
    scored.sort(key=lambda s: -s[0])
    top = scored[0][0]
    dates = {d for sc, d in scored if sc >= top - 1e-9}
    return dates.pop() if len(dates) == 1 else None  # tie between different dates: ambiguous


@lru_cache(maxsize=DATEPARSER_CACHE_SIZE)
def dateparser_day_month(phrase: str, published: datetime.date) -> tuple[int, int, int | None] | None:
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
    has_year = re.search(rf"(?<!\d){YEAR_RE}(?!\d)|'\d\d\b", phrase) is not None
    return (dt.day, dt.month, dt.year if has_year else None)


def resolve_match(
    name: str,
    m: re.Match[str],
    published: datetime.date,
    anchors: dict[str, datetime.date] | None,
    reference: datetime.date,
    depth: int = 0,
    tense: str | None = None,
) -> datetime.date | None:
    """The day a phrase found by pattern `name` stands for (a month, week or year: its first
    day); None if vague or unknown. `reference` is the day "the day before" and "two days
    later" count from; `tense` ("past", "future" or None) of the verb the phrase goes with
    decides which way a weekday or a date without a year is read."""
    gd = m.groupdict()
    if name in ("abs_dmy", "abs_mdy", "abs_iso", "abs_num"):
        return _absolute_day(name, gd, published, tense)
    if name == "weekday":
        pre = m.string[m.start(): m.start("wd")].lower()
        mode = "last" if "last" in pre else "next" if "next" in pre else "future" if tense == "future" else ""
        return _weekday_date(WEEKDAYS[gd["wd"].lower()], published, mode)
    if name in ("month_name", "rel_period", "weekend"):
        return _period_day(name, gd, published, reference, tense)
    if name == "rel_day":
        return _relative_day(m.group(0), published, reference)
    if name == "ago":
        return _counted_day(gd, published, reference)
    if name in ("anchored", "eve"):
        return _anchored_day(name, gd, published, anchors, reference, depth)
    return None  # vague


def _days_of(gd: dict) -> int | None:
    """The days a count of days or weeks stands for ("two weeks" → 14)."""
    n = count_number(gd["n"])
    if n is None:
        return None
    return n * (DAYS_PER_WEEK if gd["u"].lower().startswith("week") else 1)


def _absolute_day(name: str, gd: dict, published: datetime.date, tense: str | None = None) -> datetime.date | None:
    """A written date: with its year as written, without one the year nearest publication;
    a numeric date readable both ways takes the reading nearest publication."""
    if name == "abs_num":
        a, b, y = int(gd["a"]), int(gd["b"]), int(gd["y"])
        readings = {d for d in (make_date(y, b, a), make_date(y, a, b)) if d is not None}
        return _pick_reading(sorted(readings), published)
    mo = int(gd["m"]) if gd["m"].isdigit() else month_number(gd["m"])
    if mo is None:
        return None
    day = int(gd["d"])
    if gd.get("y"):
        return make_date(int(gd["y"]), mo, day)
    return _year_by_tense(mo, day, published, tense)


def _relative_day(phrase: str, published: datetime.date, reference: datetime.date) -> datetime.date | None:
    """"yesterday", "today", "last night" count from publication; "the day before",
    "the next day", "earlier that day" from the reference day."""
    t = re.sub(r"\s+", " ", phrase.lower())
    if "day before yesterday" in t:
        return published - datetime.timedelta(days=2)
    if "yesterday" in t or "last night" in t:
        return published - datetime.timedelta(days=1)
    if "tomorrow" in t:
        return published + datetime.timedelta(days=1)
    # "overnight" alone: the night that ends on the report's morning (measured: the report's day
    # on the record gold's tune half and on FA-KES, not the evening before)
    if any(w in t for w in ("today", "tonight", "overnight", "this morning", "this afternoon", "this evening")):
        return published
    if re.search(r"\b(?:earlier|later) (?:in )?(?:the|that) day", t):
        return reference
    if re.search(r"previous|prior|preceding|day before", t):
        return reference - datetime.timedelta(days=1)
    if re.search(r"next|following|day after", t):
        return reference + datetime.timedelta(days=1)
    return None


def _counted_day(gd: dict, published: datetime.date, reference: datetime.date) -> datetime.date | None:
    """"three days ago" counts back from publication; "two days earlier/later" from the reference day."""
    days = _days_of(gd)
    if days is None:
        return None
    direction = gd["dir"].lower()
    if direction == "ago":
        return published - datetime.timedelta(days=days)
    if direction in ("later", "after"):
        return reference + datetime.timedelta(days=days)
    return reference - datetime.timedelta(days=days)


def _anchored_day(name: str, gd: dict, published: datetime.date, anchors: dict[str, datetime.date] | None,
                  reference: datetime.date, depth: int) -> datetime.date | None:
    """"four days after the Paris attacks", "on the eve of March 3": the anchor is read as
    a date phrase first ("two days after March 3"), else looked up among known events."""
    anchor = gd["anchor"].strip(" .,;:'’-")
    base = None
    if depth == 0:
        for _s, _e, nm, im in scan_dates(anchor, 0, len(anchor)):
            if nm in ("anchored", "eve", "vague") or precision_of(nm, im) != "day":
                continue  # "two days after March" counts from no day
            base = resolve_match(nm, im, published, anchors, reference, depth + 1)
            break
    if base is None:
        base = _lookup_anchor(anchor, anchors)
    if base is None:
        return None
    if name == "eve":
        return base - datetime.timedelta(days=1) if gd["which"].lower() == "eve" else base
    days = _days_of(gd)
    if days is None:
        return None
    if gd["dir"].lower().startswith(("after", "following")):
        return base + datetime.timedelta(days=days)
    return base - datetime.timedelta(days=days)
