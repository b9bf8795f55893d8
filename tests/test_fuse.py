"""Cross-article fusion on hand-made mentions: clustering rules, consensus, conflicts, ids.

The mentions imitate the sample corpus (the Ariha market strike, INC-01, and
the Raqqa car bomb, INC-02): real place records, Tuesday 2024-03-12.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, replace

import pytest

from eventwire.codec import from_dict
from eventwire.fuse import Fuser, mentions_from_result
from eventwire.fuse.figures import compatible
from eventwire.model import Actor, ArticleResult, Count, Event, Mention, Place, Span

ARIHA = Place("Ariha", 0, 5, "Arīḩā", 172994, "SYR", "Idlib", "SY-ID", 35.81374, 36.60964, None, "point")
IDLIB = Place("Idlib province", 0, 14, "Idlib", 169387, "SYR", "Idlib", "SY-ID", 35.83, 36.63, None, "admin1")
RAQQA = Place("Raqqa", 0, 5, "Ar Raqqah", 172955, "SYR", "Ar Raqqah", "SY-RA", 35.95, 39.01, None, "point")
MOSUL = Place("Mosul", 0, 5, "Mosul", 99072, "IRQ", "Nīnawá", "IQ-NI", 36.34, 43.13, None, "point")
SYRIAN_ARMY = Actor("warplanes", 0, 9, "Syrian government forces", "SYR", "MIL")
RUSSIA = Actor("Russian jets", 0, 12, "Russian government forces", "RUS", "MIL")
STRIKE = "killed when warplanes struck a crowded vegetable market in the town of Ariha in Idlib province"


def mention(article: str, *, n: int = 1, published: str = "2024-03-12", date: str | None = "2024-03-12",
            date_text: str | None = "on Tuesday", type: str = "ASSAULT", mode: str | None = "aerial",
            place: Place | None = ARIHA, actors: tuple[Actor, ...] = (SYRIAN_ARMY,), killed: int | None = None,
            qualifier: str = "exact", sentence: str = STRIKE, factuality: str = "asserted",
            outlet: str | None = None, duplicate_of: str | None = None, targets: tuple[Actor, ...] = (),
            main: bool = False) -> Mention:
    text = f"{killed} people were {sentence}." if killed is not None else f"People were {sentence}."
    count = None
    if killed is not None:
        figure = str(killed)
        count = Count(killed, qualifier, f"{figure} people", 0, len(figure) + 7)
    ev = Event(id=f"{article}#e{n}", type=type, trigger=Span("struck", 10, 16), sentence=Span(text, 0, len(text)),
               mode=mode, factuality=factuality, actors=list(actors), targets=list(targets), location=place, date=date,
               date_text=date_text, killed=count)
    return Mention(id=f"{article}#{ev.id}", article_id=article, outlet=outlet or f"Outlet {article}",
                   published=published, event=ev, duplicate_of=duplicate_of, main=main)


def fuse(*articles: list[Mention]) -> Fuser:
    fuser = Fuser()
    for mentions in articles:
        fuser.add(mentions)
    return fuser


def clusters(fuser: Fuser) -> set[frozenset[str]]:
    return {frozenset(m.id for m in ev.mentions) for ev in fuser.events.values()}


def only_event(fuser: Fuser):
    assert len(fuser.events) == 1, [[m.id for m in ev.mentions] for ev in fuser.events.values()]
    return next(iter(fuser.events.values()))


# --- clustering ------------------------------------------------------------------


def test_reports_of_one_strike_become_one_event():
    fuser = fuse([mention("a")], [mention("b", published="2024-03-13")], [mention("c", place=IDLIB)])
    ev = only_event(fuser)
    assert ev.n_articles == 3 and ev.n_sources == 3
    assert ev.location is not None and ev.location.name == "Arīḩā"  # the finer place Idlib province contains
    assert ev.support["location"] == 3


def test_different_places_dates_types_and_countries_stay_apart():
    fuser = fuse([mention("a")],
                 [mention("b", place=RAQQA, sentence="killed when a car bomb exploded at a checkpoint in Raqqa")],
                 [mention("c", date="2024-03-20", published="2024-03-20")],
                 [mention("d", type="PROTEST", mode="demo", actors=())],
                 [mention("e", place=MOSUL)])
    assert len(fuser.events) == 5


def test_an_announcement_is_not_the_event_it_announces():
    fuser = fuse([mention("a")], [mention("b", factuality="planned")])
    assert len(fuser.events) == 2


def test_two_mentions_of_one_article_never_join_one_event():
    fuser = fuse([mention("a"), mention("a", n=2)], [mention("b")])
    assert len(fuser.events) == 2
    for ev in fuser.events.values():
        assert len({m.article_id for m in ev.mentions}) == len(ev.mentions)
    # The second article joins one of them, not both.
    assert sum("b" in {m.article_id for m in ev.mentions} for ev in fuser.events.values()) == 1


def test_unplaced_report_joins_by_date_words_actor_and_toll():
    fuser = fuse([mention("a", killed=12)], [mention("b", place=None, killed=12)])
    only_event(fuser)


def test_compatible_type_joins_but_unrelated_type_does_not():
    fuser = fuse([mention("a", killed=5)], [mention("b", type="CRIME", mode=None, killed=5)],
                 [mention("c", type="AGREE", mode=None)])
    assert len(fuser.events) == 2


def test_a_main_event_prefers_the_event_other_reports_are_about():
    """Article a's extractor split one strike into two events (a's main, and a second one);
    they become twin fused events. b's main event joins a's main, not the twin, although
    the twin's target is a little closer."""
    army = Actor("the army", 0, 8, "Syrian Army", "SYR", "MIL")
    troops = Actor("government troops", 0, 17, "Syrian government forces", "SYR", "MIL")
    fuser = fuse([mention("a", main=True), mention("a", n=2, targets=(army,))],
                 [mention("b", main=True, targets=(troops,))])
    assert len(fuser.events) == 2
    assert fuser.event_of("b#b#e1") == fuser.event_of("a#a#e1")
    # Without the main-event flags the closer target decides.
    plain = fuse([mention("a"), mention("a", n=2, targets=(army,))], [mention("b", targets=(troops,))])
    assert plain.event_of("b#b#e1") == plain.event_of("a#a#e2")


