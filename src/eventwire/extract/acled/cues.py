"""Cue patterns of the rules that name one CASE label, with their filters.

Each pattern lists the wording a codebook would give for its label ("claimed
responsibility", "air strike", "hand grenade", ...); the named group ``cue`` (or
``cue2``, ``cue3``, ...) marks the words that carry the event. A ``keep_*`` predicate
drops a cue in a context that reads otherwise (drills, weapons tests, a violated
ceasefire); an ``accept_*`` predicate checks the chosen cue against the whole text. The
rules table (``rules.py``) gives each its label, precedence and score.
"""
from __future__ import annotations

import re

from .context import Ctx, fg_search
from .vocab import ignorecase

# attribution ----------------------------------------------------------------------------
# a claim or denial of responsibility
ATTRIB_STRONG_RX = ignorecase(
    r"\b(?P<cue>claim(?:ed|s|ing)?|took|takes|taking|take|taken|assum(?:ed|es|ing)|accept(?:ed|s)|"
    r"admit(?:ted|s)?)\s+(?:full\s+|sole\s+)?(?:responsibility|credit)\b"
    r"|\b(?P<cue2>claim)s?\s+of\s+responsibility\b"
    r"|\b(?P<cue5>claim(?:ed|s)?)\s+(?!(?:\w+\s+){0,3}?lives)(?:the\s+|an?\s+|this\s+|that\s+|[\w'’-]+['’]s\s+)?"
    r"(?:(?!to\b|that\b|it\b)[\w-]+\s+){0,2}?"
    r"(?:attacks?|ambush(?:es)?|bombings?|blasts?|explosions?|killings?|assaults?|raids?|shootings?|"
    r"abductions?|kidnappings?|assassinations?|strikes?|operations?)\b"
    r"|\b(?P<cue3>den(?:ied|ies|y|ying))\s+(?:\w+\s+){0,3}?(?:any\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:involvement|responsibility|role|links?|being behind|carrying out|complicity|accusations?|"
    r"allegations?|claims?|charges?|reports?|(?:an?|the)\s+(?:\w+\s+){0,2}report)\b"
    r"|\b(?P<cue4>reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing))\s+(?:the\s+|these\s+|"
    r"all\s+|any\s+)?(?:\w+\s+){0,3}?(?:accusations?|allegations?|claims?|charges?)\b"
)
# blame laid on someone (weak: it often reports the attack's background)
ATTRIB_WEAK_RX = ignorecase(
    r"\b(?P<cue>blam(?:ed|es|ing)|accus(?:ed|es|ing)|held)\s+(?:\w+\s+){1,5}?(?:for|of|responsible)\s+"
    r"(?:\w+\s+){0,3}?(?:the\s+|an?\s+)?(?:\w+\s+)?(?:attacks?|bombings?|blasts?|killings?|shootings?|"
    r"assault|explosions?|massacre|strikes?|carrying out|being behind|responsible)\b"
    r"|\b(?P<cue2>claimed by)\b"
    r"|\b(?:was|were|is|are)\s+(?P<cue3>responsible)\s+for\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}"
    r"(?:attacks?|bombings?|blasts?|killings?|shootings?)\b"
)


