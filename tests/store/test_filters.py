"""The one EventFilter: its SQL (the store, the CLI) and the API index's in-memory mask select the
same events, for random filters over a small store with awkward values; its LIKE matcher is
DuckDB's ILIKE without a backtracking regex; bounding boxes."""
from __future__ import annotations

import json
import random
import time

import duckdb
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.api import queries
from eventwire.api.index import IndexHolder
from eventwire.api.reader import Reader
from eventwire.store.db import writing
from eventwire.store.filters import EventFilter, check_bbox, fold, ilike_contains, parse_bbox
from eventwire.store.write import EVENT_COLS, insert_rows

# Characters where case folding and LIKE differ between naive implementations: a dotted capital I,
# a capital sigma (Python writes a final one as ς), a letter with a macron, the wildcards themselves.
ALPHABET = "aAbB āĀİiıΣσς%_-|"
# Coordinates on a grid, so box edges often fall exactly on an event (BETWEEN is inclusive).
LONS = [-180.0, -170.5, -10.0, 0.0, 10.0, 35.8, 170.5, 180.0]
LATS = [-90.0, -45.5, 0.0, 10.0, 35.8, 90.0]
DATES = ["2024-03-01", "2024-03-10", "2024-03-11", "2024-03-20", "2024-04-02"]
TYPES = ["ASSAULT", "PROTEST", "COERCE"]
COUNTRIES = ["SYR", "UKR", "USA"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 7)))


def _events(n: int, seed: int) -> list[list]:
    rng = random.Random(seed)
    maybe = lambda xs: rng.choice([None, *xs])  # noqa: E731
    rows = []
    for i in range(n):
        place = rng.random() < 0.85
        rows.append([
            f"ev-{i:04d}", i, maybe(TYPES), None, maybe(DATES), maybe(COUNTRIES),
            rng.choice([None, _name(rng)]), "Somewhere" if place else None,
            maybe(LATS) if place else None, maybe(LONS) if place else None,
            maybe([0, 3, 12]), None, [_name(rng) for _ in range(rng.randint(0, 3))],
            sorted(set(rng.sample(COUNTRIES, rng.randint(0, 2)))), [], maybe([1, 2, 3, 5]), 1,
            rng.choice([0, 0, 1, 2]), None, None, json.dumps({"id": f"ev-{i:04d}"}),
        ])
    return rows


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    """80 events with awkward names, some with an article (its title is what `q` finds)."""
    db = tmp_path_factory.mktemp("filters") / "small.duckdb"
    rows = _events(80, seed=7)
    with writing(db) as c:
        insert_rows(c, "events", EVENT_COLS, rows)
        for r in rows[::3]:
            event_id = r[0]
            title = f"Report {_name(random.Random(event_id))} market"
            c.execute("INSERT INTO articles (id, version, content_hash, title, text) VALUES (?, 1, 'h', ?, 'x')",
                      [f"a-{event_id}", title])
            c.execute("INSERT INTO event_sources (event_id, mention_id, article_id, article_version) "
                      "VALUES (?, ?, ?, 1)", [event_id, f"m-{event_id}", f"a-{event_id}"])
    reader = Reader(db)
    yield reader, IndexHolder(reader).get()
    reader.close()


def _sql_ids(reader: Reader, f: EventFilter) -> set[str]:
    where, params = f.where()
    with reader.cursor() as c:
        return {r[0] for r in c.execute(f"SELECT id FROM events{where}", params).fetchall()}


def _index_ids(reader: Reader, snap, f: EventFilter) -> set[str]:
    q_mask = None
    if f.q:
        with reader.cursor() as c:
            q_mask = snap.positions(queries.q_event_ids(c, f.q))
    m = snap.mask(f, q_mask)
    return {snap.ids[i] for i in np.flatnonzero(m)}


texts = st.text(alphabet=ALPHABET, max_size=5)
bboxes = st.tuples(st.sampled_from(LONS), st.sampled_from(LATS), st.sampled_from(LONS), st.sampled_from(LATS)).map(
    lambda b: (b[0], min(b[1], b[3]), b[2], max(b[1], b[3])))
