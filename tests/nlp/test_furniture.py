"""Page furniture after a story (eventwire.nlp.furniture): made-up pages."""
from __future__ import annotations

from eventwire.model import Article
from eventwire.nlp.furniture import blank_trailer, trailer_start
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


def test_other_stories_headlines_give_no_events():
    result = process(Article(id="t", text=STORY + TRAILER, published="2016-03-23"))
    assert [e.trigger.text for e in result.events] == ["struck"]
    assert all(e.trigger.end <= len(STORY) for e in result.events)
