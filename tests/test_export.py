"""Exports of hand-built fused events: every format written, read back and checked.

The events: a Russian air strike on Raqqa reported by two outlets that disagree on the
toll; a protest with no location; a shelling whose names and text carry unicode,
commas, quotes, tabs and line breaks; a natural disaster (no CAMEO/ACLED/PLOVER type);
a planned strike (not an event that happened).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import asdict, replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from eventwire.export import (
    FORMATS,
    ArticleInfo,
    codes,
    fused_from_result,
    tabular,
    write,
)
from eventwire.export import acled as acled_mod
from eventwire.export import gdelt as gdelt_mod
from eventwire.export import mentions as mentions_mod
from eventwire.export.articles import from_mapping, sentence_number, tone
from eventwire.model import (
    Actor,
    Claim,
    Conflict,
    Count,
    Event,
    FusedEvent,
    Mention,
    Place,
    Span,
)

SENTENCE = "Russian warplanes struck Islamic State positions in Raqqa on Tuesday, killing 12, Reuters reported."
NASTY_SENTENCE = ('Shelling hit "Ma‘arrat al-Nu‘mān",\tkilling 5\ncivilians\u2028— a monitor said; '
                  "residents fled, 'again'.")
NASTY_ACTOR = 'Hay\'at Taḥrīr al-Shām, "HTS"\tfaction\nnorth'
NASTY_OUTLET = "Enab Baladi, عنب بلدي\n(Idlib)"


def span(text: str, start: int = 0) -> Span:
    return Span(text, start, start + len(text))


def actor(text: str, name: str | None, country: str | None, sector: str | None) -> Actor:
    return Actor(text, 0, len(text), name=name, country=country, sector=sector)


def event(eid: str, etype: str, sentence: str, **kw) -> Event:
    return Event(id=eid, type=etype, trigger=span(sentence.split()[1]), sentence=span(sentence), **kw)


def mention(article: str, outlet: str | None, published: str, ev: Event, **kw) -> Mention:
    return Mention(id=f"{article}#{ev.id}", article_id=article, outlet=outlet, published=published, event=ev, **kw)


RAQQA = Place("Raqqa", 0, 5, name="Raqqa", geonameid=172955, country="SYR", admin1="Ar Raqqah",
              admin1_code="SY-RA", lat=35.95283, lon=39.00788, feature="city", precision="point")
MAARRAT = Place("Ma‘arrat al-Nu‘mān", 0, 18, name="Ma‘arrat al-Nu‘mān", geonameid=169389, country="SYR",
                admin1="Idlib", admin1_code="SY-ID", lat=35.64376, lon=36.67282, feature="city", precision="point")


def raqqa_strike() -> FusedEvent:
    russia, isis = actor("Russian warplanes", "Russia", "RUS", "MIL"), actor("Islamic State", "Islamic State", None, "REB")
    common = {"mode": "aerial", "cameo": "195", "acled_event_type": "Explosions/Remote violence",
              "acled_sub_event_type": "Air/drone strike", "context": ["military"], "actors": [russia],
              "targets": [isis], "location": RAQQA, "date": "2015-11-17", "date_text": "on Tuesday"}
    e1 = event("e1", "ASSAULT", SENTENCE, killed=Count(12, "exact", "12", 60, 62), confidence=0.9, **common)
    e2 = event("e3", "ASSAULT", "The Russian raids on Raqqa killed 20 people, SANA said.",
               killed=Count(20, "exact", "20", 36, 38), confidence=0.7, **common)
    m1, m2 = mention("reuters-1117", "Reuters", "2015-11-17", e1), mention("sana-1118", "SANA", "2015-11-18", e2)
    claims = [Claim("killed", 12, m1.id, m1.article_id, "Reuters", "2015-11-17", e1.sentence),
              Claim("killed", 20, m2.id, m2.article_id, "SANA", "2015-11-18", e2.sentence)]
    return FusedEvent(
        id="ev-raqqa", type="ASSAULT", mentions=[m1, m2], mode="aerial", cameo="195",
        acled_event_type="Explosions/Remote violence", acled_sub_event_type="Air/drone strike",
        date="2015-11-17", location=RAQQA, actors=[russia], targets=[isis], killed=12,
        support={"killed": 1, "date": 2}, first_reported="2015-11-17", last_reported="2015-11-18",
        conflicts=[Conflict("killed", "rising_toll", claims, "killed: 12 (Reuters, 2015-11-17) -> 20 (SANA, 2015-11-18)")],
        outlets=["Reuters", "SANA"], n_sources=2, n_articles=2,
    )


def protest_nowhere() -> FusedEvent:
    crowd, gov = actor("protesters", "Protesters", None, "CVL"), actor("the government", "Government", None, "GOV")
    ev = event("e2", "PROTEST", "Thousands of protesters marched against the government.", cameo="141",
               acled_event_type="Protests", acled_sub_event_type="Peaceful protest", actors=[crowd], targets=[gov],
               date="2024-03-02")
    return FusedEvent(id="ev-protest", type="PROTEST", mentions=[mention("a2", "AFP", "2024-03-02", ev)],
                      cameo="141", acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                      date="2024-03-02", actors=[crowd], targets=[gov], first_reported="2024-03-02",
                      last_reported="2024-03-02", outlets=["AFP"], n_sources=1, n_articles=1)


def shelling_nasty() -> FusedEvent:
    hts = actor("HTS", NASTY_ACTOR, None, "REB")
    civ = actor("civilians", "Civilians (Syria)", "SYR", "CVL")
    ev = event("e4", "ASSAULT", NASTY_SENTENCE, mode="heavy-weapons", cameo="194",
               acled_event_type="Explosions/Remote violence", acled_sub_event_type="Shelling/artillery/missile attack",
               actors=[hts], targets=[civ], location=MAARRAT, date="2019-05-30",
               killed=Count(5, "exact", "5", 40, 41), injured=Count(7, "about", "about 7", 0, 7))
    return FusedEvent(id="ev-nasty\t1", type="ASSAULT", mentions=[mention("enab-1", NASTY_OUTLET, "2019-05-31", ev)],
                      mode="heavy-weapons", cameo="194", acled_event_type="Explosions/Remote violence",
                      acled_sub_event_type="Shelling/artillery/missile attack", date="2019-05-30", location=MAARRAT,
                      actors=[hts], targets=[civ], killed=5, injured=7, first_reported="2019-05-31",
                      last_reported="2019-05-31", outlets=[NASTY_OUTLET], n_sources=1, n_articles=1)


def earthquake() -> FusedEvent:
    ev = event("e5", "INCIDENT", "An earthquake struck the region.", context=["natural_disaster"], date="2023-02-06")
    return FusedEvent(id="ev-quake", type="INCIDENT", mentions=[mention("a5", "BBC", "2023-02-06", ev)],
                      date="2023-02-06", killed=None, outlets=["BBC"], n_sources=1, n_articles=1)


def planned_strike() -> FusedEvent:
    usa = actor("Washington", "United States", "USA", "GOV")
    ev = event("e6", "ASSAULT", "Washington will double its strikes on the group.", cameo="190",
               acled_event_type="Explosions/Remote violence", acled_sub_event_type="Air/drone strike",
               factuality="planned", actors=[usa], date="2024-04-21")
    return FusedEvent(id="ev-planned", type="ASSAULT", mentions=[mention("a6", "Reuters", "2024-04-21", ev)],
                      cameo="190", acled_event_type="Explosions/Remote violence", date="2024-04-21", actors=[usa],
                      outlets=["Reuters"], n_sources=1, n_articles=1)


def all_events() -> list[FusedEvent]:
    return [raqqa_strike(), protest_nowhere(), shelling_nasty(), earthquake(), planned_strike()]


# What the store knows of the source articles: Reuters' report has a URL, SANA's does not;
# Reuters' text is bleak, SANA's neutral.
ARTICLES = {
    "reuters-1117": ArticleInfo("https://www.reuters.com/article/raqqa-1117",
                                dt.datetime(2015, 11, 17, 9, 30, 5), SENTENCE + " It was a terrible, deadly attack."),
    "sana-1118": ArticleInfo(None, dt.datetime(2015, 11, 18, 14, 0, 0), "The Russian raids on Raqqa killed 20 people, SANA said."),
    "a2": ArticleInfo("https://example.org/protest", dt.datetime(2024, 3, 2, 18, 5, 0),
                      "Thousands of protesters marched against the government.", country="NLD"),
    "enab-1": ArticleInfo(None, dt.datetime(2019, 5, 31, 7, 0, 0), NASTY_SENTENCE),
}


def articles():
    return from_mapping(ARTICLES)


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("export")
    files = {}
    for fmt in FORMATS:
        paths = write(fmt, iter(all_events()), d, articles=articles())  # a one-shot iterator, as a store query gives
        # a CSV comes with its table schema; every other format is one file
        assert len(paths) == (2 if fmt in ("csv", "acled") else 1) and all(p.exists() and p.parent == d for p in paths)
        files[fmt] = paths[0]
    assert not list(d.glob("*.part"))
    return files


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with open(path, encoding="utf-8", newline="") as fh:
        r = csv.DictReader(fh)
        return list(r.fieldnames), list(r)


# ----------------------------------------------------------------------------- API

def test_formats_and_unknown_format(tmp_path):
    assert FORMATS == ("jsonl", "csv", "parquet", "gdelt", "gdelt-mentions", "acled", "plover", "geojson", "geoparquet")
    with pytest.raises(ValueError, match="unknown export format"):
        write("xml", [], tmp_path)


def test_empty_input_writes_headers(tmp_path):
    for fmt in FORMATS:
        path = write(fmt, [], tmp_path / "empty")[0]
        assert path.exists()
    assert pq.read_table(tmp_path / "empty" / "events.parquet").num_rows == 0
    assert read_csv(tmp_path / "empty" / "events.csv")[0] == list(tabular.NAMES)
    assert (tmp_path / "empty" / "events.jsonl").read_text() == ""


def test_failed_export_keeps_previous_file(tmp_path):
    path = write("csv", [raqqa_strike()], tmp_path)[0]
    before = path.read_bytes()

    def broken():
        yield protest_nowhere()
        raise RuntimeError("store went away")

    with pytest.raises(RuntimeError):
        write("csv", broken(), tmp_path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.part"))


# ----------------------------------------------------------------------------- jsonl

def test_jsonl_full_events_one_per_line(out):
    raw = out["jsonl"].read_text(encoding="utf-8")
    assert len(raw.splitlines()) == 5  # U+2028 in a sentence does not break the line
    recs = [json.loads(line) for line in raw.splitlines()]
    assert [r["id"] for r in recs] == ["ev-raqqa", "ev-protest", "ev-nasty\t1", "ev-quake", "ev-planned"]
    r = recs[0]
    assert [m["outlet"] for m in r["mentions"]] == ["Reuters", "SANA"]
    assert r["mentions"][0]["event"]["sentence"]["text"] == SENTENCE
    # one shape for every claim's value, whatever the field
    assert r["conflicts"][0]["claims"][1]["value"] == {"text": "20", "number": 20, "qualifier": None, "items": []}
    assert r["location"]["lat"] == 35.95283
    nasty = recs[2]
    assert nasty["actors"][0]["name"] == NASTY_ACTOR
    assert nasty["mentions"][0]["event"]["sentence"]["text"] == NASTY_SENTENCE
    assert nasty["outlets"] == [NASTY_OUTLET]
    assert "عنب بلدي" in raw  # UTF-8 kept readable, not \u-escaped


# ----------------------------------------------------------------------------- csv / parquet

def test_csv_columns_values_and_escaping(out):
    cols, rows = read_csv(out["csv"])
    assert cols == list(tabular.NAMES)
    assert len(rows) == 5
    r = rows[0]
    assert r["id"] == "ev-raqqa" and r["type"] == "ASSAULT" and r["mode"] == "aerial" and r["cameo"] == "195"
    assert r["acled_sub_event_type"] == "Air/drone strike" and r["factuality"] == "asserted"
    assert r["date"] == "2015-11-17"
    assert (r["location_name"], r["location_country"], r["location_admin1"], r["location_admin1_code"]) == \
        ("Raqqa", "SYR", "Ar Raqqah", "SY-RA")
    assert float(r["location_lat"]) == 35.95283 and float(r["location_lon"]) == 39.00788
    assert r["location_precision"] == "point" and r["location_geonameid"] == "172955"
    assert (r["actor1_name"], r["actor1_country"], r["actor1_sector"]) == ("Russia", "RUS", "MIL")
    assert (r["actor2_name"], r["actor2_country"], r["actor2_sector"]) == ("Islamic State", "", "REB")
    assert (r["killed"], r["injured"]) == ("12", "")
    assert (r["n_sources"], r["n_articles"], r["n_mentions"]) == ("2", "2", "2")
    assert (r["first_reported"], r["last_reported"]) == ("2015-11-17", "2015-11-18")
    # lists as JSON arrays: no outlet's name can make them ambiguous
    assert json.loads(r["outlets"]) == ["Reuters", "SANA"] and r["url"] == ARTICLES["reuters-1117"].url
    assert r["has_conflict"] == "true" and json.loads(r["conflict_fields"]) == ["killed"]
    assert json.loads(r["actors"]) == ["Russia"] and json.loads(r["context"]) == ["military"]
    assert r["date_precision"] == "day"
    # no location: every location column empty, nothing made up
    p = rows[1]
    assert all(p[c] == "" for c in tabular.NAMES if c.startswith("location_"))
    assert p["has_conflict"] == "false" and p["killed"] == ""
    # commas, quotes, tabs, line breaks and unicode survive the round trip exactly
    n = rows[2]
    assert n["id"] == "ev-nasty\t1"
    assert n["actor1_name"] == NASTY_ACTOR
    assert n["location_name"] == "Ma‘arrat al-Nu‘mān"
    assert json.loads(n["outlets"]) == ["Enab Baladi, عنب بلدي (Idlib)"]  # each outlet on one line
    assert (n["killed"], n["injured"]) == ("5", "7")
    assert rows[3]["type"] == "INCIDENT" and rows[3]["cameo"] == ""
    assert rows[4]["factuality"] == "planned"


def test_parquet_same_columns_and_values_as_csv(out):
    t = pq.read_table(out["parquet"])
    assert t.column_names == list(tabular.NAMES)
    assert t.schema.field("date").type == pa.date32()
    assert t.schema.field("location_lat").type == pa.float64()
    assert t.schema.field("killed").type == pa.int64()
    assert t.schema.field("has_conflict").type == pa.bool_()
    rows = t.to_pylist()
    _, csv_rows = read_csv(out["csv"])
    assert len(rows) == len(csv_rows) == 5
    for prow, crow in zip(rows, csv_rows):
        for c in tabular.NAMES:
            v = prow[c]
            text = "" if v is None else ("true" if v is True else "false" if v is False else
                                         json.dumps(v, ensure_ascii=False, separators=(",", ":")) if isinstance(v, list)
                                         else str(v))
            assert text == crow[c], (c, v, crow[c])
    assert rows[1]["location_lat"] is None and rows[1]["date"].isoformat() == "2024-03-02"
    assert rows[2]["actor1_name"] == NASTY_ACTOR


def test_parquet_batches(tmp_path):
    events = (raqqa_strike() for _ in range(25))
    path = tabular.write_parquet(events, tmp_path / "b.parquet", batch=10)
    f = pq.ParquetFile(path)
    assert f.metadata.num_rows == 25 and f.metadata.num_row_groups == 3


# ----------------------------------------------------------------------------- gdelt

def gdelt_rows(path: Path, columns=gdelt_mod.COLUMNS) -> list[dict]:
    """GDELT's files have no header: the codebook's order names the cells."""
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    rows = []
    for line in lines[:-1]:
        cells = line.split("\t")
        assert len(cells) == len(columns), cells
        rows.append(dict(zip(columns, cells)))
    return rows


def test_gdelt_columns_in_codebook_order(out, tmp_path):
    cols = gdelt_mod.COLUMNS
    assert len(cols) == 61
    assert cols[:8] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code",
                        "Actor1Name", "Actor1CountryCode")
    assert cols[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                           "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert cols[51:] == ("ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
                         "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
                         "DATEADDED", "SOURCEURL")
    # the disaster has no CAMEO code and the planned strike has not happened: not GDELT events
    rows = gdelt_rows(out["gdelt"])
    assert len(rows) == 3 and rows[0]["GLOBALEVENTID"].isdigit()  # no header line
    (path,) = write("gdelt", iter(all_events()), tmp_path, header=True)
    assert path.read_text(encoding="utf-8").split("\n")[0].split("\t") == list(cols)


def test_gdelt_raqqa_row(out):
    r = gdelt_rows(out["gdelt"])[0]
    assert r["GLOBALEVENTID"] == str(gdelt_mod.global_event_id("ev-raqqa"))
    assert (r["SQLDATE"], r["MonthYear"], r["Year"], r["FractionDate"]) == ("20151117", "201511", "2015", "2015.9507")
    assert (r["Actor1Code"], r["Actor1Name"], r["Actor1CountryCode"], r["Actor1Type1Code"]) == \
        ("RUSMIL", "Russia", "RUS", "MIL")
    assert (r["Actor2Code"], r["Actor2Name"], r["Actor2CountryCode"], r["Actor2Type1Code"]) == \
        ("REB", "Islamic State", "", "REB")
    assert (r["EventCode"], r["EventBaseCode"], r["EventRootCode"]) == ("195", "195", "19")
    assert (r["QuadClass"], r["GoldsteinScale"]) == ("4", "-10")
    assert (r["NumMentions"], r["NumSources"], r["NumArticles"]) == ("2", "2", "2")
    assert (r["ActionGeo_Type"], r["ActionGeo_FullName"], r["ActionGeo_CountryCode"], r["ActionGeo_ADM1Code"]) == \
        ("4", "Raqqa, Ar Raqqah, Syria", "SY", "SY04")
    assert (float(r["ActionGeo_Lat"]), float(r["ActionGeo_Long"])) == (35.95283, 39.00788)
    # ingest time of the first article, 14 digits; the first report's URL
    assert r["DATEADDED"] == "20151117093005" and r["SOURCEURL"] == ARTICLES["reuters-1117"].url
    assert r["IsRootEvent"] == "0"  # neither mention is its article's main event
    # the mean of the two articles' VADER tones: the bleak one pulls it below zero
    assert float(r["AvgTone"]) < 0
    # what eventwire does not know stays empty
    for c in ("Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
              "Actor1Geo_Type", "Actor1Geo_FullName", "Actor2Geo_Lat", "ActionGeo_ADM2Code", "ActionGeo_FeatureID"):
        assert r[c] == "", c


def test_gdelt_without_articles_and_main_event(tmp_path):
    """Without the store's article facts: the article id cites the source, the first report's day
    dates its addition; an event that is its article's main event is a root event."""
    fe = raqqa_strike()
    fe.mentions[1].main = True
    (path,) = write("gdelt", [fe], tmp_path)
    (r,) = gdelt_rows(path)
    assert (r["SOURCEURL"], r["DATEADDED"], r["IsRootEvent"], r["AvgTone"]) == ("reuters-1117", "20151117000000", "1", "")


