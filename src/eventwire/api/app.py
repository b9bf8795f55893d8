"""create_app(db_path, token=None): the FastAPI app behind `eventwire serve`."""
from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse

from .. import __version__
from . import errors, guard, routes_articles, routes_events, routes_watch
from .deps import ApiState
from .index import IndexHolder
from .reader import Reader

DESCRIPTION = ("Fused, source-attributed, evidence-linked events from eventwire's store. "
               "Errors are {\"error\": {\"code\", \"message\"}}; see docs/api.md.")


def create_app(db_path: str | Path, token: str | None = None, allowed_hosts: frozenset[str] | None = None,
               request_timeout: float | None = None) -> FastAPI:
    """`allowed_hosts`: Host names served besides the loopback ones and the address a request came
    in on (default: $EVENTWIRE_ALLOWED_HOSTS); `request_timeout`: seconds a request may take
    (default: $EVENTWIRE_REQUEST_TIMEOUT, else 10; 0: no limit). See guard.py."""
    # FastAPI's own /docs loads Swagger UI from a CDN: replaced by a local copy below.
    timeout = guard.request_timeout_from_env() if request_timeout is None else request_timeout
    reader = Reader(db_path, query_limit_s=timeout or None)
    st = ApiState(db=str(db_path), token=token or None, reader=reader, index=IndexHolder(reader))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Build the events index now, not on the first request (a 100k-event store takes seconds).
        threading.Thread(target=_warm, args=(st,), daemon=True, name="eventwire-index-warm").start()
        yield
        st.reader.close()  # let a writer in at once on shutdown

    app = FastAPI(title="eventwire", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None,
                  lifespan=lifespan)
    app.state.eventwire = st
    errors.install(app)
    app.add_middleware(errors.BodyLimit, limit=errors.MAX_BODY)
    # Added last, so outermost: an untrusted Host is refused before anything else runs.
    app.add_middleware(guard.Guard, allowed=guard.allowed_hosts_from_env() if allowed_hosts is None else allowed_hosts,
                       timeout=timeout)
    app.include_router(routes_events.router)
    app.include_router(routes_articles.router)
    app.include_router(routes_watch.router)
    _docs(app)
    app.openapi = lambda: _openapi(app)
    try:
        from ..web import mount_web
    except ImportError:
        mount_web = None
    if mount_web is not None:
        mount_web(app)  # after the API routes, so `/` cannot shadow /api
    return app


def _warm(st: ApiState) -> None:
    try:
        st.index.get()
    except Exception:  # a missing or locked store: the first request reports it properly
        pass


def _openapi(app: FastAPI) -> dict:
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        schema.setdefault("components", {}).setdefault("schemas", {})["ArticleIn"] = routes_articles.ARTICLE_IN
        app.openapi_schema = schema
    return app.openapi_schema


def _swagger_dir() -> Path | None:
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return None
    path = Path(swagger_ui_path)
    return path if (path / "swagger-ui-bundle.js").exists() else None


def _docs(app: FastAPI) -> None:
    """/docs: Swagger UI from the swagger-ui-bundle package when installed, else a plain offline page."""
    assets = _swagger_dir()
    if assets is not None:
        from fastapi.staticfiles import StaticFiles

        app.mount("/docs/assets", StaticFiles(directory=assets), name="swagger-assets")

        @app.get("/docs", include_in_schema=False)
        def docs() -> HTMLResponse:
            return get_swagger_ui_html(openapi_url="/openapi.json", title="eventwire API",
                                       swagger_js_url="/docs/assets/swagger-ui-bundle.js",
                                       swagger_css_url="/docs/assets/swagger-ui.css",
                                       swagger_favicon_url="/docs/assets/favicon-32x32.png")
        return

    @app.get("/docs", include_in_schema=False)
    def docs_offline() -> HTMLResponse:
        rows = "".join(f"<li><code>{', '.join(sorted(r.methods))} {r.path}</code> — {r.summary or ''}</li>"
                       for r in app.routes if getattr(r, "include_in_schema", False) and hasattr(r, "methods"))
        return HTMLResponse(f"<!doctype html><meta charset=utf-8><title>eventwire API</title>"
                            f"<h1>eventwire API</h1><p>OpenAPI document: <a href=/openapi.json>/openapi.json</a>"
                            f" (install <code>swagger-ui-bundle</code> for an interactive page).</p><ul>{rows}</ul>")


def app_from_env() -> FastAPI:
    """uvicorn's factory for `eventwire serve` workers: the store and token come from the environment."""
    import os

    from ..store.db import default_db

    return create_app(default_db(), os.environ.get("EVENTWIRE_API_TOKEN") or None)
