"""The analyst web app: static pages served by the API process (`eventwire serve`).

`mount_web(app)` adds `/` (the single-page app), `/static/...` (our HTML, CSS and JS modules)
and `/vendor/NAME` (the three files the app needs from npm packages in `node_modules`, installed by
`scripts/setup-web.sh`, i.e. `npm ci --prefix src/eventwire/web`). Nothing is fetched from the
internet: the map outlines are the `world-atlas` package's countries-110m.json.

Pages carry a strict Content-Security-Policy; the app builds its DOM with text nodes only, so
article text, titles and outlet names (untrusted) can never become markup.
"""
from __future__ import annotations

import sys
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
NODE_MODULES = HERE / "node_modules"
SETUP_HINT = "scripts/setup-web.sh (or: npm ci --prefix src/eventwire/web)"

# /vendor/NAME -> file inside node_modules: only the files the app loads are exposed, never
# the rest of node_modules. Their absence means the set-up did not run.
VENDOR = {
    "d3.min.js": "d3/dist/d3.min.js",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-110m.json": "world-atlas/countries-110m.json",
}

# No inline script or style anywhere in the app, so nothing inline is allowed; the API is
# same-origin (connect-src 'self').
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
WEB_PREFIXES = ("/static/", "/vendor/")


def missing_assets(node_modules: Path = NODE_MODULES) -> list[str]:
    """The required npm files that are not installed (empty when the app can run)."""
    return [rel for rel in VENDOR.values() if not (node_modules / rel).is_file()]


def _is_web_path(path: str) -> bool:
    return path == "/" or path == "/index.html" or path.startswith(WEB_PREFIXES)


def _setup_page(missing: list[str]) -> HTMLResponse:
    # Static text only: the file names are our own constants, not user input.
    items = "".join(f"<li><code>{m}</code></li>" for m in missing)
    body = (
        "<!doctype html><html lang=en><meta charset=utf-8><title>eventwire: web app not set up</title>"
        "<h1>The eventwire web app is not set up</h1>"
        f"<p>Its front-end libraries are missing from <code>{NODE_MODULES}</code>:</p><ul>{items}</ul>"
        f"<p>Run <code>{SETUP_HINT}</code> in the project folder, then restart "
        "<code>eventwire serve</code>. The JSON API under <code>/api</code> works without it.</p></html>"
    )
    return HTMLResponse(body, status_code=500)


def mount_web(app: FastAPI, node_modules: Path = NODE_MODULES) -> None:
    """Serve the web app from `app`: `/`, `/static/*`, `/vendor/*`, with security headers."""
    missing = missing_assets(node_modules)

    @app.middleware("http")
    async def _security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        # Only our pages: FastAPI's /docs (Swagger UI) uses inline scripts a strict CSP would break.
        if _is_web_path(request.url.path):
            for k, v in SECURITY_HEADERS.items():
                response.headers.setdefault(k, v)
        return response

    if missing:
        sys.stderr.write(f"eventwire: warning: web app not set up ({', '.join(missing)} missing); "
                         f"run {SETUP_HINT}. Serving the API only.\n")

        @app.get("/", include_in_schema=False)
        @app.get("/index.html", include_in_schema=False)
        def _not_set_up() -> HTMLResponse:
            return _setup_page(missing)

        @app.get("/vendor/{path:path}", include_in_schema=False)
        def _no_vendor(path: str) -> JSONResponse:
            # The API's error shape (docs/api.md), code E508: a server-side problem.
            message = f"web app not set up ({', '.join(missing)} missing): run {SETUP_HINT}"
            return JSONResponse({"error": {"code": "E508", "message": message}}, status_code=500)
    else:
        @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
        @app.api_route("/index.html", methods=["GET", "HEAD"], include_in_schema=False)
        def _index() -> FileResponse:
            return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

        @app.get("/vendor/{name}", include_in_schema=False)
        def _vendor(name: str) -> FileResponse:
            if name not in VENDOR:
                raise HTTPException(404, "not a vendored file")
            return FileResponse(node_modules / VENDOR[name])

    app.mount("/static", StaticFiles(directory=STATIC), name="web-static")
