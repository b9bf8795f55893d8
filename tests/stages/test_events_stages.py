"""Unit tests of the event stages: entities, events, dates, casualties, attribution, background, merge,
refine, acled (src/eventwire/stages/events.py). Articles are fictional."""
from __future__ import annotations

import pytest

from eventwire.model import EventType
from eventwire.resolve.entities import DocEntities

WEDNESDAY = "2016-03-23"  # a Wednesday: "on Monday" is two days before it


def drafts_by_trigger(work) -> dict[str, object]:
    return {d.event.trigger.text: d for d in work.drafts}


# --- entities --------------------------------------------------------------

RAQQA = ("The Kurdish YPG militia attacked a checkpoint in the city of Raqqa on Monday, "
         "the Syrian Observatory for Human Rights said.")


def test_entities_resolves_the_named_actors_of_the_parse(prepare, run_stage):
    work = prepare("entities", RAQQA, published=WEDNESDAY)
    assert run_stage("entities", work) == {"entities"}
    ents = work.entities
    assert isinstance(ents, DocEntities) and ents.doc is work.doc
    # the antecedents, by where they are named: an alias resolves to the actor's name
    assert [(at, info.name) for at, info, _ in ents.memory] == [
        (RAQQA.index("YPG"), "People's Protection Units"),
        (RAQQA.index("the Syrian"), "Syrian Observatory for Human Rights")]
    assert ents.focus_country == "SYR"  # Raqqa is in Syria
    assert [s.text for s in ents.sents] == [s.text for s in work.doc.sents]


PARIS = "Police arrested a man in Paris on Friday after a fire at the courthouse."


def test_entities_reads_the_outlets_home_as_a_prior(prepare, run_stage):
    """"Paris" in a Tennessee paper is the town in Tennessee, and no French actor."""
    abroad = prepare("entities", PARIS, published=WEDNESDAY)
    run_stage("entities", abroad)
    assert abroad.entities.focus_country == "FRA"
    assert [info.country for _, info, _ in abroad.entities.memory] == ["FRA"]
    local = prepare("entities", PARIS, published=WEDNESDAY, home="US-TN")
    run_stage("entities", local)
    assert local.entities.home_country == "USA" and local.entities.local_home == "US-TN"
    assert local.entities.focus_country == "USA"
    assert local.entities.memory == []


# --- events ----------------------------------------------------------------

CHECKPOINT = "Rebels attacked an army checkpoint near Homs on Monday. The weather was mild."


def test_events_makes_one_draft_per_trigger_with_its_arguments(prepare, run_stage):
    work = prepare("events", CHECKPOINT, published=WEDNESDAY)
    assert work.drafts == []
    assert run_stage("events", work) >= {"drafts"}
    (d,) = work.drafts  # the second sentence reports no event
    ev = d.event
    assert ev.type == EventType.ASSAULT
    start = CHECKPOINT.index("attacked")
    assert (ev.trigger.text, ev.trigger.start, ev.trigger.end) == ("attacked", start, start + len("attacked"))
    assert d.sent_index == 0 and d.sent.text == "Rebels attacked an army checkpoint near Homs on Monday."
    assert ev.sentence.start == 0 and ev.sentence.text == d.sent.text
    assert [a.text for a in ev.actors] == ["Rebels"]
    assert [t.text for t in ev.targets] == ["an army checkpoint"]
    assert ev.factuality == "asserted"
    # later stages fill these
    assert ev.location is None and ev.date is None and ev.killed is None and ev.reported_by == []


def test_events_marks_a_refused_deal_as_negated(prepare, run_stage):
    work = prepare("events", "The rebel commander said his group will not accept the deal.", published=WEDNESDAY)
    run_stage("events", work)
    accept = drafts_by_trigger(work)["accept"].event
    assert accept.type == EventType.AGREE and accept.factuality == "negated"


