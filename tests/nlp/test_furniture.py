"""Page furniture, a headline before a story and a trailer after it (eventwire.nlp.furniture): made-up pages."""
from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.nlp.furniture import blank_bylines, blank_trailer, byline_spans, headline_end, trailer_start
from eventwire.pipeline import process

STORY = "Jets struck a market in Idlib on Monday, killing nine people, a monitor said. Source AFP "
TRAILER = ("Related News Air strike kills 54 in Deir Ezzor monitor Car bomb kills eight in Daraa "
           "Follow us on Instagram. Copyright 2018 Example World. Privacy Policy")


def test_a_related_list_running_into_the_sites_footer_is_blanked():
    text = STORY + TRAILER
    assert trailer_start(text) == len(STORY)
    blanked = blank_trailer(text)
    assert len(blanked) == len(text) and blanked.startswith(STORY) and not blanked[len(STORY):].strip()


def test_an_inline_related_link_with_the_story_going_on_is_kept():
    text = "Police searched the area. Related Stories: a lone attacker in Lyon. The suspect fled on foot."
    assert trailer_start(text) == len(text) and blank_trailer(text) == text


def test_a_related_box_inside_the_story_is_kept_though_the_page_has_a_footer():
    story_after = "The suspect fled on foot, police said, and officers searched the old town until dawn. " * 20
    text = "Police searched the area. Related Coverage: a lone attacker in Lyon. " + story_after + "Copyright 2018."
    assert trailer_start(text) == len(text)


@pytest.mark.parametrize("text, byline", [
    ("Jets kill nine in Idlib town AFP Monday 3 Apr 2017 Jets struck a market in the town.", "AFP Monday 3 Apr 2017"),
    ("03.04.2017(updated 1530 03.04.2017) Get short URL 0 12 Jets struck a market.",
     "03.04.2017(updated 1530 03.04.2017) Get short URL 0 12"),
    ("Jets Strike Market 03.04.2017Get short URL Topic War in the North (180) 4 Jets struck a market.",
     "03.04.2017Get short URL Topic War in the North (180) 4"),
    # the lead's own figure is no share counter
    ("03.04.2017 Get short URL 0 13 25 civilians were killed.", "03.04.2017 Get short URL 0 13"),
    # a keyword list run into the lead, up to the lead's article or figure
    ("Jets kill nine. Nine died, a monitor said. Tags Syria Idlib airstrike SOHR At least nine people died.",
     "Tags Syria Idlib airstrike SOHR "),
    ("Jets pound Douma. Dozens died. Tags Syria Observatory for Human Rights More than 40 people were killed.",
     "Tags Syria Observatory for Human Rights "),
    # a photo's credit closing its caption before the lead
    ("A fighter walks in Manbij on July 1 2016. (Reuters Photo) Airstrikes on villages killed 85 civilians.",
     "(Reuters Photo)"),
    ("Rescuers search the rubble in Idlib. (AP Photo/Ghaith Alsayed) Jets struck a market.",
     "(AP Photo/Ghaith Alsayed)"),
])
def test_a_byline_between_headline_and_lead_ends_the_headline(text, byline):
    [(start, end)] = byline_spans(text)
    assert text[start:end] == byline
    blanked = blank_bylines(text)
    assert len(blanked) == len(text) and blanked[start:end] == " " * (len(byline) - 1) + "\n"


@pytest.mark.parametrize("text", [
    "Name Tags worn by gunmen who killed 14 people in Kabul were traced, police said.",
    "Dog Tags of 3 Missing Soldiers Found in Raqqa",
    # a list whose end is not known is left as it is, and never runs into the lead's prose
    "Syria news. Tags Syria Aleppo Government forces shelled the town of Kafr Nabl killing 12 people on Monday.",
])
def test_the_word_tags_in_prose_or_a_list_of_unknown_end_is_kept(text):
    assert byline_spans(text) == []


def test_a_byline_far_into_the_story_or_an_agency_named_in_a_sentence_is_kept():
    text = "Jets struck a market in Idlib, AFP said on Monday. " + "The raid hit a bakery. " * 40 + "AFP Monday 3 Apr 2017"
    assert byline_spans(text) == [] and blank_bylines(text) == text
    # a wire's dateline and a photo named in prose are no credit
    for text in ("CINCINNATI (AP) Police arrested two men.", "The photo (a Reuters photo of the raid) went viral."):
        assert byline_spans(text) == []


