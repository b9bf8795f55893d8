"""Unit tests of the last stage, finalize (src/eventwire/stages/result.py). Articles are fictional."""
from __future__ import annotations

import pytest

from eventwire.model import ArticleResult

RASTAN = ('BEIRUT, March 21, 2016 (Reuters) – Troops shelled the town of Rastan in Homs province on Monday, '
          'killing three people. The governor condemned the attack. "We will rebuild the market," he said.')
LEAD = RASTAN.index("Troops")


def test_finalize_numbers_the_events_and_picks_the_main_one(prepare, run_stage):
    work = prepare("finalize", RASTAN, id="lw-0321")
    assert work.result is None
    changed = run_stage("finalize", work)
    assert "result" in changed and "drafts.event.id" in changed and "drafts.event.confidence" not in changed
    res = work.result
    assert isinstance(res, ArticleResult) and res.article is work.article
    assert [e.id for e in res.events] == ["lw-0321#e1", "lw-0321#e2"]
    assert [e.trigger.text for e in res.events] == ["shelled", "condemned"]
    assert res.events == [d.event for d in work.drafts]
    # the lead's shelling, with its toll and place, not the later condemnation
    assert res.main_event == 0


def test_prune_gives_each_event_the_filters_probability_as_its_confidence(prepare, run_stage):
    from eventwire.extract.event_filter import load_model

    work = prepare("prune", RASTAN)
    before = list(work.drafts)
    changed = run_stage("prune", work)
    assert "drafts.event.confidence" in changed
    assert all(0.0 < d.event.confidence < 1.0 for d in before)
    # what it drops scored under the filter's threshold; what it keeps, but the main event, at or above it
    threshold = load_model().threshold
    main = work.drafts[work.main]
    assert all(d.event.confidence < threshold for d in before if d not in work.drafts)
    assert all(d.event.confidence >= threshold for d in work.drafts if d is not main)


def test_custodians_give_an_arrest_told_without_a_doer_the_police_of_its_country(prepare, run_stage):
    work = prepare("custodians", "A 24-year-old man was arrested in Manchester, England on Tuesday after a bar fight.")
    arrest = next(d.event for d in work.drafts if d.event.type == "COERCE")
    assert not arrest.actors
    run_stage("custodians", work)
    assert [(a.text, a.country, a.sector, a.implied) for a in arrest.actors] == [("arrested", "GBR", "COP", True)]


def test_accidents_make_an_accidents_doers_its_sufferers(prepare, run_stage):
    work = prepare("accidents", "Robert Kochuk, 54, was killed when he crashed his car into a tree in East Hampton.",
                   published="2009-03-27")
    crash = next(d.event for d in work.drafts if d.event.type == "INCIDENT")
    assert [a.text for a in crash.actors] == ["he"]
    run_stage("accidents", work)
    assert crash.actors == [] and "he" in [t.text for t in crash.targets]


def test_finalize_main_event_need_not_be_the_first(prepare, run_stage):
    """The report's main verb, violent and with a toll, over an event embedded before it."""
    text = ("The governor, who visited the town on Sunday, said troops shelled the town of Rastan on Monday, "
            "killing three people.")
    work = prepare("finalize", text, published="2016-03-23")
    run_stage("finalize", work)
    assert [e.trigger.text for e in work.result.events] == ["visited", "shelled"]
    assert work.result.main_event == 1


def test_finalize_anchors_spans_on_the_articles_own_text(prepare, run_stage):
    """The parse saw the dateline blanked: a span that starts in the blank is trimmed to
    the article's own words."""
    work = prepare("finalize", RASTAN)
    lead = work.drafts[0].event.sentence
    assert lead.start < LEAD  # the parser's sentence starts in the blanked dateline
    run_stage("finalize", work)
    for ev in work.result.events:
        for s in (ev.trigger, ev.sentence, *ev.actors, *ev.targets):
            assert s.text == RASTAN[s.start:s.end] and s.text == s.text.strip()
    first = work.result.events[0].sentence
    assert first.start == LEAD and first.text.startswith("Troops shelled")


