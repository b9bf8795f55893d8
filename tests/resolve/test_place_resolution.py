"""Place resolution inside the pipeline: context decides between same-named places."""
from __future__ import annotations

import pytest

from eventwire.model import Article, ArticleResult
from eventwire.pipeline import process
from eventwire.resolve.places import Gazetteer


@pytest.fixture(scope="module")
def run():
    def go(text: str, published: str = "2024-03-11") -> ArticleResult:
        res = process(Article(id="t", text=text, published=published))
        assert isinstance(res, ArticleResult), res
        return res
    return go


def place(res: ArticleResult, surface: str):
    return next(p for p in res.places if p.text == surface)


def test_paris_texas_follows_the_named_state(run):
    res = run("A tornado tore through Paris, Texas, on Sunday, officials in the state said. "
              "Texas emergency crews were sent to the town.")
    p = place(res, "Paris")
    assert (p.country, p.admin1_code) == ("USA", "US-TX"), p


def test_a_county_of_one_state_names_that_state(run):
    # "Guernsey County" is Ohio's only: its Cambridge is Ohio's, not the larger Massachusetts one
    res = run("A house fire damaged a home in Guernsey County on Monday. "
              "Firefighters from Cambridge responded to the scene.")
    assert place(res, "Cambridge").admin1_code == "US-OH"
    # ... and so does a body named after that county (the model tags it a facility)
    for text in ("A deputy from the Guernsey County Sheriff's Office said the fire started in the garage. "
                 "A Cambridge firefighter went inside.",  # tagged a facility
                 "Firefighters were called to the house on Monday. The Guernsey County Sheriff's Office said the "
                 "blaze began in the kitchen. A Cambridge crew put it out."):  # tagged an organisation
        assert place(run(text), "Cambridge").admin1_code == "US-OH", text
    # ... whatever the tagger made of the name that holds it ("Rapides Parish Fire" tagged a person)
    res = run("Chiquita Henry, 19, of 1935 Orchard St., Alexandria, was arrested and charged with arson. "
              "Both the Sheriff’s Office and Rapides Parish Fire District 2 investigated the March 7 fire "
              "at 6016 Dublin Road.")
    assert place(res, "Alexandria").admin1_code == "US-LA"


def test_a_city_side_abroad_is_no_place_of_a_domestic_story(run):
    # the Cayman Islands have a district "North Side"; Richmond's North Side is not it
    res = run("One dead in North Side shooting. A man was shot dead on Monday in Richmond, Virginia, "
              "police said.")
    assert place(res, "North Side").country in (None, "USA")


def test_paris_alone_is_the_french_capital(run):
    res = run("Thousands marched in Paris on Saturday against the pension reform.")
    assert place(res, "Paris").country == "FRA"


def test_georgia_in_a_us_story_is_the_state(run):
    res = run("Storms hit Atlanta and other parts of Georgia on Monday as Florida and Alabama braced for floods, "
              "US forecasters said.")
    p = place(res, "Georgia")
    assert (p.country, p.feature) == ("USA", "admin1"), p


def test_georgia_beside_tbilisi_is_the_country():
    gaz = Gazetteer.load()
    assert gaz.lookup("Georgia", focus_country="GEO").feature == "country"


@pytest.mark.parametrize("name, country", [("North Waziristan", "PAK"), ("Nagorno-Karabakh", "AZE"),
                                           ("Karabakh", "AZE"), ("Mindanao", "PHL"), ("Puntland", "SOM")])
def test_conflict_regions_the_town_list_lacks_are_the_projects_own(name, country):
    hit = Gazetteer.load().lookup(name)
    assert hit is not None and (hit.feature, hit.country) == ("region", country), hit


def test_regions_are_not_towns():
    gaz = Gazetteer.load()
    for name in ("Africa", "the Middle East", "the Mediterranean Sea", "the Levant"):
        assert gaz.lookup(name).feature == "region", name


@pytest.mark.parametrize("variants", [
    ("Raqqa", "Raqa", "Raqqah", "Ar-Raqqah"),
    ("Hasakeh", "Hassakeh", "Al-Hasakah"),
    ("Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr"),
])
def test_transliterations_resolve_to_one_place(variants):
    gaz = Gazetteer.load()
    ids = {gaz.lookup(v, focus_country="SYR").admin1_code for v in variants}
    assert len(ids) == 1 and None not in ids, (variants, ids)


def test_province_cue_gives_the_admin_unit(run):
    res = run("Government jets struck villages in Idlib province on Monday, killing four people.")
    ev = res.events[res.main_event]
    assert ev.location is not None and ev.location.admin1_code == "SY-ID", ev.location


def test_a_village_of_a_province_is_placed_in_that_province(run):
    # "a Borno village" is a village in Borno state, not Brno, the Czech city, nor a village called Borno
    res = run("Boko Haram kills 30 in Borno village raid. Gunmen stormed the village in Nigeria on Saturday.")
    p = place(res, "Borno village")
    assert (p.country, p.feature) == ("NGA", "admin1"), p


def test_a_dateline_town_after_the_headline_is_a_place(run):
    # all in capitals and opening a sentence, it is still read; a capital there is the town, not
    # the government, and the dateline names its country, not the story's most named one
    res = run("Georgia Arrests Opposition Members\nTBILISI, Georgia -- Georgian police arrested several "
              "opposition members on Monday. The opposition has stepped up pressure since the war with Russia. "
              "Russia says Russia was attacked, and Russian officials accuse Russia's critics.")
    p = place(res, "TBILISI")
    assert (p.name, p.country) == ("Tbilisi", "GEO"), p
    arrest = next(e for e in res.events if e.trigger.text == "arrested")
    assert not any(a.text.startswith("TBILISI") for a in arrest.actors)


@pytest.mark.parametrize("text, place", [
    # where the story was filed (LAGOS) places the incident only when nothing else says where
    ("Gunmen kill 12 in northern Nigeria\nLAGOS, Nigeria (AP) - Gunmen killed 12 villagers in Zamfara state on "
     "Sunday, police said.", ("Zamfara", "NG-ZA")),
    ("Man shot in robbery\nSPRINGFIELD, Ill. - A man was shot during a robbery at a gas station on Sunday, police "
     "said.", ("Springfield", "US-IL")),
    # "in Somalia's capital" names no town the gazetteer reads; the wire's opening dateline does
    ("MOGADISHU, Somalia (AP) — Al-Shabab extremists stormed a popular hotel in Somalia's capital on Friday night, "
     "killing at least 12 people, police said.", ("Mogadishu", "SO-BN")),
])
def test_a_datelines_town_places_the_main_event_only_where_its_story_names_no_finer_place(run, text, place):
    res = run(text)
    loc = res.events[res.main_event].location
    assert loc is not None and (loc.admin1 if loc.precision == "admin1" else loc.name, loc.admin1_code) == place, loc


