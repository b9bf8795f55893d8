"""Tests for eventwire.extract.merge: one incident, one event.

Drafts are built by hand: `merge_in_sentence` reads the parse (the `nlp` fixture
parses made-up sentences), `merge_across` only the events' fields.
"""
from __future__ import annotations

import copy

import pytest

from eventwire.extract.events import Draft
from eventwire.extract.lexicon import Trigger
from eventwire.extract.merge import (
    coalesce_anaphors,
    fill_missing,
    fold_contents,
    fold_into_main,
    merge_across,
    merge_in_sentence,
    names_agree,
    split_joint_actors,
)
from eventwire.extract.triggers import TriggerHit
from eventwire.model import CLAIMED, Actor, Count, Event, Span

RUSSIA = Actor("Russian jets", 0, 12, "Russia", "RUS", "MIL")
FRANCE = Actor("France", 20, 26, "France", "FRA", "GOV")
IS = Actor("Islamic State", 30, 43, "Islamic State", None, "REB")


def event(type_="ASSAULT", mode=None, cameo="190", actors=(), killed=None, date=None, factuality="asserted",
          trigger="strike") -> Event:
    return Event(id="", type=type_, mode=mode, cameo=cameo, trigger=Span(trigger, 0, len(trigger)),
                 sentence=Span("", 0, 0), actors=list(actors), factuality=factuality, date=date,
                 killed=Count(killed, "exact", str(killed), 0, 1) if killed else None)


def draft(ev: Event, sent_index: int, hit=None, sent=None, date_kind="stated") -> Draft:
    d = Draft(ev, hit, sent, [], sent_index)
    d.date_kind = date_kind
    return d


def drafts_of(nlp, text: str, specs: list[tuple[str, Event]]) -> list[Draft]:
    """One draft per (trigger word, event) in the one sentence `text`."""
    doc = nlp(text)
    sent = next(iter(doc.sents))
    out = []
    for word, ev in specs:
        tok = next(t for t in doc if t.text == word)
        hit = TriggerHit(tok.i, tok.i + 1, tok.i, Trigger(ev.type, ev.mode, ev.cameo), tok.lemma_)
        ev.trigger = Span(tok.text, tok.idx, tok.idx + len(tok))
        out.append(draft(ev, 0, hit, sent))
    return out


# ---------------------------------------------------------------- within a sentence

def test_an_attack_and_its_outcome_are_one_event_under_the_attack_trigger(nlp):
    strikes = event(mode="aerial", cameo="195", actors=[RUSSIA])
    killed = event(cameo="1823", killed=6)
    out = merge_in_sentence(drafts_of(nlp, "Air strikes killed six people in Raqqa.",
                                      [("strikes", strikes), ("killed", killed)]))
    assert len(out) == 1
    ev = out[0].event
    assert ev.trigger.text == "strikes" and ev.mode == "aerial"  # the cause says what happened
    assert ev.actors == [RUSSIA] and ev.killed is not None and ev.killed.value == 6


def test_what_an_attack_did_told_in_its_relative_clause_is_the_attack(nlp):
    attack = event(cameo="190", actors=[RUSSIA])
    hit = event(cameo="190")
    out = merge_in_sentence(drafts_of(nlp, "The attack that hit a police station was claimed by the group.",
                                      [("attack", attack), ("hit", hit)]))
    assert [d.event.trigger.text for d in out] == ["attack"]


def test_the_more_specific_trigger_wins_whichever_comes_first(nlp):
    killed = event(cameo="1823", killed=5)
    bomb = event(mode="explosives", cameo="183", trigger="bomb")
    out = merge_in_sentence(drafts_of(nlp, "A bomb exploded in the market, killing five people.",
                                      [("killing", killed), ("bomb", bomb)]))
    assert [d.event.trigger.text for d in out] == ["bomb"]
    assert out[0].event.killed.value == 5


def test_two_attackers_in_one_sentence_stay_two_events(nlp):
    bombed = event(mode="aerial", actors=[RUSSIA])
    shelled = event(mode="heavy-weapons", actors=[IS])
    out = merge_in_sentence(drafts_of(nlp, "Jets bombed the city, while rebels shelled the airport.",
                                      [("bombed", bombed), ("shelled", shelled)]))
    assert len(out) == 2


