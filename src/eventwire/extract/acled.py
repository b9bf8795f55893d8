"""Sentence-level ACLED event type / sub-event type classifier (rules, no training).

``classify_acled(text, plover_type=None, doc=None)`` assigns one of the 30 CASE 2021
task-2 labels to a sentence or short report and maps it to the ACLED event type and
sub-event type. It is a cascade, cheap first:

1. **Cue rules** (lexical patterns a codebook would list: "claimed responsibility",
   "air strike", "improvised explosive device", "opened fire on protesters",
   "recaptured the town", ...), one rule family per label group. Every family that
   fires proposes one candidate with a precedence rank (lower wins), following the
   ACLED codebook's precedence (most specific weapon first, violent before strategic
   developments):

   claim / denial of responsibility (1) > diplomatic measure (2) > natural (3) /
   man-made disaster (4, only without armed actors or when "accidental") > sexual
   violence (5) > chemical weapon (6) > suicide bomb (7) > disrupted weapons use (8;
   demoted when a real detonation is reported) > air/drone strike (9) > demonstrations
   (10: mob violence, violent demonstration, excessive force, protest with
   intervention, peaceful protest) > organised crime (11, without rebels/militants
   around) > shelling/artillery/missile (12) > IED/landmine (13) > grenade (14) >
   territory (15: government regains / non-state actor overtakes / non-violent
   transfer) > abduction (17) > looting/property destruction without casualties (19)
   > armed clash (20) / attack (21, decided by the target) > bare "explosion" (23) >
   arrests (30) > agreement (31) > headquarters established (32) > change to
   group/activity (33) > casualty words alone (45) > other (50) > "blamed for" (95).
   A cue inside a background clause ranks ``_BG_PENALTY`` (20) steps lower.

   Families decide between their members with context: *who* acts (government forces
   vs rebels for territory, via the syntactic subject or passive agent when a spaCy
   ``doc`` is given, a left-context window otherwise), *whom* they act on (military
   target -> armed clash, civilians -> attack; peaceful protesters shot -> excessive
   force), negation ("no group has claimed responsibility" is not an attribution) and
   background clauses ("... in retaliation for a chemical attack", "after clashes",
   "protests against the arrest of ...": cues there only count when nothing in the
   foreground decides).
2. **Fallback** for text no rule decides: the PLOVER type if given, then a generic
   casualty-word score. Text with no cue at all gets ``case_label="OTHER"`` with
   ``event_type=None``, ``sub_event_type=None``, ``cue=None`` and ``score=0.0``
   (undecided / not an ACLED event).

Labels that are not ACLED sub-event types (ORG_CRIME, NATURAL_DISASTER,
MAN_MADE_DISASTER, DIPLO, ATTRIB) carry ``event_type=None`` and ``sub_event_type=None``.

Negation decision: "no one claimed responsibility" / "has yet to claim" is NOT an
ATTRIB event (the claim did not happen); the sentence falls through to the event it
reports. A *denial* of responsibility ("denied involvement in the attack") IS an
ATTRIB event (an attribution statement).

Nothing here is trained on CASE data; the rules come from the ACLED codebook's
definitions and ordinary news wording. See ``benchmarks/case_probe.py`` for the
measured scores on the CASE 2021 dev snippets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

__all__ = ["AcledLabel", "classify_acled", "CASE_LABELS", "CASE_TO_ACLED", "acled_for_case"]


@dataclass(frozen=True)
class AcledLabel:
    event_type: str | None
    sub_event_type: str | None
    case_label: str
    cue: tuple[int, int] | None
    score: float


_BAT, _ERV, _VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
_PRO, _RIO, _STR = "Protests", "Riots", "Strategic developments"

CASE_TO_ACLED: dict[str, tuple[str | None, str | None]] = {
    "ARMED_CLASH": (_BAT, "Armed clash"),
    "GOV_REGAINS_TERIT": (_BAT, "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": (_BAT, "Non-state actor overtakes territory"),
    "CHEM_WEAP": (_ERV, "Chemical weapon"),
    "AIR_STRIKE": (_ERV, "Air/drone strike"),
    "SUIC_BOMB": (_ERV, "Suicide bomb"),
    "ART_MISS_ATTACK": (_ERV, "Shelling/artillery/missile attack"),
    "REM_EXPLOS": (_ERV, "Remote explosive/landmine/IED"),
    "GRENADE": (_ERV, "Grenade"),
    "SEX_VIOL": (_VAC, "Sexual violence"),
    "ATTACK": (_VAC, "Attack"),
    "ABDUCT_DISSAP": (_VAC, "Abduction/forced disappearance"),
    "PEACE_PROTEST": (_PRO, "Peaceful protest"),
    "PROTEST_WITH_INTER": (_PRO, "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": (_PRO, "Excessive force against protesters"),
    "VIOL_DEMONSTR": (_RIO, "Violent demonstration"),
    "MOB_VIOL": (_RIO, "Mob violence"),
    "AGREEMENT": (_STR, "Agreement"),
    "ARREST": (_STR, "Arrests"),
    "CHANGE_TO_GROUP_ACT": (_STR, "Change to group/activity"),
    "DISR_WEAP": (_STR, "Disrupted weapons use"),
    "HQ_ESTABLISHED": (_STR, "Headquarters or base established"),
    "PROPERTY_DISTRUCT": (_STR, "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": (_STR, "Non-violent transfer of territory"),
    "OTHER": (_STR, "Other"),
    # CASE labels outside the ACLED taxonomy
    "ORG_CRIME": (None, None),
    "NATURAL_DISASTER": (None, None),
    "MAN_MADE_DISASTER": (None, None),
    "DIPLO": (None, None),
    "ATTRIB": (None, None),
}
CASE_LABELS: tuple[str, ...] = tuple(sorted(CASE_TO_ACLED))


def acled_for_case(case_label: str) -> tuple[str | None, str | None]:
    """ACLED (event_type, sub_event_type) of a CASE label; (None, None) outside ACLED."""
    return CASE_TO_ACLED.get(case_label, (None, None))


# --------------------------------------------------------------------------------------
# vocabulary (regex fragments; matched case-insensitively on the raw text)
# --------------------------------------------------------------------------------------

def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# Actors -------------------------------------------------------------------------------
_NSA = (r"rebels?|rebel|militants?|insurgents?|insurgency|jihadists?|jihadi|extremists?|terrorists?|"
        r"guerr?ill?as?|militias?|militiam[ae]n|fighters?|gunmen|gunman|bandits?|armed (?:groups?|men)|"
        r"taliban|al[- ]?shabaa?b|shabaa?b|boko haram|houthis?|islamic state|isis|isil|daesh|"
        r"al[- ]qa'?eda|aqap|aqim|hts|nusra|hayat tahrir|hezbollah|ypg|sdf|pkk|opposition|separatists?|"
        r"mujahid(?:ee|e|i)n|insurgent|takfiri|tribesmen|warlords?|kurdish (?:forces|fighters|militia)")
_GOV = (r"army|armed forces|government|govt|regime|troops|soldiers?|military|police|policem[ae]n|"
        r"gendarmes?|gendarmerie|security forces|security personnel|marines|navy|air force|servicem[ae]n|"
        r"peacekeep\w*|amisom|coalition|federal forces|state forces|national guard|"
        r"forces loyal to|loyalist|paramilitar\w*|commandos?|special forces")
_NSA_RX = _rx(r"\b(?:%s)\b" % _NSA)
_IS_RX = re.compile(r"\bIS\b")  # "IS militants": case-sensitive
_PROGOV_RX = _rx(r"\bpro-?\s?government\b|\bgovernment-backed\b|\bregime-backed\b")
_GOV_RX = _rx(r"\b(?:%s)\b" % _GOV)

_MIL_TARGET = (r"bases?|camps?|checkpoints?|check-points?|posts?|outposts?|barracks|patrols?|convoys?|"
               r"soldiers?|troops|army|police\w*|policem[ae]n|security forces|forces|positions?|officers?|"
               r"personnel|military|servicem[ae]n|gendarmes?|guards?|peacekeepers?|militias?|militiam[ae]n|"
               r"fighters?|militants?|rebels?|insurgents?|terrorists?|jihadists?|headquarters|garrison|"
               r"airbase|air base|station|units?|brigade|battalion|commanders?|recruits|trainees|headquarter|hq|"
               r"academy|training cent(?:er|re)|compound|vehicles?|tanks?|helicopters?|aircraft|"
               r"jets?|warships?|ships?|frontline|front line|defen[cs]es")
_CIV_TARGET = (r"civilians?|villagers?|people|persons|residents?|worshipp?ers|students?|pupils|children|"
               r"women|girls|boys|men|passengers|farmers?|herders?|traders?|shoppers|villages?|markets?|"
               r"churches|church|mosques?|schools?|college|university|campus|hotels?|bars?|restaurants?|"
               r"cafes?|teahouse|shops?|buses|bus|homes?|houses?|hospitals?|clinics?|doctors?|nurses?|"
               r"journalists?|reporters?|teachers?|pastors?|priests?|imams?|aid workers?|families|family|"
               r"pilgrims|mourners|wedding|funeral|refugees?|camp for displaced|displaced|tourists?|"
               r"communit(?:y|ies)|settlements?|neighbou?rhoods?|town(?:s|ship)?|farm(?:s|ers)?|motorists|"
               r"travell?ers|commuters|worshippers|congregation|crowds?|kids|infants?|elderly|chief|"
               r"politicians?|candidates?|officials?|lawmakers?|mayor|councill?or|businessm[ae]n|"
               r"activists?|bystanders|pedestrians")
_MIL_TARGET_RX = _rx(r"\b(?:%s)\b" % _MIL_TARGET)
_CIV_TARGET_RX = _rx(r"\b(?:%s)\b" % _CIV_TARGET)

_CASUALTY_RX = _rx(r"\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|die|fatalit(?:y|ies)|wound(?:ed|ing|s)?|"
                   r"injur(?:ed|ing|ies|y)|casualt(?:y|ies)|lives|bodies|massacred?|slaughter(?:ed|ing)?|"
                   r"shot dead|gunned down)\b")

# Background clauses: cues inside them describe context, not the reported event.
_BG_TRIGGER_RX = _rx(
    r"\b(?:after|following|in (?:retaliation|response|reaction|revenge) (?:for|to)|retaliat\w+ (?:for|against)|"
    r"amid|amidst|ahead of|in the wake of|in anticipation of|despite|in the face of|accused of|"
    r"blamed for|suspected of|weeks? after|days? after|months? after|years? after|based on|"
    r"the scene of|the site of|where|since|prior to|before|in connection with|linked to|"
    r"in the aftermath of|was due to|in the run-?up to|while|whereas|who|whose|which|"
    r"that\s+(?:had|has|have|was|were|is|are|carried|killed|left|claimed|caused|targeted)|"
    r"(?:that|which|who)\s+(?:had|has|have)\s+been)\b")
_TOPIC_TRIGGER_RX = _rx(
    r"\b(?:(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|strikes?|sit-?ins?|vigils?|anger|outrage)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:against|over|at)(?!\s+(?:each other|one another))|"
    r"(?:is|are|was|were)\s+(?:over|against)|"
    r"demanding|demand|condemning|denouncing|calling for|call for|to mourn|"
    r"to protest|to demand|to denounce|to condemn|in solidarity with|for the release of|"
    r"in support of|in memory of|justice for|to commemorate|to show their anger|to express|"
    r"decrying|protesting|to oppose|opposing)\b")
_CLAUSE_END_RX = re.compile(r"[,;:.!?()\"“”]|\s[-–—]\s|\n|\bbut\b|\bwhile\b|\bwhereas\b", re.I)

_NEG_BEFORE_RX = _rx(r"(?:\b(?:no|not|never|nobody|none|neither|nor|without|yet to|no one|"
                     r"failed to|n't)\b|n't)(?!\s+(?:fewer|less|more|only|longer|sooner)\b)\W+(?:\w+\W+){0,3}$")

_SENT_SPLIT_RX = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“'])")


# --------------------------------------------------------------------------------------
# fast matching (identical results, less work)
# --------------------------------------------------------------------------------------
# Patterns over the text run through the context object (``_Ctx.finditer`` / ``search`` /
# ``search_in`` / ``matches``, all-matches lists cached per text), which
#   (a) skips a pattern when the text lacks literal strings that every match needs (its
#       "requirement", derived once from the parsed pattern, see ``_req``), and
#   (b) runs a case-sensitive copy of an IGNORECASE pattern on the lowercased text, which
#       the regex engine scans several times faster.
# Both are exact because the "lowercased" text maps each character to a stand-in that every
# pattern item matches without IGNORECASE exactly when it matches the original character
# with it (ASCII: its lowercase; é/É: é; ſ: s; K: k; İ/ı: i, see ``_rep``), one for one so
# offsets stay; text with a character that has no sure stand-in takes the plain path.
# Group text from (b) is lowercase, so callers only use spans or ``.lower()`` of group text.

from re import _parser as _sre  # noqa: E402  (Python 3.11: the regex parser)

try:
    from re._casefix import _EXTRA_CASES as _CASE_FIXES  # noqa: E402  (IGNORECASE's extra equivalents)
except ImportError:  # pragma: no cover - other Python versions: no non-ASCII stand-ins
    _CASE_FIXES = None

_REPEAT_OPS = tuple(op for op in (getattr(_sre, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"))
                    if op is not None)
_ATOMIC_OP = getattr(_sre, "ATOMIC_GROUP", None)
_ASCII_RUN_RX = re.compile(r"[\x00-\x7f]+")
_ASCII = [chr(i) for i in range(128)]


def _plain_char(c: str) -> bool:
    """Pattern character c matches under IGNORECASE exactly the text characters whose
    stand-in (``_rep``) is c."""
    if c.isascii():
        return c.lower() == c
    if c.lower() == c == c.upper():
        return True  # no case at all
    # a lowercase non-ASCII character (é) in no special IGNORECASE equivalence (ſ ~ s)
    return (c.lower() == c and _CASE_FIXES is not None and ord(c) not in _CASE_FIXES
            and not any(re.fullmatch(re.escape(c), a, re.I) for a in _ASCII))


_REP: dict[str, str | None] = {}
_CLASS_RXS = (re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d"))
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _rep(c: str) -> str | None:
    """Stand-in for a non-ASCII text character c: a lowercase character that each pattern
    item allowed on the fast path (``_lowerable``) matches without IGNORECASE exactly when
    it matches c with it, and that is in the same \\w / \\s / \\d classes; None if unsure."""
    try:
        return _REP[c]
    except KeyError:
        pass
    tied = [a for a in _ASCII_LETTERS if re.fullmatch(a, c, re.I)]
    r: str | None
    if len(tied) == 1:
        r = tied[0]  # ſ -> s, K -> k, İ/ı -> i
    elif tied:
        r = None
    else:
        r = c.lower()
        if (len(r) != 1 or r.isascii() or r.lower() != r or _CASE_FIXES is None
                or ord(r) in _CASE_FIXES or ord(c) in _CASE_FIXES):
            r = None
    if r is not None and any(bool(x.match(c)) != bool(x.match(r)) for x in _CLASS_RXS):
        r = None
    _REP[c] = r
    return r


def _lowerable(items) -> bool:
    """Every item of the parsed pattern matches a text character under IGNORECASE exactly
    when it matches the character's stand-in without it (so the pattern without
    IGNORECASE finds the same matches in the lowercased text)."""
    for op, av in items:
        if op is _sre.LITERAL or op is _sre.NOT_LITERAL:
            if not _plain_char(chr(av)):
                return False
        elif op is _sre.IN:
            for iop, iav in av:
                if iop is _sre.LITERAL:
                    if not _plain_char(chr(iav)):
                        return False
                elif iop is _sre.RANGE:
                    lo, hi = iav
                    if hi > 127 or (lo <= ord("Z") and hi >= ord("A")):
                        return False
                elif iop not in (_sre.NEGATE, _sre.CATEGORY):
                    return False
        elif op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if del_flags & re.I or not _lowerable(sub):
                return False
        elif op is _sre.BRANCH:
            if not all(_lowerable(b) for b in av[1]):
                return False
        elif op in _REPEAT_OPS:
            if not _lowerable(av[2]):
                return False
        elif op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            if not _lowerable(av[1]):
                return False
        elif _ATOMIC_OP is not None and op is _ATOMIC_OP:
            if not _lowerable(av):
                return False
        elif op not in (_sre.AT, _sre.ANY, _sre.CATEGORY):
            return False  # back-references and anything unknown: keep the plain path
    return True


# Requirements. A leaf is a lowercase string that must occur in the lowercased text; a
# leading "\x00" means it must start a word there (start a maximal \w+ run), which is
# tested first through the set of the words' first four characters. Inner nodes are
# ("and", [...]) and ("or", [...]); None requires nothing.
_MIN_REQ = 2  # shorter strings are too common to be worth testing
_LANG_CAP = 64  # most strings a run of literal items is expanded to
_WB = "\x00"  # word-boundary marker inside expanded strings
_WORD_RX = re.compile(r"\w+")
_LEAD_WORD_RX = re.compile(r"\w*")


def _lang(op, av) -> set[str] | None:
    """The few exact (lowercased) strings item op/av can match, or None. A word boundary
    gives the marker, other zero-width assertions the empty string (ignoring a condition
    only weakens a requirement)."""
    if op is _sre.LITERAL:
        ch = chr(av).lower()
        return {ch} if len(ch) == 1 and _plain_char(ch) else None
    if op is _sre.AT:
        return {_WB} if av is _sre.AT_BOUNDARY else {""}
    if op is _sre.IN:
        chars = set()
        for iop, iav in av:
            if iop is not _sre.LITERAL:
                return None
            ch = chr(iav).lower()
            if len(ch) != 1 or not _plain_char(ch):
                return None
            chars.add(ch)
        return chars if len(chars) <= 4 else None
    if op is _sre.SUBPATTERN:
        return _seq_lang(av[3])
    if op is _sre.BRANCH:
        out: set[str] = set()
        for b in av[1]:
            lb = _seq_lang(b)
            if lb is None:
                return None
            out |= lb
        return out if len(out) <= _LANG_CAP else None
    if op in _REPEAT_OPS and av[0] == 0 and av[1] == 1:
        sub = _seq_lang(av[2])
        return None if sub is None else sub | {""}
    return None


def _seq_lang(items) -> set[str] | None:
    lang = {""}
    for op, av in items:
        li = _lang(op, av)
        if li is None or len(lang) * len(li) > _LANG_CAP:
            return None
        lang = {a + b for a in lang for b in li}
    return lang


def _is_space_run(op, av) -> bool:
    """A run of one or more whitespace characters (what follows it starts a word)."""
    if op not in _REPEAT_OPS or av[0] < 1 or len(av[2]) != 1:
        return False
    iop, iav = av[2][0]
    return iop is _sre.IN and all(x == (_sre.CATEGORY, _sre.CATEGORY_SPACE) for x in iav)


def _leaf(s: str, anchored: bool) -> str:
    """Requirement leaf of an expanded string (markers removed; anchored when it starts a word)."""
    anchored = anchored or s.startswith(_WB)
    s = s.replace(_WB, "")
    if anchored and _LEAD_WORD_RX.match(s).end() > 0:
        return _WB + s
    return s


def _req(items, anchored: bool = False):
    """What every match of the parsed pattern items (with its lookarounds) requires;
    ``anchored``: the items start where a word may start (after a word boundary or
    whitespace)."""
    parts: list = []
    lang = {""}  # strings the run of literal items so far can match
    run_anchored = anchored  # the run starts where a word may start

    def flush():
        if lang - {"", _WB}:
            parts.append(_any_of([_leaf(x, run_anchored) for x in sorted(lang)]))
    for op, av in items:
        li = _lang(op, av)
        if li is not None and len(lang) * len(li) <= _LANG_CAP:
            lang = {a + b for a in lang for b in li}
            continue
        # the item starts where the run started if the run consumed nothing
        item_anchored = (run_anchored or lang == {_WB}) if lang <= {"", _WB} else False
        flush()
        lang, run_anchored = {""}, False
        r = None
        if op is _sre.SUBPATTERN:
            r = _req(av[3], item_anchored)
        elif _ATOMIC_OP is not None and op is _ATOMIC_OP:
            r = _req(av, item_anchored)
        elif op is _sre.BRANCH:
            r = _any_of([_req(b, item_anchored) for b in av[1]])
        elif op in _REPEAT_OPS:
            if av[0] >= 1:
                r = _req(av[2], item_anchored)  # the first repetition
            run_anchored = _is_space_run(op, av)
        elif op is _sre.ASSERT:
            r = _req(av[1], item_anchored and av[0] == 1)
        if r is not None:
            parts.append(r)
        if li is not None:  # a small language too big to join the run: start a new run with it
            lang, run_anchored = li, item_anchored
    flush()
    return _all_of(parts)


def _bare(x: str) -> str:
    return x[1:] if x.startswith(_WB) else x


def _implies(a, b: str) -> bool:
    """Requirement a (a leaf or an "and" node) implies leaf b."""
    if not isinstance(a, str):
        return a[0] == "and" and any(isinstance(c, str) and _implies(c, b) for c in a[1])
    if a == b:
        return True
    sa, sb = _bare(a), _bare(b)
    if not b.startswith(_WB):
        return sb in sa
    if a.startswith(_WB) and sa.startswith(sb):
        return True
    # b starts a word inside a: after a non-word character of a
    i = sa.find(sb, 1)
    while i > 0:
        if not _LEAD_WORD_RX.match(sa[i - 1]).end():
            return True
        i = sa.find(sb, i + 1)
    return False


def _all_of(parts: list):
    items = []
    for p in parts:
        if p is None or (isinstance(p, str) and len(_bare(p)) < _MIN_REQ):
            continue  # dropping a condition only weakens the requirement
        items.extend(p[1] if isinstance(p, tuple) and p[0] == "and" else [p])
    out: list = []
    for i, p in enumerate(items):  # a leaf implied by another conjunct adds nothing
        if p in out or (isinstance(p, str) and any(j != i and q != p and (not isinstance(q, str) or _bare(p) in q)
                                                   and _implies(q, p) for j, q in enumerate(items))):
            continue
        out.append(p)
    if not out:
        return None
    if len(out) == 1:
        return out[0]
    out.sort(key=lambda p: (0, -len(_bare(p))) if isinstance(p, str) else (1, 0))  # longest (rarest) first
    return ("and", out)


def _any_of(alts: list):
    if any(a is None or (isinstance(a, str) and len(_bare(a)) < _MIN_REQ) for a in alts):
        return None  # some alternative requires nothing (worth testing)
    items = []
    for a in alts:
        items.extend(a[1] if isinstance(a, tuple) and a[0] == "or" else [a])
    leaves = [(b, _bare(b)) for b in items if isinstance(b, str)]

    def redundant(a) -> bool:  # a implies another plain alternative (a bare substring first)
        if isinstance(a, str):
            sa = _bare(a)
            return any(sb in sa and b != a and _implies(a, b) for b, sb in leaves)
        return a[0] == "and" and any(isinstance(c, str) and any(sb in _bare(c) and _implies(c, b) for b, sb in leaves)
                                     for c in a[1])
    out: list = []
    for a in items:
        if a in out or redundant(a):
            continue
        out.append(a)
    return out[0] if len(out) == 1 else ("or", out)


# compiled form: (is_or, strings, keys, strings by key, subnodes). Plain strings are tested
# with `in`; anchored ones first by their key in the set of keys of the text's words (each
# word's first four characters, or all of a shorter word), then with `in` unless the key
# is all of the string.

def _key(x: str) -> str | None:
    """Key of an anchored leaf: the first four characters of the word it starts, or all of
    that word when the leaf shows where it ends (a non-word character follows); None when
    the leaf has neither (a short leaf like "die" may start "died")."""
    s = _bare(x)
    n = _LEAD_WORD_RX.match(s).end()
    if n >= 4:
        return s[:4]
    if 0 < n < len(s):
        return s[:n]
    return None


def _compile_req(req):
    if req is None:
        return None
    if isinstance(req, str):
        req = ("or", [req])
    kind, items = req
    plain, bykey, subs = [], {}, []
    for x in items:
        if not isinstance(x, str):
            subs.append(_compile_req(x))
        elif x.startswith(_WB) and _key(x) is not None:
            bykey.setdefault(_key(x), []).append(_bare(x))
        else:
            plain.append(_bare(x))
    if kind == "and":  # all keys present, then all strings longer than their key
        plain += [s for k, ss in bykey.items() for s in ss if s != k]
    return (kind == "or", tuple(plain), frozenset(bykey), {k: tuple(v) for k, v in bykey.items()}, tuple(subs))


def _holds(req, low: str, keys: set[str]) -> bool:
    is_or, plain, rkeys, bykey, subs = req
    if is_or:
        if plain and any(map(low.__contains__, plain)):
            return True
        if rkeys and not rkeys.isdisjoint(keys):
            for k in rkeys & keys:
                ss = bykey[k]
                if ss[0] == k or any(map(low.__contains__, ss)):
                    return True
        for r in subs:
            if _holds(r, low, keys):
                return True
        return False
    if rkeys and not rkeys <= keys:
        return False
    for x in plain:
        if x not in low:
            return False
    for r in subs:
        if not _holds(r, low, keys):
            return False
    return True


def _analyse(rx: re.Pattern[str]):
    """(lowercase variant of rx or None, compiled requirement or None) of a pattern."""
    try:
        tree = _sre.parse(rx.pattern, rx.flags)
    except Exception:  # pragma: no cover - the pattern compiled, so it parses
        return None, None
    low_rx = None
    if rx.flags & re.I and isinstance(rx.pattern, str) and _lowerable(tree):
        low_rx = re.compile(rx.pattern, rx.flags & ~re.I)
    if rx.flags & (re.ASCII | re.LOCALE) or not isinstance(rx.pattern, str):
        return low_rx, None  # word boundaries of another kind than _WORD_RX's
    return low_rx, _compile_req(_req(tree))


# keyed by id(): hashing a compiled pattern hashes its whole code, on every lookup; the
# patterns are module constants (kept alive by the entry itself too)
_FAST: dict[int, tuple] = {}


def _fast_info(rx: re.Pattern[str]) -> tuple:
    """(rx, lowercase variant or None, compiled requirement or None), analysed once."""
    info = _FAST.get(id(rx))
    if info is None or info[0] is not rx:
        info = _FAST[id(rx)] = (rx, *_analyse(rx))
    return info


_CUE_NAMES: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}


def _cue_names(rx: re.Pattern[str]) -> tuple[str, ...]:
    entry = _CUE_NAMES.get(id(rx))
    if entry is None or entry[0] is not rx:
        entry = _CUE_NAMES[id(rx)] = (rx, tuple(g for g in rx.groupindex if g.startswith("cue")))
    return entry[1]


# --------------------------------------------------------------------------------------
# context
# --------------------------------------------------------------------------------------

@dataclass
class _Cand:
    label: str
    start: int
    end: int
    prio: float
    score: float
    bg: bool = False


class _Ctx:
    def __init__(self, text: str, doc=None):
        self.text = text
        # a Doc or a Span (e.g. one sentence of a larger Doc) whose text is exactly `text`
        self.doc = doc if (doc is not None and getattr(doc, "text", None) == text) else None
        self._base = getattr(doc, "start_char", 0) if self.doc is not None else 0
        # lowercased copy for the fast path (see "fast matching"); only where exact
        safe = True
        if text.isascii():
            low = text.lower()
        else:
            low = text
            table = {}
            for c in set(_ASCII_RUN_RX.sub("", text)):  # the non-ASCII characters
                r = _rep(c)
                if r is None:
                    safe = False
                    break
                if c.lower() != r:
                    table[ord(c)] = r
            if safe:
                low = (text.translate(table) if table else text).lower()
                safe = len(low) == len(text)
        self.low = low
        self.safe = safe
        # per-pattern caches, keyed by id() of the (module-constant) pattern
        self._present: dict[int, bool] = {}
        self._keys: set[str] | None = None  # first <= 4 characters of each word of self.low
        self._matches: dict[int, list[re.Match[str]]] = {}
        self._cues: dict[int, list[tuple[int, int]]] = {}
        self._neg: dict[int, bool] = {}
        self._clause: dict[int, tuple[int, int]] = {}
        self.bg = self._regions(_BG_TRIGGER_RX)
        self.topic = self._regions(_TOPIC_TRIGGER_RX, from_end=True)
        self.sents = self._sentences()
        self._tok_by_char: dict[int, object] | None = None

    # matching -----------------------------------------------------------------------
    def _fast(self, rx: re.Pattern[str]) -> tuple[bool, re.Pattern[str] | None]:
        """(can rx match at all, lowercase variant to run on self.low or None)."""
        if not self.safe:
            return True, None
        _rx, low_rx, req = _fast_info(rx)
        if req is None:
            return True, low_rx
        key = id(rx)
        present = self._present.get(key)
        if present is None:
            if self._keys is None:
                self._keys = {w[:4] for w in _WORD_RX.findall(self.low)}
            present = self._present[key] = _holds(req, self.low, self._keys)
        return present, low_rx

    def finditer(self, rx: re.Pattern[str], pos: int = 0, endpos: int | None = None):
        """Same matches (spans) as ``rx.finditer(self.text, pos, endpos)``."""
        if endpos is None:
            endpos = len(self.text)
        ok, low_rx = self._fast(rx)
        if not ok:
            return iter(())
        if low_rx is not None:
            return low_rx.finditer(self.low, pos, endpos)
        return rx.finditer(self.text, pos, endpos)

    def search(self, rx: re.Pattern[str], pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """Same match (span) as ``rx.search(self.text, pos, endpos)``."""
        if endpos is None:
            endpos = len(self.text)
        ok, low_rx = self._fast(rx)
        if not ok:
            return None
        if low_rx is not None:
            return low_rx.search(self.low, pos, endpos)
        return rx.search(self.text, pos, endpos)

    def search_in(self, rx: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """Same match (span) as ``rx.search(self.text[start:end])``."""
        ok, low_rx = self._fast(rx)
        if not ok:
            return None
        if low_rx is not None:
            return low_rx.search(self.low[start:end])
        return rx.search(self.text[start:end])

    def matches(self, rx: re.Pattern[str]) -> list[re.Match[str]]:
        """All matches of rx over the whole text (computed once per text)."""
        ms = self._matches.get(id(rx))
        if ms is None:
            ms = self._matches[id(rx)] = list(self.finditer(rx))
        return ms

    # regions ------------------------------------------------------------------------
    def _regions(self, trig: re.Pattern[str], from_end: bool = False) -> list[tuple[int, int]]:
        out = []
        for m in self.finditer(trig):
            end_m = self.search(_CLAUSE_END_RX, m.end())
            end = end_m.start() if end_m else len(self.text)
            out.append((m.end() if from_end else m.start(), end))
        return out

    def _sentences(self) -> list[tuple[int, int]]:
        spans, pos = [], 0
        for m in _SENT_SPLIT_RX.finditer(self.text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(self.text)))
        return spans

    def in_bg(self, pos: int) -> bool:
        """Background clause ("after ...", "in retaliation for ...", relative clause) or
        the topic of a protest ("protests against the arrest of ...")."""
        return any(s <= pos < e for s, e in self.bg) or self.in_topic(pos)

    def clause_of(self, pos: int) -> tuple[int, int]:
        try:
            return self._clause[pos]
        except KeyError:
            pass
        s0, e0 = self.sent_of(pos)
        start = s0
        for m in self.finditer(_CLAUSE_END_RX, s0, pos):
            start = m.end()
        m = self.search(_CLAUSE_END_RX, pos, e0)
        res = self._clause[pos] = (start, (m.start() if m else e0))
        return res

    def in_topic(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.topic)

    def sent_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.sents:
            if s <= pos <= e:
                return s, e
        return 0, len(self.text)

    # tokens -------------------------------------------------------------------------
    def token_at(self, pos: int):
        if self.doc is None:
            return None
        if self._tok_by_char is None:
            self._tok_by_char = {}
            for t in self.doc:
                for i in range(t.idx - self._base, t.idx - self._base + len(t.text)):
                    self._tok_by_char[i] = t
        return self._tok_by_char.get(pos)

    # negation -----------------------------------------------------------------------
    def negated(self, start: int) -> bool:
        try:
            return self._neg[start]
        except KeyError:
            res = self._neg[start] = self._negated(start)
            return res

    def _negated(self, start: int) -> bool:
        sent_start = self.sent_of(start)[0]
        if self.search_in(_NEG_BEFORE_RX, max(sent_start, start - 40), start):
            return True
        tok = self.token_at(start)
        if tok is None:
            return False
        if tok.pos_ in ("VERB", "AUX"):
            # "did not claim", "no group has claimed", "nobody was arrested"
            for c in tok.children:
                if c.dep_ == "neg":
                    return True
                if c.dep_ in ("nsubj", "nsubjpass") and (
                        c.lower_ in ("nobody", "none", "noone")
                        or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)):
                    return True
            return False
        # a noun cue is negated only by its own determiner: "no clashes were reported"
        return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)

    # who did it ---------------------------------------------------------------------
    def subject_text(self, start: int, end: int) -> tuple[str, bool]:
        """Text of the actor of the verb at [start,end) and whether it is a passive agent.

        With a doc: nsubj subtree (or the ``by`` agent of a passive, or the subject
        inherited from a coordinated verb). Without: the left context back to the
        previous clause boundary.
        """
        tok = self.token_at(start)
        if tok is not None:
            verb = tok
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ not in ("ROOT",):
                verb = verb.head
            for _ in range(4):
                for c in verb.children:
                    if c.dep_ == "agent":
                        return " ".join(t.text for t in c.subtree), True
                for c in verb.children:
                    if c.dep_ in ("nsubj", "csubj"):
                        return _np_core(c), False
                # "... after seizing X": climb to the verb the clause hangs on
                if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "acl") and verb.head.i != verb.i:
                    verb = verb.head
                else:
                    break
        # regex fallback
        tail = self.text[end:end + 80]
        mby = re.match(r"\s*(?:\w+\s+){0,3}?by\s+((?:[\w'’-]+\s*){1,6})", tail)
        if mby and re.search(r"\b(?:was|were|been|is|are|be)\s*$", self.text[max(0, start - 25):start], re.I):
            return mby.group(1), True
        left = self.text[self.sent_of(start)[0]:start]
        cut = max([m.end() for m in re.finditer(
            r"[,;:]|\b(?:and|while|as|when|after|that|which|who|said|says|say|reported|report)\b",
            left, re.I)] + [0])
        return left[cut:][-90:], False


_PP_CUT_RX = _rx(r"\s(?:in|on|at|of|from|with|against|near|during|after|under|amid|across|along|into|"
                 r"through|over|to|for|since|inside|around|outside)\s")


def _np_core(tok) -> str:
    """The noun phrase of tok without its prepositional / clausal modifiers."""
    keep = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in ("compound", "amod", "det", "poss", "nmod", "case", "punct", "conj", "cc", "appos",
                          "nummod", "quantmod", "npadvmod"):
                keep.add(c.i)
                stack.append(c)
    return " ".join(t.text for t in tok.doc if t.i in keep)


def _actor_kind(phrase: str) -> str | None:
    """'gov' (state forces or their affiliates), 'nsa' (rebels, militants, ...) or None.

    The head of the phrase decides ("security forces in a crackdown on Taliban
    militants" is 'gov'): prepositional modifiers are cut before looking."""
    if not phrase:
        return None
    if _PROGOV_RX.search(phrase) or re.search(r"loyal to (?:the )?(?:government|president|regime)", phrase, re.I):
        return "gov"
    head = _PP_CUT_RX.split(" " + phrase + " ", maxsplit=1)[0]
    for part in (head, phrase):
        if _NSA_RX.search(part) or _IS_RX.search(part):
            return "nsa"
        if _GOV_RX.search(part):
            return "gov"
    return None


# --------------------------------------------------------------------------------------
# rule helpers
# --------------------------------------------------------------------------------------

def _first_cue(ctx: _Ctx, rx: re.Pattern[str], *, allow_neg: bool = False,
                   keep: Callable[[re.Match[str], tuple[int, int]], bool] | None = None
                   ) -> tuple[int, int] | None:
    """Span of the first cue of rx (its first matching named group cue*), preferring
    the foreground; negated matches and those ``keep`` rejects are skipped."""
    spans = []
    names = _cue_names(rx)
    for m in ctx.matches(rx):
        span = None
        for g in names:
            if m.group(g) is not None:
                span = m.span(g)
                break
        span = span or m.span()
        if not allow_neg and ctx.negated(span[0]):
            continue
        if keep is not None and not keep(m, span):
            continue
        spans.append(span)
    if not spans:
        return None
    fg = [s for s in spans if not ctx.in_bg(s[0])]
    return (fg or spans)[0]


def _cand(ctx: _Ctx, label: str, span: tuple[int, int], prio: float, score: float) -> _Cand:
    s, e = span
    while s < e and ctx.text[s].isspace():
        s += 1
    while e > s and ctx.text[e - 1].isspace():
        e -= 1
    return _Cand(label, s, e, prio, score, ctx.in_bg(s))


def _fg_search(ctx: _Ctx, rx: re.Pattern[str], lo: int = 0, hi: int | None = None,
               *, topic_ok: bool = True) -> re.Match[str] | None:
    """First non-negated, non-background match of rx in text[lo:hi]."""
    for m in (ctx.matches(rx) if lo == 0 and hi is None else ctx.finditer(rx, lo, hi)):
        s = m.start("cue") if "cue" in rx.groupindex and m.group("cue") is not None else m.start()
        if ctx.in_bg(s) or ctx.negated(s):
            continue
        if not topic_ok and ctx.in_topic(s):
            continue
        return m
    return None


# --------------------------------------------------------------------------------------
# rule families (each returns candidates); priorities: lower wins
# --------------------------------------------------------------------------------------

# 1. attribution --------------------------------------------------------------------------
_ATTRIB_STRONG_RX = _rx(
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
_ATTRIB_WEAK_RX = _rx(
    r"\b(?P<cue>blam(?:ed|es|ing)|accus(?:ed|es|ing)|held)\s+(?:\w+\s+){1,5}?(?:for|of|responsible)\s+"
    r"(?:\w+\s+){0,3}?(?:the\s+|an?\s+)?(?:\w+\s+)?(?:attacks?|bombings?|blasts?|killings?|shootings?|"
    r"assault|explosions?|massacre|strikes?|carrying out|being behind|responsible)\b"
    r"|\b(?P<cue2>claimed by)\b"
    r"|\b(?:was|were|is|are)\s+(?P<cue3>responsible)\s+for\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}"
    r"(?:attacks?|bombings?|blasts?|killings?|shootings?)\b"
)


def _rule_attrib(ctx: _Ctx) -> list[_Cand]:
    out = []
    sp = _first_cue(ctx, _ATTRIB_STRONG_RX)
    if sp:
        out.append(_cand(ctx, "ATTRIB", sp, 1, 0.9))
    sp = _first_cue(ctx, _ATTRIB_WEAK_RX)
    if sp:
        out.append(_cand(ctx, "ATTRIB", sp, 95, 0.5))
    return out


# 2. diplomacy --------------------------------------------------------------------------
_DIPLO_RX = _rx(
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


def _rule_diplo(ctx: _Ctx) -> list[_Cand]:
    sp = _first_cue(ctx, _DIPLO_RX)
    return [_cand(ctx, "DIPLO", sp, 2, 0.85)] if sp else []


# 3. disasters --------------------------------------------------------------------------
_NATURAL_RX = _rx(
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
_MANMADE_RX = _rx(
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
_VIOLENT_ACTOR_RX = _rx(
    r"\b(?:militants?|terrorists?|insurgents?|rebels?|jihadists?|gunmen|attack(?:s|ed|ers?)?|bomb(?:s|er|ers|ing)?|"
    r"ieds?|explosive devices?|suicide|planted|shell(?:s|ing|ed)|airstrikes?|air strikes?|grenades?|"
    r"missiles?|rockets?|mortars?|troops|soldiers|army|protest\w*|demonstrat\w*|rioters?|"
    r"chemical (?:weapons?|attacks?)|poison(?:ous)? gas attack|sabotage)\b")


def _rule_disaster(ctx: _Ctx) -> list[_Cand]:
    out = []
    sp = _first_cue(ctx, _NATURAL_RX)
    if sp:
        out.append(_cand(ctx, "NATURAL_DISASTER", sp, 3, 0.85))
    sp = _first_cue(ctx, _MANMADE_RX, allow_neg=False)
    if sp:
        violent = _fg_search(ctx, _VIOLENT_ACTOR_RX)
        accidental = re.search(r"\baccident", ctx.text, re.I) and not re.search(
            r"accidentally (?:activated|detonated|triggered|set off|exploded)", ctx.text, re.I)
        if not violent or accidental:
            out.append(_cand(ctx, "MAN_MADE_DISASTER", sp, 4, 0.75))
    return out


# 4. sexual violence ---------------------------------------------------------------------
_SEX_RX = _rx(
    r"\b(?P<cue>rap(?:e|ed|es|ing|ists?)|gang-?rap(?:e|ed|es|ing)|sexual(?:ly)?\s+(?:violence|abused?|"
    r"assault(?:ed|s)?|attacks?|exploitation|harass(?:ed|ment)|slavery|abuse)|sex(?:ual)? abuse|"
    r"molest(?:ation|ed|ing|s)?|sodomi[sz]ed|indecent(?:ly)? assault(?:ed)?|sexual crimes?)\b")


def _rule_sex(ctx: _Ctx) -> list[_Cand]:
    sp = _first_cue(ctx, _SEX_RX)
    return [_cand(ctx, "SEX_VIOL", sp, 5, 0.9)] if sp else []


# 5. explosions / remote violence ----------------------------------------------------------
_CHEM_RX = _rx(
    r"\b(?P<cue>chemical (?:weapons?|attacks?|agents?|munitions?|strikes?|bombs?|shells?|substances?|gas)|"
    r"chlorine|sarin|(?:(?:sulfur|sulphur)\s+)?mustard gas|sulfur mustard|sulphur mustard|nerve (?:agent|gas)s?|"
    r"novichok|\bvx\b|toxic gas(?:es)?|poison(?:ous)? gas(?:es)?|poisonous (?:chemicals?|substances?)|"
    r"gas attacks?|phosgene|toxic chemicals?|chemical-laden|poison-gas)\b")
_CHEM_NON_EVENT_RX = _rx(
    r"(?:weapons?\s+)?(?:facilit(?:y|ies)|programm?e?s?|stockpiles?|convention|inspectors?|watchdog|"
    r"investigat\w*|experts?|arsenal|production|plant|factory|sites?|leaks?|leakage|spills?)\b")


def _rule_chem(ctx: _Ctx) -> list[_Cand]:
    def keep(m, span):
        nxt = ctx.text[span[1]:span[1] + 30]
        if _CHEM_NON_EVENT_RX.match(nxt.lstrip()):
            return False
        # "tear gas" / "gas leak" are not chemical weapons
        return not re.search(r"tear\s*$", ctx.text[max(0, span[0] - 6):span[0]], re.I)

    sp = _first_cue(ctx, _CHEM_RX, keep=keep)
    if not sp:
        return []
    word = ctx.text[sp[0]:sp[1]].lower()
    if word.startswith("chlorine") or word.startswith("toxic chem"):
        # chlorine alone: needs a weapon / attack context (else it is an industrial leak)
        if not re.search(r"\b(?:attack|bomb|barrel|shells?|munitions?|dropped|fired|used|weapon|rebels?|"
                         r"militants?|forces|army|helicopter|strikes?)\w*", ctx.text, re.I):
            return []
    return [_cand(ctx, "CHEM_WEAP", sp, 6, 0.9)]


_SUIC_RX = _rx(
    r"\b(?P<cue>suicide[- ](?:bomb(?:er|ers|s|ing|ings)?|attacks?|attackers?|vests?|belts?|car bombs?|"
    r"truck bombs?|blasts?|explosions?|squads?|vehicle|car|truck|mission|operation|assault)|"
    r"suicide-bombers?|(?:blew|blow|blown|blowing|blows)\s+(?:himself|herself|themselves)\s+up|"
    r"(?:detonated|detonating|exploded|triggered)\s+(?:himself|herself|themselves)|self-detonat\w*|"
    r"s-?vbieds?|(?:explosives?|explosive-laden|bomb)\s+(?:vests?|belts?)|martyrdom operation|"
    r"(?:male|female|teenage|child)\s+bombers?)\b")


def _rule_suic(ctx: _Ctx) -> list[_Cand]:
    sp = _first_cue(ctx, _SUIC_RX)
    return [_cand(ctx, "SUIC_BOMB", sp, 7, 0.9)] if sp else []


_WEAPON_N = (r"weapons?|arms|armaments?|ammunitions?|ammo|munitions?|explosives?|explosive (?:devices?|materials?)|"
             r"devices?|ieds?|vbieds?|bombs?|grenades?|mines?|landmines?|rifles?|guns?|pistols?|firearms?|"
             r"handguns?|revolvers?|rockets?|missiles?|mortars?|rounds|cartridges?|bullets?|shells?|"
             r"detonators?|launchers?|rpgs?|drones?|projectiles?|machine-?guns?|ak-?47s?|kalashnikovs?|"
             r"arsenal|caches?|stash(?:es)?|depots?|arms haul|tnt|c-?4|packages?|parcels?|suicide vests?|"
             r"car bombs?|booby[- ]traps?|ordnance|uxo|warheads?|shells?")
_DISR_VERB = (r"seiz(?:e|ed|es|ing|ure)|confiscat(?:e|ed|es|ing|ion)|recover(?:ed|s|ing|y)?|found|find|finds|"
              r"discover(?:ed|s|ing|y)?|uncover(?:ed|s|ing)?|unearth(?:ed|s)?|defus(?:e|ed|es|ing|al)|"
              r"dismantl(?:e|ed|es|ing)|disarm(?:ed|s|ing)?|deactivat(?:e|ed|es|ing)|neutrali[sz](?:e|ed|es|ing)|"
              r"intercept(?:ed|s|ing|ion)?|shot down|shoot down|shooting down|downed|destroy(?:ed|s|ing)|"
              r"clear(?:ed|s|ing)|impound(?:ed|s)?|foil(?:ed|s)?|thwart(?:ed|s)?|detected|spotted|"
              r"stockpiled|handed over|surrendered|captur(?:e|ed|es|ing)|rendered safe|safely detonated|"
              r"controlled explosion|bomb squad|bomb disposal")
_NOT_HEAD = r"(?![-\w]|\s+(?:sites?|bases?|facilit(?:y|ies)|factor(?:y|ies)|plants?|launch\w*|pads?|units?|"\
            r"attacks?|strikes?|fire|programm?e?s?|experts?|squads?|makers?|making)\b)"
_DISR_ACTIVE_RX = _rx(
    r"\b(?P<cue>%s)\s+(?:[\w,'’-]+\s+){0,6}?(?:%s)%s" % (_DISR_VERB, _WEAPON_N, _NOT_HEAD))
_DISR_PASSIVE_RX = _rx(
    r"\b(?:%s)%s\s+(?:(?:[\w'’(),-]+\s+){0,10}?(?:was|were|been|being|is|are|had been|have been|has been)\s+"
    r"(?:\w+\s+)?|(?:[\w'’-]+\s+)?)(?P<cue>%s)\b" % (_WEAPON_N, _NOT_HEAD, _DISR_VERB))
_DISR_NOUN_RX = _rx(
    r"\b(?P<cue>(?:weapons?|arms|ammunition|munitions?|explosives?)\s+(?:caches?|stash(?:es)?|haul|depots?|"
    r"seizures?|finds?)|caches?\s+of\s+(?:\w+\s+){0,2}(?:weapons|arms|ammunition|explosives)|"
    r"accidentally\s+(?:activated|detonated|triggered|set off|exploded)|prematurely\s+(?:exploded|detonated)|"
    r"exploded\s+prematurely|own\s+(?:bomb|explosives?|device)|bomb[- ]making|"
    r"(?:caches?|stash(?:es)?|depots?|hauls?|stockpiles?|hideouts?)\s+of\s+(?:[\w-]+\s+){0,3}?(?:weapons?|arms|ammunition|munitions?|explosives?|projectiles?|rockets?|missiles?|mortars?|grenades?|mines?|rifles?|guns?|firearms?|ieds?|bombs?)\b|"
    r"(?:air|missile)[- ]defen[cs]es?\s+(?:systems?\s+)?(?:intercepted|shot down|downed|destroyed|repelled))\b")
_DETONATION_RX = _rx(
    r"\b(?:explod(?:ed|es|ing)|explosions?|blasts?|detonat(?:ed|es|ing|ion)|went off|go off|set off|blew up|"
    r"hurled|lobbed|threw|thrown|fired|struck|killed|wounded|injured|died)\b")


def _rule_disr(ctx: _Ctx) -> list[_Cand]:
    spans = []
    for rx in (_DISR_NOUN_RX, _DISR_ACTIVE_RX, _DISR_PASSIVE_RX):
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
            if rx is _DISR_PASSIVE_RX and (re.search(r"\b(?:used|fired|launched|hurled|thrown)\b", frag)
                                           or cue.endswith("ing")):
                continue
            if rx is _DISR_ACTIVE_RX and re.search(
                    r"\b(?:by|with|using|from|after|killing|killed|leaving|causing|when|which|used)\b",
                    frag[len(cue):]):
                continue
            spans.append((s, e, rx is _DISR_NOUN_RX))
    if not spans:
        return []
    fg = [sp for sp in spans if not ctx.in_bg(sp[0])]
    s, e, strong = (fg or spans)[0]
    # an actual detonation / use reported in the foreground makes it an explosion event,
    # unless it was accidental or premature (which ACLED codes as disrupted weapons use)
    if not strong:
        for m in ctx.matches(_DETONATION_RX):
            if ctx.in_bg(m.start()) or ctx.negated(m.start()):
                continue
            if re.search(r"\b(?:could|would|might|before|to)\s+(?:\w+\s+)?$",
                         ctx.text[max(0, m.start() - 20):m.start()], re.I):
                continue
            if m.group(0).lower() in ("killed", "wounded", "injured", "died", "fired", "struck"):
                continue
            # demoted: the explosion rules decide; disrupted use only if nothing else fires
            return [_cand(ctx, "DISR_WEAP", (s, e), 60, 0.45)]
    return [_cand(ctx, "DISR_WEAP", (s, e), 8, 0.85)]


_AIR_RX = _rx(
    r"\b(?P<cue>air[- ]?strikes?|airstrikes?|air[- ]raids?|aerial (?:bombardments?|attacks?|strikes?|bombings?|"
    r"raids?|campaign)|air (?:attacks?|bombardments?|campaign|power)|warplanes?|war planes?|fighter[- ]jets?|"
    r"fighter planes?|jets|fighter-bombers?|bomber (?:aircraft|planes?|jets?)|drone (?:strikes?|attacks?|raids?)|"
    r"drones?\s+(?:struck|hit|targeted|fired|attacked|bombed|dropped)|armed drones?|unmanned aerial vehicles?|"
    r"uavs?|helicopter gunships?|gunships?|(?:helicopters?|aircraft|planes?|jets?)\s+(?:\w+\s+){0,2}?"
    r"(?:fired|struck|attacked|bombed|dropped|targeted|strafed|pounded|hit|carried out)|barrel bombs?|"
    r"(?:combat\s+)?sorties|air forces?\s+(?:\w+\s+)?(?:bombed|struck|pounded|targeted|hit|jets|planes|raids?)|"
    r"bombed from the air|air-to-surface|air-launched|air missiles?|bombing raids?|carpet bomb\w*)\b")
_AIR_WEAK_RX = _rx(r"\b(?P<cue>(?<!general )(?<!hunger )strikes)\s+(?:on|against|targeted|targeting|hit|killed|"
                   r"destroyed|struck|pounded)\b")


_AIRCRAFT_ONLY_RX = _rx(r"warplanes?|war planes?|fighter[- ]jets?|fighter planes?|jets|fighter-bombers?|"
                       r"bomber (?:aircraft|planes?|jets?)|unmanned aerial vehicles?|uavs?|gunships?|"
                       r"helicopter gunships?|(?:combat\s+)?sorties|armed drones?")
_AIR_ACTION_RX = _rx(r"\b(?:struck|strik\w*|bomb(?:ed|ing|s)?|fir(?:ed|ing)|attack\w*|pound(?:ed|ing)|target\w*|"
                     r"raid\w*|hit|killed|killing|dropp\w*|strafed|destroy\w*|shell\w*|missiles?|rockets?|"
                     r"carried out|launched|combat|positions|gatherings)\b")


def _rule_air(ctx: _Ctx) -> list[_Cand]:
    out = []
    def keep(m, span):  # drills / mock targets are not strikes; aircraft alone are not an attack
        if re.search(r"\b(?:mock|drills?|exercises?|simulat\w*)\b", ctx.text[max(0, span[0] - 60):span[1] + 20], re.I):
            return False
        if _AIRCRAFT_ONLY_RX.fullmatch(ctx.text[span[0]:span[1]]):
            cs, ce = ctx.clause_of(span[0])
            return bool(ctx.search(_AIR_ACTION_RX, cs, ce))
        return True

    sp = _first_cue(ctx, _AIR_RX, keep=keep)
    if sp:
        out.append(_cand(ctx, "AIR_STRIKE", sp, 9, 0.85))
    sp = _first_cue(ctx, _AIR_WEAK_RX)
    if sp:
        out.append(_cand(ctx, "AIR_STRIKE", sp, 40, 0.5))
    return out


_ART_RX = _rx(
    r"\b(?P<cue>shell(?:ing|ed|s)|shellfire|artillery|mortars?|mortar (?:rounds?|shells?|bombs?|fire)|"
    r"rockets?|rocket-propelled grenades?|rpgs?|missiles?|katyushas?|grad rockets?|howitzers?|"
    r"tank (?:fire|shells?|attacks?|rounds?)|tanks?\s+(?:attacked|fired|shelled|opened fire)|"
    r"bombard(?:ed|ing|ment|ments|s)?|pound(?:ed|ing|s)|projectiles?|heavy weapons|cannon fire|"
    r"surface-to-surface|ballistic missiles?|cruise missiles?|anti-tank (?:missiles?|rockets?)|"
    r"shells?\s+(?:landed|hit|struck|fell|exploded))\b")
_ART_NON_EVENT_RX = _rx(
    r"(?:programm?e?s?|development|tests?|testing|test-fir\w*|launch(?:es|ed)? (?:of a )?(?:satellite)|pact|"
    r"treaty|defen[cs]e|shield|technology|deal|sales?|purchase|systems?\s+(?:were|was|have been)\s+deployed|"
    r"launchers?\s+(?:were|was)\s+(?:seized|found))\b")


def _rule_art(ctx: _Ctx) -> list[_Cand]:
    def keep(m, span):
        nxt = ctx.text[span[1]:span[1] + 30].lstrip()
        if re.search(r"\btest(?:-?fir\w*|ed|s|ing)?\b", ctx.text[max(0, span[0] - 50):span[0]], re.I):
            return False  # weapons tests are "Other" strategic developments
        if _ART_NON_EVENT_RX.match(nxt) or re.match(r"-(?:launching|firing|launch|making)\b|\s*(?:launch )?(?:sites?|"
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

    sp = _first_cue(ctx, _ART_RX, keep=keep)
    return [_cand(ctx, "ART_MISS_ATTACK", sp, 12, 0.85)] if sp else []


_REM_RX = _rx(
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
_REM_STRONG = re.compile(r"improvised|ied|roadside|car.?bomb|truck bomb|mine|booby|magnetic|sticky|parcel|"
                         r"letter|pipe bomb|time bomb|remote|planted|placed|hidden|emplaced", re.I)


def _rule_rem(ctx: _Ctx) -> list[_Cand]:
    spans = []
    for m in ctx.matches(_REM_RX):
        s, e = m.span("cue")
        if ctx.negated(s):
            continue
        word = m.group("cue").lower()
        # "mine" in "coal mine", "gold mine" is a pit; "anti-tank" handled above
        if re.match(r"mines?\b", word) and re.search(r"\b(?:coal|gold|copper|salt|diamond)\s*$",
                                                    ctx.text[max(0, s - 12):s], re.I):
            continue
        strong = bool(_REM_STRONG.search(word))
        spans.append((s, e, strong))
    if not spans:
        return []
    def rank(sp):  # IED / landmine / planted bomb > bomb(ing) > a bare blast or explosion
        word = ctx.text[sp[0]:sp[1]].lower()
        return 0 if sp[2] else (1 if "bomb" in word else 2)

    fg = [sp for sp in spans if not ctx.in_bg(sp[0])]
    best = min(fg or spans, key=lambda sp: (rank(sp), sp[0]))
    prio, sc = {0: (13, 0.85), 1: (13.5, 0.75), 2: (23, 0.5)}[rank(best)]
    c = _cand(ctx, "REM_EXPLOS", best[:2], prio, sc)
    c.bg = not fg
    return [c]


_GRENADE_RX = _rx(r"(?<!propelled )(?<!propelled-)(?<!stun )(?<!smoke )(?<!gas )(?<!flash )"
                  r"\b(?P<cue>(?:hand[- ])?grenades?)\b")


def _rule_grenade(ctx: _Ctx) -> list[_Cand]:
    sp = _first_cue(ctx, _GRENADE_RX)
    return [_cand(ctx, "GRENADE", sp, 14, 0.85)] if sp else []


# 6. demonstrations -----------------------------------------------------------------------
_PROTEST_RX = _rx(
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
_PROT_VIOLENT_RX = _rx(
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
_RIOT_ACT_RX = _rx(
    r"\b(?P<cue>(?:threw|throw(?:ing|s)?|hurl(?:ed|ing|s)?|pelt(?:ed|ing|s)?)\s+(?:\w+\s+){0,4}?(?:stones?|rocks?|"
    r"bottles?|molotov\w*|petrol bombs?|fire ?bombs?|fireworks?|bricks?|firecrackers?)\s+(?:\w+\s+){0,3}?"
    r"(?:at|on|towards?)\s+(?:the\s+)?(?:\w+\s+)?(?:police|officers|security|troops|soldiers|forces|vehicles?)|"
    r"(?:stone|rock)[- ]throwing|confront(?:ed|ing)\s+(?:the\s+)?police|clash(?:ed|es)\s+with\s+(?:riot\s+)?police)")
_PROT_FORCE_RX = _rx(
    r"\b(?P<cue>open(?:ed)? fire|fired (?:live|on|at|into)|live (?:rounds|ammunition|bullets|fire)|"
    r"shot (?:dead|and killed|at)|shot|shoot(?:ing)?|kill(?:ed|ing|s)?|dead|deaths?|died|fatal(?:ly)?|"
    r"excessive force|brutal(?:ly|ity)?|beat(?:en|ing|s)?|batons?|clubs|bloody|massacre|"
    r"serious(?:ly)? (?:injur\w+|wounded)|lethal|deadly (?:crackdown|force)|crackdown|bayonet\w*|"
    r"attack(?:ed|s)? (?:against |on )?(?:the\s+)?(?:peaceful\s+)?(?:protest\w*|demonstrat\w*)|"
    r"hits? (?:a|the)\s+(?:\w+\s+)?(?:protester|demonstrator))\b")
_PROT_INTER_RX = _rx(
    r"\b(?P<cue>dispers(?:e|ed|es|ing|al)|tear ?gas|teargas|water ?cannons?|rubber bullets|pepper[- ]?spray\w*|"
    r"stun grenades?|flash-?bangs?|arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|detentions?|round(?:ed)? up|"
    r"suppress(?:ed|es|ing)?|broke up|break up|breaking up|block(?:ed)?\s+(?:them|the protesters|the march|"
    r"the demonstrators|protesters)|prevent(?:ed)? (?:\w+ ){0,3}from|banned|cordon\w*|kettl\w*|"
    r"forcibly (?:removed|evicted|cleared)|cleared (?:the|a)\s+(?:\w+\s+)?(?:square|camp|sit-in|protest)|"
    r"forcefully (?:suspended|dispersed|ended|removed)|intervened|in custody|crack(?:ed)? down)\b")
_MOB_RX = _rx(
    r"\b(?P<cue>mobs?|lynch(?:ed|ing|ings|es)?|vigilantes?\s+(?:\w+\s+){0,3}?(?:beat|lynch|kill|attack|tortur|"
    r"burn|hack)\w*|by (?:a )?vigilantes?|jungle justice|mob justice|"
    r"angry (?:crowds?|residents|villagers|youths)\s+(?:\w+\s+){0,3}?(?:beat|killed|attacked|lynched|burned|set)|"
    r"(?:rival|opposing)\s+(?:groups?|protesters|demonstrators|rallies|crowds|supporters|factions|gangs)|"
    r"(?:beaten|beat|killed|burnt|burned|attacked) (?:\w+ ){0,3}by (?:an? )?(?:angry )?(?:crowd|mob|residents|villagers))\b")


def _rule_protest(ctx: _Ctx) -> list[_Cand]:
    mob = _first_cue(ctx, _MOB_RX)
    if mob and not ctx.in_bg(mob[0]):
        return [_cand(ctx, "MOB_VIOL", mob, 10, 0.8)]
    spans = [sp for sp in _all_cues(ctx, _PROTEST_RX) if not ctx.in_topic(sp[0])]
    if not spans:
        out = [_cand(ctx, "MOB_VIOL", mob, 10, 0.6)] if mob else []
        # riot behaviour without a protest word ("youths threw stones at police")
        m = _fg_search(ctx, _RIOT_ACT_RX)
        if m:
            out.append(_cand(ctx, "VIOL_DEMONSTR", m.span("cue"), 24, 0.55))
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
        return [_cand(ctx, "VIOL_DEMONSTR", p, 10, 0.8)]
    viol, force, inter = find(_PROT_VIOLENT_RX), find(_PROT_FORCE_RX), find(_PROT_INTER_RX)
    peaceful = re.search(r"\b(?:peaceful(?:ly)?|peacefull|non-?violent|unarmed)\b", ctx.text, re.I)
    label, cue, sc = "PEACE_PROTEST", p, 0.75
    if viol and not (peaceful and force):
        label, cue, sc = "VIOL_DEMONSTR", viol, 0.8
    elif force:
        label, cue, sc = "FORCE_AGAINST_PROTEST", force, 0.75
    elif inter:
        label, cue, sc = "PROTEST_WITH_INTER", inter, 0.75
    c = _cand(ctx, label, cue, 10, sc)
    c.bg = not fg_spans  # the protest itself is only mentioned in a background clause
    return [c]


def _all_cues(ctx: _Ctx, rx: re.Pattern[str]) -> list[tuple[int, int]]:
    cached = ctx._cues.get(id(rx))
    if cached is not None:
        return list(cached)
    names = _cue_names(rx)
    out = []
    for m in ctx.matches(rx):
        span = next((m.span(g) for g in names if m.group(g) is not None), m.span())
        if not ctx.negated(span[0]):
            out.append(span)
    out.sort()
    ctx._cues[id(rx)] = out
    return list(out)


# 7. organised crime -----------------------------------------------------------------------
_CRIME_RX = _rx(
    r"\b(?P<cue>rob(?:bed|bery|beries|bers?|bing|s)?|theft|thieves|thief|steal(?:ing|s)?|stole(?:n)?|"
    r"burglar(?:y|ies|s)?|gang(?:s|sters?)?(?!-?rap)|mafia|smuggl(?:e|ed|es|ing|ers?)|traffick(?:ing|ers?|ed)|"
    r"drug (?:trafficking|bust|haul|dealers?|lords?|rings?|smuggling)|narcotics?|cocaine|heroin|"
    r"methamphetamine|cannabis|counterfeit\w*|fake (?:currency|goods|notes)|fraud(?:ulent|sters?)?|"
    r"extortion|money laundering|illegal(?:ly)? (?:migra\w*|immigra\w*|border crossing|crossing|entry|"
    r"mining|logging|fishing)|migrants?|human trafficking|poach(?:ing|ers?)|racketeering|organi[sz]ed crime|"
    r"criminal (?:gang|network|group|ring)s?|carjack\w*|pickpocket\w*|shoplift\w*)\b")


_POLITICAL_ARMED_RX = _rx(
    r"\b(?:rebels?|militants?|insurgents?|insurgency|jihadists?|terrorists?|militias?|militiam[ae]n|"
    r"mujahid\w*|taliban|al[- ]?shabaa?b|boko haram|islamic state|isis|isil|daesh|al[- ]qa'?eda|houthis?|"
    r"separatists?|guerr?ill?as?|armed groups?)\b")


def _rule_crime(ctx: _Ctx) -> list[_Cand]:
    sp = _first_cue(ctx, _CRIME_RX)
    if not sp:
        return []
    # criminal violence is not political violence; with rebels / militants around, the
    # violent rules decide and the crime word is context
    political = ctx.search(_POLITICAL_ARMED_RX)
    c = _cand(ctx, "ORG_CRIME", sp, 34 if political else 11, 0.7)
    if not political:
        c.bg = False  # a crime frames the whole report ("grenade exploded during a robbery")
    return [c]


# 8. territory --------------------------------------------------------------------------------
_PLACE_N = (r"towns?|city|cities|villages?|districts?|district cent(?:er|re)|areas?|regions?|provinces?|"
            r"territor(?:y|ies)|hills?|hilltops?|heights|mountains?|bases?|air ?bases?|airports?|airfields?|"
            r"ports?|border (?:crossings?|points?|posts?)|crossings?|neighbou?rhoods?|positions?|strongholds?|"
            r"oil ?fields?|gas ?fields?|capital|headquarters|checkpoints?|islands?|valley|bridges?|highways?|"
            r"roads?|dams?|settlements?|localit(?:y|ies)|outskirts|parts|control|countryside|suburbs?|"
            r"quarters?|camps?|outposts?|sites?|hub|junction|stations?|farms?|compound|governorate|county|"
            r"municipality|enclaves?|pockets?|zone|front|frontline|province's|district's|hq|barracks|"
            r"garrison|posts?|state|prefecture|fortress|castle|palace|hospital|complex")
_TAKE_VERB = (r"recaptur(?:e|ed|es|ing)|retak(?:e|en|es|ing)|retook|regain(?:ed|s|ing)?|"
              r"re-?gain(?:ed)?|recover(?:ed|s|ing)?|reclaim(?:ed|s|ing)?|liberat(?:e|ed|es|ing|ion)|"
              r"free(?:d)?|captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|took|tak(?:e|en|es|ing)|overr(?:a|u)n|"
              r"overtook|overtake|overtaken|conquer(?:ed|s)?|(?<!-)occup(?:y|ied|ies|ying)|gain(?:ed|s)?|"
              r"wrest(?:ed)?|snatch(?:ed)?|storm(?:ed)?\s+and\s+(?:took|captured|seized)|"
              r"(?:pushed|drove|driven|drive|pushing|driving|forced|expelled|flushed|kicked|cleared|purged|"
              r"purging|clearing|ousted|routed)")
_TERR_ACTIVE_RX = _rx(
    r"\b(?P<cue>%s)\s+(?:back\s+|out\s+|off\s+)?(?:full\s+|complete\s+|total\s+)?(?:control\s+(?:of|over)\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?P<obj>%s)\b" % (_TAKE_VERB, _PLACE_N))
_TERR_CTRL_RX = _rx(
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
_NVTT_RX = _rx(
    r"\b(?P<cue>withdr(?:ew|awn|awal|awing|aw|aws)|pull(?:ed|s|ing)? out|pull(?:ed|ing)? back|pullout|"
    r"vacat(?:ed|es|ing)|abandon(?:ed|s|ing)|evacuat(?:ed|ion)|handed over|hand over|handover|"
    r"without (?:a |any )?(?:fight|resistance|firing a (?:single )?shot|bloodshed|clashes|fighting)|"
    r"unopposed|deserted|left the (?:town|city|area|village))\b")
_PERSON_OBJ_RX = _rx(
    r"^(?:[\w'’-]+\s+){0,4}?(?:commanders?|leaders?|chiefs?|heads?|militants?|fighters?|members?|suspects?|"
    r"terrorists?|rebels?|soldiers?|men|man|women|persons?|people|prisoners?|hostages?|him|her|them|alive|"
    r"spies|spy|insurgents?|kingpins?|emir|deputy|officers?|individuals?|jihadists?|gunmen)\b")


def _rule_territory(ctx: _Ctx) -> list[_Cand]:
    hits = []
    for rx in (_TERR_CTRL_RX, _TERR_ACTIVE_RX):
        for m in ctx.matches(rx):
            g = next(n for n in ("cue", "cue2", "cue3", "cue4", "cue5") if n in rx.groupindex and m.group(n) is not None)
            s, e = m.span(g)
            if ctx.negated(s):
                continue
            verb = m.group(g).lower()
            after = ctx.text[e:e + 60]
            before = ctx.text[max(0, s - 40):s]
            # an attempt is not a take-over ("an attack to capture the positions was repelled");
            # "IS-occupied", "rebel-held" are adjectives
            if re.search(r"\b(?:to|trying to|tried to|attempt(?:ed|ing)? to|bid to|aim(?:ed|ing)? to|effort to|"
                         r"bid for|plans? to|seeking to|sought to|try to|will|would|could|vow(?:ed|s)? to)\s+"
                         r"(?:\w+\s+)?$", before, re.I) or before.endswith("-"):
                continue
            if g == "cue4" and not re.search(r"(?:\b(?:%s)\b|\b[A-Z][\w'’-]+)\s+(?:[\w'’,-]+\s+){0,3}$" % _PLACE_N,
                                             before):
                continue  # "a motorist has been taken to hospital": the patient must be a place
            if g == "cue4" and verb.endswith("taken") and re.match(r"\s+(?:to|into|away|in|for)\b", after):
                continue  # "The wounded were taken to hospital", "Both men were taken to the city jail"
            if g == "cue" and rx is _TERR_CTRL_RX and not re.match(
                    r"\s+(?:of|over)\s+(?:[\w'’,-]+\s+){0,6}?(?:(?:%s)\b|[A-Z])" % _PLACE_N, after):
                continue  # "take control of services"
            if rx is _TERR_ACTIVE_RX:
                if re.match(r"(?:took|tak(?:e|en|es|ing)|gain(?:ed|s)?|free(?:d)?)$", verb) \
                        and not re.match(r"\s+(?:over\s+|full\s+|complete\s+|total\s+)?control|\s+over\b", after):
                    continue  # "took a position", "freed the hostages", "gained ground" too vague
                if re.match(r"(?:pushed|drove|driven|drive|pushing|driving|forced|expelled|flushed|kicked|"
                            r"cleared|purged|purging|clearing|ousted|routed)$", verb):
                    # "pushed the militants out of / back from <place>"
                    if not re.match(r"\s+(?:[\w'’-]+\s+){0,4}?(?:out of|out from|back from|from|away from)\s+"
                                    r"(?:[\w'’-]+\s+){0,4}?(?:%s)\b" % _PLACE_N, after):
                        continue
                elif _PERSON_OBJ_RX.match(after.lstrip()) and not re.match(
                        r"\s+(?:[\w'’-]+\s+){0,3}?(?:positions?|control|areas?|bases?|strongholds?)", after):
                    continue
                if re.match(r"\s+(?:\w+\s+){0,4}?(?:weapons|arms|ammunition|explosives)", after):
                    continue
            hits.append((s, e, g, rx is _TERR_CTRL_RX, verb))
    if not hits:
        return []
    hits.sort()
    fg = [h for h in hits if not ctx.in_bg(h[0])] or hits
    s, e, g, ctrl, verb = fg[0]
    if g == "cue5":  # handing a place over is a non-violent transfer
        return [_cand(ctx, "NON_VIOL_TERRIT_TRANSFER", (s, e), 15, 0.7)]
    # non-violent: withdrawal / no resistance around the take-over
    nv = _fg_search(ctx, _NVTT_RX, *ctx.sent_of(s))
    if nv is None:
        nv = _first_cue(ctx, _NVTT_RX)
        nv = nv if nv and re.search(r"withdr|pull|vacat|abandon|hand|without|unopposed|deserted",
                                    ctx.text[nv[0]:nv[1]], re.I) else None
    else:
        nv = nv.span("cue")
    if nv and not re.search(r"\b(?:clash\w*|fighting|battles?|attack\w*|fierce|heavy fighting|offensive|"
                            r"bombardment|assault)\b", ctx.text[ctx.sent_of(s)[0]:ctx.sent_of(s)[1]], re.I):
        return [_cand(ctx, "NON_VIOL_TERRIT_TRANSFER", (s, e), 15, 0.7)]
    kind = _who_takes(ctx, s, e, g, verb)
    label = "GOV_REGAINS_TERIT" if kind == "gov" else "NON_STATE_ACTOR_OVERTAKES_TER"
    return [_cand(ctx, label, (s, e), 15, 0.75 if kind else 0.5)]


def _who_takes(ctx: _Ctx, s: int, e: int, group: str, verb: str) -> str | None:
    after = ctx.text[e:e + 120]
    if group == "cue2":  # "fell to the Taliban": the object of "to" took it
        return _actor_kind(re.split(r"[,.;]", after)[0]) or "nsa"
    if group == "cue3":  # "militants were pushed back from ...": the patient lost it
        subj, _ = ctx.subject_text(s, e)
        k = _actor_kind(subj)
        return {"nsa": "gov", "gov": "nsa"}.get(k or "", "gov")
    subj, agent = ctx.subject_text(s, e)
    if group == "cue4" and not agent:
        mby = re.match(r"\s*(?:\w+\s+){0,6}?by\s+([^,.;]{1,80})", after)
        if mby:
            return _actor_kind(mby.group(1))
        # "X was recaptured" without agent: "from <loser>" decides
        mfrom = re.search(r"\bfrom\s+([^,.;]{1,60})", after)
        if mfrom:
            k = _actor_kind(mfrom.group(1))
            return {"nsa": "gov", "gov": "nsa"}.get(k or "")
        return "gov" if re.match(r"re|liberat", verb) else None
    k = _actor_kind(subj)
    if k:
        return k
    if not subj.strip():  # clause without its own subject: the sentence subject before it
        k = _actor_kind(ctx.text[ctx.sent_of(s)[0]:s])
        if k:
            return k
    mfrom = re.search(r"\bfrom\s+(?:the\s+)?([^,.;]{1,60})", after)
    if mfrom:
        kl = _actor_kind(mfrom.group(1))
        if kl:
            return {"nsa": "gov", "gov": "nsa"}[kl]
    # fall back to the actors mentioned before the verb in the sentence
    left = ctx.text[ctx.sent_of(s)[0]:s]
    k = _actor_kind(left)
    if k:
        return k
    return "gov" if re.match(r"re|liberat", verb) else None


# 9. abduction / arrests -----------------------------------------------------------------
_ABDUCT_RX = _rx(
    r"\b(?P<cue>abduct(?:ed|ion|ions|s|ing|ors?)?|kidnap(?:ped|ping|pings|s|pers?|per)?|"
    r"(?:taken|took|take|held|holding|seized)\s+(?:\w+\s+){0,3}?hostages?|hostages?|hostage-taking|"
    r"(?:forced|enforced|involuntary)\s+disappearances?|forcibly disappeared|disappeared|went missing|"
    r"whereabouts (?:remain |are |is )?unknown)\b")
_ARREST_RX = _rx(
    r"\b(?P<cue>arrest(?:ed|s|ing)?|detain(?:ed|s|ing|ees?)?|detentions?|apprehend(?:ed|s|ing)?|"
    r"taken into custody|in custody|custody|round(?:ed|ing)? up|nabbed|nab|picked up|remanded|"
    r"held (?:incommunicado|without charge)|jailed|imprisoned|incarcerated)\b"
    r"|\b(?P<cue2>captur(?:ed|e|es|ing))\s+(?:\w+\s+){0,4}?(?:commanders?|leaders?|chiefs?|heads?|militants?|"
    r"fighters?|members?|suspects?|terrorists?|alive|him|her|them|spies|emir|deputy|kingpins?|individuals?|"
    r"jihadists?|gunmen)\b"
    r"|\b(?:were|was|been|being)\s+(?P<cue3>captured)\s+alive\b")


def _rule_abduct(ctx: _Ctx) -> list[_Cand]:
    def keep(m, span):  # releasing / swapping hostages is an agreement, not an abduction
        return not re.search(r"\b(?:releas\w*|freed|free|exchang\w*|swap\w*|rescu\w*)\s+(?:\w+\s+){0,3}$",
                             ctx.text[max(0, span[0] - 40):span[0]], re.I)

    sp = _first_cue(ctx, _ABDUCT_RX, keep=keep)
    return [_cand(ctx, "ABDUCT_DISSAP", sp, 17, 0.8)] if sp else []


def _rule_arrest(ctx: _Ctx) -> list[_Cand]:
    sp = _first_cue(ctx, _ARREST_RX)
    if not sp:
        return []
    crime = ctx.search(_CRIME_RX)
    if crime and not ctx.search(_POLITICAL_ARMED_RX):  # arrests of criminals: organised crime
        return [_cand(ctx, "ORG_CRIME", sp, 30, 0.65)]
    return [_cand(ctx, "ARREST", sp, 30, 0.8)]


# 10. battles / violence against civilians ------------------------------------------------
_CLASH_RX = _rx(
    r"\b(?P<cue>clash(?:ed|es|ing)?|fighting|fought|battl(?:e|es|ed|ing)|gun ?battles?|fire-?fights?|"
    r"gun-?fights?|shoot-?outs?|exchange[sd]? (?:of )?(?:fire|gunfire|heavy fire)|exchanged fire|"
    r"trading fire|traded fire|skirmish(?:es)?|engag(?:ed|ement|ements)\s+(?:in\s+)?(?:with|heavy|fierce|"
    r"the|in)|ambush(?:ed|es|ing)?|came under (?:heavy )?(?:fire|attack)|repel(?:led|s|ling)?|"
    r"repuls(?:ed|es|ing)|fended off|foiled an? (?:\w+ )?attack|counter-?attack(?:ed|s)?|counter-?offensive|"
    r"offensive|inflict(?:ed|ing)? (?:heavy |huge |great )?(?:losses|casualties)|hostilities|"
    r"crossfire|cross-fire|firing (?:between|on)|heavy (?:fighting|gunfire)|armed confrontations?|"
    r"confrontations?|combat|operations? against|military operation|crackdown on|assault on)\b")
_ATTACK_RX = _rx(
    r"\b(?P<cue>attack(?:ed|s|ing|ers?)?|raid(?:ed|s|ing)?|storm(?:ed|ing|s)|assault(?:ed|s|ing)?|"
    r"charg(?:ed)|set upon|open(?:ed|s)? fire|fir(?:ed|ing) (?:on|at|upon|into)|shot dead|shot and killed|"
    r"gunned down|shot|shooting|shootings|killings?|kill(?:ed|s|ing)?|massacre[ds]?|slaughter(?:ed|ing)?|"
    r"behead(?:ed|ing)|execut(?:ed|ion|ions)|hacked|stabbed|stabbing|machete|assassinat(?:ed|ion|e)|"
    r"murder(?:ed|s)?|invaded|torched|burn(?:ed|t) alive|targeted|lynched|tortured?|beat(?:en)?|"
    r"violence|violent)\b")


def _rule_violence(ctx: _Ctx) -> list[_Cand]:
    clash = _first_cue(ctx, _CLASH_RX, keep=lambda m, sp: not re.search(
        r"\b(?:against|of)\s*$|(?:fight|battle)\s+against\s+(?:corruption|poverty|covid|disease|crime|drugs)",
        ctx.text[max(0, sp[0] - 12):sp[1] + 25], re.I) and not re.match(
        r"operations?|military operation|crackdown|combat|confrontation", ctx.text[sp[0]:sp[1]], re.I))
    weak_clash = _first_cue(ctx, _CLASH_RX)
    attacks = []
    for sp in _all_cues(ctx, _ATTACK_RX):
        word = ctx.text[sp[0]:sp[1]].lower()
        ss, se = ctx.sent_of(sp[0])
        if word.startswith("raid") and ctx.search(_ARREST_RX, ss, se):
            continue  # "raids to detain activists" are arrests
        if word in ("violence", "violent") and not re.match(r"\s+(?:against|on)\b", ctx.text[sp[1]:sp[1] + 10]):
            continue
        attacks.append(sp)
    # clashes / attacks in a sentence about a protest are for the demonstration rules
    protest_sents = {ctx.sent_of(p[0]) for p in _all_cues(ctx, _PROTEST_RX) if not ctx.in_topic(p[0])}

    def protest_sentence(sp):
        return ctx.sent_of(sp[0]) in protest_sents
    if clash and protest_sentence(clash):
        clash = None
    attacks = [a for a in attacks if not protest_sentence(a)]
    out = []
    if clash:
        out.append(_cand(ctx, "ARMED_CLASH", clash, 20, 0.75))
    if not attacks:
        if weak_clash and not clash:
            out.append(_cand(ctx, "ARMED_CLASH", weak_clash, 22, 0.5))
        return out
    strong = [a for a in attacks if not _WEAK_ATTACK_RX.fullmatch(ctx.text[a[0]:a[1]])]
    pool = strong or attacks
    fg = [a for a in pool if not ctx.in_bg(a[0])] or pool
    a, (label, sc) = fg[0], _attack_target(ctx, fg[0])
    for cand in fg[1:4]:
        if sc >= 0.7:
            break
        lab2, sc2 = _attack_target(ctx, cand)
        if sc2 > sc:
            a, label, sc = cand, lab2, sc2
    if strong:
        out.append(_cand(ctx, label, a, 20.5 if label == "ARMED_CLASH" else 21, sc))
    else:  # only outcome words ("killed", "dead"): weak, a background cause may explain them
        out.append(_cand(ctx, label, a, 45, sc * 0.8))
    return out


_WEAK_ATTACK_RX = _rx(r"kill(?:ed|s|ing)?|killings?|shot|shooting|shootings|violence|violent|targeted|beat(?:en)?|"
                      r"execut(?:ed|ion|ions)|torture|tortured")


def _attack_target(ctx: _Ctx, span: tuple[int, int]) -> tuple[str, float]:
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
    mil_t = _MIL_TARGET_RX.search(tgt_txt)
    civ_t = _CIV_TARGET_RX.search(tgt_txt)
    subj, agent = ctx.subject_text(s, e)
    if agent:  # passive: "civilians were killed by militants": the subject is the victim
        victims = ctx.text[ss:s]
        civ_t = civ_t or _CIV_TARGET_RX.search(victims[-80:])
        mil_t = mil_t or _MIL_TARGET_RX.search(victims[-80:])
    who = _actor_kind(subj)
    if mil_t and (not civ_t or mil_t.start() < civ_t.start()):
        return "ARMED_CLASH", 0.7
    if civ_t:
        return "ATTACK", 0.7
    # searches in the sentence text[ss:se]
    has_mil = ctx.search_in(_MIL_TARGET_RX, ss, se)
    if who == "gov" and ctx.search_in(_NSA_RX, ss, se):
        return "ARMED_CLASH", 0.6
    if who == "nsa" and ctx.search_in(_STATE_SIDE_RX, ss, se):
        return "ARMED_CLASH", 0.6
    if ctx.search_in(_CIVILIANS_RX, ss, se) and not has_mil:
        return "ATTACK", 0.6
    if ctx.search_in(_NSA_RX, ss, se) and ctx.search_in(_STATE_FORCES_RX, ss, se):
        return "ARMED_CLASH", 0.55  # both armed sides named
    if has_mil and who is None and ctx.search_in(_FORCES_HIT_RX, ss, se):
        return "ARMED_CLASH", 0.55
    return "ATTACK", 0.5


_STATE_SIDE_RX = _rx(r"\b(?:army|troops|soldiers?|police\w*|security forces|military|forces|"
                     r"bases?|checkpoints?|posts?|positions)\b")
_CIVILIANS_RX = _rx(r"\b(?:civilians?|villagers?|residents|people)\b")
_STATE_FORCES_RX = _rx(r"\b(?:army|troops|soldiers?|police\w*|security forces|military|"
                       r"government forces)\b")
_FORCES_HIT_RX = _rx(r"\b(?:soldiers?|troops|police\w*|security forces|army)\b.*"
                     r"\b(?:killed|wounded|injured|dead)\b|\b(?:killed|wounded|injured)\b"
                     r".{0,40}\b(?:soldiers?|troops|police\w*|security forces)\b")


_PROPERTY_RX = _rx(
    r"\b(?P<cue>loot(?:ed|ing|ers?|s)?|ransack(?:ed|ing)?|vandali[sz](?:ed|ing|m)|vandals?|pillag(?:ed|ing)|"
    r"smash(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:windows?|doors?|cars?|vehicles?|shops?|statues?)|defac(?:ed|ing)|"
    r"torch(?:ed|ing)|set (?:on )?fire|set ablaze|arson|razed|demolish(?:ed|ing|es)?|demolitions?|"
    r"burn(?:ed|t|ing)\s+(?:down\s+)?(?:\w+\s+){0,3}?(?:homes?|houses?|shops?|stores?|propert(?:y|ies)|"
    r"buildings?|vehicles?|cars?|churches|mosques?|offices?|warehouses?|markets?|huts?|granaries)|"
    r"(?:homes?|houses?|shops?|stores?|propert(?:y|ies)|buildings?|offices?)\s+(?:\w+\s+){0,3}?"
    r"(?:burn(?:ed|t)|torched|destroyed|looted|razed|demolished|vandali[sz]ed)|"
    r"destr(?:oyed|uction of)\s+(?:\w+\s+){0,3}?(?:homes|houses|shops|propert(?:y|ies)|buildings|crops))\b")


def _rule_property(ctx: _Ctx) -> list[_Cand]:
    sp = _first_cue(ctx, _PROPERTY_RX)
    if not sp:
        return []
    # ACLED: looting/destruction is coded on its own only without other violence
    cas = _fg_search(ctx, _CASUALTY_RX)
    return [_cand(ctx, "PROPERTY_DISTRUCT", sp, 19 if cas is None else 27, 0.7)]


# 11. strategic developments ---------------------------------------------------------------
_AGREE_RX = _rx(
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
_AGREE_NEG_RX = _rx(r"(?:violat\w*|breach\w*|broke|breaking|despite|collapse\w*|undermin\w*)\s+(?:\w+\s+){0,3}$")


def _rule_agree(ctx: _Ctx) -> list[_Cand]:
    def keep(m, span):
        left = ctx.text[max(0, span[0] - 40):span[0]]
        right = ctx.text[span[1]:span[1] + 20]
        if _AGREE_NEG_RX.search(left) or re.match(r"\s*violations?", right, re.I):
            return False
        return True

    sp = _first_cue(ctx, _AGREE_RX, keep=keep)
    return [_cand(ctx, "AGREEMENT", sp, 31, 0.7)] if sp else []


_HQ_RX = _rx(
    r"\b(?P<cue>establish(?:ed|es|ing)?|set(?:ting|s)? up|buil[dt](?:ing|s)?|construct(?:ed|ing|s)?|"
    r"open(?:ed|s|ing)|creat(?:ed|es|ing)|install(?:ed|s|ing)?|erect(?:ed|s)?)\s+(?:\w+\s+){0,5}?"
    r"(?:(?:military\s+)?bases?|headquarters|hq|camps?|barracks|outposts?|observation (?:points?|posts?)|"
    r"military posts?|command (?:cent(?:er|re)s?|posts?)|garrisons?|checkpoints?|airbase|air base|"
    r"positions|military (?:facilit(?:y|ies)|installations?))\b"
    r"|\b(?:bases?|headquarters|camps?|barracks|outposts?|observation (?:points?|posts?)|checkpoints?)\s+"
    r"(?:\w+\s+){0,4}?(?:have been|has been|were|was|are being|being)\s+(?P<cue2>established|set up|built|"
    r"constructed|opened|erected)\b")


def _rule_hq(ctx: _Ctx) -> list[_Cand]:
    sp = _first_cue(ctx, _HQ_RX)
    return [_cand(ctx, "HQ_ESTABLISHED", sp, 32, 0.75)] if sp else []


_CHANGE_RX = _rx(
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


def _rule_change(ctx: _Ctx) -> list[_Cand]:
    sp = _first_cue(ctx, _CHANGE_RX)
    return [_cand(ctx, "CHANGE_TO_GROUP_ACT", sp, 33, 0.65)] if sp else []


_OTHER_RX = _rx(
    r"\b(?P<cue>(?:missile|rocket|nuclear|weapons?)\s+(?:tests?|launch(?:es)?|programm?e?s?|development)|"
    r"test-?fir(?:ed|es|ing)|tunnels?|mass graves?|(?:launched|launch of)\s+(?:a\s+)?(?:satellite|spy satellite)|"
    r"curfews?|state of (?:emergency|siege)|martial law|internet (?:shutdown|blackout)|"
    r"(?:bodies|corpses)\s+(?:\w+\s+){0,3}?(?:found|discovered|recovered|exhumed))\b")


def _rule_other(ctx: _Ctx) -> list[_Cand]:
    sp = _first_cue(ctx, _OTHER_RX)
    return [_cand(ctx, "OTHER", sp, 50, 0.5)] if sp else []


_RULES: tuple[Callable[[_Ctx], list[_Cand]], ...] = (
    _rule_attrib, _rule_diplo, _rule_disaster, _rule_sex, _rule_chem, _rule_suic, _rule_disr, _rule_air,
    _rule_protest, _rule_crime, _rule_art, _rule_rem, _rule_grenade, _rule_territory, _rule_abduct,
    _rule_violence, _rule_property, _rule_arrest, _rule_agree, _rule_hq, _rule_change, _rule_other,
)

# PLOVER type -> CASE label used only when no rule fires
# a cue in a background clause ranks this many precedence steps lower
_BG_PENALTY = 20

_PLOVER_FALLBACK = {
    "ASSAULT": "ATTACK", "FIGHT": "ARMED_CLASH", "PROTEST": "PEACE_PROTEST", "AGREE": "AGREEMENT",
    "SETTLE": "AGREEMENT", "CONCEDE": "AGREEMENT", "CONSULT": "DIPLO", "COOPERATE": "DIPLO",
    "SUPPORT": "DIPLO", "SANCTION": "DIPLO", "REJECT": "DIPLO", "ACCUSE": "ATTRIB", "DISAPPROVE": "ATTRIB",
    "MOBILIZE": "CHANGE_TO_GROUP_ACT", "RETREAT": "CHANGE_TO_GROUP_ACT", "COERCE": "ARREST",
    "CRIME": "ORG_CRIME",
}


def _label(case: str, cue: tuple[int, int] | None, score: float) -> AcledLabel:
    et, st = CASE_TO_ACLED[case]
    return AcledLabel(et, st, case, cue, round(max(0.0, min(1.0, score)), 3))


def classify_acled(text: str, plover_type: str | None = None, doc=None) -> AcledLabel:
    """Classify a sentence / short report into a CASE 2021 label and its ACLED types.

    ``doc`` is an optional spaCy Doc of exactly ``text``; it refines negation and who-did-
    what (subject / passive agent / object). Never raises on odd input; empty or cue-less
    text returns the undecided label (``OTHER``, no ACLED types, score 0).
    """
    if not text or not text.strip():
        return AcledLabel(None, None, "OTHER", None, 0.0)
    ctx = _Ctx(text, doc)
    cands: list[_Cand] = []
    for rule in _RULES:
        cands.extend(rule(ctx))
    if cands:
        best = min(cands, key=lambda c: (c.prio + (_BG_PENALTY if c.bg else 0), c.start))
        score = best.score * (0.8 if best.bg else 1.0)
        return _label(best.label, (best.start, best.end), score)
    # fallback 1: the PLOVER type of the event
    if plover_type:
        case = _PLOVER_FALLBACK.get(plover_type.upper())
        if case:
            return _label(case, None, 0.35)
    # fallback 2: casualties without a recognisable event word -> attack on someone
    m = ctx.search(_CASUALTY_RX)
    if m and not ctx.negated(m.start()):
        return _label("ATTACK", m.span(), 0.3)
    return AcledLabel(None, None, "OTHER", None, 0.0)