def test_a_city_standing_for_its_government_does_not_place_the_story(run):
    # "Tokyo's decision" is the Japanese government's, not where China summoned the envoy
    res = run("China summoned Japan's ambassador on Tuesday to protest against Tokyo's decision to release "
              "treated water into the sea, the foreign ministry said.")
    main = res.events[res.main_event]
    assert main.trigger.text == "summoned"
    assert main.location is None or main.location.name != "Tokyo", main.location


def test_unknown_village_is_not_placed_anywhere(run):
    res = run("Fighting was reported near the hamlet of Zzyqvor on Tuesday.")
    for p in res.places:
        if p.text == "Zzyqvor":
            assert p.geonameid is None and p.lat is None


def test_distance_cue_picks_the_douma_near_damascus(run):
    # Douma is also a town in Lebanon; "10km northeast of Damascus" rules it out
    res = run("Rebels shelled Douma, 10km northeast of Damascus, on Monday, killing five people.")
    p = place(res, "Douma")
    assert p.country == "SYR" and p.lat is not None, p
    ev = res.events[res.main_event]
    assert ev.location is not None and ev.location.text == "Douma", ev.location


def test_a_bearing_from_a_known_place_only_says_where_the_event_place_is(run):
    # "Al-Tabqah west of Raqqa": the strike was in Tabqa (the parse hangs Tabqah on "west")
    for text, where in (("Air strikes killed eight civilians in the town of Al-Tabqah west of Raqqa on Monday.",
                         "Al-Tabqah"),
                        ("A car bomb killed 70 people on Friday in the town of Rankus north of Damascus.", "Rankus")):
        ev = run(text).events[0]
        assert ev.location is not None and ev.location.text == where, (text, ev.location)
    # a name before the bearing that the gazetteer places in another country than the place after it
    # is a namesake it found for a village it lacks ("Al-Quriyah" and Koriya, India): the anchor stays
    ev = run("Three air raids on the region of Al-Quriyah southeast of Deir Ezzor city killed 58 civilians, "
             "the Syrian Observatory said.").events[0]
    assert ev.location is not None and ev.location.country == "SYR", ev.location


def test_distance_cue_rules_out_far_namesakes():
    gaz = Gazetteer.load()
    damascus = gaz.lookup("Damascus")
    hit = gaz.lookup("Douma", near=(damascus.lat, damascus.lon, 40.0))
    assert hit is not None and hit.country == "SYR"
    assert gaz.lookup("Paris", near=(damascus.lat, damascus.lon, 40.0)) is None


def test_unknown_village_falls_back_to_the_named_province(run):
    res = run("Jets bombed the village of Kafr Zzyta in Hama province on Monday, killing four.")
    p = place(res, "Kafr Zzyta")
    assert (p.country, p.admin1_code, p.precision) == ("SYR", "SY-HM", "admin1"), p
    assert p.geonameid == place(res, "Hama province").geonameid  # the unit's own id, not a guessed town


def test_unit_after_a_comma_picks_the_town(run):
    res = run("Police in Paris, Tenn., arrested two men after a shooting on Main Street.")
    assert place(res, "Paris").admin1_code == "US-TN"


def test_world_city_without_local_cue_and_with_one(run):
    assert place(run("A tornado hit Moscow on Sunday, Russian officials said."), "Moscow").country == "RUS"
    res = run("Students at the University of Idaho in Moscow, Idaho, held a vigil on Sunday.")
    assert place(res, "Moscow").admin1_code == "US-ID"


def test_a_town_the_model_took_for_a_title_is_a_place(run):
    # the model tags "Quetta" in "The attack in Quetta" as a WORK_OF_ART
    res = run("The attack in Quetta on Monday claimed the lives of 20 people.")
    assert [(p.text, p.country) for p in res.places] == [("Quetta", "PAK")]
    assert res.events[0].location.name == "Quetta"


def test_a_quoted_or_named_title_is_no_place(run):
    res = run('Police raided a screening of the film "Casablanca" in Rabat and arrested 12 people.')
    assert "Casablanca" not in [p.text for p in res.places]


def test_nationals_of_a_country_come_from_it(run):
    res = run("Three nationals of Pakistan were arrested by Dubai police on Monday.")
    assert [(a.name, a.country) for a in res.events[0].actors] == [("Emirati police", "ARE")]


def test_citizens_of_a_town_are_there(run):
    res = run("A citizen of Homs was killed by a sniper on Monday.")
    assert res.events[0].location is not None and res.events[0].location.country == "SYR"


def test_a_surname_that_dies_is_no_place(run):
    # "Sakai" (an officer) tagged as an organisation is no Japanese city: places do not die
    res = run("Police said two officers were gunned down in Oakland on Saturday. Romans, Sakai and the "
              "parolee died later in a shootout when the city's SWAT team stormed an apartment.")
    assert [p.text for p in res.places] == ["Oakland"]


def test_a_persons_origin_is_no_place_of_what_befell_them(run):
    res = run("A stonework mason from Danbury, Connecticut, was charged with assault on Tuesday. "
              "Gomez, a native of Mexico, was arrested in Danbury on Monday.")
    assert all(e.location is None or e.location.country == "USA" for e in res.events)


def test_a_persons_name_is_not_a_place(run):
    res = run("Florence Pugh visited a hospital in Florence on Monday.")
    assert [p.text for p in res.places] == ["Florence"]
    assert res.places[0].start > 10 and res.places[0].country == "ITA"


@pytest.mark.parametrize("abbr, code", [("Kan.", "US-KS"), ("W.Va.", "US-WV"), ("Fla.", "US-FL"), ("Ky.", "US-KY")])
def test_ap_state_abbreviations(abbr, code):
    hit = Gazetteer.load().lookup(abbr)
    assert (hit.feature, hit.admin1_code) == ("admin1", code)


