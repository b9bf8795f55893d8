"""ACLED actors and fusion read a country assumed from the event's place as no state acting."""
from __future__ import annotations

import pytest

from eventwire.export.acled_actors import armed, is_state, named
from eventwire.fuse.similarity import actor_states
from eventwire.model import Actor

SYRIA = Actor("Syrian", 0, 6, "Syria", "SYR")  # a demonym read as its state: no sector
PERSON = Actor("Gary Wilson", 0, 11, "Gary Wilson", "USA", country_assumed=True)


@pytest.mark.parametrize("actor, state", [(SYRIA, True), (PERSON, False)])
def test_a_country_assumed_from_the_place_makes_no_state(actor, state):
    assert is_state(actor) is state and armed(actor) is state
    assert actor_states([actor]) == ({actor.country} if state else frozenset())


def test_a_person_of_assumed_country_is_named_not_a_government():
    label = named(PERSON, "Violence against civilians", "USA", target=False).name
    assert "Government" not in label and "Military Forces" not in label