def test_gdelt_no_location_and_sanitised_text(out):
    rows = gdelt_rows(out["gdelt"])
    p = rows[1]
    assert (p["EventRootCode"], p["QuadClass"], p["GoldsteinScale"]) == ("14", "4", "-6.5")
    assert p["Actor1Code"] == "CVL" and p["Actor2Code"] == "GOV"
    assert all(p[c] == "" for c in p if c.startswith("ActionGeo_"))
    n = rows[2]
    # GDELT files have no quoting: tabs and line breaks inside text become spaces, double quotes single
    assert n["Actor1Name"] == "Hay'at Taḥrīr al-Shām, 'HTS' faction north"
    assert n["ActionGeo_FullName"] == "Ma‘arrat al-Nu‘mān, Idlib, Syria"
    assert n["ActionGeo_ADM1Code"] == "SY12"  # FIPS 10-4: SY12 Idlib
    assert n["Actor2CountryCode"] == "SYR" and n["Actor2Code"] == "SYRCVL"


def test_sentence_number_and_tone():
    text = 'He said "No." Then, at 3.5 km, shells fell! Why? Nobody knows.'
    assert [sentence_number(text, text.index(w)) for w in ("He", "Then", "Why", "Nobody")] == [1, 2, 3, 4]
    assert sentence_number(None, 3) is None
    assert tone("A wonderful, happy peace.") > 0 > tone("A horrible, deadly massacre.")
    assert tone("") is None