def test_same_named_town_follows_the_storys_other_places():
    gaz = Gazetteer.load()
    # alone, Athens is the Greek capital; beside names that have namesakes in Georgia, it is Athens, Ga.
    assert gaz.lookup("Athens").country == "GRC"
    assert gaz.lookup("Athens", admin1_support={"US-GA": 3}).admin1_code == "US-GA"


def test_every_unit_and_country_has_a_point():
    gaz = Gazetteer.load()
    for name in ("United States", "Russia", "Ontario", "Boone County", "Idlib Governorate", "Texas"):
        hit = gaz.lookup(name)
        assert hit is not None and hit.lat is not None and hit.lon is not None, name
    us = gaz.lookup("United States")
    assert abs(us.lat - 39.8) < 1 and abs(us.lon + 98.5) < 1  # the centre of the contiguous states


def test_possessive_and_state_suffix():
    gaz = Gazetteer.load()
    assert gaz.lookup("South Korea's").country == "KOR"
    assert gaz.lookup("Oaxaca State").admin1_code == "MX-OAX"


def test_a_state_is_not_its_namesake_village():
    gaz = Gazetteer.load()
    assert gaz.lookup("Minnesota", focus_country="USA").feature == "admin1"
    assert gaz.lookup("New York", focus_country="USA").name == "New York City"  # a big capital stands for it


def test_known_part_of_an_unknown_name(run):
    res = run("Protesters gathered outside the Henderson County Jail in Kentucky on Friday.")
    p = next(p for p in res.places if "Henderson" in p.text)
    assert (p.text, p.feature, p.admin1_code) == ("Henderson County", "admin2", "US-KY"), p
    assert res.article.text[p.start:p.end] == p.text


def test_a_small_foreign_namesake_is_not_the_village(run):
    # "al-Shola" transliterates like an alternate name of Cholet, France; in a Syrian story
    # with nothing French around, it is an unknown village, never a point in France
    res = run("A suicide bomber blew himself up at a checkpoint near the village of al-Shola in "
              "Deir ez-Zor province on Sunday, killing six Syrian soldiers.")
    p = place(res, "al-Shola")
    assert p.country in (None, "SYR"), p
    assert p.lat is None or p.admin1_code == "SY-DY", p


def test_a_demonym_is_not_an_event_place(run):
    res = run("A Russian-brokered truce took effect in Daraa on Sunday after shelling killed 13 people.")
    for ev in res.events:
        assert ev.location is None or ev.location.country == "SYR", ev.location


@pytest.mark.parametrize("text,town,unit", [
    ("A bakery in Tacoma, Washington shares tips for holiday cakes.", ("Tacoma", "US-WA"), ("Washington", "admin1", "US-WA")),
    ("The fair opened in Athens, Georgia, on Friday.", ("Athens", "US-GA"), ("Georgia", "admin1", "US-GA")),
    ("Protesters gathered in Tbilisi, Georgia, on Sunday.", ("Tbilisi", "GE-TB"), ("Georgia", "country", None)),
])
def test_the_unit_after_a_town_and_a_comma_is_the_one_that_holds_it(run, text, town, unit):
    res = run(text)
    t, u = place(res, town[0]), place(res, unit[0])
    assert t.admin1_code == town[1], t
    assert (u.feature, u.admin1_code) == unit[1:], u
    assert u.country == t.country


def test_a_towns_other_names_and_abbreviations_do_not_beat_its_own_name():
    gaz = Gazetteer.load()
    assert gaz.lookup("Illinois", focus_country="USA").feature == "admin1"  # not Riverside, Mo.
    assert gaz.lookup("BC") is None  # no town called so: not Bay City
    assert gaz.lookup("Salisbury", focus_country="GBR").country == "GBR"  # not Harare, once so called


def test_a_state_of_the_story_country_beats_a_small_namesake_town(run):
    res = run("Officials in Missouri and Oregon said the storm moved east on Monday.")
    assert (place(res, "Oregon").feature, place(res, "Oregon").admin1_code) == ("admin1", "US-OR")


def test_continents_carry_their_geonames_ids_and_states_are_not_their_cities():
    gaz = Gazetteer.load()
    assert (gaz.lookup("Europe").feature, gaz.lookup("Europe").geonameid) == ("region", 6255148)
    assert gaz.lookup("Oklahoma", focus_country="USA").feature == "admin1"  # not Oklahoma City
    assert gaz.lookup("New York", focus_country="USA").name == "New York City"  # the city stands for it


@pytest.mark.parametrize("text,country", [
    ("The prime minister said Trinidad and Tobago failed to attend the meeting.", "TTO"),
    ("Troops from Bosnia and Herzegovina arrived on Monday.", "BIH"),
])
def test_a_country_name_split_at_and_is_one_place(run, text, country):
    res = run(text)
    assert [(p.country, p.feature) for p in res.places] == [(country, "country")], res.places


def test_two_countries_joined_by_and_stay_two(run):
    res = run("Fighting in Syria and Iraq went on through the week.")
    assert [p.country for p in res.places] == ["SYR", "IRQ"]


@pytest.mark.parametrize("text,code", [
    ("Shelling kills nine civilians in Syrias Idlib Monitor AFP Monday 3 Apr 2017", "SY-ID"),  # apostrophe lost
    ("Nine killed in mortar fire on government areas of Aleppo NGO AFP Friday 4 Mar 2016 Nine people were "
     "killed and 30 hurt on Friday.", "SY-HL"),  # read by the model as a title of a work
])
def test_places_inside_names_the_model_tagged_otherwise(run, text, code):
    assert [p.admin1_code for p in run(text).places] == [code]


def test_a_capital_the_model_read_as_a_person_is_the_city(run):
    # the small model tags "Kyiv" here as a PERSON; the actor lexicon knows it as Ukraine's capital
    res = run("Russia launched a massive missile attack on Kyiv on Monday.")
    assert (place(res, "Kyiv").country, place(res, "Kyiv").feature) == ("UKR", "city")
    (attack,) = res.events
    assert attack.location is not None and attack.location.name == "Kyiv"