@pytest.mark.parametrize("text, first, second, merged", [
    # an act told "after" or "before" another is another act; "when" and a participle tell the same incident
    ("Jets struck the camp after a rocket was fired into the town.", "struck", "fired", False),
    ("Jets struck the camp before a rocket was fired into the town.", "struck", "fired", False),
    ("Two soldiers were killed when a rocket was fired into the camp.", "killed", "fired", True),
])
def test_an_act_told_after_another_is_another_act(nlp, text, first, second, merged):
    out = merge_in_sentence(drafts_of(nlp, text, [(first, event(mode="aerial")), (second, event(mode="heavy-weapons"))]))
    assert (len(out) == 1) is merged


def test_only_violent_events_of_the_same_factuality_merge(nlp):
    text = "Air strikes killed six people in Raqqa."
    claimed = merge_in_sentence(drafts_of(nlp, text, [("strikes", event(mode="aerial")),
                                                      ("killed", event(factuality="claimed"))]))
    assert len(claimed) == 2
    speech = merge_in_sentence(drafts_of(nlp, text, [("strikes", event("ACCUSE", cameo="110")),
                                                     ("killed", event())]))
    assert len(speech) == 2


# ---------------------------------------------------------------- joint actors

def test_a_joint_attack_by_two_states_is_one_event_each():
    d = draft(event(actors=[RUSSIA, FRANCE]), 0)
    out = split_joint_actors([d])
    assert [x.event.actors for x in out] == [[RUSSIA], [FRANCE]]
    assert out[0].event is not out[1].event
    unnamed = Actor("gunmen", 0, 6, None, None, "UAF")
    assert len(split_joint_actors([draft(event(actors=[RUSSIA, unnamed]), 0)])) == 1


def test_people_named_together_act_together(nlp):
    """Two states that struck are two events; two people who shot a woman did it together."""
    text = "Ms. Sears and Mr. Bowers shot Mrs. Parsons."
    people = [Actor(w, text.index(w), text.index(w) + len(w), w.split()[-1], "USA", None)
              for w in ("Ms. Sears", "Mr. Bowers")]
    (d,) = drafts_of(nlp, text, [("shot", event(actors=people))])
    assert [x.event.actors for x in split_joint_actors([d])] == [people]
    (d,) = drafts_of(nlp, text, [("shot", event(actors=[people[0], FRANCE]))])
    assert len(split_joint_actors([d])) == 2  # a person beside a state: each acts on its own


# ---------------------------------------------------------------- across sentences

def test_a_later_compatible_mention_joins_the_event():
    first = draft(event(actors=[RUSSIA], date="2015-11-17"), 0)
    later = draft(event(killed=11, date="2015-11-17"), 2)
    out = merge_across([first, later])
    assert out == [first]
    assert first.event.killed.value == 11 and first.last_sent_index == 2


def test_a_mention_beyond_the_window_is_another_event_unless_it_names_the_same_actors():
    first = draft(event(actors=[RUSSIA]), 0)
    far = draft(event(), 4)  # four sentences on, no actor named
    assert len(merge_across([first, far])) == 2
    first = draft(event(actors=[RUSSIA]), 0)
    same = draft(event(actors=[copy.copy(RUSSIA)]), 9)
    assert merge_across([first, same]) == [first]
    assert len(merge_across([draft(event(), 0), draft(event(), 2)], window=1)) == 2


def test_conflicting_actors_tolls_or_days_keep_events_apart():
    for a, b in [(event(actors=[RUSSIA]), event(actors=[IS])),
                 (event(killed=11), event(killed=40)),
                 (event(date="2015-11-16"), event(date="2015-11-17")),
                 (event(), event("PROTEST", cameo="140"))]:
        assert len(merge_across([draft(a, 0), draft(b, 1)])) == 2


def test_a_month_and_a_day_in_it_may_be_one_incident():
    """"in October" and "on 29 October" can be one day; "in October" and "on 2 November" cannot."""
    month = event(date="2014-10-01")
    month.date_precision = "month"
    assert len(merge_across([draft(event(date="2014-10-29"), 0), draft(copy.deepcopy(month), 1)])) == 1
    assert len(merge_across([draft(event(date="2014-11-02"), 0), draft(copy.deepcopy(month), 1)])) == 2
    # two days of one month are still two days
    assert len(merge_across([draft(event(date="2014-10-29"), 0), draft(event(date="2014-10-01"), 1)])) == 2


