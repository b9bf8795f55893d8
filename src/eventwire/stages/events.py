"""Event stages: entities and triggers, dates, casualties, sources, merging, coding rules, ACLED."""
from __future__ import annotations

import datetime as dt
import re

from ..extract.ontology import ACCORD_TYPES, ACLED_CODED_TYPES, VIOLENT_TYPES
from ..model import BACKGROUND, CLAIMED, EventType
from ..nlp.syntax import in_past_tense
from .contract import stage
from .resources import Resources
from .work import Work


@stage("entities", reads=("doc", "article.home", "article.url", "article.text"), writes=("entities",))
def entities(w: Work, res: Resources) -> None:
    """Named entities read once: actors, coreference memory, the story's focus country."""
    from ..resolve.entities import DocEntities
    from ..resolve.homes import article_home

    w.entities = DocEntities(w.doc, resolver=res.resolver, gazetteer=res.gazetteer,
                             home=article_home(w.article, w.article.text))


@stage("events", reads=("doc", "entities", "article.id"), writes=("drafts",))
def events(w: Work, res: Resources) -> None:
    """One draft event per trigger, with its arguments, instruments and factuality."""
    from ..extract.events import build_drafts

    w.drafts = build_drafts(w.doc, w.entities, w.article.id)


@stage("dates", reads=("doc", "entities", "drafts.sent", "drafts.sent_index", "drafts.hit", "drafts.event.trigger",
                       "text", "dateline_end", "article.published"),
       writes=("drafts.event.date", "drafts.event.date_text", "drafts.event.date_precision", "drafts.date_kind"))
def dates(w: Work, res: Resources) -> None:
    """Each event's date: the day stated in its sentence (read forwards where its verb is in
    the future tense), else the week or month said of its own verb ("seized the town last
    month"), else carried from the story so far; a lead that states none yet takes the first
    day the next sentences state; else the publication date."""
    from ..extract.lexicon import REPORTING_VERBS
    from ..resolve.date_tense import attachment_path, governing_verb, tense_reader
    from ..resolve.dates import LEAD_LOOKAHEAD_SENTENCES, dates_in_span, reference_day

    # no publication date: only dates that need none ("April 5", read in the year of the latest
    # "April 6, 2018" the text states) are read, and an event that states none stays undated
    published = w.article.published
    pub = dt.date.fromisoformat(published) if published else reference_day(w.text)
    if pub is None:
        return
    kinds = None if published else ("absolute",)
    text, sents = w.text, w.entities.sents
    tense_of = tense_reader(w.doc)
    cache: dict[tuple[int, bool], object] = {}

    def stated(i: int, coarse: bool = False):
        if (i, coarse) not in cache:  # a date said of a statement ("a monitor said on Wednesday") is not the event's
            cache[i, coarse] = dates_in_span(text, max(sents[i].start_char, w.dateline_end), sents[i].end_char, pub,
                                             reporting=False, coarse=coarse, tense_of=tense_of, kinds=kinds)
        return cache[i, coarse][0] if cache[i, coarse] else None

    paths_of: dict[int, list] = {}  # sentence → its days with the words each dates

    def own_day(d):
        """The sentence's day; where it states two, the one said of this event's own clause or of
        the nearest clause above it ("the governor, who visited on Sunday, said troops shelled the
        town on Monday, killing three": Monday for the shelling and the killing)."""
        best = stated(d.sent_index)
        days = cache[d.sent_index, False]
        if best is None or len({m.date for m in days}) < 2:
            return best
        if d.sent_index not in paths_of:
            paths_of[d.sent_index] = [(m, attachment_path(w.doc, m.start, m.end)) for m in days]
        paths = paths_of[d.sent_index]
        head = w.doc[d.hit.head]
        for node in (head, *head.ancestors):  # a clause takes the day of the clause it hangs from ...
            if node is not head and node.lemma_.lower() in REPORTING_VERBS:
                break  # ... but not the day of a statement it is the content of ("claiming on Monday that ...")
            m = next((m for m, path in paths if node.i in path), None)
            if m is not None:
                return m
        return best

    last = None  # a sentence without a day continues the date of the story so far
    for d in w.drafts:
        m = own_day(d)
        if m is not None and m.date > pub and in_past_tense(w.doc[d.hit.head]):
            m = None  # "was arrested ..., and she was scheduled to appear Thursday": not a done act's day
        if m is None:  # less than a day binds only the event whose verb it modifies (not "since last month's raid")
            m = stated(d.sent_index, coarse=True)
            verb = m and governing_verb(w.doc, m.start, m.end)
            m = m if verb is not None and verb.i == d.hit.head else None
        if m is not None:
            d.event.date, d.event.date_text, d.date_kind = m.date.isoformat(), m.text, "stated"
            d.event.date_precision = m.precision
            if m.precision == "day":
                last = (d.event.date, m.precision)
        else:
            d.event.date, d.event.date_precision = last or ((published, "day") if published else (None, None))
            d.date_kind = "carried" if last else "published"
    pending = [d for d in w.drafts if d.date_kind == "published"]
    if pending:  # "Blast kills 38 in Aleppo. ... were killed in the blast on Thursday"
        first = min(d.sent_index for d in pending)
        ahead = range(first + 1, min(len(sents), max(d.sent_index for d in pending) + LEAD_LOOKAHEAD_SENTENCES + 1))
        i, m = next(((i, stated(i)) for i in ahead if stated(i) is not None), (None, None))
        for d in pending:  # still a guess ("published"): a stated mention of its incident overrides it in `merge`
            if m is not None and d.sent_index < i <= d.sent_index + LEAD_LOOKAHEAD_SENTENCES:
                d.event.date, d.event.date_precision = m.date.isoformat(), m.precision
    _anchored_back_dates(w.drafts, text)


