"""Delayed identification by age: a report describes a person first ("A 24-year-old man was
arrested Friday") and names them later with their age ("John Smith, 24, of Dayton"), or the other
way round. The one person the report gives that age is the one described."""
from __future__ import annotations

import re

# "John Smith, 24, of Dayton", "John Smith (24)", "John Smith, a 24-year-old ..."
_AGE_AFTER_NAME = re.compile(r"\s*(?:,\s*(?:an?\s+)?(\d{1,3})(?:-year-old\b|\s*[,.;)])|\((\d{1,3})\))")
# "a 24-year-old man", "the 24-year-old": a description by age
_AGE_IN_DESCRIPTION = re.compile(r"\b(\d{1,3})-year-old\b")
# Characters after a name that its age may take ("Name, a 24-year-old")
AGE_WINDOW_CHARS = 20


def described_age(phrase: str) -> int | None:
    """The age a description gives ("A 21-year-old Blue Springs man" → 21), if just one."""
    ages = _AGE_IN_DESCRIPTION.findall(phrase)
    return int(ages[0]) if len(ages) == 1 else None


def people_by_age(text: str, people: list[tuple[int, str]]) -> dict[int, set[str]]:
    """age → the names given that age, from (end offset, name) of each person the text names."""
    out: dict[int, set[str]] = {}
    for end, name in people:
        m = _AGE_AFTER_NAME.match(text, end, end + AGE_WINDOW_CHARS)
        if m:
            out.setdefault(int(m.group(1) or m.group(2)), set()).add(name)
    return out


def person_of_age(phrase: str, ages: dict[int, set[str]]) -> str | None:
    """The one person named with the age the description gives; None where none or several are."""
    age = described_age(phrase)
    names = ages.get(age, set()) if age is not None else set()
    return next(iter(names)) if len(names) == 1 else None