def test_shared_evidence_adds_points_and_disagreement_takes_them_away():
    from eventwire.fuse.scoring import INSTRUMENT_POINTS, Profile, WordWeights, features, score

    def points(first: Mention, second: Mention) -> float:
        weights = WordWeights()
        profile = Profile(seq=0, group="reported")
        profile.absorb(features(first))
        for m in (first, second):
            weights.add(features(m).words)
        s = score(features(second), profile, weights)
        assert s is not None
        return s

    base = points(mention("a"), mention("b"))
    su34 = [Span("a Su-34 jet", 0, 11)]
    a, b = mention("a"), mention("b")
    a.event.instruments, b.event.instruments = su34, [Span("Su-34 aircraft", 0, 14)]
    assert points(a, b) == pytest.approx(base + INSTRUMENT_POINTS)
    assert points(mention("a"), mention("b", actors=(RUSSIA,))) < base  # a different perpetrator
    assert points(mention("a", killed=12), mention("b", killed=12)) > base
    assert points(mention("a", killed=2), mention("b", killed=40)) < base  # far-apart tolls
    assert points(mention("a"), mention("b", place=IDLIB)) < base  # a province says less than the town
    assert points(mention("a"), mention("b", place=MOSUL)) < base - 3  # another country: possible, unlikely
    # a doer the text only implies (an arrest's police) is no evidence either way: as if none were named
    implied = replace(RUSSIA, implied=True)
    unnamed = points(mention("a"), mention("b", actors=()))
    assert points(mention("a"), mention("b", actors=(implied,))) == pytest.approx(unnamed)
    assert unnamed > points(mention("a"), mention("b", actors=(RUSSIA,)))


def test_adding_a_mention_again_changes_nothing():
    fuser = fuse([mention("a")], [mention("b")])
    before = clusters(fuser)
    assert fuser.add([mention("b")]) == []
    assert clusters(fuser) == before


def test_add_returns_the_events_created_or_changed_only():
    fuser = fuse([mention("a")], [mention("x", place=RAQQA, sentence="car bomb at a checkpoint in Raqqa")])
    changed = fuser.add([mention("b")])
    assert [ev.id for ev in changed] == [fuser.event_of("a#a#e1")]
    assert changed[0].n_articles == 2


