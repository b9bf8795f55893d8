"""GDELT 2.0 Event table: the codebook's 61 columns in its order, tab-separated.

GDELT files have no quoting, so tabs and line breaks inside text become spaces.
Columns eventwire cannot fill honestly (tone, actor geography, CAMEO group, ethnic
and religion codes, GNS feature ids) stay empty. Only events with a CAMEO code that
were reported as having happened are GDELT events; docs/exports.md lists every column.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from pathlib import Path

from eventwire.export import codes
from eventwire.export.fields import atomic, clean, earliest, occurred, precision, primary
from eventwire.model import Actor, FusedEvent, Place

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
    return {"ActionGeo_Type": gtype, "ActionGeo_FullName": full_name(p), "ActionGeo_CountryCode": fips,
            "ActionGeo_ADM1Code": adm1, "ActionGeo_Lat": p.lat, "ActionGeo_Long": p.lon,
            # GDELT's feature id is a GNS/GNIS id for places (not GeoNames), the code itself for ADM1/country
            "ActionGeo_FeatureID": adm1 if gtype in (1, 2, 5) else None}


def gdelt_row(fe: FusedEvent) -> dict[str, object] | None:
    """The row of a GDELT event; None for an event GDELT would not hold."""
    ev_codes = codes.cameo_codes(fe.cameo)
    if ev_codes is None or not occurred(fe):
        return None
    first = earliest(fe)
    row: dict[str, object] = {"GLOBALEVENTID": global_event_id(fe.id)}
    row.update(_date_cols(fe.date))
    row.update(_actor_cols(1, primary(fe.actors)))
    row.update(_actor_cols(2, primary(fe.targets)))
    gs = codes.goldstein(fe.cameo)
    row.update({
        "EventCode": ev_codes[0], "EventBaseCode": ev_codes[1], "EventRootCode": ev_codes[2],
        "QuadClass": codes.quadclass(fe.cameo), "GoldsteinScale": None if gs is None else f"{gs:g}",
        "NumMentions": len(fe.mentions), "NumSources": fe.n_sources, "NumArticles": fe.n_articles,
        "DATEADDED": fe.first_reported.replace("-", "")[:8] if fe.first_reported else None,
        "SOURCEURL": first.article_id if first else None,
    })
    row.update(_action_geo(fe.location))
    return row


def _cell(v: object) -> str:
    return "" if v is None else clean(str(v))


def write_gdelt(events: Iterable[FusedEvent], path: Path) -> Path:
    with atomic(path, encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for fe in events:
            row = gdelt_row(fe)
            if row is not None:
                fh.write("\t".join(_cell(row.get(c)) for c in COLUMNS) + "\n")
    return path
