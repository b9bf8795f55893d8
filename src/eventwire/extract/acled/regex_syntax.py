"""A reader of the regex syntax the ACLED rules use, for ``fastregex``.

``parse`` turns a pattern's source into a small tree: literals, classes, categories,
anchors, groups (capturing, named, non-capturing, atomic, with a scoped ``i`` / ``-i``),
lookarounds, alternation and repetition. It reads what ``re`` reads for that subset and
raises ``Unsupported`` for anything else (back-references, verbose mode, global inline
flags, conditionals, octal escapes), so that a pattern it cannot read takes the plain
path. Public ``re`` API only: no ``re._parser`` / ``sre_parse``.
"""
from __future__ import annotations

import re

__all__ = ["Unsupported", "parse"]


class Unsupported(ValueError):
    """Regex syntax outside what ``parse`` reads (the pattern then takes the plain path)."""


# Nodes are tuples: ("lit", char) | ("set", negated, members, source) | ("cat", letter)
# | ("any",) | ("at", kind) | ("group", flags_on, flags_off, seq) | ("look", behind,
# positive, seq) | ("alt", [seq, ...]) | ("rep", min, max or None, seq); a seq is a list.
# Set members: ("ch", char) | ("range", lo, hi) | ("cat", letter).

_CATEGORIES = "wWsSdD"
_ZERO_WIDTH_ESCAPES = "bBAZ"
_CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_HEX_ESCAPE_DIGITS = {"x": 2, "u": 4, "U": 8}
_FLAG_LETTERS = "aiLmsux"
_BOUNDS_RX = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")  # {m}, {m,n}, {m,}, {,n}, {,}


class _Reader:
    def __init__(self, pattern: str):
        self.p = pattern
        self.i = 0

    def peek(self) -> str:
        return self.p[self.i] if self.i < len(self.p) else ""

    def take(self) -> str:
        if self.i >= len(self.p):
            raise Unsupported("unexpected end of pattern")
        self.i += 1
        return self.p[self.i - 1]

    def take_if(self, s: str) -> bool:
        if self.p.startswith(s, self.i):
            self.i += len(s)
            return True
        return False


def parse(pattern: str) -> list:
    """The node sequence of a pattern (raises ``Unsupported`` outside the known subset)."""
    r = _Reader(pattern)
    seq = _parse_alt(r)
    if r.i != len(pattern):
        raise Unsupported("unbalanced ')'")
    return seq


def _parse_alt(r: _Reader) -> list:
    branches = [_parse_seq(r)]
    while r.take_if("|"):
        branches.append(_parse_seq(r))
    return branches[0] if len(branches) == 1 else [("alt", branches)]


def _parse_seq(r: _Reader) -> list:
    seq: list = []
    while r.peek() not in ("", "|", ")"):
        node = _parse_atom(r)
        bounds = _parse_bounds(r)
        if bounds is not None:
            if not r.take_if("?"):
                r.take_if("+")  # lazy or possessive: the same strings are required
            node = ("rep", bounds[0], bounds[1], [node])
        seq.append(node)
    return seq


def _parse_bounds(r: _Reader) -> tuple[int, int | None] | None:
    """Repetition bounds after an item, as ``re`` reads them ("{" without digits and "}"
    is a literal brace)."""
    c = r.peek()
    if c in ("?", "*", "+"):
        r.i += 1
        return {"?": (0, 1), "*": (0, None), "+": (1, None)}[c]
    m = _BOUNDS_RX.match(r.p, r.i)
    if c != "{" or m is None or m.group(0) == "{}":
        return None
    r.i = m.end()
    lo = int(m.group(1)) if m.group(1) else 0
    if m.group(2) is None:
        return lo, lo
    return lo, (int(m.group(3)) if m.group(3) else None)


def _parse_atom(r: _Reader) -> tuple:
    start = r.i
    c = r.take()
    if c == "(":
        return _parse_group(r)
    if c == "[":
        return _parse_set(r, start)
    if c == ".":
        return ("any",)
    if c in "^$":
        return ("at", c)
    if c == "\\":
        e = r.take()
        if e in _CATEGORIES:
            return ("cat", e)
        if e in _ZERO_WIDTH_ESCAPES:
            return ("at", e)
        return ("lit", _escaped_char(r, e))
    if c in "*+?":
        raise Unsupported("nothing to repeat")
    return ("lit", c)


def _escaped_char(r: _Reader, e: str) -> str:
    """The character of escape ``\\e`` (digits: back-references or octal, unsupported)."""
    if e in _CONTROL_ESCAPES:
        return _CONTROL_ESCAPES[e]
    if e in _HEX_ESCAPE_DIGITS:
        digits = "".join(r.take() for _ in range(_HEX_ESCAPE_DIGITS[e]))
        try:
            return chr(int(digits, 16))
        except ValueError as exc:
            raise Unsupported(f"bad escape \\{e}{digits}") from exc
    if e.isascii() and e.isalnum():
        raise Unsupported(f"escape \\{e}")
    return e


def _parse_group(r: _Reader) -> tuple:
    if not r.take_if("?"):
        node = ("group", "", "", _parse_alt(r))
    elif r.take_if(":") or r.take_if(">"):  # (?>...) atomic: the same strings are required
        node = ("group", "", "", _parse_alt(r))
    elif r.take_if("P<"):
        while r.take() != ">":
            pass
        node = ("group", "", "", _parse_alt(r))
    elif r.peek() in ("=", "!"):
        node = ("look", False, r.take() == "=", _parse_alt(r))
    elif r.take_if("<=") or r.take_if("<!"):
        node = ("look", True, r.p[r.i - 1] == "=", _parse_alt(r))
    elif r.take_if("#"):
        while r.peek() != ")":
            r.take()
        node = ("group", "", "", [])
    else:
        node = _parse_scoped_flags(r)
    if not r.take_if(")"):
        raise Unsupported("missing ')'")
    return node


def _parse_scoped_flags(r: _Reader) -> tuple:
    """(?i:...), (?-i:...): case sensitivity switched inside the group. Other flags (x
    changes how the group reads), global flags and conditionals are unsupported."""
    on = off = ""
    while r.peek() in _FLAG_LETTERS and r.peek():
        on += r.take()
    if r.take_if("-"):
        while r.peek() in _FLAG_LETTERS and r.peek():
            off += r.take()
    if not r.take_if(":") or (on + off).replace("i", "") or not on + off:
        raise Unsupported("flags other than a scoped i / -i")
    return ("group", on, off, _parse_alt(r))


def _parse_set(r: _Reader, start: int) -> tuple:
    negated = r.take_if("^")
    members: list = []
    while True:
        c = r.take()
        if c == "]" and members:
            break
        lo = _set_item(r, c)
        if r.peek() == "-" and r.p[r.i + 1:r.i + 2] not in ("]", ""):
            r.i += 1
            hi = _set_item(r, r.take())
            if lo[0] != "ch" or hi[0] != "ch":
                raise Unsupported("bad range")
            members.append(("range", lo[1], hi[1]))
        else:
            members.append(lo)
    return ("set", negated, tuple(members), r.p[start:r.i])


def _set_item(r: _Reader, c: str) -> tuple:
    if c != "\\":
        return ("ch", c)
    e = r.take()
    if e in _CATEGORIES:
        return ("cat", e)
    if e == "b":
        return ("ch", "\b")  # backspace inside a class
    return ("ch", _escaped_char(r, e))
