"""ACLED-style CSV: the columns of ACLED's export in its order, one row per event that has
an ACLED event type and was reported as having happened, with ACLED's actor conventions
(acled_actors.py), country names and id form. Rows ACLED would never publish (no actor1,
date, country or coordinates) are left out and counted."""
from __future__ import annotations

import calendar
import csv
import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventwire.export import acled_actors as aa
from eventwire.export import codes, frictionless
from eventwire.export.articles import Articles
from eventwire.export.fields import (
    atomic,
    clean,
    conflict_fields,
    date_precision,
    earliest,
    occurred,
    outlets,
    precision,
    representative,
)
from eventwire.export.gdelt import global_event_id
from eventwire.model import FusedEvent, Place

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
           "fatalities", "tags", "timestamp")

_GEO_PRECISION = {"point": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3}
NOTES_MAX = 400  # characters of the source sentence kept in `notes`


# ACLED's time_precision: 1 the day is known, 2 the week, 3 the month.
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}  # ACLED's coarsest is a month


def _time_precision(fe: FusedEvent) -> int | None:
    return _TIME_PRECISION.get(date_precision(fe) or "")


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


def _names(names: list[str]) -> str | None:
    return "; ".join(dict.fromkeys(n for n in names if n)) or None


@dataclass
class _Sides:
    """actor1 and actor2 of an ACLED row, their associates, and the event type they imply."""

    actor1: aa.AcledActor | None
    actor2: aa.AcledActor | None
    assoc1: list[str]
    assoc2: list[str]
    event_type: str
    sub_event_type: str | None


def _sides(fe: FusedEvent, country: str | None, articles: Articles) -> _Sides:
    """ACLED's reading of the event's actors: the crowd is actor1 of a protest or riot, with the
    group it belongs to as associate and an armed party as actor2; a state named by its country
    is its forces; victims who carry arms make a battle of an attack on "civilians"."""
    et, sub = fe.acled_event_type or "", fe.acled_sub_event_type
    places = aa.place_names(fe, articles)
    doers = [a for a in fe.actors if (a.name or a.country) and aa.plausible(a, places, target=False)]
    targets = [a for a in fe.targets if (a.name or a.country) and aa.plausible(a, places, target=True)]
    where = aa.country_label(country) or "Unknown"
    crowd = aa.crowd(et, where)
    if crowd is not None:
        armed = [a for a in doers if aa.armed(a)]
        peers = [a for a in doers if not aa.armed(a)]
        targets = armed + targets
        assoc1 = [clean(a.name) for a in peers if a.name and a.sector != "CVL"]
        actor1 = crowd
    else:
        first = doers[0] if doers else None
        actor1 = aa.named(first, et, country, target=False) if first else (
            aa.AcledActor(f"Unidentified Armed Group ({where})", aa.MILITIA) if et in aa.VIOLENT else None)
        assoc1 = [clean(a.name) for a in doers[1:] if a.name]
    named2 = [aa.named(a, et, country, target=True) for a in targets]
    actor2 = named2[0] if named2 else None
    assoc2 = [n.name for n in named2[1:] if actor2 is None or n.name != actor2.name]
    if et == "Violence against civilians" and actor2 is not None and actor2.inter in aa.ARMED_INTERS:
        et, sub = "Battles", "Armed clash"  # ACLED: violence between armed parties is a battle
    elif et == "Battles" and actor2 is not None and actor2.inter == aa.CIVILIANS:
        et, sub = "Violence against civilians", "Attack"  # and one-sided violence on civilians is not
    return _Sides(actor1, actor2, assoc1, assoc2, et, sub)


def _where(fe: FusedEvent, articles: Articles) -> tuple[Place | None, str | None]:
    """The event's place, or failing one the country its report is about (placed at its point)."""
    if fe.location is not None and fe.location.lat is not None and fe.location.country:
        return fe.location, fe.location.country
    m = representative(fe)
    country = (fe.location.country if fe.location else None) or (articles.info(m.article_id).country if m else None)
    point = codes.country_point(country)
    if point is None:
        return None, country
    name = codes.acled_country(country)
    return Place(name or country, 0, 0, name=name, country=country, lat=point[0], lon=point[1],
                 feature="country", precision="country"), country


def event_id_cnty(fe: FusedEvent, country: str | None) -> str:
    """ACLED's form, ISO-3 + a number: the number is GDELT's id of the event, so the same event
    keeps the same id in every export."""
    return f"{country or 'XXX'}{global_event_id(fe.id)}"


