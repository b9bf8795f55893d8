"""The web app in a real browser: Debian's chromium driven by Playwright, against a real
`eventwire serve` process over a store of samples/corpus.jsonl, and a second server over a
store of one hostile article (XSS and SQL-looking strings in its title, text, outlet and url).

Skipped, saying why, where /usr/bin/chromium (scripts/setup-web.sh --browser), the npm
libraries (scripts/setup-web.sh) or the playwright package are missing. One browser per module.
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from eventwire.web import NODE_MODULES

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
EVENTWIRE = Path(sys.executable).with_name("eventwire")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
LAPTOP = {"width": 1366, "height": 800}
PHONE = {"width": 390, "height": 844}

if not CHROMIUM.exists():
    pytest.skip("/usr/bin/chromium is absent: run scripts/setup-web.sh --browser "
                "(apt-get install -y chromium) for the browser tests", allow_module_level=True)
if not (NODE_MODULES / "d3" / "dist" / "d3.min.js").exists():
    pytest.skip("src/eventwire/web/node_modules is absent: run scripts/setup-web.sh "
                "(npm ci --prefix src/eventwire/web)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[dev]' (playwright)")
pytest.importorskip("eventwire.api", reason="the HTTP API (eventwire.api) that serves the web app is not installed")

PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">'
SQL = "'; DROP TABLE events; --"
XSS_ID = 'xss-"><img src=x onerror=window.__pwned=1>'
XSS_RECORD = {
    "id": XSS_ID,
    "title": f"{PAYLOAD_SCRIPT} Gunmen kill five in Aleppo {SQL}",
    "source": f"{PAYLOAD_IMG} Wire {SQL}",
    "url": "javascript:alert(1)",
    "published": "2024-03-20",
    "text": (f"ALEPPO, March 20 - Gunmen killed five civilians in Aleppo on Tuesday {PAYLOAD_SCRIPT}, "
             f"police said.\nWitnesses said {PAYLOAD_IMG} the attackers fled. "
             f"See javascript:alert(1) and {SQL} for details.\n"),
}


# --- servers ------------------------------------------------------------------------------

def _ingest(src: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([str(EVENTWIRE), "ingest", str(src), "--db", str(db), "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _done(proc: subprocess.Popen, what: str) -> None:
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0, f"{what} failed:\n{out}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(db: Path, log: Path):
    """`eventwire serve` on a free port; yields its base URL once /api/stats answers."""
    port = _free_port()
    with open(log, "w") as fh:
        proc = subprocess.Popen([str(EVENTWIRE), "serve", "--db", str(db), "--port", str(port)],
                                stdout=fh, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/api/stats", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"eventwire serve did not start:\n{log.read_text()[-3000:]}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def api(base: str, path: str, **params) -> dict:
    q = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
    with urllib.request.urlopen(f"{base}{path}{'?' + q if q else ''}", timeout=30) as r:
        return json.load(r)


@pytest.fixture(scope="module")
def stores(request, tmp_path_factory):
    """(sample store, hostile store): both ingests run at once (two cores)."""
    tmp = tmp_path_factory.mktemp("web")
    xss_src = tmp / "xss.jsonl"
    xss_src.write_text(json.dumps(XSS_RECORD) + "\n", encoding="utf-8")
    xss_db = tmp / "xss.duckdb"
    xss = _ingest(xss_src, xss_db)
    try:
        sample_db = Path(request.getfixturevalue("sample_store"))  # shared, if conftest has one
    except pytest.FixtureLookupError:
        sample_db = tmp / "sample.duckdb"
        _done(_ingest(REPO / "samples" / "corpus.jsonl", sample_db), "ingest samples/corpus.jsonl")
    _done(xss, "ingest of the hostile article")
    return sample_db, xss_db


@pytest.fixture(scope="module")
def base(stores, tmp_path_factory):
    with serve(stores[0], tmp_path_factory.mktemp("log") / "serve.log") as url:
        yield url


@pytest.fixture(scope="module")
def xss_base(stores, tmp_path_factory):
    with serve(stores[1], tmp_path_factory.mktemp("log") / "serve-xss.log") as url:
        yield url


# --- browser ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Watched:
    """A page plus what went wrong on it: console errors, uncaught exceptions, dialogs."""

    def __init__(self, browser, viewport):
        self.context = browser.new_context(viewport=viewport)
        self.context.set_default_timeout(10_000)  # fail fast: everything here is local
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))


@pytest.fixture
def watched(browser):
    made: list[Watched] = []

    def open_(viewport=LAPTOP) -> Watched:
        made.append(Watched(browser, viewport))
        return made[-1]

    yield open_
    for w in made:
        w.context.close()
    for w in made:
        assert not w.errors, f"console errors: {w.errors}"
        assert not w.dialogs, f"dialogs: {w.dialogs}"


def list_total(page) -> int:
    return int(page.get_attribute(".list .summary", "data-total"))


def wait_total(page, expected: int) -> None:
    page.wait_for_function(
        "n => document.querySelector('.list .summary')?.dataset.total === String(n)", arg=expected,
        timeout=10_000)


def open_explore(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(".list .summary[data-total]")
    page.wait_for_selector(".map circle.ev, .map .note:not(:empty)")


def marks_text(scope, role: str) -> str:
    """The text of every mark carrying `role`, in document order, joined."""
    return "".join(scope.locator("mark.hl").evaluate_all(
        "(ms, r) => ms.filter(m => (m.dataset.kinds || '').split(' ').includes(r)).map(m => m.textContent)", role))


# --- tests: sample corpus -----------------------------------------------------------------

def test_explore_page_loads_the_corpus_with_map_markers(watched, base, tmp_path):
    w = watched()
    open_explore(w.page, base + "/")
    total = api(base, "/api/events", limit=1)["total"]
    assert total > 0 and list_total(w.page) == total
    located = sum(1 for e in api(base, "/api/events", limit=500)["items"]
                  if e["location"] and e["location"]["lat"] is not None)
    w.page.wait_for_function("n => document.querySelectorAll('.map circle.ev').length === n", arg=located)
    assert w.page.locator(".map path.land").count() > 100  # country outlines from world-atlas
    assert w.page.locator(".list li[data-id]").count() == min(20, total)
    assert w.page.locator(".map-legend .legend li").count() > 1
    shot = tmp_path / "web-map.png"
    w.page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    committed = REPO / "docs" / "img" / "web-map.png"
    if not committed.exists():  # committed once; delete it to refresh
        committed.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, committed)


def test_type_filter_changes_the_list_and_the_map(watched, base):
    w = watched()
    open_explore(w.page, base + "/")
    before = w.page.locator(".map circle.ev").count()
    expected = api(base, "/api/events", type="ASSAULT", limit=1)["total"]
    w.page.select_option("select[name=type]", "ASSAULT")
    wait_total(w.page, expected)
    assert expected < api(base, "/api/events", limit=1)["total"]
    assert set(w.page.locator(".list li[data-id] .type").all_inner_texts()) == {"ASSAULT"}
    assert "type=ASSAULT" in w.page.evaluate("() => location.hash")
    w.page.wait_for_function("n => document.querySelectorAll('.map circle.ev').length < n", arg=before)
    # The text filter too: words of an evidence sentence.
    w.page.fill("input[name=q]", "Ariha")
    w.page.press("input[name=q]", "Enter")
    wait_total(w.page, api(base, "/api/events", type="ASSAULT", q="Ariha", limit=1)["total"])


def test_timeline_brush_filters_list_and_map(watched, base):
    w = watched()
    open_explore(w.page, base + "/")
    total = list_total(w.page)
    overlay = w.page.locator(".timeline .brush .overlay")
    overlay.scroll_into_view_if_needed()
    box = overlay.bounding_box()
    y = box["y"] + box["height"] / 2
    # from a third of the way to the newest day: the samples' reports cluster in their last weeks,
    # while the events they recall (a 2018 deal, a 2023 earthquake) stretch the axis back years
    w.page.mouse.move(box["x"] + box["width"] * 0.35, y)
    w.page.mouse.down()
    w.page.mouse.move(box["x"] + box["width"] - 1, y, steps=8)
    w.page.mouse.up()
    w.page.wait_for_function("() => location.hash.includes('since=')")
    params = dict(urllib.parse.parse_qsl(w.page.evaluate("() => location.hash").split("?", 1)[1]))
    assert params["since"] <= params["until"]
    expected = api(base, "/api/events", since=params["since"], until=params["until"], limit=1)["total"]
    assert 0 < expected < total
    wait_total(w.page, expected)
    assert w.page.locator(".timeline rect.bar.out").count() > 0
    assert w.page.input_value("input[name=since]") == params["since"]
    dates = w.page.locator(".list li[data-id] .meta").all_inner_texts()
    assert all(params["since"] <= d[:10] <= params["until"] for d in dates)
    w.page.click(".timeline button")  # "All dates"
    wait_total(w.page, total)


def test_event_page_highlights_evidence_and_shows_conflicts_side_by_side(watched, base):
    ev_id = api(base, "/api/events", conflicts="true", limit=1)["items"][0]["id"]
    ev = api(base, f"/api/events/{ev_id}")
    w = watched()
    w.page.goto(f"{base}/#/event/{ev_id}")
    w.page.wait_for_selector("article.source")
    checked = 0
    for src in ev["sources"]:
        node = w.page.locator(f"article.source[data-mention='{src['mention_id']}']")
        quote = node.locator("blockquote.evidence")
        assert quote.text_content() == src["evidence"]["sentence"]["text"]  # nothing lost or added
        for sp in src["evidence"]["spans"]:
            if sp["rel_start"] is None:
                continue
            assert sp["text"] in marks_text(quote, sp["role"]), (sp, quote.inner_html())
            checked += 1
    assert checked >= 3
    assert w.page.locator(".hl-legend li").count() >= 6
    conflicts = w.page.locator(".conflict")
    assert conflicts.count() == len(ev["conflicts"])
    for i, c in enumerate(ev["conflicts"]):
        sides = conflicts.nth(i).locator(".side")
        assert sides.count() == len(c["claims"])
        for j, cl in enumerate(c["claims"]):
            side = sides.nth(j)
            text = side.inner_text()
            assert cl["outlet"] in text and cl["published"] in text
            assert cl["evidence"]["text"] in marks_text(side, c["field"] if c["field"] in ("killed", "injured") else
                                                        {"actor": "actor", "target": "target", "place": "place",
                                                         "date": "date"}.get(c["field"], "trigger"))
        # side by side on a laptop: the first two sides share a row
        if sides.count() > 1:
            assert sides.nth(0).bounding_box()["y"] == sides.nth(1).bounding_box()["y"]


def test_article_page_highlights_all_its_events(watched, base):
    art = api(base, "/api/articles/smp-001")
    w = watched()
    w.page.goto(f"{base}/#/article/smp-001")
    w.page.wait_for_selector(".article-text mark.hl")
    body = w.page.locator(".article-text")
    shown = body.evaluate("el => { const c = el.cloneNode(true); c.querySelectorAll('.evno').forEach(b => b.remove());"
                          " return c.textContent; }")
    assert shown == art["text"]
    with_sentence = [e for e in art["events"] if e["evidence"]["sentence"]]
    assert w.page.locator(".article-text .evno").count() == len(with_sentence) >= 2
    assert w.page.locator(".article-text .sent").count() >= len(with_sentence)
    for e in art["events"]:
        for sp in e["evidence"]["spans"]:
            assert sp["text"] in marks_text(body, sp["role"]), sp
    hrefs = w.page.eval_on_selector_all(".article-text a.evno", "as => as.map(a => a.getAttribute('href'))")
    assert {h for h in hrefs} == {f"#/event/{e['event_id']}" for e in with_sentence if e["event_id"]}
    w.page.click(".article-text a.evno >> nth=0")
    w.page.wait_for_selector("article.source")


def test_phone_width_has_no_horizontal_overflow(watched, base, tmp_path):
    ev_id = api(base, "/api/events", conflicts="true", limit=1)["items"][0]["id"]
    w = watched(PHONE)
    for i, route in enumerate(["/", f"/#/event/{ev_id}", "/#/article/smp-001"]):
        w.page.goto(base + route)
        w.page.wait_for_selector(".list .summary[data-total], article.source, .article-text")
        w.page.wait_for_timeout(200)
        sw, iw = w.page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert sw <= iw, f"{route}: page is {sw}px wide on a {iw}px screen"
        w.page.screenshot(path=str(tmp_path / f"phone-{i}.png"), full_page=True)
    # the conflict sides stack on a phone
    w.page.goto(f"{base}/#/event/{ev_id}")
    sides = w.page.locator(".conflict >> nth=0").locator(".side")
    sides.nth(0).wait_for()
    assert sides.nth(1).bounding_box()["y"] > sides.nth(0).bounding_box()["y"]


def test_pages_carry_security_headers(base):
    with urllib.request.urlopen(base + "/", timeout=10) as r:
        h = r.headers
    assert "script-src 'self'" in h["Content-Security-Policy"]
    assert "object-src 'none'" in h["Content-Security-Policy"]
    assert h["X-Content-Type-Options"] == "nosniff" and h["Referrer-Policy"]


# --- tests: hostile article ---------------------------------------------------------------

def _assert_inert(w: Watched) -> None:
    assert w.page.evaluate("() => typeof window.__pwned") == "undefined"
    assert w.page.locator("#view script, #view img, #view iframe, #view object").count() == 0
    bad = w.page.eval_on_selector_all(
        "a[href]", "as => as.map(a => a.getAttribute('href')).filter(h => !/^(#|\\/|https?:)/.test(h))")
    assert bad == []
    for a in w.page.locator("a[target=_blank]").all():
        assert "noopener" in a.get_attribute("rel")


def test_hostile_strings_render_as_literal_text(watched, xss_base):
    items = api(xss_base, "/api/events", limit=50)["items"]
    assert items, "the hostile article gave no event; the test needs one"
    w = watched()
    open_explore(w.page, xss_base + "/")
    _assert_inert(w)

    w.page.goto(f"{xss_base}/#/event/{items[0]['id']}")
    w.page.wait_for_selector("article.source")
    text = w.page.inner_text("#view")
    assert PAYLOAD_IMG in text and SQL in text  # the outlet name, literally
    assert PAYLOAD_SCRIPT in text  # the title
    assert w.page.locator("article.source .unsafe-url").inner_text() == "javascript:alert(1)"  # text, not a link
    _assert_inert(w)

    w.page.goto(f"{xss_base}/#/article/{urllib.parse.quote(XSS_ID, safe='')}")
    w.page.wait_for_selector(".article-text")
    assert w.page.locator("h1").inner_text() == XSS_RECORD["title"]
    shown = w.page.locator(".article-text").evaluate(
        "el => { const c = el.cloneNode(true); c.querySelectorAll('.evno').forEach(b => b.remove()); return c.textContent; }")
    assert shown == XSS_RECORD["text"]
    assert w.page.locator(".unsafe-url").inner_text() == "javascript:alert(1)"
    _assert_inert(w)

    # SQL-looking text in a filter is just text: it finds the article, the store is intact.
    w.page.goto(xss_base + "/")
    w.page.fill("input[name=q]", SQL)
    w.page.press("input[name=q]", "Enter")
    wait_total(w.page, api(xss_base, "/api/events", q=SQL, limit=1)["total"])
    assert api(xss_base, "/api/events", limit=1)["total"] == len(items)
    _assert_inert(w)