def test_events_takes_no_place_from_the_triggers_own_words(prepare, run_stage):
    """A wire lead's "Air strikes" after a dateline: the parse makes "Air" a proper-noun modifier
    that the gazetteer knows as Ayr, Scotland; a word of the trigger is never its place."""
    work = prepare("events", "Monday 13 Nov 2017 Air strikes on a market killed at least 29 civilians.",
                   published=WEDNESDAY)
    run_stage("events", work)
    strikes = drafts_by_trigger(work)["Air strikes"]
    assert "Air" not in [t.text for t in strikes.place_tokens + strikes.places_hit]


# --- dates -----------------------------------------------------------------

MONDAY = "Rebels attacked a checkpoint in the city of Homs on Monday. Troops shelled the town of Rastan."


def test_dates_resolves_a_weekday_against_the_publication_date(prepare, run_stage):
    work = prepare("dates", MONDAY, published=WEDNESDAY)
    changed = run_stage("dates", work)
    assert {"drafts.event.date", "drafts.event.date_text", "drafts.date_kind"} <= changed
    attacked, shelled = drafts_by_trigger(work)["attacked"], drafts_by_trigger(work)["shelled"]
    assert (attacked.event.date, attacked.event.date_text, attacked.date_kind) == ("2016-03-21", "on Monday", "stated")
    # a sentence without a date goes on in the story's date so far
    assert (shelled.event.date, shelled.event.date_text, shelled.date_kind) == ("2016-03-21", None, "carried")
    # the same words a week later are another Monday
    later = prepare("dates", MONDAY, published="2016-03-30")
    run_stage("dates", later)
    assert drafts_by_trigger(later)["attacked"].event.date == "2016-03-28"


def test_dates_of_a_sentence_stating_two_days_go_to_their_own_clauses(prepare, run_stage):
    text = ("The governor, who visited the town on Sunday, said troops shelled the town of Rastan on Monday, "
            "killing three people.")
    work = prepare("dates", text, published=WEDNESDAY)
    run_stage("dates", work)
    by = drafts_by_trigger(work)
    assert by["visited"].event.date == "2016-03-20"  # the Sunday before
    assert by["shelled"].event.date == "2016-03-21" and by["shelled"].event.date_text == "on Monday"
    assert by["killing"].event.date == "2016-03-21"  # the clause it hangs from is Monday's
    # the day of a statement is not the day of what it reports
    claim = prepare("dates", "Rebels attacked a checkpoint on Sunday, claiming in a statement on Monday that "
                             "their fighters had killed 15 soldiers.", published=WEDNESDAY)
    run_stage("dates", claim)
    assert drafts_by_trigger(claim)["killed"].event.date == "2016-03-20"


def test_dates_without_a_stated_date_is_the_publication_date(prepare, run_stage):
    work = prepare("dates", "Troops shelled the town of Rastan.", published=WEDNESDAY)
    run_stage("dates", work)
    (d,) = work.drafts
    assert (d.event.date, d.event.date_text, d.date_kind) == (WEDNESDAY, None, "published")


def test_dates_without_a_publication_date_leaves_events_undated(prepare, run_stage):
    work = prepare("dates", MONDAY)
    assert run_stage("dates", work) == set()
    assert [d.event.date for d in work.drafts] == [None, None]


def test_dates_without_a_publication_date_reads_dates_that_need_none(prepare, run_stage):
    filler = "Residents said the market stayed closed. " * 4
    text = ("Police arrested a suspect in Homs. " + filler + "Rebels attacked a checkpoint on April 5. " + filler
            + "The ministry condemned the attacks in a statement dated April 6, 2016.")  # past any dateline
    work = prepare("dates", text)
    assert work.article.published is None
    run_stage("dates", work)
    by = drafts_by_trigger(work)
    assert by["attacked"].event.date == "2016-04-05"  # the year of the date the text states in full
    # no day of publication to default to: undated, not dated to a guess
    assert by["arrested"].event.date is None and by["arrested"].event.date_precision is None


