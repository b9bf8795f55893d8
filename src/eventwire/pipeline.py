"""The extraction pipeline: small named components composed in order.

Each component is registered by name with what it `requires` and `provides`
(spaCy's registry, Haystack's typed sockets): `Pipeline(names)` checks at build
time that every requirement is provided by an earlier component, so a
misconfigured pipeline fails before it touches a document.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable

from .errors import EventwireError, PipelineConfigError
from .model import Article, ArticleResult, Place, RecordError


@dataclass
class Work:
    """What components read and write for one article."""

    article: Article
    doc: object = None
    text: str = ""  # the text the parser saw (dateline blanked); same offsets as the article
    entities: object = None
    drafts: list = field(default_factory=list)
    places: list = field(default_factory=list)
    place_by_ent: dict = field(default_factory=dict)
    place_ents: set = field(default_factory=set)  # (start, end) of entities read as places
    dateline_end: int = 0  # text before this offset is a dateline ("BEIRUT, March 21 (Reuters) –")
    reporters: dict = field(default_factory=dict)
    result: ArticleResult | None = None


@dataclass(frozen=True)
class Component:
    name: str
    fn: Callable[[Work], None]
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    # Optional: the same job over many articles at once (the parser batches on its own).
    batch_fn: Callable[[list[Work]], None] | None = None


REGISTRY: dict[str, Component] = {}


def component(name: str, requires: tuple[str, ...] = (), provides: tuple[str, ...] = (),
              batch_fn: Callable[[list[Work]], None] | None = None):
    def deco(fn):
        REGISTRY[name] = Component(name, fn, requires, provides, batch_fn)
        return fn
    return deco


class Pipeline:
    def __init__(self, names: list[str]):
        have: set[str] = {"article"}
        self.components: list[Component] = []
        for n in names:
            if n not in REGISTRY:
                raise PipelineConfigError(f"unknown component {n!r}; known: {sorted(REGISTRY)}", code="E301")
            c = REGISTRY[n]
            missing = [r for r in c.requires if r not in have]
            if missing:
                raise PipelineConfigError(f"component {n!r} needs {missing}, which no earlier component provides",
                                          code="E301")
            have.update(c.provides)
            self.components.append(c)
        self.names = names

    def run(self, article: Article) -> ArticleResult:
        work = Work(article=article)
        for c in self.components:
            c.fn(work)
        return work.result

    def run_batch(self, articles: list[Article]) -> list[ArticleResult | RecordError]:
        """Each article through every component; batch-capable components see all the
        articles still alive at once. A failing article becomes its RecordError."""
        works = [Work(article=a) for a in articles]
        out: list[ArticleResult | RecordError | None] = [None] * len(works)
        alive = list(range(len(works)))
        for c in self.components:
            if c.batch_fn is not None and len(alive) > 1:
                try:
                    c.batch_fn([works[i] for i in alive])
                    continue
                except Exception:  # fall back to one by one, to find the culprit
                    pass
            still = []
            for i in alive:
                try:
                    c.fn(works[i])
                    still.append(i)
                except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                    out[i] = _record_error(works[i].article, exc)
            alive = still
        for i in alive:
            out[i] = works[i].result
        return out


# ---------------------------------------------------------------- components

_EN_STOP = frozenset("the of and to in a is that for on was with by as said at from are were has have it its "
                     "this be an who which they their after been".split())


@component("language_guard", provides=("english",))
def language_guard(w: Work) -> None:
    lang = (w.article.language or "en").lower()
    if not lang.startswith("en"):
        raise EventwireError(f"language {lang!r} is not supported (English only)", code="E111")
    words = re.findall(r"[a-zA-Z']+", w.article.text[:5000].lower())
    if len(words) >= 20 and sum(1 for x in words if x in _EN_STOP) / len(words) < 0.06:
        raise EventwireError("text does not look like English", code="E111")


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WIRE_DATELINE = re.compile(r"^\s*(?P<pre>[^\n–—]{2,60}?)\s*(?:[–—]|--| - )\s*")


def dateline_prefix_end(text: str) -> int:
    """End offset of a wire dateline ("BEIRUT, March 21 (Levant Wire) – ", "RAQQA — ",
    "Aleppo, SSNA – "), or 0. The prefix must look like one: a place in capitals, a
    parenthesised source or a date; never a clause."""
    m = _WIRE_DATELINE.match(text)
    if not m:
        return 0
    pre = m.group("pre")
    words = pre.replace(",", " ").split()
    looks = (words and words[0].isupper() and len(words[0]) > 2) or "(" in pre or re.search(_MONTHS + r"\s+\d", pre, re.I) \
        or ("," in pre and len(words) <= 4 and all(w[:1].isupper() for w in words))
    return m.end() if looks else 0


@component("dateline", provides=("published",))
def dateline(w: Work) -> None:
    """Publication date from the text's dateline when the input gave none; and where
    the dateline ends, so its city and date are not taken for the event's."""
    from .resolve.dates import find_dateline

    text = w.article.text
    w.dateline_end = dateline_prefix_end(text)
    m = find_dateline(text)
    if m is not None and m.start <= max(w.dateline_end, 40):
        w.dateline_end = max(w.dateline_end, m.end)
    if w.article.published:
        return
    if m is not None:
        w.article.published = m.date.isoformat()
        w.article.published_from = "dateline"