# diplomacy ------------------------------------------------------------------------------
DIPLO_RX = ignorecase(
    r"\b(?P<cue>expel(?:led|s|ling)?|expulsions?|oust(?:ed|s)?)\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:diplomats?|ambassadors?|envoys?|embassy|consul\w*|attach[eé]s?|diplomatic)\b"
    r"|\b(?:diplomats?|ambassadors?|envoys?|embassy staff\w*)\s+(?:\w+\s+){0,3}?(?P<cue2>expelled|ordered to leave)\b"
    r"|\b(?P<cue3>sanctions?|embargo(?:es)?|asset freezes?|travel bans?|visa bans?)\b"
    r"|\b(?P<cue4>sever(?:ed|s|ing)?|cut(?:s|ting)?|broke off|break off|suspend(?:ed|s)?|downgrad(?:ed|es)|"
    r"restor(?:ed|es|ing)|re-?establish(?:ed|es)?|normali[sz](?:ed|es|ing))\s+(?:its\s+|their\s+|all\s+)?"
    r"(?:diplomatic\s+)?(?:ties|relations)\b"
    r"|\b(?P<cue5>recall(?:ed|s|ing)?|summon(?:ed|s|ing)?)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ambassador|envoy|charg[eé]|diplomat)s?\b"
    r"|\b(?P<cue6>clos(?:e|ed|es|ing)|shut(?:s|ting)?)\s+(?:down\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w.-]+\s+){0,2}?(?:embassy|consulates?|embassies|mission)\b"
    r"|\b(?P<cue7>persona non grata|diplomatic (?:row|spat|rift|crisis|dispute))\b"
)


# disasters ------------------------------------------------------------------------------
NATURAL_RX = ignorecase(
    r"\b(?P<cue>earthquakes?|quakes?|temblors?|tremors?|aftershocks?|\d(?:\.\d)?[- ]magnitude|"
    r"tsunamis?|floods?(?!\s+of\b)|flooding(?!\s+(?:the|into)\s+(?:streets?|squares?|roads?))|"
    r"flooded(?!\s+(?:the|into|onto)\s+(?:streets?|squares?|roads?|city|capital))|flash[- ]floods?|"
    r"(?:high|strong|gale-force|powerful) winds|deluge|heavy rain(?:s|fall)?|torrential rains?|"
    r"rainfall|downpours?|monsoon|landslides?|mudslides?|avalanches?|cyclones?|hurricanes?|typhoons?|"
    r"tornado(?:es)?|tropical storms?|(?:severe|winter|snow|dust|sand|heavy)\s*storms?|storm surge|"
    r"blizzards?|snowstorms?|heat ?waves?|droughts?|wildfires?|wild fires?|bushfires?|bush fires?|"
    r"forest fires?|volcan(?:o|oes|ic)|eruptions?|lightning|hailstorms?|epidemics?|"
    r"(?<!violence )outbreak(?!\s+of\s+(?:violence|fighting|clashes|hostilities|war))|cholera|ebola|"
    r"famine|locusts?|natural disasters?)\b"
    r"|\b(?P<cue2>(?:covid(?:-?19)?|coronavirus|pandemic|virus|disease)\s+(?:\w+\s+){0,2}?(?:cases|infections?|"
    r"deaths|death toll|spread|outbreak|patients|positive)|(?:tested|testing) positive|infected)\b"
)
MANMADE_RX = ignorecase(
    r"\b(?P<cue>(?:fire|blaze|inferno)s?\s+(?:broke out|erupted|gutted|engulfed|ripped|raged|swept)|"
    r"caught fire|gutted by (?:a )?fire|burn(?:ed|t) (?:down )?in (?:a|the) (?:\w+ )?(?:fire|blaze)|"
    r"(?:gas|chemical|oil|fuel|ammonia|chlorine|radiation|radioactive|toxic|oxygen|water)\s+"
    r"(?:leaks?|leakage|spills?|poisoning|contamination)|leak(?:ed|s|age|ing)?|spill(?:ed|s|age)?|"
    r"derail(?:ed|ment|s)?|capsiz(?:ed|es|e)|shipwreck(?:ed)?|sank|overturned|"
    r"(?:car|bus|train|plane|road|traffic|boat|ferry|truck|lorry|air|helicopter|vehicle|one-car|two-car)\s+"
    r"(?:crash(?:es)?|accidents?|collisions?|disasters?)|collisions?|crashed|collapsed|collapse|"
    r"accident(?:ally|al|s)?|adulterated|contaminated|food poisoning|stampede|brakes? failed|veered off|"
    r"(?:plunged|plunging|fell|skidded)\s+(?:\w+\s+){0,2}?(?:into|off)\s+(?:an?|the)\s+(?:\w+\s+)?"
    r"(?:ravine|gorge|river|canal|sea|cliff|valley|bridge|road)|mechanical (?:failure|fault)|"
    r"(?:releas(?:ed|es|ing)|discharg(?:ed|es|ing)|dump(?:ed|s|ing))\s+(?:[\w,]+\s+){0,6}?"
    r"(?:water|wastewater|waste|chemicals?|sewage)|"
    r"(?:factory|plant|warehouse|refinery|pipeline|boiler|tanker|reactor|bunker|silo)\W+(?:[\w,'’-]+\s+){0,3}?"
    r"(?:exploded|caught fire|burst|collapsed)|"
    r"(?:factory|plant|warehouse|refinery|mine|pipeline|boiler|tanker|tank|cylinder|reactor|bunker|"
    r"transformer|depot|facility|workshop)\s+(?:exploded|explosion|blast|fire)|"
    r"(?:explosion|blast|fire)\s+(?:\w+\s+)?(?:at|in|ripped through|rocked|tore through|hit)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,4}?"
    r"(?:factory|plant|warehouse|refinery|mine|pipeline|depot|facility|workshop|store|market|"
    r"company|station|tank|building))\b"
)
# words that make an explosion/fire/"chemical" political violence rather than an accident
VIOLENT_ACTOR_RX = ignorecase(
    r"\b(?:militants?|terrorists?|insurgents?|rebels?|jihadists?|gunmen|attack(?:s|ed|ers?)?|bomb(?:s|er|ers|ing)?|"
    r"ieds?|explosive devices?|suicide|planted|shell(?:s|ing|ed)|airstrikes?|air strikes?|grenades?|"
    r"missiles?|rockets?|mortars?|troops|soldiers|army|protest\w*|demonstrat\w*|rioters?|"
    r"chemical (?:weapons?|attacks?)|poison(?:ous)? gas attack|sabotage)\b")


