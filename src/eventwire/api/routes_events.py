"""GET /api/events, /api/events/{id}, /api/stats, /api/export."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import FileResponse, StreamingResponse
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from ..export import Articles, Options
from ..model import FusedEvent
from ..store import query as store_query
from ..store.filters import EventFilter, fold, parse_bbox
from . import evidence as evid
from . import export_stream, queries
from .deps import ApiState, json_response, state
from .errors import ApiError
from .schemas import ERRORS, EventDetail, EventList, Stats

router = APIRouter(prefix="/api", tags=["events"])

Sort = Literal["-date", "date", "-sources", "sources", "-killed", "killed"]
ExportFormat = Literal["csv", "jsonl", "gdelt", "gdelt-mentions", "acled", "plover", "geojson", "parquet",
                       "geoparquet"]


def filters(
    type: str | None = Query(None, max_length=64, description="PLOVER type, e.g. ASSAULT"),
    actor: str | None = Query(None, max_length=200, description="Part of an actor's name, or its ISO-3 country"),
    country: str | None = Query(None, max_length=64, description="Event country, ISO-3"),
    admin1: str | None = Query(None, max_length=200, description="Part of the admin1 unit's name"),
    since: dt.date | None = Query(None, description="Event date on or after (YYYY-MM-DD)"),
    until: dt.date | None = Query(None, description="Event date on or before (YYYY-MM-DD)"),
    min_sources: int | None = Query(None, ge=1, le=100_000, description="At least N independent sources"),
    conflicts: bool = Query(False, description="Only events whose sources disagree"),
    q: str | None = Query(None, max_length=200, description="Text in an evidence sentence or an article title"),
    bbox: str | None = Query(None, max_length=200, description="Event location inside min_lon,min_lat,max_lon,max_lat "
                             "(degrees; min_lon > max_lon spans the antimeridian)"),
) -> EventFilter:
    """The query parameters every events route shares, as the store's one EventFilter."""
    try:
        box = parse_bbox(bbox) if bbox else None
    except ValueError as exc:
        raise ApiError(422, f"bbox: {exc}")
    return EventFilter(type=type or None, actor=actor or None, country=country or None, admin1=admin1 or None,
                       since=since.isoformat() if since else None, until=until.isoformat() if until else None,
                       min_sources=min_sources, conflicts_only=conflicts, q=q or None, bbox=box)


@router.get("/events", response_model=EventList, responses=ERRORS, summary="Fused events, filtered and paginated")
async def list_events(
    request: Request,
    f: EventFilter = Depends(filters),
    sort: Sort = Query("-date", description="Sort key; '-' for descending. Unknown values sort last."),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=10_000_000),
    cursor: str | None = Query(None, max_length=400, description="next_cursor of the previous page"),
):
    # Async on purpose: a page from the in-memory index costs well under a millisecond, less than
    # a hop to the thread pool; only store reads (a refresh, a new `q`) go to a thread.
    st = state(request)
    after = None
    if cursor:
        try:
            after = queries.decode_cursor(cursor, sort)
        except queries.BadCursor as exc:
            raise ApiError(400, str(exc))
    index = st.index.current()
    if index is None:
        index = await run_in_threadpool(st.index.get)
    q_mask = None
    if f.q:
        key = (index.build_no, fold(f.q))
        q_mask = st.q_masks.peek(key)
        if q_mask is None:
            q_mask = await run_in_threadpool(st.q_masks.get_or, key, lambda: index.positions(_q_ids(st, f.q)))
    total, items, last = index.page(f, q_mask, sort, limit, offset, after)
    nxt = queries.encode_cursor(*last) if last else None
    # The items are serialised once, when indexed; only the envelope is built here.
    head = json.dumps({"total": total, "limit": limit, "offset": 0 if cursor else offset, "next_cursor": nxt})
    body = head[:-1].encode() + b',"items":[' + b",".join(items) + b"]}"
    return Response(body, media_type="application/json")


def _q_ids(st: ApiState, text: str) -> frozenset[str]:
    with st.reader.cursor() as c:
        return queries.q_event_ids(c, text)


def _claim(cl, mentions: dict, texts: dict) -> dict:
    m = mentions.get(cl.mention_id)
    text = texts.get(cl.mention_id)
    ev = cl.evidence
    out = {"value": evid.plain(cl.value), "mention_id": cl.mention_id, "article_id": cl.article_id,
           "outlet": cl.outlet, "published": cl.published,
           "evidence": {"text": evid.words_at(text, ev.start, ev.end, ev.text), "start": ev.start, "end": ev.end},
           "sentence": None, "rel_start": None, "rel_end": None}
    if m is not None:
        sent = evid.sentence(m.event, text)
        s = evid.span("claim", ev, sent, text)
        out.update(sentence=sent, rel_start=s["rel_start"], rel_end=s["rel_end"])
    return out