def dated(date: str, precision: str, words: str) -> Event:
    ev = event(date=date)
    ev.date_precision, ev.date_text = precision, words
    return ev


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 0, 2), (1, 2, 0)])
def test_a_month_joined_with_a_day_takes_the_day_and_other_days_stay_apart(order):
    """"in October" folds into "on 3 October" (or takes its day), and "on 29 October" is then
    another day, whichever mention comes first."""
    mentions = [dated("2014-10-01", "month", "in October"), dated("2014-10-03", "day", "on 3 October"),
                dated("2014-10-29", "day", "on 29 October")]
    kept = merge_across([draft(mentions[i], n) for n, i in enumerate(order)])
    assert sorted((d.event.date, d.event.date_precision) for d in kept) == [
        ("2014-10-03", "day"), ("2014-10-29", "day")]


def test_a_weekend_and_a_day_within_a_week_of_it_may_be_one_incident():
    weekend = dated("2014-10-25", "week", "last weekend")
    assert len(merge_across([draft(weekend, 0), draft(dated("2014-10-26", "day", "on Sunday"), 1)])) == 1
    assert weekend.date == "2014-10-26" and weekend.date_precision == "day"
    far = dated("2014-10-11", "week", "two weekends ago")
    assert len(merge_across([draft(far, 0), draft(dated("2014-10-26", "day", "on Sunday"), 1)])) == 2


def test_a_stated_date_replaces_a_publication_date_default():
    first = draft(event(date="2015-11-17"), 0, date_kind="published")
    later = draft(event(date="2015-11-15"), 1)
    later.event.date_text = "on Sunday"
    assert merge_across([first, later]) == [first]  # a default date does not conflict
    assert (first.event.date, first.event.date_text, first.date_kind) == ("2015-11-15", "on Sunday", "stated")


def test_a_definite_attack_read_as_a_crime_is_a_second_mention_of_the_attack_before_it(nlp):
    """"Gunmen attacked a police post ... The attack left two officers wounded": the second
    "attack", with no doer of its own, may read as a crime; it is still the earlier attack."""
    doc = nlp("Gunmen attacked a police post in Peshawar. The attack left two officers wounded.")
    sents = list(doc.sents)
    out = []
    for k, (word, ev) in enumerate((("attacked", event()), ("attack", event("CRIME", trigger="attack")))):
        tok = next(t for t in sents[k] if t.text == word)
        out.append(draft(ev, k, TriggerHit(tok.i, tok.i + 1, tok.i, Trigger(ev.type, ev.mode, ev.cameo), tok.lemma_),
                         sents[k]))
    kept, main = coalesce_anaphors(out, None)
    assert [d.event.type for d in kept] == ["ASSAULT"] and main is None


def test_a_bound_toll_gives_way_to_the_exact_figure_of_the_same_incident():
    """"Over 500 killed" ... "545 people were killed": the exact figure; not one far past the bound
    (a war's total), nor one below it."""
    def toll(value, qualifier):
        return Count(value, qualifier, str(value), 0, 1)

    for bound, exact, kept in ((toll(500, "more_than"), 545, 545), (toll(20, "at_least"), 24, 24),
                               (toll(30, "about"), 32, 32), (toll(20, "at_least"), 280000, 20),
                               (toll(20, "at_least"), 12, 20), (toll(20, "exact"), 24, 20)):
        main = draft(event(), 0)
        main.event.killed = bound
        fill_missing(main.event, event(killed=exact))
        assert main.event.killed.value == kept, (bound, exact)


# ---------------------------------------------------------------- into the main event, after it is chosen

def test_far_mentions_of_the_main_incident_fold_into_it_filling_only_what_it_lacks():
    other = draft(event("PROTEST", cameo="140"), 1)
    main = draft(event(killed=11, date="2015-11-17"), 2)
    later = draft(event(actors=[IS], killed=11), 9)  # far beyond merge_across's window
    kept, new_main = fold_into_main([other, main, later], 1)
    assert kept == [other, main] and kept[new_main] is main
    assert main.event.actors == [IS] and main.event.killed.value == 11 and main.last_sent_index == 9


