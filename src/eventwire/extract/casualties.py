"""Death and injury counts with their qualifiers and victim categories.

Patterns cover the phrasings of wire copy: "killed at least 22", "129 people dead",
"left 129 people dead", "the death toll rose to 126", "six civilians including a
child were killed", "wounding 32". Offsets point at the figure's whole phrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Count

_NUMWORDS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12,
}
_QUAL = {
    "at least": "at_least", "no fewer than": "at_least", "a minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "about": "about", "around": "about", "some": "about", "nearly": "about", "almost": "about",
    "approximately": "about", "roughly": "about", "an estimated": "about", "close to": "about",
    "up to": "up_to", "as many as": "up_to",
}
_NUM = (r"(?:\d{1,3}(?:,\s?\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a dozen|a hundred|one|two|three|four|five|"
        r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
        r"nineteen|twenty)")
_Q = r"(?:(?P<q>at least|no fewer than|more than|over|upwards of|about|around|some|nearly|almost|approximately|roughly|an estimated|close to|up to|as many as)\s+)?"
VICTIMS = r"(?:people|persons|civilians|children|kids|women|men|soldiers|troops|fighters|militants|rebels|" \
          r"members|policemen|police officers|officers|personnel|residents|protesters|demonstrators|" \
          r"worshippers|students|workers|migrants|refugees|terrorists|jihadists|insurgents|others|" \
          r"babies|victims|pilgrims|passengers|servicemen|gunmen|attackers|family members|individuals)"
# Up to three words may describe the victims ("22 unarmed young men")
_ADJ = r"(?:(?:[A-Za-z-]+\s+){0,3}?)"
_KILL = r"(?:killed|dead|died|slain|martyred|perished|lost their lives|killing|deaths|were killed|was killed|fatalities)"
_INJ = r"(?:injured|wounded|hurt|injuring|wounding|injuries)"

# The words between a figure and its verb may not hold another figure or outcome
# ("killed 5 people and injured 32": 5 is not the injured count).
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|twenty|thirty|forty|fifty"
# How far a figure may stand from its verb: "22 people, among them children, were
# killed" reaches the verb; a wider gap would reach into the next clause's outcome.
# An injury count's verb stays closer ("32 others were hurt").
KILLED_GAP_CHARS = 40
INJURED_GAP_CHARS = 30


def _gap(max_chars: int) -> str:
    """Up to max_chars characters of one clause holding no other figure or outcome."""
    return (rf"(?:(?!\d|[()–—]|\b(?:killed|killing|dead|died|martyred|injur\w*|wound\w*|hurt|{_NUMBER_WORDS})\b)[^.;])"
            rf"{{0,{max_chars}}}?")


_KILLED_GAP = _gap(KILLED_GAP_CHARS)
_INJURED_GAP = _gap(INJURED_GAP_CHARS)
# "At least 12 people, including five children, were killed": the aside is skipped
_AMONG = r"(?:\s*,\s*(?:including|among them|mostly|most of them)\s+[^,.;]{1,40},)?"

_PATTERNS = [
    # "killed at least 22 people", "killing six", "left 129 people dead"
    ("killed", re.compile(rf"\b(?:killed|killing|kills|kill|claimed the lives of|left)\s+{_Q}(?P<n>{_NUM})\b(?:\s+{_ADJ}(?P<v>{VICTIMS}))?(?:\s+(?:dead))?", re.I)),
    ("injured", re.compile(rf"\b(?:injured|wounded|injuring|wounding|injures|wounds)\s+{_Q}(?P<n>{_NUM})\b(?:\s+{_ADJ}(?P<v>{VICTIMS}))?", re.I)),
    # "the death toll rose to 126", "death toll of at least 70" (up to 100 characters apart:
    # "the death toll from Friday's attacks on the capital has risen to 130")
    ("killed", re.compile(rf"\b(?:death toll|toll|number of (?:people |those |civilians )?(?:killed|dead)|number of deaths)\b"
                          rf"[^.;]{{0,100}}?\b(?:to|of|at|reached|is|was|hit|stands at|stood at)\s+{_Q}(?P<n>{_NUM})\b", re.I)),
    # "the killing of 15 civilians", "the deaths of 12 people"
    ("killed", re.compile(rf"\b(?:killing|killings|deaths?|massacre|murder) of\s+{_Q}(?P<n>{_NUM})\b(?:\s+{_ADJ}(?P<v>{VICTIMS}))?", re.I)),
    # "22 people were killed", "129 dead", "six civilians including a child were killed"
    ("killed", re.compile(rf"{_Q}(?P<n>{_NUM})\s+{_ADJ}(?P<v>{VICTIMS})?{_AMONG}{_KILLED_GAP}\b(?:were|was|have been|had been|are|got)?\s*(?:killed|dead|died|slain|martyred|perished|lost their lives)\b", re.I)),
    ("killed", re.compile(rf"{_Q}(?P<n>{_NUM})\s+(?:deaths|fatalities|dead)\b", re.I)),
    ("injured", re.compile(rf"{_Q}(?P<n>{_NUM})\s+{_ADJ}(?P<v>{VICTIMS})?{_AMONG}{_INJURED_GAP}\b(?:were|was|have been|had been|are)?\s*(?:injured|wounded|hurt)\b", re.I)),
    ("injured", re.compile(rf"{_Q}(?P<n>{_NUM})\s+(?:injuries|wounded|injured)\b", re.I)),
]


# A figure above this is no casualty count (a population, a sum of money)
MAX_COUNT = 1_000_000
# Numbers in this range without a qualifier are years or clock times ("in 2015", "at 2100")
YEAR_LIKE = range(1900, 2101)
# "no one was killed", "none of the passengers were hurt": the negation just before the
# figure ("none of the " is 12 characters)
NEGATION_LOOKBACK_CHARS = 12
# "..., including five children": the aside naming the victims follows within this many characters
VICTIM_ASIDE_CHARS = 40


@dataclass
class CasualtyMention:
    kind: str  # killed | injured
    count: Count
    anchor: int  # char offset of the verb/noun that says dead or injured (for attachment)


def parse_number(s: str) -> int | None:
    s = s.lower().strip()
    s2 = re.sub(r"[,\s]", "", s)
    if s2.isdigit():
        return int(s2)
    if s in _NUMWORDS:
        return _NUMWORDS[s]
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and parts[0] in _NUMWORDS and parts[1] in _NUMWORDS:
        return _NUMWORDS[parts[0]] + _NUMWORDS[parts[1]]
    return None


def find_casualties(text: str, start: int, end: int) -> list[CasualtyMention]:
    """Casualty figures in text[start:end]; offsets are into text."""
    seg = text[start:end]
    found: list[CasualtyMention] = []
    used: list[tuple[int, int, str]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(seg):
            n = parse_number(m.group("n"))
            if n is None or n == 0 or n > MAX_COUNT:
                continue
            ns, ne = m.start("n"), m.end("n")
            if re.search(r"\b(?:no|none of the)\s*$", seg[max(0, ns - NEGATION_LOOKBACK_CHARS):ns], re.I):
                continue  # "no one was killed"
            # Years and times are not tolls ("in 2015", "at 0914")
            if n in YEAR_LIKE and not m.group("q"):
                continue
            if any(a <= ns < b for a, b, _ in used):
                continue  # one figure is one count: "killed 5 people and wounded 32"
            qs = m.start("q") if m.group("q") else ns
            phrase_end = m.end("v") if m.groupdict().get("v") else ne
            q = _QUAL.get(m.group("q").lower(), "exact") if m.group("q") else "exact"
            victims = None
            if m.groupdict().get("v"):
                victims = m.group("v").lower()
            # "including five children" right after: note the vulnerable category
            tail = seg[m.end():m.end() + VICTIM_ASIDE_CHARS].lower()
            if victims in (None, "people", "persons", "others") and re.match(r"\s*,?\s*(?:mostly|all|including)\s+(?:\w+\s+)?(civilians|children|women)", tail):
                victims = re.match(r"\s*,?\s*(?:mostly|all|including)\s+(?:\w+\s+)?(civilians|children|women)", tail).group(1)
            c = Count(value=n, qualifier=q, text=text[start + qs:start + phrase_end],
                      start=start + qs, end=start + phrase_end, victims=victims)
            used.append((ns, ne, kind))
            found.append(CasualtyMention(kind, c, start + m.start()))
    found.sort(key=lambda c: c.count.start)
    return found
