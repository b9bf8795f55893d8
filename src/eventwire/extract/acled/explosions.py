"""Weapons families: disrupted weapons use (seized / defused / intercepted) and remote
explosives (IEDs, landmines, planted bombs, bare blasts).

Both decide between strengths of evidence rather than between labels alone: a reported
detonation demotes a weapons find, and an IED outranks a bomb, which outranks a bare
"explosion".
"""
from __future__ import annotations

import re

from .context import Cand, Ctx, cand
from .vocab import ignorecase

# Precedence ranks (lower wins; see rules.py for the whole ladder) and scores.
DISR_PRIO, DISR_SCORE = 8, 0.85  # a weapons find / defusal / interception, before the weapon rules
# a detonation reported in the foreground: the explosion rules decide, disrupted use only
# if nothing else fires
DISR_DEMOTED_PRIO, DISR_DEMOTED_SCORE = 60, 0.45
# remote explosives by strength of evidence: an IED / landmine / planted bomb, a bomb(ing),
# a bare blast or explosion (after armed clash / attack: a blast alone says little)
REM_BY_STRENGTH = {0: (13, 0.85), 1: (13.5, 0.75), 2: (23, 0.5)}
_DETONATION_LOOKBACK = 20  # characters before a detonation word searched for "could" / "before" / "to"
_PIT_LOOKBACK = 12  # characters before "mine" searched for "coal" / "gold" (a pit, not a landmine)

WEAPON_N = (r"weapons?|arms|armaments?|ammunitions?|ammo|munitions?|explosives?|explosive (?:devices?|materials?)|"
            r"devices?|ieds?|vbieds?|bombs?|grenades?|mines?|landmines?|rifles?|guns?|pistols?|firearms?|"
            r"handguns?|revolvers?|rockets?|missiles?|mortars?|rounds|cartridges?|bullets?|shells?|"
            r"detonators?|launchers?|rpgs?|drones?|projectiles?|machine-?guns?|ak-?47s?|kalashnikovs?|"
            r"arsenal|caches?|stash(?:es)?|depots?|arms haul|tnt|c-?4|packages?|parcels?|suicide vests?|"
            r"car bombs?|booby[- ]traps?|ordnance|uxo|warheads?|shells?")
DISR_VERB = (r"seiz(?:e|ed|es|ing|ure)|confiscat(?:e|ed|es|ing|ion)|recover(?:ed|s|ing|y)?|found|find|finds|"
             r"discover(?:ed|s|ing|y)?|uncover(?:ed|s|ing)?|unearth(?:ed|s)?|defus(?:e|ed|es|ing|al)|"
             r"dismantl(?:e|ed|es|ing)|disarm(?:ed|s|ing)?|deactivat(?:e|ed|es|ing)|neutrali[sz](?:e|ed|es|ing)|"
             r"intercept(?:ed|s|ing|ion)?|shot down|shoot down|shooting down|downed|destroy(?:ed|s|ing)|"
             r"clear(?:ed|s|ing)|impound(?:ed|s)?|foil(?:ed|s)?|thwart(?:ed|s)?|detected|spotted|"
             r"stockpiled|handed over|surrendered|captur(?:e|ed|es|ing)|rendered safe|safely detonated|"
             r"controlled explosion|bomb squad|bomb disposal")
NOT_HEAD = r"(?![-\w]|\s+(?:sites?|bases?|facilit(?:y|ies)|factor(?:y|ies)|plants?|launch\w*|pads?|units?|"\
            r"attacks?|strikes?|fire|programm?e?s?|experts?|squads?|makers?|making)\b)"
DISR_ACTIVE_RX = ignorecase(
    r"\b(?P<cue>%s)\s+(?:[\w,'’-]+\s+){0,6}?(?:%s)%s" % (DISR_VERB, WEAPON_N, NOT_HEAD))
DISR_PASSIVE_RX = ignorecase(
    r"\b(?:%s)%s\s+(?:(?:[\w'’(),-]+\s+){0,10}?(?:was|were|been|being|is|are|had been|have been|has been)\s+"
    r"(?:\w+\s+)?|(?:[\w'’-]+\s+)?)(?P<cue>%s)\b" % (WEAPON_N, NOT_HEAD, DISR_VERB))
DISR_NOUN_RX = ignorecase(
    r"\b(?P<cue>(?:weapons?|arms|ammunition|munitions?|explosives?)\s+(?:caches?|stash(?:es)?|haul|depots?|"
    r"seizures?|finds?)|caches?\s+of\s+(?:\w+\s+){0,2}(?:weapons|arms|ammunition|explosives)|"
    r"accidentally\s+(?:activated|detonated|triggered|set off|exploded)|prematurely\s+(?:exploded|detonated)|"
    r"exploded\s+prematurely|own\s+(?:bomb|explosives?|device)|bomb[- ]making|"
    r"(?:caches?|stash(?:es)?|depots?|hauls?|stockpiles?|hideouts?)\s+of\s+(?:[\w-]+\s+){0,3}?(?:weapons?|arms|ammunition|munitions?|explosives?|projectiles?|rockets?|missiles?|mortars?|grenades?|mines?|rifles?|guns?|firearms?|ieds?|bombs?)\b|"
    r"(?:air|missile)[- ]defen[cs]es?\s+(?:systems?\s+)?(?:intercepted|shot down|downed|destroyed|repelled))\b")
DETONATION_RX = ignorecase(
    r"\b(?:explod(?:ed|es|ing)|explosions?|blasts?|detonat(?:ed|es|ing|ion)|went off|go off|set off|blew up|"
    r"hurled|lobbed|threw|thrown|fired|struck|killed|wounded|injured|died)\b")


