"""Unit tests of the stages before the parse and of the parse: language_guard, dateline, parse
(src/eventwire/stages/intake.py). Articles are fictional."""
from __future__ import annotations

import pytest

from eventwire.errors import EventwireError
from eventwire.pipeline import STAGES
from eventwire.stages.work import Work

DATELINED = ("BEIRUT, March 21, 2016 (Reuters) – Government warplanes struck the town of Douma on Monday, "
             "killing three people, a monitoring group said. Rebels shelled an army post in the city of Homs.")
LEAD = DATELINED.index("Government")  # where the dateline "BEIRUT, March 21, 2016 (Reuters) – " ends

FRENCH = ("Des avions du gouvernement ont frappé la ville de Douma lundi, tuant trois personnes, selon un "
          "groupe de surveillance. Les rebelles ont bombardé un poste de l'armée dans la ville de Homs, "
          "a indiqué un porte-parole des forces armées dans un communiqué publié mardi soir.")
ENGLISH = ("Government warplanes struck the town of Douma on Monday, killing three people, a monitoring group "
           "said. Rebels shelled an army post in the city of Homs, a spokesman for the armed forces said.")


# --- language_guard --------------------------------------------------------


def test_language_guard_refuses_a_french_text_as_E111(prepare, run_stage):
    work = prepare("language_guard", FRENCH)
    with pytest.raises(EventwireError) as exc:
        run_stage("language_guard", work)
    assert exc.value.code == "E111" and "English" in exc.value.message


def test_language_guard_refuses_a_declared_language_other_than_english(prepare, run_stage):
    work = prepare("language_guard", ENGLISH, language="fr")
    with pytest.raises(EventwireError) as exc:
        run_stage("language_guard", work)
    assert exc.value.code == "E111" and "'fr'" in exc.value.message


def test_language_guard_lets_english_through_unchanged(prepare, run_stage):
    for language in ("en", "en-GB", None):
        work = prepare("language_guard", ENGLISH, language=language)
        assert run_stage("language_guard", work) == set()


def test_language_guard_does_not_judge_a_headline(prepare, run_stage):
    # fewer than MIN_WORDS_TO_JUDGE words: too few to tell the language from
    work = prepare("language_guard", "Frappes aériennes sur Douma")
    assert run_stage("language_guard", work) == set()


# --- dateline --------------------------------------------------------------


def test_dateline_gives_the_publication_date_and_where_the_dateline_ends(prepare, run_stage):
    work = prepare("dateline", DATELINED)
    assert work.article.published is None
    changed = run_stage("dateline", work)
    assert work.dateline_end == LEAD
    assert work.article.published == "2016-03-21"
    assert work.article.published_from == "dateline"
    assert {"dateline_end", "article.published", "article.published_from"} <= changed


def test_dateline_keeps_a_publication_date_the_input_gave(prepare, run_stage):
    work = prepare("dateline", DATELINED, published="2016-03-22")
    changed = run_stage("dateline", work)
    assert work.dateline_end == LEAD  # still found: its city and date are not the event's
    assert work.article.published == "2016-03-22" and work.article.published_from is None
    assert changed == {"dateline_end"}


@pytest.mark.parametrize("text, end", [
    # a full date early in the first sentence is the event's, not a dateline to blank
    ("Police shot a man in Brooklyn on Wednesday, April 4, 2018.", 0),
    ("On April 4, 2018, police arrested two men in Boston.", 0),
    # a date that opens the text, or follows a dateline's label, is one
    ("30 April 2016 Russia: Terrorists breached the truce in Aleppo.", len("30 April 2016")),
    ("Posted on April 19 2017 by admin. Rebels shelled Aleppo.", len("Posted on April 19 2017")),
])
def test_dateline_is_no_date_in_the_first_sentence(prepare, run_stage, text, end):
    work = prepare("dateline", text)
    run_stage("dateline", work)
    assert work.dateline_end == end


def test_dateline_without_one_leaves_the_record_as_it_was(prepare, run_stage):
    work = prepare("dateline", ENGLISH)
    assert run_stage("dateline", work) == set()
    assert work.dateline_end == 0 and work.article.published is None


def test_dateline_of_a_place_in_capitals_without_a_date(prepare, run_stage):
    work = prepare("dateline", "RAQQA — " + ENGLISH)
    run_stage("dateline", work)
    assert work.dateline_end == len("RAQQA — ")
    assert work.article.published is None  # no date in it to read


HEADLINED = ("Boko Haram kills 30 in Borno village raid\n"
             "MAIDUGURI, Nigeria - Gunmen stormed a village in northeast Nigeria on Saturday and killed "
             "at least 30 people, residents said.")
BODY = HEADLINED.index("MAIDUGURI")
BODY_LEAD = HEADLINED.index("Gunmen")


