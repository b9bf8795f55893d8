"""Trigger lexicon: word (lemma) → PLOVER type, mode, CAMEO code, context.

Written from the CAMEO 1.1b3 and PLOVER 0.8 manuals' definitions. A key with a
space is a two-word trigger (compound noun or verb + particle/object); these
are tried before single words. `pos` says which part of speech may trigger:
"V" verb, "N" noun, "VN" either.
"""
from __future__ import annotations

from typing import NamedTuple


class Trigger(NamedTuple):
    type: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...] = ()
    pos: str = "VN"


def T(type_, mode=None, cameo=None, context=(), pos="VN"):
    return Trigger(type_, mode, cameo, tuple(context) if isinstance(context, (list, tuple)) else (context,), pos)


MIL = ("military",)

LEXICON: dict[str, Trigger] = {
    # --- ASSAULT: conventional military force (CAMEO 19x) ---
    "air strike": T("ASSAULT", "aerial", "195", MIL, "N"),
    "airstrike": T("ASSAULT", "aerial", "195", MIL, "N"),
    "air raid": T("ASSAULT", "aerial", "195", MIL, "N"),
    "air attack": T("ASSAULT", "aerial", "195", MIL, "N"),
    "drone strike": T("ASSAULT", "aerial", "195", MIL, "N"),
    "missile strike": T("ASSAULT", "heavy-weapons", "195", MIL, "N"),
    "barrel bomb": T("ASSAULT", "aerial", "195", MIL, "N"),
    "bombing raid": T("ASSAULT", "aerial", "195", MIL, "N"),
    "sortie": T("ASSAULT", "aerial", "195", MIL, "N"),
    "bomb": T("ASSAULT", "aerial", "195", MIL, "V"),
    "bombard": T("ASSAULT", "heavy-weapons", "194", MIL, "V"),
    "bombardment": T("ASSAULT", "heavy-weapons", "194", MIL, "N"),
    "shell": T("ASSAULT", "heavy-weapons", "194", MIL, "V"),
    # a munition that lands or falls somewhere (munition_verbs.munition_if_needed): "rockets landed near the embassy"
    "land": T("ASSAULT", "heavy-weapons", "194", MIL, "V"),
    "fall": T("ASSAULT", "heavy-weapons", "194", MIL, "V"),
    "shelling": T("ASSAULT", "heavy-weapons", "194", MIL, "N"),
    "artillery fire": T("ASSAULT", "heavy-weapons", "194", MIL, "N"),
    "rocket attack": T("ASSAULT", "heavy-weapons", "194", MIL, "N"),
    "mortar attack": T("ASSAULT", "heavy-weapons", "194", MIL, "N"),
    "rocket fire": T("ASSAULT", "heavy-weapons", "194", MIL, "N"),
    "pound": T("ASSAULT", "heavy-weapons", "194", MIL, "V"),
    "strike": T("ASSAULT", None, "190", MIL, "VN"),
    "strike back": T("ASSAULT", None, "190", MIL, "V"),
    "raid": T("ASSAULT", None, "190", MIL, "VN"),
    "attack": T("ASSAULT", None, "190", MIL, "VN"),
    "counterattack": T("ASSAULT", None, "190", MIL, "VN"),
    "offensive": T("ASSAULT", None, "190", MIL, "N"),
    "assault": T("ASSAULT", None, "190", MIL, "VN"),
    "ambush": T("ASSAULT", None, "190", MIL, "VN"),
    "clash": T("ASSAULT", "firearms", "193", MIL, "VN"),
    "fighting": T("ASSAULT", "firearms", "193", MIL, "N"),
    "fight": T("ASSAULT", "firearms", "193", MIL, "VN"),
    "battle": T("ASSAULT", "firearms", "193", MIL, "VN"),
    "gunfight": T("ASSAULT", "firearms", "193", MIL, "N"),
    "firefight": T("ASSAULT", "firearms", "193", MIL, "N"),
    "open fire": T("ASSAULT", "firearms", "193", MIL, "V"),
    "exchange fire": T("ASSAULT", "firearms", "193", MIL, "V"),  # "the two armies exchanged fire"
    "trade fire": T("ASSAULT", "firearms", "193", MIL, "V"),
    "shoot": T("ASSAULT", "firearms", "193", (), "V"),
    "shoot up": T("ASSAULT", "firearms", "193", (), "V"),
    "shoot down": T("ASSAULT", "heavy-weapons", "190", MIL, "V"),
    "shooting": T("ASSAULT", "firearms", "193", (), "N"),
    "gunfire": T("ASSAULT", "firearms", "193", (), "N"),
    "target": T("ASSAULT", None, "190", MIL, "V"),
    "hit": T("ASSAULT", None, "190", MIL, "V"),
    "invade": T("ASSAULT", None, "190", MIL, "V"),
    "invasion": T("ASSAULT", None, "190", MIL, "N"),
    "violate ceasefire": T("ASSAULT", None, "196", ("legal", "military"), "V"),
    # --- ASSAULT: unconventional violence (CAMEO 18x, 20x) ---
    "kill": T("ASSAULT", None, "1823", (), "V"),
    "kill off": T("ASSAULT", None, "1823", (), "V"),
    "wound": T("ASSAULT", None, "190", (), "V"),
    "killing": T("ASSAULT", None, "1823", (), "N"),
    "murder": T("ASSAULT", None, "1823", (), "VN"),
    "execute": T("ASSAULT", None, "1823", (), "V"),
    "execution": T("ASSAULT", None, "1823", (), "N"),
    "behead": T("ASSAULT", None, "1823", (), "V"),
    "massacre": T("ASSAULT", "massacre", "202", (), "VN"),
    "slaughter": T("ASSAULT", "massacre", "202", (), "VN"),
    "assassinate": T("ASSAULT", "assassinate", "186", (), "V"),
    "assassination": T("ASSAULT", "assassinate", "186", (), "N"),
    "abduct": T("ASSAULT", "abduct", "181", (), "V"),
    "abduction": T("ASSAULT", "abduct", "181", (), "N"),
    "kidnap": T("ASSAULT", "abduct", "181", (), "V"),
    "kidnapping": T("ASSAULT", "abduct", "181", (), "N"),
    "hijack": T("ASSAULT", "abduct", "181", (), "V"),
    "take hostage": T("ASSAULT", "abduct", "181", (), "V"),
    "torture": T("ASSAULT", "torture", "1822", ("human_rights",), "VN"),
    "rape": T("ASSAULT", "sexual", "1821", ("human_rights",), "VN"),
    "beat": T("ASSAULT", "beat", "182", (), "V"),
    # a violent verb's phrasal form: the trigger spans its particle ("beat up", "burn down", "fire off")
    "beat up": T("ASSAULT", "beat", "182", (), "V"),
    "hurl": T("ASSAULT", "beat", "182", (), "V"),  # only with a projectile thrown at someone (triggers._thrown_at)
    "throw": T("ASSAULT", "beat", "182", (), "V"),
    "stab": T("ASSAULT", "beat", "182", (), "V"),
    "stabbing": T("ASSAULT", "beat", "182", (), "N"),
    "lynch": T("ASSAULT", "beat", "182", (), "V"),
    "suicide bombing": T("ASSAULT", "suicide-attack", "1831", ("terrorism",), "N"),
    "suicide attack": T("ASSAULT", "suicide-attack", "1831", ("terrorism",), "N"),
    "suicide bomber": T("ASSAULT", "suicide-attack", "1831", ("terrorism",), "N"),
    "car bomb": T("ASSAULT", "explosives", "1832", ("terrorism",), "N"),
    "car bombing": T("ASSAULT", "explosives", "1832", ("terrorism",), "N"),
    "roadside bomb": T("ASSAULT", "explosives", "1833", ("terrorism",), "N"),
    "bomb attack": T("ASSAULT", "explosives", "183", ("terrorism",), "N"),
    "bomb blast": T("ASSAULT", "explosives", "183", ("terrorism",), "N"),
    "bombing": T("ASSAULT", "explosives", "183", (), "N"),
    "blast": T("ASSAULT", "explosives", "183", (), "N"),
    "explosion": T("ASSAULT", "explosives", "183", (), "N"),
    "detonate": T("ASSAULT", "explosives", "183", (), "V"),
    "explode": T("ASSAULT", "explosives", "183", (), "V"),
    "blow up": T("ASSAULT", "explosives", "183", (), "V"),
    "go off": T("ASSAULT", "explosives", "183", (), "V"),  # only said of a bomb (triggers._an_explosive)
    "chemical attack": T("ASSAULT", "unconventional", "2041", ("cbrn",), "N"),
    "gas attack": T("ASSAULT", "unconventional", "2041", ("cbrn",), "N"),
    "crackdown": T("ASSAULT", "pro_autocracy", "175", ("military",), "N"),
    "destroy": T("ASSAULT", "seize", "1712", ("human_security",), "V"),
    "burn": T("ASSAULT", "seize", "1712", ("human_security",), "V"),
    "burn down": T("ASSAULT", "seize", "1712", ("human_security",), "V"),
    "torch": T("ASSAULT", "seize", "1712", ("human_security",), "V"),
    # arson: "set fire to a mosque" (the verb with its object "fire"), "an arson attack"
    "set fire": T("ASSAULT", "seize", "1712", ("human_security",), "V"),
    "arson": T("ASSAULT", "seize", "1712", ("human_security",), "N"),
    "arson attack": T("ASSAULT", "seize", "1712", ("human_security",), "N"),
    "firebomb": T("ASSAULT", "seize", "1712", ("human_security",), "VN"),
    # --- COERCE ---
    "arrest": T("COERCE", "arrest", "173", ("legal",), "VN"),
    "detain": T("COERCE", "arrest", "173", ("legal",), "V"),
    "detention": T("COERCE", "arrest", "173", ("legal",), "N"),
    "imprison": T("COERCE", "arrest", "173", ("legal",), "V"),
    "jail": T("COERCE", "arrest", "173", ("legal",), "V"),
    "book": T("COERCE", "arrest", "173", ("legal",), "V"),  # a person booked by police, see bookings.booked
    "catch": T("COERCE", "arrest", "173", ("legal",), "V"),  # a suspect caught, see bookings.caught
    "nab": T("COERCE", "arrest", "173", ("legal",), "V"),
    # PLOVER manual, SANCTION 'convict': court sentences are SANCTION (the manual adds COERCE 'arrest' for
    # prison terms; one event has one type here, so the SANCTION stands and CAMEO keeps 173)
    "sentence": T("SANCTION", "convict", "173", ("legal",), "V"),
    "round up": T("COERCE", "arrest", "173", ("legal",), "V"),
    "hold": T("COERCE", "detain", "173", (), "V"),  # only with a person object, see events.py
    "deport": T("COERCE", "deport", "174", ("legal",), "V"),
    "deportation": T("COERCE", "deport", "174", ("legal",), "N"),
    "expel": T("COERCE", "deport", "174", ("legal",), "V"),
    # only "ordered (another state's) diplomats to leave", see envoys.ordered_out
    "order": T("SANCTION", "expel", "166", ("diplomatic",), "V"),
    "curfew": T("COERCE", "curfew", "1723", ("pro_autocracy",), "N"),
    "martial law": T("COERCE", "martial-law", "1724", ("pro_autocracy",), "N"),
    "state of emergency": T("COERCE", "martial-law", "1724", ("pro_autocracy",), "N"),
    "ban": T("COERCE", "ban", "1722", ("pro_autocracy",), "VN"),
    "outlaw": T("COERCE", "ban", "1722", ("pro_autocracy",), "V"),
    "censor": T("COERCE", "censor", "1721", ("rights_freedoms",), "V"),
    "confiscate": T("COERCE", "seize", "1711", ("human_security",), "V"),
    "seize": T("COERCE", "seize", "171", ("human_security",), "V"),
    "occupy": T("COERCE", "seize", "192", MIL, "V"),
    "capture": T("COERCE", "seize", "192", MIL, "VN"),
    "take control": T("COERCE", "seize", "192", MIL, "V"),
    "recapture": T("COERCE", "seize", "192", MIL, "V"),
    "besiege": T("COERCE", "restrict", "191", MIL, "V"),
    "siege": T("COERCE", "restrict", "191", MIL, "N"),
    "blockade": T("COERCE", "restrict", "191", MIL, "VN"),
    # PLOVER manual: "international (political or economic) sanctions are coded as SANCTION 'discontinue'"
    "impose sanction": T("SANCTION", "discontinue", "163", ("diplomatic",), "V"),
    "sanction": T("SANCTION", "discontinue", "163", ("diplomatic",), "VN"),
    "embargo": T("SANCTION", "discontinue", "163", ("diplomatic",), "VN"),
    "restrict": T("COERCE", "restrict", "172", ("executive",), "V"),
    "prevent": T("COERCE", "restrict", "172", ("executive",), "V"),
    "disperse": T("COERCE", "restrict", "172", ("executive",), "V"),
    "break up": T("COERCE", "restrict", "172", ("executive",), "V"),
    "demolish": T("COERCE", "seize", "171", ("human_security",), "V"),
    "bulldoze": T("COERCE", "seize", "171", ("human_security",), "V"),
    "raze": T("COERCE", "seize", "171", ("human_security",), "V"),
    "renege": T("REJECT", None, "120", (), "V"),
    "violate": T("REJECT", "yield", "128", ("legal",), "V"),
    "deny": T("REJECT", None, "120", (), "V"),  # only "deny access/entry/...", see triggers.py
    "human shield": T("ASSAULT", "abduct", "184", (), "N"),
    # --- SANCTION ---
    "break off": T("SANCTION", "withdraw", "161", ("diplomatic",), "V"),
    "sever": T("SANCTION", "withdraw", "161", ("diplomatic",), "V"),
    "cut tie": T("SANCTION", "withdraw", "161", ("diplomatic",), "V"),
    "recall": T("SANCTION", "withdraw", "161", ("diplomatic",), "V"),
    "suspend": T("SANCTION", "discontinue", "160", (), "V"),
    "freeze": T("SANCTION", "discontinue", "160", (), "V"),
    "halt": T("SANCTION", "discontinue", "160", (), "V"),
    "cut off": T("SANCTION", "discontinue", "162", (), "V"),
    "boycott": T("PROTEST", "boycott", "143", (), "VN"),
    "downgrade": T("SANCTION", "withdraw", "161", ("diplomatic",), "V"),
    "blackout": T("SANCTION", "discontinue", "160", (), "N"),
    # --- MOBILIZE ---
    "mobilize": T("MOBILIZE", "troops", "154", MIL, "V"),
    "mobilise": T("MOBILIZE", "troops", "154", MIL, "V"),
    "mobilization": T("MOBILIZE", "troops", "154", MIL, "N"),
    "deploy": T("MOBILIZE", "troops", "154", MIL, "V"),
    "deployment": T("MOBILIZE", "troops", "154", MIL, "N"),
    "reinforce": T("MOBILIZE", "troops", "154", MIL, "V"),
    "reinforcement": T("MOBILIZE", "troops", "154", MIL, "N"),
    "alert": T("MOBILIZE", "troops", "152", MIL, "N"),
    "mass": T("MOBILIZE", "troops", "154", MIL, "V"),
    "build up": T("MOBILIZE", "troops", "154", MIL, "V"),
    "buildup": T("MOBILIZE", "troops", "154", MIL, "N"),
    "send troop": T("MOBILIZE", "troops", "154", MIL, "V"),
    "patrol": T("MOBILIZE", "police", "153", (), "VN"),
    # --- PROTEST ---
    "protest": T("PROTEST", "demo", "141", (), "VN"),
    "demonstrate": T("PROTEST", "demo", "141", (), "V"),
    "demonstration": T("PROTEST", "demo", "141", (), "N"),
    "rally": T("PROTEST", "demo", "141", (), "VN"),
    "march": T("PROTEST", "demo", "141", (), "VN"),
    "sit-in": T("PROTEST", "demo", "141", (), "N"),
    "picket": T("PROTEST", "demo", "141", (), "VN"),
    "gather": T("PROTEST", "demo", "141", (), "V"),  # only crowds with a cause, see triggers.py
    "hunger strike": T("PROTEST", "hunger", "142", (), "N"),
    "general strike": T("PROTEST", "boycott", "143", ("economic",), "N"),
    "go on strike": T("PROTEST", "boycott", "143", ("economic",), "V"),
    "walkout": T("PROTEST", "boycott", "143", ("economic",), "N"),
    "riot": T("PROTEST", "riot", "145", (), "VN"),
    "unrest": T("PROTEST", "riot", "145", (), "N"),
    "block": T("PROTEST", "obstruct", "144", (), "V"),
    "blockade road": T("PROTEST", "obstruct", "144", (), "V"),
    # --- THREATEN ---
    "threaten": T("THREATEN", None, "130", (), "V"),
    "threat": T("THREATEN", None, "130", (), "N"),
    "warn": T("THREATEN", None, "130", (), "V"),
    "warning": T("THREATEN", None, "130", (), "N"),
    "ultimatum": T("THREATEN", None, "139", ("diplomatic",), "N"),
    # --- REJECT ---
    "reject": T("REJECT", None, "120", (), "V"),
    "rejection": T("REJECT", None, "120", (), "N"),
    "refuse": T("REJECT", None, "120", (), "V"),
    "refusal": T("REJECT", None, "120", (), "N"),
    "decline": T("REJECT", None, "120", (), "V"),
    "rebuff": T("REJECT", None, "120", (), "V"),
    "dismiss": T("REJECT", None, "120", (), "V"),
    "veto": T("REJECT", "yield", "129", ("diplomatic",), "VN"),
    "defy": T("REJECT", "yield", "128", ("legal",), "V"),
    "oppose": T("REJECT", None, "120", (), "V"),
    "turn down": T("REJECT", None, "120", (), "V"),
    "resist": T("REJECT", None, "120", (), "V"),
    "impose blackout": T("REJECT", None, "120", (), "V"),
    # --- ACCUSE (PLOVER 0.5: DISAPPROVE) ---
    "accuse": T("ACCUSE", "allege", "112", (), "V"),
    "accusation": T("ACCUSE", "allege", "112", (), "N"),
    "blame": T("ACCUSE", "allege", "112", (), "VN"),
    "condemn": T("ACCUSE", "disapprove", "111", (), "V"),
    # PLOVER manual, ACCUSE: summoning an ambassador to present a grievance is a diplomatic protest
    "summon": T("ACCUSE", "disapprove", "111", ("diplomatic",), "V"),
    "condemnation": T("ACCUSE", "disapprove", "111", (), "N"),
    "denounce": T("ACCUSE", "disapprove", "111", (), "V"),
    "criticize": T("ACCUSE", "disapprove", "111", (), "V"),
    "criticise": T("ACCUSE", "disapprove", "111", (), "V"),
    "criticism": T("ACCUSE", "disapprove", "111", (), "N"),
    "deplore": T("ACCUSE", "disapprove", "111", (), "V"),
    "slam": T("ACCUSE", "disapprove", "111", (), "V"),
    "censure": T("ACCUSE", "disapprove", "111", (), "VN"),
    "complain": T("ACCUSE", "allege", "114", ("diplomatic",), "V"),
    "complaint": T("ACCUSE", "allege", "114", ("diplomatic",), "N"),
    "sue": T("ACCUSE", "allege", "115", ("legal",), "V"),
    "lawsuit": T("ACCUSE", "allege", "115", ("legal",), "N"),
    "charge": T("ACCUSE", "allege", "1121", ("legal",), "V"),
    # the accused's side of a charge: its subject is the target (passives.accused_subject)
    "face charge": T("ACCUSE", "allege", "1121", ("legal",), "V"),
    "convict": T("SANCTION", "convict", "116", ("legal",), "V"),  # PLOVER manual, SANCTION 'convict'
    "attack verbally": T("ACCUSE", "disapprove", "111", (), "V"),
    # --- REQUEST (PLOVER 0.5: DEMAND) ---
    "demand": T("REQUEST", None, "100", (), "VN"),
    "call for": T("REQUEST", None, "100", (), "V"),
    "call on": T("REQUEST", None, "100", (), "V"),
    "call upon": T("REQUEST", None, "100", (), "V"),
    "call": T("REQUEST", None, "100", (), "N"),
    "urge": T("REQUEST", None, "100", (), "V"),
    "appeal": T("REQUEST", "assist", "103", (), "VN"),
    "ask": T("REQUEST", None, "100", (), "V"),
    "request": T("REQUEST", None, "100", (), "VN"),
    "press": T("REQUEST", None, "100", (), "V"),
    "pressure": T("REQUEST", None, "100", (), "V"),
    "plead": T("REQUEST", None, "100", (), "V"),
    "insist": T("REQUEST", None, "100", (), "V"),
    "seek": T("REQUEST", None, "100", (), "V"),
    "petition": T("REQUEST", None, "100", (), "VN"),
    # --- AGREE (intent to cooperate) ---
    "agree": T("AGREE", None, "030", ("diplomatic",), "V"),
    "agreement": T("AGREE", None, "030", ("diplomatic",), "N"),
    "deal": T("AGREE", None, "030", ("diplomatic",), "N"),
    "accord": T("AGREE", None, "030", ("diplomatic",), "N"),
    "pact": T("AGREE", None, "030", ("diplomatic",), "N"),
    "treaty": T("AGREE", None, "030", ("diplomatic",), "N"),
    "ceasefire": T("RETREAT", "ceasefire", "0871", MIL, "N"),
    "cease-fire": T("RETREAT", "ceasefire", "0871", MIL, "N"),
    "truce": T("RETREAT", "ceasefire", "0871", MIL, "N"),
    "promise": T("AGREE", None, "030", (), "VN"),
    "pledge": T("AGREE", None, "030", (), "VN"),
    "offer": T("AGREE", None, "030", (), "VN"),
    "vow": T("AGREE", None, "030", (), "V"),
    "accept": T("AGREE", None, "030", ("diplomatic",), "V"),
    "commit": T("AGREE", None, "030", (), "V"),
    "volunteer": T("AGREE", None, "030", (), "V"),
    "sign": T("SUPPORT", None, "057", ("diplomatic",), "V"),
    "ratify": T("SUPPORT", None, "057", ("diplomatic",), "V"),
    "approve": T("AGREE", None, "030", (), "V"),
    # --- CONSULT ---
    "meet": T("CONSULT", None, "040", ("diplomatic",), "V"),
    "meeting": T("CONSULT", None, "040", ("diplomatic",), "N"),
    "talk": T("CONSULT", None, "040", ("diplomatic",), "N"),
    "hold talk": T("CONSULT", None, "040", ("diplomatic",), "V"),
    "negotiate": T("CONSULT", None, "046", ("diplomatic",), "V"),
    "negotiation": T("CONSULT", None, "046", ("diplomatic",), "N"),
    "mediate": T("CONSULT", None, "045", ("diplomatic",), "V"),
    "mediation": T("CONSULT", None, "045", ("diplomatic",), "N"),
    "consult": T("CONSULT", None, "040", ("diplomatic",), "V"),
    "consultation": T("CONSULT", None, "040", ("diplomatic",), "N"),
    "discuss": T("CONSULT", None, "040", ("diplomatic",), "V"),
    "visit": T("CONSULT", "visit", "042", ("diplomatic",), "VN"),
    "host": T("CONSULT", "visit", "043", ("diplomatic",), "V"),
    "phone": T("CONSULT", "phone", "041", ("diplomatic",), "V"),
    "telephone": T("CONSULT", "phone", "041", ("diplomatic",), "V"),
    "summit": T("CONSULT", None, "040", ("diplomatic",), "N"),
    # --- SUPPORT ---
    "praise": T("SUPPORT", None, "051", ("diplomatic",), "VN"),
    "endorse": T("SUPPORT", None, "051", ("diplomatic",), "V"),
    "welcome": T("SUPPORT", None, "051", ("diplomatic",), "V"),
    "support": T("SUPPORT", None, "050", ("diplomatic",), "V"),
    "back": T("SUPPORT", None, "051", ("diplomatic",), "V"),
    "back up": T("SUPPORT", None, "051", ("diplomatic",), "V"),
    "congratulate": T("SUPPORT", None, "051", ("diplomatic",), "V"),
    "defend": T("SUPPORT", None, "052", ("diplomatic",), "V"),
    "recognize": T("SUPPORT", None, "054", ("diplomatic",), "V"),
    "recognise": T("SUPPORT", None, "054", ("diplomatic",), "V"),
    "apologize": T("SUPPORT", None, "055", ("diplomatic",), "V"),
    "apologise": T("SUPPORT", None, "055", ("diplomatic",), "V"),
    "apology": T("SUPPORT", None, "055", ("diplomatic",), "N"),
    "forgive": T("SUPPORT", None, "056", ("diplomatic",), "V"),
    "establish tie": T("SUPPORT", None, "054", ("diplomatic",), "V"),
    "establish relation": T("SUPPORT", None, "054", ("diplomatic",), "V"),
    # --- COOPERATE ---
    "cooperate": T("COOPERATE", None, "060", (), "V"),
    "cooperation": T("COOPERATE", None, "060", (), "N"),
    "collaborate": T("COOPERATE", None, "060", (), "V"),
    "join": T("COOPERATE", None, "062", MIL, "V"),
    "joint exercise": T("COOPERATE", None, "062", MIL, "N"),
    "extradite": T("COOPERATE", None, "063", ("legal",), "V"),
    "share intelligence": T("COOPERATE", None, "064", ("intelligence",), "V"),
    # --- AID ---
    "aid": T("AID", None, "070", (), "VN"),
    "assistance": T("AID", None, "070", (), "N"),
    "assist": T("AID", None, "070", (), "V"),
    "provide": T("AID", None, "070", (), "V"),
    "donate": T("AID", None, "071", ("economic",), "V"),
    "deliver": T("AID", None, "073", ("humanitarian",), "V"),
    "send": T("AID", None, "070", (), "V"),
    "supply": T("AID", None, "072", (), "V"),
    "airdrop": T("AID", None, "073", ("humanitarian",), "VN"),
    "fund": T("AID", None, "071", ("economic",), "V"),
    "finance": T("AID", None, "071", ("economic",), "V"),
    "grant asylum": T("AID", None, "075", ("asylum",), "V"),
    "shelter": T("AID", None, "073", ("humanitarian",), "V"),
    "open border": T("AID", None, "073", ("refugees",), "V"),
    "evacuate": T("AID", None, "073", ("humanitarian",), "V"),
    "evacuation": T("AID", None, "073", ("humanitarian",), "N"),
    "convoy": T("AID", None, "073", ("humanitarian",), "N"),
    "rescue": T("AID", None, "073", ("humanitarian",), "V"),
    # --- CONCEDE ---
    "concede": T("CONCEDE", None, "080", (), "V"),
    "concession": T("CONCEDE", None, "080", (), "N"),
    "yield": T("CONCEDE", None, "080", (), "V"),
    "ease": T("CONCEDE", None, "081", ("legal",), "V"),
    "lift": T("CONCEDE", None, "081", ("legal",), "V"),
    "relax": T("CONCEDE", None, "081", ("legal",), "V"),
    "accede": T("CONCEDE", None, "083", ("political_institutions",), "V"),
    "resign": T("CONCEDE", None, "0831", ("political_institutions",), "V"),
    "resignation": T("CONCEDE", None, "0831", ("political_institutions",), "N"),
    "pardon": T("CONCEDE", None, "081", ("legal",), "VN"),
    "amnesty": T("CONCEDE", None, "081", ("legal",), "N"),
    # --- RETREAT ---
    "release": T("RETREAT", "release", "0841", ("legal",), "VN"),
    "free": T("RETREAT", "release", "0841", ("legal",), "V"),
    "return": T("RETREAT", "return", "0842", ("legal",), "V"),
    "withdraw": T("RETREAT", "withdraw", "0872", MIL, "V"),
    "withdrawal": T("RETREAT", "withdraw", "0872", MIL, "N"),
    "pull out": T("RETREAT", "withdraw", "0872", MIL, "V"),
    "retreat": T("RETREAT", "withdraw", "0874", MIL, "VN"),
    "surrender": T("RETREAT", "disarm", "0874", MIL, "VN"),
    "disarm": T("RETREAT", "disarm", "0873", MIL, "V"),
    "demobilize": T("RETREAT", "disarm", "0873", MIL, "V"),
    "hand over": T("RETREAT", "withdraw", "0874", MIL, "V"),
    "allow access": T("RETREAT", "access", "086", ("diplomatic",), "V"),
    "allow": T("RETREAT", "access", "086", ("diplomatic",), "V"),  # only "allow the return/access/...", see triggers.py
    # --- INVESTIGATE ---
    "investigate": T("INVESTIGATE", "investigate", "090", (), "V"),
    "investigation": T("INVESTIGATE", "investigate", "090", (), "N"),
    "probe": T("INVESTIGATE", "investigate", "090", (), "VN"),
    "inquiry": T("INVESTIGATE", "investigate", "090", (), "N"),
    "inquest": T("INVESTIGATE", "investigate", "090", (), "N"),  # a coroner's inquiry into a death
    "inspect": T("INVESTIGATE", "investigate", "090", (), "V"),
    "inspection": T("INVESTIGATE", "investigate", "090", (), "N"),
    # --- CRIME (organised crime, not political violence) ---
    "smuggle": T("CRIME", None, None, ("crime",), "V"),
    "smuggling": T("CRIME", None, None, ("crime",), "N"),
    "traffic": T("CRIME", None, None, ("crime",), "V"),
    "trafficking": T("CRIME", None, None, ("crime",), "N"),
    "rob": T("CRIME", None, None, ("crime",), "V"),
    "robbery": T("CRIME", None, None, ("crime",), "N"),
    "extort": T("CRIME", None, None, ("crime",), "V"),
    "extortion": T("CRIME", None, None, ("crime",), "N"),
    # --- INCIDENT: not political events ---
    "earthquake": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "quake": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "flood": T("INCIDENT", None, None, ("natural_disaster",), "VN"),
    "flooding": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "landslide": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "cyclone": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "hurricane": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "typhoon": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "storm": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "wildfire": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "drought": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "avalanche": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "tsunami": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "eruption": T("INCIDENT", None, None, ("natural_disaster",), "N"),
    "collapse": T("INCIDENT", None, None, ("industrial_accident",), "VN"),
    "derail": T("INCIDENT", None, None, ("industrial_accident",), "V"),
    "derailment": T("INCIDENT", None, None, ("industrial_accident",), "N"),
    "crash": T("INCIDENT", None, None, ("industrial_accident",), "VN"),
    "fire": T("INCIDENT", None, None, ("industrial_accident",), "N"),
    "blaze": T("INCIDENT", None, None, ("industrial_accident",), "N"),
    "leak": T("INCIDENT", None, None, ("industrial_accident",), "VN"),
    "spill": T("INCIDENT", None, None, ("industrial_accident",), "N"),
}

