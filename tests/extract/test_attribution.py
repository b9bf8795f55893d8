"""Quotes with their speakers, cited sources, outlet-name normalisation."""
from __future__ import annotations

import pytest

from eventwire.extract.attribution import find_quotes
from eventwire.model import ArticleResult
from eventwire.resolve.outlets import OUTLETS, outlet_name

# ----------------------------------------------------------------------------- outlet names


@pytest.mark.parametrize("text,name", [
    ("Le Mond", "Le Monde"),
    ("Le Monde", "Le Monde"),
    ("le monde", "Le Monde"),
    ("Reuters", "Reuters"),
    ("Reuter", "Reuters"),
    ("Al Jazira", "Al Jazeera"),
    ("Al-Jazeera", "Al Jazeera"),
    ("AFP", "Agence France-Presse"),
    ("Agence France Presse", "Agence France-Presse"),
    ("the BBC", "BBC"),
    ("the Syrian Observatory", "Syrian Observatory for Human Rights"),
    ("Reuters'", "Reuters"),
    ("“Reuters”", "Reuters"),
])
def test_outlet_normalisation(text, name):
    assert outlet_name(text) == name


@pytest.mark.parametrize("word", [
    "banana", "animal", "against", "answer", "another", "router", "master", "garden", "minister",
    "officials", "hospital", "Tuesday", "Monday", "police", "rebels", "troops", "soldiers", "Moscow",
    "Damascus", "Raqqa", "Russia", "France", "Paris", "London", "Sanaa", "Santa", "Farsi", "Tassel",
    "the army", "the ministry", "the government", "Cameron", "Le Drian", "Le Mans", "NATO", "Hamas",
    "mirage", "rafale", "sahel", "levant", "Islamic State", "spies",
])
def test_outlet_fuzzy_does_not_match_ordinary_words(word):
    assert outlet_name(word) is None


@pytest.mark.parametrize("place", ["Hawara", "Hama", "Homs", "Idlib", "Ariha"])
def test_place_names_are_not_outlets(place):
    assert outlet_name(place) is None


def test_every_canonical_outlet_maps_to_itself():
    for canon in OUTLETS:
        assert outlet_name(canon) == canon


# ----------------------------------------------------------------------------- find_quotes

def test_find_quotes_curly_and_straight():
    text = ('“We will not leave our homes,” a resident said. '
            'He added: "The shelling has not stopped for three days." '
            'Army units targeted “terrorist positions” in the area.')
    spans = find_quotes(text)
    quoted = [text[s:e] for s, e in spans]
    assert quoted == ["We will not leave our homes,", "The shelling has not stopped for three days."]


def test_find_quotes_ignores_short_scare_quotes():
    assert find_quotes("The army said it hit “terrorist positions” and “militants”.") == []


# ----------------------------------------------------------------------------- quotes through the pipeline

def quotes_of(run_text, text):
    res = run_text(text, published="2021-05-04")
    assert isinstance(res, ArticleResult), res
    for q in res.quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text
    return res.quotes


def test_quote_speaker_person(run_text):
    text = "“We must step up our joint effort against the militants,” Prime Minister Anna Berg said on Monday."
    (q,) = quotes_of(run_text, text)
    assert q.text.startswith("We must step up")
    assert q.speaker is not None and "Berg" in q.speaker.text
    assert "Berg" in q.speaker.name


def test_quote_speaker_after_quote_with_title(run_text):
    text = ("“The city cannot defend itself alone,” Defence Minister Karl Hoffmann said on Tuesday. "
            "Troops were sent to the border.")
    (q,) = quotes_of(run_text, text)
    assert q.speaker is not None and "Hoffmann" in q.speaker.name


def test_quote_speaker_statement_from_ministry(run_text):
    text = ("“Both targets were hit and destroyed during the night,” a statement from the French ministry read. "
            "“The raid was aimed at sites identified during reconnaissance missions,” the statement further said.")
    q1, q2 = quotes_of(run_text, text)
    assert q1.speaker is not None and "ministry" in q1.speaker.text.lower()
    assert "statement" not in q1.speaker.text.lower()
    # "the statement further said" continues the previous speaker
    assert q2.speaker is not None and q2.speaker.name == q1.speaker.name


def test_quote_without_speaker(run_text):
    text = "Residents described the night. “Nobody slept at all that night in the village.” Shelling resumed."
    (q,) = quotes_of(run_text, text)
    assert q.speaker is None or q.speaker.text.lower() not in ("nobody",)


# ----------------------------------------------------------------------------- cited sources

def cited(run_text, text):
    res = run_text(text, published="2021-05-04")
    assert isinstance(res, ArticleResult), res
    for s in res.cited_sources:
        assert text[s.start:s.end] == s.text
    return res.cited_sources


def test_cited_sources_misspelled_outlets(run_text):
    text = "Government jets bombed the town of Ariha on Tuesday, Le Mond and Reuters have reported."
    names = {s.name for s in cited(run_text, text)}
    assert {"Le Monde", "Reuters"} <= names


def test_cited_sources_according_to(run_text):
    text = "At least ten people were killed in the shelling, according to the Syrian Observatory."
    names = {s.name for s in cited(run_text, text)}
    assert "Syrian Observatory for Human Rights" in names


def test_cited_sources_dateline_signoff(run_text):
    text = "BEIRUT (Reuters) - Rebels shelled a government checkpoint near Hama on Monday, killing two soldiers."
    names = {s.name for s in cited(run_text, text)}
    assert "Reuters" in names


def test_people_are_not_cited_sources(run_text):
    text = "The minister said the army had attacked the town. Cameron told reporters the talks would go on."
    assert cited(run_text, text) == []


def test_event_reported_by(run_text):
    text = "Government jets bombed the town of Ariha on Tuesday, Reuters reported."
    res = run_text(text, published="2021-05-04")
    assert isinstance(res, ArticleResult), res
    assault = [e for e in res.events if e.type == "ASSAULT"]
    assert assault, [e.type for e in res.events]
    assert any(r.name == "Reuters" for r in assault[0].reported_by)