# --- ids and order -----------------------------------------------------------------


def test_event_id_comes_from_the_first_mention_and_never_changes():
    fuser = fuse([mention("a")])
    (event_id,) = fuser.events
    assert event_id == "ev-" + hashlib.sha1(b"a#a#e1").hexdigest()[:12]
    fuser.add([mention("b")])
    fuser.add([mention("c", killed=20, published="2024-03-15")])
    assert list(fuser.events) == [event_id]
    assert fuse([mention("a")], [mention("b")]).events.keys() == {event_id}


def corpus() -> list[list[Mention]]:
    """Ten articles on three incidents, with an unrelated secondary event in some."""
    raqqa = dict(place=RAQQA, mode="explosives", actors=(), sentence="killed when a car bomb exploded at an SDF "
                 "checkpoint at the western entrance of Raqqa", date="2024-03-16", date_text="late on Saturday")
    return [
        [mention("a1", killed=12, qualifier="at_least"), mention("a1", n=2, type="ACCUSE", mode=None, place=None)],
        [mention("a2", published="2024-03-13", killed=15, actors=(RUSSIA,))],
        [mention("a3", place=IDLIB, actors=())],
        [mention("b1", published="2024-03-17", killed=7, **raqqa)],  # type: ignore[arg-type]
        [mention("b2", published="2024-03-17", killed=9, qualifier="at_least", **raqqa)],  # type: ignore[arg-type]
        [mention("a4", published="2024-03-15", killed=21, place=None)],
        [mention("b3", published="2024-03-18", killed=11, **raqqa),  # type: ignore[arg-type]
         mention("b3", n=2, type="MOBILIZE", mode="troops", factuality="planned", place=RAQQA)],
        [mention("c1", published="2024-03-20", date="2024-03-20", place=MOSUL, type="COERCE", mode="arrest",
                 sentence="six Islamic State suspects were arrested in western Mosul")],
        [mention("c2", published="2024-03-21", date="2024-03-20", place=MOSUL, type="COERCE", mode="arrest",
                 sentence="security forces arrested six suspected Islamic State members in Mosul")],
        [mention("a5", published="2024-03-13", outlet="Outlet a1", duplicate_of="a1", killed=12,
                 qualifier="at_least")],
    ]


def test_the_hand_made_corpus_clusters_into_its_incidents():
    fuser = fuse(*corpus())
    by_article = {}
    for ev in fuser.events.values():
        for m in ev.mentions:
            by_article.setdefault(m.article_id, set()).add(ev.id)
    ariha = fuser.event_of("a1#a1#e1")
    assert all(fuser.event_of(f"{a}#{a}#e1") == ariha for a in ("a2", "a3", "a4", "a5"))
    raqqa = fuser.event_of("b1#b1#e1")
    assert fuser.event_of("b2#b2#e1") == raqqa == fuser.event_of("b3#b3#e1") != ariha
    assert fuser.event_of("c1#c1#e1") == fuser.event_of("c2#c2#e1") not in (ariha, raqqa)
    assert len(fuser.events) == 5  # plus the accusation and the planned deployment


def test_incremental_add_equals_batch_add():
    articles = corpus()
    one_by_one = fuse(*articles)
    batch = Fuser()
    batch.add([m for mentions in articles for m in mentions])
    assert clusters(batch) == clusters(one_by_one)
    assert batch.events.keys() == one_by_one.events.keys()
    assert [asdict(ev) for ev in batch.events.values()] == [asdict(ev) for ev in one_by_one.events.values()]


def test_a_fuser_rebuilt_from_stored_events_goes_on_as_before():
    articles = corpus()
    continuous = fuse(*articles)
    first = fuse(*articles[:5])
    resumed = Fuser(first.events.values())
    for mentions in articles[5:]:
        resumed.add(mentions)
    assert clusters(resumed) == clusters(continuous)
    assert resumed.events.keys() == continuous.events.keys()


# --- article-level evidence (fuse.articles) --------------------------------------------


