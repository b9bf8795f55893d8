"""Command line: `eventwire extract` and `eventwire eval` (in-process and as a console script)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def validator(repo_root):
    schema = json.loads((repo_root / "src/eventwire/data/output.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def invoke(args, **kw):
    return runner.invoke(app, [str(a) for a in args], **kw)


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture
def news_txt(tmp_path) -> Path:
    p = tmp_path / "clash.txt"
    p.write_text("Rebels shell army post near Hama\n"
                 "Rebels shelled an army checkpoint near Hama on Monday, killing three soldiers, "
                 "a monitoring group said.\n", encoding="utf-8")
    return p


# ----------------------------------------------------------------------------- help

def test_help():
    r = invoke(["--help"])
    assert r.exit_code == 0
    assert "extract" in r.stdout and "eval" in r.stdout


def test_no_args_shows_help():
    r = invoke([])
    assert "extract" in (r.stdout + r.stderr)


def test_extract_help_mentions_options():
    r = invoke(["extract", "--help"])
    assert r.exit_code == 0
    for opt in ("--published", "--source", "--column", "--pretty", "--output", "--processes"):
        assert opt in r.stdout, opt


def test_version():
    from eventwire import __version__

    r = invoke(["--version"])
    assert r.exit_code == 0 and __version__ in r.stdout


# ----------------------------------------------------------------------------- extract

def test_extract_txt_with_published_and_source(warm, news_txt, validator):
    r = invoke(["extract", news_txt, "--published", "2021-03-02", "--source", "Test Wire", "--no-progress"])
    assert r.exit_code == 0, r.stderr
    (out,) = json_lines(r.stdout)
    assert out["published"] == "2021-03-02"
    assert out["source"] == "Test Wire"
    assert out["id"] == "clash" and out["title"] == "Rebels shell army post near Hama"
    assert [e.message for e in validator.iter_errors(out)] == []
    assert any(e["type"] == "ASSAULT" for e in out["events"])
    assert "1 article(s) extracted, 0 failed" in r.stderr


def test_extract_mixed_batch(warm, news_txt, bad_dir, tmp_path):
    missing = tmp_path / "missing.txt"
    r = invoke(["extract", news_txt, bad_dir / "empty.txt", bad_dir / "mixed.jsonl", missing,
                bad_dir / "non_english.txt", "--published", "2024-03-20", "--no-progress"])
    assert r.exit_code == 1
    outs = json_lines(r.stdout)
    assert [o["id"] for o in outs] == ["clash", "mix-001", "mix-002", "mix-003"]
    err = r.stderr
    assert "empty.txt" in err and "E101" in err
    assert "mixed.jsonl:line 3" in err and "E104" in err
    assert "mixed.jsonl:line 5" in err and "E105" in err
    assert "missing.txt" in err and "E109" in err
    assert "non_english.txt" in err and "E111" in err
    assert "4 article(s) extracted, 5 failed" in err
    assert "Traceback" not in err


def test_extract_mixed_batch_parallel_keeps_order(warm, news_txt, bad_dir):
    args = ["extract", news_txt, bad_dir / "mixed.jsonl", "--published", "2024-03-20", "--no-progress"]
    one = invoke(args + ["-j", "1"])
    two = invoke(args + ["-j", "2"])
    assert one.exit_code == two.exit_code == 1
    assert json_lines(one.stdout) == json_lines(two.stdout)


def test_extract_stdin(warm):
    data = "\n".join([
        json.dumps({"id": "in-1", "text": "Police arrested 12 protesters in the capital on Friday.",
                    "published": "2022-07-01"}),
        json.dumps({"id": "in-2", "text": "Rebels attacked an army checkpoint, killing two soldiers."}),
    ]) + "\n"
    r = invoke(["extract", "-", "--source", "Stdin Wire", "--no-progress"], input=data)
    assert r.exit_code == 0, r.stderr
    outs = json_lines(r.stdout)
    assert [o["id"] for o in outs] == ["in-1", "in-2"]
    assert all(o["source"] == "Stdin Wire" for o in outs)
    assert outs[0]["published"] == "2022-07-01"


def test_extract_stdin_bad_line(warm):
    r = invoke(["extract", "-", "--no-progress"], input='{"id": "a", "text": "Police arrested two men."}\n{oops\n')
    assert r.exit_code == 1
    assert len(json_lines(r.stdout)) == 1
    assert "<stdin>:line 2" in r.stderr and "E104" in r.stderr


def test_extract_pretty(warm, news_txt):
    r = invoke(["extract", news_txt, "--published", "2021-03-02", "--pretty", "--no-progress"])
    assert r.exit_code == 0, r.stderr
    assert "ASSAULT" in r.stdout
    assert "Rebels shell army post near Hama" in r.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(r.stdout.splitlines()[0])


def test_extract_output_file(warm, news_txt, tmp_path):
    dest = tmp_path / "out.jsonl"
    r = invoke(["extract", news_txt, "--published", "2021-03-02", "-o", dest])
    assert r.exit_code == 0, r.stderr
    assert r.stdout.strip() == ""
    (out,) = json_lines(dest.read_text(encoding="utf-8"))
    assert out["id"] == "clash"


def test_extract_csv_with_column_mapping(warm, tmp_path):
    p = tmp_path / "m.csv"
    p.write_text("uid,body,outlet\nc1,\"Troops shelled the village of Kafr Nabl on Monday, killing two people.\",Wire X\n",
                 encoding="utf-8")
    r = invoke(["extract", p, "--column", "id=uid", "--column", "text=body", "--column", "source=outlet",
                "--published", "2020-02-02", "--no-progress"])
    assert r.exit_code == 0, r.stderr
    (out,) = json_lines(r.stdout)
    assert out["id"] == "c1" and out["source"] == "Wire X"


@pytest.mark.parametrize("spec", ["text", "colour=body"])
def test_extract_bad_column_spec_is_usage_error(tmp_path, spec):
    p = tmp_path / "m.csv"
    p.write_text("id,text\n1,Troops shelled the village.\n", encoding="utf-8")
    r = invoke(["extract", p, "--column", spec])
    assert r.exit_code == 2
    assert "--column" in r.stderr


@pytest.mark.parametrize("bad", ["2015-02-30", "17/11/2015", "yesterday"])
def test_extract_impossible_published_is_usage_error(news_txt, bad):
    r = invoke(["extract", news_txt, "--published", bad])
    assert r.exit_code == 2
    assert "--published" in r.stderr
    assert r.stdout.strip() == ""


def test_extract_requires_input():
    r = invoke(["extract"])
    assert r.exit_code == 2


# ----------------------------------------------------------------------------- eval

def test_eval_without_data_skips(tmp_path, monkeypatch):
    # An explicit, empty EVENTWIRE_SHARED means: no dev data. Each set is skipped with a message.
    # (--limit keeps this quick should the command wrongly fall back to another folder.)
    empty = tmp_path / "shared"
    empty.mkdir()
    monkeypatch.setenv("EVENTWIRE_SHARED", str(empty))
    r = invoke(["eval", "--limit", "2"])
    assert r.exit_code == 0
    for name in ("fakes", "plover", "case"):
        assert f"skip {name}" in r.stderr, r.stderr
    assert "scoring" not in r.stderr


def test_eval_without_data_skips_from_other_cwd(tmp_path, monkeypatch):
    empty = tmp_path / "shared"
    empty.mkdir()
    work = tmp_path / "elsewhere"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("EVENTWIRE_SHARED", str(empty))
    r = invoke(["eval", "plover", "--limit", "2"])
    assert r.exit_code == 0
    assert "skip plover" in r.stderr


def test_eval_unknown_set(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_SHARED", str(tmp_path))
    r = invoke(["eval", "nosuchset"])
    assert r.exit_code == 2
    assert "nosuchset" in r.stderr


def test_eval_with_data_file(warm, tmp_path, monkeypatch):
    # --data scores a given file in the set's format, no ../shared needed
    recs = [{"id": "p1", "text": "Rebels attacked an army checkpoint near Hama, killing two soldiers.",
             "event": "ASSAULT", "date": "2020-01-02", "source": []},
            {"id": "p2", "text": "Police arrested 12 protesters in the capital.", "event": "COERCE",
             "date": "2020-01-02", "source": []}]
    data = tmp_path / "plover.json"
    data.write_text(json.dumps(recs), encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_SHARED", str(tmp_path))
    r = invoke(["eval", "plover", "--data", data, "--json"])
    assert r.exit_code == 0, r.stderr
    res = json.loads(r.stdout)
    assert res["plover"]["n"] == 2
    assert 0.0 <= res["plover"]["metrics"]["type_accuracy"] <= 1.0


# ----------------------------------------------------------------------------- console script

def console_script(repo_root) -> Path:
    exe = Path(sys.executable).parent / "eventwire"
    if not exe.exists():
        exe = repo_root / ".venv" / "bin" / "eventwire"
    assert exe.exists(), "the `eventwire` console script is not installed in this environment"
    return exe


def test_console_script_help(repo_root):
    p = subprocess.run([str(console_script(repo_root)), "--help"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "extract" in p.stdout and "eval" in p.stdout


def test_console_script_extract(repo_root, samples_dir, bad_dir, tmp_path, validator):
    env = dict(os.environ)
    env.pop("EVENTWIRE_SHARED", None)
    p = subprocess.run(
        [str(console_script(repo_root)), "extract", str(samples_dir / "canonical_fictional.txt"),
         str(bad_dir / "empty.txt"), "--published", "2024-04-22", "--source", "Sample Wire"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env)
    assert p.returncode == 1, p.stderr
    (out,) = json_lines(p.stdout)
    assert out["id"] == "canonical_fictional"
    assert out["published"] == "2024-04-22" and out["source"] == "Sample Wire"
    assert [e.message for e in validator.iter_errors(out)] == []
    assert "empty.txt" in p.stderr and "E101" in p.stderr
    assert "Traceback" not in p.stderr


def test_console_script_published_usage_error(repo_root, samples_dir):
    p = subprocess.run([str(console_script(repo_root)), "extract", str(samples_dir / "canonical_fictional.txt"),
                        "--published", "2015-02-30"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 2
    assert "--published" in p.stderr


# ----------------------------------------------------------------------------- structure

def _cli_imports() -> dict[str, list[tuple[str, list[str]]]]:
    """Module of eventwire.cli -> [(module imported, names imported)], from the source."""
    import ast

    import eventwire.cli

    out = {}
    for path in sorted(Path(eventwire.cli.__file__).parent.glob("*.py")):
        found = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                where = {0: "", 1: "eventwire.cli", 2: "eventwire"}[node.level]
                mod = ".".join(x for x in (where, node.module) if x)
                found.append((mod, [a.name for a in node.names]))
        out[path.stem] = found
    return out


def test_command_modules_import_only_the_shared_options():
    """No import cycle: the package imports its command modules; they import options.py alone."""
    commands = {m for m in _cli_imports() if m not in ("__init__", "__main__", "options")}
    for module, imports in _cli_imports().items():
        inside = {m for m, names in imports if m.startswith("eventwire.cli.")}
        inside |= {f"eventwire.cli.{n}" for m, names in imports if m == "eventwire.cli" for n in names}
        if module == "__init__":
            assert inside == {f"eventwire.cli.{c}" for c in commands}
        elif module == "__main__":
            assert inside == {"eventwire.cli.app"}
        else:
            assert inside <= {"eventwire.cli.options"}, (module, inside)


def test_no_private_names_cross_modules():
    for module, imports in _cli_imports().items():
        for mod, names in imports:
            if mod.startswith("eventwire"):
                private = [n for n in names if n.startswith("_") and not n.endswith("__")]
                assert not private, (module, mod, names)


@pytest.mark.parametrize("command", ["ingest", "events", "show", "conflicts", "export", "serve", "demo",
                                     "gazetteer build", "gazetteer lookup", "gazetteer homes"])
def test_every_command_has_help(command):
    r = invoke([*command.split(), "--help"])
    assert r.exit_code == 0 and "Usage" in r.stdout and "--help" in r.stdout
    doc = r.stdout.split("Usage", 1)[1]
    assert len(doc.split("Options")[0].split()) > 8  # a sentence of help, not only the usage line


@pytest.mark.parametrize("command", ["events", "conflicts", "export"])
def test_filtering_commands_share_the_filter_options(command):
    r = invoke([command, "--help"])
    for opt in ("--country", "--type", "--actor", "--admin1", "--since", "--until", "--min-sources", "--bbox",
                "--limit"):
        assert opt in r.stdout, (command, opt)
    assert ("--conflicts-only" in r.stdout) is (command != "conflicts")  # conflicts implies it


def test_demo_without_the_sample_corpus_says_so(monkeypatch, tmp_path):
    import eventwire.cli.demo as demo

    monkeypatch.setattr(demo, "SAMPLES", tmp_path / "no" / "corpus.jsonl")
    r = invoke(["demo", "--db", tmp_path / "d.duckdb", "--no-serve"])
    assert r.exit_code == 2 and "E109" in r.stderr and "sample corpus" in r.stderr
    assert not (tmp_path / "d.duckdb").exists()


def test_python_dash_m_runs_the_same_app(repo_root):
    p = subprocess.run([sys.executable, "-m", "eventwire.cli", "--help"], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": str(repo_root / "src")})
    assert p.returncode == 0 and "ingest" in p.stdout and "gazetteer" in p.stdout


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_budget_options_are_offered_and_checked(command):
    r = invoke([command, "--help"], env={"COLUMNS": "200"})
    assert r.exit_code == 0
    assert "--record-timeout" in r.output and "--max-chars" in r.output
    assert "EVENTWIRE_RECORD_TIMEOUT" in r.output
    bad = invoke([command, "x.jsonl", "--record-timeout", "-1"])
    assert bad.exit_code == 2


def test_an_article_over_max_chars_is_rejected_with_E106(tmp_path):
    src = tmp_path / "w.jsonl"
    src.write_text(json.dumps({"id": "big", "text": "Troops shelled the town. " * 100}) + "\n", encoding="utf-8")
    r = invoke(["extract", src, "--max-chars", "500", "--no-progress"])
    assert r.exit_code == 1
    assert "[E106]" in r.output and "limit 500" in r.output