def test_finalize_collects_quotes_and_copies_the_places(prepare, run_stage):
    work = prepare("finalize", RASTAN)
    run_stage("finalize", work)
    res = work.result
    (quote,) = res.quotes
    assert quote.text == "We will rebuild the market," and RASTAN[quote.start:quote.end] == quote.text
    assert quote.speaker is not None and quote.speaker.text == "he"
    assert [p.text for p in res.places] == ["Rastan", "Homs province"]
    assert res.places == work.places
    assert all(a is not b for a, b in zip(res.places, work.places))  # copies: the work record's stay as read


# --- main_event and coalesce -----------------------------------------------------


def test_main_event_picks_the_lead_incident(prepare, run_stage):
    work = prepare("main_event", RASTAN)
    assert work.main is None
    assert run_stage("main_event", work) == {"main"}
    assert work.drafts[work.main].event.trigger.text == "shelled"


@pytest.mark.parametrize("text, main", [
    ('"We will not rest until they are punished, I promise you," the mayor said at the memorial. '
     "Gunmen killed a police officer in Banbridge on Monday night.", "killed"),
    # a witness's lead with a toll is the story's; a phrase quoted inside the report's sentence is the report's
    ('"Gunmen stormed our village at dawn and killed 20 people," the district chief told AFP by phone. '
     "The army said it had sent reinforcements to the area.", "stormed"),
    ('Police said in a statement that officers "arrested two suspects and seized a handgun" after the '
     "shooting on Friday.", "arrested"),
])
def test_main_event_is_seldom_told_in_a_quote(prepare, run_stage, text, main):
    work = prepare("main_event", text, published="2009-03-13")
    run_stage("main_event", work)
    assert work.drafts[work.main].event.trigger.text == main


def test_main_event_prefers_the_reports_main_verb_to_an_embedded_event(prepare, run_stage):
    work = prepare("main_event", "The governor, who visited the town on Sunday, said troops shelled the town of "
                                 "Rastan on Monday, killing three people.", published="2016-03-23")
    run_stage("main_event", work)
    assert [d.event.trigger.text for d in work.drafts] == ["visited", "shelled"] and work.main == 1


def test_main_event_reads_how_high_its_sentence_tells_an_incident_from_all_its_merged_triggers(prepare, run_stage):
    """"Gunmen and suicide bombers attacked the camp": the incident keeps its most specific trigger
    ("suicide bombers", a subject), but it is told by the sentence's main verb."""
    work = prepare("main_event", "On Sunday, Taliban gunmen and suicide bombers attacked Camp Shorabak in Helmand "
                                 "Province, Afghanistan. They killed 23 Afghan soldiers and injured another 15.",
                   published="2019-03-04")
    lead = work.drafts[0]
    assert lead.event.trigger.text == "suicide bombers" and lead.sent.doc[lead.merged_heads[0]].text == "attacked"
    run_stage("main_event", work)
    assert work.main == 0


def test_main_event_is_the_prosecution_not_the_offence_it_names(prepare, run_stage):
    """"sentenced ... for killing her husband": the killing is the sentence's offence, told with its
    toll and place, but the report is about the sentence."""
    work = prepare("main_event", "Woman sentenced to 20 years for killing husband\nA Dallas woman was sentenced "
                                 "Friday to 20 years in prison for fatally stabbing her husband during an argument "
                                 "in 2021. Jane Doe, 45, pleaded guilty in March to murder. Prosecutors said she "
                                 "stabbed Robert Doe 14 times.",
                   published="2023-06-01", title="Woman sentenced to 20 years for killing husband")
    run_stage("main_event", work)
    assert work.drafts[work.main].event.trigger.text == "sentenced"


def test_main_event_is_the_act_an_accusation_reports(prepare, run_stage):
    # an accusation is no prosecution: the killing it reports stays the main event
    work = prepare("main_event", "Amnesty International accused Nigerian soldiers of killing 12 protesters at the "
                                 "Lekki toll gate in Lagos.", published="2023-06-01")
    run_stage("main_event", work)
    assert work.drafts[work.main].event.trigger.text == "killing"