def test_a_place_abroad_in_an_article_about_elsewhere_counts_as_no_place():
    """b's main event was geocoded to Mosul, but the rest of b is in Syria: the misread
    place is left out, not held against a's Ariha event."""
    a = [mention("a", main=True, killed=12)]
    b_alone = [mention("b", main=True, killed=12, place=MOSUL, sentence="jets bombed a crowded square, rescuers said")]
    b_in_syria = b_alone + [mention("b", n=2, type="ACCUSE", mode=None, place=RAQQA,
                                    sentence="the opposition accused the government")]
    assert fuse(a, b_in_syria).event_of("b#b#e1") == fuse(a, b_in_syria).event_of("a#a#e1")
    apart = fuse(a, b_alone)  # an article that is all about Iraq keeps its place
    assert apart.event_of("b#b#e1") != apart.event_of("a#a#e1")


def test_article_country_votes_by_place_precision_and_people():
    from eventwire.fuse.articles import article_country

    assert article_country([mention("a", place=MOSUL, actors=()), mention("a", n=2, place=ARIHA, actors=())]) is None
    assert article_country([mention("a", place=MOSUL, actors=()), mention("a", n=2, place=ARIHA)]) == "SYR"
    assert article_country([mention("a", place=MOSUL, actors=()), mention("a", n=2, place=IDLIB)]) == "IRQ"
    assert article_country([mention("a", place=None, actors=(RUSSIA,))]) == "RUS"
    assert article_country([mention("a", place=None, actors=())]) is None


def test_same_incident_needs_agreeing_day_place_and_toll_or_one_sentence():
    from eventwire.fuse.articles import same_incident

    main = mention("a", main=True, killed=12)
    assert same_incident(main, mention("a", n=2, killed=13, sentence="warplanes hit Ariha"), "SYR")
    assert same_incident(mention("a", main=True), mention("a", n=2, place=None), "SYR")  # one sentence split in two
    assert same_incident(main, mention("a", n=2, killed=12, place=MOSUL), "SYR")  # a doubtful place says nothing
    assert not same_incident(main, mention("a", n=2, killed=12, place=MOSUL), None)
    assert not same_incident(main, mention("a", n=2, killed=40, sentence="warplanes hit Ariha"), "SYR")
    assert not same_incident(main, mention("a", n=2, sentence="warplanes hit Ariha"), "SYR")  # no toll to compare
    assert not same_incident(main, mention("a", n=2, killed=12, place=RAQQA), "SYR")
    assert not same_incident(main, mention("a", n=2, killed=12, date="2024-03-09"), "SYR")
    assert not same_incident(main, mention("a", n=2, type="AGREE", mode=None), "SYR")


def test_lead_words_keep_figures_of_two_digits_or_more():
    from eventwire.fuse.articles import lead_words

    words = lead_words(["At least 12 people were killed and 3 wounded in Ariha on 12.03.2024"])
    assert {"#12", "killed", "wounded", "ariha"} <= words
    assert "#3" not in words and "#2024" not in words  # single digits; parts of a dotted date


def test_a_main_event_joins_the_event_reports_are_about_over_a_passing_mention():
    """a's main event (Idlib province, no toll) and its passing mention of the Ariha strike
    (town, toll) become two events. b's main event matches the passing mention better, but
    a report's main event is about a's main event: it joins that one, where it can."""
    a = [mention("a", main=True, place=IDLIB, actors=()),
         mention("a", n=2, killed=12, sentence="a strike on the market of Ariha killed civilians")]
    b = [mention("b", main=True, killed=12, sentence="a strike on the market of Ariha killed civilians")]
    fuser = fuse(a, b)
    assert fuser.event_of("a#a#e1") != fuser.event_of("a#a#e2")
    assert fuser.event_of("b#b#e1") == fuser.event_of("a#a#e1")
    plain = fuse([replace(m, main=False) for m in a], [replace(m, main=False) for m in b])
    assert plain.event_of("b#b#e1") == plain.event_of("a#a#e2")


def test_a_main_event_naming_another_perpetrator_keeps_to_the_passing_mention_it_matches():
    """As above, but a's passing mention and b are about Russian jets, a's main event about the
    Syrian army: b does not prefer a's main event; it joins the incident it matches."""
    a = [mention("a", main=True, place=IDLIB),
         mention("a", n=2, killed=12, actors=(RUSSIA,), sentence="a strike on the market of Ariha killed civilians")]
    b = [mention("b", main=True, killed=12, actors=(RUSSIA,), sentence="a strike on the market of Ariha killed civilians")]
    fuser = fuse(a, b)
    assert fuser.event_of("b#b#e1") == fuser.event_of("a#a#e2") != fuser.event_of("a#a#e1")


