"""Casualty figures with qualifiers: when two reports' numbers say the same thing.

"at least 40" and 43 agree; 12 and 15 do not, even though a toll that rises from
12 to 15 is not a contradiction (conflicts.py tells those apart by date).
"""
from __future__ import annotations

from ..model import Count

# An open-ended figure ("at least 40") covers a little more than its value; a far
# higher later figure is a new toll, not the same statement.
OPEN_SLACK = 0.10
ABOUT_SLACK = 0.15


def _slack(value: int, share: float) -> float:
    return max(1.0, share * value)


def interval(c: Count) -> tuple[float, float]:
    """The true values figure `c` is consistent with."""
    v, q = c.value, c.qualifier
    if q == "at_least":
        return v, v + _slack(v, OPEN_SLACK)
    if q == "more_than":
        return v + 1, v + 1 + _slack(v, OPEN_SLACK)
    if q == "up_to":
        return v - _slack(v, OPEN_SLACK), v
    if q == "about":
        return v - _slack(v, ABOUT_SLACK), v + _slack(v, ABOUT_SLACK)
    return v, v


def compatible(a: Count, b: Count) -> bool:
    """Two figures that could both be true of the same toll at the same time."""
    (alo, ahi), (blo, bhi) = interval(a), interval(b)
    return alo <= bhi and blo <= ahi


def closeness(a: int, b: int) -> float:
    """1 for equal figures, falling with their ratio: tolls rise, so far apart is weak evidence."""
    if a == b:
        return 1.0
    lo, hi = min(a, b), max(a, b)
    if lo == 0:
        return 0.0
    ratio = lo / hi
    return 1.0 if ratio >= 0.75 else 0.6 if ratio >= 0.5 else 0.3 if ratio >= 0.25 else 0.0


def describe(c: Count) -> str:
    prefix = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "up_to": "up to "}
    return prefix.get(c.qualifier, "") + str(c.value)
