"""The API's in-memory events index answers exactly what the store's SQL answers,
before and after an ingest changes the store (incremental refresh)."""
from __future__ import annotations

import copy
import itertools
import json
import random
import shutil

import pytest

from eventwire.api import queries
from eventwire.api.index import IndexHolder
from eventwire.api.reader import Reader
from eventwire.model import Article
from eventwire.store.filters import EventFilter
from eventwire.services.ingest import ingest

SORTS = list(queries.SORTS)


def _queries(rng: random.Random, n: int) -> list[tuple[EventFilter, str, int, int]]:
    pick = lambda *xs: rng.choice(xs)  # noqa: E731
    out = []
    for _ in range(n):
        q = EventFilter(
            type=pick(None, None, "ASSAULT", "protest", "COERCE"), country=pick(None, None, "SYR", "ukr", "XXX"),
            actor=pick(None, None, "Syrian", "rus", "a%s", "_ebel", "SYR"), admin1=pick(None, None, "idl", "Raq"),
            since=pick(None, "2024-03-10"), until=pick(None, "2024-03-25"), min_sources=pick(None, None, 2, 3),
            conflicts_only=pick(False, False, True), q=pick(None, None, None, "market", "said"),
            bbox=pick(None, None, (36.0, 35.0, 37.5, 36.5), (30.0, 30.0, 50.0, 40.0), (170.0, -90.0, 40.0, 90.0)))
        out.append((q, rng.choice(SORTS), rng.choice([1, 5, 20, 500]), rng.choice([0, 0, 3, 30])))
    return out


def _compare(reader: Reader, holder: IndexHolder, cases) -> int:
    snap = holder.get()
    checked = 0
    for q, sort, limit, offset in cases:
        with reader.cursor() as c:
            want = queries.page(c, q, sort, limit, offset)
            total = queries.count(c, q)
            mask = snap.positions(queries.q_event_ids(c, q.q)) if q.q else None
        got_total, items, last = snap.page(q, mask, sort, limit, offset, None)
        assert (got_total, [json.loads(i) for i in items]) == (total, want.items), (q, sort, limit, offset)
        assert (queries.encode_cursor(*last) if last else None) == want.next_cursor
        if want.next_cursor:  # the next page by cursor, too
            with reader.cursor() as c:
                nxt = queries.page(c, q, sort, limit, 0, want.next_cursor)
            _, items2, _ = snap.page(q, mask, sort, limit, 0, queries.decode_cursor(want.next_cursor, sort))
            assert [json.loads(i) for i in items2] == nxt.items
        checked += got_total > 0
    return checked


def test_index_equals_sql(sample_store):
    reader = Reader(sample_store)
    try:
        assert _compare(reader, IndexHolder(reader), _queries(random.Random(11), 300)) > 50
    finally:
        reader.close()


def test_index_refreshes_incrementally_after_an_ingest(sample_store, sample_results, tmp_path):
    db = tmp_path / "s.duckdb"
    shutil.copy(sample_store, db)
    reader = Reader(db, idle_close_s=0.05)
    holder = IndexHolder(reader)
    before = holder.get()
    # Syndicated copies and a rewritten version: events change, get new sources, dissolve and re-form.
    by_id = {r["id"]: r for r in sample_results}
    extra, results = [], {}
    for i, r in enumerate(itertools.islice(by_id.values(), 6)):
        new = copy.deepcopy(r)
        new["id"] = f"copy-{i}"
        results[new["id"]] = new
        extra.append(new)
    recs = [Article(id=r["id"], text=r["text"], title=r["title"], published=r["published"], source="Copy Desk")
            for r in extra]

    def extract(items, processes):
        for rec in items:
            yield copy.deepcopy(results[rec.id])

    with reader.exclusive():
        rep = ingest(recs, db, extract=extract)
    assert rep.events_changed > 0
    after = holder.get()
    assert after is not before and after.build_no > before.build_no
    fresh_reader = Reader(db)
    fresh = IndexHolder(fresh_reader).get()
    assert after.ids == fresh.ids and after.items == fresh.items  # incremental == built from scratch
    assert _compare(reader, holder, _queries(random.Random(5), 120)) > 20
    reader.close()
    fresh_reader.close()


@pytest.mark.parametrize("bad", ["", "e30", "WyJ4Il0", "WzEsMl0"])
def test_malformed_cursors_are_rejected(bad):
    with pytest.raises(queries.BadCursor):
        queries.decode_cursor(bad, "-date")


def test_an_empty_store_pages_nothing(tmp_path):
    from eventwire.store.db import writing

    db = tmp_path / "empty.duckdb"
    with writing(db):
        pass
    reader = Reader(db)
    try:
        snap = IndexHolder(reader).get()
        for sort in SORTS:
            assert snap.page(EventFilter(country="SYR"), None, sort, 50, 0, None) == (0, [], None)
        with reader.cursor() as c:
            assert queries.stats(c, EventFilter())["matching"] == 0
    finally:
        reader.close()