@pytest.mark.parametrize("text, town", [
    # the small model reads these Arabic town names as people, or as an organisation; the gazetteer
    # gives Maarat al-Numan no population, so only being of the story's own country makes it the town
    ("Fourteen people were killed when warplanes struck a hospital in Maaret al-Numan in Syria's Idlib province.",
     "Maaret al-Numan"),
    ("The Syrian regime dropped chlorine-filled barrel bombs on Khan Sheikhoun, killing 20 people.", "Khan Sheikhoun"),
    ("Warplanes pounded Jisr al-Shughur in northwestern Syria on Wednesday, killing at least 17 civilians.",
     "Jisr al-Shughur"),
    # an outlet's name ("Al Mayadeen", the channel) is the story's town where things are in it
    ("Syrian state media said an ISIS headquarters in Al-Mayadeen was destroyed.", "Al-Mayadeen"),
    ("Syrian regime forces shelled Douma on Tuesday.", "Douma"),
])
def test_a_town_of_the_storys_country_misread_is_the_town_struck_or_where_it_happened(run, text, town):
    res = run(text)
    p = place(res, town)
    assert (p.country, p.feature) == ("SYR", "city"), p
    main = res.events[res.main_event]
    assert main.location is not None and main.location.geonameid == p.geonameid, main.location


@pytest.mark.parametrize("text, name", [
    # a person of the story's own country is no town for being near one's name ...
    ("Syrian opposition leader Riad Hijab met Khan Sheikhoun's mayor in Istanbul.", "Khan Sheikhoun"),
    # ... nor an outlet that reports, nor a foreign town's namesake after "in"
    ("Al Mayadeen reported that Syrian troops advanced.", "Al Mayadeen"),
    ("He spoke to Al Mayadeen in Beirut about the Syrian war.", "Al Mayadeen"),
    ("An interview published in Al-Mayadeen quoted a Syrian army commander.", "Al-Mayadeen"),
    # people and firms that are done to, not places (each name is a town of the story's country)
    ("The Cleveland Browns fired Jackson after a losing season in the U.S. league.", "Jackson"),
    ("Republicans targeted Cheney in U.S. attack ads.", "Cheney"),
    ("President Claudia Sheinbaum hit back at Calderon, accusing the former Mexican president of starting the drug war.",
     "Calderon"),
    ("Mexican soldiers fired at Salinas, a suspected cartel boss, during a raid in Sinaloa.", "Salinas"),
    ("Workers began a strike at Kellogg over pay, the U.S. union said.", "Kellogg"),
    ("Prosecutors in Mexico are investigating corruption in Pemex.", "Pemex"),
])
def test_a_name_that_is_a_town_elsewhere_in_the_sentence_stays_what_it_is(run, text, name):
    res = run(text)
    assert all(p.text != name or p.feature is None for p in res.places), res.places


def test_a_town_the_model_read_as_a_person_after_in_is_the_town(run):
    # the small model tags "Kremenchuk" here as a PERSON; nothing is "in" a person
    res = run("A Russian missile strike on a shopping mall in Kremenchuk killed at least 18 people.")
    assert (place(res, "Kremenchuk").country, place(res, "Kremenchuk").feature) == ("UKR", "city")
    (strike,) = res.events
    assert strike.location is not None and strike.location.name == "Kremenchuk"
    # nor is what a "faith in" is in
    res = run("Residents said they had lost faith in Allen as protesters gathered outside city hall.")
    assert res.places == [] and all(e.location is None for e in res.events)
    # a person's name elsewhere stays a person's
    assert run("Florence Pugh visited a hospital in Florence on Monday.").places[0].start > 10


@pytest.mark.parametrize("text", [
    # the model tags "St Patrick's" a PERSON, which a parish of Dominica is named
    "Five men appear in court on St Patrick's Day violence charges.",
    "Police made 12 arrests on St Patrick's Day in Dublin.",
])
def test_a_holidays_name_is_no_place(run, text):
    assert all("Patrick" not in p.text for p in run(text).places)


def test_a_persons_alias_is_no_place(run):
    res = run("Mohanna Abdhou, 20, known as Montana, was caught in a hail of gunfire in London.")
    assert [p.text for p in res.places] == ["London"]
    # a place known as another name stays a place
    res = run("The town, known as Kobani in Kurdish, was shelled on Monday.")
    assert "Kobani" in [p.text for p in res.places]


@pytest.mark.parametrize("text, town", [
    # a place before "Day" in a title-case headline stays a place
    ("Suicide Bomber Kills 12 in Kabul Day After Ceasefire Ends", "Kabul"),
    ("Car Bomb Kills 10 in Baghdad Day Before Elections", "Baghdad"),
])
def test_a_town_before_day_is_still_a_town(run, text, town):
    assert town in [p.text for p in run(text).places]


def test_where_the_doer_was_places_the_act_when_nothing_else_does(run):
    # "a sniper in Homs": the doer's place, not the last sentence's Hama carried over
    res = run("Rebels clashed with troops near Hama on Monday. Separately, a journalist was killed by a sniper in Homs.")
    killing = next(e for e in res.events if e.trigger.text == "killed")
    assert killing.location is not None and killing.location.name == "Homs"
    # where the sentence names the place hit, that is the place ("destroyers in the Caspian Sea")
    (strike,) = run("Russian destroyers in the Caspian Sea fired cruise missiles at targets in Syria.").events
    assert strike.location is not None and strike.location.country == "SYR"


def test_a_town_the_model_tagged_a_language_is_a_town(run):
    # the small model tags "Aleppo" here as a LANGUAGE
    res = run("A journalist and her driver were killed by a sniper in Aleppo. Separately, rebels clashed with troops near Hama.")
    assert "Aleppo" in [p.text for p in res.places]
    assert "Arabic" not in [p.text for p in run("The statement was issued in Arabic and English in Beirut.").places]


def test_a_country_where_parties_unnamed_by_country_act_is_the_place(run):
    # "Protesters" and "police" take Hong Kong from the story itself: it is where they clashed
    (ev,) = run("Protesters clashed with police in Hong Kong for the third straight weekend.").events
    assert ev.location is not None and ev.location.country == "HKG"


def test_a_name_listed_with_states_is_the_state(run):
    res = run("Tech firms are moving to cheaper states such as Utah and Idaho from California or Washington.")
    assert {(p.text, p.feature, p.admin1_code) for p in res.places} >= {
        ("Utah", "admin1", "US-UT"), ("Washington", "admin1", "US-WA")}


