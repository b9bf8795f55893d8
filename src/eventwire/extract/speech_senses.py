"""Verbs of speech in senses that make no event: "ask" putting a question rather than asking
for something, "decline"/"refuse" withholding words rather than rejecting a demand, "promise" as
a chance of success or a bare assurance rather than a pledge (issue 13 class 6). Asked by
`triggers` of a trigger's head token."""
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


# What a thing that may succeed has, shows or holds, in any form (the parse may read "shows" in a
# headline as a noun): "Stroke-blocking device shows promise", "research that has a lot of promise"
POTENTIAL_VERBS = frozenset("have has had having show shows showed shown showing hold holds held holding".split())


def _potential(tok) -> bool:
    """Is the noun "promise" a chance of success ("shows promise", "teachers with promise"), told
    with no content of a pledge ("a promise to build", "a promise that the rate would not change")?"""
    if children(tok, "acl", "ccomp", "xcomp", "relcl"):
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX") or a.lower_ in POTENTIAL_VERBS), None)
    return (tok.dep_ == "pobj" and tok.head.lower_ == "with") or (
        verb is not None and verb.lower_ in POTENTIAL_VERBS)


# Verbs of saying that the parse may hang on the promise as its clause: "'..., that I promise you,' he said"
SAYING = frozenset(("say", "tell", "add", "write"))


def no_pledge(tok) -> bool:
    """Is "promise" no pledge made? A chance of success (`_potential`), or a speaker's assurance to
    the listener of what was just said ("He will not be forgotten, Kate, that I promise you"); with
    a deed after it ("I promise you we will rebuild", "promised to release") it is a pledge."""
    if tok.pos_ == "NOUN":
        return _potential(tok)
    return any(s.lower_ == "i" for s in children(tok, "nsubj")) \
        and any(o.lower_ == "you" for o in children(tok, "dative", "dobj")) \
        and not any(c.i > tok.i and c.lemma_.lower() not in SAYING for c in children(tok, "xcomp", "ccomp"))