def test_a_folded_mention_adds_the_known_parties_it_hits_but_no_words_of_its_own():
    victims = Actor("18 civilians", 40, 52, "Syrian civilians", "SYR", "CVL")
    district = Actor("rebel-held districts", 60, 80, None, None, None)
    fsa = Actor("the Free Syrian Army", 90, 110, "Free Syrian Army", "SYR", "REB")
    bombers = Actor("two suicide bombers", 120, 139, "Unidentified armed group", "SYR", "UAF")
    main = draft(event(actors=[RUSSIA]), 0)
    main.event.targets = [victims]
    later = draft(event(), 1)
    later.event.targets = [district, fsa, bombers, copy.copy(victims), Actor("Russian jets", 5, 17, "Russia", "RUS",
                                                                              "MIL")]
    fill_missing(main.event, later.event)
    # a party the resolver knows joins; words it does not know, the attackers and the doer do not
    assert main.event.targets == [victims, fsa]
    empty = draft(event(), 0)
    fill_missing(empty.event, later.event)
    assert empty.event.targets == later.event.targets  # an event with no target takes them all


def test_the_same_party_named_otherwise_in_another_mention_joins_with_that_name():
    syrian = Actor("Syrian", 0, 7, "Syria", "SYR", None)
    helicopters = Actor("Syrian army helicopters", 150, 173, "Syrian government forces", "SYR", "MIL")
    troops = Actor("Syrian troops", 180, 193, "Syrian government forces", "SYR", "MIL")
    again = Actor("Syria", 200, 205, "Syria", "SYR", None)
    main = draft(event(actors=[syrian]), 0)
    fill_missing(main.event, event(actors=[helicopters, troops, again, RUSSIA]))
    # the other name of the same state joins once; the same name again and another party do not
    assert main.event.actors == [syrian, helicopters]
    # a joint attack keeps both its parties when its drafts merge back ("Iraqi troops and Peshmerga")
    iraqi = Actor("Iraqi troops", 0, 12, "Iraqi government forces", "IRQ", "MIL")
    peshmerga = Actor("Peshmerga fighters", 17, 35, "Peshmerga", "IRQ", "MIL")
    merged = merge_across([draft(event(actors=[iraqi]), 0), draft(event(actors=[peshmerga]), 1)])
    assert [[a.name for a in d.event.actors] for d in merged] == [["Iraqi government forces", "Peshmerga"]]
    denied = draft(event(actors=[syrian]), 0)
    fill_missing(denied.event, event(actors=[helicopters], factuality="denied"))
    assert denied.event.actors == [syrian]  # a mention that denies the act names no doer of it
    anaphor = draft(event(actors=[syrian]), 0)
    merged = merge_across([anaphor, draft(event(actors=[copy.copy(helicopters)]), 1)])
    assert [a.name for a in merged[0].event.actors] == ["Syria", "Syrian government forces"]


def test_a_described_actor_far_from_the_main_event_is_not_carried_into_it():
    main = draft(event(killed=11), 0)
    gunmen = Actor("the gunmen", 900, 910, "Unidentified armed group", None, "REB")
    later = event(actors=[gunmen])
    later.sentence = Span("Police said the gunmen fled.", 888, 916)
    kept, _ = fold_into_main([main, draft(later, 9)], 0)
    assert kept == [main] and main.event.actors == []  # folded, but "the gunmen" may be another party


def test_a_mention_that_restates_the_main_event_next_to_it_gives_its_described_doers():
    # "Village attacked in Nigeria" / "Gunmen attacked a village in Zamfara": the lead's doers
    main = draft(event(killed=23), 0)
    main.event.sentence = Span("Village attacked in Nigeria", 0, 27)
    gunmen = Actor("Gunmen", 28, 34, "Unidentified armed group", "NGA", "UAF")
    later = event(actors=[gunmen])
    later.sentence = Span("Gunmen attacked a village in Zamfara on Monday.", 28, 75)
    fill_missing(main.event, later, main=True)
    assert main.event.actors == [gunmen]
    # only into the main event; not a pronoun ("they" is whoever the story named last), nor another
    # kind of act, nor an act told as coming after ("Police later arrested her"), nor doers whose
    # words stand far off (brought into the mention by an earlier fold)
    after = event(actors=[gunmen])
    after.sentence = Span("Gunmen later attacked a village in Zamfara.", 28, 71)
    far = event(actors=[Actor("the gunmen", 900, 910, "Unidentified armed group", "NGA", "UAF")])
    far.sentence = later.sentence
    for other, is_main in ((later, False), (event(actors=[Actor("they", 28, 32, "Associated Press", "USA", "MED")]), True),
                           (event("COERCE", cameo="173", actors=[gunmen]), True), (after, True), (far, True)):
        if other is not after and other is not far:
            other.sentence = later.sentence
        bare = draft(event(killed=23), 0)
        bare.event.sentence = main.event.sentence
        fill_missing(bare.event, other, main=is_main)
        assert bare.event.actors == []