def test_a_main_event_is_placed_by_the_best_mention_of_its_incident():
    """b's main event says little (no place, actor, mode; other words), but the event it was
    split from in the same article (same toll) names the town: together they find a's event."""
    a = [mention("a", main=True, killed=12)]
    weak = mention("b", main=True, killed=12, place=None, actors=(), mode=None,
                   sentence="twelve dead in a morning of violence")
    twin = mention("b", n=2, killed=12, sentence="jets bombed the Friday bazaar")
    assert fuse(a, [weak, twin]).event_of("b#b#e1") == fuse(a, [weak, twin]).event_of("a#a#e1")
    alone = fuse(a, [weak])
    assert alone.event_of("b#b#e1") != alone.event_of("a#a#e1")


def test_reports_that_open_alike_join_where_their_main_sentences_differ():
    """Two main events with no place and different sentences; the articles' openings
    share their distinctive words and figures."""
    opening = "Rescuers pulled 17 bodies from the rubble of the Zafaraniya bakery after the raid"
    a = [mention("a", main=True, place=None, mode=None, sentence="the toll from the bakery raid rose"),
         mention("a", n=2, type="AID", mode=None, place=None, actors=(), sentence=opening)]
    b = [mention("b", main=True, place=None, mode=None, sentence="jets struck a queue of people buying bread"),
         mention("b", n=2, type="AID", mode=None, place=None, actors=(), sentence=opening + " on Tuesday")]
    other = [mention("b", main=True, place=None, mode=None, sentence="jets struck a queue of people buying bread"),
             mention("b", n=2, type="AID", mode=None, place=None, actors=(),
                     sentence="The United Nations envoy called for a ceasefire in the north")]
    assert fuse(a, b).event_of("b#b#e1") == fuse(a, b).event_of("a#a#e1")
    apart = fuse(a, other)
    assert apart.event_of("b#b#e1") != apart.event_of("a#a#e1")


def test_lead_points_start_above_what_any_two_reports_share():
    from eventwire.fuse.cluster import LEAD_FLOOR, LEAD_FULL, LEAD_POINTS, lead_points

    assert 0 < LEAD_FLOOR < LEAD_FULL
    assert lead_points(0.0) == lead_points(LEAD_FLOOR) == 0.0
    assert 0 < lead_points((LEAD_FLOOR + LEAD_FULL) / 2) < LEAD_POINTS
    assert lead_points(LEAD_FULL) == lead_points(1.0) == LEAD_POINTS


def test_an_undated_report_published_the_day_after_loses_nothing_for_the_day():
    from eventwire.fuse.scoring import Profile, WordWeights, features, score

    weights = WordWeights()
    profile = Profile(seq=0, group="reported")
    first = mention("a")  # states Tuesday 2024-03-12
    profile.absorb(features(first))
    next_day = mention("b", date="2024-03-13", date_text=None, published="2024-03-13")  # carried
    same_day = mention("c", date="2024-03-12", date_text=None, published="2024-03-12")
    stated_next_day = mention("d", date="2024-03-13", date_text="on Wednesday", published="2024-03-13")
    for m in (first, next_day, same_day, stated_next_day):
        weights.add(features(m).words)
    s = {m.article_id: score(features(m), profile, weights) for m in (next_day, same_day, stated_next_day)}
    assert s["b"] == pytest.approx(s["c"]) and s["d"] < s["c"]


def test_a_fuser_rebuilt_from_stored_events_keeps_the_article_evidence():
    """Leads and countries come from all of an article's mentions, wherever they were
    fused: a rebuilt fuser must place the next articles as the running one does."""
    opening = "Rescuers pulled 17 bodies from the rubble of the Zafaraniya bakery after the raid"
    a = [mention("a", main=True, place=None, mode=None, sentence="the toll from the bakery raid rose"),
         mention("a", n=2, type="AID", mode=None, place=None, actors=(), sentence=opening)]
    b = [mention("b", main=True, place=None, mode=None, sentence="jets struck a queue of people buying bread"),
         mention("b", n=2, type="AID", mode=None, place=None, actors=(), sentence=opening + " on Tuesday")]
    c = [mention("c", main=True, killed=12)]
    d = [mention("d", main=True, killed=12, place=MOSUL, sentence="jets bombed a crowded square, rescuers said"),
         mention("d", n=2, type="ACCUSE", mode=None, place=RAQQA, sentence="the opposition accused the government")]
    continuous = fuse(a, c, b, d)
    resumed = Fuser(fuse(a, c).events.values())
    resumed.add(b)
    resumed.add(d)
    assert clusters(resumed) == clusters(continuous)
    assert continuous.event_of("b#b#e1") == continuous.event_of("a#a#e1")
    assert continuous.event_of("d#d#e1") == continuous.event_of("c#c#e1")


