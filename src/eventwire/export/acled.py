"""ACLED-style CSV: the columns of ACLED's export in its order, one row per event that has
an ACLED event type and was reported as having happened."""
from __future__ import annotations

import calendar
import csv
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from eventwire.export import codes
from eventwire.export.fields import (
    atomic,
    clean,
    conflict_fields,
    occurred,
    others,
    outlets,
    precision,
    primary,
    representative,
)
from eventwire.model import FusedEvent

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
           "fatalities", "tags", "timestamp")

_GEO_PRECISION = {"point": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3}
NOTES_MAX = 400  # characters of the source sentence kept in `notes`


def _time_precision(fe: FusedEvent) -> int | None:
    """1: a source states the day; 2: the day is the report's (or the story's) date, so
    known to the week."""
    if not fe.date:
        return None
    stated = any(m.event.date == fe.date and m.event.date_text for m in fe.mentions)
    return 1 if stated or not fe.mentions else 2


def _long_date(date: str) -> str:
    d = dt.date.fromisoformat(date[:10])
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def notes(fe: FusedEvent) -> str | None:
    """ "On 17 November 2015 in Raqqa, Syria: <the representative source's sentence>" """
    m = representative(fe)
    sentence = clean(m.event.sentence.text) if m else None
    if not sentence:
        return None
    if len(sentence) > NOTES_MAX:
        sentence = sentence[:NOTES_MAX].rsplit(" ", 1)[0] + " ..."
    head = []
    if fe.date:
        head.append(f"On {_long_date(fe.date)}")
    loc = fe.location
    if loc is not None and (loc.name or loc.text):
        where = ", ".join(dict.fromkeys(x for x in (loc.name or loc.text, codes.country_name(loc.country)) if x))
        head.append(f"in {clean(where)}")
    return (" ".join(head) + ": " if head else "") + sentence


def _names(actors) -> str | None:
    return "; ".join(clean(a.name) for a in actors) or None


def acled_row(fe: FusedEvent) -> dict[str, object] | None:
    """The ACLED row of an event; None for one ACLED would not record."""
    if not fe.acled_event_type or not occurred(fe):
        return None
    et, loc = fe.acled_event_type, fe.location
    place_country = loc.country if loc else None
    a1, a2 = primary(fe.actors), primary(fe.targets)
    inter1 = codes.inter_code(a1.sector, a1.country, et, place_country, target=False) if a1 else None
    inter2 = codes.inter_code(a2.sector, a2.country, et, place_country, target=True) if a2 else None
    civilians = et in codes.VIOLENT_ACLED and any(t.sector == "CVL" for t in fe.targets)
    disputed = conflict_fields(fe)
    row: dict[str, object] = {
        "event_id_cnty": fe.id, "event_date": fe.date, "year": fe.date[:4] if fe.date else None,
        "time_precision": _time_precision(fe),
        "disorder_type": codes.disorder_type(et, fe.acled_sub_event_type),
        "event_type": et, "sub_event_type": fe.acled_sub_event_type,
        "actor1": a1 and a1.name, "assoc_actor_1": _names(others(fe.actors, a1)), "inter1": inter1,
        "actor2": a2 and a2.name, "assoc_actor_2": _names(others(fe.targets, a2)), "inter2": inter2,
        "interaction": codes.interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civilians else None,
        "source": outlets(fe), "notes": notes(fe), "fatalities": fe.killed or 0,
        "tags": "; ".join(f"sources disagree: {f}" for f in disputed) or None,
        "timestamp": (calendar.timegm(dt.date.fromisoformat(fe.last_reported[:10]).timetuple())
                      if fe.last_reported else None),
    }
    if loc is not None:
        prec = precision(loc)
        row.update({
            "iso": codes.iso_numeric(loc.country), "region": codes.ACLED_REGION.get(loc.country or ""),
            "country": codes.country_name(loc.country), "admin1": loc.admin1,
            "admin2": (loc.name or loc.text) if prec == "admin2" else None,
            "location": loc.name or loc.text, "latitude": loc.lat, "longitude": loc.lon,
            "geo_precision": _GEO_PRECISION.get(prec or ""),
        })
    return row


def csv_row(fe: FusedEvent, inter_labels: bool = False) -> list | None:
    row = acled_row(fe)
    return None if row is None else ["" if row.get(c) is None else row[c] for c in COLUMNS]


def write_acled(events: Iterable[FusedEvent], path: Path, inter_labels: bool = False) -> Path:
    with atomic(path, encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for fe in events:
            row = csv_row(fe, inter_labels)
            if row is not None:
                w.writerow(row)
    return path
