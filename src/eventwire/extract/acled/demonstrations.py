"""Demonstrations family: mob violence, riots, force against protesters, protest with
intervention, peaceful protest.

The protest itself must be in the foreground (not the topic of another protest, not a
background clause); what happens to it (violence by protesters, lethal force against
them, dispersal or arrests) decides the sub-type.
"""
from __future__ import annotations

import re

from .context import Cand, Ctx, all_cues, cand, fg_search, first_cue
from .vocab import ignorecase

DEMONSTRATION_PRIO = 10  # after the specific weapons, before crime and the remaining violence
# riot behaviour with no protest word ("youths threw stones at police"): after armed clash
# and attack, which explain stones thrown at soldiers better
RIOT_WITHOUT_PROTEST_PRIO = 24

# the protest itself: a protest word, people who marched / gathered, a march through a place
PROTEST_RX = ignorecase(
    r"\b(?P<cue>protest(?:s|ers?|ors?|ed|ing)?|counter-?protest(?:s|ers)?|demonstrat(?:ion|ions|ors?|ed|ing|e)|"
    r"rall(?:y|ies|ied|ying)|(?:protest|street|peaceful)\s+march(?:es)?|marches|marchers|sit-?ins?|"
    r"(?-i:(?:the|a|their|this|that|his|her)\s+march)|"
    r"general strike|(?:went|go|are|were) on strike|strikers|hunger strike|walkouts?|pickets?|picketing|"
    r"vigils?|rioters?|(?<!anti-)riot(?:s|ing|ed)?(?!\s+(?:police|gear|squad|control|shields?|units?))|took to the streets|take to the streets|taking to the streets|"
    r"gilets jaunes|yellow vests|blockades?|boycott\w*)\b"
    r"|\b(?:people|thousands|hundreds|dozens|crowds?|residents|students|workers|activists|women|"
    r"supporters|citizens|youths?|opponents|villagers|farmers|relatives|families|mothers|"
    r"teachers|doctors|nurses|lawyers|journalists|members)\s+(?:[\w'’-]+\s+){0,4}?(?P<cue2>marched|gathered|"
    r"rallied|chanted|staged|held (?:a|up)|blocked)\b"
    r"|(?<!troops )(?<!soldiers )(?<!forces )(?<!army )(?<!fighters )(?<!militants )\b(?P<cue3>marched)\s+"
    r"(?:silently\s+|peacefully\s+)?(?:through|to|in|on|from|along|towards?)\s+(?:the\s+)?(?:streets?|city|"
    r"capital|town|centre|center|parliament|embassy|ministry|square|presidential|offices?|headquarters)\b")
# what makes it a violent demonstration: protesters throwing, burning, blocking, fighting police
PROT_VIOLENT_RX = ignorecase(
    r"\b(?P<cue>(?:threw|throw(?:ing|s)?|hurl(?:ed|ing|s)?|pelt(?:ed|ing|s)?|lobb(?:ed|ing)|fir(?:ed|ing))\s+"
    r"(?:\w+\s+){0,4}?(?:stones?|rocks?|bottles?|molotov\w*|petrol bombs?|fire ?bombs?|fireworks?|"
    r"projectiles?|bricks?|objects|eggs|missiles|firecrackers?|paint|fences?)|"
    r"(?:stone|rock)[- ]throw\w*|"
    r"clash(?:ed|es)?\s+with\s+(?:the\s+)?(?:\w+\s+)?(?:police|security|troops|forces|soldiers|officers|riot police)|"
    r"(?:set|setting)\s+(?:\w+\s+){0,3}?(?:on fire|ablaze|alight)|torch(?:ed|ing)|(?:burn(?:ed|t|ing))\s+"
    r"(?:\w+\s+){0,2}?(?:tyres|tires|cars?|vehicles?|buildings?|police|barricades?|effig\w*)|"
    r"vandali[sz](?:ed|ing|m)|smash(?:ed|ing)|loot(?:ed|ing)|riot(?:s|ing|ed|ers?)|turned violent|"
    r"violent (?:protests?|demonstrations?|clashes|confrontations?|rall(?:y|ies))|barricades?|"
    r"block(?:ed|ing)\s+(?:\w+\s+){0,3}?(?:roads?|highways?|streets?|road|entrance|traffic|railway|bridge)|"
    r"roadblocks?|stormed|attack(?:ed|ing)\s+(?:the\s+)?(?:police|officers|security)|scuffles?|"
    r"skirmish(?:es)?|aggressive (?:demonstrations?|protest\w*)|running battles|battled (?:with )?police|"
    r"clashes\s+(?:that\s+|which\s+)?(?:broke out|erupted)|injur(?:ed|ing) (?:\w+ )?(?:police|officers)|"
    r"violence erupted|rampag\w*|confront(?:ed|ing|s)?\s+(?:the\s+)?(?:riot\s+)?police)")