def test_dateline_after_the_headline_is_found(prepare, run_stage):
    work = prepare("dateline", HEADLINED)
    changed = run_stage("dateline", work)
    assert work.dateline_end == 0  # the text opens with the headline, not with a dateline
    assert work.body_dateline == (BODY, BODY_LEAD)
    assert changed == {"body_dateline"}


@pytest.mark.parametrize("lead", [
    "Gunmen - some on motorbikes - stormed a village on Saturday.",
    # a tabloid's lead opens on a word in capitals, a dash after its clause
    "POLICE hunting a gunman - who shot a man on Monday - have arrested a teenager.",
    "West Yorkshire Police (WYP) - arrested two men on Friday.",
    "HAMAS - the militant group that rules Gaza - fired rockets on Sunday.",
])
def test_a_lead_with_a_dash_is_no_body_dateline(prepare, run_stage, lead):
    work = prepare("dateline", "Village attacked\n" + lead)
    run_stage("dateline", work)
    assert work.body_dateline is None


@pytest.mark.parametrize("dateline", ["SPRINGFIELD - ", "ST. PAUL -- ", "LAGOS, Nigeria (AP) - ",
                                      "SPRINGFIELD, Ill. - "])
def test_body_datelines_of_a_known_town_or_with_a_country(prepare, run_stage, dateline):
    text = "Man shot in robbery\n" + dateline + "A man was shot during a robbery on Sunday."
    work = prepare("dateline", text)
    run_stage("dateline", work)
    assert work.body_dateline == (text.index(dateline), text.index("A man"))


def test_a_body_dateline_a_byline_blanked_is_left_as_it_is(prepare, run_stage):
    # the byline remover blanks "AFP Thursday ...": nothing left to split, and no failure
    work = prepare("parse", "Rebels seize border town\nAFP Thursday 25 Sep 2014 - Syrian rebels seized a border town.")
    run_stage("dateline", work)
    run_stage("parse", work)
    assert work.doc is not None and len(work.text) == len(work.article.text)


def test_a_dateline_with_no_room_for_a_stop_is_not_split(prepare, run_stage):
    # "SPRINGFIELD—A man": a bare line break would cost the town its tag
    text = "Man shot in robbery\nSPRINGFIELD—A man was shot during a robbery on Sunday."
    work = prepare("parse", text)
    run_stage("dateline", work)
    run_stage("parse", work)
    assert work.text == text


# --- parse -----------------------------------------------------------------


def test_parse_makes_a_body_dateline_its_own_sentence(prepare, run_stage):
    work = prepare("parse", HEADLINED)
    run_stage("dateline", work)
    run_stage("parse", work)
    assert len(work.text) == len(HEADLINED) and work.text[BODY_LEAD:] == HEADLINED[BODY_LEAD:]
    assert work.text[BODY:BODY_LEAD].startswith("MAIDUGURI, Nigeria")
    # the lead verb's subject is its own, not the dateline's city
    stormed = next(t for t in work.doc if t.text == "stormed")
    assert [t.text for t in stormed.children if t.dep_ == "nsubj"] == ["Gunmen"]
    assert stormed.sent.start_char >= HEADLINED.index("Nigeria -") + len("Nigeria")


def test_parse_blanks_the_dateline_and_keeps_every_offset(prepare, run_stage):
    work = prepare("parse", DATELINED)
    assert work.doc is None and work.text == ""
    changed = run_stage("parse", work)
    assert changed == {"text", "doc"}
    assert work.text == " " * LEAD + DATELINED[LEAD:]
    assert len(work.text) == len(work.article.text)
    assert work.article.text == DATELINED  # the article itself keeps its dateline
    assert work.doc.text == work.text
    words = {t.text for t in work.doc if not t.is_space}
    assert "BEIRUT" not in words and "Reuters" not in words and "Douma" in words
    assert all(t.is_space for t in work.doc if t.idx < LEAD)
    # the lead verb's subject is its own, not the dateline's city
    struck = next(t for t in work.doc if t.text == "struck")
    assert [t.text for t in struck.children if t.dep_ == "nsubj"] == ["warplanes"]
    assert len(list(work.doc.sents)) == 2


def test_parse_without_a_dateline_parses_the_text_as_given(prepare, run_stage):
    work = prepare("parse", ENGLISH)
    run_stage("parse", work)
    assert work.text == ENGLISH and work.doc.text == ENGLISH