_DAYS_AFTER = re.compile(r"\b(\w+|\d+)\s+days?\s+after\s+", re.I)


def _anchored_back_dates(drafts, text: str) -> None:
    """"X, four days after the Paris attacks": the attacks' date is X's minus four."""
    from ..extract.casualties import parse_number

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
                    o.event.date_precision = "day"
                    o.event.date_text = text[d.sent.start_char + m.start():o.event.trigger.end]
                    o.date_kind = "stated"


@stage("casualties", reads=("doc", "drafts.sent", "drafts.sent_index", "drafts.hit", "drafts.event.type",
                            "drafts.event.trigger", "entities", "text", "dateline_end",
                            # which earlier mentions a risen toll is of (incident_coref.cannot_link)
                            "drafts.event.actors", "drafts.event.location", "drafts.event.date",
                            "drafts.event.factuality", "drafts.event.context", "drafts.date_kind"),
       writes=("drafts.event.killed", "drafts.event.injured"),
       # the trigger's violence, before `refine` recodes a few; the mentions as told, before they merge
       provisional=("drafts.event.type", "drafts.event.actors", "drafts.event.location", "drafts.event.date",
                    "drafts.event.factuality", "drafts.event.context", "drafts.date_kind"))
def casualties(w: Work, res: Resources) -> None:
    """Killed and injured figures, each given to the violent event it belongs to. Victims counted from
    their noun phrases ("a guardsman and a motorcyclist were killed": 2) go only to the event the
    parse ties their verb to (or, told again in a sentence of no event, "The man was pronounced
    dead", to the last violent event still without that toll), and only where no stated figure of
    the same kind stands within the incident's sentences (not another incident's, on another day or
    by other doers: `_may_tell_one_incident`): the figure is the toll, and a count that
    conflicts with it would keep mentions of one incident apart (and a toll makes an event more
    likely the main one). A stated toll of the incident ("the death toll rose to 31"; not a war's, a
    year's or a feared one) replaces a smaller figure, in every mention that stated it (a figure
    carried from a later sentence goes to the event that holds one of its kind), as the record holds
    the largest figure the report commits to (docs/annotation.md); other larger figures do not
    (letting them cost record gold killed .763 -> .737 on the tune half, .553 -> .500 on the check
    half)."""
    from ..extract.casualties import INCIDENT_SENTENCES, find_casualties, restates_a_victim, tied_trigger
    from ..extract.incident_coref import cannot_link

    by_sent: dict[int, list] = {}
    for d in w.drafts:
        by_sent.setdefault(d.sent_index, []).append(d)
    per_sent = [find_casualties(w.text, max(s.start_char, w.dateline_end), s.end_char, w.doc)
                for s in w.entities.sents]
    stated = {(si, cm.kind) for si, found in enumerate(per_sent) for cm in found if not cm.counted}
    last_violent: list = []  # the violent events of the last sentence that had any
    for si, found in enumerate(per_sent):
        if any(cm.victims_only for cm in found):
            window = [sj for sj in range(si - INCIDENT_SENTENCES, si + INCIDENT_SENTENCES + 1)
                      if _may_tell_one_incident(by_sent.get(si, []), by_sent.get(sj, []), cannot_link)]
            found = [cm for cm in found if not (cm.victims_only and any((sj, cm.kind) in stated for sj in window))]
        here = [d for d in by_sent.get(si, []) if d.event.type in VIOLENT_TYPES]
        for cm in sorted(found, key=lambda c: c.counted):  # a stated figure before a count of victims
            if cm.victims_only:  # never carried to an event it is not tied to ...
                heads = {d.hit.head: d for d in here}
                target = heads.get(tied_trigger(w.doc, cm, set(heads)))
                if target is None and not here and restates_a_victim(cm) and last_violent \
                        and si - last_violent[0].sent_index <= INCIDENT_SENTENCES:
                    # ... but "The man was pronounced dead" tells of a victim named before
                    # (never a second time: an earlier mention of the incident may hold it already)
                    told = any(getattr(x.event, _slot(cm)) is not None for x in w.drafts
                               if si - INCIDENT_SENTENCES <= x.sent_index < si and x.event.type in VIOLENT_TYPES)
                    target = None if told else _carried_to(last_violent, _slot(cm))
            else:
                target = _attach(cm, here) if here else None
                if target is None and last_violent and si - last_violent[0].sent_index <= INCIDENT_SENTENCES:
                    target = _carried_to(last_violent, _slot(cm))
            if target is None:
                continue
            slot = _slot(cm)
            have = getattr(target.event, slot)
            if have is None:
                setattr(target.event, slot, cm.count)
            elif cm.toll and cm.count.value > have.value:
                # "kills 20 ... killing at least 20 ... the death toll had risen to 63": every
                # mention of the incident that stated the earlier figure stated its toll, now 63
                # (not another incident's that happened to be as large: another day, place, doer)
                for d in w.drafts:
                    if d is target or (d.sent_index <= si and (x := getattr(d.event, slot)) is not None
                                       and x.value == have.value and not cannot_link(d, target)):
                        setattr(d.event, slot, cm.count)
        if here:
            last_violent = here


