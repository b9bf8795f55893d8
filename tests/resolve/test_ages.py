"""Tests for eventwire.resolve.ages: who a description by age is."""
from __future__ import annotations

import pytest

from eventwire.resolve.ages import described_age, people_by_age, person_of_age


@pytest.mark.parametrize("phrase, age", [
    ("A 21-year-old Blue Springs man", 21),
    ("the 7-year-old", 7),
    ("a man", None),
    ("a 30-year-old woman and her 5-year-old son", None),  # two ages: no one description
    ("the 2019 attack", None),
])
def test_the_age_a_description_gives(phrase, age):
    assert described_age(phrase) == age


def test_ages_are_read_after_names_in_the_forms_reports_use():
    text = "John Smith, 24, of Dayton. Mary Jones (31) was hurt. Bob Lee, a 24-year-old, fled. Ann Roe, of Akron, 40."
    people = [(text.index(n) + len(n), n) for n in ("John Smith", "Mary Jones", "Bob Lee", "Ann Roe")]
    assert people_by_age(text, people) == {24: {"John Smith", "Bob Lee"}, 31: {"Mary Jones"}}
    ages = people_by_age(text, people)
    assert person_of_age("the 31-year-old", ages) == "Mary Jones"
    assert person_of_age("a 24-year-old man", ages) is None  # two people are 24
    assert person_of_age("a 40-year-old woman", ages) is None  # an age far from the name is no one's
