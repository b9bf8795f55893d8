"""A fake news site on 127.0.0.1 for the watch tests: robots.txt, RSS and Atom feeds (304 on
a matching ETag), a gzipped news sitemap, a sitemap index, a home page, and article pages
made from samples/corpus.jsonl. Every request is logged with the time of the watcher's
clock; one-off and permanent faults (429, 301, 410, slow, huge) are set per path."""
from __future__ import annotations

import gzip
import hashlib
import html
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "corpus.jsonl"


def sample_articles(n: int) -> list[dict]:
    with SAMPLES.open(encoding="utf-8") as f:
        return [json.loads(line) for line, _ in zip(f, range(n))]


def page_html(a: dict, canonical: str | None = None, published: str | None = None) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in a["text"].split("\n") if p.strip())
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    date = published if published is not None else a["published"]
    return (f"<!doctype html><html><head><title>{html.escape(a['title'])}</title>{link}"
            f'<meta property="article:published_time" content="{date}">'
            f'<meta property="og:site_name" content="{html.escape(a["source"])}"></head>'
            f"<body><nav>Home | World | Sport</nav><article>{paras}</article>"
            f"<footer>(c) fictional outlet</footer></body></html>")


def rss(base: str, paths: list[str], title: str = "Fake news") -> str:
    items = "".join(f"<item><title>story {p}</title><link>{base}{p}</link>"
                    f"<pubDate>Tue, 12 Mar 2024 10:00:00 GMT</pubDate></item>" for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{items}</channel></rss>'


def atom(base: str, paths: list[str]) -> str:
    entries = "".join(f'<entry><title>story {p}</title><link rel="alternate" href="{base}{p}"/>'
                      f"<updated>2024-03-12T10:00:00Z</updated></entry>" for p in paths)
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fake</title>{entries}</feed>'


def sitemap(base: str, paths: list[str], lastmod: str = "2024-03-12T10:00:00Z", news: bool = True) -> str:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{lastmod}</lastmod>"
                   + ("<news:news><news:publication_date>2024-03-12</news:publication_date>"
                      "<news:title>t</news:title></news:news>" if news else "") + "</url>" for p in paths)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>{urls}</urlset>'


def sitemap_index(base: str, paths: list[str]) -> str:
    items = "".join(f"<sitemap><loc>{base}{p}</loc><lastmod>2024-03-12</lastmod></sitemap>" for p in paths)
    return f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>'


@dataclass
class Route:
    body: bytes
    ctype: str = "text/html; charset=utf-8"
    etag: str | None = None  # answers 304 to If-None-Match with it
    status: int = 200
    headers: dict = field(default_factory=dict)
    once: list = field(default_factory=list)  # (status, headers) answered first, one per request
    delay: float = 0.0  # seconds before answering (a slow server)


class Site:
    """Routes by path; `log` holds (clock time, path, headers) of every request."""

    def __init__(self, clock=None):
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[float, str, dict]] = []
        self.clock = clock
        self.on_request = None  # called with the path after logging (the crash test kills there)
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site._serve(self)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def set(self, path: str, body: str | bytes, **kw) -> Route:
        r = Route(body.encode("utf-8") if isinstance(body, str) else body, **kw)
        self.routes[path] = r
        return r

    def paths(self) -> list[str]:
        return [p for _, p, _ in self.log]

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path
        with self.lock:
            self.log.append((self.clock.now() if self.clock else time.time(), path, dict(h.headers)))
            route = self.routes.get(path)
            once = route.once.pop(0) if route and route.once else None
        if self.on_request:
            self.on_request(path)
        if route is None:
            return self._send(h, 404, {}, b"not found")
        if route.delay:
            time.sleep(route.delay)
        if once is not None:
            return self._send(h, once[0], once[1], b"")
        if route.etag and h.headers.get("If-None-Match") == route.etag:
            return self._send(h, 304, {"ETag": route.etag}, b"")
        headers = {"Content-Type": route.ctype, **route.headers}
        if route.etag:
            headers["ETag"] = route.etag
        self._send(h, route.status, headers, route.body if route.status == 200 else b"")

    @staticmethod
    def _send(h, status: int, headers: dict, body: bytes) -> None:
        try:
            h.send_response(status)
            for k, v in headers.items():
                h.send_header(k, v)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class FakeClock:
    """The watcher's clock: sleeping advances it at once, so politeness costs no test time."""

    def __init__(self, start: float | None = None):
        self.t = time.time() if start is None else start
        self.slept = 0.0
        self.lock = threading.Lock()

    def now(self) -> float:
        with self.lock:
            return self.t

    def sleep(self, seconds: float) -> None:
        with self.lock:
            if seconds > 0:
                self.t += seconds
                self.slept += seconds


def etag_of(body: str) -> str:
    return '"' + hashlib.sha1(body.encode()).hexdigest()[:12] + '"'


def gz(text: str) -> bytes:
    return gzip.compress(text.encode("utf-8"))