def _parse_text(w: Work) -> str:
    """The text the parser sees: a dateline is blanked (same length, so offsets hold),
    or "BEIRUT, March 21 (Reuters) –" is parsed as the subject of the lead sentence."""
    text = w.article.text
    return " " * w.dateline_end + text[w.dateline_end:] if w.dateline_end else text


def _parse_batch(works: list[Work]) -> None:
    from .nlp import load_nlp

    texts = [_parse_text(w) for w in works]
    for w, text, doc in zip(works, texts, load_nlp().pipe(texts, batch_size=16)):
        w.doc, w.text = doc, text


@component("parse", provides=("doc",), batch_fn=_parse_batch)
def parse(w: Work) -> None:
    from .nlp import load_nlp

    w.text = _parse_text(w)
    w.doc = load_nlp()(w.text)


@component("entities", requires=("doc",), provides=("entities",))
def entities(w: Work) -> None:
    from .resolve.entities import DocEntities
    from .resolve.places import Gazetteer

    w.entities = DocEntities(w.doc, gazetteer=Gazetteer.load())


@component("events", requires=("doc", "entities"), provides=("drafts",))
def events(w: Work) -> None:
    from .extract.events import build_drafts

    w.drafts = build_drafts(w.doc, w.entities, w.article.id)


_ADMIN_CUE = re.compile(r"^\s*(?:province|governorate|countryside|region|district|state)\b", re.I)


def _place_for_ent(w: Work, ent) -> Place:
    from .resolve.places import Gazetteer

    key = (ent.start_char, ent.end_char)
    if key in w.place_by_ent:
        return w.place_by_ent[key]
    gaz = Gazetteer.load()
    after = w.text[ent.end_char:ent.end_char + 16]
    prefer = "admin1" if _ADMIN_CUE.match(after) else None
    hit = gaz.lookup(ent.text, focus_country=w.entities.focus_country, prefer=prefer,
                     context_admin1=w.entities.context_admin1)
    place = Place(text=ent.text, start=ent.start_char, end=ent.end_char)
    if hit is not None:
        place.name, place.geonameid, place.country = hit.name, hit.geonameid, hit.country
        place.admin1, place.admin1_code, place.lat, place.lon = hit.admin1, hit.admin1_code, hit.lat, hit.lon
        place.feature = hit.feature
        place.precision = {"city": "point", "admin2": "admin2", "admin1": "admin1", "country": "country",
                           "region": "region"}[hit.feature]
    w.place_by_ent[key] = place
    return place


def _misread_place(w: Work, ent) -> bool:
    """A name the model tagged as a nationality, organisation or person that is a
    known place and no known actor ("Aleppo" as NORP, "Gainesville" as ORG)."""
    from .resolve.places import Gazetteer

    res = w.entities.resolver
    if res.resolve(ent.text) is not None or res.demonym_country(ent.text):
        return False
    hit = Gazetteer.load().lookup(ent.text, focus_country=w.entities.focus_country)
    if hit is None or hit.feature == "country":
        return False
    if ent.label_ == "NORP":  # "Aleppo" read as a nationality: a town of the story's country
        return hit.feature != "city" or hit.country == w.entities.focus_country or hit.population >= 100_000
    # organisations and people are often named after places: only unambiguous big ones
    return hit.feature in ("admin1", "region") or hit.population >= 500_000


