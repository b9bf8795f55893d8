"""extract/private_violence: an assault with no political side is a crime; a death in an
accident is an incident; and the pipeline's refine stage applies both."""
from __future__ import annotations

import pytest

from eventwire.extract.private_violence import accident_sufferers, is_accident, is_private_crime
from eventwire.model import Actor, EventType, Sector


def _head(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word,expected", [
    ("An 87-year-old man was killed in a traffic accident on Monday.", "killed", True),
    ("The house was hit by fire for the second time.", "hit", True),
    ("Two soldiers were killed in an ambush on Monday.", "killed", False),
    ("The village was hit by rockets.", "hit", False),
])
def test_accidents_are_read_from_the_trigger_syntax(nlp, text, word, expected):
    assert is_accident(_head(nlp, text, word)) is expected


POLICE = Actor("police", 0, 6, name="Police", country="USA", sector=Sector.COP)
MAN = Actor("a man", 0, 5, name=None, country=None, sector=None)
MILITANTS = Actor("militants", 0, 9, name="Rebels", country="SYR", sector=Sector.REB)


def test_an_assault_with_no_political_side_is_a_crime():
    assert is_private_crime(EventType.ASSAULT, None, [MAN], [], set(), {"shoot", "man"})
    assert is_private_crime(EventType.ASSAULT, None, [], [], {Sector.COP}, {"shooting"})  # police only report it


@pytest.mark.parametrize("actors,targets,story,lemmas", [
    ([POLICE], [], set(), {"shoot"}),  # a police shooting is state violence
    ([], [POLICE], set(), {"shoot"}),  # so is shooting a policeman
    ([MILITANTS], [], set(), {"attack"}),
    ([MAN], [], {Sector.MIL}, {"attack"}),  # a story of armed conflict
    ([], [], set(), {"bomb", "kill"}),  # a bombing
    ([], [], set(), {"blast", "kill"}),  # a deadly blast no one called an accident
    ([], [], set(), {"fighting"}),  # fighting between sides
])
def test_political_violence_stays_an_assault(actors, targets, story, lemmas):
    assert not is_private_crime(EventType.ASSAULT, None, actors, targets, story, lemmas)
    assert not is_private_crime(EventType.PROTEST, None, [MAN], [], set(), {"march"})


def test_refine_recodes_a_local_shooting_and_a_traffic_death(warm):
    from eventwire.model import Article
    from eventwire.pipeline import process

    shot = process(Article(id="s", text="Two men were shot on the North Side on Sunday night.", published="2009-03-02"))
    assert [e.type for e in shot.events] == [EventType.CRIME]
    crash = process(Article(id="c", text="An 87-year-old Williston man was killed in a traffic accident on Monday.",
                            published="2009-03-02"))
    assert [e.type for e in crash.events] == [EventType.INCIDENT]
    war = process(Article(id="w", text="Syrian troops shot two protesters in Deraa on Sunday.", published="2011-03-21"))
    assert EventType.ASSAULT in [e.type for e in war.events]


def test_a_blast_told_again_as_a_car_bomb_stays_an_assault(warm):
    from eventwire.model import Article
    from eventwire.pipeline import process

    # the headline's blast and the car bomb folded into it are one assault
    doc = process(Article(id="b", text="17 killed in Damascus blast. A car bomb exploded in Damascus on Monday.",
                          published="2015-06-01"))
    assert [e.type for e in doc.events] == [EventType.ASSAULT]
    # an attack word alone names none either: the context a folded mention brought decides
    assert not is_private_crime(EventType.ASSAULT, None, [], [], set(), {"attack"}, ["terrorism"])
    assert is_private_crime(EventType.ASSAULT, None, [], [], set(), {"attack"}, [])
    # a blast that hurt no one may be a home run or a simile ("a three-run blast"; a review of unseen texts)
    assert is_private_crime(EventType.ASSAULT, None, [], [], set(), {"blast", "win"}, [])


def test_an_accident_has_sufferers_and_no_doers(run_text):
    # the driver who crashed is one the accident happened to; his car is no party
    res = run_text("Robert Kochuk, 54, was killed when he crashed his car into a tree in East Hampton on Thursday.",
                   "2009-03-27")
    (crash,) = [e for e in res.events if e.type == EventType.INCIDENT]
    assert crash.actors == [] and "he" in [t.text for t in crash.targets]
    car = Actor("his car", 0, 7)
    assert accident_sufferers([car], []) == ([], [])
    # an armed doer makes the accident's reading doubtful: it stays the doer
    army = Actor("An army helicopter", 0, 18, sector=Sector.MIL)
    assert accident_sufferers([army], []) == ([army], [])