def test_gdelt_mentions(out):
    events = gdelt_rows(out["gdelt"])
    rows = gdelt_rows(out["gdelt-mentions"], mentions_mod.COLUMNS)
    # one row per mention of each GDELT event: Raqqa has two, the others one each
    assert [r["GLOBALEVENTID"] for r in rows] == [events[0]["GLOBALEVENTID"]] * 2 + [e["GLOBALEVENTID"] for e in events[1:]]
    reuters, sana = rows[0], rows[1]
    assert (reuters["MentionType"], reuters["MentionIdentifier"], reuters["MentionSourceName"]) == \
        ("1", ARTICLES["reuters-1117"].url, "Reuters")
    assert (sana["MentionType"], sana["MentionIdentifier"]) == ("2", "sana-1118")  # no URL: cited by id
    assert reuters["EventTimeDate"] == sana["EventTimeDate"] == "20151117093005"
    assert (reuters["MentionTimeDate"], sana["MentionTimeDate"]) == ("20151117093005", "20151118140000")
    assert reuters["SentenceID"] == sana["SentenceID"] == "1"
    ev = raqqa_strike().mentions[0].event
    assert (reuters["ActionCharOffset"], reuters["Actor1CharOffset"], reuters["Actor2CharOffset"]) == \
        (str(ev.trigger.start), str(ev.actors[0].start), str(ev.targets[0].start))
    assert (reuters["Confidence"], sana["Confidence"]) == ("90", "70")
    assert reuters["MentionDocLen"] == str(len(ARTICLES["reuters-1117"].text))
    assert float(reuters["MentionDocTone"]) < float(sana["MentionDocTone"])


