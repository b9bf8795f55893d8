"""Patterns run over article text stay linear on adversarial input (issue 14: a 12k-character
capitalised token took 28 s in attribution's _REPORTED)."""
from __future__ import annotations

import time

import pytest

from eventwire.extract.attribution import (
    AFTER_QUOTE_CHARS,
    _speaker_after,
    pattern_sources,
)

ADVERSARIAL = {
    "long capitalised token": lambda n: "T" * n + " Troops shelled Ariha on Monday.",
    "long comma list of names": lambda n: ", ".join(["Tom"] * (n // 5)) + " went home.",
    "long run of capitalised words": lambda n: " ".join(["Tom"] * (n // 4)) + " went",
}


def _seconds(text: str) -> float:
    t = time.perf_counter()
    pattern_sources(text)
    return time.perf_counter() - t


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_pattern_sources_time_grows_linearly(kind):
    make = ADVERSARIAL[kind]
    small, large = _seconds(make(4_000)), _seconds(make(32_000))
    # 8x the input: linear is ~8x; quadratic was ~64x (and over 10 s at this size).
    assert large < 2.0, f"{kind}: {large:.2f} s on 32k characters"
    assert large < max(small, 0.002) * 24, f"{kind}: {small:.4f} s -> {large:.4f} s for 8x the input"


def test_pattern_sources_still_finds_outlets_in_a_list():
    text = "Reuters, AFP and Le Monde reported that troops shelled Ariha."
    names = {r.name for r in pattern_sources(text)}
    assert names == {"Reuters", "Agence France-Presse", "Le Monde"}


@pytest.mark.parametrize("filler", [" ", "\n", ", ", "… "])
def test_speaker_after_a_quote_is_cheap_on_a_run_of_spaces(filler):
    # _AFTER_QUOTE backtracked over a run of spaces after a closing quote: ~0.1 s per quote at its
    # 160-character window, and an article can hold thousands of quotes.
    text = "“We could not reach the wounded,”" + filler * AFTER_QUOTE_CHARS
    t = time.perf_counter()
    for _ in range(200):
        _speaker_after(text, text.index("”") + 1)
    assert time.perf_counter() - t < 1.0


def test_speaker_after_a_quote_still_found():
    text = "“We could not reach the wounded,” a statement from the French ministry read."
    s, e = _speaker_after(text, text.index("”") + 1)
    assert text[s:e] == "the French ministry"
