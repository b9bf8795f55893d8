"""Property tests: the pipeline never crashes and every span is honest evidence."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.model import Article, ArticleResult, RecordError
from eventwire.pipeline import process

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large])

ACTORS = ["Government forces", "Russian warplanes", "Islamic State militants", "The Syrian army", "Rebels",
          "Turkish troops", "Police", "Unidentified gunmen", "The United States", "France", "Hezbollah",
          "Houthi fighters", "The SDF", "Protesters", "Prime Minister David Moore", "The UN", "it", "They"]
VERBS = ["attacked", "shelled", "bombed", "struck", "killed", "arrested", "raided", "fired rockets at",
         "carried out air strikes on", "besieged", "withdrew from", "protested in", "sent troops to",
         "sent aid to", "will attack", "plans to strike", "denied attacking", "did not attack",
         "promised to help", "appealed to the EU for", "condemned the attack on", "met officials in"]
PLACES = ["Raqqa", "Aleppo", "Deir ez-Zor", "Idlib province", "Homs", "Mosul", "Taiz", "Beirut", "Paris",
          "the town of Saraqib", "eastern Ghouta", "the village", "Ar-Raqqah", "Damascus", "Hama countryside"]
WHEN = ["on Monday", "on Tuesday", "late on Saturday", "last week", "on March 3", "on 14 February 2015",
        "yesterday", "two days after the attack", "in 2015", "early on Sunday", ""]
CASUALTIES = ["killing at least {n} people", "leaving {n} dead", "wounding {n}", "killing {w} civilians",
              "the death toll rose to {n}", "killing more than {n} fighters, including {w} children", ""]
SOURCES = ["Reuters reported", "according to the Syrian Observatory", "state media said", "Le Mond said",
           "a monitor said", "witnesses said", "officials told AFP", ""]
NUMWORDS = ["two", "three", "five", "a dozen", "twenty-five", "seven"]
# Every generated sentence opens with function words, so the text is unmistakably English.
OPENERS = ["On the same day, ", "In a separate incident, ", "It was reported that ", "At the same time, ",
           "Earlier in the week, ", "According to the latest reports, "]


@st.composite
def sentences(draw) -> str:
    actor = draw(st.sampled_from(ACTORS))
    verb = draw(st.sampled_from(VERBS))
    place = draw(st.sampled_from(PLACES))
    when = draw(st.sampled_from(WHEN))
    cas = draw(st.sampled_from(CASUALTIES)).format(n=draw(st.integers(1, 3000)), w=draw(st.sampled_from(NUMWORDS)))
    src = draw(st.sampled_from(SOURCES))
    opener = draw(st.sampled_from(OPENERS))
    parts = [f"{opener}{actor} {verb} {place}", when]
    s = " ".join(p for p in parts if p)
    if cas:
        s += ", " + cas
    if src:
        s += ", " + src
    s += "."
    if draw(st.booleans()):
        speaker = draw(st.sampled_from(["the minister said", "Moore told reporters", "a statement read",
                                        "said Omar Haddad, a resident", "the statement further said"]))
        quote = draw(st.sampled_from(["We will not stand aside while our people are killed",
                                      "The shelling has not stopped for three days",
                                      "Both targets were hit and destroyed",
                                      "We are asking our allies for aircraft"]))
        s = draw(st.sampled_from([f"“{quote},” {speaker}.", f"\"{quote},\" {speaker}.", f"{s} “{quote}.”",
                                  s]))
    return s


@st.composite
def articles(draw) -> str:
    n = draw(st.integers(1, 6))
    sents = [draw(sentences()) for _ in range(n)]
    if draw(st.booleans()):
        city = draw(st.sampled_from(["BEIRUT", "DAMASCUS", "IDLIB", "AMMAN"]))
        sents[0] = f"{city}, March {draw(st.integers(1, 28))} (Reuters) – " + sents[0]
    sep = draw(st.sampled_from([" ", "\n", "\n\n", "  "]))
    return sep.join(sents)


published_dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))
                            .map(lambda d: d.isoformat()))


def check_spans(text: str, res: ArticleResult) -> None:
    def ok(obj, label):
        assert 0 <= obj.start <= obj.end <= len(text), (label, obj)
        assert text[obj.start:obj.end] == obj.text, (label, obj, text[obj.start:obj.end])

    for ev in res.events:
        ok(ev.trigger, "trigger")
        ok(ev.sentence, "sentence")
        assert ev.sentence.start <= ev.trigger.start and ev.trigger.end <= ev.sentence.end
        for f in ("actors", "targets", "instruments", "reported_by"):
            for s in getattr(ev, f):
                ok(s, f)
        for f in ("location", "killed", "injured"):
            if getattr(ev, f) is not None:
                ok(getattr(ev, f), f)
        if ev.date is not None:
            dt.date.fromisoformat(ev.date)
    for q in res.quotes:
        ok(q, "quote")
        if q.speaker is not None:
            ok(q.speaker, "speaker")
    for s in res.cited_sources:
        ok(s, "cited_source")
    for p in res.places:
        ok(p, "place")
    if res.events:
        assert res.main_event is not None and 0 <= res.main_event < len(res.events)
    else:
        assert res.main_event is None
    assert len({e.id for e in res.events}) == len(res.events)


def run(text: str, published: str | None):
    out = process(Article(id="prop", text=text, published=published))
    assert isinstance(out, (ArticleResult, RecordError))
    # a RecordError is fine for text that is not English, never for a crash inside a component
    if isinstance(out, RecordError):
        assert out.code != "E201", f"pipeline crashed: {out}"
        assert out.code == "E111", out
    else:
        assert out.to_dict()["text"] == text
        check_spans(text, out)
    return out


@SETTINGS
@given(text=st.text(max_size=400), published=published_dates)
def test_arbitrary_unicode_never_crashes(warm, text, published):
    run(text, published)


@SETTINGS
@given(text=st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Z", "S", "Cc"]),
                    min_size=1, max_size=300),
       published=published_dates)
def test_arbitrary_text_with_controls_never_crashes(warm, text, published):
    run(text, published)


@SETTINGS
@given(text=articles(), published=published_dates)
def test_article_like_text_spans_are_evidence(warm, text, published):
    out = run(text, published)
    assert isinstance(out, ArticleResult), out  # these texts are English


@SETTINGS
@given(text=articles())
def test_article_like_text_with_publication_date_dates_events(warm, text):
    out = run(text, "2015-11-17")
    assert isinstance(out, ArticleResult)
    for ev in out.events:
        assert ev.date is not None, (ev.trigger, text)