# riot behaviour that needs no protest word to say what happened
RIOT_ACT_RX = ignorecase(
    r"\b(?P<cue>(?:threw|throw(?:ing|s)?|hurl(?:ed|ing|s)?|pelt(?:ed|ing|s)?)\s+(?:\w+\s+){0,4}?(?:stones?|rocks?|"
    r"bottles?|molotov\w*|petrol bombs?|fire ?bombs?|fireworks?|bricks?|firecrackers?)\s+(?:\w+\s+){0,3}?"
    r"(?:at|on|towards?)\s+(?:the\s+)?(?:\w+\s+)?(?:police|officers|security|troops|soldiers|forces|vehicles?)|"
    r"(?:stone|rock)[- ]throwing|confront(?:ed|ing)\s+(?:the\s+)?police|clash(?:ed|es)\s+with\s+(?:riot\s+)?police)")
# excessive force against protesters: shooting, killing, beating
PROT_FORCE_RX = ignorecase(
    r"\b(?P<cue>open(?:ed)? fire|fired (?:live|on|at|into)|live (?:rounds|ammunition|bullets|fire)|"
    r"shot (?:dead|and killed|at)|shot|shoot(?:ing)?|kill(?:ed|ing|s)?|dead|deaths?|died|fatal(?:ly)?|"
    r"excessive force|brutal(?:ly|ity)?|beat(?:en|ing|s)?|batons?|clubs|bloody|massacre|"
    r"serious(?:ly)? (?:injur\w+|wounded)|lethal|deadly (?:crackdown|force)|crackdown|bayonet\w*|"
    r"attack(?:ed|s)? (?:against |on )?(?:the\s+)?(?:peaceful\s+)?(?:protest\w*|demonstrat\w*)|"
    r"hits? (?:a|the)\s+(?:\w+\s+)?(?:protester|demonstrator))\b")
# intervention short of excessive force: dispersal, tear gas, arrests
PROT_INTER_RX = ignorecase(
    r"\b(?P<cue>dispers(?:e|ed|es|ing|al)|tear ?gas|teargas|water ?cannons?|rubber bullets|pepper[- ]?spray\w*|"
    r"stun grenades?|flash-?bangs?|arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|detentions?|round(?:ed)? up|"
    r"suppress(?:ed|es|ing)?|broke up|break up|breaking up|block(?:ed)?\s+(?:them|the protesters|the march|"
    r"the demonstrators|protesters)|prevent(?:ed)? (?:\w+ ){0,3}from|banned|cordon\w*|kettl\w*|"
    r"forcibly (?:removed|evicted|cleared)|cleared (?:the|a)\s+(?:\w+\s+)?(?:square|camp|sit-in|protest)|"
    r"forcefully (?:suspended|dispersed|ended|removed)|intervened|in custody|crack(?:ed)? down)\b")
