"""Maps and GIS: a GeoJSON FeatureCollection (RFC 7946) and the geometry of GeoParquet 1.1.

One Feature per event, a Point at its location (longitude, latitude, WGS 84 as RFC 7946
requires) or no geometry (`null`) where it has none, with the properties a map needs: how
precise the point is (a town, or the centroid of an admin1 unit or country), the type, date,
actors, toll, sources and whether the sources disagree. GeoParquet's geometry is the same
point as WKB, written here by hand (shapely is no dependency of eventwire).
"""
from __future__ import annotations

import json
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwire.export.fields import (
    atomic,
    clean,
    conflict_fields,
    factuality,
    precision,
)
from eventwire.model import FusedEvent, Place

# WKB: byte order 1 (little endian), geometry type 1 (Point), then x (longitude) and y (latitude).
_WKB_POINT = struct.Struct("<BIdd")
WKB_LITTLE_ENDIAN, WKB_POINT = 1, 1
GEOMETRY_COLUMN = "geometry"
GEOPARQUET_VERSION = "1.1.0"
# Coordinates kept: 6 decimals is about 0.1 m, far finer than any gazetteer point.
COORD_DECIMALS = 6
# Where a point stands for an area rather than a place: the map draws those differently.
CENTROID_PRECISIONS = frozenset(("admin2", "admin1", "country", "region"))


def point(p: Place | None) -> tuple[float, float] | None:
    """(lon, lat) of a place that has both, else None."""
    if p is None or p.lat is None or p.lon is None:
        return None
    return round(p.lon, COORD_DECIMALS), round(p.lat, COORD_DECIMALS)


def wkb_point(p: Place | None) -> bytes | None:
    xy = point(p)
    return None if xy is None else _WKB_POINT.pack(WKB_LITTLE_ENDIAN, WKB_POINT, *xy)


def properties(fe: FusedEvent) -> dict[str, Any]:
    loc = fe.location
    prec = precision(loc)
    return {
        "id": fe.id, "type": fe.type, "mode": fe.mode, "date": fe.date, "factuality": factuality(fe),
        "location_name": loc and (loc.name or loc.text), "country": loc and loc.country,
        "admin1": loc and loc.admin1, "precision": prec, "centroid": prec in CENTROID_PRECISIONS,
        "actors": [clean(a.name) for a in fe.actors if a.name],
        "targets": [clean(a.name) for a in fe.targets if a.name],
        "killed": fe.killed, "injured": fe.injured,
        "n_sources": fe.n_sources, "n_articles": fe.n_articles, "outlets": [clean(o) for o in fe.outlets if o],
        "has_conflict": bool(fe.conflicts), "conflict_fields": conflict_fields(fe),
        "cameo": fe.cameo, "acled_event_type": fe.acled_event_type,
        "first_reported": fe.first_reported, "last_reported": fe.last_reported,
    }


def feature(fe: FusedEvent) -> dict[str, Any]:
    xy = point(fe.location)
    geometry = {"type": "Point", "coordinates": list(xy)} if xy else None
    return {"type": "Feature", "id": fe.id, "geometry": geometry, "properties": properties(fe)}


def geojson_chunks(events: Iterable[FusedEvent]) -> Iterator[str]:
    """The FeatureCollection as text pieces, one Feature at a time (no CRS member: RFC 7946's
    coordinates are WGS 84 longitude, latitude)."""
    yield '{"type":"FeatureCollection","features":['
    sep = ""
    for fe in events:
        yield sep + json.dumps(feature(fe), ensure_ascii=False, separators=(",", ":"))
        sep = ",\n"
    yield "]}\n"


def write_geojson(events: Iterable[FusedEvent], path: Path) -> Path:
    with atomic(path, encoding="utf-8", newline="\n") as fh:
        fh.writelines(geojson_chunks(events))
    return path


def geo_metadata(bbox: list[float] | None) -> bytes:
    """GeoParquet 1.1 file metadata for the WKB point column. No `crs` key: GeoParquet's
    default, OGC:CRS84 (WGS 84, longitude first)."""
    column: dict[str, Any] = {"encoding": "WKB", "geometry_types": ["Point"]}
    if bbox is not None:
        column["bbox"] = bbox
    return json.dumps({"version": GEOPARQUET_VERSION, "primary_column": GEOMETRY_COLUMN,
                       "columns": {GEOMETRY_COLUMN: column}}).encode("utf-8")


class BBox:
    """The running bounding box of written points ([min lon, min lat, max lon, max lat])."""

    def __init__(self):
        self.box: list[float] | None = None

    def add(self, xy: tuple[float, float] | None) -> None:
        if xy is None:
            return
        x, y = xy
        b = self.box
        self.box = [x, y, x, y] if b is None else [min(b[0], x), min(b[1], y), max(b[2], x), max(b[3], y)]
