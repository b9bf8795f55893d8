"""The rules table and the engine that applies it with the ACLED codebook's precedence.

Every rule proposes at most a few candidates (a CASE label for a cue, a precedence rank,
a score); the candidate with the lowest rank wins, a cue in a background clause ranking
``BG_PENALTY`` steps lower, ties going to the earlier cue and then to the earlier rule
in the table. A *cue rule* names one label: its pattern's first cue that is not negated
and that its ``keep`` filter keeps (foreground cues first) is the candidate, if its
``accept`` check passes. A *family* (``decide``) chooses between labels itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .battles import decide_battle_or_attack, decide_territory
from .context import Cand, Ctx, cand, first_cue
from .crime import decide_arrest, decide_crime, decide_property
from .cues import (ABDUCT_RX, AGREE_RX, AIR_RX, AIR_WEAK_RX, ART_RX, ATTRIB_STRONG_RX, ATTRIB_WEAK_RX, CHANGE_RX,
                   CHEM_RX, DIPLO_RX, GRENADE_RX, HQ_RX, MANMADE_RX, NATURAL_RX, OTHER_RX, SEX_RX, SUIC_RX,
                   accept_chemical, accept_man_made, keep_abduction, keep_agreement, keep_air, keep_artillery,
                   keep_chemical)
from .demonstrations import decide_demonstration
from .explosions import decide_disrupted_weapons, decide_remote_explosive
from .labels import PLOVER_FALLBACK, UNDECIDED, AcledLabel, label_of
from .vocab import CASUALTY_RX

__all__ = ["Rule", "RULES", "candidates", "classify_acled"]


@dataclass(frozen=True)
class Rule:
    """One rule of the cascade: a cue rule (label, pattern, prio, score, optional keep /
    accept) or a family (decide)."""
    name: str
    label: str | None = None  # the CASE label a cue of `pattern` proposes
    pattern: re.Pattern[str] | None = None
    prio: float = 0.0  # precedence rank: lower wins
    score: float = 0.0
    keep: Callable[[Ctx, re.Match[str], tuple[int, int]], bool] | None = None  # filter on each cue
    accept: Callable[[Ctx, tuple[int, int]], bool] | None = None  # check of the chosen cue
    decide: Callable[[Ctx], list[Cand]] | None = None  # a family: its own candidates


# In the codebook's order of precedence, most specific first (the ranks of the families'
# candidates are in their modules: disrupted weapons 8, or 60 when a detonation is
# reported; demonstrations 10; crime 11, or 34 with rebels around; remote explosives 13 /
# 13.5 / 23 for a bare blast; territory 15; property 19, or 27 with casualties; armed
# clash 20 / attack 21, 45 on casualty words alone; arrests 30).
RULES: tuple[Rule, ...] = (
    Rule("claim of responsibility", "ATTRIB", ATTRIB_STRONG_RX, 1, 0.9),
    Rule("blame for an attack", "ATTRIB", ATTRIB_WEAK_RX, 95, 0.5),
    Rule("diplomatic measure", "DIPLO", DIPLO_RX, 2, 0.85),
    Rule("natural disaster", "NATURAL_DISASTER", NATURAL_RX, 3, 0.85),
    Rule("man-made disaster", "MAN_MADE_DISASTER", MANMADE_RX, 4, 0.75, accept=accept_man_made),
    Rule("sexual violence", "SEX_VIOL", SEX_RX, 5, 0.9),
    Rule("chemical weapon", "CHEM_WEAP", CHEM_RX, 6, 0.9, keep=keep_chemical, accept=accept_chemical),
    Rule("suicide bomb", "SUIC_BOMB", SUIC_RX, 7, 0.9),
    Rule("disrupted weapons use", decide=decide_disrupted_weapons),
    Rule("air/drone strike", "AIR_STRIKE", AIR_RX, 9, 0.85, keep=keep_air),
    Rule("strikes on a target", "AIR_STRIKE", AIR_WEAK_RX, 40, 0.5),
    Rule("demonstration", decide=decide_demonstration),
    Rule("organised crime", decide=decide_crime),
    Rule("shelling/artillery/missile attack", "ART_MISS_ATTACK", ART_RX, 12, 0.85, keep=keep_artillery),
    Rule("remote explosive/landmine/IED", decide=decide_remote_explosive),
    Rule("grenade", "GRENADE", GRENADE_RX, 14, 0.85),
    Rule("territory", decide=decide_territory),
    Rule("abduction/forced disappearance", "ABDUCT_DISSAP", ABDUCT_RX, 17, 0.8, keep=keep_abduction),
    Rule("armed clash or attack", decide=decide_battle_or_attack),
    Rule("looting/property destruction", decide=decide_property),
    Rule("arrests", decide=decide_arrest),
    Rule("agreement", "AGREEMENT", AGREE_RX, 31, 0.7, keep=keep_agreement),
    Rule("headquarters or base established", "HQ_ESTABLISHED", HQ_RX, 32, 0.75),
    Rule("change to group/activity", "CHANGE_TO_GROUP_ACT", CHANGE_RX, 33, 0.65),
    Rule("other strategic development", "OTHER", OTHER_RX, 50, 0.5),
)

BG_PENALTY = 20  # a cue in a background clause describes context: it ranks this many steps lower
BG_SCORE_FACTOR = 0.8  # ... and, winning anyway, is less sure
PLOVER_FALLBACK_SCORE = 0.35  # no cue at all: the event's PLOVER type is weak evidence
CASUALTY_FALLBACK_SCORE = 0.3  # casualty words alone: someone was attacked, but how is unknown


def candidates(ctx: Ctx, rule: Rule) -> list[Cand]:
    """The candidates one rule proposes for the text of ctx."""
    if rule.decide is not None:
        return rule.decide(ctx)
    span = first_cue(ctx, rule.pattern, keep=rule.keep)
    if span is None or (rule.accept is not None and not rule.accept(ctx, span)):
        return []
    return [cand(ctx, rule.label, span, rule.prio, rule.score)]


def classify_acled(text: str, plover_type: str | None = None, doc=None) -> AcledLabel:
    """Classify a sentence / short report into a CASE 2021 label and its ACLED types.

    ``doc`` is an optional spaCy Doc of exactly ``text``; it refines negation and who-did-
    what (subject / passive agent / object). Never raises on odd input; empty or cue-less
    text returns the undecided label (``OTHER``, no ACLED types, score 0).
    """
    if not text or not text.strip():
        return UNDECIDED
    ctx = Ctx(text, doc)
    cands = [c for rule in RULES for c in candidates(ctx, rule)]
    if cands:
        best = min(cands, key=lambda c: (c.prio + (BG_PENALTY if c.bg else 0), c.start))
        score = best.score * (BG_SCORE_FACTOR if best.bg else 1.0)
        return label_of(best.label, (best.start, best.end), score)
    if plover_type:
        case = PLOVER_FALLBACK.get(plover_type.upper())
        if case:
            return label_of(case, None, PLOVER_FALLBACK_SCORE)
    m = ctx.search(CASUALTY_RX)
    if m and not ctx.negated(m.start()):
        return label_of("ATTACK", m.span(), CASUALTY_FALLBACK_SCORE)
    return UNDECIDED