CLAIMED = ("Gunmen attacked an army checkpoint in Homs on Monday, killing two soldiers. The governor visited the "
           "town on Tuesday. Residents said the market was closed. Schools stayed shut for a day. Officials met "
           "tribal leaders. The attack was claimed by Islamic State in a statement on Wednesday.")


def test_coalesce_folds_a_second_mention_into_its_incident_and_keeps_the_main_event(prepare, run_stage):
    work = prepare("coalesce", CLAIMED, published="2016-03-23")
    assert [d.event.trigger.text for d in work.drafts] == ["attacked", "visited", "attack"]
    main = work.drafts[work.main]
    assert main.event.trigger.text == "attacked"
    assert run_stage("coalesce", work) >= {"drafts"}
    assert [d.event.trigger.text for d in work.drafts] == ["attacked", "visited"]
    assert work.drafts[work.main] is main  # still the main event, at its new index
    assert main.last_sent_index == 5 and main.event.date == "2016-03-21"  # its own date, not the claim's
    assert "Islamic State" in [a.name for a in main.event.actors]  # the claimant ("was claimed by")


def test_coalesce_leaves_a_new_incident_alone(prepare, run_stage):
    text = CLAIMED.replace("The attack was claimed", "A second attack was claimed")
    work = prepare("coalesce", text, published="2016-03-23")
    before = [d.event.trigger.text for d in work.drafts]
    run_stage("coalesce", work)
    assert [d.event.trigger.text for d in work.drafts] == before


def test_coalesce_renumbers_the_main_event_after_a_folded_mention(prepare, run_stage):
    work = prepare("coalesce", CLAIMED + " Hundreds of residents protested in Rastan on Thursday.",
                   published="2016-03-23")
    triggers = [d.event.trigger.text for d in work.drafts]
    assert triggers[:3] == ["attacked", "visited", "attack"] and "protested" in triggers
    work.main = triggers.index("protested")  # say the article were about the protest
    assert run_stage("coalesce", work) >= {"drafts", "main"}
    assert work.drafts[work.main].event.trigger.text == "protested" and work.main == triggers.index("protested") - 1


BATTLE = ("Rebels battled government forces outside Aleppo on Sunday in a bid to break the siege of the city, "
          "a monitor said. The governor visited the town on Wednesday.")


def test_corefer_folds_the_sub_acts_of_one_incident_into_it(prepare, run_stage):
    work = prepare("corefer", BATTLE, published="2016-03-23")
    assert [d.event.trigger.text for d in work.drafts] == ["battled", "siege", "visited"]
    battle, visit = work.drafts[0], work.drafts[2]
    work.main = 2  # say the article were about the visit: the main event never folds away
    assert run_stage("corefer", work) >= {"drafts", "main"}
    # the siege the rebels fight to break is told as part of the battle, which keeps its own fields
    assert [d.event.trigger.text for d in work.drafts] == ["battled", "visited"]
    assert work.drafts[work.main] is visit and work.main == 1
    assert battle.event.type == "ASSAULT" and battle.event.date == "2016-03-20"
    # another day, another event: the visit does not fold
    work = prepare("corefer", BATTLE, published="2016-03-23")
    run_stage("corefer", work)
    assert [d.event.trigger.text for d in work.drafts] == ["battled", "visited"]


def test_corefer_never_folds_a_planned_act_into_a_done_one(prepare, run_stage):
    text = "Jets struck Raqqa on Monday. More jets will strike Raqqa soon."
    work = prepare("corefer", text, published="2016-03-23")
    assert [d.event.factuality for d in work.drafts] == ["asserted", "planned"]
    run_stage("corefer", work)
    # the strikes done and the strikes announced stay two events
    assert [(d.event.trigger.text, d.event.factuality) for d in work.drafts] == [("struck", "asserted"),
                                                                                ("strike", "planned")]


