"""Fire by an armed party is gunfire, not a blaze (extract/instruments.party_fire): its doer is
the party ("Israeli fire killed two" is Israel's assault), and no accident is made of it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,actor", [
    ("Israeli fire killed two Palestinians near Gaza on Monday.", "Israel"),
    ("The rebel fire has killed at least 21 civilians in Aleppo.", "Rebels"),
    ("SANA said rebel rocket and sniper fire near Ramussa killed four people.", "Rebels"),
])
def test_a_partys_fire_is_its_assault(run_text, text, actor):
    killing = next(e for e in run_text(text, "2020-06-01").events if e.trigger.text == "killed")
    assert killing.type == "ASSAULT" and any(actor.lower() in (a.name or "").lower() for a in killing.actors)


def test_a_blaze_stays_an_accident(run_text):
    killing = next(e for e in run_text("A fire killed two people in a warehouse in Leeds on Monday.",
                                       "2020-06-01").events if e.trigger.text in ("killed", "fire"))
    assert killing.type == "INCIDENT" and not killing.actors