def test_dates_counts_back_from_days_after(prepare, run_stage):
    text = "Police arrested a suspect on Friday, four days after the bombing of a bus station in Kirkuk."
    work = prepare("dates", text, published=WEDNESDAY)
    run_stage("dates", work)
    by = drafts_by_trigger(work)
    assert by["arrested"].event.date == "2016-03-18"  # the Friday before
    bombing = by["bombing"]
    assert bombing.event.date == "2016-03-14" and bombing.date_kind == "stated"
    assert bombing.event.date_text == "four days after the bombing"


def test_dates_reads_a_future_verb_forwards(prepare, run_stage):
    text = "Police arrested a suspect on Sunday. The ministers will meet in Geneva on Sunday."
    work = prepare("dates", text, published=WEDNESDAY)
    run_stage("dates", work)
    by = drafts_by_trigger(work)
    assert by["arrested"].event.date == "2016-03-20"  # the Sunday before
    assert by["meet"].event.date == "2016-03-27"  # "will meet": the Sunday after
    assert by["meet"].event.date_precision == "day"


def test_dates_a_day_still_to_come_is_no_done_acts_day(prepare, run_stage):
    # the sentence's only day is the hearing's, read forwards: the arrest told as done keeps the
    # story's day; a future act takes it
    text = ("Police arrested a woman on Monday. She was arrested with a bond of $2,500, and she is scheduled "
            "to appear in court on Friday.")
    work = prepare("dates", text, published=WEDNESDAY)
    run_stage("dates", work)
    second = next(d for d in work.drafts if d.sent_index == 1 and d.event.trigger.text == "arrested")
    assert second.event.date == "2016-03-21" and second.date_kind == "carried"
    text = "The ministers will meet in Geneva on Friday."
    work = prepare("dates", text, published=WEDNESDAY)
    run_stage("dates", work)
    assert drafts_by_trigger(work)["meet"].event.date == "2016-03-25"


def test_dates_gives_a_month_where_the_text_gives_no_day(prepare, run_stage):
    text = "Rebels seized the town of Rastan last month. Troops shelled the town of Talbiseh."
    work = prepare("dates", text, published=WEDNESDAY)
    changed = run_stage("dates", work)
    assert "drafts.event.date_precision" in changed
    seized, shelled = drafts_by_trigger(work)["seized"], drafts_by_trigger(work)["shelled"]
    assert (seized.event.date, seized.event.date_precision, seized.event.date_text) == (
        "2016-02-01", "month", "last month")
    # less than a day binds its own verb's event only: not carried on to the next sentence
    assert (shelled.event.date, shelled.event.date_precision, shelled.date_kind) == (WEDNESDAY, "day", "published")
    other = prepare("dates", "Troops who seized the town last month shelled the village of Talbiseh.",
                    published=WEDNESDAY)
    run_stage("dates", other)
    by = drafts_by_trigger(other)
    assert by["seized"].event.date_precision == "month"
    assert (by["shelled"].event.date, by["shelled"].event.date_precision) == (WEDNESDAY, "day")
    # a day in the same sentence wins over the month
    work = prepare("dates", "Rebels seized the town of Rastan last month, on Monday the 8th of February.",
                   published=WEDNESDAY)
    run_stage("dates", work)
    assert drafts_by_trigger(work)["seized"].event.date_precision == "day"


def test_dates_a_lead_without_a_date_takes_the_next_sentences(prepare, run_stage):
    text = ("Tunnel blast kills 38 soldiers in Aleppo. "
            "The soldiers died in the blast on Monday under a building in the Old City.")
    work = prepare("dates", text, published=WEDNESDAY)
    run_stage("dates", work)
    lead = [d for d in work.drafts if d.sent_index == 0]
    # a guess still, that a stated mention of the incident overrides when `merge` joins them
    assert lead and all(d.event.date == "2016-03-21" and d.date_kind == "published" for d in lead)
    assert all(d.event.date_text is None for d in lead)  # the phrase is the later sentence's
    # too far ahead, the date is another story's: the lead keeps the publication date
    far = prepare("dates", "Tunnel blast kills 38 soldiers in Aleppo. The city is old. Its souks are famous. "
                  "Its citadel is vast. Its mosque is large. Rebels shelled it on Monday.", published=WEDNESDAY)
    run_stage("dates", far)
    assert [d.event.date for d in far.drafts if d.sent_index == 0][0] == WEDNESDAY


