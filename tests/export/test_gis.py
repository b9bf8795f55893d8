"""GeoJSON (RFC 7946) and GeoParquet 1.1 exports: geopandas reads both with their CRS, one
Feature or row per event, the point where the event's location is, its precision beside it."""
from __future__ import annotations

import json
import struct

import pyarrow.parquet as pq
import pytest

gpd = pytest.importorskip("geopandas", reason="geopandas (a test-only dependency) is not installed")

SETS = ("store", "hand-built", "canonical")


def jsonl(path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", SETS)
def test_geojson(export_sets, name):
    files = export_sets[name]
    events = jsonl(files["jsonl"])
    doc = json.loads(files["geojson"].read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc  # RFC 7946: WGS 84, no crs member
    feats = doc["features"]
    assert [f["id"] for f in feats] == [e["id"] for e in events]
    for f, e in zip(feats, events):
        loc = e["location"]
        if loc and loc["lat"] is not None:
            lon, lat = f["geometry"]["coordinates"]
            assert f["geometry"]["type"] == "Point" and (lat, lon) == (round(loc["lat"], 6), round(loc["lon"], 6))
            assert -180 <= lon <= 180 and -90 <= lat <= 90
        else:
            assert f["geometry"] is None
        p = f["properties"]
        assert p["centroid"] == (p["precision"] in ("admin2", "admin1", "country", "region"))
        assert p["killed"] == e["killed"] and p["has_conflict"] == bool(e["conflicts"])
        assert p["outlets"] == [" ".join(o.split()) for o in e["outlets"]] and isinstance(p["actors"], list)
    g = gpd.read_file(files["geojson"])
    assert len(g) == len(events) and g.crs.to_epsg() == 4326


@pytest.mark.parametrize("name", SETS)
def test_geoparquet(export_sets, name):
    path = export_sets[name]["geoparquet"]
    meta = json.loads(pq.read_schema(path).metadata[b"geo"])
    assert meta["version"] == "1.1.0" and meta["primary_column"] == "geometry"
    assert meta["columns"]["geometry"] == {"encoding": "WKB", "geometry_types": ["Point"]}
    g = gpd.read_parquet(path)
    assert g.crs.equals("OGC:CRS84")  # GeoParquet's default CRS: WGS 84, longitude first
    t = pq.read_table(path).to_pylist()
    assert len(g) == len(t)
    for row, geom in zip(t, g.geometry):
        if row["location_lat"] is None:
            assert geom is None or geom.is_empty
            continue
        assert (round(geom.x, 6), round(geom.y, 6)) == (round(row["location_lon"], 6), round(row["location_lat"], 6))
        order, kind, x, y = struct.unpack("<BIdd", row["geometry"])
        assert (order, kind) == (1, 1) and (x, y) == (geom.x, geom.y)