# ----------------------------------------------------------------------------- acled

def test_acled_columns_and_raqqa_row(out):
    cols, rows = read_csv(out["acled"])
    assert cols == list(acled_mod.COLUMNS)
    # ISO-3 + GDELT's number for the event: the same id in every export
    assert [r["event_id_cnty"] for r in rows] == [f"{iso}{gdelt_mod.global_event_id(i)}" for iso, i in
                                                  (("SYR", "ev-raqqa"), ("NLD", "ev-protest"), ("SYR", "ev-nasty\t1"))]
    r = rows[0]
    assert (r["event_date"], r["year"], r["time_precision"]) == ("2015-11-17", "2015", "1")
    assert (r["disorder_type"], r["event_type"], r["sub_event_type"]) == \
        ("Political violence", "Explosions/Remote violence", "Air/drone strike")
    # Russian forces outside Russia are "external/other forces" in ACLED
    assert (r["actor1"], r["inter1"], r["actor2"], r["inter2"], r["interaction"]) == \
        ("Military Forces of Russia", "8", "Islamic State", "2", "28")
    assert (r["iso"], r["region"], r["country"], r["admin1"], r["location"]) == \
        ("760", "Middle East", "Syria", "Ar Raqqah", "Raqqa")
    assert (r["latitude"], r["longitude"], r["geo_precision"]) == ("35.95283", "39.00788", "1")
    assert r["source"] == "Reuters; SANA" and r["source_scale"] == ""
    assert r["notes"] == f"On 17 November 2015 in Raqqa, Syria: {SENTENCE}"  # Reuters: asserted, most complete
    assert r["fatalities"] == "12" and r["tags"] == "sources disagree: killed"
    assert r["timestamp"] == "1447804800"  # 2015-11-18, the last report
    assert r["civilian_targeting"] == ""


