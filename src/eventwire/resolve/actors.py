"""Actor phrases → canonical actors: name, ISO 3166-1 alpha-3 country, sector, kind.

``ActorResolver.resolve("Russia's Defence Minister Sergey Shoigu")`` gives
``ActorInfo("Sergey Shoigu", "RUS", "GOV", "person")``; ``resolve("regime forces",
focus_country="SYR")`` gives ``ActorInfo("Syrian government forces", "SYR", "MIL",
"agent")``; ``resolve("Raqqa")`` gives None (a place, not an actor).

The lexicon lives in ``data/actors.json`` (its ``_doc`` key explains each
section). Country names come from pycountry plus the common names, demonyms and
capitals written there.

How a phrase is read, cheapest step first (each result is cached):

1. normalise (case, accents, curly quotes, possessive 's, dots, hyphens,
   leading articles and quantifiers) and look the whole phrase up: countries,
   capitals, metonyms (Kremlin), groups and organisations with their aliases,
   known people, plural demonyms (Syrians), generic agent nouns (troops);
2. owner + noun: "Syrian army", "Russian warplanes", "IS positions",
   "Assad's forces", "Aleppo residents" (an unknown capitalised place takes
   the focus country);
3. connectors: "US-backed rebels", "IS-linked militants", "Britain-based
   monitor", "pro-government militia";
4. titles: "Russia's Defence Minister Sergey Shoigu", "UN envoy Staffan de
   Mistura", "Mr Putin"; apposition after a comma: "Le Drian, the French
   defence minister";
5. a named entity after descriptive words: "the jihadist group HTS";
6. the head before a preposition: "rebels in eastern Aleppo";
7. last resort, a fuzzy match (rapidfuzz ratio ≥ 92) of phrases of 6 or more
   characters against names of countries, groups, organisations and people.

Case matters only for aliases marked case-sensitive in the data ("IS", "US",
"WHO", "AP"), so the verb "is" or the pronoun "us" never become actors.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "actors.json"

SECTORS = frozenset(
    "GOV MIL COP REB OPP CVL IGO NGO MED JUD LEG BUS LAB EDU REL HLH SPY UAF MON".split()
)
KINDS = frozenset(("country", "group", "person", "agent", "organization"))


@dataclass(frozen=True)
class ActorInfo:
    name: str  # canonical name: "Islamic State", "Russia", "Sergey Shoigu", "Syrian government forces"
    country: str | None  # ISO 3166-1 alpha-3, or None (IGOs, transnational groups, unknown)
    sector: str | None  # one of SECTORS
    kind: str  # "country" | "group" | "person" | "agent" | "organization"


# ---------------------------------------------------------------- normalising

_CHARMAP = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "\u02bf": "'", "\u02be": "'",
    "`": "'", "\u00b4": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ", "\n": " ", "\r": " ",
})
# letters that NFKD does not decompose
_LATIN = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D",
                        "ł": "l", "Ł": "L", "ß": "ss", "ð": "d", "þ": "th", "œ": "oe", "Œ": "OE"})
# Arabic article variants before a hyphen: ash-Sham, ar-Rahman, el-Sisi -> al
_ARTICLE = re.compile(r"(?<![^\W\d_])(?:ash|ad|ar|as|at|az|an|ath|adh|el|ul)-(?=\w)", re.IGNORECASE)
_SPLIT = re.compile(r"[^0-9a-zA-Z]+")
_EDGE = "\"'()[]{}.,;:!?*<>«»"
_PARTICLES = frozenset("al el bin ibn bint abu abd abdel abdul de del della di da dos van von der le la ben ould ap mac mc".split())
_PREPOSITIONS = ("in", "near", "at", "around", "across", "inside", "from", "on", "throughout", "outside",
                 "within", "along", "of", "for", "against", "who", "which", "that", "with")
_ARTICLES = frozenset(("the", "a", "an"))
_MISS = object()


def _fold(s: str) -> str:
    """Accent-free text (ASCII where possible)."""
    if s.isascii():
        return s
    s = s.translate(_LATIN)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _pieces(token: str) -> list[str]:
    """Case-kept sub-tokens of one whitespace token: no possessive, dots, apostrophes, hyphens."""
    t = token.strip(_EDGE)
    if len(t) > 2 and t[-2:] in ("'s", "'S"):
        t = t[:-2]
    elif len(t) > 2 and t[-1] == "'" and t[-2] in "sS":
        t = t[:-1]
    t = _fold(t)
    if "-" in t:
        t = _ARTICLE.sub("al-", t)
    t = t.replace("'", "").replace(".", "").replace("&", " and ")
    return [p for p in _SPLIT.split(t) if p]


class _Toks:
    """A phrase as normalised sub-tokens (lower and case-kept), mapped back to whitespace tokens."""

    __slots__ = ("orig", "low", "cs", "src")

    def __init__(self, orig: list[str], low: list[str], cs: list[str], src: list[int]):
        self.orig, self.low, self.cs, self.src = orig, low, cs, src

    @classmethod
    def of(cls, text: str) -> "_Toks":
        orig = text.split()
        low, cs, src = [], [], []
        for i, tok in enumerate(orig):
            for p in _pieces(tok):
                cs.append(p)
                low.append(p.lower())
                src.append(i)
        return cls(orig, low, cs, src)

    def __len__(self) -> int:
        return len(self.low)

    def sub(self, i: int, j: int) -> "_Toks":
        return _Toks(self.orig, self.low[i:j], self.cs[i:j], self.src[i:j])

    def key(self) -> str:
        return " ".join(self.low)

    def cskey(self) -> str:
        return " ".join(self.cs)

    def text(self) -> str:
        """The original words this range covers."""
        if not self.src:
            return ""
        return " ".join(self.orig[self.src[0]: self.src[-1] + 1])

    def starts_token(self, i: int) -> bool:
        return i == 0 or i >= len(self.src) or self.src[i] != self.src[i - 1]


def _key(text: str) -> str:
    """Normalised lookup key of a whole string (lower case)."""
    return " ".join(p.lower() for tok in text.translate(_CHARMAP).split() for p in _pieces(tok))


def _cskey(text: str) -> str:
    return " ".join(p for tok in text.translate(_CHARMAP).split() for p in _pieces(tok))


def _drop_al(key: str) -> str:
    return " ".join(w for w in key.split() if w != "al")


# ---------------------------------------------------------------- the resolver

_INDEX_CACHE: dict[str, "_Index"] = {}


class _Index:
    """Lookup tables built once per data file (shared by all resolvers of that file)."""

    def __init__(self, data: dict):
        self.collisions: list[tuple[str, str, str]] = []  # (key, kept, dropped)
        self.named: dict[str, ActorInfo] = {}
        self.named_cs: dict[str, ActorInfo] = {}
        self.contextual: dict[str, dict[str, str]] = {}
        self.contextual_cs: dict[str, dict[str, str]] = {}
        self.adj: dict[str, str] = {}  # demonym adjective -> ISO-3
        self.people: dict[str, tuple[str, bool]] = {}  # plural people noun -> (ISO-3, needs "the")
        self.country_name: dict[str, str] = {}
        self.country_adj: dict[str, str] = {}
        self.agent: dict[str, tuple[str, str | None]] = {}  # noun -> (sector, class)
        self.asset: set[str] = set()
        self.exceptions: dict[str, dict] = data.get("noun_exceptions", {})
        self.templates: dict[str, list[str]] = data["agent_names"]
        self.titles: dict[str, str] = {}
        self.title_mods: set[str] = set()
        self.honorifics: set[str] = set()
        self.fillers: set[str] = set()
        self.unidentified: set[str] = set()
        self.foreign_adj: set[str] = set()
        self.ethnic_adj: set[str] = set()
        self.descriptor_words: set[str] = set()
        self.connectors: dict[str, str] = {}
        self.affiliation: dict[ActorInfo, str] = {}
        self.group_by_name: dict[str, ActorInfo] = {}
        self.fuzzy_keys: list[str] = []
        self._agents: dict[tuple[str | None, str], ActorInfo] = {}
        self._build(data)

    # -- helpers
    def _add_named(self, alias: str, info: ActorInfo, silent: bool = False) -> None:
        if alias.startswith("="):
            k, table = _cskey(alias[1:]), self.named_cs
        else:
            k, table = _key(alias), self.named
        if not k:
            return
        old = table.get(k)
        if old is None:
            table[k] = info
        elif old != info and not silent:
            self.collisions.append((k, old.name, info.name))
        if table is self.named and " al " in f" {k} ":
            table.setdefault(_drop_al(k), info)

    def _build(self, data: dict) -> None:
        countries = data["countries"]
        for iso, c in countries.items():
            self.country_name[iso] = c["name"]
            adjs = [a.lstrip("=") for a in c.get("adj", [])]
            self.country_adj[iso] = adjs[0] if adjs else c["name"]
        infos = {iso: ActorInfo(c["name"], iso, "GOV", "country") for iso, c in countries.items()}

        # 1. explicit country names and aliases
        for iso, c in countries.items():
            self._add_named(c["name"], infos[iso])
            for a in c.get("aliases", []):
                self._add_named(a, infos[iso])
        # 2. groups and organisations
        by_name: dict[str, ActorInfo] = {}
        for g in data["groups"]:
            info = ActorInfo(g["name"], g.get("country"), g.get("sector"), g.get("kind", "group"))
            by_name[g["name"]] = info
            name = g["name"]
            # a short acronym as a name ("SANA", "RT") matches only in capitals, like "=" aliases
            self._add_named("=" + name if name.isupper() and len(name) <= 4 else name, info)
            for a in g.get("aliases", []):
                self._add_named(a, info)
        # 3. metonyms: fixed phrases for a state's sector
        for alias, (iso, sector) in data.get("metonyms", {}).items():
            self._add_named(alias, self.agent_info(iso, sector))
        # 4. people
        for p in data.get("people", []):
            info = ActorInfo(p["name"], p.get("country"), p.get("sector"), "person")
            self._add_named(p["name"], info)
            for a in p.get("aliases", []):
                self._add_named(a, info)
            if p.get("affiliation"):
                self.affiliation[info] = p["affiliation"]
        # 5. capitals as metonyms for the government
        for iso, c in countries.items():
            for cap in c.get("capitals", []):
                self._add_named(cap, infos[iso])
        # 6. every name pycountry knows, where not taken
        self._add_pycountry(infos)

        for alias, targets in data.get("contextual", {}).items():
            if alias.startswith("="):
                self.contextual_cs[_cskey(alias[1:])] = targets
            else:
                self.contextual[_key(alias)] = targets
        self.group_by_name = by_name

        # demonyms, and nouns for a country's people: "Syrians" (civilians), "the French" (the state)
        for iso, c in countries.items():
            for a in c.get("adj", []):
                self.adj.setdefault(_key(a.lstrip("=")), iso)
        for iso, c in countries.items():
            for p in c.get("people", []):
                k = _key(p)
                self.people.setdefault(k, (iso, k in self.adj))  # an adjective as noun needs "the"
            for a in c.get("adj", []):
                if a.startswith("=") or len(a) <= 3:
                    continue
                k, low = _key(a), a.lower()
                if low.endswith(("ese", "ish", "ch", "sh", "ss")):
                    self.people.setdefault(k, (iso, True))  # "the Lebanese", "the British"
                elif not low.endswith("y"):
                    self.people.setdefault(k + "s", (iso, False))  # "Syrians", "Iraqis"
        for k in list(self.people):
            if k in self.named:  # "Laos", "Philippines": the country wins
                del self.people[k]

        # agent nouns
        armed = {_key(w) for w in data.get("armed_nouns", [])}
        role = {_key(w) for w in data.get("role_nouns", [])}
        for sector, nouns in data["agent_nouns"].items():
            for w in nouns:
                k = _key(w)
                cls = "armed" if k in armed else "role" if k in role else None
                self.agent.setdefault(k, (sector, cls))
        for k in armed | role:
            if k not in self.agent:
                self.agent[k] = ("MIL" if k in armed else None, "armed" if k in armed else "role")
        self.asset = {_key(w) for w in data.get("asset_nouns", [])}
        self.exceptions = {_key(k): v for k, v in self.exceptions.items()}

        # titles
        for sector, ts in data["titles"].items():
            for t in ts:
                self.titles.setdefault(_key(t), sector)
        self.title_mods = {_key(w) for w in data.get("title_modifiers", [])}
        self.honorifics = {_key(w) for w in data.get("honorifics", [])}
        self.fillers = {_key(w) for w in data.get("leading_fillers", [])}
        self.unidentified = {_key(w) for w in data.get("unidentified_words", [])}
        reg = data.get("regional_adjectives", {})
        self.foreign_adj = {_key(w) for w in reg.get("foreign", [])}
        self.ethnic_adj = {_key(w) for w in reg.get("ethnic", [])}
        for typ, words in data.get("connectors", {}).items():
            for w in words:
                self.connectors[_key(w)] = typ

        # words that may stand before a name without changing it
        dw: set[str] = set()
        for source in (data.get("descriptors", []), self.agent, self.titles, self.adj, self.title_mods):
            for w in source:
                dw.update(_key(w).split())
        dw.update(("the", "a", "an", "of", "and", "s"))
        self.descriptor_words = dw

        # fuzzy candidates: long names of named entities (not agents)
        self.fuzzy_keys = [k for k, v in self.named.items() if len(k) >= 6 and v.kind != "agent"]
        self._fuzzy_pools: dict[tuple[str, int], list[str]] = {}

    def fuzzy_pool(self, key: str) -> list[str]:
        """Names that could score ≥ 92 against key: same first letter, length within ±15%."""
        pk = (key[0], len(key))
        pool = self._fuzzy_pools.get(pk)
        if pool is None:
            lo, hi = len(key) * 0.85, len(key) / 0.85
            pool = [k for k in self.fuzzy_keys if k[0] == key[0] and lo <= len(k) <= hi]
            self._fuzzy_pools[pk] = pool
        return pool

    def _add_pycountry(self, infos: dict[str, ActorInfo]) -> None:
        try:
            import pycountry
        except ImportError:  # pragma: no cover - pycountry is a dependency
            return
        for c in pycountry.countries:
            iso = c.alpha_3
            info = infos.get(iso)
            if info is None:
                name = getattr(c, "common_name", None) or c.name
                info = ActorInfo(name, iso, "GOV", "country")
                infos[iso] = info
                self.country_name[iso] = name
                self.country_adj.setdefault(iso, name)
            for attr in ("name", "common_name", "official_name"):
                v = getattr(c, attr, None)
                if not v:
                    continue
                self._add_named(v, info, silent=True)
                if ", " in v and not v.startswith("Taiwan"):  # "Korea, Republic of" -> "Republic of Korea"
                    head, tail = v.split(", ", 1)
                    self._add_named(f"{tail} {head}", info, silent=True)

    def entity(self, name: str) -> ActorInfo | None:
        """A group, organisation, metonym or person by its name in the data."""
        return self.group_by_name.get(name) or self.named_cs.get(_cskey(name)) or self.named.get(_key(name))

    def agent_info(self, country: str | None, sector: str) -> ActorInfo:
        k = (country, sector)
        info = self._agents.get(k)
        if info is None:
            # an unknown sector (a title that names none) still yields a country's person
            with_c, without = self.templates.get(sector, ["{adj} " + (sector or "actor"), sector or "actor"])
            if country:
                adj = self.country_adj.get(country) or self.country_name.get(country) or country
                name = with_c.format(adj=adj)
            else:
                name = without
            info = ActorInfo(name, country, sector, "agent")
            self._agents[k] = info
        return info


_ARMED_MAP = {"GOV": "MIL", "MIL": "MIL", "COP": "COP", "SPY": "SPY", "REB": "REB", "OPP": "REB",
              "UAF": "UAF", "IGO": "IGO"}


class ActorResolver:
    """Resolves actor phrases to canonical ``ActorInfo``; build once, reuse (results are cached)."""

    def __init__(self, data_path: str | Path | None = None):
        path = str(Path(data_path) if data_path else DATA_PATH)
        idx = _INDEX_CACHE.get(path)
        if idx is None:
            with open(path, encoding="utf-8") as f:
                idx = _Index(json.load(f))
            _INDEX_CACHE[path] = idx
        self._ix = idx
        self._cache: dict[tuple[str, str | None], ActorInfo | None] = {}

    # ------------------------------------------------------------ public API

    def resolve(self, phrase: str, focus_country: str | None = None) -> ActorInfo | None:
        """The canonical actor a phrase names, or None if it names none.

        focus_country (ISO-3) is the country an article is about; generic phrases
        ("regime forces", "rebels", "civilians") take it as their country.
        """
        ck = (phrase, focus_country)
        hit = self._cache.get(ck, _MISS)
        if hit is not _MISS:
            return hit  # type: ignore[return-value]
        focus = focus_country.strip().upper() or None if isinstance(focus_country, str) else None
        res = self._resolve_text(phrase, focus, 0) if isinstance(phrase, str) else None
        if len(self._cache) >= 200_000:
            self._cache.clear()
        self._cache[ck] = res
        return res

    def demonym_country(self, word: str) -> str | None:
        """ISO-3 for a demonym: "Syrian" -> "SYR", "French" -> "FRA", "Syrians" -> "SYR"."""
        k = _key(word)
        if k.startswith("the "):
            k = k[4:]
        iso = self._ix.adj.get(k)
        if iso is None:
            p = self._ix.people.get(k)
            iso = p[0] if p else None
        return iso

    def country_of_name(self, name: str) -> str | None:
        """ISO-3 for a country name or capital: "Britain" -> "GBR", "the US" -> "USA", "Moscow" -> "RUS"."""
        toks = self._strip_articles(_Toks.of(name.translate(_CHARMAP)))[0]
        if not len(toks):
            return None
        info = self._ix.named_cs.get(toks.cskey()) or self._ix.named.get(toks.key())
        if info is not None and info.kind == "country":
            return info.country
        return None

    def is_known(self, phrase: str) -> bool:
        """True if the phrase resolves to any actor (without a focus country)."""
        return self.resolve(phrase) is not None

    # ------------------------------------------------------------ internals

    def _resolve_text(self, text: str, focus: str | None, depth: int) -> ActorInfo | None:
        s = text.translate(_CHARMAP).strip()
        if not s or depth > 4:
            return None
        if "(" in s:
            whole = self._named_lookup(_Toks.of(s), focus)  # "National Liberation Army (Colombia)"
            if whole is not None:
                return whole
            main = re.sub(r"\([^)]*\)?", " ", s).strip()
            res = self._resolve_text(main, focus, depth + 1) if main else None
            if res is None:
                for inner in re.findall(r"\(([^)]*)\)", s):
                    res = self._resolve_text(inner, focus, depth + 1)
                    if res is not None:
                        break
            return res
        if "," in s:
            whole = self._named_lookup(_Toks.of(s), focus)  # "Korea, Republic of"
            if whole is not None:
                return whole
            return self._apposition([p.strip() for p in s.split(",") if p.strip(_EDGE + " ")], focus, depth)
        return self._resolve_toks(_Toks.of(s), focus, depth)

    def _strip_articles(self, t: _Toks) -> tuple[_Toks, bool]:
        i = 0
        while i < len(t) and t.low[i] in _ARTICLES:
            i += 1
        return (t.sub(i, len(t)) if i else t), i > 0

    def _strip_fillers(self, t: _Toks) -> tuple[_Toks, bool]:
        ix, i, n, unident = self._ix, 0, len(t), False
        while i < n - 1:
            w = t.low[i]
            if w in _ARTICLES or w.isdigit():
                i += 1
                continue
            if w in ix.unidentified:
                unident = True
                i += 1
                continue
            for size in (3, 2, 1):
                if i + size < n and " ".join(t.low[i:i + size]) in ix.fillers:
                    i += size
                    break
            else:
                break
        return (t.sub(i, n) if i else t), unident

    def _resolve_toks(self, t: _Toks, focus: str | None, depth: int) -> ActorInfo | None:
        t, had_the = self._strip_articles(t)
        if not len(t) or depth > 4:
            return None
        res = self._lookup(t, focus, had_the)
        if res is not None:
            return res
        t2, unident = self._strip_fillers(t)
        if t2 is not t:
            res = self._lookup(t2, focus, False)
            if res is not None:
                if unident and res.kind == "agent" and self._ix.agent.get(t2.key(), ("", None))[1] == "armed":
                    return self._ix.agent_info(focus, "UAF")
                return res
        for step in (self._compound, self._connector, self._titled, self._named_suffix, self._before_preposition):
            res = step(t2, focus, depth, unident)
            if res is not None:
                return res
        return self._fuzzy(t2)

    def _named_lookup(self, t: _Toks, focus: str | None) -> ActorInfo | None:
        """Countries, capitals, metonyms, groups, organisations, people (exact, after normalising)."""
        ix = self._ix
        ck, k = t.cskey(), t.key()
        info = ix.named_cs.get(ck) or ix.named.get(k)
        if info is not None:
            return info
        ctx = ix.contextual_cs.get(ck) or ix.contextual.get(k)
        if ctx is not None:
            target = ctx.get(focus or "*") or ctx.get("*")
            return ix.entity(target) if target else None
        if " al " in f" {k} ":
            return ix.named.get(_drop_al(k))
        return None

    def _lookup(self, t: _Toks, focus: str | None, had_the: bool) -> ActorInfo | None:
        info = self._named_lookup(t, focus)
        if info is not None:
            return info
        ix, k = self._ix, t.key()
        ppl = ix.people.get(k)
        if ppl is not None:
            iso, needs_the = ppl
            if had_the:  # "the Russians", "the French": the state
                return ix.named.get(_key(ix.country_name[iso]))
            return None if needs_the else ix.agent_info(iso, "CVL")
        noun = ix.agent.get(k)
        if noun is not None and noun[0] is not None:
            exc = ix.exceptions.get(k)
            if exc is not None:
                return ix.agent_info(focus if exc.get("focus", True) else None, exc["sector"])
            return ix.agent_info(focus, noun[0])
        return None

    # -- owner + noun ---------------------------------------------------

    def _owner(self, p: _Toks, focus: str | None, depth: int):
        """What a modifier before a noun refers to: ("country", iso) | ("info", ActorInfo) |
        ("foreign"|"ethnic", its words) | ("pro"|"anti"|"place", None) | None (unknown)."""
        ix = self._ix
        p, _ = self._strip_articles(p)
        if not len(p):
            return None
        k = p.key()
        iso = ix.adj.get(k)
        if iso is not None:
            return ("country", iso)
        info = self._named_lookup(p, focus)
        if info is not None:
            return ("info", info)
        noun = ix.agent.get(k)
        if noun is not None and noun[0] is not None:
            return ("info", ix.agent_info(focus, noun[0]))
        if k in ix.foreign_adj:
            return ("foreign", p.text())
        if k in ix.ethnic_adj:
            return ("ethnic", p.text())
        for size in (3, 2, 1):  # "Ethiopian National Defense (Force)": the leading demonym
            if size < len(p):
                head = " ".join(p.low[:size])
                iso = ix.adj.get(head)
                if iso is None:
                    hinfo = ix.named.get(head)
                    iso = hinfo.country if hinfo is not None and hinfo.kind == "country" else None
                if iso is not None and p.starts_token(size) and all(
                        w[:1].isupper() for w in p.text().split()[1:]):
                    return ("country", iso)
        if k.startswith(("pro ", "anti ")) and len(p) >= 2:
            return ("pro" if k.startswith("pro ") else "anti", None)
        for j, w in enumerate(p.low):
            if w in ("and", "or") and 0 < j < len(p) - 1:  # "Russian and Syrian (warplanes)"
                return self._owner(p.sub(0, j), focus, depth)
            if w in ix.connectors or w in _PREPOSITIONS:  # left to the connector and preposition steps
                return None
        if depth < 3:
            res = self._resolve_toks(p, focus, depth + 1)
            if res is not None:
                return ("info", res)
        words = p.text().split()
        if len(p) <= 4 and words and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
            return ("place", None)
        if len(p) <= 2 and p.text().islower():
            return ("place", None)
        return None

    def _compound(self, t: _Toks, focus, depth, unident) -> ActorInfo | None:
        ix, n = self._ix, len(t)
        for i in range(1, n):
            sk = " ".join(t.low[i:])
            noun = ix.agent.get(sk)
            is_asset = sk in ix.asset
            if noun is None and not is_asset:
                continue
            owner = self._owner(t.sub(0, i), focus, depth)
            if owner is None:
                continue
            if owner[0] == "place" and t.sub(i, n).text()[:1].isupper():
                return None  # "Karen National Liberation Army": an unknown named group, not a place's army
            return self._combine(owner, sk, noun, is_asset, focus, unident)
        return None

    def _combine(self, owner, sk: str, noun, is_asset: bool, focus, unident) -> ActorInfo | None:
        ix = self._ix
        kind, val = owner
        n_sector, cls = noun if noun is not None else (None, "asset")
        exc = ix.exceptions.get(sk)
        if kind == "info":
            info: ActorInfo = val
            if info.kind in ("group", "organization"):
                return info
            if info.kind == "person":
                aff = ix.affiliation.get(info)
                if aff:
                    return ix.entity(aff)
            if info.kind == "country":
                kind, val = "country", info.country
            else:
                return ix.agent_info(info.country, self._mix(info.sector, n_sector, cls, exc))
        if kind == "country":
            if exc is not None and "owned" in exc:
                return ix.agent_info(val, exc["owned"])
            if cls == "asset":
                return ix.agent_info(val, "MIL")  # "Syrian positions"
            return ix.agent_info(val, n_sector or "GOV")
        if n_sector is None:
            return None  # "Western positions", "Sunni members": too vague
        if kind == "pro":
            return ix.agent_info(focus, "MIL" if cls == "armed" else n_sector)
        if kind == "anti":
            return ix.agent_info(focus, "REB" if cls == "armed" or n_sector in ("MIL", "GOV") else n_sector)
        if kind in ("foreign", "ethnic"):
            country = focus if kind == "ethnic" else None
            words = val.replace("-", " ").split()
            name = " ".join([words[0][:1].upper() + words[0][1:].lower()] + [w.lower() for w in words[1:]] + [sk])
            return ActorInfo(name, country, "UAF" if unident and cls == "armed" else n_sector, "agent")
        # an unknown place or vague modifier: the focus country
        if exc is not None and not exc.get("focus", True):
            return ix.agent_info(None, exc["sector"])
        if unident and cls == "armed":
            return ix.agent_info(focus, "UAF")
        return ix.agent_info(focus, n_sector)

    @staticmethod
    def _mix(owner_sector: str | None, n_sector: str | None, cls: str | None, exc) -> str | None:
        if exc is not None and "owned" in exc:
            return exc["owned"]
        if cls in ("armed", "asset"):
            return _ARMED_MAP.get(owner_sector or "", n_sector or owner_sector)
        if cls == "role" or n_sector is None:
            if n_sector == "MIL":  # "opposition commanders" -> REB, "government officers" -> MIL
                return _ARMED_MAP.get(owner_sector or "", owner_sector)
            return owner_sector
        return n_sector

    # -- connectors ("US-backed rebels", "IS-linked", "Britain-based") -----

    def _connector(self, t: _Toks, focus, depth, unident) -> ActorInfo | None:
        ix, n = self._ix, len(t)
        if depth > 3:
            return None
        if n >= 3 and t.low[0] in ("pro", "anti"):
            # "pro-Russian separatists", "anti-Assad rebels": the rest, with the focus country
            for j in range(2, n):
                rest = t.sub(j, n)
                noun = ix.agent.get(rest.key())
                if noun is None:
                    continue
                kind = "pro" if t.low[0] == "pro" else "anti"
                return self._combine((kind, None), rest.key(), noun, False, focus, unident)
        for i in range(1, n - 1):
            typ = ix.connectors.get(t.low[i])
            if typ is None:
                continue
            if t.low[i + 1] in ("to", "with", "by") and i + 2 < n:
                # "fighters loyal to IS" -> IS; "rebels backed by Turkey" -> rebels
                other = self._resolve_toks(t.sub(i + 2, n), focus, depth + 1)
                if typ == "owner" and other is not None and other.kind in ("group", "organization"):
                    return other
                return self._resolve_toks(t.sub(0, i), focus, depth + 1)
            right = t.sub(i + 1, n)
            res = self._resolve_toks(right, focus, depth + 1)
            if typ == "owner":
                if res is not None and res.kind in ("group", "organization", "person"):
                    return res
                left = self._named_lookup(self._strip_articles(t.sub(0, i))[0], focus)
                if left is not None and left.kind in ("group", "organization"):
                    return left
            return res
        return None

    # -- titled people ----------------------------------------------------

    def _find_title(self, t: _Toks) -> tuple[int, int, str | None] | None:
        """(start, end, sector) of the first title (or honorific) in t, modifiers included."""
        ix, n = self._ix, len(t)
        for j in range(n):
            m = j
            while m < n and (t.low[m] in ix.title_mods or " ".join(t.low[m:m + 2]) in ix.title_mods):
                m += 2 if " ".join(t.low[m:m + 2]) in ix.title_mods else 1
            end, sector = self._title_at(t, m)
            if end:
                while True:  # "spokesman Col.", "President Dr."
                    m2 = end
                    while m2 < n and t.low[m2] in ix.title_mods:
                        m2 += 1
                    if m2 < n and t.low[m2] in ix.honorifics and t.starts_token(m2 + 1):
                        end = m2 + 1
                        continue
                    e2, s2 = self._title_at(t, m2)
                    if not e2:
                        break
                    end, sector = e2, s2 if s2 != "GOV" else sector
                return j, end, sector
            if t.low[j] in ix.honorifics and j + 1 < n and t.starts_token(j + 1):
                return j, j + 1, None
        return None

    def _title_at(self, t: _Toks, m: int) -> tuple[int, str | None]:
        ix, n = self._ix, len(t)
        for size in range(min(6, n - m), 0, -1):
            k = " ".join(t.low[m:m + size])
            if k in ix.titles and t.starts_token(m + size):
                return m + size, ix.titles[k]
        return 0, None

    def _looks_like_name(self, t: _Toks) -> bool:
        words = t.text().split()
        if not words or len(words) > 6:
            return False
        if not any(w[:1].isupper() for w in words) and not t.text().islower():
            return False
        first = words[0]
        if not (first[:1].isupper() or first.split("-")[0].lower() in _PARTICLES or t.text().islower()):
            return False
        k = t.key()
        ix = self._ix
        return k not in ix.agent and k not in ix.asset and k not in ix.adj and k not in ix.people

    def _titled(self, t: _Toks, focus, depth, unident) -> ActorInfo | None:
        found = self._find_title(t)
        if found is None:
            return None
        j, end, sector = found
        name_t = t.sub(end, len(t))
        if not len(name_t):
            return None
        known = self._named_lookup(name_t, focus)
        if known is not None:
            return known if known.kind == "person" else None
        for i in range(1, len(name_t)):  # "special envoy for Syria Staffan de Mistura"
            if name_t.starts_token(i):
                known = self._named_lookup(name_t.sub(i, len(name_t)), focus)
                if known is not None and known.kind == "person":
                    return known
        if not self._looks_like_name(name_t):
            return None
        name = name_t.text().strip(_EDGE + " ")
        name = re.sub(r"['\u2019]s$", "", name)
        country = focus if sector is not None else None
        if j > 0:
            owner = self._owner(t.sub(0, j), focus, depth)
            if owner is not None:
                kind, val = owner
                if kind == "country":
                    country = val
                elif kind == "info":
                    info = val
                    country = info.country
                    if info.kind in ("group", "organization"):
                        sector = info.sector
                    elif info.kind == "agent" and (sector in (None, "GOV")):
                        sector = info.sector
                elif kind == "foreign":
                    country = None
        return ActorInfo(name, country, sector, "person")

    def _apposition(self, parts: list[str], focus, depth) -> ActorInfo | None:
        if not parts:
            return None
        if len(parts) == 1:
            return self._resolve_text(parts[0], focus, depth + 1)
        a, b = parts[0], parts[1]
        ra = self._resolve_text(a, focus, depth + 1)
        if ra is not None and ra.kind == "person":
            return ra
        rb = self._resolve_text(b, focus, depth + 1)
        if rb is not None and rb.kind == "person":
            return rb
        ta = self._strip_articles(_Toks.of(a))[0]
        tb = self._strip_articles(_Toks.of(b))[0]
        if ra is not None and ra.kind == "agent" and self._ends_in_title(ta) and rb is None and self._looks_like_name(tb):
            return ActorInfo(tb.text().strip(_EDGE + " "), ra.country, ra.sector, "person")
        if rb is not None and rb.kind == "agent" and self._ends_in_title(tb) and ra is None and self._looks_like_name(ta):
            return ActorInfo(ta.text().strip(_EDGE + " "), rb.country, rb.sector, "person")
        return ra or rb

    def _ends_in_title(self, t: _Toks) -> bool:
        n = len(t)
        return any(" ".join(t.low[i:]) in self._ix.titles for i in range(max(0, n - 6), n))

    # -- a name after descriptive words: "the jihadist group HTS" ----------

    def _named_suffix(self, t: _Toks, focus, depth, unident) -> ActorInfo | None:
        dw = self._ix.descriptor_words
        for i in range(1, len(t)):
            if not t.starts_token(i):
                continue
            if not all(w in dw or w.isdigit() for w in t.low[:i]):
                break
            info = self._named_lookup(t.sub(i, len(t)), focus)
            if info is not None and info.kind != "agent":
                return info
        return None

    def _before_preposition(self, t: _Toks, focus, depth, unident) -> ActorInfo | None:
        n = len(t)
        for i in range(1, n - 1):
            w = t.low[i]
            if w not in _PREPOSITIONS or not t.starts_token(i):
                continue
            head = self._resolve_toks(t.sub(0, i), focus, depth + 1)
            if w == "of":
                tail = self._resolve_toks(t.sub(i + 1, n), focus, depth + 1)
                if tail is not None and tail.kind in ("group", "organization") and (
                        head is None or head.kind == "agent"):
                    return tail  # "fighters of the Islamic State"
            if head is not None:
                return head
            break
        for i in range(1, n - 1):  # "Russia and Iran": the first
            if t.low[i] in ("and", "or") and t.starts_token(i):
                head = self._resolve_toks(t.sub(0, i), focus, depth + 1)
                if head is not None and head.kind != "agent":
                    return head
                break
        return None

    def _fuzzy(self, t: _Toks) -> ActorInfo | None:
        ix, k = self._ix, t.key()
        if len(k) < 6 or k in ix.adj or k in ix.people or k in ix.agent or k in ix.asset:
            return None
        pool = ix.fuzzy_pool(k)
        if not pool:
            return None
        hit = process.extractOne(k, pool, scorer=fuzz.ratio, score_cutoff=92)
        return ix.named[hit[0]] if hit is not None else None