def accept_man_made(ctx: Ctx, span: tuple[int, int]) -> bool:
    """An accident, or no sign of political violence around it."""
    violent = fg_search(ctx, VIOLENT_ACTOR_RX)
    accidental = re.search(r"\baccident", ctx.text, re.I) and not re.search(
        r"accidentally (?:activated|detonated|triggered|set off|exploded)", ctx.text, re.I)
    return bool(not violent or accidental)


# sexual violence ------------------------------------------------------------------------
SEX_RX = ignorecase(
    r"\b(?P<cue>rap(?:e|ed|es|ing|ists?)|gang-?rap(?:e|ed|es|ing)|sexual(?:ly)?\s+(?:violence|abused?|"
    r"assault(?:ed|s)?|attacks?|exploitation|harass(?:ed|ment)|slavery|abuse)|sex(?:ual)? abuse|"
    r"molest(?:ation|ed|ing|s)?|sodomi[sz]ed|indecent(?:ly)? assault(?:ed)?|sexual crimes?)\b")


# chemical weapons -----------------------------------------------------------------------
CHEM_RX = ignorecase(
    r"\b(?P<cue>chemical (?:weapons?|attacks?|agents?|munitions?|strikes?|bombs?|shells?|substances?|gas)|"
    r"chlorine|sarin|(?:(?:sulfur|sulphur)\s+)?mustard gas|sulfur mustard|sulphur mustard|nerve (?:agent|gas)s?|"
    r"novichok|\bvx\b|toxic gas(?:es)?|poison(?:ous)? gas(?:es)?|poisonous (?:chemicals?|substances?)|"
    r"gas attacks?|phosgene|toxic chemicals?|chemical-laden|poison-gas)\b")
