"""What every route needs: the app's store state, JSON responses, a small result cache."""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request, Response

from .reader import Reader


class LRU:
    """A small thread-safe LRU. Keys include the store's version, so an ingest invalidates it."""

    def __init__(self, size: int = 256):
        self.size = size
        self._d: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def peek(self, key: Any) -> Any:
        with self._lock:
            if key in self._d:
                self._d.move_to_end(key)
                return self._d[key]
        return None

    def get_or(self, key: Any, make: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._d:
                self._d.move_to_end(key)
                return self._d[key]
        value = make()  # outside the lock: two threads may both compute it, both get the same answer
        with self._lock:
            self._d[key] = value
            while len(self._d) > self.size:
                self._d.popitem(last=False)
        return value


@dataclass
class ApiState:
    db: str
    token: str | None
    reader: Reader
    index: Any = None  # index.IndexHolder: the events list in memory
    q_masks: LRU = field(default_factory=lambda: LRU(256))  # (index build, text) -> rows it is found in
    stats: LRU = field(default_factory=lambda: LRU(64))  # filter -> /api/stats body
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)


def state(request: Request) -> ApiState:
    return request.app.state.eventwire


def json_response(obj: Any, status: int = 200, headers: dict | None = None) -> Response:
    # Built here rather than by FastAPI's encoder: the shapes are plain dicts already, and
    # skipping jsonable_encoder's walk over them roughly halves the time per list page.
    body = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")
    return Response(body, status_code=status, media_type="application/json", headers=headers)
