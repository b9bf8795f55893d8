"""Exports written once per session for the reader tests: the hand-built events of
tests/test_export.py (unicode, quotes, tabs, no location, a conflict, a non-event) and
the extraction of the canonical and seed articles, each event as one report, every
format of each set in its own folder."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from eventwire.export import FORMATS, write
from eventwire.export.single import articles_from_result, fused_from_result
from eventwire.store import query
from eventwire.store.filters import EventFilter


def _hand_built_module():
    path = Path(__file__).parents[1] / "test_export.py"
    spec = importlib.util.spec_from_file_location("_export_fixtures", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _write_all(events, articles, out: Path) -> dict[str, Path]:
    files = {}
    for fmt in FORMATS:
        files[fmt] = write(fmt, iter(events), out, articles=articles())[0]
    return files


@pytest.fixture(scope="session")
def export_sets(canonical_result, sample_store, tmp_path_factory) -> dict[str, dict[str, Path]]:
    """set name -> format -> file: the sample store (as `eventwire export` writes it), the
    hand-built events, the canonical article's events."""
    events = list(query.stream_events(sample_store, EventFilter()))
    assert events
    hand = _hand_built_module()
    d = canonical_result.to_dict()
    return {
        "store": _write_all(events, lambda: query.article_lookup(sample_store), tmp_path_factory.mktemp("store")),
        "hand-built": _write_all(hand.all_events(), hand.articles, tmp_path_factory.mktemp("hand")),
        "canonical": _write_all(fused_from_result(d), lambda: articles_from_result(d), tmp_path_factory.mktemp("canon")),
    }


@pytest.fixture(scope="session")
def hand_built():
    return _hand_built_module()
