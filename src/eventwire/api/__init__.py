"""The HTTP API (`eventwire serve`): FastAPI over the event store. See docs/api.md.

app.py (create_app) · routes_events.py · routes_articles.py · queries.py (SQL) ·
index.py (the events list in memory) · evidence.py (spans to highlight) ·
export_stream.py · reader.py (the shared read-only connection) · deps.py (state,
caches) · errors.py (JSON errors, body limit) · schemas.py (OpenAPI). Filters are
the store's EventFilter; POST /api/articles ingests through eventwire.services.
"""
from __future__ import annotations


def create_app(db_path, token=None):
    from .app import create_app as _create

    return _create(db_path, token)


__all__ = ["create_app"]
