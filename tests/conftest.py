"""Shared fixtures for the eventwire test suite.

Expensive things happen once per session: the spaCy model and the gazetteer are
loaded once (`warm`), and the sample corpus is run through the pipeline once
(`sample_outputs` / `sample_results`); tests reuse those results.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# Every pipeline run in the tests checks, after each stage, that the stage changed only the
# work-record fields it declares (eventwire.stages.contract); subprocesses inherit it.
os.environ.setdefault("EVENTWIRE_STRICT_STAGES", "1")

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def bad_dir() -> Path:
    return SAMPLES / "bad"


@pytest.fixture(scope="session")
def shared_dir() -> Path | None:
    """../shared beside the project, as eventwire itself finds it; None where absent."""
    from eventwire.eval import shared_dir as find_shared

    return find_shared()


@pytest.fixture(scope="session")
def require_shared(shared_dir) -> Path:
    """The shared folder, or skip the test with a message saying why."""
    if shared_dir is None:
        pytest.skip("../shared (or $EVENTWIRE_SHARED) with datasets/ is not present on this machine; "
                    "the check needs the seed article / dev sets that live there")
    return shared_dir


@pytest.fixture(scope="session")
def nlp():
    """The spaCy English pipeline, loaded once per session."""
    from eventwire.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def warm(nlp):
    """Model, gazetteer, actor resolver and default pipeline, loaded once per session."""
    from eventwire.runner import warm_up

    warm_up()
    return True


@pytest.fixture(scope="session")
def corpus_records() -> list[dict]:
    with open(SAMPLES / "corpus.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def sample_outputs(warm, corpus_records):
    """(article, ArticleResult | RecordError) for every record of samples/corpus.jsonl."""
    from eventwire.ingest.readers import ReadOptions, read_path
    from eventwire.model import RecordError
    from eventwire.pipeline import process

    outs = []
    for rec in read_path(str(SAMPLES / "corpus.jsonl"), ReadOptions()):
        if isinstance(rec, RecordError):
            outs.append((None, rec))
        else:
            outs.append((rec, process(rec)))
    return outs


@pytest.fixture(scope="session")
def sample_results(sample_outputs) -> list[dict]:
    """Output dicts (`ArticleResult.to_dict()`) for every sample article that processed."""
    from eventwire.model import ArticleResult

    return [res.to_dict() for _, res in sample_outputs if isinstance(res, ArticleResult)]


def process_text(text: str, published: str | None = None, title: str | None = None, art_id: str = "t"):
    """Run the default pipeline on a text (helper, no fixture needed)."""
    from eventwire.model import Article
    from eventwire.pipeline import process

    return process(Article(id=art_id, text=text, title=title, published=published))


@pytest.fixture(scope="session")
def run_text(warm):
    """process() on a raw text; returns ArticleResult | RecordError."""
    return process_text


@pytest.fixture(scope="session")
def canonical_result(warm):
    """samples/canonical_fictional.txt read as the CLI reads it, published 2024-04-22 (see its .expected.md)."""
    from eventwire.ingest.readers import ReadOptions, read_path
    from eventwire.pipeline import process

    (article,) = list(read_path(str(SAMPLES / "canonical_fictional.txt"), ReadOptions(published="2024-04-22")))
    return process(article)


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory, sample_results) -> Path:
    """samples/corpus.jsonl ingested into an event store, from the session's cached extraction.
    Shared: treat it as read-only (copy the file to change it)."""
    import copy

    from eventwire.ingest.readers import ReadOptions, read_path
    from eventwire.model import RecordError
    from eventwire.services.ingest import ingest

    by_id = {r["id"]: r for r in sample_results}

    def extract(items, processes):
        for rec in items:
            yield rec if isinstance(rec, RecordError) else copy.deepcopy(by_id[rec.id])

    db = tmp_path_factory.mktemp("sample_store") / "samples.duckdb"
    rep = ingest(read_path(str(SAMPLES / "corpus.jsonl"), ReadOptions()), db, extract=extract)
    assert rep.new == len(by_id) and rep.rejected == 0
    return db


SEED = "seed/raqqa_strikes_2015-11-17.txt"


@pytest.fixture(scope="session")
def seed_result(require_shared, warm):
    """The real seed report (../shared/seed), extracted once for every test module.
    Shared: treat it as read-only."""
    from eventwire.ingest.readers import ReadOptions, read_path
    from eventwire.model import ArticleResult
    from eventwire.pipeline import process

    path = require_shared / SEED
    if not path.exists():
        pytest.skip(f"{path} not present (the seed report lives in ../shared/{SEED})")
    (article,) = list(read_path(str(path), ReadOptions(published="2015-11-17")))
    res = process(article)
    assert isinstance(res, ArticleResult), res
    return res
