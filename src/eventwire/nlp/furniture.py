"""Page furniture after a story: a "Related News" list of other stories' headlines that runs
into the site's footer ("Follow us ... Copyright ... Privacy Policy"). Its headlines are other
stories' events ("Air strike kills 54 in Deir Ezzor"), not this story's; the parser is given
blanks there, so that every offset still holds.

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


def trailer_start(text: str) -> int:
    """Where the page's trailer begins (its heading), or len(text) where there is none."""
    for m in _TRAILER_HEAD.finditer(text):
        if _SITE_FOOTER.search(text, m.end(), m.end() + MAX_TRAILER_TO_FOOTER):
            return m.start()
    return len(text)


def blank_trailer(text: str) -> str:
    """The text with its trailer blanked: the same length, so offsets into it hold."""
    cut = trailer_start(text)
    return text if cut == len(text) else text[:cut] + " " * (len(text) - cut)