# --- consensus and independence ------------------------------------------------------


def test_syndicated_copies_are_not_independent_sources():
    original = mention("orig", killed=12, outlet="Levant Wire")
    copy1 = mention("copy1", killed=12, outlet="Gulf Observer", published="2024-03-13", duplicate_of="orig")
    copy2 = mention("copy2", killed=12, outlet="Cedar Dispatch", published="2024-03-13", duplicate_of="orig")
    other = mention("other", killed=15, outlet="Northern Monitor", published="2024-03-13")
    ev = only_event(fuse([original], [copy1], [copy2], [other]))
    assert ev.n_articles == 4 and ev.n_sources == 2
    assert ev.outlets == ["Levant Wire", "Gulf Observer", "Cedar Dispatch", "Northern Monitor"]
    # Three articles say 12, but they are one source: 12 and 15 have one source each.
    assert ev.support["killed"] == 1
    (killed,) = [c for c in ev.conflicts if c.field == "killed"]
    assert [c.article_id for c in killed.claims] == ["orig", "other"]


def test_a_copy_whose_original_is_absent_still_counts_once():
    ev = only_event(fuse([mention("copy", duplicate_of="elsewhere")], [mention("b")]))
    assert ev.n_sources == 2 and ev.n_articles == 2


def test_consensus_takes_the_value_most_sources_give():
    ev = only_event(fuse([mention("a", killed=12)], [mention("b", killed=12)],
                         [mention("c", killed=30, actors=(RUSSIA,))]))
    assert ev.killed == 12 and ev.support["killed"] == 2
    assert [a.name for a in ev.actors] == ["Syrian government forces"] and ev.support["actors"] == 2
    assert ev.type == "ASSAULT" and ev.support["type"] == 3
    assert (ev.first_reported, ev.last_reported) == ("2024-03-12", "2024-03-12")


def test_an_implied_doer_never_outvotes_a_named_one_but_stands_where_none_is_named():
    police = Actor("arrested", 0, 8, "Syrian police", "SYR", "COP", implied=True)
    ev = only_event(fuse([mention("a", actors=(police,))], [mention("b", actors=(police,))], [mention("c")]))
    assert [a.name for a in ev.actors] == ["Syrian government forces"] and ev.support["actors"] == 1
    ev = only_event(fuse([mention("a", actors=(police,))], [mention("b", actors=(police,))]))
    assert [a.name for a in ev.actors] == ["Syrian police"] and ev.support["actors"] == 2


def test_an_implied_doer_is_no_side_of_an_actor_conflict():
    from eventwire.fuse.conflicts import find_conflicts

    police = Actor("arrested", 0, 8, "Syrian police", "SYR", "COP", implied=True)

    def actor_conflicts(doer: Actor) -> list:
        return [c for c in find_conflicts([mention("a", actors=(doer,)), mention("b", actors=(RUSSIA,))])
                if c.field == "actor"]

    assert actor_conflicts(police) == []
    assert actor_conflicts(replace(police, implied=False))  # named, the same police disagree with Russia


def test_consensus_date_prefers_dates_the_reports_state():
    ev = only_event(fuse([mention("a", date="2024-03-13", date_text=None, published="2024-03-13")],
                         [mention("b", published="2024-03-13")]))
    assert ev.date == "2024-03-12" and ev.support["date"] == 1


# --- conflicts ---------------------------------------------------------------------