# what follows a chemical word when no weapon was used ("chemical weapons programme")
CHEM_NON_EVENT_RX = ignorecase(
    r"(?:weapons?\s+)?(?:facilit(?:y|ies)|programm?e?s?|stockpiles?|convention|inspectors?|watchdog|"
    r"investigat\w*|experts?|arsenal|production|plant|factory|sites?|leaks?|leakage|spills?)\b")


def keep_chemical(ctx: Ctx, m: re.Match[str], span: tuple[int, int]) -> bool:
    """Not a chemical weapons programme / inspection / leak, not tear gas."""
    nxt = ctx.text[span[1]:span[1] + 30]
    if CHEM_NON_EVENT_RX.match(nxt.lstrip()):
        return False
    # "tear gas" / "gas leak" are not chemical weapons
    return not re.search(r"tear\s*$", ctx.text[max(0, span[0] - 6):span[0]], re.I)


def accept_chemical(ctx: Ctx, span: tuple[int, int]) -> bool:
    """Chlorine or toxic chemicals count only with a weapon or attack around them."""
    word = ctx.text[span[0]:span[1]].lower()
    if word.startswith("chlorine") or word.startswith("toxic chem"):
        # chlorine alone: needs a weapon / attack context (else it is an industrial leak)
        if not re.search(r"\b(?:attack|bomb|barrel|shells?|munitions?|dropped|fired|used|weapon|rebels?|"
                         r"militants?|forces|army|helicopter|strikes?)\w*", ctx.text, re.I):
            return False
    return True


# suicide bombs --------------------------------------------------------------------------
SUIC_RX = ignorecase(
    r"\b(?P<cue>suicide[- ](?:bomb(?:er|ers|s|ing|ings)?|attacks?|attackers?|vests?|belts?|car bombs?|"
    r"truck bombs?|blasts?|explosions?|squads?|vehicle|car|truck|mission|operation|assault)|"
    r"suicide-bombers?|(?:blew|blow|blown|blowing|blows)\s+(?:himself|herself|themselves)\s+up|"
    r"(?:detonated|detonating|exploded|triggered)\s+(?:himself|herself|themselves)|self-detonat\w*|"
    r"s-?vbieds?|(?:explosives?|explosive-laden|bomb)\s+(?:vests?|belts?)|martyrdom operation|"
    r"(?:male|female|teenage|child)\s+bombers?)\b")


# air / drone strikes ----------------------------------------------------------------------
AIR_RX = ignorecase(
    r"\b(?P<cue>air[- ]?strikes?|airstrikes?|air[- ]raids?|aerial (?:bombardments?|attacks?|strikes?|bombings?|"
    r"raids?|campaign)|air (?:attacks?|bombardments?|campaign|power)|warplanes?|war planes?|fighter[- ]jets?|"
    r"fighter planes?|jets|fighter-bombers?|bomber (?:aircraft|planes?|jets?)|drone (?:strikes?|attacks?|raids?)|"
    r"drones?\s+(?:struck|hit|targeted|fired|attacked|bombed|dropped)|armed drones?|unmanned aerial vehicles?|"
    r"uavs?|helicopter gunships?|gunships?|(?:helicopters?|aircraft|planes?|jets?)\s+(?:\w+\s+){0,2}?"
    r"(?:fired|struck|attacked|bombed|dropped|targeted|strafed|pounded|hit|carried out)|barrel bombs?|"
    r"(?:combat\s+)?sorties|air forces?\s+(?:\w+\s+)?(?:bombed|struck|pounded|targeted|hit|jets|planes|raids?)|"
    r"bombed from the air|air-to-surface|air-launched|air missiles?|bombing raids?|carpet bomb\w*)\b")
# "strikes on / against ...": an air strike, weakly (not a general or hunger strike)
AIR_WEAK_RX = ignorecase(r"\b(?P<cue>(?<!general )(?<!hunger )strikes)\s+(?:on|against|targeted|targeting|hit|killed|"
                         r"destroyed|struck|pounded)\b")