@component("places", requires=("doc", "entities"), provides=("places",))
def places(w: Work) -> None:
    for ent in w.entities.ents:
        if ent.label_ in ("GPE", "LOC", "FAC") or (ent.label_ in ("NORP", "ORG", "PERSON") and _misread_place(w, ent)):
            w.places.append(_place_for_ent(w, ent))
    w.place_ents = {(p.start, p.end) for p in w.places}


# Events that happen where they are said (a statement, an appeal) get a place only
# when one is attached to their trigger; physical events also take their sentence's.
PHYSICAL_TYPES = frozenset(("ASSAULT", "INCIDENT", "COERCE", "PROTEST", "MOBILIZE", "AID", "CRIME", "RETREAT"))
_ACTING_DEPS = frozenset(("nsubj", "nsubjpass", "poss", "compound", "amod", "agent"))


def _acting_entity(ent) -> bool:
    """A GPE used as an actor or a modifier ("Russia said", "Russia's minister", "US forces")."""
    from .extract.arguments import PLACE_NOUNS

    root = ent.root
    if root.dep_ in ("compound", "amod") and root.head.lemma_.lower() in PLACE_NOUNS:
        return False  # "Idlib province", "Aleppo countryside": a place
    if root.dep_ in _ACTING_DEPS:
        return True
    if root.dep_ == "conj" and root.head.dep_ in _ACTING_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "by"


@component("locations", requires=("drafts", "places"), provides=("locations",))
def locations(w: Work) -> None:
    """Each event's own place: attached to its trigger, else (physical events) in its
    sentence but not an acting entity nor an actor's own country, else the place of
    the previous physical event within two sentences (carried over, not explicit)."""
    prev = None
    for d in w.drafts:
        ev = d.event
        occupied = {(a.start, a.end) for a in ev.actors + ev.targets}
        actor_countries = {a.country for a in ev.actors if a.country}
        attached = []
        for tok in d.place_tokens:
            ent = next((e for e in w.entities.ents_in(d.sent) if e.start <= tok.i < e.end), None)
            if ent is not None:
                attached.append(ent)
            else:
                attached.append(d.sent.doc[tok.i:tok.i + 1])
        cands = list(attached)
        if ev.type in PHYSICAL_TYPES:
            cands += [e for e in w.entities.ents_in(d.sent) if (e.start_char, e.end_char) in w.place_ents and e not in cands
                      and not _acting_entity(e)]
        best = None
        for ent in cands:
            if any(s <= ent.start_char < e for s, e in occupied) or ent.end_char <= w.dateline_end:
                continue
            # "destroyers in the Red Sea fired": where an actor is, not where the event is
            owner = ent.root.head.head if ent.root.head.dep_ == "prep" else None
            if owner is not None and ent not in attached and (
                    owner.dep_ in ("nsubj", "nsubjpass") or any(s <= owner.idx < e for s, e in occupied)):
                continue
            p = _place_for_ent(w, ent)
            if p.feature is None:
                continue
            if p.precision == "country" and p.country in actor_countries and ent not in attached:
                continue
            if best is None or (best.precision in ("country", "region") and p.precision not in ("country", "region")
                                and (p.country == best.country or best.precision == "region")):
                best = p
            if best.precision not in ("country", "region"):
                break
        d.loc_explicit = best is not None
        if best is None and ev.type in PHYSICAL_TYPES and prev is not None and d.sent_index - prev[0] <= 2:
            best = prev[1]
        ev.location = best
        if best is not None and ev.type in PHYSICAL_TYPES:
            prev = (d.sent_index, best)


@component("dates", requires=("drafts", "published"), provides=("dates",))
def dates(w: Work) -> None:
    from .resolve.dates import resolve_in_span

    if not w.article.published:
        return
    pub = dt.date.fromisoformat(w.article.published)
    text = w.text
    cache: dict[int, object] = {}
    last = None  # a sentence without a date continues the date of the story so far
    for d in w.drafts:
        s = d.sent.start_char
        if s not in cache:
            # a date said of a statement ("a monitor said on Wednesday") is not the event's
            cache[s] = resolve_in_span(text, max(s, w.dateline_end), d.sent.end_char, pub, reporting=False)
        m = cache[s]
        if m is not None:
            d.event.date, d.event.date_text, d.date_kind = m.date.isoformat(), m.text, "stated"
            last = d.event.date
        else:
            d.event.date = last or w.article.published
            d.date_kind = "carried" if last else "published"
    _anchored_back_dates(w.drafts, text)