def test_a_toll_that_rises_in_later_reports_is_a_rising_toll():
    ev = only_event(fuse([mention("a", killed=12, qualifier="at_least", outlet="Levant Wire")],
                         [mention("b", killed=15, published="2024-03-13", outlet="Northern Monitor")],
                         [mention("c", killed=21, published="2024-03-15", outlet="Crescent Post")]))
    (c,) = [c for c in ev.conflicts if c.field == "killed"]
    assert c.kind == "rising_toll"
    assert c.summary == ("killed: at least 12 (Levant Wire, 2024-03-12) -> 15 (Northern Monitor, 2024-03-13) "
                         "-> 21 (Crescent Post, 2024-03-15); range 12-21")
    assert [cl.value for cl in c.claims] == [{"value": 12, "qualifier": "at_least"},
                                            {"value": 15, "qualifier": "exact"}, {"value": 21, "qualifier": "exact"}]
    for claim in c.claims:  # evidence is the figure's own span in its article
        assert claim.evidence.text == f"{claim.value['value']} people"
    assert ev.killed == 21  # one source each: the latest toll


def test_different_tolls_on_the_same_day_contradict():
    ev = only_event(fuse([mention("a", killed=7)], [mention("b", killed=9)]))
    (c,) = [c for c in ev.conflicts if c.field == "killed"]
    assert c.kind == "contradiction" and " vs " in c.summary and c.summary.endswith("range 7-9")


def test_a_later_lower_toll_contradicts():
    ev = only_event(fuse([mention("a", killed=10)], [mention("b", killed=8, published="2024-03-13")]))
    (c,) = [c for c in ev.conflicts if c.field == "killed"]
    assert c.kind == "contradiction"


def test_figures_compatible_under_their_qualifiers_are_no_conflict():
    ev = only_event(fuse([mention("a", killed=40, qualifier="at_least")], [mention("b", killed=43)],
                         [mention("c", killed=42, qualifier="about", published="2024-03-13")]))
    assert not [c for c in ev.conflicts if c.field == "killed"]
    assert ev.support["killed"] == 3


@pytest.mark.parametrize("a, b, expected", [
    ((40, "at_least"), (43, "exact"), True),
    ((40, "exact"), (43, "exact"), False),
    ((12, "at_least"), (15, "exact"), False),  # a rise, not the same statement
    ((20, "more_than"), (21, "exact"), True),
    ((20, "more_than"), (20, "exact"), False),
    ((100, "about"), (110, "exact"), True),
    ((60, "up_to"), (40, "about"), False),
    ((60, "up_to"), (57, "exact"), True),
])
def test_figure_compatibility(a, b, expected):
    ca, cb = Count(a[0], a[1], "", 0, 0), Count(b[0], b[1], "", 0, 0)
    assert compatible(ca, cb) is expected and compatible(cb, ca) is expected


def test_different_perpetrators_are_a_conflict_with_evidence():
    ev = only_event(fuse([mention("a", killed=12, outlet="Levant Wire")],
                         [mention("b", killed=12, actors=(RUSSIA,), outlet="Northern Monitor")]))
    (c,) = [c for c in ev.conflicts if c.field == "actor"]
    assert c.kind == "contradiction"
    assert [cl.value for cl in c.claims] == [["Syrian government forces"], ["Russian government forces"]]
    assert all(cl.evidence.text.startswith("12 people were killed") for cl in c.claims)
    assert "Syrian government forces (Levant Wire" in c.summary and " vs " in c.summary


def test_the_same_state_under_two_names_is_no_conflict():
    syria = Actor("Syria", 0, 5, "Syria", "SYR", None)
    ev = only_event(fuse([mention("a")], [mention("b", actors=(syria,))]))
    assert not [c for c in ev.conflicts if c.field == "actor"]


def test_different_stated_dates_are_a_conflict():
    ev = only_event(fuse([mention("a", killed=3)], [mention("b", killed=3, date="2024-03-13",
                                                            date_text="on Wednesday", published="2024-03-13")]))
    (c,) = [c for c in ev.conflicts if c.field == "date"]
    assert [cl.value for cl in c.claims] == ["2024-03-12", "2024-03-13"]


def test_a_province_does_not_conflict_with_a_town_in_it():
    ev = only_event(fuse([mention("a")], [mention("b", place=IDLIB)]))
    assert not [c for c in ev.conflicts if c.field == "place"]


