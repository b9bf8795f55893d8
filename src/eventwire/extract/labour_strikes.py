"""A strike that is a stoppage of work, not a blow: "teachers strike over pay", "nurses went on
strike" beside "an air strike killed a doctor and two nurses". A pure function over a spaCy token,
read by the trigger guards (triggers._accept)."""
from __future__ import annotations

# Who strikes by stopping work: "teachers strike over pay", "nurses strike" (a wider list, with
# drivers, pilots, farmers and staff, cost record gold check one duplicate)
WORKERS = frozenset("worker union employee teacher doctor nurse miner docker".split())


# Words in a sentence that make its noun "strike" a stoppage ("an air strike" in a sentence that
# names farmers or staff is still one)
_STRIKING = frozenset(("worker", "union", "employee", "teacher", "doctor"))
# What makes a strike a blow whoever is named near it: "an air strike", "a drone strike"
_STRIKE_MAKERS = frozenset("air drone missile rocket military artillery".split())
# What workers strike over, which the parse may make the verb's object ("strike over pay")
_STRUCK_OVER = frozenset("pay wage wages salary salaries pension pensions condition conditions contract staffing "
                         "cut cuts".split())


def labour_strike(tok, subj, obj, sent_lemmas: set[str]) -> bool:
    """A stoppage of work, not a blow: the noun where workers are named in its sentence or that
    one goes "on" ("nurses went on strike"), the verb with workers as its subject and no object
    but what they strike over ("teachers strike over pay")."""
    if tok.pos_ == "NOUN":
        if any(c.lemma_.lower() in _STRIKE_MAKERS or c.ent_type_ in ("NORP", "GPE") for c in tok.children):
            return False  # "an Israeli strike on a house killed a doctor and two nurses": a blow
        return bool(sent_lemmas & _STRIKING) or (tok.dep_ == "pobj" and tok.head.lower_ == "on"
                                               and tok.head.head.lemma_.lower() == "go")
    # the workers strike, not are struck ("nurses were struck by gunfire") nor strike back or with
    return (obj is None or obj.lemma_.lower() in _STRUCK_OVER) and subj is not None and subj.dep_ == "nsubj" \
        and subj.lemma_.lower() in WORKERS and not any(
            c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with")
            or (c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out", "down")) for c in tok.children)
