"""Exact, faster matching of many case-insensitive patterns over one short text.

The ACLED rules run some sixty IGNORECASE patterns over every sentence; most of them
cannot match it. Two shortcuts give the same matches (same spans) as running each
pattern as written on the text, with less work, using only the public ``re`` API:

1. **Required strings.** A small reader of the regex syntax the rules use (literals,
   classes, groups, lookarounds, alternation, repetition; ``regex_syntax``) derives from the
   pattern's own source the lowercase strings every match must contain, as an and/or
   tree ("claim" or "took" or ...). A text without them cannot match, so the pattern is
   not run. A string that must start a word (``\\bied``) is looked for at a word start.
2. **Lowercase matching.** A case-insensitive pattern whose every one-character item
   matches a character under IGNORECASE exactly when it matches the character's
   lowercase *stand-in* without it runs, without IGNORECASE, on the lowercased text,
   which the regex engine scans several times faster. ASCII characters stand in for
   themselves lowercased; a non-ASCII character gets a stand-in only after it has been
   checked against every one-character item of the patterns seen so far (``_stand_in``).

Whatever the reader does not know (back-references, verbose mode, inline global flags,
...), and any text with a character that has no sure stand-in, takes the plain path:
never a different answer, only a slower one. Match objects from the lowercase path carry
lowercase group text, so callers use spans, or ``.lower()`` of group text.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from string import ascii_lowercase

from .regex_syntax import Unsupported, parse

__all__ = ["FastText", "PatternInfo", "holds", "key_mask", "pattern_info", "requirement"]


# --------------------------------------------------------------------------------------
# one-character items ("atoms") and lowercase stand-ins
# --------------------------------------------------------------------------------------
# An atom is the source of a one-character item, compiled twice: with and without
# IGNORECASE. It is *plain* when, for every ASCII character, it matches the character
# under IGNORECASE exactly when it matches its lowercase without.

_ASCII = [chr(i) for i in range(128)]
_WORD_CLASSES = (re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d"))  # a stand-in keeps these
_ASCII_TIES = [(a, re.compile(a, re.I)) for a in ascii_lowercase]
# The plain atoms seen so far, (with, without IGNORECASE); a tuple replaced, never changed
# in place, so that a reader in another thread iterates a stable one.
_ATOMS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
_PLAIN: dict[tuple[str, int], bool] = {}
_generation = 0  # grows with each new atom (after _ATOMS): stand-ins checked before do not cover it
_STAND_INS: dict[str, tuple[int, str | None]] = {}


def _atom_source(node: tuple) -> str | None:
    kind = node[0]
    if kind == "lit":
        return re.escape(node[1])
    if kind == "set":
        return node[3]
    if kind == "cat":
        return "\\" + node[1]
    return "." if kind == "any" else None


def _is_plain(source: str, flags: int) -> bool:
    key = (source, flags)
    if key not in _PLAIN:
        ignore = re.compile(source, flags | re.I)
        exact = re.compile(source, flags & ~re.I)
        _PLAIN[key] = all(bool(ignore.fullmatch(c)) == bool(exact.fullmatch(c.lower())) for c in _ASCII)
        if _PLAIN[key]:
            global _ATOMS, _generation
            _ATOMS = _ATOMS + ((ignore, exact),)
            _generation += 1
    return _PLAIN[key]


def _stand_in(c: str) -> str | None:
    """The lowercase stand-in of non-ASCII text character c: the one ASCII letter it is
    tied to under IGNORECASE (long s -> s, Kelvin sign -> k, dotless i -> i) or its
    lowercase, kept only if every plain atom seen so far matches c under IGNORECASE
    exactly when it matches the stand-in without it, and the stand-in is in the same
    \\w / \\s / \\d classes; None if there is no sure one."""
    generation, atoms = _generation, _ATOMS  # in this order: atoms cover the generation
    cached = _STAND_INS.get(c)
    if cached is not None and cached[0] == generation:
        return cached[1]
    ties = [a for a, rx in _ASCII_TIES if rx.fullmatch(c)]
    s: str | None = ties[0] if len(ties) == 1 else (c.lower() if not ties else None)
    if s is not None and (len(s) != 1 or any(bool(x.match(c)) != bool(x.match(s)) for x in _WORD_CLASSES)
                          or any(bool(ig.fullmatch(c)) != bool(ex.fullmatch(s)) for ig, ex in atoms)):
        s = None
    _STAND_INS[c] = (generation, s)
    return s


def _lowerable(seq: list, flags: int) -> bool:
    """Every one-character item of seq is plain and nothing switches case sensitivity, so
    the pattern without IGNORECASE finds the same matches in the lowercased text."""
    for node in seq:
        kind = node[0]
        if kind == "group":
            if node[1] or node[2] or not _lowerable(node[3], flags):
                return False
        elif kind in ("look", "rep"):
            if not _lowerable(node[3], flags):
                return False
        elif kind == "alt":
            if not all(_lowerable(b, flags) for b in node[1]):
                return False
        elif kind != "at" and not _is_plain(_atom_source(node), flags):
            return False
    return True


# --------------------------------------------------------------------------------------
# required strings
# --------------------------------------------------------------------------------------
# A requirement is None (nothing), a leaf string that must occur in the lowercased text
# (a leading _WB: at the start of a word there), or ("and", [...]) / ("or", [...]).

_MIN_LEAF = 2  # shorter strings are in nearly every text: not worth testing
_LANG_CAP = 64  # most strings one run of literal items is expanded to
_WB = "\x00"  # word-boundary marker inside expanded strings
_LEAD_WORD_RX = re.compile(r"\w*")


def _lang(node: tuple, ci: bool) -> set[str] | None:
    """The few exact lowercase strings node can match, or None. ci: under IGNORECASE. A
    word boundary gives the marker, other zero-width items the empty string."""
    kind = node[0]
    if kind == "lit":
        c = _leaf_char(node[1], ci, _atom_source(node))
        return None if c is None else {c}
    if kind == "at":
        return {_WB} if node[1] == "b" else {""}
    if kind == "set":
        if node[1] or len(node[2]) > 4 or any(m[0] != "ch" for m in node[2]):
            return None
        chars = {_leaf_char(m[1], ci, node[3]) for m in node[2]}
        return None if None in chars else chars
    if kind == "group":
        return _seq_lang(node[3], _case_in(node, ci))
    if kind == "alt":
        out: set[str] = set()
        for b in node[1]:
            lb = _seq_lang(b, ci)
            if lb is None:
                return None
            out |= lb
        return out if len(out) <= _LANG_CAP else None
    if kind == "rep" and node[1] == 0 and node[2] == 1:
        sub = _seq_lang(node[3], ci)
        return None if sub is None else sub | {""}
    return None


def _leaf_char(c: str, ci: bool, atom: str) -> str | None:
    """What text matched by character c of atom shows in the lowercased text: under
    IGNORECASE c itself when the atom is plain; case-sensitively, an ASCII c lowercased."""
    if c == _WB:
        return None
    if ci:
        return c if _is_plain(atom, re.I) else None
    return c.lower() if c.isascii() else None


def _case_in(group: tuple, ci: bool) -> bool:
    return True if "i" in group[1] else (False if "i" in group[2] else ci)


def _seq_lang(seq: list, ci: bool) -> set[str] | None:
    lang = {""}
    for node in seq:
        li = _lang(node, ci)
        if li is None or len(lang) * len(li) > _LANG_CAP:
            return None
        lang = {a + b for a in lang for b in li}
    return lang


def _is_space_run(node: tuple) -> bool:
    """One or more whitespace characters (what follows starts a word if it can)."""
    if node[0] != "rep" or node[1] < 1 or len(node[3]) != 1:
        return False
    item = node[3][0]
    return item == ("cat", "s") or (item[0] == "set" and not item[1] and item[2] == (("cat", "s"),))


def _leaf(s: str, anchored: bool) -> str:
    """Leaf of an expanded string (markers removed; marked when it starts a word)."""
    anchored = anchored or s.startswith(_WB)
    s = s.replace(_WB, "")
    return _WB + s if anchored and _LEAD_WORD_RX.match(s).end() > 0 else s


def _req(seq: list, ci: bool, anchored: bool = False):
    """What every match of seq (with its lookarounds) requires; ``anchored``: seq starts
    where a word may start (after a word boundary or whitespace)."""
    parts: list = []
    lang = {""}  # strings the run of literal items so far can match
    run_anchored = anchored
    for node in seq:
        li = _lang(node, ci)
        if li is not None and len(lang) * len(li) <= _LANG_CAP:
            lang = {a + b for a in lang for b in li}
            continue
        # the item starts where the run started if the run consumed nothing
        item_anchored = (run_anchored or lang == {_WB}) if lang <= {"", _WB} else False
        if lang - {"", _WB}:
            parts.append(_any_of([_leaf(x, run_anchored) for x in sorted(lang)]))
        lang, run_anchored = {""}, False
        parts.append(_node_req(node, ci, item_anchored))
        if node[0] == "rep":
            run_anchored = _is_space_run(node)
        if li is not None:  # a small language too big to join the run: it starts a new one
            lang, run_anchored = li, item_anchored
    if lang - {"", _WB}:
        parts.append(_any_of([_leaf(x, run_anchored) for x in sorted(lang)]))
    return _all_of(parts)


def _node_req(node: tuple, ci: bool, anchored: bool):
    kind = node[0]
    if kind == "group":
        return _req(node[3], _case_in(node, ci), anchored)
    if kind == "alt":
        return _any_of([_req(b, ci, anchored) for b in node[1]])
    if kind == "rep":
        return _req(node[3], ci, anchored) if node[1] >= 1 else None  # the first repetition
    if kind == "look" and node[2]:  # a positive lookaround's text is in the text too
        return _req(node[3], ci, anchored and not node[1])
    return None


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
    i = sa.find(sb, 1)  # b starts a word inside a: after a non-word character of a
    while i > 0:
        if not _LEAD_WORD_RX.match(sa[i - 1]).end():
            return True
        i = sa.find(sb, i + 1)
    return False


def _all_of(parts: list):
    items: list = []
    for p in parts:
        if p is None or (isinstance(p, str) and len(_bare(p)) < _MIN_LEAF):
            continue  # dropping a condition only weakens the requirement
        items.extend(p[1] if isinstance(p, tuple) and p[0] == "and" else [p])
    out: list = []
    for i, p in enumerate(items):  # a leaf implied by another conjunct adds nothing
        if p in out or (isinstance(p, str) and any(j != i and q != p and _implies(q, p)
                                                   for j, q in enumerate(items))):
            continue
        out.append(p)
    if not out:
        return None
    out.sort(key=lambda p: (0, -len(_bare(p))) if isinstance(p, str) else (1, 0))  # longest (rarest) first
    return out[0] if len(out) == 1 else ("and", out)


def _any_of(alts: list):
    if any(a is None or (isinstance(a, str) and len(_bare(a)) < _MIN_LEAF) for a in alts):
        return None  # some alternative requires nothing worth testing
    items: list = []
    for a in alts:
        items.extend(a[1] if isinstance(a, tuple) and a[0] == "or" else [a])
    leaves = [b for b in items if isinstance(b, str)]
    out: list = []
    for a in items:  # "a or b" is b when a implies b
        if a in out or any(b != a and _implies(a, b) for b in leaves):
            continue
        out.append(a)
    return out[0] if len(out) == 1 else ("or", out)


def requirement(pattern: str, flags: int = re.I):
    """The and/or tree of leaf strings every match of pattern needs in the lowercased
    text (None: nothing worth testing). Raises ``Unsupported`` for unknown syntax."""
    with _ANALYSIS_LOCK:
        return _req(parse(pattern), bool(flags & re.I))


# --------------------------------------------------------------------------------------
# compiled requirements and per-pattern information
# --------------------------------------------------------------------------------------
# A plain string is looked for in the lowercased text. A string that starts a word is
# looked for first by its *key*, the first two to four characters of the word it starts
# (all of them up to four), among the keys of the text's words (each word's first two,
# three and four characters), then, when longer than its key, in the text. Every key has
# a bit and a text has a *key mask*, the bits of its words' keys, so that one integer
# operation rules out most patterns.
#
# Compiled form: (is_or, strings, key mask, mask of keys to verify, (bit, strings) to
# verify, subnodes). In an "or" node the key mask holds the keys that suffice alone; in an
# "and" node, the keys all needed (the strings longer than theirs are among the strings).

_WORD_HEAD_RX = re.compile(r"\b\w{2,4}")  # the first two to four characters of each word
_KEY_LENGTHS = (2, 3, 4)  # a word's keys: its first 2, 3 and 4 characters (fewer for a short word)
_MAX_KEY = max(_KEY_LENGTHS)
_KEY_BITS: dict[str, int] = {}  # every key of a compiled requirement -> its bit
# word head -> bits of its keys; replaced by an empty one when a key is added (a reader in
# another thread finishes with the old one, whose mask then counts as out of date)
_head_bits: dict[str, int] = {}
_HEAD_BITS_CAP = 200_000  # heads remembered at most (a long-running service sees many words)


def _key(s: str) -> str | None:
    """Key of a string that starts a word: its first up to four word characters (a word
    of one character has none)."""
    n = min(_LEAD_WORD_RX.match(s).end(), _MAX_KEY)
    return s[:n] if n >= min(_KEY_LENGTHS) else None


def _mask(keys) -> int:
    """The bits of keys (each key gets one the first time it is seen)."""
    global _head_bits
    out = 0
    for k in keys:
        if k not in _KEY_BITS:
            _KEY_BITS[k] = 1 << len(_KEY_BITS)
            _head_bits = {}
        out |= _KEY_BITS[k]
    return out


def key_mask(low: str) -> int:
    """The key mask of lowercased text low: the bits of its words' keys."""
    global _head_bits
    heads = _head_bits
    if len(heads) >= _HEAD_BITS_CAP:
        heads = _head_bits = {}
    mask = 0
    for head in _WORD_HEAD_RX.findall(low):
        bits = heads.get(head)
        if bits is None:
            bits = heads[head] = sum(_KEY_BITS.get(head[:n], 0) for n in _KEY_LENGTHS if n <= len(head))
        mask |= bits
    return mask


