"""Tests for eventwire.extract.definite_doers: "the jets", "the gunmen" restate the doer just told."""
from __future__ import annotations


def _assaults(run_text, text):
    return [e for e in run_text(text, "2016-05-03").events if e.type == "ASSAULT"]


def test_the_jets_are_the_doers_just_told_not_the_storys_own_state(run_text):
    # a Syrian story: the lexicon alone reads "the jets" as Syrian forces, a second incident
    events = _assaults(run_text, "A Russian airstrike hit the Syrian city of Aleppo on Saturday, killing eight Syrian "
                                 "civilians, the Syrian Observatory said. The jets targeted the neighbourhood of "
                                 "al-Sakhour in Syria's north, Syrian activists said.")
    assert len(events) == 1 and "Syrian government forces" not in [a.name for a in events[0].actors]


def test_the_gunmen_are_the_group_just_told(run_text):
    # another day: a second incident, by the same group
    events = _assaults(run_text, "Boko Haram fighters stormed a village in Borno state in Nigeria on Monday. The "
                                 "gunmen killed 12 Nigerian villagers on Tuesday, Nigerian police said.")
    killed = next(e for e in events if e.trigger.text == "killed")
    assert [a.name for a in killed.actors] == ["Boko Haram"] and killed.actors[0].text == "The gunmen"


def test_a_definite_noun_with_nothing_before_it_keeps_its_own_reading(run_text):
    (ev,) = _assaults(run_text, "The jets bombed a market in Idlib on Monday, killing 12 people.")
    assert [a.text for a in ev.actors] == ["The jets"]
