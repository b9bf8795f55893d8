"""Tests for eventwire.nlp.syntax: noun-phrase bounds, conjuncts, dependents, char spans.

The parses are written by hand (spaCy `Doc` with heads and relations), so the
helpers are tested on the tree alone, whatever the model would parse.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.nlp.syntax import (across_a_border, char_span, children, leads_or_backs, names_elsewhere, np_bounds,
                                  seated_body, with_conjuncts)

VOCAB = spacy.blank("en").vocab  # English lexical attributes: "," is punctuation


def parsed(rows: list[tuple], ents: list[str] | None = None) -> Doc:
    """A Doc from (word, head index, relation, part of speech[, trailing space]) rows."""
    return Doc(VOCAB, words=[r[0] for r in rows], spaces=[r[4] if len(r) > 4 else True for r in rows],
               heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows], ents=ents,
               lemmas=[r[0].lower() for r in rows])


# "The French defence minister , Jean Dupont , said the strikes on Raqqa would continue ."
MINISTER = parsed([
    ("The", 3, "det", "DET"), ("French", 3, "amod", "ADJ"), ("defence", 3, "compound", "NOUN"),
    ("minister", 8, "nsubj", "NOUN", False), (",", 3, "punct", "PUNCT"), ("Jean", 6, "compound", "PROPN"),
    ("Dupont", 3, "appos", "PROPN", False), (",", 3, "punct", "PUNCT"), ("said", 8, "ROOT", "VERB"),
    ("the", 10, "det", "DET"), ("strikes", 15, "nsubj", "NOUN"), ("on", 10, "prep", "ADP"),
    ("Raqqa", 11, "pobj", "PROPN"), ("would", 15, "aux", "AUX"), ("continue", 15, "dep", "VERB", False),
    (".", 8, "punct", "PUNCT"),
], ents=["O", "B-NORP", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"])

# "Russia , France and Iran struck ."
ALLIES = parsed([
    ("Russia", 5, "nsubj", "PROPN", False), (",", 0, "punct", "PUNCT"), ("France", 0, "conj", "PROPN"),
    ("and", 2, "cc", "CCONJ"), ("Iran", 2, "conj", "PROPN"), ("struck", 5, "ROOT", "VERB", False),
    (".", 5, "punct", "PUNCT"),
])


def test_np_bounds_keeps_modifiers_and_a_named_apposition():
    minister = MINISTER[3]
    assert np_bounds(minister) == (0, 7)
    assert MINISTER[0:7].text == "The French defence minister, Jean Dupont"


def test_np_bounds_leaves_out_prepositional_phrases_and_clauses():
    strikes = MINISTER[10]
    assert MINISTER[slice(*np_bounds(strikes))].text == "the strikes"  # not "... on Raqqa"
    assert np_bounds(MINISTER[12]) == (12, 13)


def test_np_bounds_of_an_apposition_that_is_no_person_stops_at_the_head():
    doc = parsed([("the", 1, "det", "DET"), ("capital", 4, "nsubj", "NOUN", False), (",", 1, "punct", "PUNCT"),
                  ("Damascus", 1, "appos", "PROPN", False), ("fell", 4, "ROOT", "VERB")])
    assert np_bounds(doc[1]) == (0, 2)


def test_np_bounds_trims_punctuation_and_conjunctions_at_the_edges():
    # "( Russian jets ," : the opening bracket hangs off the adjective, the comma off a compound
    doc = parsed([("(", 1, "punct", "PUNCT", False), ("Russian", 2, "amod", "ADJ"), ("jets", 2, "ROOT", "NOUN"),
                  ("Su-24", 2, "compound", "PROPN", False), (",", 3, "punct", "PUNCT")])
    assert np_bounds(doc[2]) == (1, 4)
    doc = parsed([("and", 1, "cc", "CCONJ"), ("Syrian", 2, "amod", "ADJ"), ("troops", 2, "ROOT", "NOUN")])
    assert np_bounds(doc[2]) == (1, 3)


def test_with_conjuncts_lists_the_nominal_conjuncts_that_follow():
    russia, france, iran = ALLIES[0], ALLIES[2], ALLIES[4]
    assert [t.text for t in with_conjuncts(russia)] == ["Russia", "France", "Iran"]
    assert [t.text for t in with_conjuncts(france)] == ["France", "Iran"]  # not the one before
    assert [t.text for t in with_conjuncts(iran)] == ["Iran"]


def test_with_conjuncts_skips_coordinated_verbs():
    # "Rebels attacked and seized the town": "seized" is a second clause, not a second doer
    doc = parsed([("Rebels", 1, "nsubj", "NOUN"), ("attacked", 1, "ROOT", "VERB"), ("and", 1, "cc", "CCONJ"),
                  ("seized", 1, "conj", "VERB"), ("the", 5, "det", "DET"), ("town", 3, "dobj", "NOUN")])
    assert [t.text for t in with_conjuncts(doc[1])] == ["attacked"]


def test_children_filters_by_relation_in_text_order():
    said = MINISTER[8]
    assert [t.text for t in children(said, "nsubj")] == ["minister"]
    assert [t.text for t in children(said, "punct", "nsubj")] == ["minister", "."]
    assert children(said, "dobj") == []
    assert [t.text for t in children(MINISTER[3], "punct")] == [",", ","]


@pytest.mark.parametrize("start, end, text", [(0, 7, "The French defence minister, Jean Dupont"),
                                              (9, 13, "the strikes on Raqqa"), (15, 16, ".")])
def test_char_span_gives_the_offsets_of_a_token_range(start, end, text):
    s, e = char_span(MINISTER, start, end)
    assert MINISTER.text[s:e] == text


def test_a_seat_names_its_body_and_a_subject_of_based_is_none():
    # "the Britain - based monitor said"
    hyphened = parsed([("the", 4, "det", "DET"), ("Britain", 3, "npadvmod", "PROPN", False), ("-", 3, "punct", "PUNCT", False),
                       ("based", 4, "amod", "VERB"), ("monitor", 5, "nsubj", "NOUN"), ("said", 5, "ROOT", "VERB")])
    assert seated_body(hyphened[1]).text == "monitor"
    # "the monitor based in Britain said"
    phrased = parsed([("the", 1, "det", "DET"), ("monitor", 5, "nsubj", "NOUN"), ("based", 1, "acl", "VERB"),
                      ("in", 2, "prep", "ADP"), ("Britain", 3, "pobj", "PROPN"), ("said", 5, "ROOT", "VERB")])
    assert seated_body(phrased[4]).text == "monitor"
    # "Egypt based its claim on a map"
    doer = parsed([("Egypt", 1, "nsubj", "PROPN"), ("based", 1, "ROOT", "VERB"), ("its", 3, "poss", "PRON"),
                   ("claim", 1, "dobj", "NOUN")])
    assert seated_body(doer[0]) is None


def test_an_origin_names_its_person():
    # "Gomez, a native of Mexico, was arrested": Mexico is whence he comes, no place of the arrest
    native = parsed([("Gomez", 8, "nsubjpass", "PROPN"), (",", 0, "punct", "PUNCT"), ("a", 3, "det", "DET"),
                     ("native", 0, "appos", "NOUN"), ("of", 3, "prep", "ADP"), ("Mexico", 4, "pobj", "PROPN"),
                     (",", 0, "punct", "PUNCT"), ("was", 8, "auxpass", "AUX"), ("arrested", 8, "ROOT", "VERB")])
    assert seated_body(native[5]).text == "native"
    # "the outskirts of Mexico City": an "of" that gives no origin
    outskirts = parsed([("the", 1, "det", "DET"), ("outskirts", 1, "ROOT", "NOUN"), ("of", 1, "prep", "ADP"),
                        ("Mexico", 2, "pobj", "PROPN")])
    assert seated_body(outskirts[3]) is None


def test_the_country_over_a_border():
    # "near the border with Iraq" / "near the Iraq border"
    with_ = parsed([("near", 0, "ROOT", "ADP"), ("the", 2, "det", "DET"), ("border", 0, "pobj", "NOUN"),
                    ("with", 2, "prep", "ADP"), ("Iraq", 3, "pobj", "PROPN")])
    compound = parsed([("near", 0, "ROOT", "ADP"), ("the", 3, "det", "DET"), ("Iraq", 3, "compound", "PROPN"),
                       ("border", 0, "pobj", "NOUN")])
    assert across_a_border(with_[4]) and across_a_border(compound[2])
    assert not across_a_border(with_[2])


def test_the_owner_of_a_border_is_its_near_side_and_based_as_a_verb_seats_its_subject():
    # "Syria 's border with Iraq"
    owned = parsed([("Syria", 2, "poss", "PROPN"), ("'s", 0, "case", "PART"), ("border", 2, "ROOT", "NOUN"),
                    ("with", 2, "prep", "ADP"), ("Iraq", 3, "pobj", "PROPN")])
    assert not across_a_border(owned[0]) and across_a_border(owned[4])
    # "The Observatory is based in Britain"
    verb = parsed([("The", 1, "det", "DET"), ("Observatory", 3, "nsubjpass", "PROPN"), ("is", 3, "auxpass", "AUX"),
                   ("based", 3, "ROOT", "VERB"), ("in", 3, "prep", "ADP"), ("Britain", 4, "pobj", "PROPN")])
    assert seated_body(verb[5]).text == "Observatory"


def test_a_state_hyphened_to_a_force_it_leads_or_backs():
    # "US - led strikes" / "US led strikes" (no hyphen: the parse is a guess, not the hyphened form)
    led = parsed([("US", 2, "npadvmod", "PROPN", False), ("-", 2, "punct", "PUNCT", False), ("led", 3, "amod", "VERB"),
                  ("strikes", 3, "ROOT", "NOUN")])
    bare = parsed([("US", 1, "npadvmod", "PROPN"), ("led", 2, "amod", "VERB"), ("strikes", 2, "ROOT", "NOUN")])
    assert leads_or_backs(led[0]) and names_elsewhere(led[0])
    assert not leads_or_backs(bare[0]) and not leads_or_backs(led[3])
