"""PLOVER's own vocabularies (the PLOVER manual, openeventdata/PLOVER, CC BY-SA 4.0): event
types, their modes, contexts, sector codes, non-state entity codes, quad codes and the
conflict-cooperation scores; and how eventwire's wider vocabularies map onto them.

Only the codes and numbers are taken from the manual; docs/exports.md says, mapping by
mapping, what eventwire writes where it knows more (or other) than PLOVER does.
"""
from __future__ import annotations

# Event types and their modes (the manual's per-type mode tables). Types without a table
# take no mode.
MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(), "SUPPORT": frozenset(), "CONCEDE": frozenset(), "COOPERATE": frozenset(),
    "AID": frozenset(),
    "CONSULT": frozenset(("visit", "third-party", "multilateral", "phone")),
    "RETREAT": frozenset(("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
    "REQUEST": frozenset(("assist", "change", "yield", "meet")),
    "ACCUSE": frozenset(("disapprove", "investigate", "allege")),
    "REJECT": frozenset(("assist", "change", "yield", "meet")),
    "THREATEN": frozenset(("restrict", "arrest", "relations", "expel", "territory", "violence")),
    "PROTEST": frozenset(("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
    "SANCTION": frozenset(("convict", "expel", "withdraw", "discontinue")),
    "MOBILIZE": frozenset(("troops", "weapons", "police", "militia")),
    "COERCE": frozenset(("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
                         "misinformation", "cyber")),
    "ASSAULT": frozenset(("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                          "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                          "unconventional")),
}
EVENT_TYPES = tuple(MODES)

CONTEXTS = frozenset((
    "military", "intelligence", "executive", "legislative", "election", "political_institutions", "pro_democracy",
    "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms", "repression",
    "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
    "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource", "environment", "technology",
    "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
))

SECTORS = frozenset(("COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
                     "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"))
# International non-state entities, which PLOVER writes in the entity's `code` in place of a country.
NON_STATE_CODES = frozenset(("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"))

# The manual's numeric quad table: 1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict, 4 material conflict. (Its per-type sections call SANCTION material
# conflict; the numeric table, which this follows, puts it at 3.)
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
        "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}

# The manual's conflict-cooperation scores, by type and by type and mode. ACCUSE's own score
# is printed as 3 in the manual, every one of its modes negative and the type verbal
# conflict: read as -3, a dropped sign (docs/exports.md).
SCALE: dict[tuple[str, str | None], float] = {
    ("AGREE", None): 2.5, ("CONSULT", None): 2.5, ("CONSULT", "visit"): 4, ("CONSULT", "third-party"): 1,
    ("CONSULT", "multilateral"): 4, ("CONSULT", "phone"): 1.5, ("SUPPORT", None): 5, ("CONCEDE", None): 4.5,
    ("COOPERATE", None): 9.5, ("AID", None): 10, ("RETREAT", None): 6.5, ("RETREAT", "withdraw"): 8,
    ("RETREAT", "release"): 6.5, ("RETREAT", "disarm"): 10, ("RETREAT", "ceasefire"): 7.5,
    ("RETREAT", "access"): 6.5, ("RETREAT", "resign"): 4.5,
    ("REQUEST", None): 0, ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1, ("REQUEST", "yield"): -1,
    ("REQUEST", "meet"): 0, ("ACCUSE", None): -3, ("ACCUSE", "disapprove"): -2, ("ACCUSE", "investigate"): -3.5,
    ("ACCUSE", "allege"): -3.5,
    ("REJECT", None): -2, ("REJECT", "assist"): -1.5, ("REJECT", "change"): -2, ("REJECT", "yield"): -2,
    ("REJECT", "meet"): -2, ("THREATEN", None): -3.5, ("THREATEN", "restrict"): -3, ("THREATEN", "arrest"): -3.5,
    ("THREATEN", "relations"): -3.5, ("THREATEN", "expel"): -3.5, ("THREATEN", "territory"): -4,
    ("THREATEN", "violence"): -3.5,
    ("PROTEST", None): -5, ("PROTEST", "demo"): -5, ("PROTEST", "riot"): -7, ("PROTEST", "strike"): -5,
    ("PROTEST", "hunger"): -4.5, ("PROTEST", "boycott"): -4.5, ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", None): -6, ("SANCTION", "convict"): -6, ("SANCTION", "expel"): -5.5, ("SANCTION", "withdraw"): -6,
    ("SANCTION", "discontinue"): -6, ("MOBILIZE", None): -5.5, ("MOBILIZE", "troops"): -6.5,
    ("MOBILIZE", "weapons"): -6.5, ("MOBILIZE", "police"): -5.5, ("MOBILIZE", "militia"): -6,
    ("COERCE", None): -7, ("COERCE", "seize"): -7, ("COERCE", "restrict"): -7, ("COERCE", "censor"): -6.5,
    ("COERCE", "curfew"): -6.5, ("COERCE", "martial-law"): -7.5, ("COERCE", "arrest"): -7, ("COERCE", "deport"): -7,
    ("COERCE", "withhold"): -7, ("COERCE", "misinformation"): -6.5, ("COERCE", "cyber"): -7,
    ("ASSAULT", None): -9, ("ASSAULT", "abduct"): -8.5, ("ASSAULT", "beat"): -7.5, ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5, ("ASSAULT", "targeted"): -9.5, ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "primitive"): -8, ("ASSAULT", "firearms"): -9, ("ASSAULT", "explosives"): -9,
    ("ASSAULT", "suicide-attack"): -9.5, ("ASSAULT", "aerial"): -9.5, ("ASSAULT", "drone"): -9.5,
    ("ASSAULT", "heavy-weapons"): -9.5, ("ASSAULT", "crowd-control"): -7.5, ("ASSAULT", "unconventional"): -10,
}

# --- eventwire -> PLOVER -------------------------------------------------------------

# eventwire types PLOVER does not have: (PLOVER type, mode, added context).
# INVESTIGATE: PLOVER codes an investigation as ACCUSE with mode `investigate`. CRIME: the
# manual dropped the type and codes crime as the act itself with the `crime` context; the
# acts eventwire calls CRIME (robbery, extortion, smuggling) take by force or threat, which
# PLOVER's COERCE covers (mode `seize` is its "confiscate property" act).
TYPE_MAP: dict[str, tuple[str, str | None, str | None]] = {
    "INVESTIGATE": ("ACCUSE", "investigate", None),
    "CRIME": ("COERCE", None, "crime"),
}

# eventwire modes outside the type's PLOVER table: the PLOVER mode that says the same thing.
MODE_MAP: dict[tuple[str, str], str | None] = {
    ("ASSAULT", "massacre"): "targeted", ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "seize"): None,  # taking ground by force: ASSAULT has no mode for it
    ("COERCE", "ban"): "restrict", ("COERCE", "detain"): "arrest", ("RETREAT", "return"): "withdraw",
}

# eventwire contexts outside PLOVER's list.
CONTEXT_MAP: dict[str, str | None] = {
    "natural_disaster": "disasters", "industrial_accident": "disasters", "humanitarian": "human_security",
    "refugees": "migration",
    "claim_of_responsibility": None,  # kept in the record's `claimed` flag, not a context
}

# eventwire sectors -> PLOVER sectors. CAMEO's MED (media) is PLOVER's JRN and CAMEO's HLH
# (health) PLOVER's MED; monitoring groups are civil society. IGO and NGO are no PLOVER
# sectors: they are codes (entity_code below).
SECTOR_MAP: dict[str, str | None] = {"MED": "JRN", "HLH": "MED", "MON": "SOC", "IGO": None, "NGO": None}

# The UN and the EU have codes of their own among PLOVER's international entities.
_UN = ("united nations", "un ", "unicef", "unhcr", "unesco", "who", "world food programme", "un security council",
       "opcw-un")
_EU = ("european union", "eu ", "european commission", "european parliament", "european council")

# Kosovo has no ISO 3166 code; PLOVER uses KOS where ISO-using data has the user-assigned XKX.
_COUNTRY_CODES = {"XKX": "KOS"}


def event_of(etype: str, mode: str | None) -> tuple[str, list[str], str | None]:
    """(PLOVER type, its modes, a context the mapping adds)."""
    ptype, forced_mode, extra = TYPE_MAP.get(etype, (etype, None, None))
    m = forced_mode or mode
    if m is not None and m not in MODES.get(ptype, ()):
        m = MODE_MAP.get((ptype, m))
    return ptype, ([m] if m else []), extra


def contexts_of(contexts: list[str], extra: str | None = None) -> list[str]:
    out = [CONTEXT_MAP.get(c, c) for c in contexts] + ([extra] if extra else [])
    return list(dict.fromkeys(c for c in out if c in CONTEXTS))


def sector_of(sector: str | None) -> str | None:
    s = SECTOR_MAP.get(sector, sector) if sector else None
    return s if s in SECTORS else None


def entity_code(country: str | None, sector: str | None, name: str | None) -> str | None:
    """The entity's `code`: its ISO-3 country, or PLOVER's code for an international entity."""
    key = f"{(name or '').casefold()} "
    if sector in ("IGO", "NGO") or not country:
        if any(key.startswith(u) for u in _UN):
            return "UNO"
        if any(key.startswith(e) for e in _EU):
            return "EUR"
        if sector in ("IGO", "NGO"):
            return sector
    return _COUNTRY_CODES.get(country or "", country) if country else None


def scale(ptype: str, modes: list[str]) -> float | None:
    """The manual's score of the type with its mode, the type's own where the mode has none."""
    for m in modes:
        if (ptype, m) in SCALE:
            return SCALE[(ptype, m)]
    return SCALE.get((ptype, None))