# --- casualties ------------------------------------------------------------


def test_casualties_go_to_the_violent_event_of_their_sentence(prepare, run_stage):
    text = ("Protesters marched in the city of Homs on Sunday. Troops shelled the town of Rastan on Monday, "
            "killing three people and wounding five.")
    work = prepare("casualties", text, published=WEDNESDAY)
    assert all(d.event.killed is None and d.event.injured is None for d in work.drafts)
    assert run_stage("casualties", work) == {"drafts.event.killed", "drafts.event.injured"}
    marched = drafts_by_trigger(work)["marched"]
    assert marched.event.killed is None and marched.event.injured is None
    tolled = [d for d in work.drafts if d.event.killed is not None]
    assert len(tolled) == 1 and tolled[0].sent_index == 1 and tolled[0].event.type == EventType.ASSAULT
    killed = tolled[0].event.killed
    assert (killed.value, killed.text, text[killed.start:killed.end]) == (3, "three people", "three people")
    # "wounding" is a mention of its own (the same incident's, folded by `merge`): the figure is its
    hurt = [d for d in work.drafts if d.event.injured is not None]
    assert [(d.sent_index, d.event.type, d.event.injured.value) for d in hurt] == [(1, EventType.ASSAULT, 5)]


def test_casualties_in_a_later_sentence_go_to_the_last_violent_event(prepare, run_stage):
    text = ("Troops shelled the town of Rastan on Monday. The governor visited the town. "
            "Three civilians were among the dead.")
    work = prepare("casualties", text, published=WEDNESDAY)
    run_stage("casualties", work)
    by = drafts_by_trigger(work)
    assert by["shelled"].event.killed.value == 3 and by["shelled"].event.killed.text == "Three civilians"
    assert by["visited"].event.killed is None


def test_a_victim_told_again_dead_is_counted_once(prepare, run_stage):
    # the shooting holds the death already: the fight told after it gets no second one
    work = prepare("casualties", "A man was shot dead outside a gas station in Dayton on Monday, police said. The "
                   "shooting followed a fight between two groups of men. He was taken to a hospital, where he was "
                   "pronounced dead.", published=WEDNESDAY)
    run_stage("casualties", work)
    assert [d.event.trigger.text for d in work.drafts if d.event.killed is not None] == ["shot"]


@pytest.mark.parametrize("later, killed", [
    ("The man was pronounced dead at the scene.", 1),  # the victim told again: its death is the shooting's toll
    ("He was found dead in the car.", 1),
    ("A woman was found dead in a nearby house.", None),  # someone newly told of is no toll of the shooting
])
def test_a_victim_told_again_dead_gives_the_last_violent_event_its_toll(prepare, run_stage, later, killed):
    work = prepare("casualties", f"A gunman shot a man in Dayton on Monday. {later}", published=WEDNESDAY)
    run_stage("casualties", work)
    shot = drafts_by_trigger(work)["shot"].event.killed
    assert (shot.value if shot else None) == killed


@pytest.mark.parametrize("later, toll", [
    ("The death toll later rose to 31, officials said.", 31),  # the toll as the report commits to it
    ("The death toll stood at 9 on Tuesday.", 12),  # a smaller toll does not undo the figure
    ("Five of the dead were children.", 12),  # a part of the toll is no toll
    ("A hospital official said 20 people died.", 12),  # a larger figure that is no stated toll does not
    ("The death toll in the war has risen to 500,000.", 12),  # a war's toll is no incident's
    ("Officials warned the death toll could rise to 50.", 12),  # nor is a feared one
    ("The war's death toll has risen to 500,000.", 12),
    ("The death toll in the province rose to 31 on Tuesday.", 31),  # a place named is still this toll
    ("The death toll in the war-torn region rose to 31 on Tuesday.", 31),
])
def test_casualties_a_stated_toll_of_the_incident_raises_its_figure(prepare, run_stage, later, toll):
    text = f"A suicide bomber attacked a market in Kano on Monday, killing 12 people. {later}"
    work = prepare("casualties", text, published=WEDNESDAY)
    run_stage("casualties", work)
    assert [d.event.killed.value for d in work.drafts if d.event.killed] == [toll]


