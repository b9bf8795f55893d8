"""PLOVER types and their CAMEO and ACLED counterparts.

eventwire emits the PLOVER 0.8 type names of the official 2021 CAMEO→PLOVER
table (ACCUSE, not DISAPPROVE; REQUEST, not DEMAND), plus INVESTIGATE and CRIME
as separate types, and INCIDENT for reports that are not political events
(natural disasters, industrial accidents). See docs/output.md.
"""
from __future__ import annotations

from ..model import EventType, Sector

NON_POLITICAL = EventType.INCIDENT
EVENT_TYPES = tuple(EventType)
PLOVER_TYPES = tuple(t for t in EventType if t != NON_POLITICAL)

# --- groups of event types (each defined here once) ---------------------------------

# Events that kill, injure and destroy: attacks and accidents or disasters. Casualty
# figures attach to them, linked mentions of one incident merge, and a statement
# about one ("the UN condemned the attack") refers back to it instead of adding one.
VIOLENT_TYPES = frozenset((EventType.ASSAULT, EventType.INCIDENT))
# Verbal acts whose object is what is asked or offered, not an event of its own:
# "appealed for assistance" is a request, not aid.
SPEECH_TYPES = frozenset((EventType.REQUEST, EventType.AGREE, EventType.THREATEN, EventType.REJECT,
                          EventType.ACCUSE, EventType.SUPPORT))
# Statements that are about an event told elsewhere: "condemned the attack",
# "investigating the bombing", "called for an end to the strikes".
REFERRING_TYPES = frozenset((EventType.ACCUSE, EventType.INVESTIGATE, EventType.REQUEST, EventType.SUPPORT,
                             EventType.REJECT))
# An accord that is refused ("did not agree", "refused to support") is a rejection.
ACCORD_TYPES = frozenset((EventType.AGREE, EventType.SUPPORT, EventType.COOPERATE))
# Types with an ACLED counterpart, which the sentence-level ACLED classifier may refine.
ACLED_CODED_TYPES = frozenset((EventType.ASSAULT, EventType.PROTEST, EventType.COERCE, EventType.MOBILIZE,
                               EventType.AGREE, EventType.RETREAT, EventType.INCIDENT, EventType.CRIME))
# Events that happen on the ground, where their sentence says: they take the sentence's
# place, where a statement or an appeal takes only a place attached to its trigger.
PHYSICAL_TYPES = frozenset((EventType.ASSAULT, EventType.INCIDENT, EventType.COERCE, EventType.PROTEST,
                            EventType.MOBILIZE, EventType.AID, EventType.CRIME, EventType.RETREAT))

# --- groups of actor sectors -------------------------------------------------------

# Armed groups that are not a state's forces: an attack with no stated target, in a
# sentence naming one, is against it ("strikes on Raqqa, the Islamic State stronghold").
# (Insurgents are REB in data/actors.json; there is no separate insurgent sector.)
ARMED_GROUP_SECTORS = frozenset((Sector.REB, Sector.UAF))
# A state and its government and armed forces are one actor ("Russian jets", "Moscow",
# "Russia"); None is the country itself, named without a sector.
STATE_ORGAN_SECTORS = frozenset((None, Sector.GOV, Sector.MIL))
# A state's organs that may do a violent act: its government, army, police and intelligence.
# They never claim an attack, and are never the unidentified attackers of another mention.
STATE_FORCE_SECTORS = frozenset((Sector.GOV, Sector.MIL, Sector.COP, Sector.SPY))
# Parties of a joint attack that act on their own ("Russia and France carried out
# strikes"): one event each.
JOINT_ACTOR_SECTORS = STATE_ORGAN_SECTORS | {Sector.REB}

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
COOPERATIVE = frozenset((EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.COOPERATE, EventType.AID,
                         EventType.CONCEDE, EventType.RETREAT, EventType.INVESTIGATE))
CONFLICTUAL = frozenset((EventType.REJECT, EventType.SANCTION, EventType.COERCE, EventType.PROTEST,
                         EventType.MOBILIZE))


# CAMEO 19x is conventional military force, which PLOVER 0.5 called FIGHT.
CONVENTIONAL_FORCE_CAMEO = "19"


def legacy_type(ptype: str, cameo: str | None, factuality: str = "asserted") -> str:
    """Map an eventwire event to the PLOVER 0.5 gold label set: old names, FIGHT for
    CAMEO 19x, and planned cooperative/conflictual actions as AGREE/THREATEN."""
    if factuality == "planned":
        if ptype in COOPERATIVE:
            return "AGREE"
        if ptype in CONFLICTUAL:
            return "THREATEN"
    if ptype == EventType.ASSAULT and cameo and cameo.startswith(CONVENTIONAL_FORCE_CAMEO):
        return "FIGHT"
    return LEGACY_NAMES.get(ptype, ptype)
