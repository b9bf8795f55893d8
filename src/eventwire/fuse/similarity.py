"""Pairwise evidence that two mentions report the same event: type, place, actors, words.

Each function compares two values and says how strongly they agree (0..1) or,
where the values cannot both be true of one event, that they are incompatible
(None). The cluster scorer weighs them; nothing here knows about clusters.
"""
from __future__ import annotations

import functools
import math
import re
import sys
import unicodedata
from typing import TypeVar
from collections.abc import Iterable, Set

from ..model import Actor, Place

T = TypeVar("T")

# Types one incident is often coded as by different reports: a strike that is
# an ASSAULT in one report is a CRIME or an arrest raid (COERCE) in another; a
# protest broken up by force is COERCE; a ceasefire deal is AGREE or RETREAT.
COMPATIBLE_TYPES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"COERCE", "CRIME"}),
    "CRIME": frozenset({"ASSAULT"}),
    "COERCE": frozenset({"ASSAULT", "PROTEST"}),
    "PROTEST": frozenset({"COERCE"}),
    "AGREE": frozenset({"RETREAT", "CONSULT"}),
    "RETREAT": frozenset({"AGREE"}),
    "CONSULT": frozenset({"AGREE"}),
}


# Types one incident may be told as from either side: the force used on a protest and the
# protest itself ("security forces broke up the protest" / "thousands protested against HTS").
# Across them the coercer is the protest's target and the coerced its protesters.
OPPOSED_TYPES = frozenset({("COERCE", "PROTEST"), ("PROTEST", "COERCE")})


def sides(doers: T, done_to: T, own_type: str, event_type: str) -> tuple[T, T]:
    """(doers, done-to) of a mention of `own_type` as an event of `event_type` reads them: swapped
    where the mention tells the incident from the other side (`OPPOSED_TYPES`). Parties or their
    name sets alike."""
    return (done_to, doers) if (own_type, event_type) in OPPOSED_TYPES else (doers, done_to)


def compatible_types(event_type: str) -> frozenset[str]:
    """The type itself and the types it may be coded as elsewhere."""
    return COMPATIBLE_TYPES.get(event_type, frozenset()) | {event_type}


# Reports of something that happened cannot be the same event as an announcement of
# something that may happen ("will deploy" vs "deployed" are two events).
PROSPECTIVE = frozenset({"planned", "hypothetical"})


def factual_group(factuality: str) -> str:
    return "prospective" if factuality in PROSPECTIVE else "reported"


# --- places -------------------------------------------------------------------

PRECISION_RANK = {"point": 3, "admin2": 2, "admin1": 1, "country": 0}
# How far apart two places of this precision may be and still be one event's place.
MAX_DISTANCE_KM = {"point": 25.0, "admin2": 60.0}
EARTH_RADIUS_KM = 6371.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def place_known(p: Place | None) -> bool:
    """A place that can be compared: a region with no country ("the Euphrates") cannot."""
    return p is not None and p.country is not None and p.precision in PRECISION_RANK


def doubtful_place(p: Place | None, country: str | None) -> bool:
    """A known place outside `country`, where the rest of its article is (fuse.articles):
    more likely misread ("Air strikes" as Ayr, Scotland; a "Britain-based monitor" as the
    event's country) than an event abroad."""
    return country is not None and place_known(p) and p.country != country  # type: ignore[union-attr]


def admin1_key(p: Place) -> str | None:
    return p.admin1_code or p.admin1


# place_match levels: one spot; somewhere in one province; the same country only.
SAME_SPOT = 1.0
NEARBY_FLOOR = 0.67  # a place within the distance limit scores between this and SAME_SPOT
SAME_ADMIN1 = 0.5
TOWNS_OF_ONE_ADMIN1 = 0.3
SAME_COUNTRY = 0.0


def place_match(a: Place, b: Place) -> float | None:
    """How well two known places agree (SAME_SPOT .. SAME_COUNTRY); None where one
    event cannot be in both."""
    if a.country != b.country:
        return None
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return SAME_SPOT
    ra, rb = PRECISION_RANK[a.precision or "country"], PRECISION_RANK[b.precision or "country"]
    if min(ra, rb) == 0:
        return SAME_COUNTRY  # a country says nothing finer, and contradicts nothing finer
    same_admin1 = admin1_key(a) is not None and admin1_key(a) == admin1_key(b)
    if min(ra, rb) >= 2 and None not in (a.lat, a.lon, b.lat, b.lon):
        limit = max(MAX_DISTANCE_KM[a.precision or "point"], MAX_DISTANCE_KM[b.precision or "point"])
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if km <= limit:
            return SAME_SPOT - (SAME_SPOT - NEARBY_FLOOR) * km / limit
        # Two towns of one province: reports do place one strike in neighbouring towns.
        return TOWNS_OF_ONE_ADMIN1 if same_admin1 else None
    if same_admin1:
        return SAME_ADMIN1
    if admin1_key(a) is None or admin1_key(b) is None:
        return SAME_COUNTRY
    return None