def test_casualties_a_stated_toll_raises_every_mention_of_the_earlier_figure(prepare, run_stage):
    # the lead's last violent word is the wounding: the risen toll is the killing's, and the
    # headline that stated the earlier figure states the same incident's toll
    text = ("Suicide bombing kills 20 at Kabul wedding\n\nA suicide bomber blew himself up at a wedding hall in "
            "Kabul on Saturday, killing at least 20 people and wounding 45, officials said. Later on Saturday, "
            "health officials said the death toll had risen to 63.")
    work = prepare("casualties", text, published=WEDNESDAY)
    run_stage("casualties", work)
    by = drafts_by_trigger(work)
    assert by["kills"].event.killed.value == 63 and by["killing"].event.killed.value == 63
    assert text[by["killing"].event.killed.start:by["killing"].event.killed.end] == "63"  # evidence: the toll's words
    assert by["wounding"].event.killed is None and by["wounding"].event.injured.value == 45
    # another incident that happened to state the same figure keeps its own
    text = ("Gunmen killed two soldiers in Baidoa on Sunday. On Monday, a bomb exploded in a market in Mogadishu, "
            "killing two people. The death toll rose to 9 on Tuesday.")
    work = prepare("casualties", text, published=WEDNESDAY)
    run_stage("casualties", work)
    by = drafts_by_trigger(work)
    assert by["killed"].event.killed.value == 2 and by["killing"].event.killed.value == 9


# --- attribution -----------------------------------------------------------


def test_attribution_gives_each_event_its_sentences_reporters(prepare, run_stage):
    text = ("Troops shelled the town of Rastan on Monday, the Syrian Observatory for Human Rights said. "
            "Rebels attacked a checkpoint in the city of Homs.")
    work = prepare("attribution", text, published=WEDNESDAY)
    assert work.reporters == {}
    assert run_stage("attribution", work) == {"reporters", "drafts.event.reported_by"}
    second = text.index("Rebels")
    assert set(work.reporters) == {0, second}  # every sentence, by its start
    (source,) = work.reporters[0]
    assert source.name == "Syrian Observatory for Human Rights"
    assert text.index("Monday") < source.start < source.end <= text.index(" said")
    assert work.reporters[second] == []
    by = drafts_by_trigger(work)
    assert by["shelled"].event.reported_by == [source]
    assert by["attacked"].event.reported_by == []


# --- background --------------------------------------------------------------

RECALLED = ("Troops shelled Douma on Monday, killing 12 people. In January 2013, a car bomb in the town "
            "killed 40. Twelve years ago, rebels seized the town.")


def test_background_marks_the_recalled_events_and_dates_them_by_their_own_words(prepare, run_stage):
    work = prepare("background", RECALLED, published=WEDNESDAY)
    before = drafts_by_trigger(work)
    assert before["car bomb"].event.date == "2016-03-21"  # carried from the lead, not its own
    assert run_stage("background", work) == {"drafts.event.context", "drafts.event.date", "drafts.event.date_text",
                                             "drafts.event.date_precision", "drafts.date_kind"}
    by = drafts_by_trigger(work)
    assert "background" not in by["shelled"].event.context and by["shelled"].event.date == "2016-03-21"
    bomb, seized = by["car bomb"], by["seized"]
    assert "background" in bomb.event.context and "background" in seized.event.context
    assert (bomb.event.date, bomb.event.date_precision, bomb.event.date_text, bomb.date_kind) == (
        "2013-01-01", "month", "January 2013", "stated")
    assert (seized.event.date, seized.event.date_precision) == (None, None)  # no year: no day either


