"""Every error the API answers is {"error": {"code": "E5xx", "message": "..."}}.

Handlers map FastAPI's and Starlette's own errors (validation, unknown routes)
and the store's (locked, missing) onto that shape, so clients parse one format.
"""
from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import EventwireError, StoreError

log = logging.getLogger("eventwire.api")

MAX_BODY = 2 * 1024 * 1024  # bytes; a batch of news articles is far below this

# HTTP status -> our code, for errors raised by FastAPI/Starlette themselves.
STATUS_CODES = {400: "E501", 401: "E502", 403: "E503", 404: "E504", 405: "E504", 413: "E505", 422: "E506",
                503: "E507", 500: "E508"}


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str | None = None):
        super().__init__(message)
        self.status = status
        self.code = code or STATUS_CODES.get(status, "E508")
        self.message = message


def error_response(status: int, code: str, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors()[:5]:
        where = ".".join(str(x) for x in e.get("loc", ()) if x != "body") or "body"
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError):
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return error_response(exc.status, exc.code, exc.message, headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return error_response(422, "E506", _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no route {request.method} {request.url.path}"
        return error_response(exc.status_code, STATUS_CODES.get(exc.status_code, f"E5{exc.status_code % 100:02d}"),
                              message, getattr(exc, "headers", None))

    @app.exception_handler(EventwireError)
    async def _store(request: Request, exc: EventwireError):
        if exc.code == "E404":
            return error_response(404, "E504", str(exc))
        # Locked past the wait, no store, not a store: the service is unavailable, not the request wrong.
        if isinstance(exc, StoreError):
            return error_response(503, "E507", str(exc))
        return error_response(500, "E508", str(exc))

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, exc: BodyTooLarge):
        return error_response(413, "E505", f"request body over {MAX_BODY:,} bytes")

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "E508", f"internal error ({type(exc).__name__}); see the server log")


class BodyLimit:
    """413 for a request body over `limit` bytes, declared (Content-Length) or streamed (chunked)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        too_big = error_response(413, "E505", f"request body over {self.limit:,} bytes")
        try:
            if declared is not None and int(declared) > self.limit:
                return await too_big(scope, receive, send)
        except ValueError:
            return await error_response(400, "E501", "bad Content-Length header")(scope, receive, send)
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge()
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal started
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await too_big(scope, receive, send)


class BodyTooLarge(Exception):
    """Raised from receive() when a streamed body passes the limit."""