def test_acled_protest_without_location_and_escaping(out):
    _, rows = read_csv(out["acled"])
    p = rows[1]
    # the crowd is actor1, the government it protests against is the host state's; no location:
    # the country its report is about, at the country's point, ACLED's name for it
    assert (p["actor1"], p["inter1"], p["actor2"], p["inter2"], p["interaction"]) == \
        ("Protesters (Netherlands)", "6", "Government of the Netherlands", "1", "16")
    assert p["disorder_type"] == "Demonstrations"
    assert (p["country"], p["iso"], p["region"], p["location"], p["geo_precision"]) == \
        ("Netherlands", "528", "Europe", "Netherlands", "3")
    assert (float(p["latitude"]), float(p["longitude"])) == codes.country_point("NLD")
    assert p["fatalities"] == "0" and p["time_precision"] == "2"  # date not stated: known to the week
    assert p["notes"] == "On 2 March 2024: Thousands of protesters marched against the government."
    n = rows[2]
    assert n["actor1"] == 'Hay\'at Taḥrīr al-Shām, "HTS" faction north'  # quoted, on one line
    assert n["civilian_targeting"] == "Civilian targeting"
    assert (n["actor2"], n["inter1"], n["inter2"], n["interaction"]) == ("Civilians (Syria)", "2", "7", "27")
    assert n["fatalities"] == "5"
    assert "\n" not in n["notes"] and "\t" not in n["notes"] and "\u2028" not in n["notes"]
    assert n["notes"].startswith('On 30 May 2019 in Ma‘arrat al-Nu‘mān, Syria: Shelling hit "Ma‘arrat al-Nu‘mān", killing 5 civilians')


