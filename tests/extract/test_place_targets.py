"""An attack's or seizure's place acted on is also its target (extract/events.PLACE_TARGET_TYPES);
a protest's place is only where it happened. Fictional sentences, the whole pipeline."""
from __future__ import annotations

from eventwire.model import Article
from eventwire.runner import run


def _main(text: str) -> dict:
    (result,) = list(run([Article(id="t", text=text, published="2024-03-12")], processes=1))
    return result["events"][result["main_event"]]


def test_the_camp_an_attack_hit_is_its_target_and_its_place():
    ev = _main("Taliban gunmen attacked Camp Shorabak in Helmand Province on Monday.")
    assert ev["type"] == "ASSAULT"
    assert any("Shorabak" in t["text"] for t in ev["targets"])


def test_the_town_a_protest_was_in_is_no_target():
    ev = _main("Thousands of people protested in the town of Idlib on Friday.")
    assert ev["type"] == "PROTEST"
    assert not any("Idlib" in t["text"] for t in ev["targets"])
