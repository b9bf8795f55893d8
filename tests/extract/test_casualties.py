"""Casualty figures: value, qualifier, victims, kind, and evidence offsets."""
from __future__ import annotations

import pytest

from eventwire.extract.casualties import find_casualties, parse_number


def figures(text: str, kind: str | None = None):
    found = find_casualties(text, 0, len(text))
    for f in found:  # evidence: every figure's text is its slice of the input
        assert text[f.count.start:f.count.end] == f.count.text
    return [f for f in found if kind is None or f.kind == kind]


def killed(text):
    return [(f.count.value, f.count.qualifier) for f in figures(text, "killed")]


def injured(text):
    return [(f.count.value, f.count.qualifier) for f in figures(text, "injured")]


@pytest.mark.parametrize("text,value,qualifier", [
    ("Air strikes killed at least 22 people in the town.", 22, "at_least"),
    ("The blast killed no fewer than 9 people.", 9, "at_least"),
    ("The bombing killed more than 30 civilians.", 30, "more_than"),
    ("The raid killed over 40 fighters.", 40, "more_than"),
    ("Shelling killed about 15 people.", 15, "about"),
    ("Shelling killed nearly 40 people.", 40, "about"),
    ("Shelling killed an estimated 300 people.", 300, "about"),
    ("Clashes killed up to 40 fighters.", 40, "up_to"),
    ("Clashes killed as many as 60 fighters.", 60, "up_to"),
    ("The blast killed 17 people.", 17, "exact"),
])
def test_qualifiers(text, value, qualifier):
    assert killed(text) == [(value, qualifier)]


@pytest.mark.parametrize("text,value", [
    ("Five children were killed in the attack.", 5),
    ("The raid killed twenty-five people.", 25),
    ("Gunmen killed a dozen villagers on Sunday.", 12),
    ("The ambush killed eleven soldiers.", 11),
    ("A bomb killed 1,200 people.", 1200),
    ("Ninety people died in the fighting.", 90),
])
def test_number_words_and_formats(text, value):
    assert [v for v, _ in killed(text)] == [value]


@pytest.mark.parametrize("s,n", [("twenty-five", 25), ("Twelve", 12), ("a dozen", 12), ("1,200", 1200),
                                 ("1, 900", 1900), ("forty two", 42), ("many", None)])
def test_parse_number(s, n):
    assert parse_number(s) == n


def test_left_people_dead():
    text = "The Paris attacks left 129 people dead."
    (f,) = figures(text, "killed")
    assert (f.count.value, f.count.qualifier) == (129, "exact")
    assert "129" in f.count.text


def test_death_toll_rose_to():
    text = "The death toll rose to 126 on Sunday, officials said."
    (f,) = figures(text, "killed")
    assert f.count.value == 126 and f.count.qualifier == "exact"
    assert text[f.count.start:f.count.end].startswith("126")


def test_death_toll_with_qualifier():
    assert killed("The death toll from the strike reached at least 70.") == [(70, "at_least")]


@pytest.mark.parametrize("text,victims", [
    ("The strike killed six civilians.", "civilians"),
    ("Five children were killed.", "children"),
    ("The ambush killed eleven soldiers.", "soldiers"),
    ("Clashes killed 14 militants.", "militants"),
    ("The blast killed 20 people, mostly civilians.", "civilians"),
])
def test_victim_categories(text, victims):
    (f,) = figures(text, "killed")
    assert f.count.victims == victims


def test_injured():
    assert injured("The explosion wounded 32 people.") == [(32, "exact")]
    assert injured("At least 14 people were injured.") == [(14, "at_least")]
    assert injured("The blast killed two people, wounding 32.") == [(32, "exact")]
    assert killed("The blast killed two people, wounding 32.") == [(2, "exact")]


def test_killed_and_wounded_are_not_confused():
    # the death toll must not be read as the injured count too
    text = "The strike killed 5 people and wounded 32 others."
    assert killed(text) == [(5, "exact")]
    assert injured(text) == [(32, "exact")]


def test_killed_and_wounded_passive():
    text = "Twelve soldiers were killed and 20 wounded."
    assert killed(text) == [(12, "exact")]
    assert injured(text) == [(20, "exact")]


@pytest.mark.parametrize("text", [
    "A 2015 attack killed four people.",
    "In 2014 people died in the fighting.",
    "The 2011 uprising killed thousands.",
])
def test_years_are_not_tolls(text):
    assert all(not (1900 <= v <= 2100) for v, _ in killed(text) + injured(text))


def test_year_beside_a_real_toll():
    assert killed("In 2015, troops killed three militants.") == [(3, "exact")]


def test_zero_and_absent_figures():
    assert figures("No one was killed in the incident.") == []
    assert figures("The talks ended without agreement on Monday.") == []


def test_offsets_into_larger_text():
    prefix = "Officials met in the capital. "
    sent = "The raid killed at least 7 people."
    text = prefix + sent + " Talks resume tomorrow."
    found = find_casualties(text, len(prefix), len(prefix) + len(sent))
    assert len(found) == 1
    c = found[0].count
    assert text[c.start:c.end] == c.text == "at least 7 people"
    assert c.start >= len(prefix)
