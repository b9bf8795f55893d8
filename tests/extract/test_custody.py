"""Tests for eventwire.extract.custody: who made an arrest a report tells without its doer.

Fictional sentences, taken through the pipeline up to `custodians`' predecessor, so that the
arrest's source (`reported_by`) is read as the pipeline reads it."""
from __future__ import annotations

import pytest

from eventwire.extract.custody import custodian, implied_custodian, named_custodian, named_forces, tells_no_doer
from eventwire.model import Article
from eventwire.pipeline import DEFAULT_PIPELINE, Pipeline


@pytest.fixture(scope="module")
def arrest_of():
    pipe = Pipeline(DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index("custodians")])

    def run(text: str, title: str | None = None):
        w = pipe.work(Article(id="t", text=text, title=title, published="2020-03-04"))
        d = next(d for d in w.drafts if d.event.type == "COERCE")  # an arrest, or a seizure
        return d, w.entities.resolve_phrase
    return run


@pytest.mark.parametrize("text, source, sector", [
    ("A 24-year-old man was arrested Tuesday after a shooting at a bar, police said.", "police", "COP"),
    ("Three men were detained in connection with the robbery, Sheriff John Smith said.", "Sheriff John Smith", "COP"),
    ("The arrest of the two suspects came after a long inquiry, prosecutors said.", "prosecutors", "JUD"),
    ("A man was arrested in Boston on Tuesday, Boston Police said.", "Boston Police", "COP"),  # a force's name
    # a spokesman speaks for the organ that arrested; he arrested no one (a sheriff, above, may have)
    ("Police spokesman Mohammed Shehu said five suspects had been arrested in Kano.", "Police spokesman", "COP"),
    ("Army spokesman Brigadier General Onyema Nwachukwu said 20 bandits had been arrested in Zamfara.",
     "Army spokesman", "MIL"),  # a rank between the title and the name
])
def test_an_arrest_told_without_its_doer_was_made_by_the_organ_that_reports_it(arrest_of, text, source, sector):
    d, resolve = arrest_of(text)
    assert not d.event.actors and tells_no_doer(d)
    doer = custodian(d, resolve)
    assert doer is not None and (doer.text, doer.sector) == (source, sector)
    assert text[doer.start:doer.end] == source  # the evidence is the source's own words


@pytest.mark.parametrize("text", [
    "A man was arrested on Monday, his brother said.",  # a relative holds no one
    "A man was arrested on Monday, a witness told reporters.",
    "Soldiers arrested a man on Monday, police said.",  # the clause says who
    "Three American citizens were detained in Tehran last week, the State Department said.",  # held abroad
    "Three American citizens were detained last week, the State Department said.",  # where, unsaid
    "Two Israeli soldiers were captured near the border on Monday, the Israeli military said.",  # no arrest
])
def test_no_custodian_from_a_private_source_a_told_doer_another_state_or_another_act(arrest_of, text):
    d, resolve = arrest_of(text)
    assert custodian(d, resolve) is None


def test_a_by_phrase_tells_the_doer(arrest_of):
    d, _ = arrest_of("A man was arrested by soldiers on Monday, police said.")
    assert not tells_no_doer(d)


@pytest.fixture(scope="module")
def resolve_in():
    from eventwire.resolve.entities import shared_resolver

    resolver = shared_resolver()
    return lambda text, country: resolver.resolve(text, focus_country=country)


@pytest.mark.parametrize("text, title, country", [
    ("A 24-year-old man was arrested in Manchester, England on Tuesday after a bar fight.", None, "GBR"),
    # a headline's reduced passive: the juvenile is whom it was done to (extract/arguments.py)
    ("Juvenile arrested in Oxford, Mississippi bar. The girl was 16.", "Juvenile arrested in Oxford, Mississippi bar",
     "USA"),
])
def test_an_arrest_with_no_doer_and_no_source_was_made_by_the_police_where_it_happened(
        arrest_of, resolve_in, text, title, country):
    d, resolve = arrest_of(text, title)
    assert not d.event.actors and custodian(d, resolve) is None and d.event.location is not None
    doer = implied_custodian(d, resolve_in)
    assert doer is not None and (doer.country, doer.sector, doer.implied) == (country, "COP", True)
    assert text[doer.start:doer.end] == d.event.trigger.text  # the arrest's own word is the evidence


@pytest.fixture(scope="module")
def charge_of():
    pipe = Pipeline(DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index("custodians")])

    def run(text: str):
        w = pipe.work(Article(id="t", text=text, published="2020-03-04"))
        return next(d for d in w.drafts if d.event.type == "ACCUSE")
    return run


def test_a_criminal_charge_with_no_doer_was_brought_by_the_prosecutors_where_it_happened(charge_of, resolve_in):
    d = charge_of("A 19-year-old woman was charged with arson in Manchester, England on Tuesday.")
    doer = implied_custodian(d, resolve_in)
    assert doer is not None and (doer.country, doer.sector, doer.implied) == ("GBR", "JUD", True)