def test_towns_listed_together_stay_towns(run):
    res = run("Officials in Maryland, Virginia and Washington said the storm had passed.")
    assert (place(res, "Washington").feature, place(res, "Washington").admin1_code) == ("city", "US-DC")


def test_england_is_the_unit_and_abbreviations_name_countries_only():
    gaz = Gazetteer.load()
    assert (gaz.lookup("England").feature, gaz.lookup("England").country) == ("admin1", "GBR")
    assert gaz.lookup("UK").feature == "country"
    assert gaz.lookup("SA") is None  # not Sé, Macau, by its normalised name


def test_a_word_that_only_normalises_like_a_town_is_no_place(run):
    res = run("Drivers heading to Gloucester and Cheltenham in England should avoid the Air Balloon junction "
              "on the A417 near Birdlip, police said.")
    assert not [p for p in res.places if p.name == "Ayr"], res.places


# (story, surface, field, expected): each case is a namesake trap seen in GeoWebNews or LGL,
# rewritten as a short story of our own
_NAMESAKE_STORIES = [
    # "Colombia" and "Columbia" share a transliteration key; only the spelling tells them apart
    (("The senator said US aid to Colombia would rise next year, Washington officials told reporters "
      "in Texas and Florida."), "Colombia", "feature", "country"),
    # Italy, Texas and Iran, Texas exist; "Italy" and "Iran" must not pull "Rome" there
    (("Moscow said on Friday that Italy and Iran had been warned. Russia expects Rome to oppose "
      "new sanctions, the ministry said."), "Rome", "country", "ITA"),
    # "Manchester City" is the English city's club, not Jamaica's Manchester parish
    ("Liverpool fans attacked the Manchester City team bus before the match in the UK on Wednesday.",
     "Manchester City", "country", "GBR"),
    # a British story: Washington, Tyne and Wear is a sizeable English town, but beside the
    # U.S. agency "Washington-based" is the American capital
    (("Cambridge researchers in London said the data had been shared. A probe by the U.S. Federal "
      "Trade Commission began, said the director of a Washington-based privacy group in Cambridge."),
     "Washington", "admin1_code", "US-DC"),
    # "Belgrade" alone speaks for Serbia as an actor; that must not make Belgrade, Minn., the capital
    (("A woman was found dead after a house fire in Belgrade in central Minnesota on Saturday. "
      "The Stearns County sheriff's office said the house was filled with smoke."), "Belgrade", "admin1_code", "US-MN"),
    # a unit after a comma keeps a town a town, even in a list of states
    ("He is known by people from as far as Texas and Washington, D.C., for his fried fish.",
     "Washington", "admin1_code", "US-DC"),
    # a state leading a public body's name places the story's towns
    (("The Montana Department of Corrections is at an impasse in talks to extend the contract to run the "
      "prison in Shelby, officials said."), "Shelby", "admin1_code", "US-MT"),
    # "Riverside in Paterson" is no Riverside, California: only candidates within 50 km of Paterson
    ("Gunfire broke out in Riverside in Paterson, New Jersey, on Monday night.", "Riverside", "admin1_code", "US-NJ"),
    # a county leading an organisation's name is the county, not Laurel, Maryland
    *[(("The last day of school for Laurel County School District students will be June 5, Kentucky "
        "officials said."), "Laurel County", field, value) for field, value in (("admin1_code", "US-KY"),
                                                                              ("feature", "admin2"))],
]


@pytest.mark.parametrize("story,surface,field,expected", _NAMESAKE_STORIES)
def test_namesake_stories(run, story, surface, field, expected):
    p = place(run(story), surface)
    assert getattr(p, field) == expected, p


def test_compass_words_are_no_places():
    gaz = Gazetteer.load()
    for name in ("West", "the West", "West's", "North", "Western", "Southern"):
        assert gaz.lookup(name) is None, name


def test_ap_abbreviations_need_their_form():
    gaz = Gazetteer.load()
    assert gaz.lookup("Mass.").admin1_code == "US-MA"
    assert gaz.lookup("Western Mass.").admin1_code == "US-MA"
    assert gaz.lookup("Calif").admin1_code == "US-CA"  # "D-Calif": no dot, but no word either
    assert gaz.lookup("N.Y").admin1_code == "US-NY"
    for word in ("Man", "Miss", "Ill"):  # words without their dot
        hit = gaz.lookup(word)
        assert hit is None or hit.country != "USA" or hit.feature != "admin1", (word, hit)


def test_all_capitals_words_match_only_a_towns_own_name():
    gaz = Gazetteer.load()
    assert gaz.lookup("UEFA") is None  # not Ufa, one of whose other names it matches
    assert gaz.lookup("LONDON").country == "GBR"
    assert gaz.lookup("RAQQA").admin1_code == "SY-RA"


def test_curated_region_speaks_only_for_its_country():
    from eventwire.resolve.places import candidate_support

    gaz = Gazetteer.load()
    countries, units = candidate_support(gaz.candidates("the Middle East"))
    assert countries == {} and units == set()
    countries, _ = candidate_support(gaz.candidates("Golan Heights"))
    assert set(countries) == {"SYR"}


def test_a_county_of_the_story_country_beats_a_foreign_town():
    gaz = Gazetteer.load()
    # a British story also naming "Yorkshire", a town in Virginia too, which then supports Norfolk, Va.
    hit = gaz.lookup("Norfolk", focus_country="GBR", admin1_support={"US-VA": 2})
    assert (hit.country, hit.feature) == ("GBR", "admin2"), hit
    # but a town of the story's country keeps its name from a same-named county: Liverpool is the city
    hit = gaz.lookup("Liverpool", focus_country="GBR")
    assert (hit.country, hit.feature) == ("GBR", "city"), hit


def test_a_hamlet_in_a_named_state_does_not_beat_a_big_namesake():
    gaz = Gazetteer.load()
    # Evansville, Illinois has a few hundred people; beside a named Illinois, "Evansville" is still Indiana's city
    hit = gaz.lookup("Evansville", focus_country="USA", context_admin1=frozenset({"US-IL"}))
    assert hit.admin1_code == "US-IN", hit
    # a real town of the named state still wins: Athens, Ohio beside Athens, Georgia
    hit = gaz.lookup("Athens", focus_country="USA", context_admin1=frozenset({"US-OH"}))
    assert hit.admin1_code == "US-OH", hit


