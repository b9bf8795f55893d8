"""ACLED's actor conventions: who is actor1 and actor2, how they are named, their inter codes.

ACLED always names actor1: state forces as "Military Forces of X", "Police Forces of X" or
"Government of X"; unnamed attackers as "Unidentified Armed Group (X)"; crowds as
"Protesters (X)" and "Rioters (X)"; civilians as "Civilians (X)", X being the country the
event happened in. ACLED adds the ruling period to state actors ("Military Forces of Syria
(2000-)"); eventwire does not know regime periods and leaves it out (docs/exports.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.export import codes
from eventwire.export.articles import Articles
from eventwire.export.fields import clean
from eventwire.model import Actor, FusedEvent

VIOLENT = codes.VIOLENT_ACLED
# ACLED inter codes (codebook 2023) and the text labels its API returns by default.
INTER_LABELS = {1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia",
                5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces"}
ARMED_INTERS = frozenset((1, 2, 3, 4, 8))
STATE, REBEL, MILITIA, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = 1, 2, 3, 5, 6, 7, 8
# Sectors of the actors that carry arms: in a protest they are the other side, never the crowd.
_ARMED_SECTORS = frozenset(("MIL", "COP", "REB", "UAF", "SPY"))
# A name this long, or with these marks, is page text the actor finder took for a name.
MAX_NAME_WORDS = 8
_BOILERPLATE = re.compile(r"https?:|www\.|@|©|\bcopyright\b|\bclick\b|\bsubscribe\b|\d{3,}", re.IGNORECASE)


@dataclass(frozen=True)
class AcledActor:
    name: str
    inter: int | None


def country_label(iso3: str | None) -> str | None:
    return codes.acled_country(iso3)


# Country names that take "the" after "Forces of" / "Government of" ("Military Forces of the United States").
_WITH_ARTICLE = re.compile(r"^(United |Republic|Democratic Republic|Central African|Netherlands$|Philippines$|Gambia$|"
                           r"Bahamas$|Czech Republic$|Comoros$|Maldives$|Marshall Islands$|Solomon Islands$)")


def _state_name(a: Actor, event_type: str, place_country: str | None) -> str:
    country = country_label(a.country or place_country) or "Unknown"
    if _WITH_ARTICLE.match(country):
        country = "the " + country
    if a.sector == "COP":
        return f"Police Forces of {country}"
    if a.sector == "MIL" or (event_type in VIOLENT and a.sector in (None, "GOV")):
        return f"Military Forces of {country}"
    return f"Government of {country}"


def is_state(a: Actor) -> bool:
    """A state's organ, or the state itself named by its country ("Russia", "Moscow")."""
    return a.sector in codes.STATE_SECTORS or (a.sector is None and a.country is not None and not a.country_assumed)


def _inter(a: Actor, event_type: str, place_country: str | None, target: bool) -> int | None:
    if is_state(a):
        return EXTERNAL if a.country and place_country and a.country != place_country else STATE
    return codes.inter_code(a.sector, a.country, event_type, place_country, target)


def named(a: Actor, event_type: str, place_country: str | None, target: bool) -> AcledActor:
    """The ACLED name and inter code of one actor."""
    where = country_label(place_country or a.country) or "Unknown"
    if is_state(a):
        return AcledActor(_state_name(a, event_type, place_country), _inter(a, event_type, place_country, target))
    if a.sector == "UAF" or (not a.name and event_type in VIOLENT):
        return AcledActor(f"Unidentified Armed Group ({where})", MILITIA)
    if a.sector == "CVL":
        return AcledActor(f"Civilians ({where})", CIVILIANS)
    inter = _inter(a, event_type, place_country, target)
    if inter is None:  # a group of unknown sector: armed if it fights, "other" if not (ACLED's 8)
        inter = MILITIA if event_type in VIOLENT else EXTERNAL
    return AcledActor(clean(a.name) or f"Unidentified Armed Group ({where})", inter)


def place_names(fe: FusedEvent, articles: Articles) -> set[str]:
    """Names of the event's place and of every place its reports name, case-folded: an
    "actor" of one of these names is the place the actor finder mistook for one."""
    loc = fe.location
    names = {loc.name, loc.text, loc.admin1, codes.country_name(loc.country), codes.acled_country(loc.country)} \
        if loc else set()
    for m in fe.mentions:
        names.update(articles.info(m.article_id).places)
    return {n.casefold() for n in names if n}


def plausible(a: Actor, place_names: set[str], target: bool) -> bool:
    """Not a place name or page text taken for an actor. A country that acts is its state
    ("Syria bombed ..."); a country that is hit is the place ("strikes on Syria")."""
    name = clean(a.name) or ""
    if is_state(a) or a.sector:
        return not (target and a.sector is None and name.casefold() in place_names)
    return bool(name) and name.casefold() not in place_names and len(name.split()) <= MAX_NAME_WORDS \
        and not _BOILERPLATE.search(name)


def crowd(event_type: str, where: str) -> AcledActor | None:
    if event_type == "Protests":
        return AcledActor(f"Protesters ({where})", PROTESTERS)
    if event_type == "Riots":
        return AcledActor(f"Rioters ({where})", RIOTERS)
    return None


def armed(a: Actor) -> bool:
    return a.sector in _ARMED_SECTORS or (a.sector is None and a.country is not None and not a.country_assumed)


def inter_label(inter: int | None, labels: bool) -> object:
    return INTER_LABELS.get(inter) if labels and inter is not None else inter


def interaction(inter1: int | None, inter2: int | None, labels: bool) -> str | None:
    """ACLED's interaction: the two codes, lower first ("17"); as labels "State forces-Civilians",
    and "Protesters only" for an actor without a counterpart."""
    if not labels:
        return codes.interaction(inter1, inter2)
    if inter1 is None:
        return None
    if inter2 is None:
        return f"{INTER_LABELS[inter1]} only"
    a, b = sorted((inter1, inter2))
    return f"{INTER_LABELS[a]}-{INTER_LABELS[b]}"
