"""HTTP GETs for the watcher, through httpx: no redirects followed silently (the caller
rewrites a feed's URL on 301/308 and checks robots.txt for every hop), a body-size limit,
timeouts, conditional requests, gzip-compressed sitemaps.
"""
from __future__ import annotations

import time
import zlib
from dataclasses import dataclass, field

import httpx

from ... import __version__

# A news page or feed is well under a few MB; a bigger body is not read past this.
MAX_BODY_BYTES = 5 * 1024 * 1024
# Seconds: to connect, between two reads, and for the whole response.
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 20.0
TOTAL_TIMEOUT_S = 60.0
GZIP_MAGIC = b"\x1f\x8b"


def user_agent(contact: str | None) -> str:
    """`eventwire/VERSION (+CONTACT)`: site owners can see who crawls and reach them."""
    return f"eventwire/{__version__} (+{contact})" if contact else f"eventwire/{__version__}"


@dataclass
class Reply:
    url: str
    status: int | None  # None: no HTTP answer (network error, timeout)
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str | None = None  # why there is no usable body
    too_large: bool = False

    @property
    def text(self) -> str:
        charset = "utf-8"
        ctype = self.headers.get("content-type", "")
        if "charset=" in ctype:
            charset = ctype.split("charset=", 1)[1].split(";")[0].strip().strip('"') or charset
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


@dataclass
class Fetcher:
    contact: str | None = None
    max_bytes: int = MAX_BODY_BYTES
    timeout: float = READ_TIMEOUT_S
    total_timeout: float = TOTAL_TIMEOUT_S
    client: httpx.Client | None = None

    def __post_init__(self) -> None:
        if self.client is None:
            self.client = httpx.Client(
                follow_redirects=False, headers={"User-Agent": user_agent(self.contact)},
                timeout=httpx.Timeout(self.timeout, connect=min(CONNECT_TIMEOUT_S, self.timeout)))

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Reply:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                reply = Reply(url, r.status_code, {k.lower(): v for k, v in r.headers.items()})
                if r.status_code == 200:
                    self._read(r, reply)
                return reply
        except httpx.HTTPError as exc:
            return Reply(url, None, error=f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)

    def _read(self, r: httpx.Response, reply: Reply) -> None:
        declared = r.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            reply.too_large = True
            return
        deadline = time.monotonic() + self.total_timeout
        chunks, size = [], 0
        for chunk in r.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                reply.too_large = True
                return
            if time.monotonic() > deadline:
                reply.error = f"no complete answer in {self.total_timeout:.0f} s"
                return
            chunks.append(chunk)
        body = b"".join(chunks)
        if body.startswith(GZIP_MAGIC):  # a .xml.gz sitemap served as a file, not as Content-Encoding
            body = self._gunzip(body, reply)
        reply.body = body

    def _gunzip(self, body: bytes, reply: Reply) -> bytes:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out = d.decompress(body, self.max_bytes + 1)
        except zlib.error as exc:
            reply.error = f"bad gzip data: {exc}"
            return b""
        if len(out) > self.max_bytes:
            reply.too_large = True
            return b""
        return out
