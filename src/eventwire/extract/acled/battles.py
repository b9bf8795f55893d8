"""Battles family: territory changing hands, armed clashes, attacks on civilians.

Territory: who took the place (government forces regain, a non-state actor overtakes)
or whether it was handed over without a fight. Violence: an armed clash when both sides
are armed, an attack when the victims are civilians (``_attack_target``).
"""
from __future__ import annotations

import re

from .context import Cand, Ctx, all_cues, cand, fg_search, first_cue
from .crime import ARREST_RX
from .demonstrations import PROTEST_RX
from .vocab import CIV_TARGET_RX, MIL_TARGET_RX, NSA_RX, actor_kind, ignorecase

# Precedence ranks (lower wins; see rules.py for the whole ladder).
TERRITORY_PRIO = 15  # after the weapon rules (a town shelled, then taken, is a shelling first)
CLASH_PRIO = 20  # a clash word: both sides fought
ATTACK_ON_ARMED_PRIO = 20.5  # an attack word with an armed target: a clash, just after a clash word
ATTACK_PRIO = 21  # an attack on civilians
WEAK_CLASH_PRIO = 22  # a clash word only an operation / crackdown / combat supports
OUTCOME_ONLY_PRIO = 45  # killing words alone: after the strategic developments they may follow
OUTCOME_ONLY_FACTOR = 0.8  # ... and less sure
_ATTACK_CUES_TRIED = 4  # foreground attack cues whose target is read before settling for a weak one

# what is taken (places, positions, control) and the verbs that take it
PLACE_N = (r"towns?|city|cities|villages?|districts?|district cent(?:er|re)|areas?|regions?|provinces?|"
           r"territor(?:y|ies)|hills?|hilltops?|heights|mountains?|bases?|air ?bases?|airports?|airfields?|"
           r"ports?|border (?:crossings?|points?|posts?)|crossings?|neighbou?rhoods?|positions?|strongholds?|"
           r"oil ?fields?|gas ?fields?|capital|headquarters|checkpoints?|islands?|valley|bridges?|highways?|"
           r"roads?|dams?|settlements?|localit(?:y|ies)|outskirts|parts|control|countryside|suburbs?|"
           r"quarters?|camps?|outposts?|sites?|hub|junction|stations?|farms?|compound|governorate|county|"
           r"municipality|enclaves?|pockets?|zone|front|frontline|province's|district's|hq|barracks|"
           r"garrison|posts?|state|prefecture|fortress|castle|palace|hospital|complex")
TAKE_VERB = (r"recaptur(?:e|ed|es|ing)|retak(?:e|en|es|ing)|retook|regain(?:ed|s|ing)?|"
             r"re-?gain(?:ed)?|recover(?:ed|s|ing)?|reclaim(?:ed|s|ing)?|liberat(?:e|ed|es|ing|ion)|"
             r"free(?:d)?|captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|took|tak(?:e|en|es|ing)|overr(?:a|u)n|"
             r"overtook|overtake|overtaken|conquer(?:ed|s)?|(?<!-)occup(?:y|ied|ies|ying)|gain(?:ed|s)?|"
             r"wrest(?:ed)?|snatch(?:ed)?|storm(?:ed)?\s+and\s+(?:took|captured|seized)|"
             r"(?:pushed|drove|driven|drive|pushing|driving|forced|expelled|flushed|kicked|cleared|purged|"
             r"purging|clearing|ousted|routed)")
# "<verb> ... <place>": "recaptured the town", "drove the militants out of the district"
TERR_ACTIVE_RX = ignorecase(
    r"\b(?P<cue>%s)\s+(?:back\s+|out\s+|off\s+)?(?:full\s+|complete\s+|total\s+)?(?:control\s+(?:of|over)\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?P<obj>%s)\b" % (TAKE_VERB, PLACE_N))
