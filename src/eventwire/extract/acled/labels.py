"""CASE 2021 task-2 labels, the ACLED event types they map to, and the label record.

Data only: the 30 CASE labels with their ACLED (event type, sub-event type), and the
PLOVER type -> CASE label table used when no cue rule decides.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AcledLabel", "CASE_LABELS", "CASE_TO_ACLED", "PLOVER_FALLBACK", "UNDECIDED", "acled_for_case",
           "label_of"]


@dataclass(frozen=True)
class AcledLabel:
    event_type: str | None
    sub_event_type: str | None
    case_label: str
    cue: tuple[int, int] | None
    score: float


_BAT, _ERV, _VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
_PRO, _RIO, _STR = "Protests", "Riots", "Strategic developments"

CASE_TO_ACLED: dict[str, tuple[str | None, str | None]] = {
    "ARMED_CLASH": (_BAT, "Armed clash"),
    "GOV_REGAINS_TERIT": (_BAT, "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": (_BAT, "Non-state actor overtakes territory"),
    "CHEM_WEAP": (_ERV, "Chemical weapon"),
    "AIR_STRIKE": (_ERV, "Air/drone strike"),
    "SUIC_BOMB": (_ERV, "Suicide bomb"),
    "ART_MISS_ATTACK": (_ERV, "Shelling/artillery/missile attack"),
    "REM_EXPLOS": (_ERV, "Remote explosive/landmine/IED"),
    "GRENADE": (_ERV, "Grenade"),
    "SEX_VIOL": (_VAC, "Sexual violence"),
    "ATTACK": (_VAC, "Attack"),
    "ABDUCT_DISSAP": (_VAC, "Abduction/forced disappearance"),
    "PEACE_PROTEST": (_PRO, "Peaceful protest"),
    "PROTEST_WITH_INTER": (_PRO, "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": (_PRO, "Excessive force against protesters"),
    "VIOL_DEMONSTR": (_RIO, "Violent demonstration"),
    "MOB_VIOL": (_RIO, "Mob violence"),
    "AGREEMENT": (_STR, "Agreement"),
    "ARREST": (_STR, "Arrests"),
    "CHANGE_TO_GROUP_ACT": (_STR, "Change to group/activity"),
    "DISR_WEAP": (_STR, "Disrupted weapons use"),
    "HQ_ESTABLISHED": (_STR, "Headquarters or base established"),
    "PROPERTY_DISTRUCT": (_STR, "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": (_STR, "Non-violent transfer of territory"),
    "OTHER": (_STR, "Other"),
    # CASE labels outside the ACLED taxonomy
    "ORG_CRIME": (None, None),
    "NATURAL_DISASTER": (None, None),
    "MAN_MADE_DISASTER": (None, None),
    "DIPLO": (None, None),
    "ATTRIB": (None, None),
}
CASE_LABELS: tuple[str, ...] = tuple(sorted(CASE_TO_ACLED))


def acled_for_case(case_label: str) -> tuple[str | None, str | None]:
    """ACLED (event_type, sub_event_type) of a CASE label; (None, None) outside ACLED."""
    return CASE_TO_ACLED.get(case_label, (None, None))


# PLOVER type -> CASE label, used only when no rule fires (the event's type is then the
# best evidence left)
PLOVER_FALLBACK = {
    "ASSAULT": "ATTACK", "FIGHT": "ARMED_CLASH", "PROTEST": "PEACE_PROTEST", "AGREE": "AGREEMENT",
    "SETTLE": "AGREEMENT", "CONCEDE": "AGREEMENT", "CONSULT": "DIPLO", "COOPERATE": "DIPLO",
    "SUPPORT": "DIPLO", "SANCTION": "DIPLO", "REJECT": "DIPLO", "ACCUSE": "ATTRIB", "DISAPPROVE": "ATTRIB",
    "MOBILIZE": "CHANGE_TO_GROUP_ACT", "RETREAT": "CHANGE_TO_GROUP_ACT", "COERCE": "ARREST",
    "CRIME": "ORG_CRIME",
}


# empty or cue-less text: not an ACLED event
UNDECIDED = AcledLabel(None, None, "OTHER", None, 0.0)


def label_of(case: str, cue: tuple[int, int] | None, score: float) -> AcledLabel:
    """The label record of a CASE label, its score clamped to [0, 1] and rounded."""
    et, st = CASE_TO_ACLED[case]
    return AcledLabel(et, st, case, cue, round(max(0.0, min(1.0, score)), 3))