def _compile(req, loose: bool = False):
    """Compiled form of requirement req; loose: every leaf looked for anywhere (for a
    slice of the text, whose first word may be cut)."""
    if req is None:
        return None
    kind, items = ("or", [req]) if isinstance(req, str) else req
    in_low, by_key, subs = [], {}, []
    for x in items:
        if not isinstance(x, str):
            subs.append(_compile(x, loose))
            continue
        bare = _bare(x)
        key = _key(bare) if x.startswith(_WB) and not loose else None
        if key is None:
            in_low.append(bare)
        elif kind == "and":  # all keys first, then the strings longer than theirs
            by_key[key] = None
            if key != bare:
                in_low.append(bare)
        else:  # the key alone says enough when it is all of the string
            strings = by_key.setdefault(key, [])
            if strings is not None:
                by_key[key] = None if key == bare else strings + [bare]
    alone = _mask(k for k, v in by_key.items() if v is None)
    verify = tuple((_mask([k]), tuple(v)) for k, v in by_key.items() if v is not None)
    verify_mask = _mask(k for k, v in by_key.items() if v is not None)
    return (kind == "or", tuple(in_low), alone, verify_mask, verify, tuple(subs))


def holds(req, low: str, mask: int) -> bool:
    """Compiled requirement req holds in lowercased text low of key mask mask."""
    is_or, in_low, alone, verify_mask, verify, subs = req
    if is_or:
        if alone & mask:
            return True
        if verify_mask & mask:
            for bit, strings in verify:
                if bit & mask and any(map(low.__contains__, strings)):
                    return True
        if in_low and any(map(low.__contains__, in_low)):
            return True
        for r in subs:
            if holds(r, low, mask):
                return True
        return False
    if (alone & mask) != alone:
        return False
    for x in in_low:
        if x not in low:
            return False
    for r in subs:
        if not holds(r, low, mask):
            return False
    return True