# control phrases: took control of (cue), fell to (cue2), were pushed out of (cue3),
# was recaptured (cue4), handed over (cue5: a non-violent transfer)
TERR_CTRL_RX = ignorecase(
    r"\b(?P<cue>(?:took|take|takes|taken|taking|seized|seize|seizes|seizing|gained|gain|gains|gaining|"
    r"regained|regain|regains|regaining|recovered|recover|assumed|assume|wrested|established|retook|"
    r"retaken|retake|restored|restore|imposed)\s+(?:full\s+|complete\s+|total\s+|effective\s+)?control)\b"
    r"|\b(?P<cue2>(?:fell|fall|falls|falling|fallen)\s+(?:\w+\s+)?to)\s+(?:the\s+)?"
    r"|\b(?P<cue5>hand(?:ed|s|ing)? over|handover of|surrender(?:ed|s)?)\s+(?:control\s+(?:of|over)\s+)?"
    r"(?=(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:towns?|city|cities|villages?|districts?|areas?|regions?|provinces?|territor(?:y|ies)|bases?|airports?|ports?|border (?:crossings?|posts?)|positions?|capital|checkpoints?|airfields?|strongholds?|oil ?fields?)\b)"
    r"|\b(?P<cue3>(?:were|was|have been|has been|had been|being)\s+(?:\w+\s+)?(?:pushed|driven|forced|expelled|"
    r"ousted|flushed|cleared|routed)\s+(?:back\s+|out\s+)?(?:from|of|out))\b"
    r"|\b(?P<cue4>(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:recaptured|retaken|liberated|"
    r"captured|seized|overrun|taken))\b")
# a take-over without a fight (non-violent transfer of territory)
NVTT_RX = ignorecase(
    r"\b(?P<cue>withdr(?:ew|awn|awal|awing|aw|aws)|pull(?:ed|s|ing)? out|pull(?:ed|ing)? back|pullout|"
    r"vacat(?:ed|es|ing)|abandon(?:ed|s|ing)|evacuat(?:ed|ion)|handed over|hand over|handover|"
    r"without (?:a |any )?(?:fight|resistance|firing a (?:single )?shot|bloodshed|clashes|fighting)|"
    r"unopposed|deserted|left the (?:town|city|area|village))\b")
# objects that make "captured" / "seized" an arrest, not a take-over
PERSON_OBJ_RX = ignorecase(
    r"^(?:[\w'’-]+\s+){0,4}?(?:commanders?|leaders?|chiefs?|heads?|militants?|fighters?|members?|suspects?|"
    r"terrorists?|rebels?|soldiers?|men|man|women|persons?|people|prisoners?|hostages?|him|her|them|alive|"
    r"spies|spy|insurgents?|kingpins?|emir|deputy|officers?|individuals?|jihadists?|gunmen)\b")


def decide_territory(ctx: Ctx) -> list[Cand]:
    """Who took a place (government forces regain / a non-state actor overtakes), or
    whether it changed hands without a fight."""
    hits = [hit for rx in (TERR_CTRL_RX, TERR_ACTIVE_RX) for m in ctx.matches(rx)
            if (hit := _territory_hit(ctx, rx, m)) is not None]
    if not hits:
        return []
    hits.sort()
    fg = [h for h in hits if not ctx.in_bg(h[0])] or hits
    s, e, g, ctrl, verb = fg[0]
    if g == "cue5":  # handing a place over is a non-violent transfer
        return [cand(ctx, "NON_VIOL_TERRIT_TRANSFER", (s, e), TERRITORY_PRIO, 0.7)]
    # non-violent: withdrawal / no resistance around the take-over
    nv = fg_search(ctx, NVTT_RX, *ctx.sent_of(s))
    if nv is None:
        nv = first_cue(ctx, NVTT_RX)
        nv = nv if nv and re.search(r"withdr|pull|vacat|abandon|hand|without|unopposed|deserted",
                                    ctx.text[nv[0]:nv[1]], re.I) else None
    else:
        nv = nv.span("cue")
    if nv and not re.search(r"\b(?:clash\w*|fighting|battles?|attack\w*|fierce|heavy fighting|offensive|"
                            r"bombardment|assault)\b", ctx.text[ctx.sent_of(s)[0]:ctx.sent_of(s)[1]], re.I):
        return [cand(ctx, "NON_VIOL_TERRIT_TRANSFER", (s, e), TERRITORY_PRIO, 0.7)]
    kind = _who_takes(ctx, s, e, g, verb)
    label = "GOV_REGAINS_TERIT" if kind == "gov" else "NON_STATE_ACTOR_OVERTAKES_TER"
    return [cand(ctx, label, (s, e), TERRITORY_PRIO, 0.75 if kind else 0.5)]