filters = st.builds(
    EventFilter,
    type=st.none() | st.sampled_from(["assault", "PROTEST", "Coerce", "XXX"]),
    actor=st.none() | texts | st.sampled_from(["syr", "UKR"]),
    country=st.none() | st.sampled_from(["syr", "UKR", "usa", "GBR"]),
    admin1=st.none() | texts,
    since=st.none() | st.sampled_from(DATES),
    until=st.none() | st.sampled_from(DATES),
    min_sources=st.none() | st.integers(1, 6),
    conflicts_only=st.booleans(),
    q=st.none() | st.sampled_from(["market", "MARKET", "report a", "no such words"]),
    bbox=st.none() | bboxes,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(f=filters)
def test_sql_and_index_select_the_same_events(small_store, f):
    reader, snap = small_store
    assert _index_ids(reader, snap, f) == _sql_ids(reader, f)


def test_the_random_filters_are_not_all_empty(small_store):
    """The property above would hold trivially if every filter selected nothing."""
    reader, snap = small_store
    hits = [len(_sql_ids(reader, f)) for f in (EventFilter(actor="a"), EventFilter(admin1="_"),
                                                EventFilter(bbox=(-10.0, 0.0, 35.8, 35.8)),
                                                EventFilter(bbox=(170.5, -90.0, -170.5, 90.0)),
                                                EventFilter(q="market"), EventFilter(actor="İ"))]
    assert all(0 < n < 80 for n in hits), hits


# ----------------------------------------------------------------------------- LIKE without regex

@pytest.fixture(scope="module")
def duck():
    c = duckdb.connect()
    yield c
    c.close()


@settings(max_examples=1500, deadline=None)
@given(value=st.text(alphabet=ALPHABET, max_size=12), pattern=st.text(alphabet=ALPHABET, max_size=6))
def test_ilike_contains_is_duckdbs_ilike(duck, value, pattern):
    want = duck.execute("SELECT ? ILIKE '%' || ? || '%'", [value, pattern]).fetchone()[0]
    assert ilike_contains(pattern)(value) == want


@pytest.mark.parametrize("value, pattern, want", [
    ("Islamic State", "islamic", True), ("Islamic State", "c_s", True), ("Islamic State", "c__s", False),
    ("Islamic State", "is%st", True), ("Islamic State", "st%is", False), ("ab", "a%%b", True),
    ("ab", "", True), ("", "%", True), ("", "_", False), ("ΣΑΣ", "σας", False), ("İDLİB", "idlib", True),
    ("a\\b", "a\\b", True), ("x%y", "x%y", True),
])
def test_ilike_contains_examples(value, pattern, want):
    assert ilike_contains(pattern)(value) is want


def test_many_wildcards_cost_linear_time():
    """As a regex, six `%` on a long name backtracked for seconds (a request blocked the event loop)."""
    value = "a" * 20_000
    t = time.perf_counter()
    for pattern in ("%a%a%a%a%a%a%b", "a_a_a_a_a_a_a_b", "%_%_%_%_%_%_%b"):
        assert ilike_contains(pattern)(value) is False
    assert time.perf_counter() - t < 1.0


def test_fold_is_duckdbs_lower(duck):
    s = "ΣΑΣ İstanbul ĀBC Straße"
    assert fold(s) == duck.execute("SELECT lower(?)", [s]).fetchone()[0]


# ----------------------------------------------------------------------------- bounding boxes

def test_bbox_parsing_and_checks():
    assert parse_bbox("35.5, 34.9,37,36.5") == (35.5, 34.9, 37.0, 36.5)
    assert check_bbox([170, -20, -170, 20]) == (170.0, -20.0, -170.0, 20.0)  # spans the antimeridian
    for bad in ("1,2,3", "a,b,c,d", "0,0,1,nan", "0,0,181,1", "0,10,1,5", "0,-91,1,1", ""):
        with pytest.raises(ValueError):
            parse_bbox(bad)
    with pytest.raises(ValueError):
        EventFilter(bbox=(0, 10, 1, 5))
    with pytest.raises(ValueError):
        EventFilter(since="12/03/2024")


def test_bbox_inside_and_outside(small_store):
    reader, snap = small_store
    with reader.cursor() as c:
        rows = c.execute("SELECT id, lon, lat FROM events").fetchall()
    box = (0.0, 0.0, 35.8, 35.8)  # edges inclusive
    inside = {i for i, lon, lat in rows if lon is not None and lat is not None
              and 0.0 <= lon <= 35.8 and 0.0 <= lat <= 35.8}
    f = EventFilter(bbox=box)
    assert inside and _sql_ids(reader, f) == inside == _index_ids(reader, snap, f)
    wrap = EventFilter(bbox=(170.5, -90.0, -170.5, 90.0))  # only what lies within 10 degrees of 180
    far_east_west = {i for i, lon, lat in rows if lon is not None and lat is not None and abs(lon) >= 170.5}
    assert far_east_west and _sql_ids(reader, wrap) == far_east_west == _index_ids(reader, snap, wrap)