def test_corefer_folds_what_an_act_urges_into_it_but_keeps_what_a_party_promises(prepare, run_stage):
    text = ("Jets struck Raqqa on Monday. The minister urged the rebels to release the prisoners. "
            "The minister promised to send more jets.")
    work = prepare("corefer", text, published="2016-03-23")
    assert [d.event.trigger.text for d in work.drafts] == ["struck", "urged", "release", "promised", "send"]
    run_stage("corefer", work)
    # the release urged is the request's content, not an act of its own; the jets promised are
    # the minister's planned act; the strikes done stay apart from both
    assert [(d.event.trigger.text, d.event.factuality) for d in work.drafts] == [
        ("struck", "asserted"), ("urged", "asserted"), ("promised", "asserted"), ("send", "planned")]


def test_prune_drops_what_the_filter_scores_low_and_keeps_the_main_event(prepare, run_stage, monkeypatch):
    from eventwire.extract import event_filter

    text = ("Police arrested two men in Homs on Monday. Rebels attacked an army post in Hama on Tuesday. "
            "The minister urged calm.")
    work = prepare("prune", text, published="2016-03-23")
    assert [d.event.trigger.text for d in work.drafts] == ["arrested", "attacked", "urged"]
    work.main = 2  # say the article were about the appeal: it stays, re-indexed
    # a model that keeps attacks only, so that the test says what the stage does, not what was learned
    weights = tuple(4.0 if f == "type_ASSAULT" else 0.0 for f in event_filter.EVENT_FEATURES)
    monkeypatch.setattr(event_filter, "load_model", lambda: event_filter.FilterModel(weights, -2.0, 0.5))
    assert run_stage("prune", work) >= {"drafts", "main"}
    assert [d.event.trigger.text for d in work.drafts] == ["attacked", "urged"] and work.main == 1


def test_custodians_give_an_arrest_told_without_its_doer_the_organ_that_reports_it(prepare, run_stage):
    text = ("A man was arrested on Tuesday after a robbery in Elkhart, police said. On Friday, soldiers detained "
            "two men in Kabul.")
    work = prepare("custodians", text, published="2016-03-23")
    arrest, detention = (d.event for d in work.drafts if d.event.type == "COERCE")
    assert not arrest.actors and [a.text for a in detention.actors] == ["soldiers"]
    assert run_stage("custodians", work) == {"drafts.event.actors"}
    assert [(a.text, a.sector) for a in arrest.actors] == [("police", "COP")]
    assert [a.text for a in detention.actors] == ["soldiers"]  # told in its clause: kept


def test_sufferers_take_the_country_of_their_events_place(prepare, run_stage):
    text = ("Officials in Washington, New York, Boston and Chicago urged action. American and US officials said "
            "a Russian airstrike on Idlib killed eight civilians on Saturday.")
    work = prepare("sufferers", text, published="2016-06-04")
    strike = next(d.event for d in work.drafts if d.event.trigger.text == "airstrike")
    victims = next(t for t in strike.targets if t.text == "eight civilians")
    assert strike.location.country == "SYR" and victims.country == "USA"  # the story's focus
    assert run_stage("sufferers", work) == {"drafts.event.targets"}
    victims = next(t for t in strike.targets if t.text == "eight civilians")
    assert (victims.name, victims.country) == ("Syrian civilians", "SYR")
    assert [a.country for a in strike.actors] == ["RUS"]  # doers keep theirs


def test_local_doers_take_the_country_of_their_events_place(prepare, run_stage):
    text = ("Russian officers met Russian envoys in Moscow, St Petersburg and Sochi on Friday to discuss a "
            "Russian-brokered truce. Government forces shelled Daraa in southern Syria on Saturday, and Turkish "
            "troops shelled Afrin.")
    work = prepare("local_doers", text, published="2016-06-04")
    shelling = [d.event for d in work.drafts if d.event.trigger.text == "shelled"]
    assert [ev.location.country for ev in shelling] == ["SYR", "SYR"]
    assert shelling[0].actors[0].country == "RUS"  # the story's focus
    assert run_stage("local_doers", work) == {"drafts.event.actors"}
    assert (shelling[0].actors[0].name, shelling[0].actors[0].country) == ("Syrian government forces", "SYR")
    assert [a.country for a in shelling[1].actors] == ["TUR"]  # named with their country: a cross-border raid


