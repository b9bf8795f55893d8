"""A hard-wrapped report gives the main event of its unwrapped twin (the whole pipeline).

The report is fictional (real place names); it is wrapped with textwrap as wire copy
and e-mail are, a line break every 60–80 characters. It has no title: its main event
is in the lead sentence, which the parser would cut at every wrapped line.
"""
from __future__ import annotations

import textwrap

import pytest

from eventwire.model import Article, ArticleResult
from eventwire.pipeline import DEFAULT_PIPELINE, Pipeline, default_pipeline, process

REPORT = (
    "AZAZ, Syria, March 3 (Levant Wire) - Fighters of the Free Syrian Army attacked an army checkpoint "
    "on the outskirts of the town of Azaz in the north of Aleppo province on Tuesday, killing 12 soldiers "
    "and wounding several others, the Syrian Observatory for Human Rights said in a statement.\n\n"
    "The monitoring group said the fighters had used rocket-propelled grenades and machine guns in the "
    "assault, which lasted for more than two hours before reinforcements arrived from the nearby "
    "military airport.\n\n"
    "State television said the army had repelled the attack and that dozens of the attackers had been "
    "killed or wounded, but gave no figures for its own losses.")


def _result(text: str, strict: bool = False) -> dict:
    pipeline = Pipeline(DEFAULT_PIPELINE, resources=default_pipeline().resources, strict=strict)
    result = process(Article(id="t", text=text, published="2016-03-03"), pipeline)
    assert isinstance(result, ArticleResult), result
    return result.to_dict()


def _wrapped(width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in REPORT.split("\n\n"))


def _main_record(result: dict) -> tuple:
    ev = result["events"][result["main_event"]]
    loc = ev["location"] or {}
    return (ev["type"], sorted((a.get("name"), a.get("country")) for a in ev["actors"]),
            (loc.get("name"), loc.get("country")), ev["date"], (ev["killed"] or {}).get("value"))


@pytest.fixture(scope="module")
def unwrapped() -> tuple:
    record = _main_record(_result(REPORT))
    assert record[0] == "ASSAULT" and record[4] == 12 and record[2][1] == "SYR"
    return record


@pytest.mark.parametrize("width", [62, 70, 78])
def test_a_hard_wrapped_report_gives_the_main_event_of_its_unwrapped_twin(unwrapped, width):
    text = _wrapped(width)
    assert text.count("\n") >= REPORT.count("\n") + 6
    result = _result(text)
    assert _main_record(result) == unwrapped
    # evidence is the wrapped article's own text at its offsets, line breaks and all
    ev = result["events"][result["main_event"]]
    for span in [ev["trigger"], ev["sentence"], ev["location"], ev["killed"], *ev["actors"]]:
        assert span["text"] == text[span["start"]:span["end"]]


def test_the_strict_pipeline_takes_a_hard_wrapped_report(unwrapped):
    assert _main_record(_result(_wrapped(62), strict=True)) == unwrapped