def _may_tell_one_incident(these: list, those: list, cannot_link) -> bool:
    """May two sentences' violent acts be one incident? Not where each tells one and every pair
    cannot be (`incident_coref.cannot_link`): "a woman was killed ... on Saturday" is no count of
    the victims of the chemical attack "On Tuesday ... some 100 civilians were killed"."""
    these, those = ([d for d in x if d.event.type in VIOLENT_TYPES] for x in (these, those))
    return not these or not those or any(not cannot_link(a, b) for a in these for b in those)


def _slot(cm) -> str:
    return "killed" if cm.kind == "killed" else "injured"


def _carried_to(drafts, slot: str):
    """The event of an earlier sentence that a figure with no event of its own belongs to: the
    last one that already holds a figure of its kind ("killing at least 20 people and wounding 45
    ... the death toll had risen to 63": the killing, not the wounding), else the last one."""
    return next((d for d in reversed(drafts) if getattr(d.event, slot) is not None), drafts[-1])


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


@stage("attribution", reads=("doc", "entities", "drafts.sent", "drafts.event.trigger"),
       writes=("reporters", "drafts.event.reported_by"))
def attribution(w: Work, res: Resources) -> None:
    """Who reports each sentence ("officials said"); each event gets its sentence's reporters."""
    from ..extract.attribution import sentence_reporters

    w.reporters = sentence_reporters(w.doc, w.entities)
    for d in w.drafts:
        for r in w.reporters.get(d.sent.start_char, []):
            if not (r.start <= d.event.trigger.start < r.end):
                d.event.reported_by.append(r)


