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

The tables come from ``actor_lexicon.py`` and the normalising from ``actor_text.py``.

Case matters only for aliases marked case-sensitive in the data ("IS", "US",
"WHO", "AP"), so the verb "is" or the pronoun "us" never become actors.
"""
from __future__ import annotations

import re
from pathlib import Path

from rapidfuzz import fuzz, process

from ..model import Sector
from .actor_lexicon import DATA_PATH, FUZZY_MIN_CHARS, FUZZY_MIN_SCORE, SECTORS, ActorInfo, load_lexicon
from .actor_text import CHARMAP, EDGE, NAME_PARTICLES, Toks, drop_al, phrase_key

# DATA_PATH, SECTORS and ActorInfo live in actor_lexicon.py; imported from here by the tests and entities.py
__all__ = ["DATA_PATH", "SECTORS", "ActorInfo", "ActorResolver"]

_PREPOSITIONS = ("in", "near", "at", "around", "across", "inside", "from", "on", "throughout", "outside",
                 "within", "along", "of", "for", "against", "who", "which", "that", "with")
_ARTICLES = frozenset(("the", "a", "an"))
# Words after a group's name that only say it is one ("the M23 group")
_GROUP_WORDS = frozenset(("group", "movement", "organisation", "organization", "faction", "network", "outfit"))
_MISS = object()

# Resolved phrases kept per resolver before the cache starts afresh: a long batch
# repeats its names, and clearing at this size bounds the memory of a long run.
RESULT_CACHE_SIZE = 200_000
# Phrases are read inside phrases (apposition, brackets, owners, connectors) at most
# this deep: real phrases nest two or three levels; deeper is a runaway.
MAX_DEPTH = 4
# An owner modifier is itself resolved as a phrase only this shallow ("Assad's forces")
MAX_OWNER_DEPTH = 3
# A connector phrase ("US-backed rebels") is split only this shallow
MAX_CONNECTOR_DEPTH = 3
# The longest leading filler in the data, in words ("some of the")
MAX_FILLER_WORDS = 3
# The longest demonym in the data, in words ("Papua New Guinean")
MAX_DEMONYM_WORDS = 3
# An unknown capitalised owner of up to this many words is a place ("Deir ez-Zor residents")
MAX_PLACE_MODIFIER_WORDS = 4
# An unknown lower-case owner of one or two words is a kind of place ("village residents")
MAX_COMMON_PLACE_WORDS = 2
# Titles are tried longest first from this many words ("deputy foreign minister for ...")
MAX_TITLE_WORDS = 6
# A person's name after a title has at most this many words
MAX_NAME_WORDS = 6


# The sector of an owner's armed men or assets: a government's are its military, the
# opposition's are rebels ("opposition fighters"), others keep their own.
_ARMED_MAP = {Sector.GOV: Sector.MIL, Sector.MIL: Sector.MIL, Sector.COP: Sector.COP, Sector.SPY: Sector.SPY,
              Sector.REB: Sector.REB, Sector.OPP: Sector.REB, Sector.UAF: Sector.UAF, Sector.IGO: Sector.IGO}


# A word that opens a place's own name before another's ("New Mexico", "New Jersey", "New
# England"): capitalised before a known name, it makes another place, not a new one of it. Not
# "North" or "Upper": "North Syria", "Upper Egypt" are parts of the country they name.
PLACE_NAME_PREFIXES = frozenset(("new",))


# The leader of an act's force, told alone: "US-led", "Saudi-led" (airstrikes)
LED_BY = re.compile(r"([A-Z][\w.]*)[-‐]led", re.I)
# A possessive whose apostrophe the copy lost: "Russias Aerospace Forces", "Syrias army"
LOST_APOSTROPHE = re.compile(r"([A-Z][a-z]+)s\s+(\S.*)")
# One person of a people, told by the demonym as a noun: "a Palestinian", "an Iraqi", "one Syrian"
ONE_OF_A_PEOPLE = re.compile(r"(?:a|an|one|another)\s+([A-Z][\w-]+)", re.I)


class ActorResolver:
    """Resolves actor phrases to canonical ``ActorInfo``; build once, reuse (results are cached)."""

    def __init__(self, data_path: str | Path | None = None):
        self._ix = load_lexicon(data_path)
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
        if len(self._cache) >= RESULT_CACHE_SIZE:
            self._cache.clear()
        self._cache[ck] = res
        return res

    def demonym_country(self, word: str) -> str | None:
        """ISO-3 for a demonym: "Syrian" -> "SYR", "French" -> "FRA", "Syrians" -> "SYR"."""
        k = phrase_key(word)
        if k.startswith("the "):
            k = k[4:]
        iso = self._ix.adj.get(k)
        if iso is None:
            p = self._ix.people.get(k)
            iso = p[0] if p else None
        return iso

    def country_of_name(self, name: str) -> str | None:
        """ISO-3 for a country name or capital: "Britain" -> "GBR", "the US" -> "USA", "Moscow" -> "RUS"."""
        toks = self._strip_articles(Toks.of(name.translate(CHARMAP)))[0]
        if not len(toks):
            return None
        info = self._ix.named_cs.get(toks.cskey()) or self._ix.named.get(toks.key())
        if info is not None and info.kind == "country":
            return info.country
        return None

    def named_exactly(self, phrase: str) -> ActorInfo | None:
        """The actor whose own name or alias the whole phrase is ("Bosnia and Herzegovina", "the
        Islamic State of Iraq and the Levant"), never one named inside it ("Russia and France")."""
        toks = self._strip_articles(Toks.of(phrase.translate(CHARMAP)))[0]
        return self._named_lookup(toks, None) if len(toks) else None

    def is_known(self, phrase: str) -> bool:
        """True if the phrase resolves to any actor (without a focus country)."""
        return self.resolve(phrase) is not None

    # ------------------------------------------------------------ internals

    def _resolve_text(self, text: str, focus: str | None, depth: int) -> ActorInfo | None:
        s = text.translate(CHARMAP).strip()
        if not s or depth > MAX_DEPTH:
            return None
        if "(" in s:
            whole = self._named_lookup(Toks.of(s), focus)  # "National Liberation Army (Colombia)"
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
            whole = self._named_lookup(Toks.of(s), focus)  # "Korea, Republic of"
            if whole is not None:
                return whole
            return self._apposition([p.strip() for p in s.split(",") if p.strip(EDGE + " ")], focus, depth)
        led = LED_BY.fullmatch(s)
        if led:  # "US-led airstrikes": the coalition the state leads, where the lexicon knows it by that name
            return self.named_exactly(f"{led.group(1)}-led coalition")
        one = ONE_OF_A_PEOPLE.fullmatch(s)
        if one and (iso := self.demonym_country(one.group(1)) or self.demonym_country(one.group(1) + "s")):
            # "a Palestinian who stabbed a soldier", "an Iraqi": a person of that people, not its state
            return self._resolve_text("civilians", iso, depth + 1)
        lost = LOST_APOSTROPHE.fullmatch(s)
        if lost and self.country_of_name(lost.group(1)) and not self.country_of_name(lost.group(1) + "s"):
            # copy that dropped its apostrophes: "Russias Aerospace Forces", "Irans army" are Russia's, Iran's
            return self._resolve_text(f"{lost.group(1)}'s {lost.group(2)}", focus, depth + 1)
        return self._resolve_toks(Toks.of(s), focus, depth)

    def _strip_articles(self, t: Toks) -> tuple[Toks, bool]:
        i = 0
        while i < len(t) and t.low[i] in _ARTICLES:
            i += 1
        return (t.sub(i, len(t)) if i else t), i > 0

    def _strip_fillers(self, t: Toks) -> tuple[Toks, bool]:
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
            for size in range(MAX_FILLER_WORDS, 0, -1):
                if i + size < n and " ".join(t.low[i:i + size]) in ix.fillers:
                    i += size
                    break
            else:
                break
        return (t.sub(i, n) if i else t), unident

    def _resolve_toks(self, t: Toks, focus: str | None, depth: int) -> ActorInfo | None:
        t, had_the = self._strip_articles(t)
        if not len(t) or depth > MAX_DEPTH:
            return None
        res = self._lookup(t, focus, had_the)
        if res is not None:
            return res
        t2, unident = self._strip_fillers(t)
        if t2 is not t:
            res = self._lookup(t2, focus, False)
            if res is not None:
                if unident and res.kind == "agent" and self._ix.agent.get(t2.key(), ("", None))[1] == "armed":
                    return self._ix.agent_info(focus, Sector.UAF)
                return res
        for step in (self._compound, self._connector, self._titled, self._named_suffix, self._group_word_after,
                     self._before_preposition):
            res = step(t2, focus, depth, unident)
            if res is not None:
                return res
        return self._fuzzy(t2)

    def _named_lookup(self, t: Toks, focus: str | None) -> ActorInfo | None:
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
            return ix.named.get(drop_al(k))
        return None

    def _lookup(self, t: Toks, focus: str | None, had_the: bool) -> ActorInfo | None:
        info = self._named_lookup(t, focus)
        if info is not None:
            return info
        ix, k = self._ix, t.key()
        ppl = ix.people.get(k)
        if ppl is not None:
            iso, needs_the = ppl
            if had_the:  # "the Russians", "the French": the state
                return ix.named.get(phrase_key(ix.country_name[iso]))
            return None if needs_the else ix.agent_info(iso, Sector.CVL)
        noun = ix.agent.get(k)
        if noun is not None and noun[0] is not None:
            exc = ix.exceptions.get(k)
            if exc is not None:
                return ix.agent_info(focus if exc.get("focus", True) else None, exc["sector"])
            return ix.agent_info(focus, noun[0])
        return None

    # -- owner + noun ---------------------------------------------------

    def _owner(self, p: Toks, focus: str | None, depth: int):
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
        for size in range(MAX_DEMONYM_WORDS, 0, -1):  # "Ethiopian National Defense (Force)": the leading demonym
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
        if depth < MAX_OWNER_DEPTH:
            res = self._resolve_toks(p, focus, depth + 1)
            if res is not None:
                return ("info", res)
        words = p.text().split()
        if len(p) <= MAX_PLACE_MODIFIER_WORDS and words and all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
            return ("place", None)
        if len(p) <= MAX_COMMON_PLACE_WORDS and p.text().islower():
            return ("place", None)
        return None

    def _compound(self, t: Toks, focus, depth, unident) -> ActorInfo | None:
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
                return ix.agent_info(val, Sector.MIL)  # "Syrian positions"
            return ix.agent_info(val, n_sector or Sector.GOV)
        if n_sector is None:
            return None  # "Western positions", "Sunni members": too vague
        if kind == "pro":
            return ix.agent_info(focus, Sector.MIL if cls == "armed" else n_sector)
        if kind == "anti":
            return ix.agent_info(focus, Sector.REB if cls == "armed" or n_sector in (Sector.MIL, Sector.GOV) else n_sector)
        if kind in ("foreign", "ethnic"):
            country = focus if kind == "ethnic" else None
            words = val.replace("-", " ").split()
            name = " ".join([words[0][:1].upper() + words[0][1:].lower()] + [w.lower() for w in words[1:]] + [sk])
            return ActorInfo(name, country, Sector.UAF if unident and cls == "armed" else n_sector, "agent")
        # an unknown place or vague modifier: the focus country
        if exc is not None and not exc.get("focus", True):
            return ix.agent_info(None, exc["sector"])
        if unident and cls == "armed":
            return ix.agent_info(focus, Sector.UAF)
        return ix.agent_info(focus, n_sector)

    @staticmethod
    def _mix(owner_sector: str | None, n_sector: str | None, cls: str | None, exc) -> str | None:
        if exc is not None and "owned" in exc:
            return exc["owned"]
        if cls in ("armed", "asset"):
            return _ARMED_MAP.get(owner_sector or "", n_sector or owner_sector)
        if cls == "role" or n_sector is None:
            if n_sector == Sector.MIL:  # "opposition commanders" -> REB, "government officers" -> MIL
                return _ARMED_MAP.get(owner_sector or "", owner_sector)
            return owner_sector
        return n_sector

    # -- connectors ("US-backed rebels", "IS-linked", "Britain-based") -----

    def _connector(self, t: Toks, focus, depth, unident) -> ActorInfo | None:
        ix, n = self._ix, len(t)
        if depth > MAX_CONNECTOR_DEPTH:
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

    def _find_title(self, t: Toks) -> tuple[int, int, str | None] | None:
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
                    end, sector = e2, s2 if s2 != Sector.GOV else sector
                return j, end, sector
            if t.low[j] in ix.honorifics and j + 1 < n and t.starts_token(j + 1):
                return j, j + 1, None
        return None

    def _title_at(self, t: Toks, m: int) -> tuple[int, str | None]:
        ix, n = self._ix, len(t)
        for size in range(min(MAX_TITLE_WORDS, n - m), 0, -1):
            k = " ".join(t.low[m:m + size])
            if k in ix.titles and t.starts_token(m + size):
                return m + size, ix.titles[k]
        return 0, None

    def _looks_like_name(self, t: Toks) -> bool:
        words = t.text().split()
        if not words or len(words) > MAX_NAME_WORDS:
            return False
        if not any(w[:1].isupper() for w in words) and not t.text().islower():
            return False
        first = words[0]
        if not (first[:1].isupper() or first.split("-")[0].lower() in NAME_PARTICLES or t.text().islower()):
            return False
        k = t.key()
        ix = self._ix
        return k not in ix.agent and k not in ix.asset and k not in ix.adj and k not in ix.people

    def _titled(self, t: Toks, focus, depth, unident) -> ActorInfo | None:
        found = self._find_title(t)
        if found is None:
            return None
        j, end, sector = found
        name_t = t.sub(end, len(t))
        if not len(name_t) or re.search(r"['\u2019]s$", t.sub(j, end).text()):
            return None  # "the sheriff's office": what the title-holder has, not a person named
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
        name = name_t.text().strip(EDGE + " ")
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
                    elif info.kind == "agent" and (sector in (None, Sector.GOV)):
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
        ta = self._strip_articles(Toks.of(a))[0]
        tb = self._strip_articles(Toks.of(b))[0]
        if ra is not None and ra.kind == "agent" and self._ends_in_title(ta) and rb is None and self._looks_like_name(tb):
            return ActorInfo(tb.text().strip(EDGE + " "), ra.country, ra.sector, "person")
        if rb is not None and rb.kind == "agent" and self._ends_in_title(tb) and ra is None and self._looks_like_name(ta):
            return ActorInfo(ta.text().strip(EDGE + " "), rb.country, rb.sector, "person")
        return ra or rb

    def _ends_in_title(self, t: Toks) -> bool:
        n = len(t)
        return any(" ".join(t.low[i:]) in self._ix.titles for i in range(max(0, n - MAX_TITLE_WORDS), n))

    # -- a name after descriptive words: "the jihadist group HTS" ----------

    def _named_suffix(self, t: Toks, focus, depth, unident) -> ActorInfo | None:
        dw = self._ix.descriptor_words
        for i in range(1, len(t)):
            if not t.starts_token(i):
                continue
            if not all(w in dw or w.isdigit() for w in t.low[:i]):
                break
            info = self._named_lookup(t.sub(i, len(t)), focus)
            if info is not None and info.kind == "country" and self._in_a_new_name(t, i):
                return None  # "New Mexico", "New South Wales police": another place's name ("New Hezbollah units" are Hezbollah)
            if info is not None and info.kind != "agent":
                return info
        return None

    @staticmethod
    def _in_a_new_name(t: Toks, i: int) -> bool:
        """Does a capitalised "New" open the run of capitalised words that reaches word i ("New
        Mexico", "New South Wales")?"""
        for j in range(i - 1, -1, -1):
            if not t.sub(j, j + 1).text()[:1].isupper():
                return False
            if t.low[j] in PLACE_NAME_PREFIXES:
                return True
        return False

    def _group_word_after(self, t: Toks, focus, depth, unident) -> ActorInfo | None:
        """"the M23 group", "the Hasm movement": a known group's name before a word that only says
        it is one."""
        n = len(t)
        if n < 2 or t.low[-1] not in _GROUP_WORDS or not t.starts_token(n - 1):
            return None
        info = self._named_lookup(t.sub(0, n - 1), focus)
        return info if info is not None and info.kind in ("group", "organization") else None

    def _before_preposition(self, t: Toks, focus, depth, unident) -> ActorInfo | None:
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

    def _fuzzy(self, t: Toks) -> ActorInfo | None:
        ix, k = self._ix, t.key()
        if len(k) < FUZZY_MIN_CHARS or k in ix.adj or k in ix.people or k in ix.agent or k in ix.asset:
            return None
        pool = ix.fuzzy_pool(k)
        if not pool:
            return None
        hit = process.extractOne(k, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        return ix.named[hit[0]] if hit is not None else None
