"""The house holds: layer contracts, module and function sizes, docs that match the code,
and one catalogue of error codes."""
from __future__ import annotations

import ast
import io
import re
import shutil
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "eventwire"
MAX_MODULE_LINES = 700
MAX_FUNCTION_LINES = 80
# Functions that are data, not logic (one long literal), with the reason.
DATA_FUNCTIONS = {
    "store/schema.py:_v1": "the store's SQL schema, one DDL statement per table",
}


def _modules():
    return sorted(SRC.rglob("*.py"))


def test_import_contracts_hold():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    if exe is None:
        pytest.skip("import-linter is not installed (pip install -e '.[dev]')")
    run = subprocess.run([exe, "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "broken" not in run.stdout.split("Contracts:")[-1].split("kept")[0]


def test_modules_and_functions_are_short():
    long_modules, long_functions = [], []
    for path in _modules():
        src = path.read_text(encoding="utf-8")
        rel = path.relative_to(SRC).as_posix()
        if src.count("\n") > MAX_MODULE_LINES:
            long_modules.append((rel, src.count("\n")))
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES and f"{rel}:{node.name}" not in DATA_FUNCTIONS:
                    long_functions.append((f"{rel}:{node.name}", n))
    assert not long_modules, f"modules over {MAX_MODULE_LINES} lines: {long_modules}"
    assert not long_functions, f"functions over {MAX_FUNCTION_LINES} lines: {long_functions}"


def test_architecture_doc_has_the_stage_table_of_the_code():
    from eventwire.pipeline import stage_table

    doc = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = doc.split("<!-- stage-table -->")[1].split("<!-- /stage-table -->")[0].strip()
    assert table == stage_table(), "docs/architecture.md's stage table is stale: paste stage_table()"


def _codes_in_source() -> dict[str, str]:
    """Every error code written in a string or as Errors.Exxx in src/, with one place it occurs
    (comments such as `# noqa: E402` are linters' codes, not ours)."""
    found: dict[str, str] = {}
    for path in _modules():
        if path.name == "errors.py" and path.parent == SRC:
            continue
        toks = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        prev = None
        for tok in toks:
            if tok.type == tokenize.STRING:
                for code in re.findall(r"\bE\d{3}\b", tok.string):
                    found.setdefault(code, f"{path.relative_to(SRC)}:{tok.start[0]}")
            elif tok.type == tokenize.NAME and re.fullmatch(r"E\d{3}", tok.string) and prev == ".":
                found.setdefault(tok.string, f"{path.relative_to(SRC)}:{tok.start[0]}")
            if tok.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
                prev = tok.string
    return found


def test_every_error_code_is_catalogued_and_documented():
    from eventwire.errors import CODES

    docs = "".join((REPO / "docs" / f).read_text(encoding="utf-8") for f in ("output.md", "api.md"))
    used = _codes_in_source()
    assert used, "no error code found in src/: the scan is broken"
    missing = {c: where for c, where in used.items() if c not in CODES}
    assert not missing, f"codes raised but not in errors.Errors: {missing}"
    undocumented = [c for c in CODES if f"| {c} |" not in docs and f"`{c}`" not in docs]
    assert not undocumented, f"codes in errors.Errors but not in docs/output.md or docs/api.md: {undocumented}"


def test_error_messages_carry_their_code():
    from eventwire.errors import Errors, EventwireError, StoreError

    exc = StoreError(Errors.E404.format(why="no event", event_id="x"))
    assert exc.code == "E404" and str(exc).startswith("[E404] no event 'x'")
    assert EventwireError("plain", code="E110").code == "E110"
