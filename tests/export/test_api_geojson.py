"""GET /api/events.geojson: the events /api/events lists, with the same filters (bbox among
them), as one GeoJSON FeatureCollection; and /api/export's new formats stream what
`eventwire export` writes, the source articles' facts included."""
from __future__ import annotations

import io
import json

import pytest
from fastapi.testclient import TestClient

from eventwire.api.app import create_app
from eventwire.export import write
from eventwire.store import query
from eventwire.store.filters import EventFilter


@pytest.fixture(scope="module")
def client(sample_store):
    with TestClient(create_app(sample_store)) as c:
        yield c


def ids_of_list(client, **params) -> list[str]:
    body = client.get("/api/events", params={"limit": 500, **params}).json()
    return sorted(it["id"] for it in body["items"])


def ids_of_geojson(client, **params) -> list[str]:
    r = client.get("/api/events.geojson", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    doc = r.json()
    assert doc["type"] == "FeatureCollection"
    return sorted(f["id"] for f in doc["features"])


def test_same_events_as_the_list_under_every_filter(client):
    everything = client.get("/api/events", params={"limit": 1}).json()["total"]
    assert everything <= 500
    some = client.get("/api/events", params={"limit": 500}).json()["items"]
    located = [it for it in some if it["location"] and it["location"]["lat"] is not None]
    assert located
    lat, lon = located[0]["location"]["lat"], located[0]["location"]["lon"]
    box = f"{lon - 1},{lat - 1},{lon + 1},{lat + 1}"
    country = located[0]["location"]["country"]
    for params in ({}, {"bbox": box}, {"country": country}, {"type": "ASSAULT"}, {"min_sources": 2},
                   {"since": "2015-01-01", "until": "2016-12-31"}, {"conflicts": "true"}, {"q": "killed"},
                   {"bbox": box, "type": "ASSAULT"}):
        assert ids_of_geojson(client, **params) == ids_of_list(client, **params), params
    inside = ids_of_geojson(client, bbox=box)
    assert 0 < len(inside) < everything


def test_bbox_is_checked(client):
    r = client.get("/api/events.geojson", params={"bbox": "10,20,5"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "E506"
    r = client.get("/api/events", params={"bbox": "0,50,10,40"})  # south edge above the north one
    assert r.status_code == 422


@pytest.mark.parametrize("fmt", ["gdelt", "gdelt-mentions", "acled", "plover", "geojson", "csv"])
def test_export_streams_what_eventwire_export_writes(client, sample_store, fmt, tmp_path):
    body = client.get("/api/export", params={"format": fmt}).content
    path = write(fmt, query.stream_events(sample_store, EventFilter()), tmp_path,
                 articles=query.article_lookup(sample_store))[0]
    assert body == path.read_bytes()


def test_export_geoparquet(client, sample_store):
    import geopandas as gpd

    r = client.get("/api/export", params={"format": "geoparquet", "limit": 5})
    g = gpd.read_parquet(io.BytesIO(r.content))
    assert len(g) == 5 and g.crs.equals("OGC:CRS84")
    with_url = [e for e in query.stream_events(sample_store, EventFilter(), 5)]
    first_urls = query.article_lookup(sample_store)([min(e.mentions, key=lambda m: m.published or "9999").article_id
                                                     for e in with_url])
    if any(v["url"] for v in first_urls.values()):  # the store's URLs reach the download
        assert g["url"].notna().any()
    assert json.loads(client.get("/api/events.geojson", params={"limit": 5}).content)["features"][4]
