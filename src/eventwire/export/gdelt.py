"""GDELT 2.0 Event table: the codebook's 61 columns in its order, tab-separated, no header
(as GDELT's files; `header=True` adds one), with its Mentions table beside it (mentions.py).

GDELT files have no quoting, so tabs and line breaks inside text become spaces.
Columns eventwire cannot fill honestly (actor geography, CAMEO group, ethnic and
religion codes, GNS feature ids) stay empty; AvgTone comes from VADER, not from GDELT's
tone dictionary. Only events with a CAMEO code that were reported as having happened
are GDELT events; docs/exports.md lists every column.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from eventwire.export import codes, mentions
from eventwire.export.articles import Articles, dateadded
from eventwire.export.fields import (
    atomic,
    clean,
    earliest,
    occurred,
    precision,
    primary,
)
from eventwire.model import Actor, FusedEvent, Mention, Place

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR) + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO) + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO)
    + ("DATEADDED", "SOURCEURL")
)


def global_event_id(event_id: str) -> int:
    """A stable integer for GDELT's numeric id: the first 52 bits of SHA-1 of the eventwire
    id (exact in a float64, so spreadsheets and JSON keep it intact)."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:13], 16)


def _date_cols(date: str | None) -> dict[str, object]:
    if not date:
        return {}
    day = dt.date.fromisoformat(date[:10])
    y, m, d = day.year, day.month, day.day
    # the codebook's FractionDate: YEAR + (MONTH * 30 + DAY) / 365, four decimals
    return {"SQLDATE": f"{y:04d}{m:02d}{d:02d}", "MonthYear": f"{y:04d}{m:02d}", "Year": f"{y:04d}",
            "FractionDate": f"{y + (m * 30 + d) / 365:.4f}"}


def _actor_cols(n: int, a: Actor | None) -> dict[str, object]:
    if a is None:
        return {}
    ctype = a.sector if a.sector in codes.CAMEO_TYPES else None
    return {f"Actor{n}Code": (a.country or "") + (ctype or ""), f"Actor{n}Name": a.name,
            f"Actor{n}CountryCode": a.country, f"Actor{n}Type1Code": ctype}


def _geo_type(p: Place) -> int | None:
    us = p.country == "USA"
    return {"country": 1, "admin1": 2 if us else 5, "admin2": 3 if us else 4,
            "point": 3 if us else 4}.get(precision(p) or "")


def full_name(p: Place) -> str | None:
    """GDELT's "Place, ADM1, Country" (country-level: the country; ADM1-level: "ADM1, Country")."""
    name = p.name or p.text
    parts = [name, p.admin1 if p.admin1 != name else None, codes.country_name(p.country)]
    if precision(p) == "country":
        parts = [codes.country_name(p.country) or name]
    return ", ".join(dict.fromkeys(clean(x) for x in parts if x)) or None


def _action_geo(p: Place | None) -> dict[str, object]:
    if p is None:
        return {}
    gtype = _geo_type(p)
    fips = codes.fips_country(p.country, p.admin1_code)
    adm1 = fips if gtype == 1 else codes.fips_admin1(p.country, p.admin1_code)
    if adm1 is None and gtype in (3, 4):
        # a town whose FIPS admin1 code is unknown (GeoNames carries none for the UK, Switzerland,
        # Belgium, ...): the country code alone, GDELT's own form for "no finer unit"
        adm1 = fips
    return {"ActionGeo_Type": gtype, "ActionGeo_FullName": full_name(p), "ActionGeo_CountryCode": fips,
            "ActionGeo_ADM1Code": adm1, "ActionGeo_Lat": p.lat, "ActionGeo_Long": p.lon,
            # GDELT's feature id is a GNS/GNIS id for places (not GeoNames), the code itself for ADM1/country
            "ActionGeo_FeatureID": adm1 if gtype in (1, 2, 5) else None}


def _sqldate(fe: FusedEvent, first: Mention | None, articles: Articles) -> str | None:
    """The event's date; GDELT always fills it, with the report's date where the text gives
    none, and eventwire with the day it first read the report where even that is unknown."""
    known = fe.date or (first.published if first else None) or fe.first_reported
    if known:
        return known
    added = _added(fe, articles)
    return f"{added[:4]}-{added[4:6]}-{added[6:8]}" if added else None