def test_local_doers_keep_the_state_the_story_names_acting(prepare, run_stage):
    text = ("Turkish troops shelled Kobani on Saturday, officials in Ankara, Istanbul, Izmir, Bursa and Antalya "
            "said. Troops shelled Afrin in Syria on Sunday.")
    work = prepare("local_doers", text, published="2016-06-04")
    troops = [d.event for d in work.drafts if d.event.trigger.text == "shelled"][1]
    assert troops.location.country == "SYR" and troops.actors[0].country == "TUR"  # the story's focus
    run_stage("local_doers", work)
    # Turkey acts on the ground in this story: its troops, not Syria's
    assert (troops.actors[0].name, troops.actors[0].country) == ("Turkish government forces", "TUR")


def test_local_doers_a_state_acting_elsewhere_or_its_organs_take_the_place(prepare, run_stage):
    text = ("Russia's defence ministry said Russian jets bombed Idlib in Syria on Monday, Russian officials in Moscow "
            "and Sochi said. Government forces shelled Daraa in southern Syria on Tuesday.")
    work = prepare("local_doers", text, published="2016-06-04")
    shelling = next(d.event for d in work.drafts if d.event.trigger.text == "shelled")
    assert shelling.actors[0].country == "RUS"  # the story's focus
    run_stage("local_doers", work)
    # Russia uses force in Syria here, but "government forces" are a state's own organs: Syria's
    assert (shelling.actors[0].name, shelling.actors[0].country) == ("Syrian government forces", "SYR")


def test_local_doers_a_person_the_lexicon_does_not_know_is_of_the_events_country(prepare, run_stage):
    text = ("Gary Wilson pleaded guilty to arson in Anderson County, Texas, on Friday. "
            "The Islamic State claimed an attack in Raqqa, Syria, on Saturday. "
            "Vandals targeted cars in Oxford, England, on Sunday.")
    work = prepare("local_doers", text, published="2016-06-04")
    plea = next(d.event for d in work.drafts if d.event.trigger.text == "pleaded")
    attack = next(d.event for d in work.drafts if d.event.trigger.text == "attack")
    vandals = next(d.event for d in work.drafts if d.event.trigger.text == "targeted")
    assert plea.location.country == "USA" and plea.actors[0].country is None
    assert vandals.location.country == "GBR" and vandals.actors[0].country is None
    run_stage("local_doers", work)
    assert [(a.name, a.country, a.country_assumed) for a in plea.actors] == [("Gary Wilson", "USA", True)]
    assert [(a.text, a.country) for a in vandals.actors] == [("Vandals", "GBR")]  # only described
    # a group the lexicon knows keeps what it says of it: the Islamic State is no state's
    assert [(a.name, a.country) for a in attack.actors] == [("Islamic State", None)]


def test_local_doers_an_event_placed_nowhere_lends_its_doers_the_storys_country(prepare, run_stage):
    text = ("Police in Kabul and Kandahar arrested three men on Monday. Afghan officials in Herat said "
            "Ahmad Karimi had criticised the decision.")
    work = prepare("local_doers", text, published="2016-06-04")
    criticism = next(d.event for d in work.drafts if d.event.trigger.text == "criticised")
    assert criticism.location is None and criticism.actors[0].country is None
    run_stage("local_doers", work)
    assert [(a.name, a.country) for a in criticism.actors] == [("Ahmad Karimi", "AFG")]


def test_an_assumed_country_is_no_state_acting_and_keeps_the_target(run_text):
    # the doer's country assumed from the event's place is no evidence that the state of that
    # place acts: its capital stays the threat's target
    (ev,) = run_text("Jamal Saleh, a Houthi commander, threatened Riyadh on Monday.", "2016-03-23").events
    assert [t.text for t in ev.targets] == ["Riyadh"]
    assert all(a.country_assumed for a in ev.actors if a.country)