# --- merge -----------------------------------------------------------------

CAR_BOMB = "A car bomb exploded outside a police station in Kirkuk on Tuesday. The blast killed 15 people."


def test_merge_makes_one_event_of_the_mentions_of_one_incident(prepare, run_stage):
    work = prepare("merge", CAR_BOMB, published=WEDNESDAY)
    assert len(work.drafts) >= 2 and {d.sent_index for d in work.drafts} == {0, 1}
    assert run_stage("merge", work) >= {"drafts"}
    (d,) = work.drafts
    ev = d.event
    assert ev.type == EventType.ASSAULT and ev.trigger.text == "car bomb"
    assert (d.sent_index, d.last_sent_index) == (0, 1)
    # what each sentence said of it: the place and date of the first, the toll of the second
    assert ev.location.name == "Kirkuk" and ev.date == "2016-03-22" and ev.date_text == "on Tuesday"
    assert ev.killed.value == 15


def test_merge_keeps_separate_incidents_apart(prepare, run_stage):
    text = ("A car bomb exploded in Kirkuk on Tuesday. Separately, gunmen attacked a checkpoint "
            "in the city of Mosul on Wednesday.")
    work = prepare("merge", text, published=WEDNESDAY)
    run_stage("merge", work)
    assert [(d.event.trigger.text, d.event.location.name) for d in work.drafts] == [
        ("car bomb", "Kirkuk"), ("attacked", "Mosul")]


# --- incident_places ---------------------------------------------------------


QAMISHLI = ("A car bomb exploded in Syria on Tuesday, killing 15 people. "
            "The blast, in the centre of Qamishli, also wounded 40 people.")


def test_incident_places_takes_the_town_another_sentence_of_the_incident_names(prepare, run_stage):
    work = prepare("incident_places", QAMISHLI, published=WEDNESDAY)
    (d,) = work.drafts
    assert (d.sent_index, d.last_sent_index) == (0, 1)  # merged: one incident over two sentences
    assert d.event.location.precision == "country" and d.event.location.country == "SYR"
    assert run_stage("incident_places", work) == {"drafts.event.location"}
    loc = d.event.location
    assert (loc.precision, loc.country, loc.text) == ("point", "SYR", "Qamishli")


def test_incident_places_keeps_a_town_and_never_crosses_into_another_country(prepare, run_stage):
    kept = prepare("incident_places", "A car bomb exploded in Kirkuk on Tuesday, killing 15 people.",
                   published=WEDNESDAY)
    assert not run_stage("incident_places", kept)
    abroad = prepare("incident_places", "A car bomb exploded in Syria on Tuesday, killing 15 people. "
                                        "The blast was condemned in Paris on Wednesday.", published=WEDNESDAY)
    before = [d.event.location for d in abroad.drafts]
    run_stage("incident_places", abroad)
    assert all(d.event.location is b or d.event.location.country == b.country
               for d, b in zip(abroad.drafts, before) if b is not None)


# --- refine ----------------------------------------------------------------


def test_refine_codes_a_refused_agreement_as_a_rejection(prepare, run_stage):
    work = prepare("refine", "The rebel commander said his group will not accept the deal.", published=WEDNESDAY)
    accept = drafts_by_trigger(work)["accept"].event
    assert (accept.type, accept.factuality) == (EventType.AGREE, "negated")
    changed = run_stage("refine", work)
    assert {"drafts.event.type", "drafts.event.cameo", "drafts.event.factuality"} <= changed
    assert (accept.type, accept.cameo, accept.factuality, accept.mode) == (EventType.REJECT, "120", "asserted", None)
    # the deal itself, not refused, stays an agreement
    assert drafts_by_trigger(work)["deal"].event.type == EventType.AGREE


def test_refine_codes_a_strike_by_aircraft_as_aerial_force(prepare, run_stage):
    work = prepare("refine", "Syrian government warplanes struck the town of Douma on Monday.", published=WEDNESDAY)
    (d,) = work.drafts
    assert (d.event.mode, d.event.cameo) == (None, "190")
    assert run_stage("refine", work) == {"drafts.event.mode", "drafts.event.cameo"}
    assert (d.event.mode, d.event.cameo) == ("aerial", "195") and "military" in d.event.context


