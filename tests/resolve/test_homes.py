"""Outlet homes: where an outlet is based, learned from its own stories, as a prior
for ambiguous place names."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.model import Article
from eventwire.resolve.homes import (article_home, learn_homes, load_homes, outlet_key, save_homes, text_home, url_country,
                                     valid_home)
from eventwire.resolve.places import GazEntry, Gazetteer

runner = CliRunner()


def _gaz() -> Gazetteer:
    def city(name, country, code, pop):
        return GazEntry(name, None, country, None, code, 1.0, 1.0, "city", pop)

    index = {
        "paris": [city("Paris", "FRA", "FR-IDF", 2_000_000), city("Paris", "USA", "US-TX", 25_000),
                  city("Paris", "USA", "US-TN", 10_000)],
        "texas": [GazEntry("Texas", None, "USA", "Texas", "US-TX", 31.0, -99.0, "admin1", 0)],
        "lamar county": [GazEntry("Lamar County", None, "USA", "Texas", "US-TX", 33.6, -95.6, "admin2", 0)],
        "reno": [city("Reno", "USA", "US-NV", 250_000), city("Reno", "USA", "US-TX", 3_000)],
        "henry county": [GazEntry("Henry County", None, "USA", "Tennessee", "US-TN", 36.3, -88.3, "admin2", 0)],
    }
    return Gazetteer.from_index(index)


def test_outlet_key_is_the_url_host_else_the_source():
    assert outlet_key(Article(id="a", text="x", url="https://www.Lamarledger.example.org/2024/1")) == \
        "lamarledger.example.org"
    assert outlet_key({"url": None, "source": " Lamar Ledger "}) == "lamar ledger"
    assert outlet_key(Article(id="a", text="x")) is None


def test_a_country_code_domain_gives_the_outlets_country():
    assert url_country("https://www.independent.ie/news/1") == "IRL"
    assert url_country("http://lfpress.ca/story") == "CAN"
    assert url_country("https://www.thisisoxfordshire.co.uk/news") == "GBR"
    assert url_country("https://example.com/a") is None
    assert url_country("https://startup.io/a") is None  # used as a generic domain
    assert url_country(None) is None
    # a given or learned home is more precise than the domain
    assert article_home(Article(id="a", text="x", url="https://lfpress.ca/1")) == "CAN"
    assert article_home(Article(id="a", text="x", url="https://lfpress.ca/1", home="CA-ON")) == "CA-ON"


def test_home_is_the_unit_the_outlets_stories_point_to():
    docs = [
        ("ledger", [("Paris", "USA"), ("Lamar County", "USA"), ("Texas", "USA")]),
        ("ledger", [("Reno", "USA"), ("Lamar County", "USA")]),
        ("ledger", [("Paris", "FRA")]),  # the ambiguous story itself votes too, but is outvoted
        ("ledger", [("Texas", "USA"), ("Reno", "USA")]),
    ]
    assert learn_homes(docs, _gaz()) == {"ledger": "US-TX"}


def test_few_or_split_stories_give_no_home_or_only_a_country():
    few = [("tiny", [("Texas", "USA")])] * 2
    assert learn_homes(few, _gaz()) == {}
    # Texas and Tennessee names in equal measure: the country is clear, the state is not
    split = [("split", [("Texas", "USA")]), ("split", [("Henry County", "USA")]),
             ("split", [("Lamar County", "USA")]), ("split", [("Henry County", "USA")])]
    assert learn_homes(split, _gaz()) == {"split": "USA"}
    # stories all over the world: no home at all
    world = [("wire", [("Paris", "FRA")]), ("wire", [("Texas", "USA")]), ("wire", [("Paris", "FRA")]),
             ("wire", [("Lamar County", "USA")])]
    assert learn_homes(world, _gaz()) == {}


def test_homes_file_round_trip_and_clear_errors(tmp_path):
    path = tmp_path / "homes.json"
    save_homes({"b.example": "GBR", "a.example": "US-TX"}, path)
    assert load_homes(path) == {"a.example": "US-TX", "b.example": "GBR"}
    assert valid_home("US-TX") and valid_home("GBR") and not valid_home("Texas") and not valid_home(3)
    bad = tmp_path / "bad.json"
    bad.write_text('{"a.example": "Texas"}')
    with pytest.raises(ValueError, match="bad.json.*a.example.*Texas"):
        load_homes(bad)
    bad.write_text("[1, 2]")
    with pytest.raises(ValueError, match="JSON object"):
        load_homes(bad)
    bad.write_text("{not json")
    with pytest.raises(ValueError, match="cannot read"):
        load_homes(bad)


def test_a_sizeable_home_town_beats_a_foreign_country_an_alias_does_not():
    gaz = Gazetteer.load()
    assert gaz.lookup("Palestine", focus_country="USA").country == "PSE"
    hit = gaz.lookup("Palestine", focus_country="USA", home="US-TX")
    assert (hit.country, hit.admin1_code, hit.feature) == ("USA", "US-TX", "city")
    # Iraan, Texas (1,300 people) shares Iran's key, not its name
    assert gaz.lookup("Iran", focus_country="USA", home="US-TX").country == "IRN"


def test_the_capital_flag_marks_one_washington():
    gaz = Gazetteer.load()
    capitals = [e for e in gaz.candidates("Washington") if e.capital]
    assert [(e.country, e.admin1_code) for e in capitals] == [("USA", "US-DC")]
    assert gaz.lookup("Liverpool").country == "GBR"


def test_units_without_towns_sit_at_their_namesake_town():
    gaz = Gazetteer.load()
    jenin = next(e for e in gaz.candidates("Jenin") if e.feature == "admin1")
    assert jenin.lat == pytest.approx(32.46, abs=0.05) and jenin.lon == pytest.approx(35.30, abs=0.05)


def test_canadian_province_abbreviations(run_text):
    assert Gazetteer.load().lookup("B.C.").admin1_code == "CA-BC"
    res = run_text("Police in Richmond, B.C., said a car hit a bus shelter on Friday.")
    p = next(p for p in res.places if p.text == "Richmond")
    assert (p.country, p.admin1_code) == ("CAN", "CA-BC"), p


def test_home_decides_an_ambiguous_story_and_unknown_towns_fall_back_to_it(warm):
    from eventwire.pipeline import process

    text = "Paris police arrested two men on Saturday after a chase through Zorbville, police said."
    plain = process(Article(id="p", text=text))
    assert next(p for p in plain.places if p.text == "Paris").country == "FRA"
    local = process(Article(id="p", text=text, home="US-TX"))
    paris = next(p for p in local.places if p.text == "Paris")
    assert (paris.country, paris.admin1_code) == ("USA", "US-TX")
    # the town's police, not France's
    police = [a for e in local.events for a in e.actors if a.text == "Paris police"]
    assert police and all(a.country == "USA" for a in police)
    assert all(a.country == "FRA" for e in plain.events for a in e.actors if a.text == "Paris police")
    # a town the gazetteer lacks: the home unit, with admin1 precision, never a guessed point
    unknown = next(p for p in local.places if p.text == "Zorbville")
    assert (unknown.admin1_code, unknown.precision, unknown.name) == ("US-TX", "admin1", None)
    # a story set abroad is not pulled home
    abroad = process(Article(id="q", text="Thousands marched in Paris on Saturday as unions across France "
                                          "called more strikes.", home="US-TX"))
    assert next(p for p in abroad.places if p.text == "Paris").country == "FRA"


@pytest.fixture(scope="module")
def ledger(samples_dir):
    return samples_dir / "local" / "lamar_ledger.jsonl"


PARIS_TEXAS = 4717560  # GeoNames id


def _places(stdout: str) -> dict[str, list[tuple]]:
    out = {}
    for line in stdout.splitlines():
        if line.startswith("{"):
            r = json.loads(line)
            out[r["id"]] = [(p["text"], p["country"], p["admin1_code"]) for p in r["places"]]
    return out


def test_cli_learns_homes_and_uses_them(warm, ledger, tmp_path):
    plain = runner.invoke(app, ["extract", str(ledger), "--no-progress"])
    assert plain.exit_code == 0, plain.output
    assert ("Paris", "FRA", "FR-IDF") in _places(plain.stdout)["ll-004"]
    learned = runner.invoke(app, ["extract", str(ledger), "--no-progress", "--learn-homes"])
    assert learned.exit_code == 0, learned.output
    assert "outlet homes learned for 1 outlet" in learned.stderr
    assert ("Paris", "USA", "US-TX") in _places(learned.stdout)["ll-004"]

    homes = tmp_path / "homes.json"
    res = runner.invoke(app, ["gazetteer", "homes", str(ledger), "-o", str(homes)])
    assert res.exit_code == 0, res.output
    assert json.loads(homes.read_text()) == {"lamarledger.example.org": "US-TX"}
    given = runner.invoke(app, ["extract", str(ledger), "--no-progress", "--homes", str(homes)])
    assert given.exit_code == 0, given.output
    assert ("Paris", "USA", "US-TX") in _places(given.stdout)["ll-004"]


def test_cli_rejects_a_bad_homes_file(ledger, tmp_path):
    bad = tmp_path / "homes.json"
    bad.write_text('{"lamarledger.example.org": "Paris"}')
    res = runner.invoke(app, ["extract", str(ledger), "--homes", str(bad)])
    assert res.exit_code == 2 and "homes.json" in res.output
    res = runner.invoke(app, ["ingest", str(ledger), "--db", str(tmp_path / "s.duckdb"), "--homes", str(bad)])
    assert res.exit_code == 2 and "homes.json" in res.output
    assert not (tmp_path / "s.duckdb").exists()


def test_learning_homes_reads_stdin_and_ingest_learns_them_too(warm, ledger, tmp_path):
    res = runner.invoke(app, ["extract", "-", "--learn-homes", "--no-progress"], input=ledger.read_text())
    assert res.exit_code == 0, res.output
    assert ("Paris", "USA", "US-TX") in _places(res.stdout)["ll-004"]
    db = tmp_path / "store.duckdb"
    res = runner.invoke(app, ["ingest", str(ledger), "--db", str(db), "--learn-homes", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "outlet homes learned for 1 outlet" in res.output
    res = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
    locations = [json.loads(line)["location"] for line in res.stdout.splitlines() if line.startswith("{")]
    # in Paris, Texas: the town itself, or a road the story puts there (name null, the town's record)
    assert any(loc and (loc["geonameid"], loc["admin1_code"]) == (PARIS_TEXAS, "US-TX") for loc in locations)
    assert not any(loc and loc["country"] == "FRA" for loc in locations)


def test_ingest_learns_homes_from_the_articles_already_stored(warm, ledger, tmp_path):
    lines = ledger.read_text().splitlines()
    first, last = tmp_path / "first.jsonl", tmp_path / "last.jsonl"
    first.write_text("\n".join(lines[:3]) + "\n")
    last.write_text(lines[3] + "\n")

    def paris_of_last(db):  # where the last story's arrest took place: Paris, or its Jefferson Road
        res = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
        return {(e["location"]["country"], e["location"]["admin1_code"])
                for e in map(json.loads, filter(None, res.stdout.splitlines()))
                if e["type"] == "COERCE" and e["location"] and e["location"]["text"] in ("Paris", "Jefferson Road")}

    # alone, one article says too little: no home, Paris is the French capital
    alone = tmp_path / "alone.duckdb"
    res = runner.invoke(app, ["ingest", str(last), "--db", str(alone), "--learn-homes", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "outlet homes learned for 0 outlet" in res.output
    assert paris_of_last(alone) == {("FRA", "FR-IDF")}
    # after the outlet's other stories are stored, the same article gets the outlet's home
    db = tmp_path / "store.duckdb"
    assert runner.invoke(app, ["ingest", str(first), "--db", str(db), "--no-progress"]).exit_code == 0
    res = runner.invoke(app, ["ingest", str(last), "--db", str(db), "--learn-homes", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "outlet homes learned for 1 outlet" in res.output
    assert paris_of_last(db) == {("USA", "US-TX")}



def test_gazetteer_lookup_shows_the_home_effect():
    res = runner.invoke(app, ["gazetteer", "lookup", "Palestine", "--home", "US-TX", "--limit", "2"])
    assert res.exit_code == 0, res.output
    starred = next(line for line in res.stdout.splitlines() if "★" in line)
    assert "US-TX" in starred
    res = runner.invoke(app, ["gazetteer", "lookup", "Palestine", "--home", "Texas"])
    assert res.exit_code == 2


@pytest.mark.parametrize("text, home", [
    ("The Athens Police Department arrested a man Monday. He was booked into the Henderson County Jail.", "USA"),
    ("Deputies were called to the 600 block of Oak Street, the Sheriff's Office said.", "USA"),
    # one cue alone is no proof: a story abroad may name one American court or force
    ("The Greek man was extradited after a grand jury in New York indicted him.", None),
    ("Police in Athens arrested a man on Monday, a spokesman for the Hellenic Police said.", None),
    # Canadian copy: a block and a Superior Court; a Kenyan county's commissioner
    ("Police were called to the 300 block of Dundas Street; he appeared in Superior Court on Tuesday.", None),
    ("The Garissa County Commissioner said the Sheriff's Office of the county would act.", None),
    ("A man appeared in Fulton County Superior Court. He fired shots in the 300 block of Main Street.", "USA"),
    ("A man was arrested outside the Henry County Courthouse in the 300 block of Wood Street.", "USA"),
])
def test_american_local_institutions_give_a_lone_article_its_country(text, home):
    assert text_home(text) == home
    assert article_home(Article(id="t", text=text), text) == home
    # a home given or read off the address comes first
    assert article_home(Article(id="t", text=text, url="https://example.gr/x"), text) == "GRC"


def test_a_lone_local_story_keeps_its_towns_at_home(run_text):
    text = ("Man booked for teen assault. The Athens Police Department arrested a 33-year-old man Monday in "
            "Athens. He was arraigned at the Henderson County Jail, and bond was set by the County Court.")
    places = run_text(text, published="2009-03-18").places
    assert places and {p.country for p in places} == {"USA"}
