"""An incident's place from every sentence that reports it.

The `locations` stage reads each mention's own sentence. Once the mentions of one
incident are merged, a place named in any of its sentences is the incident's place: "A car
bomb exploded on Sunday. … The blast, in the centre of Qamishli, killed 44" puts the bomb in
Qamishli, although its first sentence says only "in Syria".
"""
from __future__ import annotations

from collections.abc import Sequence

from ..model import Place
from ..resolve.gazetteer_entry import normalize_name

# Places finer than a country, from finest to coarsest: a finer one replaces a coarser one.
FINE_PRECISIONS = ("point", "admin2", "admin1")
# The unit a town inside it refines: copy opens on "strikes in Idlib province" and names the village
# later ("the raids on the village of Hass"). A district is left as it is: the gazetteer does not
# say which towns lie in it.
UNIT_REFINED = "admin1"


def _refines(p: Place, unit: Place) -> bool:
    """Is `p` a town inside the first-level unit `unit`, named otherwise? A town named as its unit
    ("rural Aleppo" ... "Aleppo", "Deir al-Zor province" ... "Deir ez-Zor city") says nothing new:
    the name may mean either."""
    if p.precision != "point" or unit.admin1_code is None or p.admin1_code != unit.admin1_code:
        return False
    mine, its = normalize_name(p.text), normalize_name(unit.text)
    return mine not in its and its not in mine


def incident_place(current: Place | None, sentence_spans: Sequence[tuple[int, int]], places: Sequence[Place],
                   occupied: Sequence[tuple[int, int]], after: int = 0,
                   attacked: Sequence[tuple[int, int]] = (), refine_units: bool = True) -> Place | None:
    """The first place finer than a country named in the incident's sentences, within the
    country the event is already placed in (if any), not inside an actor or target phrase
    ("Aleppo police") unless the target is the place itself ("a raid on Aleppo": `attacked`),
    not in the dateline (before `after`); else the current place. An event placed in a province
    or state takes the first town inside it so named (`_refines`), where `refine_units`."""
    if current is not None and current.precision in FINE_PRECISIONS and (
            current.precision != UNIT_REFINED or not refine_units):
        return current
    country = current.country if current is not None else None
    for p in places:
        if p.precision not in FINE_PRECISIONS or p.start < after:
            continue
        if country is not None and p.country != country:
            continue
        if current is not None and current.precision == UNIT_REFINED and not _refines(p, current):
            continue
        if (p.start, p.end) not in attacked and any(s <= p.start < e for s, e in occupied):
            continue
        if any(s <= p.start < e for s, e in sentence_spans):
            return p
    return current


def story_place(current: Place | None, places: Sequence[Place], occupied: Sequence[tuple[int, int]],
                attacked: Sequence[tuple[int, int]] = (), after: int = 0, refine_units: bool = False) -> Place | None:
    """The place of the article's own incident when its sentences name none finer than a
    country: news copy opens on "a town in northern Syria" and names it later ("the blast in
    Qamishli"), so the story's first finer place, in the country the event is placed in (if
    any), is the incident's: `incident_place` over the whole story. A province gives way to a town
    of the story only where `refine_units` (the caller's choice: a physical incident, not the
    dateline's town, where the story was filed, nor a statement's, made where a court sits)."""
    whole = [(0, max((p.end for p in places), default=0))]
    return incident_place(current, whole, places, occupied, after, attacked, refine_units)
