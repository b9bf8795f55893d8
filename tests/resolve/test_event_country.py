"""Tests for eventwire.resolve.event_country: sufferers described without a country belong to
the country where their event happened. The actor resolver is the real one."""
from __future__ import annotations

import pytest

from eventwire.model import Actor
from eventwire.resolve.actors import ActorResolver
from eventwire.resolve.event_country import focus_dependent, in_event_country


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


def test_described_sufferers_take_the_events_country(resolver):
    # resolved by a story whose focus was the US
    civilians = Actor("eight civilians", 40, 55, name="US civilians", country="USA", sector="CVL")
    assert focus_dependent(civilians, resolver)
    here = in_event_country(civilians, "SYR", resolver)
    assert (here.name, here.country, here.sector) == ("Syrian civilians", "SYR", "CVL")
    assert (here.text, here.start, here.end) == ("eight civilians", 40, 55)  # the evidence stays
    assert civilians.country == "USA"  # a new actor; the draft's own is not changed in place


@pytest.mark.parametrize("actor", [
    Actor("Russian pilots", 0, 14, name="Russian government forces", country="RUS", sector="MIL"),
    Actor("its soldiers", 0, 12, name="Russian government forces", country="RUS", sector="MIL"),
    Actor("a bullet", 0, 8),
    # a group's people named by it: the phrase reads as bare militants, its name is the group's
    Actor("Militants from Boko Haram", 0, 25, name="Boko Haram", country="NGA", sector="REB"),
])
def test_names_pronouns_and_unresolved_words_keep_their_country(resolver, actor):
    assert in_event_country(actor, "SYR", resolver) is actor


def test_no_event_country_changes_nothing(resolver):
    civilians = Actor("civilians", 0, 9, name="US civilians", country="USA", sector="CVL")
    assert in_event_country(civilians, None, resolver) is civilians


@pytest.mark.parametrize("actor", [
    Actor("pro-Syrian regime forces", 0, 24, name="Syrian government forces", country="SYR", sector="MIL"),
    Actor("Technical Sergeant Joseph Lemm", 0, 30, name="Joseph Lemm", country="USA", sector="MIL"),
])
def test_a_country_named_in_the_words_or_a_person_keeps_its_country(resolver, actor):
    assert not focus_dependent(actor, resolver)
    assert in_event_country(actor, "AFG", resolver) is actor

