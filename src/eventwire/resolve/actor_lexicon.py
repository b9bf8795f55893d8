"""The actor lexicon: lookup tables built from ``data/actors.json`` (see its ``_doc`` key).

``ActorLexicon`` turns the data file into the tables `ActorResolver` reads: named
actors by normalised key (case-sensitive ones apart), demonyms, people nouns,
agent nouns with their sector, titles, and the word lists of the rules. It is
built once per data file (`load_lexicon`) and shared by every resolver.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..model import Sector
from .actor_text import case_key, drop_al, phrase_key

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "actors.json"

SECTORS = frozenset(Sector)
KINDS = frozenset(("country", "group", "person", "agent", "organization"))

# The fuzzy last resort: rapidfuzz ratio at least this (typos and transliterations,
# "Jabhat al-Nusrah", not other names) ...
FUZZY_MIN_SCORE = 92
# ... for names of at least this many characters (short names differ by one letter:
# "Iran", "Iraq") ...
FUZZY_MIN_CHARS = 6
# ... whose lengths are within this ratio, the most a ratio of FUZZY_MIN_SCORE allows
# (2 * common / (a + b) >= 0.92 needs the shorter to be at least 0.85 of the longer).
FUZZY_LENGTH_RATIO = 0.85
# A group named by an all-capital acronym this short ("SANA", "RT") matches only in
# capitals, as "=" aliases do: "rt" or "Sana" in text is something else.
MAX_ACRONYM_CHARS = 4
# Demonyms this short are abbreviations ("US", "UK"): no people noun is made of them.
MAX_ABBREVIATED_ADJ_CHARS = 3


@dataclass(frozen=True)
class ActorInfo:
    name: str  # canonical name: "Islamic State", "Russia", "Sergey Shoigu", "Syrian government forces"
    country: str | None  # ISO 3166-1 alpha-3, or None (IGOs, transnational groups, unknown)
    sector: str | None  # one of SECTORS
    kind: str  # "country" | "group" | "person" | "agent" | "organization"


_LEXICONS: dict[str, "ActorLexicon"] = {}


def load_lexicon(data_path: str | Path | None = None) -> "ActorLexicon":
    """The lexicon of a data file (default ``data/actors.json``), built on first use."""
    path = str(Path(data_path) if data_path else DATA_PATH)
    lex = _LEXICONS.get(path)
    if lex is None:
        with open(path, encoding="utf-8") as f:
            lex = ActorLexicon(json.load(f))
        _LEXICONS[path] = lex
    return lex


class ActorLexicon:
    """Lookup tables of one actor data file, built once (shared by all resolvers of that
    file): names, demonyms, agent nouns, titles and the small word lists of the rules."""

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
            k, table = case_key(alias[1:]), self.named_cs
        else:
            k, table = phrase_key(alias), self.named
        if not k:
            return
        old = table.get(k)
        if old is None:
            table[k] = info
        elif old != info and not silent:
            self.collisions.append((k, old.name, info.name))
        if table is self.named and " al " in f" {k} ":
            table.setdefault(drop_al(k), info)

    def _build(self, data: dict) -> None:
        countries = data["countries"]
        infos = self._index_countries(countries)
        self._index_names(data, countries, infos)
        self._index_contextual(data)
        self._index_demonyms(countries)
        self._index_agent_nouns(data)
        self._index_titles_and_word_lists(data)
        self._index_descriptor_words(data)
        # fuzzy candidates: long names of named entities (not agents)
        self.fuzzy_keys = [k for k, v in self.named.items() if len(k) >= FUZZY_MIN_CHARS and v.kind != "agent"]
        self._fuzzy_pools: dict[tuple[str, int], list[str]] = {}

    def _index_countries(self, countries: dict) -> dict[str, ActorInfo]:
        """Each country's name and first adjective; its ActorInfo as a state."""
        for iso, c in countries.items():
            self.country_name[iso] = c["name"]
            adjs = [a.lstrip("=") for a in c.get("adj", [])]
            self.country_adj[iso] = adjs[0] if adjs else c["name"]
        return {iso: ActorInfo(c["name"], iso, Sector.GOV, "country") for iso, c in countries.items()}

    def _index_names(self, data: dict, countries: dict, infos: dict[str, ActorInfo]) -> None:
        """Every name of a named actor, in order of precedence (an earlier one keeps its key)."""
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
            self._add_named("=" + name if name.isupper() and len(name) <= MAX_ACRONYM_CHARS else name, info)
            for a in g.get("aliases", []):
                self._add_named(a, info)
        self.group_by_name = by_name
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

    def _index_contextual(self, data: dict) -> None:
        """Names whose actor depends on the story's country ("the regime")."""
        for alias, targets in data.get("contextual", {}).items():
            if alias.startswith("="):
                self.contextual_cs[case_key(alias[1:])] = targets
            else:
                self.contextual[phrase_key(alias)] = targets

    def _index_demonyms(self, countries: dict) -> None:
        """Demonyms, and nouns for a country's people: "Syrians" (civilians), "the French" (the state)."""
        for iso, c in countries.items():
            for a in c.get("adj", []):
                self.adj.setdefault(phrase_key(a.lstrip("=")), iso)
        for iso, c in countries.items():
            for p in c.get("people", []):
                k = phrase_key(p)
                self.people.setdefault(k, (iso, k in self.adj))  # an adjective as noun needs "the"
            for a in c.get("adj", []):
                if a.startswith("=") or len(a) <= MAX_ABBREVIATED_ADJ_CHARS:
                    continue
                k, low = phrase_key(a), a.lower()
                if low.endswith(("ese", "ish", "ch", "sh", "ss")):
                    self.people.setdefault(k, (iso, True))  # "the Lebanese", "the British"
                elif not low.endswith("y"):
                    self.people.setdefault(k + "s", (iso, False))  # "Syrians", "Iraqis"
        for k in list(self.people):
            if k in self.named:  # "Laos", "Philippines": the country wins
                del self.people[k]

    def _index_agent_nouns(self, data: dict) -> None:
        """Nouns for an actor of a sector ("troops", "ministry"), armed or a role; assets; exceptions."""
        armed = {phrase_key(w) for w in data.get("armed_nouns", [])}
        role = {phrase_key(w) for w in data.get("role_nouns", [])}
        for sector, nouns in data["agent_nouns"].items():
            for w in nouns:
                k = phrase_key(w)
                cls = "armed" if k in armed else "role" if k in role else None
                self.agent.setdefault(k, (sector, cls))
        for k in armed | role:
            if k not in self.agent:
                self.agent[k] = (Sector.MIL if k in armed else None, "armed" if k in armed else "role")
        self.asset = {phrase_key(w) for w in data.get("asset_nouns", [])}
        self.exceptions = {phrase_key(k): v for k, v in self.exceptions.items()}

    def _index_titles_and_word_lists(self, data: dict) -> None:
        """Titles with their sectors, and the word lists the rules consult."""
        for sector, ts in data["titles"].items():
            for t in ts:
                self.titles.setdefault(phrase_key(t), sector)
        self.title_mods = {phrase_key(w) for w in data.get("title_modifiers", [])}
        self.honorifics = {phrase_key(w) for w in data.get("honorifics", [])}
        self.fillers = {phrase_key(w) for w in data.get("leading_fillers", [])}
        self.unidentified = {phrase_key(w) for w in data.get("unidentified_words", [])}
        reg = data.get("regional_adjectives", {})
        self.foreign_adj = {phrase_key(w) for w in reg.get("foreign", [])}
        self.ethnic_adj = {phrase_key(w) for w in reg.get("ethnic", [])}
        for typ, words in data.get("connectors", {}).items():
            for w in words:
                self.connectors[phrase_key(w)] = typ

    def _index_descriptor_words(self, data: dict) -> None:
        """Words that may stand before a name without changing it ("the jihadist group")."""
        dw: set[str] = set()
        for source in (data.get("descriptors", []), self.agent, self.titles, self.adj, self.title_mods):
            for w in source:
                dw.update(phrase_key(w).split())
        dw.update(("the", "a", "an", "of", "and", "s"))
        self.descriptor_words = dw

    def fuzzy_pool(self, key: str) -> list[str]:
        """Names that could score ≥ FUZZY_MIN_SCORE against key: same first letter, and a
        length within FUZZY_LENGTH_RATIO of its own."""
        pk = (key[0], len(key))
        pool = self._fuzzy_pools.get(pk)
        if pool is None:
            lo, hi = len(key) * FUZZY_LENGTH_RATIO, len(key) / FUZZY_LENGTH_RATIO
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
                info = ActorInfo(name, iso, Sector.GOV, "country")
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
        return self.group_by_name.get(name) or self.named_cs.get(case_key(name)) or self.named.get(phrase_key(name))

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