def test_a_street_is_in_the_storys_town_not_a_town_of_its_name(run):
    res = run("Police in Miami Beach closed Collins Avenue on Friday after a shooting outside a hotel. "
              "Hampton Avenue was reopened later, the city said.")
    miami = place(res, "Miami Beach")
    for street in ("Collins Avenue", "Hampton Avenue"):
        p = place(res, street)
        assert (p.name, p.geonameid, p.lat) == (None, miami.geonameid, miami.lat), p


def test_a_facility_takes_the_town_the_text_puts_it_in(run):
    # the nearest town before "Government Street" is New Orleans; "in Baton Rouge" says otherwise
    res = run("Fire broke out at Royal Street in New Orleans on Monday. On Tuesday police closed Government "
              "Street in Baton Rouge after a second fire.")
    for street, town in (("Royal Street", "New Orleans"), ("Government Street", "Baton Rouge")):
        p, t = place(res, street), place(res, town)
        assert (p.name, p.geonameid, p.lat, p.admin1_code) == (None, t.geonameid, t.lat, "US-LA"), p


def test_a_facility_in_a_story_without_a_town_is_not_placed(run):
    res = run("Protesters gathered on Frenchmen Street on Saturday, organisers said.")
    p = place(res, "Frenchmen Street")
    assert (p.lat, p.geonameid) == (None, None), p


def test_a_persons_surname_repeated_alone_is_not_a_place(run):
    res = run("The engineer Claude Joseph Villars Dubreuil drew the plan in 1805. The canal Dubreuil dug was "
              "filled in later.")
    assert [p.text for p in res.places] == []


def test_a_surname_that_is_a_big_city_stays_a_place(run):
    res = run("President George Washington crossed the river. Officials in Washington said the plan would go ahead.")
    assert [(p.text, p.admin1_code) for p in res.places] == [("Washington", "US-DC")]


def test_a_towns_other_name_does_not_speak_for_where_the_story_is(run):
    # South Bend, Indiana, is also called "Southold"; the New York town bears the name itself
    from eventwire.resolve.places import candidate_support

    assert candidate_support(Gazetteer.load().candidates("Southold"), "Southold")[1] == {"US-NY"}
    res = run("Suffolk County detectives found a skeleton under the basement of a house in the town of "
              "Southold on Tuesday. Suffolk County police said the remains were decades old.")
    assert {p.admin1_code for p in res.places if p.text == "Suffolk County"} == {"US-NY"}



def test_a_one_word_airport_is_in_the_storys_town_not_a_small_namesake_abroad(run):
    res = run("Tension grew after British officers searched a Russian plane at Heathrow airport on Friday, officials "
              "in London said. Britain and the United States urged calm.")
    assert (place(res, "Heathrow").country, place(res, "Heathrow").lat) == ("GBR", place(res, "London").lat)


def test_a_name_before_streets_is_a_street_of_the_storys_town(run):
    res = run("CHICAGO — A man collapsed at the corner of State and Hubbard streets in Chicago, police said.")
    assert (place(res, "Hubbard").name, place(res, "Hubbard").lat) == (None, place(res, "Chicago").lat)



def test_a_street_is_in_a_town_the_story_names_as_a_place_not_one_read_from_untagged_words(run):
    # "Lafayette" is nearer, but only a word read as a town; New Orleans is tagged as a place
    res = run("Developers in New Orleans restored the old plantation house last year. Architects from Lafayette "
              "designed the church on Press Street.")
    assert place(res, "Lafayette").name == "Lafayette"
    assert place(res, "Press Street").lat == place(res, "New Orleans").lat


@pytest.mark.parametrize("text,surface,country", [
    ("Work on the Tijuana River in Baja California will start in ten days.", "Baja California", "MEX"),
    ("Tickets are sold in 44 states and the U.S. Virgin Islands.", "U.S. Virgin Islands", "VIR"),
    ("Fans flew to Kansas City on Monday for the final.", "Kansas City", "USA"),
])
def test_a_known_name_the_model_cut_short_is_read_whole(run, text, surface, country):
    res = run(text)
    assert place(res, surface).country == country


def test_a_building_named_by_common_words_is_in_the_storys_town(run):
    # "City Hall" less its qualifier is "Hall", an other name of Hull, Massachusetts
    res = run("An aide to former Atlanta Mayor Kasim Reed has been indicted in a bribery investigation at City Hall.")
    assert (place(res, "City Hall").name, place(res, "City Hall").lat) == (None, place(res, "Atlanta").lat)



def test_ordinals_and_armed_groups_are_no_places(run):
    res = run("Government forces shelled Daraa overnight and brought in tanks from the army's Fourth Division, "
              "residents said. Islamic State, also known as ISIS or Daesh, said it carried out an attack.")
    assert [p.text for p in res.places] == ["Daraa"]


def test_an_unknown_town_in_a_story_set_in_one_state_falls_back_to_that_state(run):
    res = run("A tornado destroyed homes in Quarvington on Sunday, officials in Dallas said. Crews from Houston and "
              "Austin were sent to the town.")
    p = place(res, "Quarvington")
    assert (p.name, p.feature, p.admin1_code) == (None, "admin1", "US-TX"), p
    # a story spread over two units says nothing of where its unknown town is
    res = run("Gunmen opened fire in Khayelitsha on Sunday. Police in Cape Town and Johannesburg said the attack was "
              "the third this month.")
    assert place(res, "Khayelitsha").lat is None


def test_a_small_unit_does_not_beat_a_big_namesake_city():
    # Antigua's parish of Saint Paul (14,000) against Minnesota's city (300,000): the city; a
    # unit that outweighs its namesake towns still wins ("Virginia")
    gaz = Gazetteer.load()
    hit = gaz.lookup("St. Paul")
    assert (hit.country, hit.feature, hit.admin1_code) == ("USA", "city", "US-MN"), hit
    assert (gaz.lookup("Virginia").feature, gaz.lookup("Virginia").country) == ("admin1", "USA")


@pytest.mark.parametrize("dateline, name, admin1", [("ST. PAUL", "Saint Paul", "US-MN"),
                                                    ("ST. PETERSBURG", "Saint Petersburg", "RU-SPE")])
