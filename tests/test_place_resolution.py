"""Place resolution inside the pipeline: context decides between same-named places."""
from __future__ import annotations

import pytest

from eventwire.model import Article, ArticleResult
from eventwire.pipeline import process
from eventwire.resolve.places import Gazetteer


@pytest.fixture(scope="module")
def run():
    def go(text: str, published: str = "2024-03-11") -> ArticleResult:
        res = process(Article(id="t", text=text, published=published))
        assert isinstance(res, ArticleResult), res
        return res
    return go


def place(res: ArticleResult, surface: str):
    return next(p for p in res.places if p.text == surface)


def test_paris_texas_follows_the_named_state(run):
    res = run("A tornado tore through Paris, Texas, on Sunday, officials in the state said. "
              "Texas emergency crews were sent to the town.")
    p = place(res, "Paris")
    assert (p.country, p.admin1_code) == ("USA", "US-TX"), p


def test_paris_alone_is_the_french_capital(run):
    res = run("Thousands marched in Paris on Saturday against the pension reform.")
    assert place(res, "Paris").country == "FRA"


def test_georgia_in_a_us_story_is_the_state(run):
    res = run("Storms hit Atlanta and other parts of Georgia on Monday as Florida and Alabama braced for floods, "
              "US forecasters said.")
    p = place(res, "Georgia")
    assert (p.country, p.feature) == ("USA", "admin1"), p


def test_georgia_beside_tbilisi_is_the_country():
    gaz = Gazetteer.load()
    assert gaz.lookup("Georgia", focus_country="GEO").feature == "country"


def test_regions_are_not_towns():
    gaz = Gazetteer.load()
    for name in ("Africa", "the Middle East", "the Mediterranean Sea", "the Levant"):
        assert gaz.lookup(name).feature == "region", name


@pytest.mark.parametrize("variants", [
    ("Raqqa", "Raqa", "Raqqah", "Ar-Raqqah"),
    ("Hasakeh", "Hassakeh", "Al-Hasakah"),
    ("Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr"),
])
def test_transliterations_resolve_to_one_place(variants):
    gaz = Gazetteer.load()
    ids = {gaz.lookup(v, focus_country="SYR").admin1_code for v in variants}
    assert len(ids) == 1 and None not in ids, (variants, ids)


def test_province_cue_gives_the_admin_unit(run):
    res = run("Government jets struck villages in Idlib province on Monday, killing four people.")
    ev = res.events[res.main_event]
    assert ev.location is not None and ev.location.admin1_code == "SY-ID", ev.location


def test_unknown_village_is_not_placed_anywhere(run):
    res = run("Fighting was reported near the hamlet of Zzyqvor on Tuesday.")
    for p in res.places:
        if p.text == "Zzyqvor":
            assert p.geonameid is None and p.lat is None
