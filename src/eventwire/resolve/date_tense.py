"""The tense of the verb a date phrase goes with: which way "on Sunday" counts.

"Police arrested him on Sunday" is the Sunday before the report; "the law will come
into force on Sunday" is the Sunday after it. The parse tells them apart: the phrase's
head chain leads to the verb it modifies ("on" → "come"), and that verb's auxiliaries
("will", "shall", "would") or the head it depends on ("is due to", "is scheduled to")
say it is to come, while a past-tense verb ("arrested", "was killed", "had met") says
it is done. Anything else (a present tense, no verb) gives None and the date is read
by the usual rules.
"""
from __future__ import annotations

from collections.abc import Callable

__all__ = ["governing_verb", "tense_reader", "verb_tense"]

# Auxiliaries of a verb that is still to come ("will meet", "'ll vote", "would be held").
FUTURE_AUX = frozenset(("will", "shall", "'ll", "wo", "would"))
# Heads that put the verb below them ahead ("is due to arrive", "is scheduled to meet",
# "is set to vote", "are expected to sign", "plans to hold", "is going to announce").
FUTURE_HEADS = frozenset("due schedule scheduled set expect expected slate slated plan planned going intend".split())
# Tags of a past form: "arrested" (VBD), and "killed" in "were killed" / "have killed" (VBN).
PAST_TAGS = frozenset(("VBD",))
# A date phrase modifies a verb within this many steps up its head chain ("on" → "Sunday"
# → "meeting" → "attend"); further up lie other clauses.
MAX_HOPS = 4


def verb_tense(verb) -> str | None:
    """"future", "past" or None for a spaCy verb token."""
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX:
            return "future"
    if verb.dep_ == "xcomp" and (verb.head.lower_ in FUTURE_HEADS or verb.head.lemma_.lower() in FUTURE_HEADS):
        return "future"
    if verb.tag_ in PAST_TAGS:
        return "past"
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_TAGS:
            return "past"  # "was killed", "had met", "did not say"
        if c.dep_ == "aux" and c.lemma_.lower() == "have" and verb.tag_ == "VBN":
            return "past"  # "have killed"
    return None


def governing_verb(doc, start: int, end: int):
    """The verb a phrase at these char offsets of `doc` goes with ("on" → "come"); None if none near."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    node = span.root
    for _ in range(MAX_HOPS):
        if node.pos_ in ("VERB", "AUX") and not span.start <= node.i < span.end:
            return node
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
    return None


def attachment_path(doc, start: int, end: int) -> set[int]:
    """Token indices from a phrase at these char offsets up to the verb it goes with, that verb
    included: the words the phrase dates ("the raid on Monday killed": raid, killed)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return set()
    node, path = span.root, set()
    for _ in range(MAX_HOPS):
        path.add(node.i)
        if (node.pos_ in ("VERB", "AUX") and not span.start <= node.i < span.end) or node.head.i == node.i:
            break
        node = node.head
    return path


def tense_reader(doc) -> Callable[[int, int], str | None]:
    """A function of a phrase's char offsets in `doc`'s text: the tense of the verb it goes with."""
    def tense_of(start: int, end: int) -> str | None:
        verb = governing_verb(doc, start, end)
        return verb_tense(verb) if verb is not None else None
    return tense_of