def test_a_saints_town_in_capitals_is_one_place(run, dateline, name, admin1):
    # the tokenizer splits "ST." from the name it opens; the model then reads "ST" and "PAUL" apart
    res = run(f"Man accused of threatening tax worker. {dateline} -- A man was charged on Monday with "
              "threatening a state tax supervisor, police said.")
    assert [(p.text, p.name, p.admin1_code) for p in res.places] == [(dateline, name, admin1)]


def test_a_saints_name_keeps_the_words_that_open_it(run):
    res = run("A man from Sault Ste. Marie was arrested on Monday, police said.")
    assert [(p.text, p.name) for p in res.places] == [("Sault Ste. Marie", "Sault Ste. Marie")]


def test_a_name_without_a_capitalised_word_of_its_own_is_no_place(run):
    # the model tags "West mobile" (of "Court West mobile home park") a place: no Mobile, Alabama
    res = run("The fire broke out Saturday in the St. Paris Court West mobile home park, just west of St. Paris.")
    assert [(p.text, p.name) for p in res.places] == [("St. Paris", "Saint Paris")]
    res = run("Israeli troops raided Nablus in the West Bank and the U.S. condemned it.")
    assert [p.text for p in res.places] == ["Nablus", "the West Bank", "U.S."]
    # (a name in lower case is dropped too, "in cairo": news copy capitalises its places; a capital
    # inside the word is one: "eThekwini" is Durban)
    assert run("Police fired on protesters in cairo on Friday.").places == []
    assert [p.country for p in run("Protesters clashed with police in eThekwini on Monday.").places] == ["ZAF"]


@pytest.mark.parametrize("text, places", [
    # "Free" finds the Free State (its name less its unit word): no place opens the army's name
    ("A commander of the Free Syrian Army said his fighters attacked the base.", []),
    ("The New York Police Department said the man was arrested.", [("New York", "USA")]),
    ("The Ohio Department of Health said five people died.", [("Ohio", "USA")]),
])
def test_an_organisations_name_opens_with_a_place_only_by_the_places_name(run, text, places):
    assert [(p.text, p.country) for p in run(text).places] == places


@pytest.mark.parametrize("text, places", [
    # a rural unit whose towns are few in the gazetteer is not outweighed by a small town or by a
    # city spelt otherwise ("Zabol", Iran)
    ("Taliban fighters attacked a checkpoint in Zabul on Monday, killing five policemen.", [("Zabul", "AFG")]),
    ("Rioters clashed with police in Louth on Monday.", [("Louth", "IRL")]),
    # a unit's foreign unit word is no part of its English name
    ("The Dagestan Interior Ministry said two militants were killed.", [("Dagestan", "RUS")]),
])
def test_units_keep_their_names_beside_namesake_towns(run, text, places):
    assert [(p.text, p.country) for p in run(text).places] == places


@pytest.mark.parametrize("text, places", [
    ("Mayor ST. PAUL said the man was held in Chicago.", ["ST. PAUL", "Chicago"]),  # "Mayor" is no part of it
    ("HE OPENED FIRE ON ELM ST. POLICE SAID THE MAN FLED.", []),  # no place is called "St. Police"
])
def test_a_saints_name_is_joined_only_as_far_as_the_gazetteer_knows_it(run, text, places):
    assert [p.text for p in run(text).places] == places


@pytest.mark.parametrize("text, places", [
    ("Police in ST. PAUL and ST. CLOUD arrested two men.", [("ST. PAUL", "US-MN"), ("ST. CLOUD", "US-MN")]),
    ("He lives in Ste. Marie, Quebec.", [("Ste. Marie", "CA-QC"), ("Quebec", "CA-QC")]),  # Ste. is Sainte
    ("ST. PAUL'S MAYOR CONDEMNED THE ATTACK.", [("ST. PAUL", "US-MN")]),  # not Saint Paul's, St. Kitts
])
def test_saints_names_are_each_one_place(run, text, places):
    assert [(p.text, p.admin1_code) for p in run(text).places] == places


def test_a_unit_far_smaller_than_a_city_of_its_very_name_is_no_prominent_reading():
    """Saint Lucia's quarter of Athens does not speak for Saint Lucia as Athens speaks for Greece;
    a unit beside a city spelt otherwise ("Zabul", Iran's "Zabol") keeps its full weight."""
    from eventwire.resolve.places import candidate_support

    gaz = Gazetteer.load()
    athens, _ = candidate_support(gaz.candidates("Athens"), "Athens")
    assert athens["GRC"] == 1.0 and athens.get("LCA", 0.0) < 0.1
    assert candidate_support(gaz.candidates("Zabul"), "Zabul")[0]["AFG"] == 1.0
    assert candidate_support(gaz.candidates("Henderson County"), "Henderson County")[0] == {"USA": 1.0}


def test_the_story_place_stops_where_the_story_turns_to_another_incident(run):
    text = ("A Syrian journalist was killed by a sniper on Monday, her newspaper said. "
            "Separately, rebels clashed with troops near Hama.")
    killing, clash = run(text).events
    assert killing.location is None and clash.location is not None and clash.location.name == "Ḩamāh"


@pytest.mark.parametrize("text,name,country", [
    # untagged by the small model: placed by "the city of", or as the whole object of "in"/"near"
    ("Russian forces shelled the city of Kharkiv overnight, killing three civilians.", "Kharkiv", "UKR"),
    ("Troops shelled Odesa overnight as fighting raged near Odesa, the governor said.", "Odesa", "UKR"),
    ("Houthi fighters attacked a port in Hodeidah on Monday, a spokesman said.", "Hodeidah", "YEM"),
    # read as an organisation after "near"; as a product after "the city of"; a country as a date
    ("Ukrainian officials said fighting raged near Mariupol as Russian forces advanced.", "Mariupol", "UKR"),
    ("Troops shelled the city of Manbij overnight, killing three civilians.", "Manbij", "SYR"),
    ("Suspected jihadists attacked a military post in western Niger, killing 12 soldiers.", "Niger", "NER"),
    # a city an attack is done to, read as a product
    ("A Russian missile strike on Kramatorsk killed seven people on Tuesday, officials said.", "Kramatorsk", "UKR"),
])
def test_a_name_the_model_left_untagged_or_mislabelled_is_placed_by_the_words_around_it(run, text, name, country):
    res = run(text)
    assert place(res, name).country == country
    assert any(e.location is not None and e.location.country == country for e in res.events)



