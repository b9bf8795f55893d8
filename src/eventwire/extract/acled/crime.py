"""Organised crime, arrests and looting / property destruction.

Each names one label but ranks it by what else the text says: crime words yield to
political violence when rebels or militants are around; arrests of criminals are
organised crime; destruction of property stands alone only without casualties.
"""
from __future__ import annotations

from .context import Cand, Ctx, cand, fg_search, first_cue
from .vocab import CASUALTY_RX, POLITICAL_ARMED_RX, ignorecase

# Precedence ranks (lower wins; see rules.py for the whole ladder).
CRIME_PRIO = 11  # criminal violence is not political violence: it outranks the weapon rules
CRIME_AMONG_ARMED_PRIO = 34  # with rebels / militants around, the violent rules decide first
CRIME_SCORE = 0.7
ARREST_PRIO = 30  # after the violent events an arrest may follow
ARREST_SCORE = 0.8
CRIMINALS_ARRESTED_SCORE = 0.65  # arrests of criminals coded as organised crime: less sure
PROPERTY_PRIO = 19  # looting / destruction is an event of its own only without other violence
PROPERTY_WITH_CASUALTIES_PRIO = 27  # ... else after armed clash / attack (20 / 21)
PROPERTY_SCORE = 0.7

CRIME_RX = ignorecase(
    r"\b(?P<cue>rob(?:bed|bery|beries|bers?|bing|s)?|theft|thieves|thief|steal(?:ing|s)?|stole(?:n)?|"
    r"burglar(?:y|ies|s)?|gang(?:s|sters?)?(?!-?rap)|mafia|smuggl(?:e|ed|es|ing|ers?)|traffick(?:ing|ers?|ed)|"
    r"drug (?:trafficking|bust|haul|dealers?|lords?|rings?|smuggling)|narcotics?|cocaine|heroin|"
    r"methamphetamine|cannabis|counterfeit\w*|fake (?:currency|goods|notes)|fraud(?:ulent|sters?)?|"
    r"extortion|money laundering|illegal(?:ly)? (?:migra\w*|immigra\w*|border crossing|crossing|entry|"
    r"mining|logging|fishing)|migrants?|human trafficking|poach(?:ing|ers?)|racketeering|organi[sz]ed crime|"
    r"criminal (?:gang|network|group|ring)s?|carjack\w*|pickpocket\w*|shoplift\w*)\b")


def decide_crime(ctx: Ctx) -> list[Cand]:
    """Organised crime: its first cue, ranked by whether political armed groups are around."""
    sp = first_cue(ctx, CRIME_RX)
    if not sp:
        return []
    # criminal violence is not political violence; with rebels / militants around, the
    # violent rules decide and the crime word is context
    political = ctx.search(POLITICAL_ARMED_RX)
    c = cand(ctx, "ORG_CRIME", sp, CRIME_AMONG_ARMED_PRIO if political else CRIME_PRIO, CRIME_SCORE)
    if not political:
        c.bg = False  # a crime frames the whole report ("grenade exploded during a robbery")
    return [c]


ARREST_RX = ignorecase(
    r"\b(?P<cue>arrest(?:ed|s|ing)?|detain(?:ed|s|ing|ees?)?|detentions?|apprehend(?:ed|s|ing)?|"
    r"taken into custody|in custody|custody|round(?:ed|ing)? up|nabbed|nab|picked up|remanded|"
    r"held (?:incommunicado|without charge)|jailed|imprisoned|incarcerated)\b"
    r"|\b(?P<cue2>captur(?:ed|e|es|ing))\s+(?:\w+\s+){0,4}?(?:commanders?|leaders?|chiefs?|heads?|militants?|"
    r"fighters?|members?|suspects?|terrorists?|alive|him|her|them|spies|emir|deputy|kingpins?|individuals?|"
    r"jihadists?|gunmen)\b"
    r"|\b(?:were|was|been|being)\s+(?P<cue3>captured)\s+alive\b")


def decide_arrest(ctx: Ctx) -> list[Cand]:
    """Arrests; of criminals (a crime word, no political armed group), organised crime."""
    sp = first_cue(ctx, ARREST_RX)
    if not sp:
        return []
    crime = ctx.search(CRIME_RX)
    if crime and not ctx.search(POLITICAL_ARMED_RX):  # arrests of criminals: organised crime
        return [cand(ctx, "ORG_CRIME", sp, ARREST_PRIO, CRIMINALS_ARRESTED_SCORE)]
    return [cand(ctx, "ARREST", sp, ARREST_PRIO, ARREST_SCORE)]


PROPERTY_RX = ignorecase(
    r"\b(?P<cue>loot(?:ed|ing|ers?|s)?|ransack(?:ed|ing)?|vandali[sz](?:ed|ing|m)|vandals?|pillag(?:ed|ing)|"
    r"smash(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:windows?|doors?|cars?|vehicles?|shops?|statues?)|defac(?:ed|ing)|"
    r"torch(?:ed|ing)|set (?:on )?fire|set ablaze|arson|razed|demolish(?:ed|ing|es)?|demolitions?|"
    r"burn(?:ed|t|ing)\s+(?:down\s+)?(?:\w+\s+){0,3}?(?:homes?|houses?|shops?|stores?|propert(?:y|ies)|"
    r"buildings?|vehicles?|cars?|churches|mosques?|offices?|warehouses?|markets?|huts?|granaries)|"
    r"(?:homes?|houses?|shops?|stores?|propert(?:y|ies)|buildings?|offices?)\s+(?:\w+\s+){0,3}?"
    r"(?:burn(?:ed|t)|torched|destroyed|looted|razed|demolished|vandali[sz]ed)|"
    r"destr(?:oyed|uction of)\s+(?:\w+\s+){0,3}?(?:homes|houses|shops|propert(?:y|ies)|buildings|crops))\b")


def decide_property(ctx: Ctx) -> list[Cand]:
    """Looting / property destruction, ranked by whether people were also killed or hurt."""
    sp = first_cue(ctx, PROPERTY_RX)
    if not sp:
        return []
    # ACLED: looting/destruction is coded on its own only without other violence
    cas = fg_search(ctx, CASUALTY_RX)
    prio = PROPERTY_PRIO if cas is None else PROPERTY_WITH_CASUALTIES_PRIO
    return [cand(ctx, "PROPERTY_DISTRUCT", sp, prio, PROPERTY_SCORE)]