def acled_of(fe: FusedEvent, **kw) -> dict | None:
    known = articles()
    known.prefetch([fe])
    return acled_mod.acled_row(fe, known, **kw)


def test_acled_conventions():
    # unnamed attackers; an attack on armed men is a battle; protests never have an armed actor1
    fe = shelling_nasty()
    fe.actors = []
    fe.acled_event_type, fe.acled_sub_event_type = "Violence against civilians", "Attack"
    r = acled_of(fe)
    assert (r["actor1"], r["inter1"], r["event_type"]) == ("Unidentified Armed Group (Syria)", 3, "Violence against civilians")
    assert r["civilian_targeting"] == "Civilian targeting"
    fe.targets = [actor("soldiers", None, "SYR", "MIL")]
    r = acled_of(fe)
    assert (r["event_type"], r["sub_event_type"], r["actor2"], r["civilian_targeting"]) == \
        ("Battles", "Armed clash", "Military Forces of Syria", None)
    p = protest_nowhere()
    p.actors = [actor("police", "Police", "NLD", "COP"), actor("teachers", "Teachers' union", None, "LAB")]
    r = acled_of(p)
    assert (r["actor1"], r["assoc_actor_1"], r["actor2"]) == \
        ("Protesters (Netherlands)", "Teachers' union", "Police Forces of the Netherlands")
    # place names and page text are not actors
    fe = raqqa_strike()
    fe.targets = [actor("Raqqa", "Raqqa", None, None), actor("x", "Click here to subscribe to our newsletter", None, None)]
    assert acled_of(fe)["actor2"] is None
    # text labels, as ACLED's API gives them
    r = acled_of(raqqa_strike(), inter_labels=True)
    assert (r["inter1"], r["inter2"], r["interaction"]) == ("External/Other forces", "Rebel group",
                                                             "Rebel group-External/Other forces")