def _needs_one_of(req) -> tuple[frozenset[str], frozenset[str]] | None:
    """(keys, strings): a text meets requirement req only if it has one of these word
    keys or contains one of these strings; a quick test that rules most texts out."""
    if req is None:
        return None
    if isinstance(req, str):
        key = _key(_bare(req)) if req.startswith(_WB) else None
        return (frozenset([key]), frozenset()) if key else (frozenset(), frozenset([_bare(req)]))
    kind, items = req
    parts = [_needs_one_of(x) for x in items]
    if kind == "and":  # any one conjunct will do: the surest to rule texts out (fewest strings,
        # fewest short keys: "at" is in most texts, "prot" in few), then the cheapest
        return min(parts, key=lambda p: (len(p[1]), sum(len(k) < _MAX_KEY for k in p[0]), len(p[0])))
    return frozenset().union(*(p[0] for p in parts)), frozenset().union(*(p[1] for p in parts))


@dataclass(frozen=True)
class PatternInfo:
    """What the analysis of one pattern found; None / 0 fields: take the plain path."""
    rx: re.Pattern[str]
    lower_rx: re.Pattern[str] | None  # rx without IGNORECASE for the lowercased text
    req: tuple | None  # compiled requirement
    loose_req: tuple | None  # the same, every leaf looked for anywhere
    quick: tuple[int, tuple[str, ...]] | None  # a text needs one of these keys (mask) or strings
    generation: int  # atoms known when analysed: a text's stand-ins must be this recent


