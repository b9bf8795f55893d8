"""Incident coreference within an article: which event mentions are one incident.

A report names its incident many times: the headline, the lead, the toll ("The blast
killed 15"), the claim, the sub-acts of one sentence ("pleads for a truce after tunnel
blast"). `merge` joins the mentions that syntax or anaphora tie together; what is left is
scored here, pair by pair, by a logistic model over the cues below, learned on the tune half
of the record gold (`benchmarks/train_incident_coref.py`, which writes the model and its
cross-validation figures to `data/incident_coref.json` and `docs/benchmarks/incident_coref.md`).

Hard limits come first and no score overrides them (what the text states cannot be one
incident): two parties named as doers with none in common ("Russia's strikes", "France's
strikes"), two stated days, two countries, a recalled act and a reported one, a done act and a planned
one, two side acts of different kinds.

A later mention folds into the earlier kept event it most probably repeats, filling only what
that event lacks (`merge.fill_missing`); the main event never folds away.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..model import EventType
from .events import Draft
from .logistic import LogisticModel, read_model
from .merge import (
    different_days,
    fill_missing,
    fill_places_hit,
    is_outcome,
    names_agree,
    places_agree,
    recalled_apart,
    specificity,
    told_apart,
)

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "incident_coref.json"

# Acts that harm or seize people (narrower than ontology.PHYSICAL_TYPES, which also holds
# protests and deployments): the incidents a report re-mentions by their outcome or a sub-act
# ("the raid", "killed", "were arrested").
HARM_TYPES = frozenset((EventType.ASSAULT, EventType.INCIDENT, EventType.CRIME, EventType.COERCE))
# Acts not (yet) done: a promise to join the strikes is not the strikes, in the same sentence or not.
UNREALISED = frozenset(("planned", "hypothetical"))
# Sentence gaps past this say nothing more: a report's later paragraphs are background or asides.
MAX_GAP = 10

# The cues of one pair (a: the earlier mention, b: the later), in the model's order, each with
# why it bears on "one incident".
PAIR_FEATURES = (
    "same_sentence",  # one sentence mostly tells one incident: its sub-acts and outcome
    "sentence_gap",  # the further apart, the likelier another incident (capped at MAX_GAP)
    "adjacent",  # the next sentence usually continues the lead
    "same_type",  # a repeated kind of act
    "both_harm",  # an attack and its killing, an arrest and its raid
    "same_factuality",  # told alike (asserted, claimed, denied, negated)
    "dates_differ",  # two days, one of them only carried or defaulted
    "same_admin1",  # the same province or state
    "same_toll",  # the same number of dead
    "tolls_differ",  # two tolls
    "same_trigger_word",  # "strikes" ... "the strikes"
    "outcome_word",  # "killed", "died": an outcome restating its cause
    "lead",  # the headline or first sentence restates the story's incident
)


# A logistic model over PAIR_FEATURES and the probability above which two mentions fold.
CorefModel = LogisticModel


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> LogisticModel:
    """The trained model; its feature names must be PAIR_FEATURES, in order."""
    return read_model(path, PAIR_FEATURES)


def _head_word(d: Draft) -> str:
    return d.sent.doc[d.hit.head].lemma_.lower()


def pair_features(a: Draft, b: Draft) -> list[float]:
    """PAIR_FEATURES of two mentions, `a` the earlier."""
    ea, eb = a.event, b.event
    gap = abs(b.sent_index - a.sent_index)
    la, lb = ea.location, eb.location
    ka, kb = (ea.killed.value if ea.killed else None), (eb.killed.value if eb.killed else None)
    values = (
        gap == 0,
        min(gap, MAX_GAP) / MAX_GAP,
        gap <= 1,
        ea.type == eb.type,
        ea.type in HARM_TYPES and eb.type in HARM_TYPES,
        ea.factuality == eb.factuality,
        bool(ea.date and eb.date and ea.date != eb.date),
        bool(la and lb and la.admin1_code and la.admin1_code == lb.admin1_code),
        ka is not None and ka == kb,
        ka is not None and kb is not None and ka != kb,
        _head_word(a) == _head_word(b),
        is_outcome(a) or is_outcome(b),
        a.sent_index == 0 or b.sent_index == 0,
    )
    return [float(v) for v in values]


def cannot_link(a: Draft, b: Draft) -> bool:
    """What the text states cannot be one incident: doers with no party in common, two stated
    days, two countries, a sentence that opens by saying it tells another ("Separately, ..."), an
    act recalled as background and one reported, a done act and one only planned or supposed, and
    two acts of different kinds neither of which harms or seizes anyone ("condemned the attack and
    met tribal leaders": a statement and a meeting; a statement about an attack may fold into the
    attack)."""
    return (not names_agree(a, b) or different_days(a, b) or not places_agree(a.event, b.event)
            or recalled_apart(a.event, b.event) or told_apart(a, b)
            or (a.event.factuality in UNREALISED) != (b.event.factuality in UNREALISED)
            or (a.event.type != b.event.type and a.event.type not in HARM_TYPES and b.event.type not in HARM_TYPES))


def says_more(a: Draft, b: Draft) -> bool:
    """Does mention `b` say more of the incident than `a`, and so keep it when they fold? An act
    that harms or seizes people over a statement about it ("accused of attacking": the attack),
    then the more specific trigger (`merge.specificity`: a blast over "killed")."""
    return ((b.event.type in HARM_TYPES, specificity(b)) > (a.event.type in HARM_TYPES, specificity(a)))


def plan_folds(drafts: list[Draft], main: int | None, model: CorefModel) -> dict[int, int]:
    """{index: index of the kept event it folds into}. Each mention, in text order, folds into
    the earlier kept event it most probably repeats (probability at least the model's threshold,
    no `cannot_link`), unless it `says_more`: then that event folds into it. The main event
    always stays.
    Scored on the mentions as extracted, so the plan does not depend on fold order."""
    kept: list[int] = []
    into: dict[int, int] = {}
    members: dict[int, list[int]] = {}  # kept index → the mentions folded into it, itself first
    for i, d in enumerate(drafts):
        best, best_p = None, model.threshold
        for k in kept:
            # the limits hold against every mention of the incident, not only the one kept: a bare
            # "the attack" that took in "Monday, Aleppo" cannot also take in "Tuesday, Homs"
            if any(cannot_link(drafts[m], d) for m in members.get(k, [k])):
                continue
            p = model.probability(pair_features(drafts[k], d))
            if p >= best_p:
                best, best_p = k, p
        if best is None:
            kept.append(i)
        elif i == main or (best != main and says_more(drafts[best], d)):
            kept.remove(best)
            kept.append(i)
            into.update({j: i for j, t in into.items() if t == best})
            into[best] = i
            members[i] = [i, *members.pop(best, [best])]
        else:
            into[i] = best
            members.setdefault(best, [best]).append(i)
    return into


def fold_coreferent(drafts: list[Draft], main: int | None,
                    model: CorefModel | None = None) -> tuple[list[Draft], int | None]:
    """Fold each mention into the event `plan_folds` says it repeats, filling only what that
    event lacks. Returns the drafts kept, in text order, and the main event's new index."""
    into = plan_folds(drafts, main, model or load_model())
    for i, k in sorted(into.items()):
        keep, other = drafts[k], drafts[i]
        fill_missing(keep.event, other.event, main=k == main)
        fill_places_hit(keep, other)
        keep.last_sent_index = max(keep.last_sent_index, other.last_sent_index)
    kept = [d for i, d in enumerate(drafts) if i not in into]
    return kept, (next(k for k, d in enumerate(kept) if d is drafts[main]) if main is not None else None)
