"""Page furniture: the headline a story opens with, the byline between it and the lead, and
the trailer after the story.

The headline (`headline_end`) is written in its own short grammar, which the argument rules read
differently. The trailer is a "Related News" list of other stories' headlines that runs
into the site's footer ("Follow us ... Copyright ... Privacy Policy"). Its headlines are other
stories' events ("Air strike kills 54 in Deir Ezzor"), not this story's; the parser is given
blanks there, so that every offset still holds.

A byline that a page runs into the headline and the lead ("… 5 civilians AFP Thursday 25 Sep
2014 A series of strikes …", "21.08.2013Get short URL 0 13 The US-led …") glues them into one
sentence for the parser, so the headline's event and the lead's share a sentence and the lead's
doer is read as the headline's; its date figures read as tolls. It is blanked to spaces ending
in a line break, which the parser takes as a sentence's end (`blank_bylines`); a break first
and spaces after it made the entity model drop the headline's last name ("… of Aleppo NGO").
A photo's credit that closes its caption before the lead ("… July 1 2016. (Reuters Photo)
Airstrikes on …") is blanked the same way, and a page's keyword list ("Tags Syria Idlib airstrike
…") where it runs into the lead, and with the trailer where it closes the page before a comment box.

Only a heading followed somewhere by a site footer counts: an inline "Related:" link in the
middle of a story, with the story going on after it, is left alone.
"""
from __future__ import annotations

import re

# Headings that open a list of other stories
_TRAILER_HEAD = re.compile(r"\b(?:Related (?:News|Articles|Stories|Posts|Coverage|Content)|More (?:Stories|News) from"
                           r"|You [Mm]ay [Aa]lso [Ll]ike|Recommended [Ss]tories)\b")
# What only a site's footer says
_SITE_FOOTER = re.compile(r"Copyright|©|Privacy Policy|Terms of (?:Use|Service)|All [Rr]ights [Rr]eserved|Cookie Policy")


# A trailer's list of headlines runs into the footer within this many characters (FA-KES's run
# 600-800); a heading further from the footer is a box inside the story, which goes on after it
MAX_TRAILER_TO_FOOTER = 1500


# A keyword of a page's list: no word of running prose ("Tags placed on the posts said …")
_KEYWORD = (r"(?!(?:the|a|an|to|by|with|at|was|were|is|are|has|have|had|said|says|that|who|which|"
            r"their|they|its|it|killed|killing)\b)[^\s.]+")


# A page's keyword list closing the story, then its comment box: "0 0 Tags Daesh airstrikes Syria
# Community standardsDiscussion Comment via Facebook…"; the list is short, the box right after it,
# and both stand at the page's end (prose naming a platform's community standards is no box)
_TAGS_TRAILER = re.compile(r"\bTags\s[^\n]{0,300}?(?:Community standards\s*Discussion|Comment via (?:Facebook|Sputnik))")
MAX_TAGS_TRAILER = 600  # a keyword list and comment box close the page: looked for only this near its end


def trailer_start(text: str) -> int:
    """Where the page's trailer begins (its heading), or len(text) where there is none."""
    for m in _TRAILER_HEAD.finditer(text):
        if _SITE_FOOTER.search(text, m.end(), m.end() + MAX_TRAILER_TO_FOOTER):
            return m.start()
    m = _TAGS_TRAILER.search(text, max(0, len(text) - MAX_TAGS_TRAILER))
    return m.start() if m else len(text)


def blank_trailer(text: str) -> str:
    """The text with its trailer blanked: the same length, so offsets into it hold."""
    cut = trailer_start(text)
    return text if cut == len(text) else text[:cut] + " " * (len(text) - cut)