def test_a_clause_that_names_its_doer_implies_none_even_where_the_doer_was_not_read(charge_of, resolve_in):
    d = charge_of("Riot police charged at protesters in Cairo on Friday, witnesses said.")
    assert not d.event.actors and d.event.location is not None  # "police" modified by "charged": not read
    assert implied_custodian(d, resolve_in) is None


def test_a_sentence_with_no_doer_was_passed_by_a_court_where_it_happened(resolve_in):
    pipe = Pipeline(DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index("custodians")])
    w = pipe.work(Article(id="t", text="A 54-year-old man was sentenced to two years in prison in Manchester, "
                                       "England on Friday.", published="2020-03-04"))
    d = next(d for d in w.drafts if d.event.type == "SANCTION")
    doer = implied_custodian(d, resolve_in)
    assert doer is not None and (doer.country, doer.sector, doer.implied) == ("GBR", "JUD", True)


def test_a_lawsuit_has_no_implied_doer(charge_of, resolve_in):
    d = charge_of("The company was sued over the spill in Manchester, England on Tuesday.")
    assert not d.event.actors and d.event.location is not None
    assert implied_custodian(d, resolve_in) is None  # anyone may sue


@pytest.mark.parametrize("text", [
    "Soldiers arrested a man in Manchester, England on Tuesday.",  # the clause says who
    "A man was arrested on Tuesday after a bar fight.",  # where, unsaid: whose police, unknown
    "Two soldiers were captured near Manchester, England on Monday.",  # no arrest
    "Soldiers' arrest of a man in Manchester, England on Tuesday angered residents.",  # a doer named
    "The man was not arrested in Manchester, England on Tuesday.",  # no arrest was made
])
def test_no_implied_custodian_with_a_doer_without_a_place_or_for_another_act(arrest_of, resolve_in, text):
    d, _ = arrest_of(text)
    assert implied_custodian(d, resolve_in) is None


def test_a_participle_of_its_patient_tells_no_doer(arrest_of):
    d, _ = arrest_of("Police said three men arrested on Monday in Boston had fled a checkpoint.")
    head = d.sent.doc[d.hit.head]
    assert (head.dep_, head.tag_) == ("acl", "VBN") and tells_no_doer(d)


def test_a_participle_of_an_armed_party_tells_no_doer_where_it_is_aimed_at_no_one(arrest_of):
    d, _ = arrest_of("Militants arrested in Kabul on Monday confessed, the Interior Ministry said.")
    assert d.sent.doc[d.hit.head].dep_ == "acl" and tells_no_doer(d)  # militants held, not holding


def test_a_participle_of_an_armed_party_tells_its_doer(charge_of):
    d = charge_of("Riot police charged at protesters in Cairo on Friday, witnesses said.")
    assert d.sent.doc[d.hit.head].dep_ == "acl" and not tells_no_doer(d)  # the parse's reading


def test_the_forces_an_article_names_by_their_own_name(nlp):
    text = ("A parent told school officials, who then notified Miami-Dade Schools police. The Rapides Parish "
            "Sheriff's Office investigated. The Kenton County Police Department has charged him. Then police "
            "said he fled. The Post Office closed.")
    assert [f.text for f in named_forces(nlp(text), text)] == [
        "Miami-Dade Schools police", "Rapides Parish Sheriff's Office", "Kenton County Police Department"]


def test_an_arrest_with_no_doer_was_made_by_the_force_the_article_names(arrest_of):
    text = ("A 24-year-old man was arrested in Miami, Florida on Tuesday after a gun was found at a school. "
            "School officials notified Miami-Dade Schools police.")
    d, resolve = arrest_of(text)
    assert not d.event.actors and custodian(d, resolve) is None
    doer = named_custodian(d, named_forces(d.sent.doc, text))
    assert (doer.text, doer.sector, doer.country) == ("Miami-Dade Schools police", "COP", "USA")
    assert text[doer.start:doer.end] == doer.text


def test_no_named_force_for_an_arrest_with_a_doer_or_none_named(arrest_of):
    d, _ = arrest_of("Troops arrested three men in Kabul on Tuesday. Kabul Police said they were released.")
    assert d.event.actors and named_custodian(d, named_forces(d.sent.doc, d.sent.doc.text)) is None
    d, _ = arrest_of("A man was arrested in Miami on Tuesday.")
    assert named_custodian(d, named_forces(d.sent.doc, d.sent.doc.text)) is None


@pytest.mark.parametrize("text, doer", [
    # "officers" in a story of police and no army are police officers (four unseen reports, all so)
    ("Two officers, who were in marked police vehicles, arrested Kresin and Jett in Dayton on Monday, police said.",
     "US police"),
    # with the army in the story they may be its officers: the lexicon's reading stays
    ("Officers arrested three men in Cairo on Monday, the army said.", "Egyptian government forces"),
])
def test_officers_who_arrest_in_a_police_story_are_police(run_text, text, doer):
    ev = next(e for e in run_text(text, "2016-03-23").events if e.trigger.text == "arrested")
    assert [a.name for a in ev.actors] == [doer]
