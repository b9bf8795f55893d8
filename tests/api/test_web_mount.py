"""eventwire.web.mount_web without a browser: routes, security headers, the vendored-file
whitelist, and the page shown when the front-end libraries were never installed."""
from __future__ import annotations

import re

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from eventwire.web import NODE_MODULES, STATIC, VENDOR, mount_web

needs_modules = pytest.mark.skipif(
    not (NODE_MODULES / "d3").is_dir(),
    reason="src/eventwire/web/node_modules is absent: run scripts/setup-web.sh (npm ci --prefix src/eventwire/web)")


def _client(**kw) -> TestClient:
    app = fastapi.FastAPI()

    @app.get("/api/ping")
    def ping() -> dict:
        return {"ok": True}

    mount_web(app, **kw)
    return TestClient(app)


@needs_modules
def test_index_and_static_files_have_security_headers():
    c = _client()
    r = c.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp and "default-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    js = c.get("/static/js/main.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert js.headers["x-content-type-options"] == "nosniff"
    # The API's own responses are left alone (Swagger UI at /docs needs inline scripts).
    assert "content-security-policy" not in c.get("/api/ping").headers


@needs_modules
def test_only_whitelisted_vendor_files_are_served():
    c = _client()
    for name in VENDOR:
        assert c.get(f"/vendor/{name}").status_code == 200, name
    d3 = c.get("/vendor/d3.min.js")
    assert "javascript" in d3.headers["content-type"] and len(d3.content) > 100_000
    for probe in ("package.json", "d3/package.json", "../__init__.py", "d3.js"):
        assert c.get(f"/vendor/{probe}").status_code == 404, probe


def test_index_html_has_no_inline_script_or_style():
    """The CSP forbids inline code, so the page must not need any (it would silently break)."""
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    for m in re.finditer(r"<script\b([^>]*)>(.*?)</script>", html, re.DOTALL):
        assert "src=" in m.group(1) and not m.group(2).strip(), m.group(0)
    assert "<style" not in html and not re.search(r"<[^>]*\s(style|on\w+)=", html)


def test_js_never_parses_data_as_html():
    """No innerHTML/outerHTML/insertAdjacentHTML/document.write/eval anywhere in the app's code."""
    bad = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|\.html\(")
    for f in sorted((STATIC / "js").glob("*.js")):
        hits = [ln for ln in f.read_text(encoding="utf-8").splitlines() if bad.search(ln)]
        assert not hits, f"{f.name}: {hits}"


def test_without_node_modules_a_setup_page_and_a_warning(tmp_path, capsys):
    c = _client(node_modules=tmp_path)
    assert "web app not set up" in capsys.readouterr().err
    r = c.get("/")
    assert r.status_code == 500 and "setup-web.sh" in r.text and "npm ci" in r.text
    assert r.headers["content-security-policy"]
    v = c.get("/vendor/d3.min.js")
    assert v.status_code == 500 and "setup-web.sh" in v.json()["error"]["message"]
    assert c.get("/api/ping").json() == {"ok": True}  # the API still works