# Verb senses of words whose noun sense differs ("storm" a building vs a storm).
VERB_SENSES: dict[str, Trigger] = {
    "storm": T("ASSAULT", None, "190", MIL, "V"),
    "flood": T("INCIDENT", None, None, ("natural_disaster",), "V"),
    "fire": T("ASSAULT", "firearms", "193", MIL, "V"),
    "fire off": T("ASSAULT", "firearms", "193", MIL, "V"),
    "drop": T("ASSAULT", "aerial", "195", MIL, "V"),  # only with a bomb-like object, see triggers.py
    "launch": T("ASSAULT", "heavy-weapons", "194", MIL, "V"),  # only with a munition as object, see triggers.py
    "take to street": T("PROTEST", "demo", "141", (), "V"),  # "took to the streets" (read in triggers.py)
}

# Verbs that report speech: never events themselves, but mark their clause's source.
REPORTING_VERBS = frozenset(
    "say tell report state add note announce confirm quote explain write tweet post insist "
    "stress reiterate declare indicate acknowledge cite claim allege assert".split()
)

# Words after which "fire", "hit", "target", ... are military; guards against
# "fire broke out" or "the storm hit".
WEAPON_WORDS = frozenset(
    "missile rocket mortar shell artillery bomb gun rifle grenade drone jet warplane aircraft "
    "helicopter tank bullet shot cannon munition projectile barrage salvo volley".split()
)
NATURAL_WORDS = frozenset("earthquake quake temblor tremor flood storm cyclone hurricane typhoon tornado lightning "
                          "landslide wind hail snow snowstorm blizzard rain rainstorm hailstorm tsunami avalanche "
                          "mudslide drought heatwave frost".split())
# Misfortunes said to strike or hit ("Tragedy struck the theater", "the financial crisis hit the
# region"): no attack, nor any act
MISFORTUNES = frozenset("tragedy disaster crisis misfortune calamity recession catastrophe".split())
# Subjects that make "struck", "hit" or "burned" an accident, not an attack ("a pickup truck struck a
# utility pole", "a grass fire burned 200 acres")
ACCIDENT_AGENTS = frozenset("truck car vehicle bus train tractor van lorry motorcycle pickup suv taxi minibus "
                            "trailer mower bicycle fire blaze wildfire bushfire flame sedan motorbike scooter "
                            "wreck collision crash "
                            # cars by their make ("A 1993 brown Cadillac struck the pickup truck")
                            "toyota honda nissan ford chevrolet chevy dodge cadillac oldsmobile buick pontiac "
                            "chrysler jeep lincoln mercury hyundai kia mazda subaru volkswagen bmw mercedes audi "
                            "volvo lexus acura infiniti mitsubishi saturn plymouth".split())
ACCIDENT_WORDS = frozenset(
    "factory plant refinery mine warehouse pipeline accident accidental leak tanker boiler "
    "construction gas-cylinder cylinder short-circuit derailed".split()
)