@stage("merge", reads=("drafts.event.location", "drafts.event.date", "drafts.event.killed",
                       "drafts.event.injured", "drafts.event.reported_by", "drafts.event.context", "drafts.loc_explicit",
                       "drafts.date_kind"),
       writes=("drafts",),
       # each mention's own place, `incident_places` refines it after; its `background` tag, which
       # `refine` never removes (it adds other contexts)
       provisional=("drafts.event.location", "drafts.event.context"))
def merge(w: Work, res: Resources) -> None:
    """Mentions of one incident in a sentence, then across the article, become one event."""
    from ..extract.merge import merge_across, merge_in_sentence, split_joint_actors

    w.drafts = merge_across(split_joint_actors(merge_in_sentence(w.drafts)))


@stage("incident_places", reads=("drafts.event.location", "drafts.event.type", "drafts.event.actors",
                                 "drafts.event.targets", "drafts.sent_index", "drafts.last_sent_index", "entities",
                                 "places", "dateline_end", "body_dateline", "doc"),
       writes=("drafts.event.location",),
       # the main incident's place is refined once more by `main_place`, after the main event is chosen
       provisional=("drafts.event.type", "drafts.event.actors", "drafts.event.targets", "drafts.event.location"))
def incident_places(w: Work, res: Resources) -> None:
    """A physical incident placed only in a country takes the finer place that another of
    its sentences names, one placed in a province a town inside it (`extract/incident_place.py`),
    never a body's seat (`places.unseated_places`)."""
    from ..extract.incident_place import incident_place
    from ..extract.ontology import PHYSICAL_TYPES
    from .places import unseated_places

    sents = w.entities.sents
    candidates = unseated_places(w)
    for d in w.drafts:
        ev = d.event
        if ev.type not in PHYSICAL_TYPES:
            continue
        spans = [(sents[i].start_char, sents[i].end_char) for i in range(d.sent_index, d.last_sent_index + 1)]
        occupied = [(a.start, a.end) for a in ev.actors + ev.targets]
        ev.location = incident_place(ev.location, spans, candidates, occupied, w.dateline_end)


_HEAVY = {"aircraft": ("aerial", "195"), "warplane": ("aerial", "195"), "jet": ("aerial", "195"),
          "helicopter": ("aerial", "195"), "gunship": ("aerial", "195"), "drone": ("aerial", "195"),
          "airstrike": ("aerial", "195"), "air": ("aerial", "195"), "tank": ("heavy-weapons", "194"),
          "artillery": ("heavy-weapons", "194"), "mortar": ("heavy-weapons", "194"), "rocket": ("heavy-weapons", "194"),
          "missile": ("heavy-weapons", "195"), "shell": ("heavy-weapons", "194"), "gunbattle": ("firearms", "193")}


def _demand_from_modal(d, w: Work) -> None:
    """"Britain said Libya must hand over the suspects" is Britain's demand (CAMEO 10),
    not Libya's handing over: the speaker acts, the obliged party is the target."""
    from ..extract.attribution import REPORT_LEMMAS
    from ..extract.events import actor_for

    head = d.sent.doc[d.hit.head]
    if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in head.children):
        return
    verb = head.head
    if head.dep_ != "ccomp" or verb.lemma_.lower() not in REPORT_LEMMAS:
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ev = d.event
    ev.targets = ev.actors + [t for t in ev.targets if t not in ev.actors]
    ev.actors = [actor_for(d.sent.doc, subj, w.entities)] if subj is not None else []
    ev.type, ev.mode, ev.cameo, ev.factuality = EventType.REQUEST, None, "100", "asserted"
    ev.acled_event_type = ev.acled_sub_event_type = None