@pytest.mark.parametrize("text, kind", [
    # a later sentence of the incident says it was a bomb: a bombing, whoever did it
    ("Blast in Quetta market\n\nA bomb exploded in a crowded market in Quetta on Monday, killing 12 people.",
     EventType.ASSAULT),
    # done with no weapon of war: a crime
    ("Shooting in Leeds pub\n\nA man opened fire in a crowded pub in Leeds on Monday, killing two people.",
     EventType.CRIME),
    # a munition's word that a modifier makes a small arm's
    ("Man killed in Dayton shooting\n\nA man was killed in Dayton on Monday by a shotgun shell fired through "
     "his window.", EventType.CRIME),
])
def test_refine_reads_what_another_mention_says_the_incident_was_done_with(prepare, run_stage, text, kind):
    work = prepare("refine", text, published=WEDNESDAY)
    (d,) = work.drafts
    assert d.sent_index == 0 and d.last_sent_index == 1  # the headline's event, told again in the body
    run_stage("refine", work)
    assert d.event.type == kind


def test_refine_reads_must_after_a_report_as_the_speakers_demand(prepare, run_stage):
    work = prepare("refine", "Britain said Libya must hand over the suspects.", published=WEDNESDAY)
    (d,) = work.drafts
    ev = d.event
    assert [a.name for a in ev.actors] == ["Libya"] and ev.acled_sub_event_type is not None
    changed = run_stage("refine", work)
    assert {"drafts.event.actors", "drafts.event.targets", "drafts.event.acled_event_type",
            "drafts.event.acled_sub_event_type"} <= changed
    assert (ev.type, ev.cameo, ev.mode, ev.factuality) == (EventType.REQUEST, "100", None, "asserted")
    assert [a.name for a in ev.actors] == ["United Kingdom"]
    assert [t.text for t in ev.targets] == ["Libya", "the suspects"]
    assert ev.acled_event_type is None and ev.acled_sub_event_type is None


@pytest.mark.parametrize("text", [
    "Islamic State claimed responsibility for the attack on a checkpoint in Kirkuk.",
    "Islamic State claimed responsibility for the attack on a checkpoint in Kirkuk and said it would not accept talks.",
    "Islamic State claimed the attack on a checkpoint in Kirkuk.",
    "Two soldiers died in Kirkuk on Monday in an attack claimed by Islamic State.",
])
def test_refine_notes_a_claim_of_responsibility(prepare, run_stage, text):
    work = prepare("refine", text, published=WEDNESDAY)
    attack = drafts_by_trigger(work)["attack"].event
    assert "claim_of_responsibility" not in attack.context
    assert run_stage("refine", work) >= {"drafts.event.context"}
    assert "claim_of_responsibility" in attack.context and attack.type == EventType.ASSAULT


def test_refine_notes_no_claim_where_an_attack_is_denied_or_only_reported(prepare, run_stage):
    for text in ("Islamic State denied the attack on a checkpoint in Kirkuk.",
                 "Police reported the attack on a checkpoint in Kirkuk.",
                 "Police took the attack on a checkpoint in Kirkuk seriously.",
                 "Washington will not accept the attack on a checkpoint in Kirkuk.",
                 "No group claimed responsibility for the attack on a checkpoint in Kirkuk.",
                 "The Taliban have not claimed responsibility for the attack on a checkpoint in Kirkuk."):
        work = prepare("refine", text, published=WEDNESDAY)
        run_stage("refine", work)
        assert all("claim_of_responsibility" not in d.event.context for d in work.drafts)


# --- acled -----------------------------------------------------------------