def event_detail(ev: FusedEvent, versions: dict[str, int], arts: dict) -> dict:
    texts, sources = {}, []
    for m in ev.mentions:
        v = versions.get(m.id, 1)
        a = arts.get((m.article_id, v)) or {}
        texts[m.id] = a.get("text")
        e = m.event
        sources.append({
            "mention_id": m.id, "article_id": m.article_id, "article_version": v, "title": a.get("title"),
            "outlet": m.outlet, "published": m.published, "url": a.get("url"), "duplicate_of": m.duplicate_of,
            "main": m.main, "factuality": e.factuality, "confidence": e.confidence, "type": e.type, "date": e.date,
            "figures": {"killed": evid.figure(e.killed), "injured": evid.figure(e.injured)},
            "evidence": evid.evidence(e, a.get("text")),
        })
    mentions = {m.id: m for m in ev.mentions}
    return {
        "id": ev.id, "type": ev.type, "mode": ev.mode, "cameo": ev.cameo, "acled_event_type": ev.acled_event_type,
        "acled_sub_event_type": ev.acled_sub_event_type, "date": ev.date, "location": evid.place(ev.location),
        "actors": [evid.actor(a) for a in ev.actors], "targets": [evid.actor(a) for a in ev.targets],
        "killed": ev.killed, "injured": ev.injured, "support": ev.support, "n_sources": ev.n_sources,
        "n_articles": ev.n_articles, "first_reported": ev.first_reported, "last_reported": ev.last_reported,
        "outlets": ev.outlets, "has_conflict": bool(ev.conflicts), "sources": sources,
        "conflicts": [{"field": cf.field, "kind": cf.kind, "summary": cf.summary,
                       "claims": [_claim(cl, mentions, texts) for cl in cf.claims]} for cf in ev.conflicts],
    }


@router.get("/events.geojson", responses={**ERRORS, 200: {"description": "RFC 7946 FeatureCollection, streamed",
                                                          "content": {"application/geo+json": {}}}},
            summary="The matching events as GeoJSON: one Feature per event (WGS 84), streamed")
def events_geojson(request: Request, f: EventFilter = Depends(filters),
                   limit: int | None = Query(None, ge=1, description="At most N events (default: all)")):
    st = state(request)
    st.reader.current_version()  # a missing or locked store fails here, before the 200 is sent
    events = queries.stream_events(st.reader.cursor, f, limit)
    return StreamingResponse(export_stream.stream("geojson", events), media_type="application/geo+json",
                             headers={"Content-Disposition": 'inline; filename="events.geojson"'})


@router.get("/events/{event_id}", response_model=EventDetail, responses=ERRORS,
            summary="One fused event: sources, figures, evidence spans, conflicts")
def get_event(request: Request, event_id: str):
    with state(request).reader.cursor() as c:
        ev = store_query.get_event(c, event_id)  # StoreError E404 -> 404 (errors.py)
        versions = store_query.source_versions(c, ev.id)
        arts = queries.articles_by_version(c, [(m.article_id, versions.get(m.id, 1)) for m in ev.mentions])
    return json_response(event_detail(ev, versions, arts))


@router.get("/stats", response_model=Stats, responses=ERRORS, summary="Counts, by type, by country, by day")
def get_stats(request: Request, f: EventFilter = Depends(filters)):
    st = state(request)
    with st.reader.cursor() as c:
        body = st.stats.get_or((st.reader.version, f), lambda: queries.stats(c, f))
    return json_response(body)


@router.get("/export", responses={**ERRORS, 200: {"description": "The file, streamed",
                                                   "content": {"text/csv": {}, "application/x-ndjson": {}}}},
            summary="The matching events in an export format, streamed")
def export(request: Request,
           format: ExportFormat = Query(..., description="csv, jsonl, gdelt, gdelt-mentions, acled, plover, geojson, "
                                                        "parquet, geoparquet"),
           f: EventFilter = Depends(filters), limit: int | None = Query(None, ge=1),
           header: bool = Query(False, description="gdelt, gdelt-mentions: a header line (GDELT's files have none)"),
           inter_labels: bool = Query(False, description="acled: inter1/inter2 as text labels")):
    st = state(request)
    st.reader.current_version()  # a missing or locked store fails here, before the 200 is sent
    events = queries.stream_events(st.reader.cursor, f, limit)
    if format in ("parquet", "geoparquet"):
        return _parquet(events, format, queries.article_lookup(st.reader.cursor))
    name, media, _ = export_stream.FORMATS[format]
    opts = Options(Articles(queries.article_lookup(st.reader.cursor)), header, inter_labels)
    return StreamingResponse(export_stream.stream(format, events, opts), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _parquet(events, fmt: str, articles) -> FileResponse:
    """Parquet's footer comes last: built in a temporary folder, sent, then removed."""
    from ..export import write

    tmp = Path(tempfile.mkdtemp(prefix="eventwire-export-"))
    try:
        path = write(fmt, events, tmp, articles=articles)[0]
    except Exception:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return FileResponse(path, media_type="application/vnd.apache.parquet", filename=path.name,
                        background=BackgroundTask(shutil.rmtree, tmp, ignore_errors=True))


__all__ = ["router", "event_detail", "ApiState"]