def test_a_conflicting_mention_stays_its_own_event_and_the_main_keeps_its_fields():
    main = draft(event(actors=[RUSSIA], killed=11), 0)
    for other in (event(actors=[IS]), event(killed=40), event("PROTEST", cameo="140"),
                  event(factuality="planned")):
        kept, new_main = fold_into_main([draft(other, 5), main], 1)
        assert len(kept) == 2 and kept[new_main] is main
        assert main.event.actors == [RUSSIA] and main.event.killed.value == 11


def test_no_main_event_folds_nothing():
    ds = [draft(event(), 0), draft(event(), 4)]
    assert fold_into_main(ds, None) == (ds, None)


def test_a_dates_precision_travels_with_it_when_mentions_merge():
    first = draft(event(date="2015-11-17"), 0, date_kind="published")
    first.event.date_precision = "day"
    later = draft(event(date="2015-10-01"), 1)
    later.event.date_text, later.event.date_precision = "last month", "month"
    assert merge_across([first, later]) == [first]
    assert (first.event.date, first.event.date_precision) == ("2015-10-01", "month")


def test_a_doer_the_resolver_does_not_know_neither_vetoes_a_fold_nor_outranks_a_known_one():
    """"Juvenile arrested in Oxford" (a headline's patient in the doer's slot) and "Police
    arrested a girl": the unknown word keeps no one apart, and the known party is the doer."""
    juvenile = Actor("Juvenile", 0, 8)
    police = Actor("Oxford Police", 60, 73, "Oxford Police Department", "USA", "COP")
    main = draft(event("COERCE", cameo="173", actors=[juvenile]), 0)
    later = event("COERCE", cameo="173", actors=[police])
    later.sentence = Span("Then Oxford Police arrested a girl.", 55, 90)
    kept, new_main = fold_into_main([main, draft(later, 1)], 0)
    assert kept == [main] and main.event.actors == [police]


def test_two_known_parties_still_keep_two_mentions_apart():
    known = Actor("Oxford Police", 60, 73, "Oxford Police Department", "USA", "COP")
    main = draft(event("COERCE", cameo="173", actors=[known]), 0)
    other = draft(event("COERCE", cameo="173", actors=[IS]), 1)
    kept, _ = fold_into_main([main, other], 0)
    assert len(kept) == 2 and main.event.actors == [known]


def test_a_party_that_denies_the_act_is_never_filled_in_as_its_doer():
    """"HTS denied firing the rockets": the denial may be about the attack, but HTS is not its doer."""
    from eventwire.extract.merge import fill_missing

    main = event(killed=5)
    hts = Actor("Hayat Tahrir al-Sham", 40, 60, "Hayat Tahrir al-Sham", "SYR", "REB")
    denial = event(actors=[hts], factuality="denied")
    denial.sentence = Span("x" * 80, 30, 110)
    fill_missing(main, denial)
    assert main.actors == []
    fill_missing(main, event(actors=[hts]))  # asserted: the doer
    assert main.actors == [hts]


def test_a_group_a_claim_names_joins_doers_the_main_event_only_describes():
    """"A suicide bomber blew himself up ... Islamic State claimed the attack": the described
    bomber stays and the group named joins, leaving the targets; a party the main event already
    knows, a mention of another kind (the patrol attacked), a state, and a party named in a
    mention that claims nothing (the clerk who shot back) add no one."""
    bomber = Actor("A suicide bomber", 0, 16, "Unidentified armed group", "IRQ", "UAF")
    claim = event(actors=[IS])
    claim.context = [CLAIMED]
    claim.sentence = Span("Islamic State claimed the attack.", 30, 63)
    main = event(actors=[bomber])
    main.targets = [copy.copy(IS)]  # "in an attack claimed by IS" read as hit
    fill_missing(main, claim)
    assert main.actors == [bomber, IS] and main.targets == []
    # a headline that opens with the group's one-word name ("Taliban claim deadly Kabul attack")
    taliban = Actor("Taliban", 0, 7, "Taliban", "AFG", "REB")
    headline = event(actors=[taliban])
    headline.context, headline.sentence = [CLAIMED], Span("Taliban claim deadly Kabul attack", 0, 33)
    main = event(actors=[bomber])
    fill_missing(main, headline)
    assert main.actors == [bomber, taliban]
    clerk = Actor("The clerk, Maria Lopez", 40, 62, "Maria Lopez", "USA", "CVL")
    state = event(actors=[RUSSIA])
    state.context = [CLAIMED]
    other_kind = event("MOBILIZE", cameo="150", actors=[IS])
    other_kind.context = [CLAIMED]
    for kept_doer, other in ((RUSSIA, claim), (bomber, other_kind), (bomber, state), (bomber, event(actors=[clerk]))):
        other.sentence = claim.sentence
        main = event(actors=[kept_doer])
        fill_missing(main, other)
        assert main.actors == [kept_doer]


