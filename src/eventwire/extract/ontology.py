"""PLOVER types and their CAMEO and ACLED counterparts.

eventwire emits the PLOVER 0.8 type names of the official 2021 CAMEO→PLOVER
table (ACCUSE, not DISAPPROVE; REQUEST, not DEMAND), plus INVESTIGATE and CRIME
as separate types, and INCIDENT for reports that are not political events
(natural disasters, industrial accidents). See docs/output.md.
"""
from __future__ import annotations

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
    "ASSAULT", "CRIME",
)
NON_POLITICAL = "INCIDENT"
EVENT_TYPES = PLOVER_TYPES + (NON_POLITICAL,)

# Older PLOVER (0.5, the gold-standard records) names for the same types.
LEGACY_NAMES = {"ACCUSE": "DISAPPROVE", "REQUEST": "DEMAND"}

# Default CAMEO code per type when the trigger gives none more precise.
DEFAULT_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
    "CONCEDE": "080", "RETREAT": "084", "INVESTIGATE": "090", "REQUEST": "100", "ACCUSE": "110",
    "REJECT": "120", "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150", "SANCTION": "160",
    "COERCE": "170", "ASSAULT": "180", "CRIME": None, "INCIDENT": None,
}

# ACLED event type and sub-event type implied by a PLOVER type and mode, used when
# the sentence-level ACLED classifier has no better answer.
ACLED_BY_TYPE_MODE = {
    ("ASSAULT", "heavy-weapons"): ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", "aerial"): ("Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "explosives"): ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("ASSAULT", "suicide-attack"): ("Explosions/Remote violence", "Suicide bomb"),
    ("ASSAULT", "unconventional"): ("Explosions/Remote violence", "Chemical weapon"),
    ("ASSAULT", "firearms"): ("Battles", "Armed clash"),
    ("ASSAULT", "abduct"): ("Violence against civilians", "Abduction/forced disappearance"),
    ("ASSAULT", "sexual"): ("Violence against civilians", "Sexual violence"),
    ("ASSAULT", None): ("Violence against civilians", "Attack"),
    ("PROTEST", "riot"): ("Riots", "Violent demonstration"),
    ("PROTEST", None): ("Protests", "Peaceful protest"),
    ("COERCE", "arrest"): ("Strategic developments", "Arrests"),
    ("COERCE", "seize"): ("Strategic developments", "Looting/property destruction"),
    ("MOBILIZE", None): ("Strategic developments", "Change to group/activity"),
    ("AGREE", None): ("Strategic developments", "Agreement"),
    ("RETREAT", "ceasefire"): ("Strategic developments", "Agreement"),
    ("RETREAT", "withdraw"): ("Strategic developments", "Non-violent transfer of territory"),
}


def acled_for(ptype: str, mode: str | None) -> tuple[str | None, str | None]:
    return ACLED_BY_TYPE_MODE.get((ptype, mode)) or ACLED_BY_TYPE_MODE.get((ptype, None)) or (None, None)


# PLOVER codes an announced intention as the intention itself: to cooperate is AGREE,
# to act against someone is THREATEN. eventwire keeps the action's type and marks it
# `planned`; this is the mapping back for scoring against PLOVER-coded data.
COOPERATIVE = frozenset(("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE"))
CONFLICTUAL = frozenset(("REJECT", "SANCTION", "COERCE", "PROTEST", "MOBILIZE"))


def legacy_type(ptype: str, cameo: str | None, factuality: str = "asserted") -> str:
    """Map an eventwire event to the PLOVER 0.5 gold label set: old names, FIGHT for
    CAMEO 19x, and planned cooperative/conflictual actions as AGREE/THREATEN."""
    if factuality == "planned":
        if ptype in COOPERATIVE:
            return "AGREE"
        if ptype in CONFLICTUAL:
            return "THREATEN"
    if ptype == "ASSAULT" and cameo and cameo.startswith("19"):
        return "FIGHT"
    return LEGACY_NAMES.get(ptype, ptype)
