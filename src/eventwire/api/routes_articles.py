"""GET /api/articles/{id}; POST /api/articles (ingest over HTTP, only with a token)."""
from __future__ import annotations

import hmac
import json

from fastapi import APIRouter, Query, Request

from ..errors import Errors
from ..ingest.gate import RecordWarning, admit
from ..model import Article, Event, RecordError
from ..store import query as store_query
from ..store.codec import event_from_dict
from . import evidence as evid
from . import queries
from .deps import ApiState, json_response, state
from .errors import ApiError
from .schemas import ERRORS, ArticleOut, Error, IngestResult

router = APIRouter(prefix="/api", tags=["articles"])

MAX_BATCH = 100  # articles per POST: extraction runs inside the request


def _mention(mention_id: str, is_current: bool, event_json: str, event_id: str | None, text: str) -> dict:
    e: Event = event_from_dict(json.loads(event_json))
    loc = e.location
    return {"mention_id": mention_id, "event_id": event_id, "is_current": bool(is_current), "type": e.type,
            "mode": e.mode, "factuality": e.factuality, "date": e.date,
            "location": None if loc is None else {"name": loc.name, "country": loc.country, "admin1": loc.admin1,
                                                  "lat": loc.lat, "lon": loc.lon, "precision": loc.precision},
            "actors": [a.name or a.text for a in e.actors], "targets": [a.name or a.text for a in e.targets],
            "killed": e.killed.value if e.killed else None, "injured": e.injured.value if e.injured else None,
            "confidence": e.confidence, "evidence": evid.evidence(e, text)}


@router.get("/articles/{article_id}", response_model=ArticleOut, responses=ERRORS,
            summary="An article's text and every event extracted from it, with evidence spans")
def get_article(request: Request, article_id: str, version: int | None = Query(None, ge=1)):
    with state(request).reader.cursor() as c:
        a = store_query.article(c, article_id, version)
        if a is None:
            raise ApiError(404, f"no article {article_id!r}" + (f" version {version}" if version else ""))
        versions = queries.article_versions(c, article_id)
        rows = queries.article_mentions(c, article_id, a["version"])
    pub = a["published"]
    return json_response({
        "id": a["id"], "version": a["version"], "versions": versions, "title": a["title"], "outlet": a["source"],
        "published": pub.isoformat() if pub else None, "url": a["url"], "duplicate_of": a["duplicate_of"],
        "text": a["text"], "events": [_mention(*r, a["text"]) for r in rows]})


def _authorise(st: ApiState, request: Request) -> None:
    if not st.token:
        raise ApiError(403, "ingest over HTTP is disabled: start the server with --token "
                            "(or EVENTWIRE_API_TOKEN) to enable POST /api/articles")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), st.token.encode()):
        raise ApiError(401, "missing or wrong bearer token (Authorization: Bearer <token>)")


_BODY_SCHEMA = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "oneOf": [{"$ref": "#/components/schemas/ArticleIn"},
              {"type": "array", "maxItems": MAX_BATCH, "items": {"$ref": "#/components/schemas/ArticleIn"}}]}}}}}
ARTICLE_IN = {"type": "object", "required": ["text"], "properties": {
    k: {"type": "string"} for k in ("id", "title", "text", "published", "source", "url", "language")}}


@router.post("/articles", response_model=IngestResult, openapi_extra=_BODY_SCHEMA,
             responses={**ERRORS, 401: {"model": Error}, 403: {"model": Error}, 413: {"model": Error}},
             summary="Ingest one article or a batch (needs the server's bearer token)")
async def post_articles(request: Request):
    st = state(request)
    _authorise(st, request)
    raw = await request.body()  # BodyLimit (errors.py) stops it past 2 MB
    try:
        body = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"body is not valid JSON: {exc}")
    except RecursionError:
        raise ApiError(400, "body is not valid JSON: nested too deeply")
    items = [body] if isinstance(body, dict) else body
    if not isinstance(items, list) or not items:
        raise ApiError(422, "body must be an article object or a non-empty array of them")
    if len(items) > MAX_BATCH:
        raise ApiError(422, f"{len(items)} articles in one request; at most {MAX_BATCH}")
    from starlette.concurrency import run_in_threadpool

    records, warnings = admit_items(items)
    if not any(isinstance(r, Article) for r in records):
        # Nothing to ingest: the request itself is unprocessable, record by record.
        raise ApiError(422, "no article in the body can be ingested: " + "; ".join(
            f"{e.record}: [{e.code}] {e.message}" for e in records[:10]))
    return json_response(await run_in_threadpool(_ingest, st, records, warnings))


SOURCE = "POST /api/articles"


def admit_items(items: list) -> tuple[list[Article | RecordError], list[RecordWarning]]:
    """Each item through the one record gate (ingest/gate.py), as file input is: fields of any
    JSON type are coerced or dropped with a warning; only an item with no usable text is refused."""
    records: list[Article | RecordError] = []
    warnings: list[RecordWarning] = []
    for n, item in enumerate(items, 1):
        where = f"item {n}"
        if not isinstance(item, dict):
            records.append(RecordError.of(Errors.E104.format(detail="not an object"), SOURCE, where))
            continue
        gated = admit(item, SOURCE, where)
        records.append(gated.record)
        warnings.extend(gated.warnings)
    return records, warnings


def _ingest(st: ApiState, records: list, warnings: list[RecordWarning]) -> dict:
    """Extract with the store closed; then write under the reader's exclusive gate."""
    from ..services.ingest import extract_first

    with st.ingest_lock:  # one HTTP ingest at a time per worker: extraction is CPU-bound anyway
        rep = extract_first(records, st.db, gate=st.reader.exclusive)
    body = {"new": rep.new, "updated": rep.updated, "unchanged": rep.unchanged, "rejected": rep.rejected,
            "mentions": rep.mentions, "events_changed": rep.events_changed, "event_ids": sorted(rep.changed_ids),
            "rejects": [{"record": e.record, "code": e.code, "message": e.message} for e in rep.rejects],
            "warnings": [{"record": w.record, "code": w.code, "message": w.message} for w in warnings]}
    return body
