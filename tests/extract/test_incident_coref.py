"""Tests for eventwire.extract.incident_coref: which event mentions of an article are one incident.

Articles are fictional, taken through the pipeline up to `coalesce` (where the `corefer` stage
runs). Models are written by hand here, so that each test says which cue it exercises; one test
reads the trained model shipped with the package.
"""
from __future__ import annotations

import json

import pytest

from eventwire.extract.incident_coref import (
    MODEL_PATH,
    PAIR_FEATURES,
    CorefModel,
    cannot_link,
    fold_coreferent,
    load_model,
    pair_features,
    plan_folds,
    says_more,
)
from eventwire.model import Article
from eventwire.pipeline import DEFAULT_PIPELINE, Pipeline


@pytest.fixture(scope="module")
def drafts_of():
    pipe = Pipeline(DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index("coalesce") + 1])

    def run(text: str, published: str = "2016-03-23"):
        w = pipe.work(Article(id="t", text=text, published=published))
        return w.drafts, w.main
    return run


def only(feature: str, weight: float = 4.0, bias: float = -2.0, threshold: float = 0.5) -> CorefModel:
    """A model that folds exactly the pairs with this cue."""
    return CorefModel(tuple(weight if f == feature else 0.0 for f in PAIR_FEATURES), bias, threshold)


def by_trigger(drafts):
    return {d.event.trigger.text: d for d in drafts}


def test_the_shipped_model_reads_and_names_its_features_in_order(tmp_path):
    model = load_model()
    assert len(model.weights) == len(PAIR_FEATURES) and 0 < model.threshold < 1
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["trained_by"] == "benchmarks/train_incident_coref.py"
    data["features"] = list(reversed(data["features"]))
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="features"):
        load_model.__wrapped__(bad)


def test_pair_features_read_the_sentence_type_and_toll(drafts_of):
    drafts, _ = drafts_of("A car bomb exploded in Homs on Monday. Police arrested two men. "
                          "Hundreds protested in Hama on Friday.")
    by = by_trigger(drafts)
    f = dict(zip(PAIR_FEATURES, pair_features(by["car bomb"], by["arrested"])))
    assert f["same_sentence"] == 0.0 and f["adjacent"] == 1.0 and f["lead"] == 1.0 and f["sentence_gap"] == 0.1
    assert f["same_type"] == 0.0 and f["both_harm"] == 1.0 and f["dates_differ"] == 0.0
    g = dict(zip(PAIR_FEATURES, pair_features(by["arrested"], by["protested"])))
    assert g["adjacent"] == 1.0 and g["lead"] == 0.0 and g["both_harm"] == 0.0 and g["dates_differ"] == 1.0


def test_what_the_text_states_cannot_be_one_incident(drafts_of):
    drafts, _ = drafts_of("Russian jets struck Raqqa on Monday. French jets struck Raqqa on Tuesday. "
                          "Britain will strike Raqqa soon.")
    russia, france, britain = drafts
    assert cannot_link(russia, france)  # two named doers, two stated days
    assert cannot_link(russia, britain)  # a done act and one only planned
    assert britain.event.factuality == "planned"


def test_one_states_army_and_police_may_tell_one_act_but_two_states_may_not(drafts_of):
    # the headline's "troops" and the lead's "security forces" (resolved to the police): one raid,
    # as the mentions stand before any fold
    before = Pipeline(DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index("main_event") + 1])
    w = before.work(Article(id="t", published="2023-06-01",
                            text="Pakistani troops kill 7 militants in North Waziristan raid\n\n"
                                 "Pakistani security forces killed seven militants during a raid in North Waziristan "
                                 "on Monday, the military said."))
    first, later = w.drafts[0], w.drafts[-1]
    assert {a.sector for a in first.event.actors} == {"MIL"} and {a.sector for a in later.event.actors} == {"COP"}
    assert not cannot_link(first, later)
    drafts, _ = drafts_of("Indian troops shelled villages in Kashmir on Monday. "
                          "Pakistani troops shelled villages in Kashmir on Monday.")
    assert cannot_link(*drafts)


@pytest.mark.parametrize("text", [
    # one state's police and army doing two things in one story (a review's made-up copy)
    "Indian police fired tear gas at protesters in Imphal on Monday. Indian soldiers killed three militants "
    "in Imphal on Monday.",
    "Mexican federal police killed five cartel gunmen in Michoacan on Tuesday. Mexican marines killed seven "
    "gunmen in Michoacan on Tuesday.",
    "Police fired tear gas at students in Kano on Monday while soldiers raided a militant hideout in the city, "
    "killing four.",
])
def test_one_states_police_and_army_named_so_are_two_parties(text):
    from eventwire.pipeline import process
    res = process(Article(id="t", published="2023-06-01", text=text))
    assert len(res.events) == 2, [(e.type, e.trigger.text, [a.text for a in e.actors]) for e in res.events]


