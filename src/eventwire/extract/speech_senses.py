"""Verbs of speech in senses that make no event: "ask" putting a question rather than asking
for something, "decline"/"refuse" withholding words rather than rejecting a demand (issue 13
class 6). Asked by `triggers` of a trigger's head token."""
from __future__ import annotations

from ..nlp.syntax import children, prep_child

# What a source declines to do that is only to speak: "declined to comment", "refused to discuss
# what prompted the beating", "declined to give his last name"; "refused to negotiate" is a refusal
WITHHELD_SPEECH = frozenset("""comment say discuss elaborate detail disclose reveal identify name specify confirm
answer respond speak talk describe explain""".split())
# The verbs that withhold them
DECLINING = frozenset(("decline", "refuse"))
# What a source declines that is only words: "declined comment", "declined an interview"
WITHHELD_WORDS = frozenset(("comment", "interview"))


def _put_as_a_question(clause, ask) -> bool:
    """Is the clause the ask's question: its complement after it, opened by a wh-word ("who they
    would vote for") or ending in a question mark, or a quoted question before it ('"Can you show
    me one fighter?" asked Jihad')? Not a relative clause the parse hung on it ("..., which")."""
    marked = any(t.text == "?" for t in clause.subtree)
    if clause.left_edge.i > ask.i:
        return clause.dep_ in ("ccomp", "xcomp") and (clause.left_edge.tag_ in ("WP", "WRB", "WDT") or marked)
    return clause.dep_ == "ccomp" and marked


def a_question(tok, obj_lemma: str | None) -> bool:
    """Does "ask" put a question ("about", "if", "whether", who or what, nothing asked for) rather
    than ask for something ("asked NATO for jets", "asked Turkey's permission", "asked that the UN send")?"""
    if prep_child(tok, "about") is not None:
        return True
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    if any(any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children) for c in clauses):
        return True
    if any(_put_as_a_question(c, tok) for c in clauses):
        return True
    return obj_lemma is None and not clauses and prep_child(tok, "for") is None


def speech_withheld(tok) -> bool:
    """Is the trigger a source withholding words: "decline"/"refuse" with speech as what is
    declined ("declined to comment", "declined comment"), or that speech itself ("refused to
    *discuss*")? Rejecting an act or a demand ("refused to withdraw") is an event."""
    lemma = tok.lemma_.lower()
    if lemma in WITHHELD_SPEECH and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in DECLINING:
        return True
    if lemma not in DECLINING:
        return False
    if any(c.lemma_.lower() in WITHHELD_SPEECH for c in children(tok, "xcomp")):
        return True
    return any(o.lemma_.lower() in WITHHELD_WORDS for o in children(tok, "dobj", "obj"))
