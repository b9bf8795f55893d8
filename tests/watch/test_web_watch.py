"""The web app's Watch panel (static/js/watch.js) in a real browser, against a stand-in for the
API that answers GET /api/watch with a hostile feed URL and error. Skipped without chromium or
playwright (scripts/setup-web.sh --browser)."""
from __future__ import annotations

import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
STATIC = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "web" / "static"
if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is absent (scripts/setup-web.sh --browser)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[dev]' (playwright)")

HOSTILE = "http://127.0.0.1:1/<img src=x onerror=alert(1)>.xml"
STATE = {"feeds": [
    {"id": 1, "url": "https://news.example.org/rss.xml", "added_url": "https://news.example.org/rss.xml",
     "kind": "rss", "parent": None, "status": "active", "interval_s": 900.0, "failures": 0,
     "last_fetch": "2026-12-05T11:20:03Z", "next_fetch": "2026-12-05T11:35:03Z", "last_http": 200,
     "last_error": None, "new_articles": 41, "pending": 3, "failed": 0},
    {"id": 2, "url": HOSTILE, "added_url": HOSTILE, "kind": "auto", "parent": 1, "status": "failing",
     "interval_s": 900.0, "failures": 2, "last_fetch": None, "next_fetch": None, "last_http": 503,
     "last_error": "[E704] <b>HTTP 503</b>", "new_articles": 0, "pending": 0, "failed": 0}],
    "pages": {"done": 41, "pending": 3}}


class _Handler(SimpleHTTPRequestHandler):
    """/ is the app's index.html, /static/... its files, /api/watch the state above; the rest 404."""

    def do_GET(self):
        if self.path == "/api/watch":
            body = json.dumps(STATE).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path == "/":
            self.path = "/index.html"
        elif self.path.startswith("/static/"):
            self.path = self.path[len("/static"):]
        else:
            self.send_error(404)
            return
        super().do_GET()

    def log_message(self, *args):
        pass


def test_watch_panel_lists_feeds_and_shows_hostile_strings_as_text():
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(STATIC)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--headless"])
            page = browser.new_page()
            dialogs = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
            page.get_by_role("button", name="Watch").click()
            rows = page.locator("#watch-dialog tbody tr")
            rows.first.wait_for(timeout=10_000)
            assert rows.count() == 2
            assert "41" in rows.nth(0).inner_text() and "rss" in rows.nth(0).inner_text()
            assert HOSTILE in rows.nth(1).inner_text() and "[E704] <b>HTTP 503</b>" in rows.nth(1).inner_text()
            assert page.locator("#watch-dialog img, #watch-dialog b").count() == 0 and not dialogs
            assert "41 done" in page.locator("#watch-dialog").inner_text()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
