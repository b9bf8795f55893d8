"""Every row of every GDELT export parses with gdelt-py, the field's own reader: its
EventsParser and MentionsParser, and its public Event and Mention models on top."""
from __future__ import annotations

import logging

import pytest

py_gdelt = pytest.importorskip("py_gdelt", reason="gdelt-py (a test-only dependency) is not installed")
from py_gdelt.models.events import Event, Mention
from py_gdelt.parsers import EventsParser, MentionsParser

SETS = ("store", "hand-built", "canonical")


def parsed(parser, model, data: bytes) -> list:
    """The rows the parser yields and its model accepts; it logs and skips the rest."""
    out = []
    for raw in parser.parse(data):
        out.append(model.from_raw(raw))
    return out


@pytest.mark.parametrize("name", SETS)
def test_every_event_row_parses(export_sets, name, caplog):
    data = export_sets[name]["gdelt"].read_bytes()
    n = data.count(b"\n")
    assert n > 0
    with caplog.at_level(logging.WARNING, logger="py_gdelt"):
        events = parsed(EventsParser(), Event, data)
    assert len(events) == n, caplog.text
    assert all(e.date_added is not None and e.date_added.year >= 2000 for e in events)  # 14 digits, parsed
    ids = [e.global_event_id for e in events]
    assert len(set(ids)) == len(ids) and all(0 < i < 2 ** 53 for i in ids)


@pytest.mark.parametrize("name", SETS)
def test_every_mention_row_parses_and_joins(export_sets, name, caplog):
    events = parsed(EventsParser(), Event, export_sets[name]["gdelt"].read_bytes())
    data = export_sets[name]["gdelt-mentions"].read_bytes()
    with caplog.at_level(logging.WARNING, logger="py_gdelt"):
        mentions = parsed(MentionsParser(), Mention, data)
    assert len(mentions) == data.count(b"\n") >= len(events), caplog.text
    by_id = {e.global_event_id: e for e in events}
    assert {m.global_event_id for m in mentions} == set(by_id)  # every event has its mentions, and only those
    for m in mentions:
        assert by_id[m.global_event_id].date_added == m.event_time and m.sentence_id >= 1
    assert sum(1 for m in mentions if m.global_event_id in by_id) == sum(e.num_mentions for e in events)


def test_store_rows_fill_what_gdelt_always_fills(export_sets):
    events = parsed(EventsParser(), Event, export_sets["store"]["gdelt"].read_bytes())
    assert all(e.source_url for e in events)
    assert any(e.is_root_event for e in events) and any(e.avg_tone != 0 for e in events)
    towns = [e.action_geo for e in events if e.action_geo and e.action_geo.geo_type in (3, 4)]
    assert towns and all(g.adm1_code and g.adm1_code.startswith(g.country_code) for g in towns)