def test_acled_rows_left_out_are_counted(tmp_path):
    lost = protest_nowhere()  # no location, and no article to say which country
    undated = raqqa_strike()
    undated.date = None
    for m in undated.mentions:
        m.published = None
    left_out = Counter()
    path = write("acled", [lost, undated], tmp_path, left_out=left_out)[0]
    assert read_csv(path)[1] == [] and left_out == {"acled: no location": 1, "acled: no date": 1}


# ----------------------------------------------------------------------------- plover

def test_an_implied_doer_has_no_words_of_its_own_in_plover_and_gdelt_mentions():
    from eventwire.export.mentions import NOT_FOUND, _offset
    from eventwire.export.plover import entity

    police = Actor("arrested", 40, 48, "US police", "USA", "COP", implied=True)
    assert entity(police)["entity_text"] is None and entity(police)["identifier_text"] == "US police"
    assert _offset(police) == NOT_FOUND and _offset(replace(police, implied=False)) == 40


def test_plover_records(out):
    lines = out["plover"].read_text(encoding="utf-8").splitlines()
    recs = [json.loads(x) for x in lines]
    assert [r["id"] for r in recs] == ["ev-raqqa", "ev-protest", "ev-nasty\t1", "ev-planned"]  # INCIDENT is not PLOVER
    r = recs[0]
    assert (r["date"], r["event"], r["mode"], r["context"]) == ("2015-11-17", ["ASSAULT"], ["aerial"], ["military"])
    assert r["actor"] == [{"code": "RUS", "sector": "MIL", "entity_text": "Russian warplanes", "identifier_text": "Russia"}]
    assert r["recipient"][0]["identifier_text"] == "Islamic State" and r["recipient"][0]["sector"] == "REB"
    assert r["event_loc"]["resolved_place"] == "Raqqa" and (r["event_loc"]["lat"], r["event_loc"]["lon"]) == \
        (35.95283, 39.00788)
    assert (r["dead"], r["injured"]) == (12, None)
    assert (r["cameo"], r["acled_event_type"], r["acled_sub_event_type"]) == \
        ("195", "Explosions/Remote violence", "Air/drone strike")
    assert [(s["article_id"], s["outlet"]) for s in r["sources"]] == [("reuters-1117", "Reuters"), ("sana-1118", "SANA")]
    assert r["conflicts"][0]["field"] == "killed"
    assert recs[1]["event_loc"] is None
    assert recs[2]["actor"][0]["identifier_text"] == 'Hay\'at Taḥrīr al-Shām, "HTS" faction north'
    assert recs[2]["injured"] == 7
    assert recs[3]["factuality"] == "planned"