_CLAIM_RESPONSIBILITY = re.compile(r"\b(?:claim(?:ed|s|ing)?|took|takes|accept(?:ed|s)?)\s+responsibility\b", re.I)
# ... unless no one did: "No group claimed responsibility", "has not claimed responsibility"
_NO_CLAIM = re.compile(r"(?:\b(?:no\s+(?:group|one|organi[sz]ation|faction)|nobody|none)\b(?:\s+\w+){0,3}\s+"
                       r"|\b(?:not|n't|yet\s+to)\s+(?:\w+\s+)?)(?:claim|took|take|accept)\w*\s+responsibility", re.I)


# What `refine` rewrites of an event.
_REFINED = ("type", "mode", "cameo", "factuality", "context", "actors", "targets",
            "acled_event_type", "acled_sub_event_type")


@stage("refine", reads=("drafts.sent", "drafts.hit", "entities", "drafts.event.type", "drafts.event.cameo",
                        "drafts.event.factuality", "drafts.event.context", "drafts.event.actors",
                        "drafts.event.targets", "drafts.event.instruments"),
       writes=tuple(f"drafts.event.{f}" for f in _REFINED),
       # their sectors: `local_doers` and `sufferers` later rewrite a country and the name it reads
       provisional=("drafts.event.actors", "drafts.event.targets"))
def refine(w: Work, res: Resources) -> None:
    """Coding rules that need the whole event: a refused agreement is a rejection; a
    killing by aircraft or artillery is conventional military force (CAMEO 19x)."""
    from ..extract.arguments import claimed_act
    from ..extract.private_violence import is_accident, is_private_crime, means_lemmas

    # who the story names, as entities or as any event's actors and targets ("the Sri Lankan army")
    story_sectors = {info.sector for _, info, _ in w.entities.memory if info.sector} | {
        a.sector for d in w.drafts for a in d.event.actors + d.event.targets if a.sector}
    for d in w.drafts:
        ev = d.event
        lemmas = {t.lemma_.lower() for t in d.sent}
        _demand_from_modal(d, w)
        if ev.type == EventType.ASSAULT and ((_CLAIM_RESPONSIBILITY.search(d.sent.text)
                                              and not _NO_CLAIM.search(d.sent.text))
                                             or claimed_act(d.sent.doc[d.hit.head])):
            # a claim of responsibility: the attack is asserted, who did it is the claimant's word
            if CLAIMED not in ev.context:
                ev.context.append(CLAIMED)
        if ev.type in ACCORD_TYPES and ev.factuality == "negated":
            ev.type, ev.mode, ev.cameo, ev.factuality = EventType.REJECT, None, "120", "asserted"
        if ev.type in VIOLENT_TYPES and is_accident(d.sent.doc[d.hit.head]):
            ev.type, ev.mode, ev.cameo = EventType.INCIDENT, None, None  # "killed in a traffic accident"
            ev.acled_event_type = ev.acled_sub_event_type = None
            continue
        if ev.type == EventType.ASSAULT and (ev.cameo in ("180", "1823", "190", None)):
            for word, (mode, cameo) in _HEAVY.items():
                if word in lemmas:
                    ev.mode, ev.cameo = mode, cameo
                    if "military" not in ev.context:
                        ev.context.append("military")
                    break
        # its sentence's words and what another mention says it was done with ("Blast in Quetta
        # market" / "A bomb exploded ...": the bomb is the blast's; "an air rifle" is a rifle)
        means = means_lemmas(w.entities.doc, ev.instruments)
        if is_private_crime(ev.type, ev.mode, ev.actors, ev.targets, story_sectors, lemmas | means, ev.context):
            ev.type, ev.cameo = EventType.CRIME, None  # a shooting on the North Side, no political actor
            if "crime" not in ev.context:
                ev.context.append("crime")