def test_parse_of_a_batch_is_the_parse_of_each(prepare, resources):
    """The batch form (the parser is faster on batches) gives each record what the
    one-record form gives it."""
    one = [prepare("parse", t) for t in (DATELINED, ENGLISH)]
    many = [prepare("parse", t) for t in (DATELINED, ENGLISH)]
    for w in one:
        STAGES["parse"].fn(w, resources)
    STAGES["parse"].batch_fn(many, resources)
    for a, b in zip(one, many):
        assert isinstance(b, Work) and b.text == a.text
        assert [(t.text, t.dep_, t.head.i) for t in b.doc] == [(t.text, t.dep_, t.head.i) for t in a.doc]


# --- hard-wrapped copy (nlp/reflow.py) ---------------------------------------

WRAPPED = ("HOMS, Syria, March 21 (Levant Wire) - Rebel fighters of the Northern\n"
           "Shield Brigade shelled an army post on the edge of the city of Homs on\n"
           "Monday, killing four soldiers and wounding seven others, a monitoring\n"
           "group said in a statement issued late in the evening.\n\n"
           "The army said it had returned fire and that the attackers had fled\n"
           "towards the villages north of the city.")
WRAPPED_LEAD = WRAPPED.index("Rebel fighters")
PARAGRAPH = WRAPPED.index("\n\n")


def test_parse_reflows_hard_wrapped_copy_and_keeps_every_offset(prepare, run_stage):
    work = prepare("parse", WRAPPED)
    assert work.dateline_end == WRAPPED_LEAD  # the dateline is found on a wrapped text too
    changed = run_stage("parse", work)
    assert changed == {"text", "doc"}
    assert len(work.text) == len(WRAPPED) and work.article.text == WRAPPED
    # the dateline is blanked, the paragraph break kept, the wrap breaks are spaces in what was parsed
    assert work.text[:WRAPPED_LEAD].isspace() and work.text.count("\n") == 2
    assert work.text[PARAGRAPH:PARAGRAPH + 2] == "\n\n"
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(WRAPPED[WRAPPED_LEAD:], work.text[WRAPPED_LEAD:]))
    # the lead is one sentence, not four lines, and its verb has its own subject
    sents = [s for s in work.doc.sents if s.text.strip()]
    lead = next(s for s in sents if "shelled" in s.text)
    assert "Shield" in lead.text and "killing" in lead.text and "statement" in lead.text
    shelled = next(t for t in work.doc if t.text == "shelled")
    assert [t.text for t in shelled.children if t.dep_ == "nsubj"] == ["fighters"]
    # a token's offsets point at the same word in the article's own text
    assert all(WRAPPED[t.idx:t.idx + len(t)] == t.text for t in work.doc if not t.is_space)


def test_parse_leaves_one_paragraph_per_line_as_it_is(prepare, run_stage):
    text = "Rebels shell army post near Homs\n" + ENGLISH + "\n" + ENGLISH
    work = prepare("parse", text)
    run_stage("parse", work)
    assert work.text == text
    assert work.doc[0].sent.text.strip() == "Rebels shell army post near Homs"


def test_a_body_dateline_after_a_promo_line_is_found(prepare, run_stage):
    # a byline or promo sentence may stand between the headline and the wire's dateline
    text = ("Man shot in robbery\nJane Doe brings you the latest from local courts. SPRINGFIELD - "
            "A man was shot during a robbery on Sunday.")
    work = prepare("dateline", text)
    run_stage("dateline", work)
    assert work.body_dateline == (text.index("SPRINGFIELD"), text.index("A man"))
    # ... but a dash after a capitalised word deep in the story is no dateline
    text = "Man shot in robbery\n" + "A man was shot on Sunday. " * 15 + "SPRINGFIELD - police said."
    work = prepare("dateline", text)
    run_stage("dateline", work)
    assert work.body_dateline is None


def test_a_body_dateline_whose_dash_was_lost_is_its_own_sentence(prepare, run_stage):
    # a page that lost the dash: "... sources. MOSCOW (Sputnik) A total of 24 ...": the wire's town
    # and brackets would be read as a party of the lead
    text = ("24 Daesh terrorists killed in Syria\nA total of 24 Daesh terrorists were killed near Raqqa, local "
            "media reported. MOSCOW (Sputnik) A total of 24 Daesh terrorists were killed near Raqqa.")
    work = prepare("parse", text)
    run_stage("dateline", work)
    assert work.body_dateline == (text.index("MOSCOW"), text.index("A total of 24 Daesh terrorists were killed near "
                                                                  "Raqqa."))
    run_stage("parse", work)
    assert len(work.text) == len(text) and "Sputnik" not in work.text
    assert work.text[text.index("MOSCOW"):].startswith("MOSCOW .\n")
    # a name in capitals with another in brackets that is no wire's is no dateline
    work = prepare("dateline", "Children killed in Syria\nEight children were killed. UNICEF (United Nations Children"
                               "s Fund) Director Anthony Lake said it was an outrage.")
    run_stage("dateline", work)
    assert work.body_dateline is None