def test_a_name_with_its_unit_word_is_that_unit_before_a_namesake_of_the_bare_name(run):
    # "Kurram" alone matches Korem, Ethiopia; GeoNames lists the Pakistani district with its word
    res = run("Sectarian clashes in Kurram district killed 30 people over the weekend, officials said.")
    assert (place(res, "Kurram").country, place(res, "Kurram").feature) == ("PAK", "admin2")
    # a unit whose name holds no unit word is found as before
    assert place(run("A bomb exploded in Swat district on Friday."), "Swat district").country == "PAK"
    # a unit listed with its word only among its other names: Nigeria's Plateau state, not Benin's
    # Plateau; "Niger" (read as a product) before "state" is the Nigerian state, not the country
    p = place(run("Gunmen attacked a village in Plateau state, killing 12 people."), "Plateau")
    assert (p.country, p.feature) == ("NGA", "admin1"), p
    p = place(run("Bandits killed 20 villagers in Niger state on Sunday, police said."), "Niger")
    assert (p.country, p.feature) == ("NGA", "admin1"), p
    # a state's own body is no unit: "Niger state television" is Niger's
    res = run("Soldiers killed 12 militants in Niger, Niger state television said.")
    assert {(p.country, p.feature) for p in res.places if p.text == "Niger"} == {("NER", "country")}, res.places
    # a word that follows a unit's full name is no unit of it ("Anderson County district clerk")
    res = run("An Elkhart man was indicted by an Anderson County grand jury, according to records released by the "
              "Anderson County district clerk's office in Texas.")
    assert {p.admin1_code for p in res.places if p.text == "Anderson County"} == {"US-TX"}, res.places


@pytest.mark.parametrize("text,word", [
    # a day before a distance cue, read as a date; the fuzzy key of "Monday" is a Brazilian town's
    ("Gunmen on motorcycles attacked a cattle market on Monday, 30 km north of Maiduguri, killing 12.", "Monday"),
    # a people after "a village of"; a title-case word whose key is Raleigh's; a club outside which fans fight
    ("Gunmen attacked a village of Christian farmers overnight, killing 12 people, police said.", "Christian"),
    ("Police Fire Tear Gas in Rally as Protests Spread", "Rally"),
    ("Fans clashed with riot police outside Ajax after the match on Sunday.", "Ajax"),
    ("Shares in Toyota fell on Monday after the recall, traders said.", "Toyota"),
])
def test_words_around_a_name_place_only_a_place_spelt_so(run, text, word):
    res = run(text)
    assert all(p.text != word or p.country is None for p in res.places)
    assert all(e.location is None or e.location.text != word for e in res.events)


def test_a_neighbourhood_the_gazetteer_lacks_gives_way_to_the_town_it_is_in(run):
    # "al-Kallaseh" is known only as a place of the story's unit: the town named after it is finer
    res = run("Government shelling killed six civilians in the neighbourhood of al-Kallaseh in Damascus on Sunday, "
              "Syrian activists said.")
    (shelling,) = res.events
    assert shelling.location is not None and shelling.location.name == "Damascus", shelling.location


@pytest.mark.parametrize("text, town, state", [
    ("Man charged in teen's shooting\n\nDAYTON, Ohio — A 22-year-old man has been charged with murder in the "
     "shooting death of a 16-year-old boy last week.", "DAYTON", "US-OH"),
    ("Police: Suspect arrested in store robbery\n\nALBANY, Ga. — Police arrested a 19-year-old man Monday in "
     "connection with the armed robbery of a convenience store.", "ALBANY", "US-GA"),
])
def test_a_body_datelines_town_in_capitals_read_as_an_organisation_is_the_lead_events_place(run, text, town, state):
    res = run(text)
    p = place(res, town)
    assert (p.feature, p.admin1_code) == ("city", state), p
    main = res.events[res.main_event]
    assert main.location is not None and main.location.geonameid == p.geonameid, main.location


@pytest.mark.parametrize("text, town", [
    ("Ukraine urges West to send more air defence\n\nKYIV — Ukrainian President Volodymyr Zelenskiy on Monday "
     "urged Western allies to send more air defence systems.", "Kyiv"),
    ("Sudan's army and RSF agree to ceasefire\n\nJEDDAH — Sudan's army and the paramilitary Rapid Support "
     "Forces agreed on Saturday to a seven-day ceasefire.", "Jeddah"),
])
def test_a_body_datelines_town_the_model_left_untagged_places_a_lead_event_placed_nowhere(run, text, town):
    res = run(text)
    main = res.events[res.main_event]
    assert main.location is not None and main.location.name == town, main.location


@pytest.mark.parametrize("text", [
    "Police arrest protesters\n\nPOLICE — Officers arrested 12 protesters in the city on Monday.",
    "Council meets\n\nCITY HALL — Council members met on Monday to discuss the budget.",
])
def test_a_body_datelines_word_that_is_no_big_town_spelt_so_places_nothing(run, text):
    res = run(text)
    assert all(e.location is None for e in res.events), [e.location for e in res.events]


def test_a_body_dateline_abroad_is_still_read_by_the_older_checks(run):
    # CAIRO is no town of a Sudanese story: the dateline rule passes it on to the checks after it
    res = run("Sudan talks stall\n\nCAIRO (AP) — Talks between Sudan's army and the RSF stalled on Monday, "
              "mediators said.")
    assert place(res, "CAIRO").country == "EGY"


@pytest.mark.parametrize("text, name", [
    # the unit word before the name, with "of": the province, not its seat of the same name
    ("Warplanes struck a school in the northern province of Aleppo.", "Aleppo"),
    ("Shelling hit the coastal province of Latakia overnight, a monitor said.", "Latakia"),
])
def test_a_unit_word_before_the_name_makes_it_that_unit(run, text, name):
    p = place(run(text), name)
    assert (p.country, p.feature) == ("SYR", "admin1"), p


def test_a_headline_act_in_capitals_is_no_place(run):
    # "ISIS Suicide Blast" is tagged a facility, and an unknown facility would be put in the story's town
    res = run("More than 30 Syrian Rebels Killed in ISIS Suicide Blast. The blast struck the Atme border "
              "crossing in the northern Syrian province of Idlib, the Observatory said.")
    assert not any(p.text == "ISIS Suicide Blast" for p in res.places), res.places
    assert place(res, "Idlib").feature == "admin1"