def _added(fe: FusedEvent, articles: Articles) -> str | None:
    """DATEADDED: when the first of the event's articles was ingested (YYYYMMDDHHMMSS, UTC);
    without the store's ingest times, midnight of the first report's day."""
    times = [t for t in (articles.info(m.article_id).ingested_at for m in fe.mentions) if t is not None]
    if times:
        return dateadded(min(times))
    return fe.first_reported.replace("-", "")[:8] + "000000" if fe.first_reported else None


def avg_tone(fe: FusedEvent, articles: Articles) -> float | None:
    """Mean tone of the articles that report the event (each article counted once)."""
    tones = [t for t in (articles.tone(a) for a in dict.fromkeys(m.article_id for m in fe.mentions)) if t is not None]
    return round(sum(tones) / len(tones), 2) if tones else None


def gdelt_row(fe: FusedEvent, articles: Articles | None = None) -> dict[str, object] | None:
    """The row of a GDELT event; None for an event GDELT would not hold."""
    ev_codes = codes.cameo_codes(fe.cameo)
    if ev_codes is None or not occurred(fe):
        return None
    articles = articles or Articles()
    first = earliest(fe)
    row: dict[str, object] = {"GLOBALEVENTID": global_event_id(fe.id)}
    row.update(_date_cols(_sqldate(fe, first, articles)))
    row.update(_actor_cols(1, primary(fe.actors)))
    row.update(_actor_cols(2, primary(fe.targets)))
    gs = codes.goldstein(fe.cameo)
    tone = avg_tone(fe, articles)
    row.update({
        # GDELT's root event is one in an article's lead; eventwire's nearest notion is the
        # article's main event (the incident the report is about)
        "IsRootEvent": int(any(m.main for m in fe.mentions)),
        "EventCode": ev_codes[0], "EventBaseCode": ev_codes[1], "EventRootCode": ev_codes[2],
        "QuadClass": codes.quadclass(fe.cameo), "GoldsteinScale": None if gs is None else f"{gs:g}",
        "NumMentions": len(fe.mentions), "NumSources": fe.n_sources, "NumArticles": fe.n_articles,
        "AvgTone": None if tone is None else f"{tone:g}",
        "DATEADDED": _added(fe, articles),
        # the first report's URL; a source without one is cited by its id in the store, as GDELT
        # cites its non-web sources (MentionType 2 in the Mentions table)
        "SOURCEURL": (articles.info(first.article_id).url or first.article_id) if first else None,
    })
    row.update(_action_geo(fe.location))
    return row


def line(row: dict[str, object], columns: tuple[str, ...] = COLUMNS) -> str:
    """One tab-separated line of a GDELT table."""
    return "\t".join(_cell(row.get(c)) for c in columns) + "\n"


def _cell(v: object) -> str:
    # GDELT's readers split on tabs with csv-style quoting (a cell opening with '"' swallows
    # the tabs after it): double quotes become single ones
    return "" if v is None else clean(str(v)).replace('"', "'")


def _write(events: Iterable[FusedEvent], path: Path, articles: Articles | None, header: bool,
           columns: tuple[str, ...], rows: Callable[[FusedEvent, dict, Articles], list[dict]]) -> Path:
    articles = articles or Articles()
    with atomic(path, encoding="utf-8", newline="\n") as fh:
        if header:
            fh.write("\t".join(columns) + "\n")
        for fe in articles.batches(events):
            row = gdelt_row(fe, articles)
            if row is not None:
                fh.writelines(line(r, columns) for r in rows(fe, row, articles))
    return path


def write_gdelt(events: Iterable[FusedEvent], path: Path, articles: Articles | None = None,
                header: bool = False) -> Path:
    return _write(events, path, articles, header, COLUMNS, lambda fe, row, a: [row])


def write_mentions(events: Iterable[FusedEvent], path: Path, articles: Articles | None = None,
                   header: bool = False) -> Path:
    """The Mentions table of the events write_gdelt writes (same selection, same ids)."""
    return _write(events, path, articles, header, mentions.COLUMNS, mentions.mention_rows)
