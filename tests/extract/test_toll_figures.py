"""Tests for eventwire.extract.casualties.toll_figures: a target that is only its toll's figure."""
from __future__ import annotations

from eventwire.extract.casualties import toll_figures
from eventwire.model import Actor, Count

# "Air strikes hit Idlib, killing 12 and wounding three others, among them a baby."
KILLED = Count(12, "exact", "12", 30, 32)
INJURED = Count(3, "exact", "three others", 46, 58)


def target(text: str, start: int, name: str | None = None) -> Actor:
    return Actor(text, start, start + len(text), name, None, None)


def test_a_bare_figure_inside_its_toll_is_no_target():
    twelve, others = target("12", 30), target("three others", 46)
    assert toll_figures([twelve, others], [KILLED, INJURED]) == [twelve]  # "three others": people told


def test_a_bare_figure_that_restates_its_toll_is_no_target():
    """"... killed around 32 civilians ... activists said around 32 have been killed": the second
    figure, outside the toll's words, is the toll again; another figure is not."""
    toll = Count(32, "about", "around 32 civilians", 30, 49)
    again, other, more = target("around 32", 120), target("around 40", 160), target("another 32", 200)
    assert toll_figures([again, other, more], [toll]) == [again]


def test_people_named_or_described_and_counts_with_no_toll_stay_targets():
    baby = target("a baby", 70)
    named = target("12", 30, name="Syrian civilians")  # the resolver named who they were
    arrested = target("14", 80)  # "arrests 14": no toll holds the figure
    assert toll_figures([baby, named, arrested], [KILLED, INJURED, None]) == []
    person = target("one person", 30)  # a noun says who: kept, though inside the toll's words
    assert toll_figures([person], [Count(1, "exact", "one person", 30, 40)]) == []