def event_context(entities, sent) -> tuple[int, int]:
    """Char span of an event's sentence with its neighbours: ACLED's sub-event type
    often turns on a neighbouring sentence ("... The bomber blew himself up")."""
    doc = sent.doc
    start = entities.sent_of_token(sent.start - 1).start_char if sent.start > 0 else sent.start_char
    end = entities.sent_of_token(sent.end).end_char if sent.end < len(doc) else sent.end_char
    return start, end


# ACLED sub-event types that a sentence's other event may carry but an accident never does
_NOT_AN_INCIDENTS = frozenset(("Arrests", "Agreement", "Peaceful protest", "Change to group/activity",
                               "Headquarters or base established", "Non-violent transfer of territory"))


@stage("acled", reads=("drafts.sent", "drafts.event.type", "entities", "text"),
       writes=("drafts.event.acled_event_type", "drafts.event.acled_sub_event_type"))
def acled(w: Work, res: Resources) -> None:
    """Refine each event's ACLED type from its sentence and neighbours (the codebook's precedence rules)."""
    from ..extract.acled import classify_acled

    seen: dict[tuple, object] = {}  # events of one sentence share their context
    for d in w.drafts:
        ev = d.event
        if ev.type in ACLED_CODED_TYPES:
            s, e = event_context(w.entities, d.sent)
            # The type only matters where no cue rule fires, and then the type's own
            # default (set when the event was built) already stands: classify once per context.
            if (s, e) not in seen:
                seen[(s, e)] = classify_acled(w.text[s:e])
            lab = seen[(s, e)]
            if ev.type == EventType.INCIDENT and lab.sub_event_type in _NOT_AN_INCIDENTS:
                continue  # the crash in an arrest story is not itself an arrest
            if lab.sub_event_type:
                ev.acled_event_type, ev.acled_sub_event_type = lab.event_type, lab.sub_event_type


@stage("background", reads=("text", "drafts.hit", "drafts.sent", "drafts.event.date", "drafts.event.date_precision",
                            "drafts.event.context", "drafts.date_kind", "article.published"),
       writes=("drafts.event.context", "drafts.event.date", "drafts.event.date_text", "drafts.event.date_precision",
               "drafts.date_kind"),
       provisional=("drafts.event.context",))  # its own tag; `refine` later adds other contexts, never this one
def background(w: Work, res: Resources) -> None:
    """Events the report recalls rather than reports (`extract/background.recalled`: its clause is
    dated before the report) carry the context tag `background`; they are never the main event.
    It takes the year (and month) its own words name ("in 2011": 2011, precision year); else it
    keeps only a day stated of it long before publication, and is otherwise undated: never today."""
    from ..extract.background import recalled, report_year

    published = dt.date.fromisoformat(w.article.published) if w.article.published else None
    year = report_year(w.text, published)
    for d in w.drafts:
        ev = d.event
        if BACKGROUND in ev.context:
            continue
        why = recalled(d.sent.doc[d.hit.head], published, ev.date, d.date_kind, year, ev.date_precision)
        if why is None:
            continue
        ev.context.append(BACKGROUND)
        if why.year is not None:  # its own words name its time, over any day read for its sentence
            ev.date, ev.date_precision = f"{why.year}-{why.month or 1:02d}-01", "month" if why.month else "year"
            ev.date_text, d.date_kind = why.why, "stated"
        elif d.date_kind != "stated" or why.why != "stated day":
            # the day was a default, carried from today's news, or said of another clause: unknown
            ev.date, ev.date_precision, ev.date_text = None, None, None

STAGES = (entities, events, dates, casualties, attribution, background, merge, incident_places, refine, acled)