# ----------------------------------------------------------------------------- extractor output

def result_dict() -> dict:
    ev = event("r1#e1", "ASSAULT", SENTENCE, mode="aerial", cameo="195", actors=[actor("Russia", "Russia", "RUS", "GOV")],
               location=RAQQA, date="2015-11-17", date_text="on Tuesday", killed=Count(12, "exact", "12", 60, 62))
    d = asdict(ev)
    d["location"].pop("feature")
    return {"id": "r1", "source": "Reuters", "published": "2015-11-17", "events": [d], "main_event": 0}


@pytest.mark.parametrize("with_fusion", [True, False])
def test_fused_from_result(monkeypatch, with_fusion):
    if not with_fusion:
        monkeypatch.setitem(sys.modules, "eventwire.fuse", None)  # import fails: the stand-in converter
    (fe,) = fused_from_result(result_dict())
    assert fe.type == "ASSAULT" and fe.cameo == "195" and fe.date == "2015-11-17" and fe.killed == 12
    assert fe.location.name == "Raqqa" and fe.actors[0].country == "RUS"
    assert (fe.n_sources, fe.n_articles, fe.outlets, fe.first_reported) == (1, 1, ["Reuters"], "2015-11-17")
    (m,) = fe.mentions
    assert m.article_id == "r1" and m.event.sentence.text == SENTENCE and m.event.killed.value == 12


def test_an_event_is_background_in_exports_only_where_every_report_recalls_it():
    from eventwire.export.fields import context
    from eventwire.export.plover import plover_record

    fe = raqqa_strike()
    fe.mentions[1].event.context = ["military", "background"]  # the second report recalls it
    assert context(fe) == ["military"]
    assert plover_record(fe)["background"] is False
    fe.mentions[0].event.context = ["military", "background"]  # every report recalls it
    assert context(fe) == ["military", "background"]
    rec = plover_record(fe)
    assert rec["background"] is True and "background" not in rec["context"]


def test_a_date_the_sources_give_only_as_a_month_or_year_is_exported_at_that_precision():
    from eventwire.export.fields import date_precision

    fe = raqqa_strike()
    for m in fe.mentions:
        m.event.date, m.event.date_text, m.event.date_precision = "2014-01-01", "in 2014", "year"
    fe.date = "2014-01-01"
    assert date_precision(fe) == "year"
    fe.mentions[0].event.date_precision = "day"  # one source states the day
    assert date_precision(fe) == "day"


def test_an_undated_recalled_event_takes_no_report_date_when_fused():
    from eventwire.fuse.consensus import refresh

    fe = raqqa_strike()
    for m in fe.mentions:
        m.event.date, m.event.date_text, m.event.date_precision = None, None, None
        m.event.context = ["background"]
    refresh(fe)
    assert fe.date is None
