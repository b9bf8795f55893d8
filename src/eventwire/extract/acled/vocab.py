"""Shared vocabulary of the ACLED rules: who the actors are, whom they hit, casualties.

Regex fragments matched case-insensitively on the raw text. ``actor_kind`` reads a
phrase as state forces ('gov') or a non-state armed group ('nsa').
"""
from __future__ import annotations

import re

__all__ = ["ignorecase", "NSA_RX", "IS_RX", "PROGOV_RX", "GOV_RX", "MIL_TARGET_RX", "CIV_TARGET_RX",
           "CASUALTY_RX", "POLITICAL_ARMED_RX", "actor_kind"]


def ignorecase(pattern: str) -> re.Pattern[str]:
    """A rule pattern: news text capitalises freely, so every cue ignores case."""
    return re.compile(pattern, re.I)


# Actors: non-state armed groups (NSA) and state forces (GOV) ---------------------------
NSA = (r"rebels?|rebel|militants?|insurgents?|insurgency|jihadists?|jihadi|extremists?|terrorists?|"
       r"guerr?ill?as?|militias?|militiam[ae]n|fighters?|gunmen|gunman|bandits?|armed (?:groups?|men)|"
       r"taliban|al[- ]?shabaa?b|shabaa?b|boko haram|houthis?|islamic state|isis|isil|daesh|"
       r"al[- ]qa'?eda|aqap|aqim|hts|nusra|hayat tahrir|hezbollah|ypg|sdf|pkk|opposition|separatists?|"
       r"mujahid(?:ee|e|i)n|insurgent|takfiri|tribesmen|warlords?|kurdish (?:forces|fighters|militia)")
GOV = (r"army|armed forces|government|govt|regime|troops|soldiers?|military|police|policem[ae]n|"
       r"gendarmes?|gendarmerie|security forces|security personnel|marines|navy|air force|servicem[ae]n|"
       r"peacekeep\w*|amisom|coalition|federal forces|state forces|national guard|"
       r"forces loyal to|loyalist|paramilitar\w*|commandos?|special forces")
NSA_RX = ignorecase(r"\b(?:%s)\b" % NSA)
IS_RX = re.compile(r"\bIS\b")  # "IS militants": case-sensitive
PROGOV_RX = ignorecase(r"\bpro-?\s?government\b|\bgovernment-backed\b|\bregime-backed\b")
GOV_RX = ignorecase(r"\b(?:%s)\b" % GOV)

# Targets: military (an attack on them is an armed clash) and civilian (an attack)
MIL_TARGET = (r"bases?|camps?|checkpoints?|check-points?|posts?|outposts?|barracks|patrols?|convoys?|"
              r"soldiers?|troops|army|police\w*|policem[ae]n|security forces|forces|positions?|officers?|"
              r"personnel|military|servicem[ae]n|gendarmes?|guards?|peacekeepers?|militias?|militiam[ae]n|"
              r"fighters?|militants?|rebels?|insurgents?|terrorists?|jihadists?|headquarters|garrison|"
              r"airbase|air base|station|units?|brigade|battalion|commanders?|recruits|trainees|headquarter|hq|"
              r"academy|training cent(?:er|re)|compound|vehicles?|tanks?|helicopters?|aircraft|"
              r"jets?|warships?|ships?|frontline|front line|defen[cs]es")
CIV_TARGET = (r"civilians?|villagers?|people|persons|residents?|worshipp?ers|students?|pupils|children|"
              r"women|girls|boys|men|passengers|farmers?|herders?|traders?|shoppers|villages?|markets?|"
              r"churches|church|mosques?|schools?|college|university|campus|hotels?|bars?|restaurants?|"
              r"cafes?|teahouse|shops?|buses|bus|homes?|houses?|hospitals?|clinics?|doctors?|nurses?|"
              r"journalists?|reporters?|teachers?|pastors?|priests?|imams?|aid workers?|families|family|"
              r"pilgrims|mourners|wedding|funeral|refugees?|camp for displaced|displaced|tourists?|"
              r"communit(?:y|ies)|settlements?|neighbou?rhoods?|town(?:s|ship)?|farm(?:s|ers)?|motorists|"
              r"travell?ers|commuters|worshippers|congregation|crowds?|kids|infants?|elderly|chief|"
              r"politicians?|candidates?|officials?|lawmakers?|mayor|councill?or|businessm[ae]n|"
              r"activists?|bystanders|pedestrians")
MIL_TARGET_RX = ignorecase(r"\b(?:%s)\b" % MIL_TARGET)
CIV_TARGET_RX = ignorecase(r"\b(?:%s)\b" % CIV_TARGET)

# Casualty words: someone was killed or hurt
CASUALTY_RX = ignorecase(r"\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|die|fatalit(?:y|ies)|wound(?:ed|ing|s)?|"
                         r"injur(?:ed|ing|ies|y)|casualt(?:y|ies)|lives|bodies|massacred?|slaughter(?:ed|ing)?|"
                         r"shot dead|gunned down)\b")

# Political armed groups: violence near them is political, not crime
POLITICAL_ARMED_RX = ignorecase(
    r"\b(?:rebels?|militants?|insurgents?|insurgency|jihadists?|terrorists?|militias?|militiam[ae]n|"
    r"mujahid\w*|taliban|al[- ]?shabaa?b|boko haram|islamic state|isis|isil|daesh|al[- ]qa'?eda|houthis?|"
    r"separatists?|guerr?ill?as?|armed groups?)\b")

# prepositions that start a modifier of an actor's noun phrase ("forces *in* a crackdown on ...")
PP_CUT_RX = ignorecase(r"\s(?:in|on|at|of|from|with|against|near|during|after|under|amid|across|along|into|"
                       r"through|over|to|for|since|inside|around|outside)\s")


def actor_kind(phrase: str) -> str | None:
    """'gov' (state forces or their affiliates), 'nsa' (rebels, militants, ...) or None.

    The head of the phrase decides ("security forces in a crackdown on Taliban
    militants" is 'gov'): prepositional modifiers are cut before looking."""
    if not phrase:
        return None
    if PROGOV_RX.search(phrase) or re.search(r"loyal to (?:the )?(?:government|president|regime)", phrase, re.I):
        return "gov"
    head = PP_CUT_RX.split(" " + phrase + " ", maxsplit=1)[0]
    for part in (head, phrase):
        if NSA_RX.search(part) or IS_RX.search(part):
            return "nsa"
        if GOV_RX.search(part):
            return "gov"
    return None
