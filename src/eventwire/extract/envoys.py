"""A state's envoys: summoning another state's is a protest, expelling them or ordering them out
a sanction ("summoned the British ambassador", "ordered 20 British diplomats to leave"). Pure
functions over spaCy tokens, read by the trigger guards (triggers._accept)."""
from __future__ import annotations

from ..nlp.syntax import children

# A state's envoys: expelling one is a sanction, summoning one a protest
DIPLOMATS = frozenset(("diplomat", "ambassador", "envoy", "attache", "consul", "commissioner",
                       "d'affaires", "d’affaires"))  # "charge d'affaires": the parse's head


def an_envoy(tok) -> bool:
    """A diplomat's title, the parse's head or one of its words ("charge d'affaires": d'affaires)."""
    return any(t.lemma_.lower() in DIPLOMATS or t.lower_ in DIPLOMATS for t in (tok, *tok.children))


def envoy_summoned(tok, obj, subj) -> bool:
    """"summoned the British ambassador", "the envoy was summoned", "summoned the chargé d'affaires":
    another state's envoy called in; not one's own ("summoned his ambassadors") nor a witness
    ("summoned the former ambassador to testify")."""
    envoy = obj if obj is not None else subj if subj is not None and subj.dep_ == "nsubjpass" else None
    if envoy is None or not an_envoy(envoy):
        return False
    own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in envoy.children)
    return not own and not children(tok, "xcomp")


# What a state orders another's envoys to do: "ordered 20 British diplomats to leave"
_LEAVING = frozenset("leave withdraw quit depart exit vacate".split())


def ordered_out(tok) -> bool:
    """"Russia ordered 20 British diplomats to leave": an expulsion of envoys. Not troops, staff or
    citizens, which a state orders out of danger as often as out of its land ("ordered its troops
    to withdraw", "ordered embassy staff to leave Kabul"), nor its own envoys ("its ambassador")."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    return tok.pos_ == "VERB" and obj is not None and an_envoy(obj) and obj.lemma_.lower() not in ("mission", "staff") \
        and not any(c.dep_ == "poss" for c in obj.children) \
        and any(c.dep_ == "xcomp" and c.lemma_.lower() in _LEAVING for c in tok.children)


def envoys_expelled(tok, lemma: str, obj) -> bool:
    """"expelled two Chinese diplomats", "expelled the mission", "ordered 20 British diplomats to leave"."""
    if lemma == "expel":
        return obj is not None and (obj.lemma_.lower() in ("mission", "staff") or an_envoy(obj))
    return lemma == "order" and ordered_out(tok)