# aircraft named without a strike: an air strike only with an action in their clause
AIRCRAFT_ONLY_RX = ignorecase(r"warplanes?|war planes?|fighter[- ]jets?|fighter planes?|jets|fighter-bombers?|"
                       r"bomber (?:aircraft|planes?|jets?)|unmanned aerial vehicles?|uavs?|gunships?|"
                       r"helicopter gunships?|(?:combat\s+)?sorties|armed drones?")
AIR_ACTION_RX = ignorecase(r"\b(?:struck|strik\w*|bomb(?:ed|ing|s)?|fir(?:ed|ing)|attack\w*|pound(?:ed|ing)|target\w*|"
                           r"raid\w*|hit|killed|killing|dropp\w*|strafed|destroy\w*|shell\w*|missiles?|rockets?|"
                           r"carried out|launched|combat|positions|gatherings)\b")


def keep_air(ctx: Ctx, m: re.Match[str], span: tuple[int, int]) -> bool:
    """Drills / mock targets are not strikes; aircraft alone are not an attack."""
    if re.search(r"\b(?:mock|drills?|exercises?|simulat\w*)\b", ctx.text[max(0, span[0] - 60):span[1] + 20], re.I):
        return False
    if AIRCRAFT_ONLY_RX.fullmatch(ctx.text[span[0]:span[1]]):
        cs, ce = ctx.clause_of(span[0])
        return bool(ctx.search(AIR_ACTION_RX, cs, ce))
    return True


# shelling / artillery / missiles ------------------------------------------------------------
ART_RX = ignorecase(
    r"\b(?P<cue>shell(?:ing|ed|s)|shellfire|artillery|mortars?|mortar (?:rounds?|shells?|bombs?|fire)|"
    r"rockets?|rocket-propelled grenades?|rpgs?|missiles?|katyushas?|grad rockets?|howitzers?|"
    r"tank (?:fire|shells?|attacks?|rounds?)|tanks?\s+(?:attacked|fired|shelled|opened fire)|"
    r"bombard(?:ed|ing|ment|ments|s)?|pound(?:ed|ing|s)|projectiles?|heavy weapons|cannon fire|"
    r"surface-to-surface|ballistic missiles?|cruise missiles?|anti-tank (?:missiles?|rockets?)|"
    r"shells?\s+(?:landed|hit|struck|fell|exploded))\b")
# what follows a missile word when none was fired at anyone ("missile programme", "deal")
ART_NON_EVENT_RX = ignorecase(
    r"(?:programm?e?s?|development|tests?|testing|test-fir\w*|launch(?:es|ed)? (?:of a )?(?:satellite)|pact|"
    r"treaty|defen[cs]e|shield|technology|deal|sales?|purchase|systems?\s+(?:were|was|have been)\s+deployed|"
    r"launchers?\s+(?:were|was)\s+(?:seized|found))\b")


def keep_artillery(ctx: Ctx, m: re.Match[str], span: tuple[int, int]) -> bool:
    """Not a weapons test, programme, deal or drill; "pounded" only in a military context."""
    nxt = ctx.text[span[1]:span[1] + 30].lstrip()
    if re.search(r"\btest(?:-?fir\w*|ed|s|ing)?\b", ctx.text[max(0, span[0] - 50):span[0]], re.I):
        return False  # weapons tests are "Other" strategic developments
    if ART_NON_EVENT_RX.match(nxt) or re.match(r"-(?:launching|firing|launch|making)\b|\s*(?:launch )?(?:sites?|"
                                                 r"bases?|units?|factor(?:y|ies)|brigades?|batter(?:y|ies)|"
                                                 r"launchers?)\b", ctx.text[span[1]:span[1] + 30], re.I):
        return False
    if re.search(r"\b(?:mock|drills?|exercises?)\b", ctx.text[max(0, span[0] - 60):span[1] + 30], re.I):
        return False
    # "pounded" needs a military subject/object context to mean shelling
    word = ctx.text[span[0]:span[1]].lower()
    if word.startswith("pound") and not re.search(r"positions?|army|forces|troops|artillery|militants?|"
                                                  r"terrorists?|rebels?|\bunits?\b", ctx.text, re.I):
        return False
    return True


