"""PLOVER / POLECAT JSON Lines: one record per event with a PLOVER type, keyed and typed as the
PLOVER manual's JSON tables say (`event`, `mode` and `context` as lists; `actor` and
`recipient` as lists of entity objects with `code`, `sector`, `entity_text`,
`identifier_text`; `event_loc` as its location object; `quad_code`, `event_scale`), in
PLOVER's own vocabularies (plover_vocab.py maps eventwire's wider ones). Fields beyond the
manual's (the toll, CAMEO and ACLED codes, the sources and their disagreements) follow, as
the manual invites. Every record validates against data/plover_record.schema.json.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from eventwire.export import acled_actors as aa
from eventwire.export import codes
from eventwire.export import plover_vocab as pv
from eventwire.export.articles import Articles
from eventwire.export.fields import (
    atomic,
    clean,
    context,
    earliest,
    factuality,
    precision,
    representative,
)
from eventwire.export.jsonl import dumps_line
from eventwire.model import BACKGROUND, Actor, FusedEvent, Place

CODER = "eventwire"
# Sector of an actor nothing is known of ("two civilians were killed by a bomb"): PLOVER's UNK.
UNKNOWN_SECTOR = "UNK"
# The location object's `resolution`: 5 sub-city, 4 city, 3 district, 2 province, 1 country.
_RESOLUTION = {"point": 4, "admin2": 3, "admin1": 2, "country": 1}
_FEATURE = {"point": ("P", None), "admin2": ("A", "ADM2"), "admin1": ("A", "ADM1"), "country": ("A", "PCLI"),
            "region": ("L", "RGN")}


def entity(a: Actor) -> dict:
    return {"code": pv.entity_code(a.country, a.sector, a.name), "sector": pv.sector_of(a.sector),
            # an implied doer's span is the act's own word, not the doer's
            "entity_text": None if a.implied else clean(a.text) or None, "identifier_text": clean(a.name) or None}


def unknown_entity() -> dict:
    return {"code": None, "sector": UNKNOWN_SECTOR, "entity_text": None, "identifier_text": None}


def event_loc(p: Place | None) -> dict | None:
    if p is None:
        return None
    prec = precision(p)
    fclass, fcode = _FEATURE.get(prec or "", (None, None))
    return {
        "extracted_place": clean(p.text) or None, "resolved_place": p.name, "geonameid": p.geonameid,
        "lat": p.lat, "lon": p.lon, "city": p.name if prec == "point" else None,
        "district": p.name if prec == "admin2" else None, "province": p.admin1,
        "country": codes.country_name(p.country), "country_code": p.country,
        "feature_class": fclass, "feature_code": fcode, "resolution": _RESOLUTION.get(prec or ""),
    }


def _date(fe: FusedEvent) -> str | None:
    """The event's date, else its first report's: never for an event every report recalls
    undated ("years ago"), which has no day a record could carry."""
    if fe.date is None and BACKGROUND in context(fe):
        return None
    first = earliest(fe)
    return fe.date or (first.published if first else None) or fe.first_reported


def _cite(fe: FusedEvent, articles: Articles) -> dict | None:
    m = representative(fe)
    if m is None:
        return None
    return {"url": articles.info(m.article_id).url, "publication": m.outlet, "citation": m.article_id}


def _known(a: Actor) -> bool:
    return bool(a.name or a.country or a.sector)


def plover_record(fe: FusedEvent, articles: Articles | None = None) -> dict | None:
    """The PLOVER record of an event; None for a type outside PLOVER (INCIDENT) or an
    event with no date at all (PLOVER requires one)."""
    if fe.type not in pv.EVENT_TYPES and fe.type not in pv.TYPE_MAP:
        return None
    date = _date(fe)
    if date is None:
        return None
    articles = articles or Articles()
    ptype, modes, extra = pv.event_of(fe.type, fe.mode)
    places = aa.place_names(fe, articles)
    actors = [entity(a) for a in fe.actors if _known(a) and aa.plausible(a, places, target=False)]
    raw_contexts = context(fe)
    return {
        "id": fe.id,
        "date": date[:10],
        "actor": actors or [unknown_entity()],
        "recipient": [entity(a) for a in fe.targets if _known(a) and aa.plausible(a, places, target=True)],
        "event": [ptype],
        "event_loc": event_loc(fe.location),
        "event_text": list(dict.fromkeys(clean(m.event.trigger.text) for m in fe.mentions)),
        "quad_code": pv.QUAD[ptype],
        "event_scale": pv.scale(ptype, modes),
        "mode": modes,
        "context": pv.contexts_of(raw_contexts, extra),
        "cite_info": _cite(fe, articles),
        "coder": CODER,
        # beyond the manual's fields
        "dead": fe.killed,
        "injured": fe.injured,
        "factuality": factuality(fe),
        "claimed": "claim_of_responsibility" in raw_contexts,
        "background": BACKGROUND in raw_contexts,
        "eventwire_type": fe.type,
        "eventwire_mode": fe.mode,
        "cameo": fe.cameo,
        "acled_event_type": fe.acled_event_type,
        "acled_sub_event_type": fe.acled_sub_event_type,
        "sources": [{"article_id": m.article_id, "outlet": m.outlet, "published": m.published,
                     "mention_id": m.id, "duplicate_of": m.duplicate_of} for m in fe.mentions],
        "n_sources": fe.n_sources,
        "conflicts": [{"field": c.field, "kind": c.kind, "summary": c.summary} for c in fe.conflicts],
    }


def write_plover(events: Iterable[FusedEvent], path: Path, articles: Articles | None = None,
                 left_out: Counter | None = None) -> Path:
    articles = articles or Articles()
    with atomic(path, encoding="utf-8", newline="\n") as fh:
        for fe in articles.batches(events):
            rec = plover_record(fe, articles)
            if rec is not None:
                fh.write(dumps_line(rec))
            elif fe.type in pv.EVENT_TYPES or fe.type in pv.TYPE_MAP:
                if left_out is not None:
                    left_out["plover: no date"] += 1
    return path