def test_acled_gives_an_air_strike_its_sub_event_type(prepare, run_stage):
    work = prepare("acled", "Syrian government warplanes struck the town of Douma on Monday.", published=WEDNESDAY)
    (d,) = work.drafts
    assert d.event.acled_sub_event_type != "Air/drone strike"  # the trigger's default: an attack
    assert run_stage("acled", work) == {"drafts.event.acled_event_type", "drafts.event.acled_sub_event_type"}
    assert (d.event.acled_event_type, d.event.acled_sub_event_type) == ("Explosions/Remote violence",
                                                                        "Air/drone strike")


def test_acled_leaves_events_it_does_not_code(prepare, run_stage):
    work = prepare("acled", "The governor visited the town of Rastan on Monday.", published=WEDNESDAY)
    (d,) = work.drafts
    assert run_stage("acled", work) == set()
    assert d.event.acled_event_type is None and d.event.acled_sub_event_type is None


def test_casualties_counts_named_victims_for_the_event_the_parse_ties_them_to(prepare, run_stage):
    text = "A guardsman and a motorcyclist were killed when a bomb exploded in Kabul on Monday."
    work = prepare("casualties", text, published=WEDNESDAY)
    run_stage("casualties", work)
    tolled = [d for d in work.drafts if d.event.killed is not None]
    assert [(d.event.trigger.text, d.event.killed.value, d.event.killed.text) for d in tolled] == [
        ("killed", 2, "A guardsman and a motorcyclist")]  # merge then folds it into the blast


def test_casualties_a_stated_figure_outranks_victims_counted_nearby(prepare, run_stage):
    """"A policeman was killed" names one of the dead; the figure in the next sentence is the
    toll, and the one victim must not conflict with it (a conflicting toll keeps mentions of one
    incident apart)."""
    text = ("A policeman was killed when gunmen attacked a checkpoint in Homs on Monday. "
            "The attack killed five people.")
    work = prepare("casualties", text, published=WEDNESDAY)
    run_stage("casualties", work)
    assert [d.event.killed.value for d in work.drafts if d.event.killed is not None] == [5]


def test_casualties_another_incidents_figure_leaves_a_count_of_victims_alone(prepare, run_stage):
    """"A woman was killed ... on Saturday": the figure of a chemical attack told as done on
    another day ("On Tuesday ... some 100 civilians were killed") is not this incident's toll."""
    text = ("A woman was killed when a bomb exploded on a bus in Hassia on Saturday. "
            "On Tuesday, some 100 civilians were killed in a chemical attack in Khan Sheikhoun.")
    work = prepare("casualties", text, published=WEDNESDAY)
    run_stage("casualties", work)
    assert sorted(d.event.killed.value for d in work.drafts if d.event.killed is not None) == [1, 100]


@pytest.mark.parametrize("text, tolls", [
    # "Brouq and at least 10 members were killed" states 11 as much as "10" did: it does not give
    # way to the one commander of the sentence before, as a count of named victims alone would
    ("The army killed one commander near Rastan on Monday. "
     "Mahmoud Brouq and at least 10 members of the group were killed in the attacks.", [1, 11]),
    # only a stated figure outranks a count of victims nearby: another incident's count that holds
    # a figure does not ("a policeman" keeps his 1 beside "two soldiers and a child")
    ("A policeman was shot dead by gunmen in Kabul on Monday. "
     "In Kandahar, two soldiers and a child were killed by a roadside bomb.", [1, 3]),
])
def test_casualties_a_count_holding_a_figure_stands_and_suppresses_no_other(prepare, run_stage, text, tolls):
    work = prepare("casualties", text, published=WEDNESDAY)
    run_stage("casualties", work)
    assert [d.event.killed.value for d in work.drafts if d.event.killed is not None] == tolls


def test_casualties_a_running_total_is_no_events_toll(prepare, run_stage):
    text = ("A suicide bomber killed 12 people in Mogadishu on Monday. "
            "The insurgency has killed 20,000 people since 2009.")
    work = prepare("casualties", text, published=WEDNESDAY)
    run_stage("casualties", work)
    assert [d.event.killed.value for d in work.drafts if d.event.killed is not None] == [12]