# grenades -------------------------------------------------------------------------------
GRENADE_RX = ignorecase(r"(?<!propelled )(?<!propelled-)(?<!stun )(?<!smoke )(?<!gas )(?<!flash )"
                        r"\b(?P<cue>(?:hand[- ])?grenades?)\b")


# abductions -----------------------------------------------------------------------------
ABDUCT_RX = ignorecase(
    r"\b(?P<cue>abduct(?:ed|ion|ions|s|ing|ors?)?|kidnap(?:ped|ping|pings|s|pers?|per)?|"
    r"(?:taken|took|take|held|holding|seized)\s+(?:\w+\s+){0,3}?hostages?|hostages?|hostage-taking|"
    r"(?:forced|enforced|involuntary)\s+disappearances?|forcibly disappeared|disappeared|went missing|"
    r"whereabouts (?:remain |are |is )?unknown)\b")


def keep_abduction(ctx: Ctx, m: re.Match[str], span: tuple[int, int]) -> bool:
    """Releasing / swapping hostages is an agreement, not an abduction."""
    return not re.search(r"\b(?:releas\w*|freed|free|exchang\w*|swap\w*|rescu\w*)\s+(?:\w+\s+){0,3}$",
                         ctx.text[max(0, span[0] - 40):span[0]], re.I)


# strategic developments -------------------------------------------------------------------
AGREE_RX = ignorecase(
    r"\b(?P<cue>cease-?fires?|truces?|armistice|peace (?:deal|agreement|accord|treaty|talks|process|"
    r"negotiations|pact|plan|initiative|conference)|agreements?|agreed|agree|agrees|(?:a|the)\s+deal|"
    r"deals? (?:to|between|with|on)|(?:signed|sign|signs|signing)\s+(?:\w+\s+){0,4}?(?:agreement|deal|accord|"
    r"treaty|pact|memorandum|ceasefire|truce)|pacts?|treat(?:y|ies)|accords?|"
    r"prisoners? (?:swaps?|exchanges?|releases?)|exchang(?:e|ed|es|ing) (?:of )?(?:\w+\s+){0,2}?"
    r"(?:prisoners|detainees|captives|bodies|hostages)|swap(?:ped|s)?|in exchange for|"
    r"surrender(?:ed|s|ing)?|laid down (?:their )?(?:arms|weapons)|lay down (?:their )?(?:arms|weapons)|"
    r"negotiat(?:ions?|ed|ing)|talks|reconciliation|memorandum of understanding|evacuation deal|"
    r"amnesty|repatriat(?:ed|ion)|power-?sharing|released\s+(?:\w+\s+){0,3}?(?:prisoners|detainees|hostages|"
    r"captives))\b")
# an agreement broken or violated is no agreement event
AGREE_NEG_RX = ignorecase(r"(?:violat\w*|breach\w*|broke|breaking|despite|collapse\w*|undermin\w*)\s+(?:\w+\s+){0,3}$")


def keep_agreement(ctx: Ctx, m: re.Match[str], span: tuple[int, int]) -> bool:
    """Not a violated / broken / collapsed agreement."""
    left = ctx.text[max(0, span[0] - 40):span[0]]
    right = ctx.text[span[1]:span[1] + 20]
    if AGREE_NEG_RX.search(left) or re.match(r"\s*violations?", right, re.I):
        return False
    return True