def test_the_lead_after_a_byline_is_a_sentence_of_its_own():
    text = ("Raids on Idlib killed 9 fighters 4 civilians AFP Monday 3 Apr 2017 A series of strikes in Idlib "
            "overnight by government jets killed nine fighters and four civilians.")
    result = process(Article(id="t", text=text, published="2017-04-03"))
    byline, lead = text.index("AFP"), text.index("A series")
    assert result.events and all(e.sentence.end <= byline or e.sentence.start >= lead for e in result.events)


def test_a_keyword_list_closing_the_story_before_its_comment_box_is_a_trailer():
    story = "Jets struck a market in Idlib on Monday, killing nine people. "
    text = story + "Tags airstrikes Syria Idlib Community standardsDiscussion Comment via Facebook"
    assert trailer_start(text) == len(story)
    # after share counters, with "for" and "on" in its keywords
    text = story + "0 0 Tags Observatory for Human Rights War on Terror Community standardsDiscussion Comment via Facebook"
    assert trailer_start(text) == len(story) + len("0 0 ")
    # prose naming tags and a platform's community standards, with the story going on, is no trailer
    prose = ("Militants attacked a base. Tags placed on the posts said they broke Facebook's Community standards, "
             "a spokesman said. Later, troops killed 5 militants in Mosul.")
    assert trailer_start(prose) == len(prose)
    # a keyword list with the story going on after it is no trailer
    assert trailer_start(story + "Tags airstrikes Syria " + story * 3) == len(story + "Tags airstrikes Syria " + story * 3)


def test_other_stories_headlines_give_no_events():
    result = process(Article(id="t", text=STORY + TRAILER, published="2016-03-23"))
    assert [e.trigger.text for e in result.events] == ["struck"]
    assert all(e.trigger.end <= len(STORY) for e in result.events)


@pytest.mark.parametrize("text, title, headline", [
    # the feed runs the title into the body
    ("Man arrested after chase. Police said the man fled.", "Man arrested after chase", "Man arrested after chase"),
    ("  Man  arrested\nafter chase Police said so.", "man arrested after chase", "  Man  arrested\nafter chase"),
    ("Rebels shell town\nThe rebels shelled the town on Monday.", None, "Rebels shell town"),  # an untitled first line
    # a title the text does not open with: its first line still reads as a headline
    ("Rebels shell town\nThe rebels shelled it.", "Town shelled by rebels", "Rebels shell town"),
    # the feed dropped the title's punctuation
    ("Public safety Mother pleads not guilty. The mother …", "Public safety | Mother pleads not guilty",
     "Public safety Mother pleads not guilty"),
])
def test_the_headline_a_text_opens_with(text, title, headline):
    assert text[:headline_end(text, title)] == headline


@pytest.mark.parametrize("text, title", [
    ("Rebels shelled the town on Monday.\nThe army said so.", None),  # a lead sentence, not a headline
    ("Rebels shelled the town on Monday, the army said.", None),  # one line
    ("Rebels shelled the town on Monday.", "Town shelled"),  # the text does not open with its title
    ("Police arrest many protesters in Cairo.", "Police arrest man"),  # its words, not a word's start
    (" ".join(["word"] * 25) + "\nMore text.", None),  # too long for a headline
])
def test_no_headline(text, title):
    assert headline_end(text, title) == 0


def test_the_parse_marks_the_headline_for_the_argument_rules():
    from eventwire.nlp.furniture import HEADLINE_END
    from eventwire.pipeline import DEFAULT_PIPELINE, Pipeline

    pipe = Pipeline(DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index("parse") + 1])
    w = pipe.work(Article(id="t", title="Man held", text="Man held. Police held a man on Monday."))
    assert w.doc.user_data[HEADLINE_END] == len("Man held")


def test_a_batch_marks_each_headline_as_one_article_does():
    from eventwire.pipeline import process_batch

    headlined = Article(id="h", title="Juvenile arrested in Oxford bar",
                        text="Juvenile arrested in Oxford bar. Police arrested a 16-year-old girl in Oxford, Mississippi.")
    other = Article(id="o", text="Rebels shelled the town on Monday.")
    alone = process(headlined)
    together = process_batch([headlined, other])[0]
    assert [[a.text for a in e.actors] for e in together.events] == [[a.text for a in e.actors] for e in alone.events]
    assert "Juvenile" in [t.text for t in alone.events[0].targets]  # the headline read as one