_DAYS_AFTER = re.compile(r"\b(\w+|\d+)\s+days?\s+after\s+", re.I)


def _anchored_back_dates(drafts, text: str) -> None:
    """"X, four days after the Paris attacks": the attacks' date is X's minus four."""
    from .extract.casualties import parse_number

    for d in drafts:
        if not d.event.date:
            continue
        sent_text = text[d.sent.start_char:d.sent.end_char]
        for m in _DAYS_AFTER.finditer(sent_text):
            n = parse_number(m.group(1))
            if not n:
                continue
            after = d.sent.start_char + m.end()
            for o in drafts:
                if o is not d and o.sent_index == d.sent_index and after <= o.event.trigger.start <= after + 60:
                    day = dt.date.fromisoformat(d.event.date) - dt.timedelta(days=n)
                    o.event.date = day.isoformat()
                    o.event.date_text = text[d.sent.start_char + m.start():o.event.trigger.end]
                    o.date_kind = "stated"


@component("casualties", requires=("drafts",), provides=("casualties",))
def casualties(w: Work) -> None:
    from .extract.casualties import find_casualties

    by_sent: dict[int, list] = {}
    for d in w.drafts:
        by_sent.setdefault(d.sent_index, []).append(d)
    last_violent = None
    for si, sent in enumerate(w.entities.sents):
        found = find_casualties(w.text, max(sent.start_char, w.dateline_end), sent.end_char)
        here = [d for d in by_sent.get(si, []) if d.event.type in ("ASSAULT", "INCIDENT")]
        for cm in found:
            target = _attach(cm, here) if here else None
            if target is None and last_violent is not None and si - last_violent.sent_index <= 3:
                target = last_violent
            if target is None:
                continue
            slot = "killed" if cm.kind == "killed" else "injured"
            if getattr(target.event, slot) is None:
                setattr(target.event, slot, cm.count)
        if here:
            last_violent = here[-1]


def _attach(cm, drafts):
    """The event a figure belongs to: the trigger governing the casualty word, else
    the nearest trigger before it, else the nearest after."""
    doc = drafts[0].sent.doc
    span = doc.char_span(cm.count.start, cm.count.end, alignment_mode="expand")
    heads = {d.hit.head: d for d in drafts}
    if span is not None:
        node = span.root
        for _ in range(6):
            if node.i in heads:
                return heads[node.i]
            for c in node.children:
                if c.i in heads and c.dep_ in ("nsubj", "nsubjpass", "agent", "prep", "pobj"):
                    return heads[c.i]
            if node.head.i == node.i:
                break
            node = node.head
    before = [d for d in drafts if d.event.trigger.start <= cm.count.start]
    if before:
        return before[-1]
    return min(drafts, key=lambda d: abs(d.event.trigger.start - cm.count.start))


@component("attribution", requires=("doc", "entities", "drafts"), provides=("quotes", "sources"))
def attribution(w: Work) -> None:
    from .extract.attribution import sentence_reporters

    w.reporters = sentence_reporters(w.doc, w.entities)
    for d in w.drafts:
        for r in w.reporters.get(d.sent.start_char, []):
            if not (r.start <= d.event.trigger.start < r.end):
                d.event.reported_by.append(r)


@component("merge", requires=("drafts", "locations", "dates", "casualties"), provides=("merged",))
def merge(w: Work) -> None:
    from .extract.merge import merge_across, merge_in_sentence, split_joint_actors

    w.drafts = merge_across(split_joint_actors(merge_in_sentence(w.drafts)))


_HEAVY = {"aircraft": ("aerial", "195"), "warplane": ("aerial", "195"), "jet": ("aerial", "195"),
          "helicopter": ("aerial", "195"), "gunship": ("aerial", "195"), "drone": ("aerial", "195"),
          "airstrike": ("aerial", "195"), "air": ("aerial", "195"), "tank": ("heavy-weapons", "194"),
          "artillery": ("heavy-weapons", "194"), "mortar": ("heavy-weapons", "194"), "rocket": ("heavy-weapons", "194"),
          "missile": ("heavy-weapons", "195"), "shell": ("heavy-weapons", "194"), "gunbattle": ("firearms", "193")}