_READABLE_FLAGS = re.I | re.M | re.S | re.U  # other flags change what the source means
# keyed by id(): hashing a compiled pattern hashes its whole code on every lookup; the
# entry keeps the pattern alive, so the id is not reused
_INFO: dict[int, PatternInfo] = {}
_ANALYSIS_LOCK = threading.Lock()  # one analysis at a time: atoms, keys and generation stay in step


def pattern_info(rx: re.Pattern[str]) -> PatternInfo:
    """rx's lowercase variant and compiled requirement, analysed once."""
    info = _INFO.get(id(rx))
    if info is None or info.rx is not rx:
        with _ANALYSIS_LOCK:
            info = _INFO[id(rx)] = _analyse(rx)
    return info


def _analyse(rx: re.Pattern[str]) -> PatternInfo:
    if not isinstance(rx.pattern, str) or rx.flags & ~_READABLE_FLAGS:
        return PatternInfo(rx, None, None, None, None, 0)
    try:
        seq = parse(rx.pattern)
        lower_rx = None
        if rx.flags & re.I and _lowerable(seq, rx.flags):
            lower_rx = re.compile(rx.pattern, rx.flags & ~re.I)
        req = _req(seq, bool(rx.flags & re.I))
    except Unsupported:
        return PatternInfo(rx, None, None, None, None, 0)
    needs = _needs_one_of(req)
    quick = None if needs is None else (_mask(needs[0]), tuple(sorted(needs[1], key=len, reverse=True)))
    return PatternInfo(rx, lower_rx, _compile(req), _compile(req, loose=True), quick, _generation)


