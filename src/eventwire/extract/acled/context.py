"""What the rules read off one text: clauses, background, negation, who acted.

``Ctx`` wraps a sentence or short report (and optionally its spaCy ``Doc``) and answers
the questions every rule family asks: is a position inside a background clause ("after
clashes ...") or the topic of a protest, is a cue negated, which clause or sentence holds
it, who is the subject of a verb. Pattern matching goes through ``FastText`` (exact
results, less work). The rule helpers at the end pick a rule's cue from its matches.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .fastregex import FastText
from .vocab import ignorecase

__all__ = ["Cand", "Ctx", "all_cues", "cand", "first_cue", "fg_search"]

# Background clauses: cues inside them describe context, not the reported event.
_BG_TRIGGER_RX = ignorecase(
    r"\b(?:after|following|in (?:retaliation|response|reaction|revenge) (?:for|to)|retaliat\w+ (?:for|against)|"
    r"amid|amidst|ahead of|in the wake of|in anticipation of|despite|in the face of|accused of|"
    r"blamed for|suspected of|weeks? after|days? after|months? after|years? after|based on|"
    r"the scene of|the site of|where|since|prior to|before|in connection with|linked to|"
    r"in the aftermath of|was due to|in the run-?up to|while|whereas|who|whose|which|"
    r"that\s+(?:had|has|have|was|were|is|are|carried|killed|left|claimed|caused|targeted)|"
    r"(?:that|which|who)\s+(?:had|has|have)\s+been)\b")
# The topic of a protest ("protests against the arrest of ..."): not the reported event.
_TOPIC_TRIGGER_RX = ignorecase(
    r"\b(?:(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|strikes?|sit-?ins?|vigils?|anger|outrage)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:against|over|at)(?!\s+(?:each other|one another))|"
    r"(?:is|are|was|were)\s+(?:over|against)|"
    r"demanding|demand|condemning|denouncing|calling for|call for|to mourn|"
    r"to protest|to demand|to denounce|to condemn|in solidarity with|for the release of|"
    r"in support of|in memory of|justice for|to commemorate|to show their anger|to express|"
    r"decrying|protesting|to oppose|opposing)\b")
# a clause ends at punctuation, a dash between spaces, a newline or "but" / "while" / "whereas"
_CLAUSE_END_RX = re.compile(r"[,;:.!?()\"“”]|\s[-–—]\s|\n|\bbut\b|\bwhile\b|\bwhereas\b", re.I)

# a negation at most three words before a cue ("did not claim", "no group has claimed")
_NEG_BEFORE_RX = ignorecase(r"(?:\b(?:no|not|never|nobody|none|neither|nor|without|yet to|no one|"
                            r"failed to|n't)\b|n't)(?!\s+(?:fewer|less|more|only|longer|sooner)\b)\W+(?:\w+\W+){0,3}$")

# a sentence ends at . ! ? before a capital, a digit or a quote
_SENT_SPLIT_RX = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“'])")

_NEG_WINDOW = 40  # characters before a cue searched for its negation (a few words)
_CLIMB_HOPS = 4  # head hops from a cue up to the verb whose subject acted ("... after seizing X")
_AGENT_WINDOW = 80  # characters after a passive verb searched for its "by" agent
_AUX_WINDOW = 25  # characters before a verb searched for its passive auxiliary ("was", "were")
_SUBJECT_WINDOW = 90  # characters of left context kept as the subject without a parse


@dataclass
class Cand:
    """A rule's proposal: a CASE label for the cue at [start, end), its precedence rank
    (lower wins) and score; bg: the cue sits in a background clause."""
    label: str
    start: int
    end: int
    prio: float
    score: float
    bg: bool = False


class Ctx(FastText):
    """One text (a sentence or short report) and what the rules ask of it."""

    def __init__(self, text: str, doc=None):
        super().__init__(text)
        # a Doc or a Span (e.g. one sentence of a larger Doc) whose text is exactly `text`
        self.doc = doc if (doc is not None and getattr(doc, "text", None) == text) else None
        self._base = getattr(doc, "start_char", 0) if self.doc is not None else 0
        # per-position and per-pattern caches (patterns keyed by id(): module constants)
        self.cue_cache: dict[int, list[tuple[int, int]]] = {}  # all_cues, per pattern
        self._neg: dict[int, bool] = {}
        self._clause: dict[int, tuple[int, int]] = {}
        self.bg = self._regions(_BG_TRIGGER_RX)
        self.topic = self._regions(_TOPIC_TRIGGER_RX, from_end=True)
        self.sents = self._sentences()
        self._tok_by_char: dict[int, object] | None = None

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
        if self.search_in(_NEG_BEFORE_RX, max(sent_start, start - _NEG_WINDOW), start):
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
            for _ in range(_CLIMB_HOPS):
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
        tail = self.text[end:end + _AGENT_WINDOW]
        mby = re.match(r"\s*(?:\w+\s+){0,3}?by\s+((?:[\w'’-]+\s*){1,6})", tail)
        if mby and re.search(r"\b(?:was|were|been|is|are|be)\s*$", self.text[max(0, start - _AUX_WINDOW):start], re.I):
            return mby.group(1), True
        left = self.text[self.sent_of(start)[0]:start]
        cut = max([m.end() for m in re.finditer(
            r"[,;:]|\b(?:and|while|as|when|after|that|which|who|said|says|say|reported|report)\b",
            left, re.I)] + [0])
        return left[cut:][-_SUBJECT_WINDOW:], False


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


# --------------------------------------------------------------------------------------
# rule helpers
# --------------------------------------------------------------------------------------

# keyed by id(): patterns are module constants (the entry keeps its pattern alive)
_CUE_NAMES: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}


def _cue_names(rx: re.Pattern[str]) -> tuple[str, ...]:
    """rx's named groups that mark a cue (cue, cue2, ...), in pattern order."""
    entry = _CUE_NAMES.get(id(rx))
    if entry is None or entry[0] is not rx:
        entry = _CUE_NAMES[id(rx)] = (rx, tuple(g for g in rx.groupindex if g.startswith("cue")))
    return entry[1]


def first_cue(ctx: Ctx, rx: re.Pattern[str], *, allow_neg: bool = False,
              keep: Callable[[Ctx, re.Match[str], tuple[int, int]], bool] | None = None
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
        if keep is not None and not keep(ctx, m, span):
            continue
        spans.append(span)
    if not spans:
        return None
    fg = [s for s in spans if not ctx.in_bg(s[0])]
    return (fg or spans)[0]


def cand(ctx: Ctx, label: str, span: tuple[int, int], prio: float, score: float) -> Cand:
    """The candidate for a cue span (trimmed of spaces), marked when in the background."""
    s, e = span
    while s < e and ctx.text[s].isspace():
        s += 1
    while e > s and ctx.text[e - 1].isspace():
        e -= 1
    return Cand(label, s, e, prio, score, ctx.in_bg(s))


def fg_search(ctx: Ctx, rx: re.Pattern[str], lo: int = 0, hi: int | None = None,
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


def all_cues(ctx: Ctx, rx: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of every non-negated cue of rx, in text order (computed once per text)."""
    cached = ctx.cue_cache.get(id(rx))
    if cached is not None:
        return list(cached)
    names = _cue_names(rx)
    out = []
    for m in ctx.matches(rx):
        span = next((m.span(g) for g in names if m.group(g) is not None), m.span())
        if not ctx.negated(span[0]):
            out.append(span)
    out.sort()
    ctx.cue_cache[id(rx)] = out
    return list(out)