def _territory_hit(ctx: Ctx, rx: re.Pattern[str], m: re.Match[str]) -> tuple | None:
    """(start, end, cue group, control phrase?, verb) of a take-over cue that says a place
    changed hands; None for an attempt, an adjective, a person or weapons taken, ..."""
    g = next(n for n in ("cue", "cue2", "cue3", "cue4", "cue5") if n in rx.groupindex and m.group(n) is not None)
    s, e = m.span(g)
    if ctx.negated(s):
        return None
    verb = m.group(g).lower()
    after = ctx.text[e:e + 60]
    before = ctx.text[max(0, s - 40):s]
    # an attempt is not a take-over ("an attack to capture the positions was repelled");
    # "IS-occupied", "rebel-held" are adjectives
    if re.search(r"\b(?:to|trying to|tried to|attempt(?:ed|ing)? to|bid to|aim(?:ed|ing)? to|effort to|"
                 r"bid for|plans? to|seeking to|sought to|try to|will|would|could|vow(?:ed|s)? to)\s+"
                 r"(?:\w+\s+)?$", before, re.I) or before.endswith("-"):
        return None
    if g == "cue4" and not re.search(r"(?:\b(?:%s)\b|\b[A-Z][\w'’-]+)\s+(?:[\w'’,-]+\s+){0,3}$" % PLACE_N,
                                     before):
        return None  # "a motorist has been taken to hospital": the patient must be a place
    if g == "cue4" and verb.endswith("taken") and re.match(r"\s+(?:to|into|away|in|for)\b", after):
        return None  # "The wounded were taken to hospital", "Both men were taken to the city jail"
    if g == "cue" and rx is TERR_CTRL_RX and not re.match(
            r"\s+(?:of|over)\s+(?:[\w'’,-]+\s+){0,6}?(?:(?:%s)\b|[A-Z])" % PLACE_N, after):
        return None  # "take control of services"
    if rx is TERR_ACTIVE_RX:
        if re.match(r"(?:took|tak(?:e|en|es|ing)|gain(?:ed|s)?|free(?:d)?)$", verb) \
                and not re.match(r"\s+(?:over\s+|full\s+|complete\s+|total\s+)?control|\s+over\b", after):
            return None  # "took a position", "freed the hostages", "gained ground" too vague
        if re.match(r"(?:pushed|drove|driven|drive|pushing|driving|forced|expelled|flushed|kicked|"
                    r"cleared|purged|purging|clearing|ousted|routed)$", verb):
            # "pushed the militants out of / back from <place>"
            if not re.match(r"\s+(?:[\w'’-]+\s+){0,4}?(?:out of|out from|back from|from|away from)\s+"
                            r"(?:[\w'’-]+\s+){0,4}?(?:%s)\b" % PLACE_N, after):
                return None
        elif PERSON_OBJ_RX.match(after.lstrip()) and not re.match(
                r"\s+(?:[\w'’-]+\s+){0,3}?(?:positions?|control|areas?|bases?|strongholds?)", after):
            return None
        if re.match(r"\s+(?:\w+\s+){0,4}?(?:weapons|arms|ammunition|explosives)", after):
            return None
    return s, e, g, rx is TERR_CTRL_RX, verb


def _who_takes(ctx: Ctx, s: int, e: int, group: str, verb: str) -> str | None:
    """'gov' or 'nsa': who took the place (the patient of a passive lost it), or None."""
    after = ctx.text[e:e + 120]
    if group == "cue2":  # "fell to the Taliban": the object of "to" took it
        return actor_kind(re.split(r"[,.;]", after)[0]) or "nsa"
    if group == "cue3":  # "militants were pushed back from ...": the patient lost it
        subj, _ = ctx.subject_text(s, e)
        k = actor_kind(subj)
        return {"nsa": "gov", "gov": "nsa"}.get(k or "", "gov")
    subj, agent = ctx.subject_text(s, e)
    if group == "cue4" and not agent:
        mby = re.match(r"\s*(?:\w+\s+){0,6}?by\s+([^,.;]{1,80})", after)
        if mby:
            return actor_kind(mby.group(1))
        # "X was recaptured" without agent: "from <loser>" decides
        mfrom = re.search(r"\bfrom\s+([^,.;]{1,60})", after)
        if mfrom:
            k = actor_kind(mfrom.group(1))
            return {"nsa": "gov", "gov": "nsa"}.get(k or "")
        return "gov" if re.match(r"re|liberat", verb) else None
    k = actor_kind(subj)
    if k:
        return k
    if not subj.strip():  # clause without its own subject: the sentence subject before it
        k = actor_kind(ctx.text[ctx.sent_of(s)[0]:s])
        if k:
            return k
    mfrom = re.search(r"\bfrom\s+(?:the\s+)?([^,.;]{1,60})", after)
    if mfrom:
        kl = actor_kind(mfrom.group(1))
        if kl:
            return {"nsa": "gov", "gov": "nsa"}[kl]
    # fall back to the actors mentioned before the verb in the sentence
    left = ctx.text[ctx.sent_of(s)[0]:s]
    k = actor_kind(left)
    if k:
        return k
    return "gov" if re.match(r"re|liberat", verb) else None


