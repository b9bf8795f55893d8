"""Syndicated copies and near-duplicates (eventwire.fuse.DuplicateIndex), on the sample corpus texts."""
from __future__ import annotations

import random

import pytest

from eventwire.fuse import DuplicateIndex


@pytest.fixture(scope="module")
def texts(corpus_records) -> dict[str, str]:
    return {r["id"]: r["text"] for r in corpus_records}


@pytest.fixture()
def index(texts) -> DuplicateIndex:
    idx = DuplicateIndex()
    for article_id, text in texts.items():
        assert idx.add(article_id, text) is None, f"{article_id} taken for a copy of another sample report"
    return idx


def syndicated(text: str) -> str:
    """A reprint: the dateline swapped for the reprinting outlet's, a line appended."""
    body = text.split("–", 1)[-1]
    return "BEIRUT (Gulf Observer) – " + body + "\nAdditional reporting by Gulf Observer staff."


def test_reports_of_one_incident_by_different_outlets_are_not_copies(index):
    # smp-001 .. smp-004 all report the Ariha strike, each in its own words.
    assert len(index) == 30 and all(index.duplicate_of(f"smp-{i:03d}") is None for i in range(1, 31))


def test_a_reprint_is_found_as_a_copy_of_the_original(index, texts):
    assert index.add("reprint", syndicated(texts["smp-001"])) == "smp-001"
    assert index.duplicate_of("reprint") == "smp-001"


def test_a_lightly_edited_copy_is_found(index, texts):
    words = texts["smp-005"].split()
    rng = random.Random(3)
    for i in rng.sample(range(len(words)), len(words) // 25):  # one word in 25 changed
        words[i] = "edited"
    assert index.add("edited", " ".join(words)) == "smp-005"


def test_a_copy_of_a_copy_points_at_the_original(index, texts):
    index.add("reprint", syndicated(texts["smp-008"]))
    assert index.add("reprint-of-reprint", syndicated(syndicated(texts["smp-008"]))) == "smp-008"


def test_a_different_article_sharing_a_paragraph_is_not_a_copy(index, texts):
    background = texts["smp-001"].split("\n")[-2]  # the stock paragraph about Idlib province
    story = texts["smp-015"].split("\n")[0] + "\n" + background
    assert index.add("new-story", story) is None


def test_adding_an_id_again_returns_the_first_answer(index, texts):
    assert index.add("reprint", syndicated(texts["smp-002"])) == "smp-002"
    assert index.add("reprint", "something else entirely") == "smp-002"
    assert index.add("smp-003", syndicated(texts["smp-002"])) is None
    assert len(index) == 31


def test_empty_text_matches_nothing(index):
    assert index.add("empty", "") is None
    assert index.add("empty-2", "") is None


@pytest.mark.parametrize("how", ["bytes", "rows"])
def test_the_index_persists_and_keeps_finding_copies(index, texts, how):
    index.add("reprint", syndicated(texts["smp-010"]))
    index.add("empty", "   ")
    if how == "bytes":
        restored = DuplicateIndex.from_bytes(index.to_bytes())
    else:
        restored = DuplicateIndex.from_rows(list(index.to_rows()))
    assert list(restored.to_rows()) == list(index.to_rows())
    assert restored.duplicate_of("reprint") == "smp-010"
    assert restored.add("another-reprint", syndicated(texts["smp-021"])) == "smp-021"
    assert restored.add("reprint-2", syndicated(texts["smp-010"])) == "smp-010"


def test_from_bytes_rejects_other_data():
    with pytest.raises(ValueError):
        DuplicateIndex.from_bytes(b"not an index")


def test_many_articles_only_compare_within_shared_bands():
    """LSH: unrelated articles rarely share a band, so a lookup touches few signatures."""
    rng = random.Random(11)
    vocab = [f"w{i}" for i in range(5000)]
    idx = DuplicateIndex()
    for i in range(2000):
        idx.add(f"a{i}", " ".join(rng.choices(vocab, k=200)))
    probe = " ".join(rng.choices(vocab, k=200))
    from eventwire.fuse.duplicates import signature

    sig = signature(probe)
    assert sig is not None
    assert len(idx._band_matches(sig)) < 20