def _demand_from_modal(d, w: Work) -> None:
    """"Britain said Libya must hand over the suspects" is Britain's demand (CAMEO 10),
    not Libya's handing over: the speaker acts, the obliged party is the target."""
    from .extract.attribution import REPORT_LEMMAS
    from .extract.events import _actor_for

    head = d.sent.doc[d.hit.head]
    if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in head.children):
        return
    verb = head.head
    if head.dep_ != "ccomp" or verb.lemma_.lower() not in REPORT_LEMMAS:
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ev = d.event
    ev.targets = ev.actors + [t for t in ev.targets if t not in ev.actors]
    ev.actors = [_actor_for(d.sent.doc, subj, w.entities)] if subj is not None else []
    ev.type, ev.mode, ev.cameo, ev.factuality = "REQUEST", None, "100", "asserted"
    ev.acled_event_type = ev.acled_sub_event_type = None


_CLAIM_RESPONSIBILITY = re.compile(r"\b(?:claim(?:ed|s|ing)?|took|takes|accept(?:ed|s)?)\s+responsibility\b", re.I)


@component("refine", requires=("merged",), provides=("refined",))
def refine(w: Work) -> None:
    """Coding rules that need the whole event: a refused agreement is a rejection; a
    killing by aircraft or artillery is conventional military force (CAMEO 19x)."""
    for d in w.drafts:
        ev = d.event
        _demand_from_modal(d, w)
        if ev.type == "ASSAULT" and _CLAIM_RESPONSIBILITY.search(d.sent.text):
            # a claim of responsibility: the attack is asserted, who did it is the claimant's word
            if "claim_of_responsibility" not in ev.context:
                ev.context.append("claim_of_responsibility")
        if ev.type in ("AGREE", "SUPPORT", "COOPERATE") and ev.factuality == "negated":
            ev.type, ev.mode, ev.cameo, ev.factuality = "REJECT", None, "120", "asserted"
        if ev.type == "ASSAULT" and (ev.cameo in ("180", "1823", "190", None)):
            lemmas = {t.lemma_.lower() for t in d.sent}
            for word, (mode, cameo) in _HEAVY.items():
                if word in lemmas:
                    ev.mode, ev.cameo = mode, cameo
                    if "military" not in ev.context:
                        ev.context.append("military")
                    break


def event_context(entities, sent) -> tuple[int, int]:
    """Char span of an event's sentence with its neighbours: ACLED's sub-event type
    often turns on a neighbouring sentence ("... The bomber blew himself up")."""
    doc = sent.doc
    start = entities.sent_of_token(sent.start - 1).start_char if sent.start > 0 else sent.start_char
    end = entities.sent_of_token(sent.end).end_char if sent.end < len(doc) else sent.end_char
    return start, end


