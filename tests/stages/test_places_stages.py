"""Unit tests of the place stages: places, locations (src/eventwire/stages/places.py).
Articles are fictional."""
from __future__ import annotations

import pytest

RASTAN = ("BEIRUT, March 21, 2016 (Reuters) – Troops shelled the town of Rastan in Homs province on Monday. "
          "Rebels later attacked a checkpoint.")


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


# --- places ----------------------------------------------------------------


def test_places_reads_every_place_mention_in_text_order(prepare, run_stage):
    work = prepare("places", RASTAN)
    assert run_stage("places", work) == {"places", "place_by_ent", "place_ents"}
    rastan, homs = work.places  # the dateline's city is no place of the story
    assert (rastan.text, (rastan.start, rastan.end)) == ("Rastan", span(RASTAN, "Rastan"))
    assert (rastan.name, rastan.country, rastan.admin1_code, rastan.feature, rastan.precision) == (
        "Ar Rastan", "SYR", "SY-HI", "city", "point")
    assert rastan.lat is not None and rastan.lon is not None
    assert (homs.text, (homs.start, homs.end)) == ("Homs province", span(RASTAN, "Homs province"))
    assert (homs.country, homs.admin1_code, homs.feature, homs.precision) == ("SYR", "SY-HI", "admin1", "admin1")
    # each mention read, by its offsets, for the events to reuse
    assert work.place_ents == {span(RASTAN, "Rastan"), span(RASTAN, "Homs province")}
    assert work.place_by_ent[span(RASTAN, "Rastan")] is rastan
    assert work.place_by_ent[span(RASTAN, "Homs province")] is homs


PARIS = "Police arrested a man in Paris on Friday after a fire at the courthouse."


def test_places_reads_an_ambiguous_name_in_the_outlets_home(prepare, run_stage):
    abroad = prepare("places", PARIS, published="2016-03-23")
    run_stage("places", abroad)
    local = prepare("places", PARIS, published="2016-03-23", home="US-TN")
    run_stage("places", local)
    assert [(p.text, p.country, p.admin1) for p in abroad.places] == [("Paris", "FRA", "Île-de-France")]
    assert [(p.text, p.country, p.admin1) for p in local.places] == [("Paris", "USA", "Tennessee")]


# --- locations -------------------------------------------------------------


def test_locations_gives_an_event_the_place_of_its_sentence_and_carries_it(prepare, run_stage):
    work = prepare("locations", RASTAN)
    assert all(d.event.location is None for d in work.drafts)
    changed = run_stage("locations", work)
    assert {"drafts.event.location", "drafts.loc_explicit"} <= changed
    shelled, attacked = work.drafts
    assert shelled.event.trigger.text == "shelled" and attacked.event.trigger.text == "attacked"
    # the town, finer than the province also named: the very Place the `places` stage read
    assert shelled.event.location is work.place_by_ent[span(RASTAN, "Rastan")]
    assert shelled.loc_explicit is True
    # the next sentence names no place: the previous physical event's, carried over
    assert attacked.event.location is shelled.event.location and attacked.loc_explicit is False


def test_locations_leaves_a_non_physical_event_without_a_carried_place(prepare, run_stage):
    text = "Troops shelled the town of Rastan on Monday. The governor condemned the attack."
    work = prepare("locations", text, published="2016-03-23")
    run_stage("locations", work)
    by = {d.event.trigger.text: d for d in work.drafts}
    assert by["shelled"].event.location.name == "Ar Rastan"
    assert by["condemned"].event.location is None and by["condemned"].loc_explicit is False


def test_locations_places_an_event_where_its_target_is(prepare, run_stage):
    work = prepare("locations", "French troops killed a senior jihadist leader in Mali on Monday.",
                   published="2016-03-23")
    run_stage("locations", work)
    assert work.drafts[0].event.location is not None and work.drafts[0].event.location.name == "Mali"


@pytest.mark.parametrize("text, town", [
    ("Militants shelled the Mosul airport on Monday.", "Mosul"),
    ("Russian jets bombed the Idlib market on Monday, killing 12 people.", "Idlib"),
    ("Two soldiers were killed in an attack on the Kabul airport on Monday.", "Kabul"),
    # a state's mission is no facility of the town that names it, nor a party's own town its place
    ("Protesters attacked the US embassy on Monday.", None),
    ("The Damascus government shelled rebel positions on Monday.", None),
    # the place the facility is said to be in comes first; a country's name is no facility's town
    ("Rebels shelled the Victoria hospital in Kisumu on Monday, killing two patients.", "Kisumu"),
    ("A drone hit the Washington base in Nigeria's Borno state on Monday.", None),  # Borno: the story's place
    ("A bomb exploded at the Finland station in St Petersburg on Monday.", "Saint Petersburg"),
    ("Israeli forces raided the Kuwait hospital on Monday.", None),
    # a region of its country does not: "the Jenin camp in the West Bank" is in Jenin
    ("Israeli troops raided the Jenin camp in the West Bank on Monday.", "Jenin"),
])
def test_locations_places_an_event_in_the_town_that_names_the_facility_it_hit(prepare, run_stage, text, town):
    work = prepare("locations", text, published="2016-03-23")
    run_stage("locations", work)
    loc = work.drafts[-1].event.location  # the act named last ("killed in an attack on ...": the attack)
    assert (loc.name if loc is not None else None) == town