# --------------------------------------------------------------------------------------
# one text
# --------------------------------------------------------------------------------------

_ASCII_RUN_RX = re.compile(r"[\x00-\x7f]+")
_UPPER_TO_LOWER = {ord(c): c.lower() for c in _ASCII if c.lower() != c}
_WORD_PAIR_RX = re.compile(r"\w\w")


class FastText:
    """A text and its lowercased image; ``finditer`` / ``search`` / ``search_in`` give
    the same matches (spans) as the pattern's own methods on the text."""

    def __init__(self, text: str):
        self.text = text
        self.ascii = text.isascii()
        self.generation = _generation
        self.low, self.safe = self._lowercase(text)
        self._mask, self._mask_keys = 0, -1  # key mask (see holds), for that many known keys
        # per pattern, keyed by id(): (can it match, lowercase variant)
        self._fast_whole: dict[int, tuple[bool, re.Pattern[str] | None]] = {}
        self._fast_slice: dict[int, tuple[bool, re.Pattern[str] | None]] = {}
        self._matches: dict[int, list[re.Match[str]]] = {}

    def _lowercase(self, text: str) -> tuple[str, bool]:
        if self.ascii:
            return text.lower(), True
        table = dict(_UPPER_TO_LOWER)
        for c in set(_ASCII_RUN_RX.sub("", text)):  # the non-ASCII characters
            s = _stand_in(c)
            if s is None:
                return text, False
            table[ord(c)] = s
        return text.translate(table), True

    def _fast(self, rx: re.Pattern[str], whole: bool = True) -> tuple[bool, re.Pattern[str] | None]:
        """(can rx match at all, lowercase variant to run on self.low or None), once per
        pattern; whole=False: in a slice of the text whose first word may be cut."""
        cache = self._fast_whole if whole else self._fast_slice
        got = cache.get(id(rx))
        if got is None:
            got = cache[id(rx)] = self._decide(rx, whole)
        return got

    def _decide(self, rx: re.Pattern[str], whole: bool) -> tuple[bool, re.Pattern[str] | None]:
        if not self.safe:
            return True, None
        info = _INFO.get(id(rx))
        if info is None or info.rx is not rx:
            info = pattern_info(rx)
        if not self.ascii and info.generation > self.generation:
            return True, None  # its atoms came after this text's stand-ins were checked
        req = info.req if whole else info.loose_req
        if req is None:
            return True, info.lower_rx
        if self._mask_keys != len(_KEY_BITS):  # first use, or keys added since
            known = len(_KEY_BITS)  # before the mask: keys added meanwhile make it out of date
            self._mask, self._mask_keys = key_mask(self.low), known
        quick = info.quick
        if whole and not quick[0] & self._mask and not any(map(self.low.__contains__, quick[1])):
            return False, info.lower_rx
        return holds(req, self.low, self._mask), info.lower_rx

    def may_match(self, rx: re.Pattern[str]) -> bool:
        """False only when rx cannot match anywhere in the text."""
        return self._fast(rx)[0]

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
        # a slice that cuts a word starts a word the whole text does not have
        cuts_word = start > 0 and _WORD_PAIR_RX.match(self.low, start - 1) is not None
        ok, low_rx = self._fast(rx, whole=not cuts_word)
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