def test_a_raid_told_in_headline_and_lead_by_two_of_one_states_forces_is_one_event():
    from eventwire.pipeline import process
    res = process(Article(id="t", published="2023-06-01",
                          text="Pakistani troops kill 7 militants in North Waziristan raid\n\n"
                               "Pakistani security forces killed seven militants during a raid in North Waziristan "
                               "on Monday, the military's media wing said."))
    assert [e.type for e in res.events] == ["ASSAULT"], [(e.type, e.trigger.text) for e in res.events]


def test_a_fold_keeps_the_mention_that_says_more_and_the_main_event(drafts_of):
    text = "Rebels battled government forces outside Aleppo on Sunday in a bid to break the siege of the city."
    drafts, main = drafts_of(text)
    battle, siege = by_trigger(drafts)["battled"], by_trigger(drafts)["siege"]
    assert not says_more(battle, siege)  # a siege says no more than the battle: the earlier mention keeps the fold
    into = plan_folds(drafts, None, only("same_sentence"))
    assert into == {drafts.index(siege): drafts.index(battle)}
    # an article about the siege keeps the siege: the battle folds into it
    into = plan_folds(drafts, drafts.index(siege), only("same_sentence"))
    assert into == {drafts.index(battle): drafts.index(siege)}
    # no cue, no fold
    assert plan_folds(drafts, main, only("same_toll")) == {}


def test_fold_fills_only_what_the_kept_event_lacks(drafts_of):
    drafts, main = drafts_of("A car bomb exploded in a market on Monday. Police arrested two men near the "
                             "market in Homs, where four people died. Officials met on Friday.")
    bomb = drafts[main]
    assert bomb.event.trigger.text == "car bomb" and bomb.event.location is None
    kept, new_main = fold_coreferent(list(drafts), main, only("adjacent"))
    assert [d.event.trigger.text for d in kept] == ["car bomb", "met"]  # the arrest folds into the main event
    assert kept[new_main] is bomb and bomb.last_sent_index == 1
    assert bomb.event.location.name == "Homs"  # what it lacked
    assert bomb.event.killed.value == 4 and bomb.event.date == "2016-03-21"  # what it had stays


def test_a_physical_act_says_more_than_a_statement_about_it(drafts_of):
    drafts, _ = drafts_of("Police accused a guard of attacking two inmates in Homs on Monday.")
    by = by_trigger(drafts)
    assert says_more(by["accused"], by["attacking"]) and not says_more(by["attacking"], by["accused"])
    into = plan_folds(drafts, None, only("same_sentence"))
    assert into == {drafts.index(by["accused"]): drafts.index(by["attacking"])}


def test_the_limits_hold_against_every_mention_already_folded():
    # mentions as extracted, before `merge` joins any: a bare one, then two that cannot be one
    pipe = Pipeline(DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index("merge")])
    text = ("Gunmen attacked a checkpoint. Gunmen attacked a checkpoint in Aleppo on Monday. "
            "Gunmen attacked a checkpoint in Homs on Tuesday.")
    drafts = pipe.work(Article(id="t", text=text, published="2016-03-23")).drafts
    first, aleppo, homs = drafts
    assert not cannot_link(first, homs) and cannot_link(aleppo, homs)  # the bare first mention says neither
    into = plan_folds(drafts, None, only("same_type"))
    assert into == {1: 0}  # Homs on Tuesday is another incident than the one in Aleppo on Monday


def test_folding_an_offence_into_its_charge_makes_the_offender_the_charged(drafts_of):
    # the murder's doer (the charged man, by the subject the parse shares) is whom the charge is
    # against, not who charged him; the murder's victim is no party to the charge
    drafts, main = drafts_of("A 24-year-old man was charged on Tuesday with first-degree murder in the shooting "
                             "death of a 17-year-old boy, prosecutors said.")
    by = by_trigger(drafts)
    charged, murder = by["charged"], by["murder"]
    assert [a.text for a in murder.event.actors] == ["A 24-year-old man"]
    kept, _ = fold_coreferent(list(drafts), drafts.index(charged), only("same_sentence"))
    assert murder not in kept
    assert charged.event.actors == []
    assert "A 24-year-old man" in [t.text for t in charged.event.targets]


def test_folding_an_accusation_into_its_act_makes_the_accused_the_doer(drafts_of):
    # the accused is whom the accusation is aimed at, and the act's alleged doer, not its victim
    drafts, _ = drafts_of("Police accused a guard of attacking two inmates in Homs on Monday.")
    by = by_trigger(drafts)
    kept, _ = fold_coreferent(list(drafts), None, only("same_sentence"))
    attack = next(d for d in kept if d.event.trigger.text == "attacking")
    assert [a.text for a in attack.event.actors] == ["a guard"]
    assert "a guard" not in [t.text for t in attack.event.targets]
    assert by["accused"] not in kept
