"""The record scorer (`eval.records.Tally`) on made-up outputs: matching, spurious and duplicate
events, and how well the output marks the events the gold calls background."""
from __future__ import annotations

from eventwire.eval.records import Tally


def out_event(start: int, end: int, context=(), etype="ASSAULT") -> dict:
    return {"type": etype, "trigger": {"start": start, "end": end}, "sentence": {"start": start, "end": end},
            "context": list(context), "actors": [], "targets": [], "location": None, "date": None,
            "killed": None, "injured": None}


GOLD = {"main": 0, "events": [
    {"type": "ASSAULT", "mentions": [[0, 6]]},  # today's strike
    {"type": "PROTEST", "mentions": [[20, 28]], "background": True},  # the 2011 protests
    {"type": "ASSAULT", "mentions": [[40, 46]], "background": True},  # an earlier attack
]}


def test_spurious_duplicate_and_background_marking_are_counted_over_matched_events():
    t = Tally()
    result = {"main_event": 0, "events": [
        out_event(0, 6), out_event(2, 5),  # the strike, twice: one duplicate
        out_event(20, 28, ["background"]),  # recalled, marked
        out_event(40, 46),  # recalled, not marked
        out_event(60, 66, ["background"]),  # no event at all: spurious, not counted for marking
    ]}
    t.add(result, GOLD)
    m = t.metrics()
    assert (t.spurious, t.duplicates, t.missed) == (1, 1, 0)
    assert m["background_precision"] == 1.0 and m["background_recall"] == 0.5
    assert m["type"] == 1.0


def test_a_today_event_marked_background_lowers_precision():
    t = Tally()
    t.add({"main_event": 0, "events": [out_event(0, 6, ["background"]), out_event(20, 28, ["background"])]}, GOLD)
    assert t.metrics()["background_precision"] == 0.5


def test_a_party_is_right_by_its_words_where_marked_or_elsewhere_or_by_its_name():
    from eventwire.eval.records import field_outcomes

    gold = {"type": "ASSAULT", "actor": {"words": "the rebels", "start": 50, "end": 60, "name": "Syrian rebels"},
            "target": {"words": "four children", "start": 70, "end": 83, "name": None}}

    def outcome(actor: dict, target: dict) -> tuple:
        o = field_outcomes({"type": "ASSAULT", "actors": [actor], "targets": [target]}, gold)
        return o["actor"], o["target"]

    # the annotator's mention; the same words in the headline; the same resolved name
    assert outcome({"text": "rebels", "start": 54, "end": 60}, {"text": "children", "start": 75, "end": 83}) == (True, True)
    assert outcome({"text": "Rebels", "start": 0, "end": 6}, {"text": "Four children", "start": 8, "end": 21}) == (True, True)
    assert outcome({"text": "insurgents", "start": 0, "end": 10, "name": "Syrian rebels"},
                   {"text": "four boys", "start": 11, "end": 20})[0] is True
    # other words, another name
    assert outcome({"text": "the army", "start": 0, "end": 8, "name": "Syrian army"},
                   {"text": "four boys", "start": 11, "end": 20}) == (False, False)
    # a word that tells two parties apart counts ("the State Department" is not "the department")
    gold["actor"] = {"words": "the State Department", "start": 50, "end": 70, "name": None}
    assert outcome({"text": "the department", "start": 0, "end": 14}, {"text": "x", "start": 90, "end": 91})[0] is False


def test_a_pronoun_is_right_only_where_the_annotator_marked_it():
    from eventwire.eval.records import field_outcomes

    gold = {"type": "ASSAULT", "actor": {"words": "he", "start": 50, "end": 52, "name": None}}
    assert field_outcomes({"type": "ASSAULT", "actors": [{"text": "He", "start": 0, "end": 2}]}, gold)["actor"] is False
    assert field_outcomes({"type": "ASSAULT", "actors": [{"text": "he", "start": 50, "end": 52}]}, gold)["actor"] is True


def test_the_events_a_reader_keeps_by_confidence_are_scored_on_their_own():
    from eventwire.eval.records import CONFIDENT

    gold = {"main": 0, "events": [{"type": "ASSAULT", "mentions": [[0, 6]]},
                                  {"type": "PROTEST", "mentions": [[20, 28]]}]}
    sure, unsure = CONFIDENT, CONFIDENT - 0.01
    t = Tally()
    events = [dict(out_event(0, 6), confidence=sure), dict(out_event(2, 5), confidence=sure),  # the strike twice
              dict(out_event(20, 28), confidence=unsure),  # the protest, told unsurely
              dict(out_event(60, 66), confidence=None)]  # no event at all, with no confidence
    t.add({"main_event": 0, "events": events}, gold)
    m = t.metrics()
    assert m["spurious_or_duplicate_share"] == 2 / 4 and m["missed_share"] == 0
    assert m["confident_noise_share"] == 1 / 2  # the repeat; the event without confidence is not kept
    assert m["confident_missed_share"] == 1 / 2  # the protest has no confident event