# both sides fought
CLASH_RX = ignorecase(
    r"\b(?P<cue>clash(?:ed|es|ing)?|fighting|fought|battl(?:e|es|ed|ing)|gun ?battles?|fire-?fights?|"
    r"gun-?fights?|shoot-?outs?|exchange[sd]? (?:of )?(?:fire|gunfire|heavy fire)|exchanged fire|"
    r"trading fire|traded fire|skirmish(?:es)?|engag(?:ed|ement|ements)\s+(?:in\s+)?(?:with|heavy|fierce|"
    r"the|in)|ambush(?:ed|es|ing)?|came under (?:heavy )?(?:fire|attack)|repel(?:led|s|ling)?|"
    r"repuls(?:ed|es|ing)|fended off|foiled an? (?:\w+ )?attack|counter-?attack(?:ed|s)?|counter-?offensive|"
    r"offensive|inflict(?:ed|ing)? (?:heavy |huge |great )?(?:losses|casualties)|hostilities|"
    r"crossfire|cross-fire|firing (?:between|on)|heavy (?:fighting|gunfire)|armed confrontations?|"
    r"confrontations?|combat|operations? against|military operation|crackdown on|assault on)\b")
# one side struck (armed clash or attack, by the target)
ATTACK_RX = ignorecase(
    r"\b(?P<cue>attack(?:ed|s|ing|ers?)?|raid(?:ed|s|ing)?|storm(?:ed|ing|s)|assault(?:ed|s|ing)?|"
    r"charg(?:ed)|set upon|open(?:ed|s)? fire|fir(?:ed|ing) (?:on|at|upon|into)|shot dead|shot and killed|"
    r"gunned down|shot|shooting|shootings|killings?|kill(?:ed|s|ing)?|massacre[ds]?|slaughter(?:ed|ing)?|"
    r"behead(?:ed|ing)|execut(?:ed|ion|ions)|hacked|stabbed|stabbing|machete|assassinat(?:ed|ion|e)|"
    r"murder(?:ed|s)?|invaded|torched|burn(?:ed|t) alive|targeted|lynched|tortured?|beat(?:en)?|"
    r"violence|violent)\b")
# outcome words: killing / shooting said, not how (a weak attack cue)
WEAK_ATTACK_RX = ignorecase(r"kill(?:ed|s|ing)?|killings?|shot|shooting|shootings|violence|violent|targeted|beat(?:en)?|"
                            r"execut(?:ed|ion|ions)|torture|tortured")
# who else is in the sentence when the target alone does not decide
STATE_SIDE_RX = ignorecase(r"\b(?:army|troops|soldiers?|police\w*|security forces|military|forces|"
                           r"bases?|checkpoints?|posts?|positions)\b")
CIVILIANS_RX = ignorecase(r"\b(?:civilians?|villagers?|residents|people)\b")
STATE_FORCES_RX = ignorecase(r"\b(?:army|troops|soldiers?|police\w*|security forces|military|"
                             r"government forces)\b")
FORCES_HIT_RX = ignorecase(r"\b(?:soldiers?|troops|police\w*|security forces|army)\b.*"
                           r"\b(?:killed|wounded|injured|dead)\b|\b(?:killed|wounded|injured)\b"
                           r".{0,40}\b(?:soldiers?|troops|police\w*|security forces)\b")


def _keep_clash(ctx: Ctx, m: re.Match[str], sp: tuple[int, int]) -> bool:
    """A fight against corruption or disease is no battle; an operation, crackdown,
    combat or confrontation alone is a weak clash cue."""
    return not re.search(
        r"\b(?:against|of)\s*$|(?:fight|battle)\s+against\s+(?:corruption|poverty|covid|disease|crime|drugs)",
        ctx.text[max(0, sp[0] - 12):sp[1] + 25], re.I) and not re.match(
        r"operations?|military operation|crackdown|combat|confrontation", ctx.text[sp[0]:sp[1]], re.I)