# headquarters / base established
HQ_RX = ignorecase(
    r"\b(?P<cue>establish(?:ed|es|ing)?|set(?:ting|s)? up|buil[dt](?:ing|s)?|construct(?:ed|ing|s)?|"
    r"open(?:ed|s|ing)|creat(?:ed|es|ing)|install(?:ed|s|ing)?|erect(?:ed|s)?)\s+(?:\w+\s+){0,5}?"
    r"(?:(?:military\s+)?bases?|headquarters|hq|camps?|barracks|outposts?|observation (?:points?|posts?)|"
    r"military posts?|command (?:cent(?:er|re)s?|posts?)|garrisons?|checkpoints?|airbase|air base|"
    r"positions|military (?:facilit(?:y|ies)|installations?))\b"
    r"|\b(?:bases?|headquarters|camps?|barracks|outposts?|observation (?:points?|posts?)|checkpoints?)\s+"
    r"(?:\w+\s+){0,4}?(?:have been|has been|were|was|are being|being)\s+(?P<cue2>established|set up|built|"
    r"constructed|opened|erected)\b")


# change to group / activity: deployments, defections, withdrawals, new groups
CHANGE_RX = ignorecase(
    r"\b(?P<cue>deploy(?:ed|s|ing|ment|ments)?|re-?deploy\w*|reinforc(?:e|ed|es|ing|ements?)|"
    r"(?:sent|send|sends|sending|dispatch(?:ed|es)?|mov(?:ed|es|ing)|rush(?:ed)?|forward(?:ed)?)\s+"
    r"(?:more\s+|additional\s+|fresh\s+)?(?:\w+\s+){0,2}?(?:troops|reinforcements|forces|soldiers|fighters|"
    r"units|tanks|military (?:equipment|vehicles|convoys?)|warships?|jets)|defect(?:ed|ion|ions|ors?|s)?|"
    r"switch(?:ed)? sides|join(?:ed|s)? (?:the ranks|forces)|merg(?:ed|er|ing)|splinter\w*|"
    r"mobili[sz](?:e|ed|es|ing|ation)|withdr(?:ew|awn|awal|awing|aw|aws)|pull(?:ed|s|ing)? out|"
    r"relocat(?:ed|es|ion)|troop (?:movements?|build-?up)|military build-?up|build-?up of|drills?|"
    r"(?:military|joint|naval|war)\s+(?:exercises?|manoeuvres|maneuvers|games)|fortif(?:y|ied|ies|ying|ications?)|"
    r"(?:were|was|been|have been|has been)\s+formed|form(?:ed|s)? (?:a |an )?(?:new )?(?:\w+\s+)?"
    r"(?:groups?|units?|brigades?|militias?|alliances?|coalitions?|battalions?|forces)|"
    r"new (?:leader|commander|chief)|appointed (?:\w+ )?(?:commander|leader|chief)|recruit(?:ed|ing|ment|s)?|"
    r"entered (?:the )?(?:\w+\s+){0,3}?(?:airspace|air defen[cs]e identification zone|waters)|incursions?|"
    r"(?:on|placed on|put on) (?:high |full )?alert|disband(?:ed|s)?|renamed|dissolv(?:ed|es)|"
    r"patrol(?:s|led|ling)|buffer zone|stepped up (?:security|patrols)|heightened security|"
    r"security (?:was|has been) (?:tightened|beefed up|stepped up)|beef(?:ed)? up|tighten(?:ed)? security)\b")


# other strategic developments: weapons tests, mass graves, curfews
OTHER_RX = ignorecase(
    r"\b(?P<cue>(?:missile|rocket|nuclear|weapons?)\s+(?:tests?|launch(?:es)?|programm?e?s?|development)|"
    r"test-?fir(?:ed|es|ing)|tunnels?|mass graves?|(?:launched|launch of)\s+(?:a\s+)?(?:satellite|spy satellite)|"
    r"curfews?|state of (?:emergency|siege)|martial law|internet (?:shutdown|blackout)|"
    r"(?:bodies|corpses)\s+(?:\w+\s+){0,3}?(?:found|discovered|recovered|exhumed))\b")

