"""`eventwire serve` as a real process: endpoints, filters, pagination, evidence, export, auth, limits.

One server (with a token) runs over a copy of the session's sample store (conftest
`sample_store`: samples/corpus.jsonl ingested), one more without a token; both are
`python -m eventwire.cli serve` subprocesses on free loopback ports, queried with httpx.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest
from pydantic import BaseModel

from eventwire.api import schemas
from eventwire.export import write
from eventwire.export.tabular import NAMES
from eventwire.store.filters import EventFilter
from eventwire.store.query import article_lookup, stream_events

TOKEN = "test-token-5f1c"
ROOT = Path(__file__).resolve().parents[2]
INJECTION = "' OR 1=1 --"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(db: Path, token: str | None) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("EVENTWIRE_API_TOKEN", None)
    cmd = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port), "--no-access-log"]
    if token:
        cmd += ["--token", token]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return proc, f"http://127.0.0.1:{port}"


def _wait(proc: subprocess.Popen, base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited {proc.returncode}: {proc.stderr.read()[-2000:]}")
        try:
            if httpx.get(base + "/api/events?limit=1", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError("server did not come up")


@pytest.fixture(scope="module")
def servers(sample_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("api")
    db = folder / "api.duckdb"  # a copy: POST /api/articles writes to it
    shutil.copy(sample_store, db)
    ro = folder / "ro.duckdb"
    shutil.copy(sample_store, ro)
    procs = [_start(db, TOKEN), _start(ro, None)]
    try:
        for proc, base in procs:
            _wait(proc, base)
        yield {"db": db, "base": procs[0][1], "ro": procs[1][1]}
    finally:
        for proc, _ in procs:
            proc.terminate()
        for proc, _ in procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="module")
def api(servers):
    with httpx.Client(base_url=servers["base"], timeout=60) as c:
        yield c


def _sql(db: Path, sql: str, params=()) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as c:
        return c.execute(sql, list(params)).fetchall()


def _all(api, **params) -> list[dict]:
    r = api.get("/api/events", params={"limit": 500, **params})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(body["items"])
    return body["items"]


def _error(r: httpx.Response, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    _conforms(schemas.Error, r.json())
    err = r.json()["error"]
    assert err["code"] == code and err["message"]
    return err


def _conforms(model: type[BaseModel], body) -> None:
    """The body has exactly the shape /openapi.json documents: strict types, no key the model
    lacks (the models forbid extras), and no key the model names missing (not merely defaulted)."""
    _complete(model.model_validate(body, strict=True))


def _complete(value) -> None:
    if isinstance(value, BaseModel):
        missing = set(type(value).model_fields) - value.model_fields_set
        assert not missing, f"{type(value).__name__}: the response lacks {sorted(missing)}"
        for name in type(value).model_fields:
            _complete(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for x in value:
            _complete(x)
    elif isinstance(value, dict):
        for x in value.values():
            _complete(x)


# ----------------------------------------------------------------------------- list, filters, pages

def test_list_shape_and_total(api, servers):
    body = api.get("/api/events", params={"limit": 3}).json()
    (n,) = _sql(servers["db"], "SELECT count(*) FROM events")[0]
    assert body["total"] == n > 50 and len(body["items"]) == 3 and body["next_cursor"]
    for it in body["items"]:
        assert set(it) == {"id", "type", "mode", "date", "location", "actors", "targets", "killed", "injured",
                           "n_sources", "n_articles", "has_conflict"}
        assert it["location"] is None or set(it["location"]) == {"name", "country", "admin1", "lat", "lon",
                                                                  "precision"}
    dates = [it["date"] for it in _all(api)]
    known = [d for d in dates if d]
    assert known == sorted(known, reverse=True) and dates[:len(known)] == known  # newest first, unknown last


@pytest.mark.parametrize("params, sql, args", [
    ({"country": "syr"}, "country = ?", ["SYR"]),
    ({"type": "ASSAULT"}, "type = ?", ["ASSAULT"]),
    ({"min_sources": 2}, "n_sources >= ?", [2]),
    ({"conflicts": "true"}, "n_conflicts > 0", []),
    ({"since": "2024-03-12", "until": "2024-03-20"}, "date BETWEEN ? AND ?", ["2024-03-12", "2024-03-20"]),
    ({"admin1": "idl"}, "admin1 ILIKE ?", ["%idl%"]),
    ({"actor": "Syrian"}, "array_to_string(actors, '|') ILIKE ?", ["%Syrian%"]),
    ({"actor": "SYR"}, "(array_to_string(actors, '|') ILIKE ? OR list_contains(actor_countries, ?))", ["%SYR%", "SYR"]),
    ({"country": "SYR", "type": "ASSAULT", "min_sources": 2}, "country = 'SYR' AND type = 'ASSAULT' AND n_sources >= 2",
     []),
    ({"bbox": "36,35,37.5,36.5"}, "lon BETWEEN 36 AND 37.5 AND lat BETWEEN 35 AND 36.5", []),
    ({"bbox": "36,35,37.5,36.5", "country": "SYR"}, "lon BETWEEN 36 AND 37.5 AND lat BETWEEN 35 AND 36.5", []),
    ({"bbox": "40,-90,36,90"}, "lat IS NOT NULL AND (lon >= 40 OR lon <= 36)", []),
])
def test_filters_match_sql(api, servers, params, sql, args):
    got = {it["id"] for it in _all(api, **params)}
    want = {r[0] for r in _sql(servers["db"], f"SELECT id FROM events WHERE {sql}", args)}
    assert got == want and want, params


def test_filtered_items_hold_their_filter(api):
    assert all(it["location"]["country"] == "SYR" for it in _all(api, country="SYR"))
    assert all(it["has_conflict"] for it in _all(api, conflicts="true"))
    assert all(it["n_sources"] >= 3 for it in _all(api, min_sources=3))


def test_text_search_in_sentences_and_titles(api):
    items = _all(api, q="MARKET")
    assert items
    for it in items[:5]:
        ev = api.get(f"/api/events/{it['id']}").json()
        assert any("market" in (s["evidence"]["sentence"]["text"] + " " + (s["title"] or "")).lower()
                   for s in ev["sources"])
    assert _all(api, q="zzzz-no-such-words") == []


@pytest.mark.parametrize("sort", ["-date", "date", "-sources", "sources", "-killed", "killed"])
def test_offset_and_cursor_pages_agree(api, sort):
    full = [it["id"] for it in _all(api, sort=sort)]
    by_offset, by_cursor, cursor = [], [], None
    for off in range(0, len(full), 40):
        by_offset += [it["id"] for it in api.get("/api/events", params={"sort": sort, "limit": 40,
                                                                         "offset": off}).json()["items"]]
    while True:
        params = {"sort": sort, "limit": 40, **({"cursor": cursor} if cursor else {})}
        body = api.get("/api/events", params=params).json()
        by_cursor += [it["id"] for it in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert by_offset == full == by_cursor and len(set(full)) == len(full)
    items = _all(api, sort=sort)
    key = {"date": "date", "sources": "n_sources", "killed": "killed"}[sort.lstrip("-")]
    vals = [it[key] for it in items if it[key] is not None]
    assert vals == sorted(vals, reverse=sort.startswith("-"))
    assert all(it[key] is None for it in items[len(vals):])  # unknowns last


def test_bad_parameters(api):
    _error(api.get("/api/events", params={"limit": 501}), 422, "E506")
    _error(api.get("/api/events", params={"since": "12/03/2024"}), 422, "E506")
    _error(api.get("/api/events", params={"sort": "title"}), 422, "E506")
    _error(api.get("/api/events", params={"cursor": "not-a-cursor"}), 400, "E501")
    _error(api.get("/api/export", params={"format": "xlsx"}), 422, "E506")
    for bad in ("1,2,3", "a,b,c,d", "0,10,1,5", "0,0,200,1"):
        assert "bbox" in _error(api.get("/api/events", params={"bbox": bad}), 422, "E506")["message"]
    _error(api.get("/api/stats", params={"bbox": "1,2"}), 422, "E506")


def test_bbox_keeps_events_inside_and_drops_those_outside(api, servers):
    box = (36.0, 35.0, 37.5, 36.5)
    inside = _all(api, bbox=",".join(map(str, box)))
    assert inside
    for it in inside:
        loc = it["location"]
        assert box[0] <= loc["lon"] <= box[2] and box[1] <= loc["lat"] <= box[3]
    outside = {r[0] for r in _sql(servers["db"], "SELECT id FROM events WHERE lat IS NOT NULL")} - {
        it["id"] for it in inside}
    assert outside  # the sample corpus has events elsewhere (Ukraine, ...)
    total = api.get("/api/stats", params={"bbox": ",".join(map(str, box))}).json()["matching"]
    assert total == len(inside)


def test_wildcards_cannot_stall_the_server(api, servers):
    """`%` was a backtracking `.*` in the index: six of them took one request 25 s on a big store."""
    for pattern in ("%a%a%a%a%a%a%z", "_%_%_%_%_%_%_%q", "%" * 150 + "z"):
        t = time.perf_counter()
        got = {it["id"] for it in _all(api, actor=pattern)}
        assert time.perf_counter() - t < 5
        want = {r[0] for r in _sql(servers["db"], "SELECT id FROM events WHERE array_to_string(actors, '|') ILIKE ? "
                                                  "OR list_contains(actor_countries, ?)", [f"%{pattern}%", pattern.upper()])}
        assert got == want


def test_sql_looking_values_are_just_values(api):
    for name in ("type", "actor", "country", "admin1", "q"):
        r = api.get("/api/events", params={name: INJECTION})
        assert r.status_code == 200 and r.json()["total"] == 0, name
    assert api.get("/api/stats", params={"country": INJECTION}).json()["matching"] == 0
    _error(api.get("/api/events/" + INJECTION), 404, "E504")
    _error(api.get("/api/articles/" + INJECTION), 404, "E504")


# ----------------------------------------------------------------------------- detail, evidence, articles

def _check_span(text: str, sent: dict, sp: dict) -> None:
    assert text[sp["start"]:sp["end"]] == sp["text"], sp
    if sp["rel_start"] is not None:
        assert sent["text"][sp["rel_start"]:sp["rel_end"]] == sp["text"], sp
        assert sp["rel_start"] == sp["start"] - sent["start"]
    else:
        assert not (sent["start"] <= sp["start"] <= sp["end"] <= sent["end"])


def test_event_detail_evidence_offsets_reproduce_text(api, servers):
    ids = [r[0] for r in _sql(servers["db"], "SELECT id FROM events ORDER BY n_sources DESC, n_conflicts DESC, id "
                                             "LIMIT 12")]
    texts: dict[str, str] = {}
    n_spans = n_claims = 0
    for event_id in ids:
        ev = api.get(f"/api/events/{event_id}").json()
        assert ev["id"] == event_id and len(ev["sources"]) == ev["n_articles"]
        for s in ev["sources"]:
            text = texts.setdefault(s["article_id"], api.get(f"/api/articles/{s['article_id']}").json()["text"])
            sent = s["evidence"]["sentence"]
            assert text[sent["start"]:sent["end"]] == sent["text"]
            roles = {sp["role"] for sp in s["evidence"]["spans"]}
            assert "trigger" in roles
            for sp in s["evidence"]["spans"]:
                _check_span(text, sent, sp)
                n_spans += 1
            for fig in s["figures"].values():
                assert fig is None or {"value", "qualifier", "text"} <= set(fig)
        for cf in ev["conflicts"]:
            assert cf["field"] and cf["kind"] and len(cf["claims"]) >= 2
            for cl in cf["claims"]:
                text = texts.setdefault(cl["article_id"], api.get(f"/api/articles/{cl['article_id']}").json()["text"])
                e = cl["evidence"]
                assert text[e["start"]:e["end"]] == e["text"]
                if cl["rel_start"] is not None:
                    assert cl["sentence"]["text"][cl["rel_start"]:cl["rel_end"]] == e["text"]
                n_claims += 1
    assert n_spans > 50 and n_claims > 0
    # a prefix of an id works too; an unknown id is a JSON 404
    assert api.get(f"/api/events/{ids[0][:9]}").status_code in (200, 404)
    _error(api.get("/api/events/ev-000000000000"), 404, "E504")


def test_article_has_text_and_every_event_with_spans(api):
    a = api.get("/api/articles/smp-001").json()
    assert a["title"].startswith("Air strike on Ariha") and a["outlet"] == "Levant Wire"
    assert a["published"] == "2024-03-12" and a["versions"] == [1] and a["events"]
    for e in a["events"]:
        sent = e["evidence"]["sentence"]
        assert a["text"][sent["start"]:sent["end"]] == sent["text"]
        for sp in e["evidence"]["spans"]:
            _check_span(a["text"], sent, sp)
        assert e["event_id"] and api.get(f"/api/events/{e['event_id']}").status_code == 200
    _error(api.get("/api/articles/no-such-article"), 404, "E504")


def test_stats(api, servers):
    st = api.get("/api/stats").json()
    (n, n_art) = _sql(servers["db"], "SELECT (SELECT count(*) FROM events), "
                                     "(SELECT count(DISTINCT id) FROM articles)")[0]
    assert st["counts"]["events"] == st["matching"] == n and st["counts"]["articles"] == n_art
    assert sum(t["n"] for t in st["by_type"]) == n == sum(c["n"] for c in st["by_country"])
    days = [d["date"] for d in st["by_day"]]
    assert days == sorted(days) and st["date_range"]["min"] == days[0]
    syr = api.get("/api/stats", params={"country": "SYR"}).json()
    assert syr["matching"] == api.get("/api/events", params={"country": "SYR", "limit": 1}).json()["total"]
    assert [c["country"] for c in syr["by_country"]] == ["SYR"]


# ----------------------------------------------------------------------------- documented shapes

def test_every_json_route_answers_its_documented_schema(api, servers):
    """Real responses of every JSON route validate against the pydantic models of /openapi.json."""
    body = api.get("/api/events", params={"limit": 500}).json()
    _conforms(schemas.EventList, body)
    assert any(it["location"] is None for it in body["items"]) and any(it["location"] for it in body["items"])
    page = api.get("/api/events", params={"limit": 7, "sort": "-killed", "country": "SYR"}).json()
    _conforms(schemas.EventList, page)
    _conforms(schemas.EventList, api.get("/api/events", params={"cursor": page["next_cursor"], "sort": "-killed",
                                                                "country": "SYR"}).json())
    # Events with the most sources and conflicts (claims, figures), and some with no place or date.
    ids = [r[0] for r in _sql(servers["db"], "SELECT id FROM events ORDER BY n_conflicts DESC, n_sources DESC, id "
                                             "LIMIT 8")]
    ids += [r[0] for r in _sql(servers["db"], "SELECT id FROM events WHERE place IS NULL OR date IS NULL "
                                              "ORDER BY id LIMIT 4")]
    articles = set()
    for event_id in ids:
        ev = api.get(f"/api/events/{event_id}").json()
        _conforms(schemas.EventDetail, ev)
        articles |= {s["article_id"] for s in ev["sources"]}
    assert any(ev for ev in ids)
    for article_id in sorted(articles)[:12]:
        _conforms(schemas.ArticleOut, api.get(f"/api/articles/{article_id}").json())
    _conforms(schemas.Stats, api.get("/api/stats").json())
    _conforms(schemas.Stats, api.get("/api/stats", params={"country": "XXX"}).json())  # nothing matches
    _error(api.get("/api/events/ev-none"), 404, "E504")  # Error, validated in _error


# ----------------------------------------------------------------------------- export

@pytest.mark.parametrize("fmt", ["csv", "jsonl", "gdelt", "gdelt-mentions", "acled", "plover", "geojson"])
def test_export_streams_the_same_bytes_as_eventwire_export(api, servers, fmt, tmp_path):
    with api.stream("GET", "/api/export", params={"format": fmt}) as r:
        assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
        assert "content-length" not in r.headers  # streamed, not built first
        body = b"".join(r.iter_bytes())
    path = write(fmt, stream_events(servers["db"], EventFilter()), tmp_path, articles=article_lookup(servers["db"]))[0]
    assert body == path.read_bytes()
    n = _sql(servers["db"], "SELECT count(*) FROM events")[0][0]
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
        assert tuple(rows[0]) == NAMES and len(rows) == n + 1
    if fmt == "jsonl":
        assert len([json.loads(line) for line in body.decode("utf-8").splitlines()]) == n


def test_export_filters_and_parquet(api):
    body = api.get("/api/export", params={"format": "jsonl", "country": "SYR"}).text
    events = [json.loads(line) for line in body.splitlines()]
    assert events and all(e["location"]["country"] == "SYR" for e in events)
    r = api.get("/api/export", params={"format": "parquet", "limit": 10})
    assert r.status_code == 200
    import pyarrow.parquet as pq

    assert pq.read_table(io.BytesIO(r.content)).num_rows == 10


# ----------------------------------------------------------------------------- ingest over HTTP, limits

NEW_ARTICLE = {"id": "api-test-1", "title": "Shelling hits Maarrat al-Numan", "published": "2024-05-02",
               "source": "Test Wire",
               "text": "Government forces shelled the town of Maarrat al-Numan in Idlib province on Thursday, "
                       "killing four civilians, a monitoring group said."}


def test_post_is_off_without_a_token(servers):
    r = httpx.post(servers["ro"] + "/api/articles", json=NEW_ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert "--token" in _error(r, 403, "E503")["message"]


def test_post_needs_the_right_token(api):
    _error(api.post("/api/articles", json=NEW_ARTICLE), 401, "E502")
    _error(api.post("/api/articles", json=NEW_ARTICLE, headers={"Authorization": "Bearer wrong"}), 401, "E502")
    _error(api.post("/api/articles", json=NEW_ARTICLE, headers={"Authorization": TOKEN}), 401, "E502")


def test_post_ingests_and_the_article_is_queryable(api):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = api.get("/api/events", params={"limit": 1}).json()["total"]
    r = api.post("/api/articles", json=[NEW_ARTICLE, {"id": "api-test-empty"}], headers=auth)
    assert r.status_code == 200, r.text
    rep = r.json()
    _conforms(schemas.IngestResult, rep)
    assert rep["new"] == 1 and rep["rejected"] == 1 and rep["rejects"][0]["code"] == "E105"
    assert rep["mentions"] >= 1 and rep["event_ids"]
    a = api.get("/api/articles/api-test-1").json()
    assert a["text"] == NEW_ARTICLE["text"] and a["events"]
    found = _all(api, q="maarrat al-numan")
    assert {it["id"] for it in found} >= {e["event_id"] for e in a["events"]}
    for event_id in rep["event_ids"]:
        assert api.get(f"/api/events/{event_id}").status_code == 200
    assert api.get("/api/events", params={"limit": 1}).json()["total"] >= before
    again = api.post("/api/articles", json=NEW_ARTICLE, headers=auth).json()  # idempotent
    assert again["new"] == 0 and again["unchanged"] == 1 and again["warnings"] == []
    messy = api.post("/api/articles", json={**NEW_ARTICLE, "id": "api-test-2", "title": 42, "published": "December 9"},
                     headers=auth)
    assert messy.status_code == 200, messy.text
    _conforms(schemas.IngestResult, messy.json())
    assert messy.json()["new"] == 1  # the article is kept; its metadata is what is warned of
    assert {w["code"] for w in messy.json()["warnings"]} >= {"W102", "W106"}
    _error(api.post("/api/articles", content=b"{not json", headers=auth), 400, "E501")
    _error(api.post("/api/articles", json=[NEW_ARTICLE] * 101, headers=auth), 422, "E506")


def test_oversized_body_is_413(api):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {**NEW_ARTICLE, "text": "x" * (2 * 1024 * 1024 + 10)}
    _error(api.post("/api/articles", json=big, headers=auth), 413, "E505")

    def chunks():  # no Content-Length: the limit must hold on a streamed body too
        for _ in range(30):
            yield b"x" * 100_000

    _error(api.post("/api/articles", content=chunks(), headers=auth), 413, "E505")


def test_a_writer_gets_in_between_requests(api, servers):
    """The server keeps its read-only connection only while busy, so an ingest can write."""
    from eventwire.store.db import writing

    api.get("/api/events", params={"limit": 5, "q": "strike"})
    with writing(servers["db"], timeout=15) as c:
        assert c.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    assert api.get("/api/events", params={"limit": 1}).status_code == 200


# ----------------------------------------------------------------------------- errors, docs

def test_unknown_route_is_json_404(api):
    _error(api.get("/api/nothing-here"), 404, "E504")


def test_openapi_and_offline_docs(api):
    spec = api.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/articles",
                 "/api/stats", "/api/export"):
        assert path in spec["paths"], path
    assert "ArticleIn" in spec["components"]["schemas"] and "EventItem" in spec["components"]["schemas"]
    page = api.get("/docs")
    assert page.status_code == 200 and "openapi.json" in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text.split("<body>")[-1]
    for src in ("swagger-ui-bundle.js", "swagger-ui.css"):
        if f"/docs/assets/{src}" in page.text:
            assert api.get(f"/docs/assets/{src}").status_code == 200


def test_serve_refuses_a_missing_store(tmp_path):
    r = subprocess.run([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(tmp_path / "none.duckdb"),
                        "--port", str(_free_port())], capture_output=True, text=True, timeout=60,
                       env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert r.returncode == 2 and "E403" in r.stderr