def test_the_drafts_of_a_joint_attack_grow_their_own_lists():
    from eventwire.extract.merge import split_joint_actors

    d = draft(event(actors=[RUSSIA, FRANCE]), 0)
    d.places_hit, d.merged_heads = ["Raqqa"], [3]
    a, b = split_joint_actors([d])
    a.places_hit.append("Deir ez-Zor")
    a.merged_heads.append(7)
    assert b.places_hit == ["Raqqa"] and b.merged_heads == [3]


# ---------------------------------------------------------------- an act's content

def test_what_a_request_threat_or_refusal_is_about_folds_into_it(nlp):
    threat = drafts_of(nlp, "Rebels threatened to kill the hostages.",
                       [("threatened", event("THREATEN", cameo="130")), ("kill", event(factuality="planned", killed=5))])
    refusal = drafts_of(nlp, "The minister refused to discuss the withdrawal.",
                        [("refused", event("REJECT", cameo="120")), ("discuss", event("CONSULT", cameo="040")),
                         ("withdrawal", event("RETREAT", cameo="340"))])
    for drafts in (threat, refusal):
        reporter = Span("officials", 0, 9)
        drafts[1].event.reported_by.append(reporter)
        kept, main = fold_contents(drafts, 0)
        # the content of a content goes with it ("refused to discuss the withdrawal")
        assert kept == [drafts[0]] and main == 0
        assert drafts[0].event.reported_by == [reporter]  # who reports the content reports the act
        assert drafts[0].event.killed is None  # the hostages threatened are not killed


def test_an_acts_own_name_as_its_content_folds_into_it_and_another_kind_of_act_does_not(nlp):
    deal = drafts_of(nlp, "Hamas agreed on Tuesday to a ceasefire deal brokered by Egypt.",
                     [("agreed", event("AGREE", cameo="030")), ("deal", event("AGREE", cameo="030", factuality="planned"))])
    assert fold_contents(deal, 0) == ([deal[0]], 0)  # one agreement, not an agreement to agree
    # another party's act named as the content: "fought off an assault by government forces"
    fought = drafts_of(nlp, "Houthi rebels fought off an assault by government forces near Marib.",
                       [("fought", event(actors=[Actor("Houthi rebels", 0, 13, "Houthis", "YEM", "REB")])),
                        ("assault", event(actors=[Actor("government forces", 36, 53, "Yemeni government forces",
                                                        "YEM", "MIL")]))])
    assert fold_contents(fought, 0) == (fought, 0)
    promise = drafts_of(nlp, "Britain agreed to join the strikes on Raqqa.",
                        [("agreed", event("AGREE", cameo="030")), ("strikes", event())])
    assert fold_contents(promise, 0) == (promise, 0)  # what a party commits itself to stays an act


@pytest.mark.parametrize("text, words, types", [
    # a conjoined act
    ("Police arrested and charged two men on Monday.", ("arrested", "charged"), ("COERCE", "ACCUSE")),
    # what an act that reports on another is about
    ("The US condemned air strikes that killed 30 civilians.", ("condemned", "strikes"), ("ACCUSE", "ASSAULT")),
    ("Thousands marched to protest the killing of a teenager.", ("marched", "killing"), ("PROTEST", "ASSAULT")),
    # a clause of time
    ("Rebels attacked the town after the government refused to negotiate.", ("attacked", "refused"),
     ("ASSAULT", "REJECT")),
])
def test_acts_done_stay_events(nlp, text, words, types):
    drafts = drafts_of(nlp, text, [(w, event(t)) for w, t in zip(words, types)])
    assert fold_contents(drafts, 0) == (drafts, 0)


