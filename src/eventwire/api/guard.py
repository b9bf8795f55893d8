"""What every request passes before a route: the Host check, the nosniff header, a time limit.

- Host: a page on attacker.example whose name is rebound to 127.0.0.1 (DNS rebinding) sends
  `Host: attacker.example`; only the loopback names, the address the request came in on, and
  hosts named in EVENTWIRE_ALLOWED_HOSTS (comma-separated; `*` allows any) are served (E510).
- `X-Content-Type-Options: nosniff` on every response, JSON and errors included, so a browser
  never runs a response as something else.
- A time limit per request (EVENTWIRE_REQUEST_TIMEOUT seconds, default 10): past it the client
  gets 503 E509, and the store's reader interrupts the query that was still running (reader.py),
  so one slow request cannot hold the store or the worker. Streams (export) and ingest
  (POST /api/articles, which extracts) are not limited this way.
"""
from __future__ import annotations

import asyncio
import os

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import Errors
from .errors import error_response

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
ALLOWED_HOSTS_ENV = "EVENTWIRE_ALLOWED_HOSTS"
REQUEST_TIMEOUT_ENV = "EVENTWIRE_REQUEST_TIMEOUT"
DEFAULT_REQUEST_TIMEOUT = 10.0  # seconds: a page, a detail or stats takes milliseconds
UNLIMITED = ("/api/export", "/api/articles")  # a stream, and ingest (extraction) over HTTP


def allowed_hosts_from_env() -> frozenset[str]:
    return frozenset(h.strip().lower() for h in os.environ.get(ALLOWED_HOSTS_ENV, "").split(",") if h.strip())


def request_timeout_from_env() -> float:
    try:
        return float(os.environ.get(REQUEST_TIMEOUT_ENV) or DEFAULT_REQUEST_TIMEOUT)
    except ValueError:
        return DEFAULT_REQUEST_TIMEOUT


def host_name(header: str) -> str:
    """The host of a Host header, without its port: "[::1]:8000" -> "::1", "a.b:80" -> "a.b"."""
    h = header.strip().lower()
    if h.startswith("["):
        return h[1:h.find("]")] if "]" in h else h
    return h.rsplit(":", 1)[0] if h.count(":") == 1 else h


class Guard:
    """ASGI middleware: trusted Host, nosniff, per-request time limit."""

    def __init__(self, app: ASGIApp, allowed: frozenset[str] = frozenset(), timeout: float = DEFAULT_REQUEST_TIMEOUT):
        self.app = app
        self.allowed = LOOPBACK | {h.lower() for h in allowed}
        self.any_host = "*" in self.allowed
        self.timeout = timeout

    def trusted(self, scope: Scope) -> tuple[bool, str]:
        headers = dict(scope.get("headers") or ())
        given = headers.get(b"host", b"").decode("latin-1")
        host = host_name(given)
        if self.any_host or host in self.allowed:
            return True, given
        server = scope.get("server")  # the address this request came in on (a LAN IP when bound to 0.0.0.0)
        return bool(server and host == str(server[0]).lower()), given

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        ok, given = self.trusted(scope)

        async def send_nosniff(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                headers = [(k, v) for k, v in msg.get("headers", []) if k.lower() != b"x-content-type-options"]
                msg = {**msg, "headers": headers + [(b"x-content-type-options", b"nosniff")]}
            await send(msg)

        if not ok:
            shown = "".join(ch if ch.isprintable() else "?" for ch in given[:100])
            return await error_response(400, "E510", Errors.E510.format(host=shown))(scope, receive, send_nosniff)
        path = scope.get("path", "")
        if not self.timeout or not path.startswith("/api/") or path.startswith(UNLIMITED):
            return await self.app(scope, receive, send_nosniff)
        started = False

        async def tracking_send(msg: Message) -> None:
            nonlocal started
            started = started or msg["type"] == "http.response.start"
            await send_nosniff(msg)

        try:
            await asyncio.wait_for(self.app(scope, receive, tracking_send), self.timeout)
        except TimeoutError:
            if not started:
                message = Errors.E509.format(seconds=self.timeout)
                await error_response(503, "E509", message)(scope, receive, send_nosniff)
