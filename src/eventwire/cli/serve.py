"""`eventwire serve`: the HTTP API (docs/api.md) and web app over an event store."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from ..errors import EventwireError
from .options import DbOption, fail, store_path


def serve(
    db: Optional[Path] = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind. Loopback by default; 0.0.0.0 exposes it."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port."),
    token: Optional[str] = typer.Option(None, "--token", envvar="EVENTWIRE_API_TOKEN", show_default=False,
                                        help="Bearer token that enables POST /api/articles (ingest). "
                                             "Without one the API is read-only."),
    workers: int = typer.Option(1, "--workers", min=1, max=16, help="uvicorn worker processes."),
    access_log: bool = typer.Option(True, "--access-log/--no-access-log", help="Log every request on stderr."),
    allow_host: list[str] = typer.Option([], "--allow-host", envvar="EVENTWIRE_ALLOWED_HOSTS",
                                         help="A Host name to serve besides 127.0.0.1, localhost and the bound "
                                              "address (repeat it; '*' serves any: only behind a proxy that "
                                              "checks it). Other Host headers get 400 E510 (DNS rebinding)."),
):
    """Serve the store over HTTP: JSON API under /api, OpenAPI at /openapi.json and /docs.

    The store is only read (a short-lived read-only connection per burst of requests),
    so `eventwire ingest` can keep writing to it meanwhile.
    """
    import uvicorn

    from ..store.db import reading

    path = store_path(db).resolve()
    try:
        with reading(path):  # no store, not a store: say so now, not on the first request
            pass
    except EventwireError as exc:
        raise fail(exc)
    # Workers are separate processes: they build the app from the environment.
    os.environ["EVENTWIRE_DB"] = str(path)
    os.environ["EVENTWIRE_ALLOWED_HOSTS"] = ",".join(h for hs in allow_host for h in hs.split(",") if h)
    if token:
        os.environ["EVENTWIRE_API_TOKEN"] = token
    else:
        os.environ.pop("EVENTWIRE_API_TOKEN", None)
    typer.echo(f"eventwire API on http://{host}:{port}/api (docs: /docs) over {path}"
               + ("; POST /api/articles enabled" if token else "; read-only"), err=True)
    uvicorn.run("eventwire.api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                access_log=access_log, log_level="info", timeout_graceful_shutdown=5)
