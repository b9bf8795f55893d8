"""Which extracted events a report does not tell as events of its own (issue 13: noise).

After the incident folds, an article still holds mentions that no reader would list as one of
its events: a word used in another sense ("asked to call the sheriff", "plans call for a hotel"),
a second mention of an incident the folds left apart, an aside of a quote. Each event is scored
by a logistic model over the cues below, learned on the tune half of the record gold
(`benchmarks/train_event_filter.py`, which writes the model and its cross-validation figures to
`data/event_filter.json` and `docs/benchmarks/event_filter.md`); an event below the model's
threshold is dropped. The main event is never dropped: the article is about it.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..model import BACKGROUND, Event, EventType, Sector
from .arguments import clause_depth
from .events import Draft
from .incident_coref import UNREALISED, cannot_link
from .logistic import LogisticModel, read_model
from .merge import names_agree

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "event_filter.json"

# Sentence positions past this say nothing more: a report's later paragraphs are asides alike.
MAX_POSITION = 10
# Article lengths in events past this say nothing more: a long list is mostly asides either way.
MAX_EVENTS = 10
# Clause depths past this say nothing more (see `clause_depth`).
MAX_DEPTH = 4
# Told other than as done: each its own cue.
_MODES = ("negated", "denied", "hypothetical", "planned", "claimed")

# The cues of one event, in the model's order, each with why it bears on "an event of its own".
EVENT_FEATURES = (
    # the kind of act: a report's asides are statements and appeals more often than attacks
    *(f"type_{t.value}" for t in EventType),
    # told as not done, denied, supposed, planned or claimed
    *(f"mode_{m}" for m in _MODES),
    "background",  # recalled, not reported: real, but often a running total or a stock phrase
    "has_actor",  # someone does it
    "has_target",  # it is done to someone
    "fine_place",  # a town or site, not only a country
    "toll",  # people killed or injured
    "stated_date",  # the text gives its day
    "main_type",  # the same kind of act as the main event: often the incident again
    "main_sentence",  # in the main event's sentence: often a sub-act of it
    "shares_sentence",  # its sentence holds another event
    # an earlier event it may be one incident with (`incident_coref.cannot_link` allows it) ...
    "repeats_type",  # ... is of its kind: often the same incident again
    "repeats_word",  # ... has its trigger word
    # no earlier act of its sentence by the same parties, done (or planned) alike: else often a sub-act
    # of it ("fired, killing"); another party's act or a plan is an act of its own
    "first_in_sentence",
    "lead",  # the headline or first sentence
    "position",  # how far down the report (capped at MAX_POSITION sentences)
    "events_in_article",  # a long list of events: more of them asides (capped at MAX_EVENTS)
    "depth",  # clauses it is embedded in (capped at MAX_DEPTH): asides sit low in their sentence
    "noun_trigger",  # named by a noun ("the attack"), not told by a verb
    # its sentence names a place or a people ("in Aleppo", "Syrian"): news of an event says where
    # and whose; an aside or a word in another sense seldom does
    "sentence_place",
    "sentence_time",  # its sentence says when ("on Tuesday", "at 10 p.m."): news of an event does
)
# Entity labels that name a place or a people, and those that name a time (spaCy's NER)
PLACE_OR_PEOPLE_ENTS = frozenset(("GPE", "LOC", "NORP"))
TIME_ENTS = frozenset(("DATE", "TIME"))


# A logistic model over EVENT_FEATURES and the probability below which an event is dropped.
FilterModel = LogisticModel


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> LogisticModel:
    """The trained model; its feature names must be EVENT_FEATURES, in order."""
    return read_model(path, EVENT_FEATURES)


def _word(d: Draft) -> str:
    return d.sent.doc[d.hit.head].lemma_.lower()


def event_features(drafts: list[Draft], main: int | None, i: int) -> list[float]:
    """EVENT_FEATURES of `drafts[i]` among the article's events."""
    d, ev = drafts[i], drafts[i].event
    m = drafts[main] if main is not None else None
    same_sentence = [x for x in drafts if x.sent.start == d.sent.start]
    head = d.sent.doc[d.hit.head]
    # what the text says is another incident does not repeat it: other doers, another day, a plan
    earlier = [x for x in drafts[:i] if not cannot_link(x, d)]
    # an act of its sentence by other parties, or one done where it is planned, is another act
    sentence_kin = [x for x in drafts[:i] if names_agree(x, d)
                    and (x.event.factuality in UNREALISED) == (ev.factuality in UNREALISED)]
    labels = {e.label_ for e in d.sent.ents}
    values = (
        *(ev.type == t for t in EventType),
        *(ev.factuality == mode for mode in _MODES),
        BACKGROUND in ev.context,
        bool(ev.actors),
        bool(ev.targets),
        bool(ev.location and ev.location.precision not in ("country", "region")),
        bool(ev.killed or ev.injured),
        bool(ev.date_text),
        m is not None and m.event.type == ev.type,
        m is not None and m.sent.start == d.sent.start,
        len(same_sentence) > 1,
        any(x.event.type == ev.type for x in earlier),
        any(_word(x) == _word(d) for x in earlier),
        not any(x.sent.start == d.sent.start for x in sentence_kin),
        d.sent_index == 0,
        min(d.sent_index, MAX_POSITION) / MAX_POSITION,
        min(len(drafts), MAX_EVENTS) / MAX_EVENTS,
        min(clause_depth(head), MAX_DEPTH) / MAX_DEPTH,
        head.pos_ in ("NOUN", "PROPN"),
        bool(labels & PLACE_OR_PEOPLE_ENTS),
        bool(labels & TIME_ENTS),
    )
    return [float(v) for v in values]


