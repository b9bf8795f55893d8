"""GET /api/watch: each feed's state after a run against the fake site, shaped as its model says."""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from eventwire.api import errors, routes_watch
from eventwire.api.deps import ApiState
from eventwire.api.reader import Reader
from eventwire.services import watch
from eventwire.store.db import writing

from .site import page_html, rss, sample_articles


def _client(db) -> TestClient:
    """The route on a bare app with the server's state and error handling (app.py registers it for serve)."""
    app = FastAPI()
    app.state.eventwire = ApiState(db=str(db), token=None, reader=Reader(db))
    errors.install(app)
    app.include_router(routes_watch.router)
    return TestClient(app)


def test_watch_state_lists_feeds_with_fetch_times_new_articles_and_errors(site, db, clock, run_watch):
    [a] = sample_articles(1)
    site.set("/robots.txt", "", ctype="text/plain")
    site.set("/news/a.html", page_html(a))
    site.set("/feed.xml", rss(site.base, ["/news/a.html"]), ctype="application/rss+xml")
    site.set("/broken.xml", b"", status=500)
    watch.add(db, site.base + "/feed.xml", clock.now())
    watch.add(db, site.base + "/broken.xml", clock.now())
    run_watch(delay=0.0)
    body = _client(db).get("/api/watch").json()
    routes_watch.WatchState.model_validate(body, strict=False)
    by_url = {f["url"]: f for f in body["feeds"]}
    ok, broken = by_url[site.base + "/feed.xml"], by_url[site.base + "/broken.xml"]
    assert ok["kind"] == "rss" and ok["new_articles"] == 1 and ok["last_http"] == 200 and ok["last_error"] is None
    assert ok["last_fetch"].endswith("Z") and ok["next_fetch"] > ok["last_fetch"]
    assert broken["status"] == "failing" and broken["failures"] == 1 and broken["last_error"].startswith("[E704]")
    assert body["pages"] == {"done": 1}


def test_a_store_from_before_watch_answers_an_empty_state(tmp_path):
    db = tmp_path / "s.duckdb"
    with writing(db) as c:  # a current store, then made to look like schema 2 (no watch tables)
        for t in ("watch_feeds", "watch_frontier", "watch_robots"):
            c.execute(f"DROP TABLE {t}")
    assert _client(db).get("/api/watch").json() == {"feeds": [], "pages": {}}


def test_serve_app_answers_api_watch(db, clock):
    from eventwire.api.app import create_app

    watch.add(db, "http://127.0.0.1:9/feed.xml", clock.now())
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        body = client.get("/api/watch").json()
    assert [f["url"] for f in body["feeds"]] == ["http://127.0.0.1:9/feed.xml"] and body["feeds"][0]["kind"] == "auto"