# Bylines are looked for this far into the text: they stand between the headline and the lead
BYLINE_WINDOW = 600
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# The wire agencies whose name a page's byline gives
WIRE_AGENCIES = r"(?:AFP|AP|Reuters|REUTERS|DPA|Xinhua|MENA)"
_BYLINES = (
    # a wire agency and the day: "AFP Thursday 25 Sep 2014"
    re.compile(rf"\b{WIRE_AGENCIES}\s+{_WEEKDAY}\s+\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\s+\d{{4}}\b"),
    # a page's date, edit time and share counters: "07.10.2017(updated 1500 07.10.2017) Get short URL
    # Topic US Missile Attack on Syrian Air Base (200) 0 38"
    re.compile(r"(?:\b\d\d\.\d\d\.\d{4})?(?:\s*\(updated \d{3,4} \d\d\.\d\d\.\d{4}\))?\)?\s*"
               r"Get short URL(?:\s+Topic\s[^()\n]{1,120}\(\d+\))?"
               # at most three counters, each followed by another or by the lead's capital: the
               # lead's own figure ("0 13 25 civilians were killed") is no counter
               r"(?:\s+\d+(?=\s+(?:\d|[A-Z\"“]))){0,3}"),
    # a photo's credit closing its caption: "... July 1 2016. (Reuters Photo) Airstrikes on ...",
    # "(AP Photo/Hussein Malla)", "(Photo: AFP)"; the agency's name is no doer of the lead's act
    re.compile(r"\((?:(?:AFP|AP|Reuters|REUTERS|EPA|Anadolu|SANA|Xinhua|Getty Images)\s+[Pp]hoto(?:/[^()\n]{1,60})?"
               r"|[Pp]hoto(?::|\s+by)\s+[^()\n]{1,60})\)"),
)


# A page's keyword list run into the lead: "… a monitoring group said. Tags Syria Golan Heights
# Israeli airstrike SOHR An Israeli airstrike on …". Its end is known only where the lead opens
# with a word no keyword list holds in capitals: an article or a number ("An", "At least 11",
# "Three women"); elsewhere the list is left as it is.
_TAGS_BEFORE_LEAD = re.compile(
    rf"(?<=[.!?\"”]\s)Tags(?:\s+{_KEYWORD}){{1,14}}?\s+(?=(?:The|A|An|At least|More than|Some|Several|Dozens"
    r"|Hundreds|Two|Three|Four"
    r"|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d+)\s)")
TAGS_WINDOW = 1500  # the list stands after the headline and standfirst


def byline_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of the bylines in the text's first `BYLINE_WINDOW` characters, and of a
    keyword list run into the lead in its first `TAGS_WINDOW`."""
    head = text[:BYLINE_WINDOW]
    spans = {m.span() for pat in _BYLINES for m in pat.finditer(head) if m.group().strip()}
    spans |= {m.span() for m in _TAGS_BEFORE_LEAD.finditer(text[:TAGS_WINDOW])}
    return sorted(spans)


def blank_bylines(text: str) -> str:
    """The text with each byline turned into spaces and a line break: the same length, so
    offsets into it hold, and the headline before it ends there."""
    for start, end in byline_spans(text):
        text = text[:start] + " " * (end - start - 1) + "\n" + text[end:]
    return text


# `Doc.user_data` key under which the parse stage records `headline_end`
HEADLINE_END = "eventwire_headline_end"
# A first line of more words than this is a lead sentence, not a headline
MAX_HEADLINE_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d]\s*$")


def headline_end(text: str, title: str | None) -> int:
    """Where the headline the text opens with ends, or 0 where it opens with none.

    A headline is written in its own short grammar ("Man arrested after chase": the "was" is
    dropped), so the parse of its words is read differently. It is the article's title where the
    text opens with its words (feeds run the title into the body: "Man arrested. Police said …"), else a
    first line of at most `MAX_HEADLINE_WORDS` words that ends without a sentence's final stop."""
    words = re.findall(r"\w+", title or "")
    if words:
        # word by word: a feed may drop the title's punctuation ("Public safety | Mother …")
        opening = re.match(r"\W*" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", text, re.IGNORECASE)
        if opening:
            return opening.end()
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    line = text[start:line_end]
    if line_end < 0 or not line.strip() or len(line.split()) > MAX_HEADLINE_WORDS or _SENTENCE_END.search(line):
        return 0
    return line_end