def decide_disrupted_weapons(ctx: Ctx) -> list[Cand]:
    """Disrupted weapons use: weapons seized / found / defused / intercepted, or a bomb
    that went off accidentally or prematurely; demoted when a real detonation is reported."""
    spans = []
    for rx in (DISR_NOUN_RX, DISR_ACTIVE_RX, DISR_PASSIVE_RX):
        for m in ctx.matches(rx):
            s, e = m.span("cue")
            if ctx.negated(s):
                continue
            frag = m.group(0).lower()
            cue = m.group("cue").lower()
            # "shot down an army helicopter" is an attack, "destroyed the warship" too: the
            # weapon noun must be the object; "captured" needs a weapon object (not a town)
            if cue in ("shot down", "shoot down", "shooting down", "downed") and re.search(
                    r"helicopter|plane|aircraft|jet", frag) and not re.search(r"drone|missile|rocket", frag):
                continue
            if rx is DISR_PASSIVE_RX and (re.search(r"\b(?:used|fired|launched|hurled|thrown)\b", frag)
                                           or cue.endswith("ing")):
                continue
            if rx is DISR_ACTIVE_RX and re.search(
                    r"\b(?:by|with|using|from|after|killing|killed|leaving|causing|when|which|used)\b",
                    frag[len(cue):]):
                continue
            spans.append((s, e, rx is DISR_NOUN_RX))
    if not spans:
        return []
    fg = [sp for sp in spans if not ctx.in_bg(sp[0])]
    s, e, strong = (fg or spans)[0]
    # an actual detonation / use reported in the foreground makes it an explosion event,
    # unless it was accidental or premature (which ACLED codes as disrupted weapons use)
    if not strong:
        for m in ctx.matches(DETONATION_RX):
            if ctx.in_bg(m.start()) or ctx.negated(m.start()):
                continue
            if re.search(r"\b(?:could|would|might|before|to)\s+(?:\w+\s+)?$",
                         ctx.text[max(0, m.start() - _DETONATION_LOOKBACK):m.start()], re.I):
                continue
            if m.group(0).lower() in ("killed", "wounded", "injured", "died", "fired", "struck"):
                continue
            return [cand(ctx, "DISR_WEAP", (s, e), DISR_DEMOTED_PRIO, DISR_DEMOTED_SCORE)]
    return [cand(ctx, "DISR_WEAP", (s, e), DISR_PRIO, DISR_SCORE)]


REM_RX = ignorecase(
    r"\b(?P<cue>improvised explosive(?: devices?)?|(?:rc|vb|pb)?ieds?|roadside bombs?|car bombs?|car-bombs?|"
    r"truck bombs?|bomb-laden|explosives?-laden|booby[- ]?trap(?:ped|s)?|land ?mines?|"
    r"(?:anti-(?:personnel|tank|vehicle)) mines?|mines?\s+(?:laid|planted|exploded|blast|explosion)|"
    r"(?:hit|struck|stepped on|drove over|ran over|detonated)\s+(?:an?\s+|a\s+)?(?:\w+\s+)?(?:land)?mines?|"
    r"magnetic bombs?|sticky bombs?|parcel bombs?|letter bombs?|pipe bombs?|time bombs?|remote(?:ly)?[- ]"
    r"(?:controlled|detonated)|(?:bombs?|explosive devices?|explosives?|devices?)\s+(?:\w+\s+){0,3}?"
    r"(?:exploded|went off|detonated|blew up|ripped)|(?:planted|placed|hidden|emplaced|detonated|set off|"
    r"triggered)\s+(?:an?\s+|the\s+|two\s+)?(?:\w+\s+){0,2}?(?:bombs?|explosives?|devices?)|"
    r"bombings?(?!\s+(?:campaign|raids?|runs?|missions?|sorties))|bomb attacks?|bomb blasts?|explosive devices?|"
    r"bombs?|blasts?|explosions?|explod(?:ed|es|ing)|detonat(?:ed|es|ing|ion))\b")
REM_STRONG = re.compile(r"improvised|ied|roadside|car.?bomb|truck bomb|mine|booby|magnetic|sticky|parcel|"
                        r"letter|pipe bomb|time bomb|remote|planted|placed|hidden|emplaced", re.I)


def decide_remote_explosive(ctx: Ctx) -> list[Cand]:
    """Remote explosive / landmine / IED: the strongest cue, foreground first."""
    spans = []
    for m in ctx.matches(REM_RX):
        s, e = m.span("cue")
        if ctx.negated(s):
            continue
        word = m.group("cue").lower()
        # "mine" in "coal mine", "gold mine" is a pit; "anti-tank" handled above
        if re.match(r"mines?\b", word) and re.search(r"\b(?:coal|gold|copper|salt|diamond)\s*$",
                                                    ctx.text[max(0, s - _PIT_LOOKBACK):s], re.I):
            continue
        strong = bool(REM_STRONG.search(word))
        spans.append((s, e, strong))
    if not spans:
        return []

    def rank(sp):  # IED / landmine / planted bomb > bomb(ing) > a bare blast or explosion
        word = ctx.text[sp[0]:sp[1]].lower()
        return 0 if sp[2] else (1 if "bomb" in word else 2)

    fg = [sp for sp in spans if not ctx.in_bg(sp[0])]
    best = min(fg or spans, key=lambda sp: (rank(sp), sp[0]))
    prio, sc = REM_BY_STRENGTH[rank(best)]
    c = cand(ctx, "REM_EXPLOS", best[:2], prio, sc)
    c.bg = not fg
    return [c]