def decide_battle_or_attack(ctx: Ctx) -> list[Cand]:
    """Armed clash and / or attack: clash words, and attack words whose target decides
    (``_attack_target``); both left to the demonstration rules in a protest's sentence."""
    clash = first_cue(ctx, CLASH_RX, keep=_keep_clash)
    weak_clash = first_cue(ctx, CLASH_RX)
    attacks = []
    for sp in all_cues(ctx, ATTACK_RX):
        word = ctx.text[sp[0]:sp[1]].lower()
        ss, se = ctx.sent_of(sp[0])
        if word.startswith("raid") and ctx.search(ARREST_RX, ss, se):
            continue  # "raids to detain activists" are arrests
        if word in ("violence", "violent") and not re.match(r"\s+(?:against|on)\b", ctx.text[sp[1]:sp[1] + 10]):
            continue
        attacks.append(sp)
    # clashes / attacks in a sentence about a protest are for the demonstration rules
    protest_sents = {ctx.sent_of(p[0]) for p in all_cues(ctx, PROTEST_RX) if not ctx.in_topic(p[0])}

    def protest_sentence(sp):
        return ctx.sent_of(sp[0]) in protest_sents

    if clash and protest_sentence(clash):
        clash = None
    attacks = [a for a in attacks if not protest_sentence(a)]
    out = []
    if clash:
        out.append(cand(ctx, "ARMED_CLASH", clash, CLASH_PRIO, 0.75))
    if not attacks:
        if weak_clash and not clash:
            out.append(cand(ctx, "ARMED_CLASH", weak_clash, WEAK_CLASH_PRIO, 0.5))
        return out
    strong = [a for a in attacks if not WEAK_ATTACK_RX.fullmatch(ctx.text[a[0]:a[1]])]
    pool = strong or attacks
    fg = [a for a in pool if not ctx.in_bg(a[0])] or pool
    a, (label, sc) = fg[0], _attack_target(ctx, fg[0])
    for other in fg[1:_ATTACK_CUES_TRIED]:
        if sc >= 0.7:
            break
        lab2, sc2 = _attack_target(ctx, other)
        if sc2 > sc:
            a, label, sc = other, lab2, sc2
    if strong:
        out.append(cand(ctx, label, a, ATTACK_ON_ARMED_PRIO if label == "ARMED_CLASH" else ATTACK_PRIO, sc))
    else:  # only outcome words ("killed", "dead"): weak, a background cause may explain them
        out.append(cand(ctx, label, a, OUTCOME_ONLY_PRIO, sc * OUTCOME_ONLY_FACTOR))
    return out


def _attack_target(ctx: Ctx, span: tuple[int, int]) -> tuple[str, float]:
    """Armed clash when both sides are armed (military target, or state forces killing
    militants), attack when the victims are civilians."""
    s, e = span
    ss, se = ctx.sent_of(s)
    after = ctx.text[e:min(se, e + 90)]
    # object / target of the attack verb
    tgt_txt = re.split(r"[.;]|\b(?:after|when|as|while|according|said|says)\b", after)[0]
    tok = ctx.token_at(s)
    if tok is not None:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "pobj", "nsubjpass")]
        objs += [gc for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "upon", "into")
                 for gc in c.children if gc.dep_ == "pobj"]
        if objs:
            tgt_txt = " ".join(" ".join(t.text for t in o.subtree) for o in objs)
    mil_t = MIL_TARGET_RX.search(tgt_txt)
    civ_t = CIV_TARGET_RX.search(tgt_txt)
    subj, agent = ctx.subject_text(s, e)
    if agent:  # passive: "civilians were killed by militants": the subject is the victim
        victims = ctx.text[ss:s]
        civ_t = civ_t or CIV_TARGET_RX.search(victims[-80:])
        mil_t = mil_t or MIL_TARGET_RX.search(victims[-80:])
    who = actor_kind(subj)
    if mil_t and (not civ_t or mil_t.start() < civ_t.start()):
        return "ARMED_CLASH", 0.7
    if civ_t:
        return "ATTACK", 0.7
    # searches in the sentence text[ss:se]
    has_mil = ctx.search_in(MIL_TARGET_RX, ss, se)
    if who == "gov" and ctx.search_in(NSA_RX, ss, se):
        return "ARMED_CLASH", 0.6
    if who == "nsa" and ctx.search_in(STATE_SIDE_RX, ss, se):
        return "ARMED_CLASH", 0.6
    if ctx.search_in(CIVILIANS_RX, ss, se) and not has_mil:
        return "ATTACK", 0.6
    if ctx.search_in(NSA_RX, ss, se) and ctx.search_in(STATE_FORCES_RX, ss, se):
        return "ARMED_CLASH", 0.55  # both armed sides named
    if has_mil and who is None and ctx.search_in(FORCES_HIT_RX, ss, se):
        return "ARMED_CLASH", 0.55
    return "ATTACK", 0.5