def test_what_is_halted_or_reported_on_stays_and_an_infinitive_demand_folds(nlp):
    halt = drafts_of(nlp, "Israel refused to halt its strikes on Gaza.",
                     [("refused", event("REJECT", cameo="120")), ("halt", event("SANCTION", cameo="160")),
                      ("strikes", event())])
    kept, _ = fold_contents(halt, 0)
    assert [d.event.trigger.text for d in kept] == ["refused", "strikes"]  # the strikes go on
    report = drafts_of(nlp, "The government rejected a UN report on the massacre of 40 villagers.",
                       [("rejected", event("REJECT", cameo="120")), ("massacre", event("CRIME", cameo=None))])
    assert fold_contents(report, 0) == (report, 0)  # a report's subject is no content of the rejection
    demand = drafts_of(nlp, "Hamas rejected a demand to release the hostages.",
                       [("rejected", event("REJECT", cameo="120")), ("demand", event("REQUEST", cameo="100")),
                        ("release", event("RETREAT", cameo="340"))])
    assert fold_contents(demand, 0) == ([demand[0]], 0)


def test_a_main_event_that_is_content_stays(nlp):
    threat = drafts_of(nlp, "Rebels threatened to attack the town.",
                       [("threatened", event("THREATEN", cameo="130")), ("attack", event(factuality="planned"))])
    assert fold_contents(threat, 1) == (threat, 1)  # the article's main event never folds away
    assert fold_contents(threat, None) == ([threat[0]], None)


def test_an_urged_release_is_no_release_of_its_own(run_text):
    res = run_text("The opposition urged the government to release the prisoners.")
    assert [(e.type, e.trigger.text) for e in res.events] == [("REQUEST", "urged")]


def test_a_mention_that_denies_the_act_adds_no_target():
    victims = Actor("protesters", 40, 50, "Syrian civilians", "SYR", "CVL")
    held = Actor("at least 30 people", 60, 78, "Syrian civilians", "SYR", "CVL")
    hts = Actor("HTS", 0, 3, "Hayat Tahrir al-Sham", "SYR", "REB")
    main = draft(event("COERCE", cameo="173"), 0)
    main.event.targets = [Actor("Seven individuals", 90, 107, None, None, None)]
    denial = draft(event("COERCE", cameo="173", actors=[hts], factuality="denied"), 1)
    denial.event.targets = [held]
    fill_missing(main.event, denial.event)
    assert [t.text for t in main.event.targets] == ["Seven individuals"]  # "HTS denied arresting 30 people"
    empty = draft(event("COERCE", cameo="173", actors=[hts]), 3)
    fill_missing(empty.event, denial.event)
    assert empty.event.targets == []  # nor to one with no target
    told = draft(event("COERCE", cameo="173"), 2)
    told.event.targets = [victims]
    fill_missing(main.event, told.event)
    assert [t.text for t in main.event.targets] == ["Seven individuals", "protesters"]


def test_words_one_mention_reads_as_the_doer_are_no_target_of_the_merged_event(run_text):
    # "Rebel" modifies "shelling" (read there as what was shelled) and is the subject of "kills"
    res = run_text("Rebel shelling kills four civilians in Damascus.")
    (ev,) = res.events
    assert ([a.text for a in ev.actors], [t.text for t in ev.targets]) == (["Rebel"], ["four civilians"])


def test_attackers_not_identified_may_be_any_named_partys_people():
    bombers = Actor("three suicide bombers", 50, 71, "Unidentified armed group", None, "UAF")
    told_by_group = draft(event(actors=[IS]), 0)
    told_by_bombers = draft(event(actors=[bombers]), 3)
    assert names_agree(told_by_group, told_by_bombers)
    assert not names_agree(told_by_group, draft(event(actors=[RUSSIA]), 3))  # two named parties differ
    # the state's forces are never the unidentified attackers of another mention
    police = Actor("security forces", 80, 95, "Somali police", "SOM", "COP")
    assert not names_agree(told_by_bombers, draft(event(actors=[police]), 4))
    assert not names_agree(draft(event(actors=[police]), 4), told_by_bombers)