@component("acled", requires=("merged",), provides=("acled",))
def acled(w: Work) -> None:
    """Refine each event's ACLED type from its sentence and neighbours (the codebook's precedence rules)."""
    from .extract.acled import classify_acled

    seen: dict[tuple, object] = {}  # events of one sentence share their context
    for d in w.drafts:
        ev = d.event
        if ev.type in ("ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "AGREE", "RETREAT", "INCIDENT", "CRIME"):
            s, e = event_context(w.entities, d.sent)
            # The type only matters where no cue rule fires, and then the type's own
            # default (set when the event was built) already stands: classify once per context.
            if (s, e) not in seen:
                seen[(s, e)] = classify_acled(w.text[s:e])
            lab = seen[(s, e)]
            if lab.sub_event_type:
                ev.acled_event_type, ev.acled_sub_event_type = lab.event_type, lab.sub_event_type


_TYPE_SALIENCE = {"ASSAULT": 3, "INCIDENT": 3, "COERCE": 2, "PROTEST": 2, "CRIME": 2, "MOBILIZE": 1.5,
                  "RETREAT": 1.5, "AID": 1.5, "AGREE": 1.2, "SANCTION": 1.2, "INVESTIGATE": 1}


def _depth(tok) -> int:
    """Clause depth of a token: hops to the root that embed it, not counting
    prepositions, coordination, "a number of", or "officials said" around a report."""
    from .extract.arguments import QUANTITY_NOUNS
    from .extract.lexicon import REPORTING_VERBS

    d = steps = 0
    while tok.head.i != tok.i and steps < 12:
        dep, head = tok.dep_, tok.head
        free = (dep in ("prep", "agent", "conj", "cc", "punct")
                or (dep == "pobj" and head.lower_ in ("of", "by"))
                or tok.lemma_.lower() in QUANTITY_NOUNS
                or (dep == "ccomp" and head.lemma_.lower() in REPORTING_VERBS))
        d += 0 if free else 1
        tok, steps = head, steps + 1
    return d


def main_event_index(result: ArticleResult, drafts: list) -> int | None:
    """The incident the article is about: early, syntactically high in its sentence
    (the report's main verb, not an embedded clause), violent or consequential."""
    if not result.events:
        return None
    title = (result.article.title or "").lower()

    def score(i):
        ev, d = result.events[i], drafts[i]
        s = 0.15 * _TYPE_SALIENCE.get(ev.type, 0.8)
        s += 0.4 if ev.killed else 0
        s += 0.2 if ev.location else 0
        s += 0.8 if ev.trigger.text.lower() in title else 0
        s -= 1.0 * min(d.sent_index, 6)
        s -= 0.6 * _depth(d.sent.doc[d.hit.head])
        s -= 0.6 if ev.factuality in ("hypothetical", "negated", "denied") else 0
        s -= 0.4 if ev.factuality == "planned" else 0
        return s

    return max(range(len(result.events)), key=score)


@component("finalize", requires=("merged",), provides=("result",))
def finalize(w: Work) -> None:
    from .extract.attribution import cited_sources, extract_quotes

    res = ArticleResult(article=w.article)
    for n, d in enumerate(w.drafts, 1):
        ev = d.event
        ev.id = f"{w.article.id}#e{n}"
        filled = sum(bool(x) for x in (ev.actors, ev.targets, ev.location, ev.date_text, ev.killed))
        ev.confidence = round(min(0.95, 0.35 + 0.12 * filled), 2)
        res.events.append(ev)
    res.main_event = main_event_index(res, w.drafts)
    res.quotes = extract_quotes(w.doc, w.entities)
    res.cited_sources = cited_sources(w.doc, w.reporters, w.article.text)
    res.places = w.places
    _anchor_spans(res, w.article.text, w.text)
    w.result = res


def _anchor_spans(res: ArticleResult, text: str, parsed: str) -> None:
    """Every span's text is the article's own text at its offsets, without edge
    whitespace (the parse saw a blanked dateline, so phrases may start in it)."""
    from dataclasses import fields, is_dataclass

    def fix(obj):
        if isinstance(obj, list):
            for x in obj:
                fix(x)
            return
        if not is_dataclass(obj):
            return
        if hasattr(obj, "start") and hasattr(obj, "end") and hasattr(obj, "text") and isinstance(obj.start, int):
            s, e = obj.start, obj.end
            while s < e and parsed[s].isspace():
                s += 1
            while e > s and parsed[e - 1].isspace():
                e -= 1
            obj.start, obj.end, obj.text = s, e, text[s:e]
        for f in fields(obj):
            if f.name != "article":
                fix(getattr(obj, f.name))

    fix(res.events)
    fix(res.quotes)
    fix(res.cited_sources)
    fix(res.places)


DEFAULT_PIPELINE = ["language_guard", "dateline", "parse", "entities", "events", "places", "locations",
                    "dates", "casualties", "attribution", "merge", "refine", "acled", "finalize"]


def _record_error(article: Article, exc: Exception) -> RecordError:
    where = f"{article.origin_record} (id {article.id})"
    if isinstance(exc, EventwireError):
        return RecordError(exc.code, str(exc).split("] ", 1)[-1], article.origin_file, where)
    return RecordError("E201", f"{type(exc).__name__}: {exc}", article.origin_file, where)


def process(article: Article, pipeline: Pipeline | None = None) -> ArticleResult | RecordError:
    """Run the pipeline on one article; a failure becomes a RecordError, never an exception."""
    pipeline = pipeline or default_pipeline()
    try:
        return pipeline.run(article)
    except Exception as exc:  # noqa: BLE001 - a bug on one article must not stop the batch
        return _record_error(article, exc)


def process_batch(articles: list[Article], pipeline: Pipeline | None = None) -> list[ArticleResult | RecordError]:
    return (pipeline or default_pipeline()).run_batch(articles)


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline(DEFAULT_PIPELINE)
    return _DEFAULT