def places_disagree(a: Place, b: Place) -> bool:
    """Two reports that name different places for one event: other countries or provinces,
    or two towns too far apart (which may still be one event, misplaced by one report)."""
    match = place_match(a, b)
    return match is None or match == TOWNS_OF_ONE_ADMIN1


# --- actors -------------------------------------------------------------------

# Sectors of the state's armed and executive arms, for which "Syria", "the Syrian army" and
# "Syrian police" name the same acting state (None: a bare country). Narrower than the
# exports' state sectors, which also count courts and parliaments.
STATE_ACTING_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", None})


def actor_names(actors: Iterable[Actor]) -> frozenset[str]:
    """Names of the actors the text names: an implied doer (`Actor.implied`, an arrest's police
    guessed from its country) is no evidence that two reports tell one event, nor that they differ."""
    return frozenset(a.name for a in actors if a.name and not a.implied)


def actor_states(actors: Iterable[Actor]) -> frozenset[str]:
    """Countries whose state acts: 'Syria', 'Syrian government forces' and 'the army' agree."""
    return frozenset(a.country for a in actors
                     if a.name and a.country and a.sector in STATE_ACTING_SECTORS and not a.implied
                     and not a.country_assumed)


def actor_match(names_a: Set[str], states_a: Set[str], names_b: Set[str], states_b: Set[str]) -> float | None:
    """1 a shared actor, 0.5 the same state under different names, 0 different;
    None where a side names nobody (no evidence either way)."""
    if not names_a or not names_b:
        return None
    if not names_a.isdisjoint(names_b):
        return 1.0
    if not states_a.isdisjoint(states_b):
        return 0.5
    return 0.0


# --- words --------------------------------------------------------------------

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers him his how i if in into is it its itself just me more most my no nor
not now of off on once only or other our ours out over own same she should so some such than that the
their theirs them then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your said says saying told according
people local late early morning evening night monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december
""".split())
_WORD = re.compile(r"[a-z]{3,}")


@functools.lru_cache(maxsize=4096)  # an article's events often share a sentence; its lead reads them again
def tokens(text: str) -> frozenset[str]:
    """Content words of a sentence, accent- and case-folded; numbers are compared as figures, not words."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    # Interned: the same word in many sentences is then one string in memory.
    return frozenset(sys.intern(w) for w in _WORD.findall(folded) if w not in STOPWORDS)


_NAME_PART = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def name_words(text: str) -> frozenset[str]:
    """Words of a weapon's or vehicle's name, model numbers kept whole ("Su-34", "M4")."""
    return frozenset(sys.intern(w) for w in _NAME_PART.findall(text.casefold())
                     if w not in STOPWORDS and not w.isdigit() and len(w) > 1)


class WordWeights:
    """Inverse document frequency over the sentences seen so far: rare words weigh more.

    weight(w) = log((N + 1) / (df(w) + 1)) + 1. The weights are live (a function of
    the mentions added, not of their order), so a fuser rebuilt from stored events
    weighs words exactly as the one that built them.
    """

    def __init__(self) -> None:
        self.df: dict[str, int] = {}
        self.n_docs = 0
        self._log1p: list[float] = [0.0]  # log(k + 1) by k: one list index instead of a log per word

    def add(self, words: frozenset[str]) -> None:
        self.n_docs += 1
        self._log1p.append(math.log(self.n_docs + 1))
        df = self.df
        for w in words:
            df[w] = df.get(w, 0) + 1

    def total(self, words: frozenset[str]) -> float:
        """Sum of the weights of `words`."""
        df, log1p = self.df, self._log1p
        return len(words) * (log1p[self.n_docs] + 1.0) - sum(log1p[df.get(w, 0)] for w in words)

    def jaccard(self, a: frozenset[str], b: frozenset[str], total_a: float | None = None) -> float:
        """IDF-weighted Jaccard overlap of two word sets (`total_a`: a's total, if known)."""
        if not a or not b or a.isdisjoint(b):
            return 0.0
        shared = self.total(a & b)
        union = (self.total(a) if total_a is None else total_a) + self.total(b) - shared
        return shared / union if union > 0 else 0.0