def acled_row(fe: FusedEvent, articles: Articles | None = None, inter_labels: bool = False) -> dict[str, object] | None:
    """The ACLED row of an event; None for one ACLED would not record. A row may lack actor1,
    a date or coordinates: write_acled leaves those out and counts them."""
    if not fe.acled_event_type or not occurred(fe):
        return None
    articles = articles or Articles()
    loc, country = _where(fe, articles)
    sides = _sides(fe, country, articles)
    i1, i2 = (sides.actor1.inter if sides.actor1 else None), (sides.actor2.inter if sides.actor2 else None)
    et = sides.event_type
    civilians = et == "Violence against civilians" or (et in aa.VIOLENT and i2 == aa.CIVILIANS)
    date = fe.date or (earliest(fe).published if fe.mentions else None)
    row: dict[str, object] = {
        "event_id_cnty": event_id_cnty(fe, country), "event_date": date, "year": date[:4] if date else None,
        "time_precision": _time_precision(fe) or (2 if date else None),
        "disorder_type": codes.disorder_type(et, sides.sub_event_type),
        "event_type": et, "sub_event_type": sides.sub_event_type,
        "actor1": sides.actor1.name if sides.actor1 else None, "assoc_actor_1": _names(sides.assoc1),
        "inter1": aa.inter_label(i1, inter_labels),
        "actor2": sides.actor2.name if sides.actor2 else None, "assoc_actor_2": _names(sides.assoc2),
        "inter2": aa.inter_label(i2, inter_labels),
        "interaction": aa.interaction(i1, i2, inter_labels),
        "civilian_targeting": "Civilian targeting" if civilians else None,
        "source": outlets(fe), "notes": notes(fe), "fatalities": fe.killed or 0,
        "tags": "; ".join(f"sources disagree: {f}" for f in conflict_fields(fe)) or None,
        "timestamp": (calendar.timegm(dt.date.fromisoformat(fe.last_reported[:10]).timetuple())
                      if fe.last_reported else None),
        "iso": codes.iso_numeric(country), "region": codes.ACLED_REGION.get(country or ""),
        "country": codes.acled_country(country),
    }
    if loc is not None:
        prec = precision(loc)
        row.update({
            "admin1": loc.admin1, "admin2": (loc.name or loc.text) if prec == "admin2" else None,
            "location": loc.name or loc.text, "latitude": loc.lat, "longitude": loc.lon,
            "geo_precision": _GEO_PRECISION.get(prec or ""),
        })
    return row


# Why a row ACLED would hold is left out: ACLED never publishes a row without these.
REQUIRED = {"actor1": "no actor", "event_date": "no date", "latitude": "no location",
            "longitude": "no location", "country": "no country"}


def missing(row: dict[str, object]) -> str | None:
    return next((why for col, why in REQUIRED.items() if row.get(col) in (None, "")), None)


def csv_row(fe: FusedEvent, articles: Articles | None = None, inter_labels: bool = False,
            left_out: Counter | None = None) -> list | None:
    """The CSV cells of the event's ACLED row; None where it has none, or lacks what every ACLED
    row has (then counted in `left_out` by reason)."""
    row = acled_row(fe, articles, inter_labels)
    if row is None:
        return None
    why = missing(row)
    if why is not None:
        if left_out is not None:
            left_out[f"acled: {why}"] += 1
        return None
    return ["" if row.get(c) is None else row[c] for c in COLUMNS]


def table_schema(inter_labels: bool = False) -> tuple[tuple[str, str], ...]:
    """Column types for the Frictionless schema beside the CSV (ACLED's own data types)."""
    integers = {"year", "time_precision", "iso", "geo_precision", "fatalities", "timestamp"}
    if not inter_labels:
        integers |= {"inter1", "inter2", "interaction"}
    numbers, dates = {"latitude", "longitude"}, {"event_date"}
    return tuple((c, "integer" if c in integers else "number" if c in numbers else "date" if c in dates else "string")
                 for c in COLUMNS)


def write_acled(events: Iterable[FusedEvent], path: Path, articles: Articles | None = None,
                inter_labels: bool = False, left_out: Counter | None = None) -> list[Path]:
    """The CSV and its table schema beside it."""
    articles = articles or Articles()
    with atomic(path, encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for fe in articles.batches(events):
            row = csv_row(fe, articles, inter_labels, left_out)
            if row is not None:
                w.writerow(row)
    return [path, frictionless.write_schema(path, table_schema(inter_labels), primary_key="event_id_cnty")]