def test_a_person_named_by_one_word_of_the_name_or_described_may_be_that_person():
    wang_yi = Actor("Chinese State Councilor Wang Yi", 0, 31, "Wang Yi", "CHN", "GOV")
    wang = Actor("Wang", 80, 84, "Wang")
    moore = Actor("Moore", 90, 95, "Derek D. Moore")
    man = Actor("York County man", 0, 15, "US civilians", "USA", "CVL")
    talks, visit = draft(event("CONSULT", actors=[wang_yi]), 0), draft(event("CONSULT", actors=[wang]), 5)
    assert names_agree(talks, visit) and names_agree(visit, talks)
    plea = draft(event("CONCEDE", actors=[man]), 0)
    assert names_agree(plea, draft(event("CONCEDE", actors=[moore]), 2))
    # two people named otherwise, or a word that is no word of the other name, stay two
    assert not names_agree(draft(event("CONCEDE", actors=[moore]), 2), visit)
    assert not names_agree(draft(event("CONSULT", actors=[Actor("Yi", 0, 2, "Yi")]), 0),
                           draft(event("CONSULT", actors=[Actor("Wangyi", 9, 15, "Wangyi")]), 3))
    # a state's forces described are not a person named
    police = Actor("police", 0, 6, "US police", "USA", "COP")
    assert not names_agree(draft(event("COERCE", actors=[police]), 0), draft(event("COERCE", actors=[moore]), 2))


def test_a_sentence_opening_on_another_incident_keeps_its_mentions_apart(run_text):
    text = ("A man stabbed two people at a shopping centre on Saturday. Separately, Tom Baker stabbed a "
            "neighbour during an argument on Saturday, police said.")
    stabbings = [e for e in run_text(text, "2020-06-01").events if e.trigger.text == "stabbed"]
    assert len(stabbings) == 2 and [a.text for a in stabbings[1].actors] == ["Tom Baker"]
    # without the opening, a described man and a man named may be one
    text = "A York County man pleaded guilty on Monday to burglary. Moore pleaded guilty to two counts."
    assert len([e for e in run_text(text, "2020-06-01").events if e.trigger.text == "pleaded"]) == 1


def test_what_a_call_for_someone_to_act_asks_is_its_content(run_text):
    # the parse hangs "for the president to resign" as an adverbial clause with "for" its marker
    text = "Opposition supporters gathered outside parliament in Kinshasa, calling for the president to resign."
    events = run_text(text, "2020-06-01").events
    assert "calling" in [e.trigger.text for e in events] and "resign" not in [e.trigger.text for e in events]


def test_what_someone_is_urged_to_stay_on_is_the_requests_content(run_text):
    # "alert" hangs on "on" under "stay", the bare verb the request asks for
    events = run_text("The Coalition urged the government to stay on full alert in Idlib.", "2020-06-01").events
    assert [e.trigger.text for e in events] == ["urged"]
    # a report on an act is about an act of its own
    events = run_text("Amnesty published a report on the massacre in Houla.", "2020-06-01").events
    assert "massacre" in [e.trigger.text for e in events]


def test_a_past_act_told_in_a_warning_is_no_threats_content(run_text):
    # what a warning says was done is an event of its own; what a threat says will be done is not
    events = run_text("Police warned that the gunmen had killed three people.", "2020-06-01").events
    assert "killed" in [e.trigger.text for e in events]
    events = run_text("Hamas threatened to attack Israeli towns.", "2020-06-01").events
    assert [e.trigger.text for e in events] == ["threatened"]


def test_an_offence_folded_into_its_charge_gives_the_offender_as_target_never_the_charges_own_doer():
    us = Actor("The United States", 0, 17, "United States", "USA", None)
    officials = Actor("three Iranian officials", 40, 63, "Iranian government", "IRN", "GOV")
    sanction = event(type_="SANCTION", actors=[us])
    sanction.targets = [officials]
    # the crackdown's doer misread as the sanctioner: still no target of its own sanction
    crackdown = event(type_="CRIME", actors=[Actor("The United States", 90, 107, "United States", "USA", None)])
    fill_missing(sanction, crackdown)
    assert sanction.targets == [officials]
    gang = Actor("a gang", 120, 126, None, None, None)
    fill_missing(sanction, event(type_="CRIME", actors=[gang]))
    assert sanction.targets == [officials, gang]  # the offender is the charge's target