def real_event_probabilities(drafts: list[Draft], main: int | None, model: FilterModel | None = None) -> list[float]:
    """Each event's probability of being an event the report tells as its own, and not a
    repeat of one told before (the model's reading; it is also the event's `confidence`)."""
    model = model or load_model()
    return [model.probability(event_features(drafts, main, i)) for i in range(len(drafts))]


# Pronouns stand for someone named elsewhere, who may well be an official ("his talks" of Netanyahu)
PERSONAL_PRONOUNS = frozenset("i me my we us our you your he him his she her it its they them their".split())
# Words of a name that make it no private person's ("the Sunny Meadow Parent Teacher Organization")
BODY_WORDS = frozenset("""council committee board organization organisation association club group party union
department office agency ministry court commission assembly authority government""".split())


def _private_person(a) -> bool:
    """Is the doer a private person: a civilian, or a person named by a name the lexicon does not
    know ("Brandyberry", "Barry Smith")? A description ("the council", "ministerial representatives",
    "The CEOs"), an acronym ("COAS"), a body's name or a pronoun may be an official or a party."""
    if a.sector == Sector.CVL:
        return True
    words = a.text.split()
    return a.sector is None and 0 < len(words) <= MAX_NAME_WORDS and a.text.lower() not in PERSONAL_PRONOUNS \
        and all(w[:1].isupper() and not w.isupper() and not w.endswith(("'s", "’s")) for w in words) \
        and not any(w.lower() in BODY_WORDS for w in words)


# A person's name has at most this many words ("Mary Ann Smith Jones" is rare; a body's name is longer)
MAX_NAME_WORDS = 3


def private_meeting(ev: Event) -> bool:
    """Is the event a meeting, visit or talk whose every doer is a private person ("Brandyberry
    visited Gregg at the hospital", "Hornsburger met Bakari in 2007"; `_private_person`)? PLOVER's
    CONSULT is between political parties: a report's private meetings are its background. A review
    of an earlier, wider test (any doer the lexicon did not know) on 924 unseen texts found 8 of 30
    drops wrong: councils, ministerial representatives, an army chief by his acronym."""
    return ev.type == EventType.CONSULT and bool(ev.actors) and all(_private_person(a) for a in ev.actors)


def keep_events(drafts: list[Draft], main: int | None, model: FilterModel | None = None,
                scores: list[float] | None = None) -> tuple[list[Draft], int | None]:
    """The events the model keeps (probability at least its threshold, not a `private_meeting`) and
    the main event, in text order, with the main event's new index. Scored on the events as they came
    (`scores`, else `real_event_probabilities`), so that dropping one never changes another's score."""
    model = model or load_model()
    scores = scores if scores is not None else real_event_probabilities(drafts, main, model)
    kept = [d for i, (d, p) in enumerate(zip(drafts, scores))
            if i == main or (p >= model.threshold and not private_meeting(d.event))]
    return kept, (next(k for k, d in enumerate(kept) if d is drafts[main]) if main is not None else None)
