"""PLOVER / POLECAT-style JSON Lines: one record per event with a PLOVER type, actors as
PLOVER codes them (name, ISO-3 country, sector), the event location, the toll, the
sources, and the CAMEO and ACLED codes beside the PLOVER ones."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from eventwire.export.fields import atomic, context, factuality
from eventwire.export.jsonl import dumps_line
from eventwire.extract.ontology import PLOVER_TYPES
from eventwire.model import Actor, FusedEvent, Place

PLOVER_VERSION = "0.8"  # type names of the official 2021 CAMEO->PLOVER table


def _actor(a: Actor) -> dict:
    return {"name": a.name, "country": a.country, "sector": a.sector, "actorText": a.text}


def _place(p: Place | None) -> dict | None:
    if p is None:
        return None
    return {"name": p.name or p.text, "country": p.country, "admin1": p.admin1, "lat": p.lat, "lon": p.lon,
            "geonameid": p.geonameid}


def plover_record(fe: FusedEvent) -> dict | None:
    """The PLOVER record of an event; None for a type outside PLOVER (INCIDENT)."""
    if fe.type not in PLOVER_TYPES:
        return None
    return {
        "id": fe.id,
        "date": fe.date,
        "event_type": fe.type,
        "mode": fe.mode,
        "context": context(fe),
        "factuality": factuality(fe),
        "source": [_actor(a) for a in fe.actors if a.name or a.country or a.sector],
        "target": [_actor(a) for a in fe.targets if a.name or a.country or a.sector],
        "eventLoc": _place(fe.location),
        "dead": fe.killed,
        "injured": fe.injured,
        "cameo": fe.cameo,
        "acled_event_type": fe.acled_event_type,
        "acled_sub_event_type": fe.acled_sub_event_type,
        "sources": [{"article_id": m.article_id, "outlet": m.outlet, "published": m.published,
                     "mention_id": m.id, "duplicate_of": m.duplicate_of} for m in fe.mentions],
        "outlets": list(fe.outlets),
        "n_sources": fe.n_sources,
        "conflicts": [{"field": c.field, "kind": c.kind, "summary": c.summary} for c in fe.conflicts],
        "version": PLOVER_VERSION,
    }


def write_plover(events: Iterable[FusedEvent], path: Path) -> Path:
    with atomic(path, encoding="utf-8", newline="\n") as fh:
        for fe in events:
            rec = plover_record(fe)
            if rec is not None:
                fh.write(dumps_line(rec))
    return path
