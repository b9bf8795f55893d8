"""The API against a hostile client: rebinding Hosts, nosniff, adversarial filters (ReDoS), a
per-request time limit, hostile POST bodies, and readers that do not starve a writer."""
from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from eventwire.api import queries
from eventwire.api.app import create_app
from eventwire.api.reader import Reader

TOKEN = "hostile-token"
GOOD = "Government forces shelled the town of Maarrat al-Numan on Thursday, killing four civilians."
FILTERS = ("actor", "admin1", "q", "country", "type", "bbox", "cursor", "since", "min_sources", "sort")
# Values that made a regex (or a LIKE pattern) explode, or that a parser may choke on.
ADVERSARIAL = ["%" * 6 + "!", "%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%x", "_" * 199, "\\" * 199, "(a+)+$" * 30,
               "(.*)*" * 30, "[" * 150, "a" * 199 + "!", "%_%_" * 49, "' OR 1=1 --", "\x00\x1b[31m",
               "🙂" * 100, "%25" * 60]


@pytest.fixture(scope="module")
def store(sample_store, tmp_path_factory):
    db = tmp_path_factory.mktemp("hostile_api") / "api.duckdb"
    shutil.copy(sample_store, db)
    return db


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store, token=TOKEN, allowed_hosts=frozenset()), base_url="http://127.0.0.1") as c:
        yield c


def test_untrusted_host_is_refused_and_loopback_served(client, store):
    r = client.get("/api/events", headers={"Host": "attacker.example"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "E510"
    assert r.headers["x-content-type-options"] == "nosniff"
    for host in ("127.0.0.1:8000", "localhost", "[::1]:8000", "LOCALHOST:80"):
        assert client.get("/api/events?limit=1", headers={"Host": host}).status_code == 200, host
    extra = TestClient(create_app(store, allowed_hosts=frozenset({"events.example.org"})), base_url="http://127.0.0.1")
    assert extra.get("/api/stats", headers={"Host": "events.example.org"}).status_code == 200
    assert extra.get("/api/stats", headers={"Host": "evil.example.org"}).status_code == 400


def test_every_response_says_nosniff(client):
    for path in ("/api/events?limit=1", "/api/stats", "/api/events/none", "/api/nothing", "/openapi.json",
                 "/api/events?limit=0"):
        r = client.get(path)
        assert r.headers.get("x-content-type-options") == "nosniff", (path, r.status_code)


@pytest.mark.parametrize("param", ["actor", "admin1", "q", "country", "type"])
def test_adversarial_filter_values_answer_fast(client, param):
    for value in ADVERSARIAL:
        for route in ("/api/events", "/api/stats"):
            t = time.perf_counter()
            r = client.get(route, params={param: value})
            took = time.perf_counter() - t
            assert r.status_code in (200, 422), (param, value, r.text)
            assert took < 1.0, f"{route}?{param}={value!r} took {took:.2f} s"
    # Bytes no client library sends: a lone surrogate in CESU-8, broken UTF-8, an overlong NUL.
    for raw in ("%ED%A0%80", "%FF%FE", "%C0%80", "%25" * 60):
        r = client.get(f"/api/events?{param}={raw}")
        assert r.status_code in (200, 400, 422), (param, raw, r.text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from(FILTERS),
                              st.text(st.characters(blacklist_categories=("Cs",)), max_size=60), max_size=4))
def test_any_query_parameters_answer_a_documented_error_or_a_page(client, params):
    t = time.perf_counter()
    r = client.get("/api/events", params=params)
    assert time.perf_counter() - t < 2.0
    assert r.status_code in (200, 400, 422), r.text
    body = r.json()
    if r.status_code != 200:
        assert body["error"]["code"] in ("E501", "E506")


def test_a_slow_request_is_stopped_at_its_time_limit(store, monkeypatch):
    real = queries.stats

    def slow(c, f):
        time.sleep(1.5)
        return real(c, f)

    monkeypatch.setattr(queries, "stats", slow)
    with TestClient(create_app(store, request_timeout=0.3), base_url="http://127.0.0.1") as c:
        t = time.perf_counter()
        r = c.get("/api/stats", params={"country": "SYR"})
        assert time.perf_counter() - t < 1.2
        assert r.status_code == 503 and r.json()["error"]["code"] == "E509"
        assert r.headers["x-content-type-options"] == "nosniff"


def test_hostile_post_bodies_get_400_or_422_never_500(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    nested = b"[" * 100_000 + b"]" * 100_000
    r = client.post("/api/articles", content=nested, headers=auth)
    assert r.status_code == 400 and r.json()["error"]["code"] == "E501"
    for body in ([1, "x", None], {"id": "a", "text": 5}, {"id": "a", "text": ["x"]}, {"id": "a"}):
        r = client.post("/api/articles", json=body, headers=auth)
        assert r.status_code == 422 and r.json()["error"]["code"] == "E506", (body, r.text)
        assert "item 1" in r.json()["error"]["message"]


def test_wrong_typed_metadata_is_ingested_with_warnings(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = [{"id": "hostile-1", "title": 1, "source": ["x"], "published": "December 9", "text": GOOD},
            {"id": "hostile-\ud800", "title": "a\x1b[2Jb", "text": GOOD.replace("four", "five")},
            {"text": 5}]
    r = client.post("/api/articles", content=__import__("json").dumps(body).encode(), headers={
        **auth, "content-type": "application/json"})
    assert r.status_code == 200, r.text
    rep = r.json()
    assert rep["new"] == 2 and rep["rejected"] == 1 and rep["rejects"][0]["code"] == "E114"
    a = client.get("/api/articles/hostile-1").json()
    assert a["title"] == "1" and a["outlet"] is None and a["published"] is None
    b = client.get("/api/articles/hostile-\ufffd").json()
    assert b["title"] == "a [2Jb"


def test_readers_under_steady_load_let_a_writer_in(store):
    """Requests overlapping without pause never leave the reader idle; the writer still gets in."""
    reader = Reader(store, max_hold_s=0.5, writer_window_s=0.25)
    stop = threading.Event()
    errors: list[BaseException] = []

    def load():
        while not stop.is_set():
            try:
                with reader.cursor() as c:
                    c.execute("SELECT count(*) FROM events").fetchone()
                    time.sleep(0.02)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
                return

    threads = [threading.Thread(target=load, daemon=True) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        time.sleep(0.3)
        # Another process, as `eventwire ingest` is (DuckDB refuses a writer beside a reader in one process).
        code = ("import sys, time; from eventwire.store.db import writing; t = time.perf_counter()\n"
                "with writing(sys.argv[1], timeout=8) as c: c.execute('SELECT count(*) FROM events').fetchone()\n"
                "print(time.perf_counter() - t)")
        r = subprocess.run([sys.executable, "-c", code, str(store)], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr[-2000:]
        assert float(r.stdout) < 5, f"the writer waited {float(r.stdout):.1f} s"
    finally:
        stop.set()
        for t in threads:
            t.join(10)
        reader.close()
    assert not errors, errors


def test_a_query_past_the_limit_is_interrupted(store):
    reader = Reader(store, query_limit_s=0.3)
    t = time.perf_counter()
    with pytest.raises(Exception, match="(?i)interrupt"), reader.cursor() as c:
        c.execute("SELECT count(*) FROM range(100000000000) a").fetchone()
    assert time.perf_counter() - t < 5
    reader.close()