def test_towns_of_one_province_far_apart_are_a_place_conflict():
    saraqib = Place("Saraqib", 0, 7, "Sarāqib", 163270, "SYR", "Idlib", "SY-ID", 35.86, 36.80, None, "point")
    harem = Place("Harem", 0, 5, "Ḩārim", 169945, "SYR", "Idlib", "SY-ID", 36.21, 36.52, None, "point")
    ev = only_event(fuse([mention("a", place=saraqib, killed=5)], [mention("b", place=harem, killed=5)]))
    (c,) = [c for c in ev.conflicts if c.field == "place"]
    assert {cl.value for cl in c.claims} == {"Sarāqib, Idlib, SYR", "Ḩārim, Idlib, SYR"}


# --- records ----------------------------------------------------------------------


def test_mentions_from_result_rebuilds_events_and_puts_the_main_event_first():
    first = mention("x").event
    second = replace(mention("x", n=2, type="ACCUSE", mode=None).event)
    result = {"id": "x", "source": "Levant Wire", "published": "2024-03-12", "main_event": 1,
              "events": [asdict(first), asdict(second)], "text": "…"}
    ms = mentions_from_result(ArticleResult.from_dict(result))
    assert [m.id for m in ms] == ["x#x#e2", "x#x#e1"]
    assert [m.main for m in ms] == [True, False]
    assert ms[0].event == second and ms[1].event == first
    assert all(m.outlet == "Levant Wire" and m.published == "2024-03-12" and m.article_id == "x" for m in ms)


def test_output_contract_round_trips_through_the_model(sample_results):
    n = 0
    for result in sample_results:
        assert ArticleResult.from_dict(result).to_dict() == result
        for d in result["events"]:
            assert asdict(from_dict(Event, d)) == d
            n += 1
    assert n > 30
    # one place shape: article places and event locations carry both feature and precision
    places = [p for r in sample_results for p in r["places"]] + \
        [e["location"] for r in sample_results for e in r["events"] if e["location"]]
    assert places and all({"feature", "precision"} <= set(p) for p in places)


def test_force_on_a_protest_and_the_protest_are_compared_side_to_side():
    # the coercer is the protest's target, the coerced its protesters: agreement, not a clash
    from eventwire.fuse.scoring import ACTOR_POINTS, TARGET_POINTS, Profile, features, score
    from eventwire.fuse.similarity import WordWeights

    hts = Actor("HTS forces", 0, 10, "Hayat Tahrir al-Sham", "SYR", "REB")
    crowd = Actor("protesters", 0, 10, "Syrian civilians", "SYR", "CVL")
    protest = features(mention("a", type="PROTEST", mode=None, actors=(crowd,), targets=(hts,),
                               sentence="thousands protested against HTS in Ariha"))
    profile = Profile(seq=0, group=protest.group)
    profile.absorb(protest)
    crackdown = mention("b", type="COERCE", mode=None, actors=(hts,), targets=(crowd,),
                        sentence="HTS forces broke up the rally and detained dozens")
    swapped = replace(crackdown, event=replace(crackdown.event, actors=[crowd], targets=[hts]))
    gain = ACTOR_POINTS[1.0] + TARGET_POINTS[1.0] - ACTOR_POINTS[0.0] - TARGET_POINTS[0.0]
    assert score(features(crackdown), profile, WordWeights()) - score(features(swapped), profile, WordWeights()) \
        == pytest.approx(gain)


def test_a_crackdown_fused_with_its_protest_reads_its_parties_from_the_other_side():
    hts = Actor("HTS forces", 0, 10, "Hayat Tahrir al-Sham", "SYR", "REB")
    crowd = Actor("protesters", 0, 10, "Syrian civilians", "SYR", "CVL")
    fuser = fuse([mention("a", type="PROTEST", mode=None, actors=(crowd,), targets=(hts,), main=True,
                          sentence="thousands protested against HTS in Ariha")],
                 [mention("b", type="PROTEST", mode=None, actors=(crowd,), targets=(hts,), main=True,
                          sentence="thousands protested against HTS in Ariha on Tuesday")],
                 [mention("c", type="COERCE", mode=None, actors=(hts,), targets=(crowd,), main=True,
                          sentence="HTS forces broke up the protest in Ariha and detained dozens")])
    ev = only_event(fuser)
    assert ev.type == "PROTEST" and [a.name for a in ev.actors] == ["Syrian civilians"]
    assert not [c for c in ev.conflicts if c.field in ("actor", "target")]
