"""The ACLED classifier's fast regex helper (eventwire.extract.acled.fastregex / regex_syntax).

What must hold: matching through ``FastText`` gives exactly the matches (spans) of the
pattern's own methods on the text, and the required-strings pre-filter never rejects a
text the pattern matches. Checked on crafted cases, on every rule pattern of the
classifier, and with hypothesis on random patterns and texts.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.extract.acled import fastregex
from eventwire.extract.acled.fastregex import FastText, holds, key_mask, pattern_info, requirement
from eventwire.extract.acled.regex_syntax import Unsupported, parse


def _regs(ms) -> list:
    return [m.regs for m in ms]


def _reg(m):
    return None if m is None else m.regs


def assert_same_matches(rx: re.Pattern[str], text: str) -> None:
    """FastText's finditer / search / search_in equal the pattern's own, and a pattern
    that matches is never ruled out by the pre-filter."""
    ft = FastText(text)
    assert _regs(ft.finditer(rx)) == _regs(rx.finditer(text)), (rx.pattern, text)
    if rx.search(text):
        assert ft.may_match(rx), (rx.pattern, text)
    for pos in range(0, len(text) + 1, 3):
        assert _reg(ft.search(rx, pos)) == _reg(rx.search(text, pos)), (rx.pattern, text, pos)
        assert _reg(ft.search(rx, 0, pos)) == _reg(rx.search(text, 0, pos)), (rx.pattern, text, pos)
        for end in range(pos, len(text) + 1, 4):
            assert _reg(ft.search_in(rx, pos, end)) == _reg(rx.search(text[pos:end])), (rx.pattern, text, pos, end)


def _rule_patterns() -> list[re.Pattern[str]]:
    from eventwire.extract.acled import battles, context, crime, cues, demonstrations, explosions, vocab

    modules = (battles, context, crime, cues, demonstrations, explosions, vocab)
    return [v for m in modules for v in vars(m).values() if isinstance(v, re.Pattern)]


# --- reading patterns ----------------------------------------------------------------------

def test_parse_reads_the_subset():
    assert parse("a|b") == [("alt", [[("lit", "a")], [("lit", "b")]])]
    assert parse(r"\bab?") == [("at", "b"), ("lit", "a"), ("rep", 0, 1, [("lit", "b")])]
    assert parse("[^,.;]") == [("set", True, (("ch", ","), ("ch", "."), ("ch", ";")), "[^,.;]")]
    assert parse("[]a-c-]") == [("set", False, (("ch", "]"), ("range", "a", "c"), ("ch", "-")), "[]a-c-]")]
    assert parse("x{2,}?") == [("rep", 2, None, [("lit", "x")])]
    assert parse("x{}") == [("lit", "x"), ("lit", "{"), ("lit", "}")]  # as re reads it: literal braces
    assert parse(r"(?P<cue>a)(?-i:B)(?<!c)\x41") == [
        ("group", "", "", [("lit", "a")]), ("group", "", "i", [("lit", "B")]),
        ("look", True, False, [("lit", "c")]), ("lit", "A")]


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?P<n>a)(?P=n)", "(?x)a b", "(?i)abc", "(?(1)a|b)", r"\0",
                                     "(?x:a b)", "(?s)a.b", "a)", "(a"])
def test_parse_refuses_what_it_does_not_read(pattern):
    with pytest.raises(Unsupported):
        parse(pattern)


def test_every_rule_pattern_is_read():
    patterns = _rule_patterns()
    assert len(patterns) > 60
    for rx in patterns:
        parse(rx.pattern)  # raises Unsupported otherwise


def test_unreadable_patterns_take_the_plain_path():
    for rx in (re.compile(r"(ab)\1", re.I), re.compile("a b # comment", re.I | re.X), re.compile(rb"ab", re.I)):
        info = pattern_info(rx)
        assert info.lower_rx is None and info.req is None
    rx = re.compile(r"(ab)\1", re.I)
    assert _regs(FastText("xABab abAB").finditer(rx)) == _regs(rx.finditer("xABab abAB"))


# --- required strings ------------------------------------------------------------------------

def test_required_strings():
    assert requirement(r"\bclaimed responsibility") == "\x00claimed responsibility"
    assert requirement(r"\b(?:claim(?:ed|s)?|took)\s+credit\b") == (
        "and", ["\x00credit", ("or", ["\x00claim", "\x00took"])])
    assert requirement(r"\w+|x") is None  # one alternative needs nothing
    assert requirement(r"(?!foo)bar") == "bar"  # a negative lookahead requires nothing
    assert requirement(r"(?=.*dead)\bshot") == ("and", ["dead", "\x00shot"])  # lookahead text is in the text
    assert requirement(r"(?-i:The)\s+march") == ("and", ["\x00march", "the"])


@pytest.mark.parametrize("pattern,text,can_match", [
    (r"\bieds?\b", "the carried bag", False),  # "ied" must start a word
    (r"\bieds?\b", "an IED exploded", True),
    (r"\bclaim(?:ed|s)?\s+responsibility", "He claimed it all. No responsibility.", True),
    (r"\bclaim(?:ed|s)?\s+responsibility", "He took responsibility.", False),
    (r"\bal[- ]?shabaa?b\b", "Al-Shabaab fighters", True),
    (r"\bal[- ]?shabaa?b\b", "the shabaab", False),
    (r"\bal[- ]qa'?eda\b", "al qaeda", True),
    (r"n't\b", "they didn't", True),
    (r"\bno one\b", "none was hurt", False),
    (r"\bno one\b", "no-one was hurt", False),  # the key "no" is there, the string is not
    (r"\bno one\b", "now one more", False),  # "now" has the key "no"; the string is not there
])
def test_prefilter_crafted_cases(pattern, text, can_match):
    rx = re.compile(pattern, re.I)
    assert FastText(text).may_match(rx) is can_match
    assert bool(rx.search(text)) <= can_match
    assert_same_matches(rx, text)


def test_slice_that_cuts_a_word():
    """"never" starts a word of the slice though not of the whole text."""
    rx = re.compile(r"\b(?:no|never|nobody)\b\W+(?:\w+\W+){0,3}$", re.I)
    text = "whatnever claimed responsibility"
    ft = FastText(text)
    assert not ft.may_match(rx)
    cue = text.index("responsibility")
    assert rx.search(text[4:cue]) is not None
    assert _reg(ft.search_in(rx, 4, cue)) == _reg(rx.search(text[4:cue]))


def test_a_pattern_with_keys_newer_than_the_text_mask():
    ft = FastText("the qzxwvy convoy arrived")
    assert ft.may_match(re.compile(r"\barrived\b", re.I))  # the text's key mask is made here
    rx = re.compile(r"\bqzxwvy\b", re.I)  # keys no pattern had before
    assert ft.may_match(rx) and _reg(ft.search(rx)) == _reg(rx.search("the qzxwvy convoy arrived"))


# --- lowercase matching ----------------------------------------------------------------------

def test_lowercase_variant_only_where_exact():
    assert pattern_info(re.compile(r"\bstrike[sd]?\b", re.I)).lower_rx is not None
    assert pattern_info(re.compile("Strike", re.I)).lower_rx is None  # an uppercase literal
    assert pattern_info(re.compile("(?-i:the) march", re.I)).lower_rx is None  # case-sensitive inside
    assert pattern_info(re.compile("strike")).lower_rx is None  # case-sensitive pattern
    assert pattern_info(re.compile("[A-Z]x", re.I)).lower_rx is None


def test_stand_ins():
    ft = FastText("\u0130STANBUL \u017fTRIKE \u212aILLED \u00c9T\u00c9 \u2013 \u201cok\u201d")
    assert ft.safe and ft.low == "istanbul strike killed \u00e9t\u00e9 \u2013 \u201cok\u201d"
    for rx in (re.compile(r"\bstrike", re.I), re.compile(r"k\w+", re.I), re.compile("[e\u00e9]t", re.I)):
        assert_same_matches(rx, "\u017fTRIKE \u212aILLED \u00c9T\u00c9 \u0130stanbul")


def test_a_character_without_a_sure_stand_in_takes_the_plain_path():
    rx = re.compile("\u03c3", re.I)  # sigma; under IGNORECASE it matches final sigma too
    pattern_info(rx)
    ft = FastText("\u03c2 x")
    assert not ft.safe
    assert _regs(ft.finditer(rx)) == _regs(rx.finditer("\u03c2 x")) == [((0, 1),)]


def test_a_pattern_newer_than_the_text_takes_the_plain_path():
    ft = FastText("\u00b5 g")  # micro sign: its stand-in was checked before a Greek mu pattern existed
    rx = re.compile("\u03bc", re.I)  # Greek mu; under IGNORECASE it matches the micro sign
    assert _regs(ft.finditer(rx)) == _regs(rx.finditer("\u00b5 g")) == [((0, 1),)]
    assert not FastText("\u00b5 g").safe  # a new text knows the new pattern


# --- every rule pattern ----------------------------------------------------------------------

_CRAFTED = [
    "No group has claimed responsibility for the attack on the army outpost.",
    "Al-Shabaab militants didn't retake the town; they were pushed back from Barawe.",
    "IS fighters hurled grenades at police; protesters threw stones.",
    "A roadside IED exploded, while an improvised explosive device was defused by the bomb squad.",
    "Police fired tear gas and live rounds at peaceful demonstrators, killing four.",
    "The ceasefire agreement was violated. Rebels captured the district's headquarters.",
    "Chlorine gas leaked from a factory; nobody was hurt.",
    "\u017fuicide BOMBER \u212aILLED 5 at a caf\u00e9 \u2013 \u201cwitnesses\u201d said",
]


@pytest.mark.parametrize("text", _CRAFTED)
def test_rule_patterns_on_crafted_texts(text):
    for rx in _rule_patterns():
        assert_same_matches(rx, text)


def _leaf_words() -> list[str]:
    """The strings the rule patterns require: the words a rule-matching text is made of."""
    out: set[str] = set()

    def walk(req):
        if isinstance(req, str):
            out.add(req.lstrip("\x00"))
        elif req is not None:
            for r in req[1]:
                walk(r)
    for rx in _rule_patterns():
        walk(requirement(rx.pattern, rx.flags))
    return sorted(out)


_WORDS = _leaf_words() + ["the", "a", "of", "in", "on", "by", "was", "were", "army", "town", "no", "not", "after",
                          "killed", "people", "x", "42"]
_SEPARATORS = [" ", " ", " ", ", ", ". ", "-", "'", "\n", " \u2013 ", "; "]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS),
                                st.sampled_from(["lower", "upper", "title"])), min_size=1, max_size=12))
def test_rule_patterns_never_rejected_property(words):
    text = "".join(getattr(w, case)() + sep for w, sep, case in words)
    ft = FastText(text)
    mask = key_mask(ft.low)
    for rx in _rule_patterns():
        got = rx.search(text)
        info = pattern_info(rx)
        if got is not None and info.req is not None:
            assert holds(info.req, ft.low, mask), (rx.pattern[:80], text)
        assert _regs(ft.finditer(rx)) == _regs(rx.finditer(text)), (rx.pattern[:80], text)


# --- random patterns -------------------------------------------------------------------------

_TEXT_CHARS = "abcAB \n-'x\u00e9\u00c9\u017f\u212a\u0130\u0131\u2019"
_ATOMS = ["a", "b", "c", "ab", "bc", "x", "A", "\u00e9", " ", "-", "'", r"\w", r"\s", r"\W", r"\d", ".",
          "[ab]", "[a-c]", "[^a ]", "[\u00e9e]", "[xA]", r"\b", r"\B", "^", "$"]


def _patterns():
    def group(inner):
        return st.sampled_from(["(?:%s)", "(%s)", "(?=%s)", "(?!%s)", "(?-i:%s)"]).map(lambda f: f % inner)

    def quantified(p):
        return st.sampled_from(["?", "*", "+", "{1,2}", "??", "*?", "{2}"]).map(lambda q: "(?:%s)%s" % (p, q))
    base = st.sampled_from(_ATOMS) | st.sampled_from("abc").map(lambda c: "(?<=%s)" % c)
    return st.recursive(
        base,
        lambda inner: (st.lists(inner, min_size=2, max_size=4).map("".join)
                       | st.lists(inner, min_size=2, max_size=3).map("|".join)
                       | inner.flatmap(group) | inner.flatmap(quantified)),
        max_leaves=8)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pattern=_patterns(), ignorecase=st.booleans(), text=st.text(alphabet=_TEXT_CHARS, max_size=24))
def test_random_patterns_give_the_same_matches(pattern, ignorecase, text):
    rx = re.compile(pattern, re.I if ignorecase else 0)
    assert_same_matches(rx, text)


def test_plain_path_switch_is_honoured(monkeypatch):
    """With the analysis switched off every pattern runs as written (what the classifier's
    own fast-vs-plain test relies on)."""
    rx = re.compile(r"\bstrikes?\b", re.I)
    assert FastText("Air STRIKES hit").search(rx).group(0) == "strikes"  # lowercase path
    monkeypatch.setattr(fastregex, "_INFO", {})
    monkeypatch.setattr(fastregex, "pattern_info", lambda rx: fastregex.PatternInfo(rx, None, None, None, None, 0))
    ft = FastText("Air STRIKES hit")
    assert ft.may_match(rx) and ft.search(rx).group(0) == "STRIKES"  # original case: the plain path