@pytest.mark.parametrize("text, not_there", [
    ("Russian jets struck a convoy of trucks from Turkey on Monday.", "Turkey"),  # where it came from
    ("Police in Florida arrested a man from Atlanta on Monday.", "Atlanta"),
])
def test_locations_never_places_an_event_where_its_target_comes_from(prepare, run_stage, text, not_there):
    work = prepare("locations", text, published="2016-03-23")
    run_stage("locations", work)
    loc = work.drafts[0].event.location
    assert loc is None or not_there not in (loc.name or "")


def test_locations_never_places_an_event_where_its_reporter_is_based(prepare, run_stage):
    text = "The Britain-based Observatory said rebels shelled government positions on Monday."
    work = prepare("locations", text, published="2016-03-23")
    run_stage("locations", work)
    shelled = next(d for d in work.drafts if d.event.trigger.text == "shelled")
    assert shelled.event.location is None  # not the United Kingdom
    # the same country named as where the shelling happened is its place
    work = prepare("locations", "Rebels shelled government positions in Britain on Monday.", published="2016-03-23")
    run_stage("locations", work)
    assert next(d for d in work.drafts if d.event.trigger.text == "shelled").event.location.country == "GBR"


def test_locations_reads_a_name_that_the_places_stage_did_not(prepare, run_stage):
    """"A Douma air strike": the model tags no place, the event noun's modifier is one."""
    text = "A Douma air strike killed ten civilians."
    work = prepare("locations", text, published="2016-03-23")
    assert work.places == [] and work.place_by_ent == {}
    changed = run_stage("locations", work)
    assert "place_by_ent" in changed
    douma = work.place_by_ent[span(text, "Douma")]
    assert (douma.name, douma.country, douma.feature) == ("Dūmā", "SYR", "city")
    strike = next(d for d in work.drafts if d.event.trigger.text == "air strike")
    assert strike.event.location is douma and strike.loc_explicit is True
    assert work.places == []  # the list of mentions is the `places` stage's, not this one's


@pytest.mark.parametrize("text, where", [
    # the leader or backer named in an "X-led" compound is no place: the town named after it is
    ("An airstrike of the US-led coalition killed eight civilians in the Syrian city of Raqqa on Sunday.",
     "Ar Raqqah"),
    ("An airstrike of the US-led coalition killed eight civilians on Sunday.", None),
])
def test_locations_never_place_an_event_where_its_leader_or_backer_is(prepare, run_stage, text, where):
    work = prepare("locations", text, published="2016-03-23")
    run_stage("locations", work)
    loc = work.drafts[0].event.location
    assert (loc.name if loc else None) == where


@pytest.mark.parametrize("text, trigger, where", [
    # the country over the border says where the event is only by its neighbour
    ("A Daesh attack killed 24 people near a refugee camp on the Syrian side of the border with Iraq.",
     "attack", None),
    ("Militants attacked a checkpoint in Hasakeh near the Iraq border.", "attacked", "Al Ḩasakah"),
    # a country named in apposition to a doer acts: it is not where the bombs fell
    ("Intense bombardment by the Assad regime and its ally Russia killed over 80 civilians including three "
     "children in the battle for Aleppo.", "bombardment", "Aleppo"),
    # a place in apposition to a place noun is the place; the doer's own seat may be where it acts
    ("Jets bombed a market in Idlib on Sunday, killing 12 people. The capital, Damascus, was hit by rebel mortar "
     "fire on Monday that killed five civilians.", "hit", "Damascus"),
    ("A suicide bomber killed 12 people in Baghdad on Sunday. Militants based in Fallujah attacked an army "
     "checkpoint on Monday, killing five soldiers.", "attacked", "Al Fallūjah"),
    # ... but only where the sentence names no other place (the militants' country is the story's,
    # not said by their words: the country they attacked in is the place); a country in
    # apposition to "country" acts
    ("Militants based in Turkey attacked an army checkpoint in northern Syria on Monday, killing five soldiers.",
     "attacked", "Syria"),
    ("Another country, Russia, carried out air strikes on Monday, killing 20 civilians.", "air strikes", None),
    # where a speaker spoke is not where what was said happened
    ("Those who were executed were all tribesmen, the Observatory's director said by telephone from Britain.",
     "executed", None),
    ("Gunmen killed three soldiers in Kidal, the minister said in Paris.", "killed", "Kidal"),
    ("The neighbouring country, Lebanon, was hit by a car bomb on Monday that killed two people.", "car bomb",
     "Lebanon"),
])
def test_locations_neither_a_neighbour_over_the_border_nor_a_named_ally(prepare, run_stage, text, trigger, where):
    work = prepare("locations", text, published="2016-03-23")
    run_stage("locations", work)
    loc = next(d for d in work.drafts if d.event.trigger.text == trigger).event.location
    assert (loc.name if loc else None) == where


def test_an_incident_is_never_placed_at_a_monitors_seat():
    """"…, the London-based monitor said": the story's only town is where the monitor sits,
    so the attack stays unplaced rather than in London."""
    from eventwire.model import Article
    from eventwire.pipeline import process

    text = "Gunmen attacked Al-Shifa hospital on Monday, killing five guards, the London-based monitor said."
    result = process(Article(id="t", text=text, published="2016-03-01"))
    attack = next(e for e in result.events if e.trigger.text == "attacked")
    assert attack.location is None or attack.location.name != "London"
