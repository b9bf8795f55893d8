"""Tests for the vocabularies: EventType and Sector (model.py) and the groups of
extract/ontology.py built from them."""
from __future__ import annotations

import json

import pytest

from eventwire.extract import ontology
from eventwire.model import EventType, Sector
from eventwire.resolve.actors import SECTORS

TYPE_GROUPS = ["VIOLENT_TYPES", "SPEECH_TYPES", "REFERRING_TYPES", "ACCORD_TYPES", "ACLED_CODED_TYPES",
               "PHYSICAL_TYPES", "COOPERATIVE", "CONFLICTUAL"]
SECTOR_GROUPS = ["ARMED_GROUP_SECTORS", "STATE_ORGAN_SECTORS", "JOINT_ACTOR_SECTORS"]


@pytest.mark.parametrize("enum", [EventType, Sector])
def test_members_are_their_codes(enum):
    # name == value keeps hashing equal to the plain string: "ASSAULT" in {EventType.ASSAULT}
    for member in enum:
        assert member.name == member.value == str(member)
        assert member.value in {member} and member in {member.value}
        assert json.dumps({"type": member}) == json.dumps({"type": member.value})


def test_event_types_are_plover_plus_incident():
    assert ontology.EVENT_TYPES == ontology.PLOVER_TYPES + (EventType.INCIDENT,)
    assert "INCIDENT" not in ontology.PLOVER_TYPES and "ASSAULT" in ontology.PLOVER_TYPES
    assert set(ontology.DEFAULT_CAMEO) == set(EventType)


@pytest.mark.parametrize("name", TYPE_GROUPS)
def test_type_groups_hold_event_types(name):
    group = getattr(ontology, name)
    assert group and group <= set(EventType)


@pytest.mark.parametrize("name", SECTOR_GROUPS)
def test_sector_groups_hold_sectors(name):
    group = getattr(ontology, name)
    assert group and group - {None} <= SECTORS  # no code the resolver cannot produce ("INS" was one)


def test_sectors_are_the_resolvers():
    assert SECTORS == set(Sector)