# mob violence: mobs, lynchings, vigilantes, angry crowds, rival groups
MOB_RX = ignorecase(
    r"\b(?P<cue>mobs?|lynch(?:ed|ing|ings|es)?|vigilantes?\s+(?:\w+\s+){0,3}?(?:beat|lynch|kill|attack|tortur|"
    r"burn|hack)\w*|by (?:a )?vigilantes?|jungle justice|mob justice|"
    r"angry (?:crowds?|residents|villagers|youths)\s+(?:\w+\s+){0,3}?(?:beat|killed|attacked|lynched|burned|set)|"
    r"(?:rival|opposing)\s+(?:groups?|protesters|demonstrators|rallies|crowds|supporters|factions|gangs)|"
    r"(?:beaten|beat|killed|burnt|burned|attacked) (?:\w+ ){0,3}by (?:an? )?(?:angry )?(?:crowd|mob|residents|villagers))\b")


def decide_demonstration(ctx: Ctx) -> list[Cand]:
    """Mob violence, or a foreground protest whose sub-type is what happened at it."""
    mob = first_cue(ctx, MOB_RX)
    if mob and not ctx.in_bg(mob[0]):
        return [cand(ctx, "MOB_VIOL", mob, DEMONSTRATION_PRIO, 0.8)]
    spans = [sp for sp in all_cues(ctx, PROTEST_RX) if not ctx.in_topic(sp[0])]
    if not spans:
        out = [cand(ctx, "MOB_VIOL", mob, DEMONSTRATION_PRIO, 0.6)] if mob else []
        # riot behaviour without a protest word ("youths threw stones at police")
        m = fg_search(ctx, RIOT_ACT_RX)
        if m:
            out.append(cand(ctx, "VIOL_DEMONSTR", m.span("cue"), RIOT_WITHOUT_PROTEST_PRIO, 0.55))
        return out
    fg_spans = [sp for sp in spans if not ctx.in_bg(sp[0])]
    pool = fg_spans or spans
    # a protest noun ("sit-in") is better evidence than the verb next to it ("held a")
    p = next((sp for sp in pool if not re.match(r"(?:gathered|chanted|staged|held|blocked)\b",
                                                 ctx.text[sp[0]:sp[1]], re.I)), pool[0])
    clauses = {ctx.clause_of(sp[0]) for sp in spans}

    def find(rx: re.Pattern[str]) -> tuple[int, int] | None:
        """First cue in the foreground or in a clause that names the protest; never in
        the protest's topic ("against police violence") and never negated."""
        for m in ctx.matches(rx):
            span = next((m.span(g) for g in ("cue", "cue2") if g in rx.groupindex and m.group(g) is not None),
                        m.span())
            if ctx.in_topic(span[0]) or ctx.negated(span[0]):
                continue
            if ctx.in_bg(span[0]) and ctx.clause_of(span[0]) not in clauses:
                continue
            return span
        return None

    if re.match(r"riot", ctx.text[p[0]:p[1]], re.I):
        return [cand(ctx, "VIOL_DEMONSTR", p, DEMONSTRATION_PRIO, 0.8)]
    viol, force, inter = find(PROT_VIOLENT_RX), find(PROT_FORCE_RX), find(PROT_INTER_RX)
    peaceful = re.search(r"\b(?:peaceful(?:ly)?|peacefull|non-?violent|unarmed)\b", ctx.text, re.I)
    label, cue, sc = "PEACE_PROTEST", p, 0.75
    if viol and not (peaceful and force):
        label, cue, sc = "VIOL_DEMONSTR", viol, 0.8
    elif force:
        label, cue, sc = "FORCE_AGAINST_PROTEST", force, 0.75
    elif inter:
        label, cue, sc = "PROTEST_WITH_INTER", inter, 0.75
    c = cand(ctx, label, cue, DEMONSTRATION_PRIO, sc)
    c.bg = not fg_spans  # the protest itself is only mentioned in a background clause
    return [c]

