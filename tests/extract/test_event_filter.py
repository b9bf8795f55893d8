"""Tests for eventwire.extract.event_filter: which events a report does not tell as its own.

Articles are fictional, taken through the pipeline up to `corefer` (where the `prune` stage runs).
Models are written by hand here, so that each test says which cue it exercises; one test reads the
trained model shipped with the package.
"""
from __future__ import annotations

import json

import pytest

from eventwire.extract.event_filter import (
    EVENT_FEATURES,
    MODEL_PATH,
    FilterModel,
    clause_depth,
    event_features,
    keep_events,
    load_model,
)
from eventwire.model import Article
from eventwire.pipeline import DEFAULT_PIPELINE, Pipeline


@pytest.fixture(scope="module")
def drafts_of():
    pipe = Pipeline(DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index("corefer") + 1])

    def run(text: str, published: str = "2016-03-23"):
        w = pipe.work(Article(id="t", text=text, published=published))
        return w.drafts, w.main
    return run


def only(feature: str, weight: float = 4.0, bias: float = -2.0, threshold: float = 0.5) -> FilterModel:
    """A model that keeps exactly the events with this cue."""
    return FilterModel(tuple(weight if f == feature else 0.0 for f in EVENT_FEATURES), bias, threshold)


def cues(drafts, main, i) -> set[str]:
    return {f for f, v in zip(EVENT_FEATURES, event_features(drafts, main, i)) if v == 1.0}


def test_the_shipped_model_reads_and_names_its_features_in_order(tmp_path):
    model = load_model()
    assert len(model.weights) == len(EVENT_FEATURES) and 0 < model.threshold < 1
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["trained_by"] == "benchmarks/train_event_filter.py"
    data["features"] = list(reversed(data["features"]))
    bad = tmp_path / "model.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="features"):
        load_model.__wrapped__(bad)


def test_features_read_type_mode_arguments_and_position(drafts_of):
    drafts, main = drafts_of("Rebels attacked an army post in Homs on Monday, killing four soldiers. "
                             "The army will not arrest anyone, a spokesman said.")
    assert [d.event.trigger.text for d in drafts] == ["attacked", "arrest"]
    assert main == 0
    attack, reply = cues(drafts, main, 0), cues(drafts, main, 1)
    assert {"type_ASSAULT", "has_actor", "has_target", "fine_place", "toll", "stated_date", "lead",
            "main_type", "main_sentence", "first_in_sentence"} <= attack
    assert "noun_trigger" not in attack and "mode_negated" not in attack
    assert "lead" not in reply and "main_sentence" not in reply and reply & {"mode_negated", "mode_planned"}
    assert len(event_features(drafts, main, 1)) == len(EVENT_FEATURES)


def test_an_act_of_other_parties_in_the_sentence_is_first_of_its_own(drafts_of):
    drafts, main = drafts_of("Government forces shelled Daraa on Saturday, and Turkish troops shelled Afrin.")
    assert [d.event.trigger.text for d in drafts] == ["shelled", "shelled"]
    # other doers: another act, not a sub-act of the first, though of its kind and word
    assert "first_in_sentence" in cues(drafts, main, 1)
    assert not {"repeats_type", "repeats_word"} & cues(drafts, main, 1)
    # the same party's second act of the sentence: not the first
    drafts, main = drafts_of("The minister met the envoy on Monday and urged calm.")
    assert [d.event.trigger.text for d in drafts] == ["met", "urged"]
    assert "first_in_sentence" in cues(drafts, main, 0) and "first_in_sentence" not in cues(drafts, main, 1)


def test_keep_events_drops_below_the_threshold_but_never_the_main_event(drafts_of):
    drafts, main = drafts_of("Police arrested two men in Homs on Monday. Rebels attacked an army post in "
                             "Hama on Tuesday. The minister urged calm.")
    assert [d.event.trigger.text for d in drafts] == ["arrested", "attacked", "urged"]
    kept, new_main = keep_events(drafts, main, only("type_ASSAULT"))
    assert [d.event.trigger.text for d in kept] == ["arrested", "attacked"]  # the arrest is the main event
    assert kept[new_main] is drafts[main]
    kept, new_main = keep_events(drafts, 2, only("type_ASSAULT"))
    assert [d.event.trigger.text for d in kept] == ["attacked", "urged"] and new_main == 1
    assert keep_events(drafts, main, only("type_ASSAULT", threshold=0.0))[0] == drafts
    assert keep_events([], None) == ([], None)


def test_clause_depth_counts_embedding_clauses_not_reports(drafts_of):
    drafts, _ = drafts_of("Rebels attacked an army post, officials said. Officials feared that rebels "
                          "would try to attack the post again.")
    doc = drafts[0].sent.doc
    attacked, attack = (next(t for t in doc if t.text == w) for w in ("attacked", "attack"))
    assert clause_depth(attacked) == 0  # under "officials said": a report, not an embedding
    assert clause_depth(attack) >= 2  # in what officials feared, in what rebels would try


def test_a_sentence_that_says_where_or_whose_and_when_gives_its_events_those_cues(drafts_of):
    drafts, main = drafts_of("Syrian troops shelled the town on Monday. "
                             "The mayor urged residents to stay indoors.")
    assert [d.event.trigger.text for d in drafts] == ["shelled", "urged"]
    assert {"sentence_place", "sentence_time"} <= cues(drafts, main, 0)  # "Syrian", "on Monday"
    assert not {"sentence_place", "sentence_time"} & cues(drafts, main, 1)
    drafts, main = drafts_of("Rebels attacked a checkpoint near Idlib.")
    assert "sentence_place" in cues(drafts, main, 0) and "sentence_time" not in cues(drafts, main, 0)


KEEP_ALL = FilterModel(tuple(0.0 for _ in EVENT_FEATURES), 5.0, 0.5)  # every event's probability is .99


@pytest.mark.parametrize("aside, dropped", [
    # private persons meeting or visiting: a report's background, not a political consultation
    ("Brandyberry visited Gregg at Mercy Memorial Hospital on Saturday morning.", True),
    ("Hornsburger met Bakari in 2007 and he told her he was a single dad.", True),
    # officials, states and groups meet as parties; a pronoun may stand for one ("his talks" of a president)
    ("The governor met with the sheriff in Dayton on Saturday to discuss the case.", False),
    ("He met the sheriff in Dayton on Saturday to discuss the case.", False),
    # bodies, officials and descriptions the lexicon does not know may be parties (a review of unseen texts)
    ("The council met behind closed doors on Saturday to discuss the shooting.", False),
    ("High-level ministerial representatives will meet on Saturday to discuss the shooting.", False),
    ("The COAS also met the father of one of the victims on Saturday.", False),
])
def test_a_meeting_of_private_persons_is_no_event_of_the_report(drafts_of, aside, dropped):
    drafts, main = drafts_of("Gunmen shot dead two men in a bar in Dayton, Ohio, on Friday night, police said. " + aside)
    consults = [d for d in drafts if d.event.type == "CONSULT"]
    assert consults and main is not None and drafts[main].event.type != "CONSULT"
    kept, _ = keep_events(drafts, main, KEEP_ALL)
    assert (not any(d.event.type == "CONSULT" for d in kept)) is dropped