TOWN_LATER = ("A car bomb exploded in a crowded market in northern Syria on Monday, killing nine people. "
              "The market in Qamishli was busy with shoppers. Police in Aleppo said they had arrested a suspect.")


def test_main_place_takes_the_storys_first_town_in_the_events_country(prepare, run_stage):
    work = prepare("main_place", TOWN_LATER, published="2016-03-23")
    main = work.drafts[work.main].event
    assert main.location is not None and main.location.precision == "country" and main.location.country == "SYR"
    assert run_stage("main_place", work) == {"drafts.event.location"}
    assert main.location.name == "Qamishli" or "Qāmishlī" in main.location.name
    assert main.location.precision == "point"
    assert TOWN_LATER[main.location.start:main.location.end] == "Qamishli"  # its evidence is the town's mention


def test_main_place_keeps_a_town_the_events_own_sentence_gives(prepare, run_stage):
    work = prepare("main_place", RASTAN, published="2016-03-23")
    before = work.drafts[work.main].event.location
    assert before is not None and before.precision == "point"
    run_stage("main_place", work)
    assert work.drafts[work.main].event.location is before


def test_main_place_skips_a_town_abroad_and_one_inside_an_actor(prepare, run_stage):
    text = ("Gunmen attacked a police post in eastern Syria on Monday, killing four officers. "
            "Aleppo police said the gunmen fled. Officials in Istanbul condemned the attack.")
    work = prepare("main_place", text, published="2016-03-23")
    run_stage("main_place", work)
    loc = work.drafts[work.main].event.location
    assert loc is not None and loc.country == "SYR" and loc.precision == "country"


def test_finalize_leaves_the_work_records_places_as_read(prepare, run_stage):
    """A title on its own line, then a lead placed by `main_place`: the event's place is one of
    the work record's places, and anchoring spans on the article must not rewrite that one."""
    text = ("Shelling kills three in Rastan\nRAQQA — A car bomb exploded late on Saturday at a checkpoint at the "
            "western entrance of Raqqa, killing seven people.")  # the parse takes the line break into "Rastan\n"
    work = prepare("finalize", text, published="2016-03-23")
    before = [(p.start, p.end, p.text) for p in work.places]
    changed = run_stage("finalize", work)
    assert "result" in changed and not {c for c in changed if c.split(".")[0] in ("places", "place_by_ent")}
    assert [(p.start, p.end, p.text) for p in work.places] == before


def test_places_hit_makes_the_place_an_act_is_done_to_its_target_and_keeps_it_its_place(prepare, run_stage):
    work = prepare("places_hit", "A Russian airstrike on Idlib killed eight civilians on Saturday.",
                   published="2016-06-04")
    strike = next(d for d in work.drafts if d.event.trigger.text == "airstrike")
    assert [t.text for t in strike.event.targets] == ["eight civilians"] and strike.event.location.name == "Idlib"
    assert run_stage("places_hit", work) == {"drafts.event.targets"}
    assert [t.text for t in strike.event.targets] == ["eight civilians", "Idlib"]
    assert strike.event.location.name == "Idlib"


@pytest.mark.parametrize("text", [
    "BAMAKO (Reuters) - Four Malian soldiers were killed when their convoy was ambushed near Boni on Wednesday.",
    "Four soldiers killed in Mali ambush\n\nBAMAKO (Reuters) - Four Malian soldiers were killed when their convoy "
    "was ambushed near Boni on Wednesday.",
])
def test_a_datelines_wire_is_a_cited_source_with_its_words_and_no_party(run_text, text):
    res = run_text(text, "2016-05-03")
    (wire,) = [s for s in res.cited_sources if s.name == "Reuters"]
    assert wire.text == "Reuters" == text[wire.start:wire.end]
    assert not any(p.name and "Reuters" in p.name for e in res.events for p in e.actors + e.targets)
