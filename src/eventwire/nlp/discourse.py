"""Words with which a story turns from one matter to another."""
from __future__ import annotations

import re

# Openings of a sentence that tell another incident than the ones before ("Separately, ...",
# "In an unrelated case, ...", "Elsewhere, ...")
ANOTHER_INCIDENT = re.compile(r"\s*(?:separately|elsewhere|in other news"
                              r"|in (?:a|an|another) (?:separate|unrelated|other|different)\b"
                              r"|in another (?:incident|case|attack|development)\b)", re.I)
