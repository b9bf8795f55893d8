"""The last stages: the main event, its place and doers, ids, quotes, cited sources, spans anchored."""
from __future__ import annotations

from dataclasses import replace

from ..extract.arguments import clause_depth
from ..extract.ontology import PHYSICAL_TYPES
from ..model import BACKGROUND, ArticleResult, EventType
from ..nlp.quotes import find_quotes, quote_around
from .contract import stage
from .resources import Resources
from .work import Work

# How much each kind of event makes a story's main event: violence and coercion are what
# reports lead with; a statement of support rarely is. Types not listed weigh DEFAULT_SALIENCE.
_TYPE_SALIENCE = {"ASSAULT": 3, "INCIDENT": 3, "COERCE": 2, "PROTEST": 2, "CRIME": 2, "MOBILIZE": 1.5,
                  "RETREAT": 1.5, "AID": 1.5, "AGREE": 1.2, "SANCTION": 1.2, "INVESTIGATE": 1}
DEFAULT_SALIENCE = 0.8

# The main-event score: a weighted sum of cues, each weight chosen so that position and
# syntax dominate (a report leads with its main event as the main verb of an early sentence)
# and content breaks ties.
W_SALIENCE = 0.15  # per unit of _TYPE_SALIENCE
W_KILLED = 0.4  # a stated toll
W_LOCATED = 0.2  # a stated place
W_IN_TITLE = 0.8  # the trigger word appears in the headline
W_SENTENCE = 1.0  # per sentence from the top ...
MAX_SENTENCE_PENALTY = 6  # ... up to this many: past the lead, position says little
W_DEPTH = 0.6  # per clause the trigger is embedded in
W_UNREAL = 0.6  # hypothetical, negated or denied
W_PLANNED = 0.4  # announced, not yet done
# Told in a speaker's own words: no main event of the record gold's 195 is. As much as three
# sentences down; not where the quote states a toll ("'Gunmen stormed our village and killed 20
# people,' the district chief said": a witness's lead)
W_QUOTED = 3.0

# Confidence is the event filter's probability (`prune`), rounded: two digits say all a
# logistic model over a few hundred tune-half events can tell apart.
CONFIDENCE_DIGITS = 2


def _spoken(d, quotes: list[tuple[int, int]]) -> bool:
    """Is the event told in a speaker's own words, a quote that makes its sentence ("'... I promise
    you,' he said"), not a phrase quoted inside the report's sentence?"""
    q = quote_around(quotes, d.event.trigger.start)
    return q is not None and not (d.event.killed or d.event.injured) \
        and not d.sent.doc.text[d.sent.start_char:q[0]].strip(" \n\"“‘'")


def main_event_index(drafts: list, title: str | None, quotes: list[tuple[int, int]] = ()) -> int | None:
    """The incident the article is about: early, syntactically high in its sentence
    (the report's main verb, not an embedded clause), violent or consequential; seldom one a
    speaker tells in a quote that makes its sentence (`quotes`: char spans)."""
    if not drafts:
        return None
    title = (title or "").lower()

    def score(i):
        ev, d = drafts[i].event, drafts[i]
        s = W_SALIENCE * _TYPE_SALIENCE.get(ev.type, DEFAULT_SALIENCE)
        s += W_KILLED if ev.killed else 0
        s += W_LOCATED if ev.location else 0
        s += W_IN_TITLE if ev.trigger.text.lower() in title else 0
        s -= W_SENTENCE * min(d.sent_index, MAX_SENTENCE_PENALTY)
        s -= W_DEPTH * min(clause_depth(d.sent.doc[h]) for h in (d.hit.head, *d.merged_heads))
        s -= W_UNREAL if ev.factuality in ("hypothetical", "negated", "denied") else 0
        s -= W_PLANNED if ev.factuality == "planned" else 0
        return s

    # an event the report recalls (`background`) is never what it is about, unless it recalls only;
    # nor is the offence a prosecution names ("sentenced for killing her husband")
    heads = {d.hit.head: d for d in drafts}
    reported = [i for i, d in enumerate(drafts) if BACKGROUND not in d.event.context
                and not _prosecuted_offence(d, heads)] or range(len(drafts))
    return max(reported, key=lambda i: score(i) - (W_QUOTED if _spoken(drafts[i], quotes) else 0.0))


# Acts of a prosecution, and the prepositions that name its offence: "charged with murder",
# "sentenced for killing", "accused of shooting" ("arrested in the attack" may be the attack's story)
PROSECUTING_TYPES = frozenset((EventType.ACCUSE, EventType.SANCTION, EventType.COERCE))
OFFENCE_PREPS = frozenset(("for", "with", "of"))


def _prosecuted_offence(d, heads: dict) -> bool:
    """Is the mention the offence a prosecution in its own clause names ("Woman sentenced to 20
    years for killing her husband": the killing)? The prosecution is the news. A prosecution is
    a charge, a sentence or an arrest in a legal context."""
    tok = d.sent.doc[d.hit.head]
    prep = tok.head if tok.dep_ in ("pobj", "pcomp") else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in OFFENCE_PREPS:
        return False
    gov = heads.get(prep.head.i)
    # a court's or the police's act, not an accusation or a condemnation ("accused soldiers of
    # killing 12 protesters" is the killing's report) nor a seizure
    return gov is not None and gov is not d and gov.event.type in PROSECUTING_TYPES and "legal" in gov.event.context


# finalize re-anchors every span on the article's own text: stages before it read spans as parsed.
_BEFORE_ANCHORING = ("drafts.event",)


@stage("main_event", reads=("drafts.event", "drafts.sent", "drafts.hit", "drafts.merged_heads", "drafts.sent_index",
                            "article.title", "text"),
       writes=("main",), provisional=_BEFORE_ANCHORING)
def main_event(w: Work, res: Resources) -> None:
    """Which incident the article is about (`main_event_index`)."""
    w.main = main_event_index(w.drafts, w.article.title, find_quotes(w.text))


# coalesce reads the main event as chosen; corefer and prune keep it the same event but re-index it
@stage("coalesce", reads=("drafts.sent", "drafts.hit", "drafts.sent_index", "drafts.date_kind", "drafts.event", "main"),
       writes=("drafts", "main"), provisional=(*_BEFORE_ANCHORING, "main"))
def coalesce(w: Work, res: Resources) -> None:
    """Second mentions of an incident ("the attack", "the blast") fold into it, and every other
    mention of the main incident anywhere in the article folds into the main event
    (`merge.fold_into_main`), once the main event is chosen, so that folding never changes which
    incident the article is about."""
    from ..extract.merge import coalesce_anaphors, fold_into_main

    w.drafts, w.main = fold_into_main(*coalesce_anaphors(w.drafts, w.main))


@stage("corefer", reads=("drafts.sent", "drafts.hit", "drafts.sent_index", "drafts.last_sent_index",
                         "drafts.date_kind", "drafts.event", "main"),
       writes=("drafts", "main"), provisional=(*_BEFORE_ANCHORING, "main"))  # prune re-indexes it
def corefer(w: Work, res: Resources) -> None:
    """Mentions of one incident that syntax and anaphora did not tie together fold into one event
    (`extract/incident_coref.fold_coreferent`: a learned pair model under hard limits), once the main
    event is chosen; the main event stays the main event. Then a mention that is the content of a
    request, threat or refusal of its sentence ("urged them to release", "threatened to attack",
    "refused to discuss") folds into that act (`merge.fold_contents`): record gold check,
    spurious + duplicate 0.492 -> 0.486, missed 0.279 -> 0.283."""
    from ..extract.incident_coref import fold_coreferent
    from ..extract.merge import fold_contents

    w.drafts, w.main = fold_contents(*fold_coreferent(w.drafts, w.main))


@stage("prune", reads=("drafts.sent", "drafts.hit", "drafts.sent_index", "drafts.date_kind", "drafts.event", "main"),
       writes=("drafts", "main"), provisional=_BEFORE_ANCHORING)
def prune(w: Work, res: Resources) -> None:
    """Events that the report does not tell as events of its own (a word in another sense, a
    repeat the folds left apart, an aside) are dropped by a learned filter
    (`extract/event_filter.keep_events`), once the incidents are folded; the main event stays.
    Record gold check: spurious + duplicate 0.486 -> 0.454, missed 0.283 -> 0.287. The filter's
    probability is each event's `confidence`: a reader may cut further by it."""
    from ..extract.event_filter import keep_events, real_event_probabilities

    scores = real_event_probabilities(w.drafts, w.main)
    for d, p in zip(w.drafts, scores):
        d.event.confidence = round(p, CONFIDENCE_DIGITS)
    w.drafts, w.main = keep_events(w.drafts, w.main, scores=scores)


@stage("main_place", reads=("drafts.event.location", "drafts.event.actors", "drafts.event.sentence",
                             "drafts.event.targets", "main", "places", "dateline_end", "body_dateline", "doc",
                             "entities", "text", "article.text"),
       writes=("drafts.event.location",),
       # their spans: `local_doers` and `sufferers` later rewrite a country and the name it reads
       provisional=("drafts.event.actors", "drafts.event.targets"))
def main_place(w: Work, res: Resources) -> None:
    """The main event, placed only in a country or nowhere, takes the story's first finer
    place in that country, and a physical incident placed in a province the story's first town
    inside it named otherwise, not the dateline's (`extract/incident_place.story_place`), once the main event is chosen
    (so that placing it never changes which event the article is about). Any type: a meeting or a
    statement happens where the story is, too (record gold: place 0.59 -> 0.67 on the check half
    against physical incidents only). A body's seat is no such place (`places.unseated_places`)."""
    from ..extract.incident_place import story_place
    from ..nlp.discourse import ANOTHER_INCIDENT
    from .places import dateline_places, unseated_places

    if w.main is None:
        return
    ev = w.drafts[w.main].event
    occupied = [(a.start, a.end) for a in ev.actors + ev.targets]
    attacked = [(t.start, t.end) for t in ev.targets]
    # the story's places up to where it turns to another incident ("Separately, ... near Hama")
    turn = next((s.start_char for s in w.entities.sents
                 if s.start_char > ev.sentence.start and ANOTHER_INCIDENT.match(s.text)), len(w.text))
    # the dateline's town first (where the story was filed, as a wire's reader takes it; no
    # incident's own sentences hold it, `incident_places`), then the story's
    # (no party's phrase holds a dateline: phrases read from a blanked one may start in it)
    ev.location = story_place(ev.location, dateline_places(w, res.gazetteer), (), attacked)
    places = [p for p in unseated_places(w) if p.start < turn]
    ev.location = story_place(ev.location, places, occupied, attacked, w.dateline_end,
                              refine_units=ev.type in PHYSICAL_TYPES)


@stage("custodians", reads=("drafts.event.type", "drafts.event.mode", "drafts.event.actors", "drafts.event.trigger",
                             "drafts.event.reported_by", "drafts.event.location", "drafts.hit", "drafts.sent",
                             "entities"),
       writes=("drafts.event.actors",),
       # whether there are any: `local_doers` later rewrites their countries, never their number
       provisional=("drafts.event.actors",))
def custodians(w: Work, res: Resources) -> None:
    """An arrest told without its doer ("A man was arrested Tuesday, police said") was made by
    the state organ its report is attributed to (`extract/custody.custodian`). Record gold tune:
    actor 0.476 -> 0.492, actor country 0.593 -> 0.611; check fields unchanged. With no such
    source, an arrest or a charge was made by the first police force the article names by its own
    name ("Miami-Dade Schools police", `custody.named_custodian`; record gold actor tune .553 ->
    .579, check .374 -> .418), else by the police of the country it happened in
    (`custody.implied_custodian`). An arrest told as made by "officers", which the lexicon reads as
    an army's, was made by the police in a story of police and no army
    (`custody.officers_of_the_police`)."""
    from ..extract.custody import custodian, implied_custodian, named_custodian, named_forces, officers_of_the_police

    def resolve_in(text: str, country: str):
        return res.resolver.resolve(text, focus_country=country)

    forces = named_forces(w.entities.doc, w.entities.text)
    for d in w.drafts:
        doer = custodian(d, w.entities.resolve_phrase) or named_custodian(d, forces) or implied_custodian(d, resolve_in)
        if doer is not None:
            d.event.actors = [doer]
        d.event.actors = officers_of_the_police(d, w.entities.police_story, resolve_in) or d.event.actors


# Acts of force: a state named doing one where an event happens is a party on the ground there
# (`local_doers`)
FORCE_TYPES = frozenset((EventType.ASSAULT, EventType.COERCE))
# Words of a state's own organs: "government forces shelled Daraa" are always the local state's
LOCAL_ORGAN_WORDS = frozenset("government regime security police army".split())


@stage("accidents", reads=("drafts.event.type", "drafts.event.actors", "drafts.event.targets"),
       writes=("drafts.event.actors", "drafts.event.targets"),
       # their countries: `local_doers` and `sufferers` later rewrite them, `places_hit` adds targets
       provisional=("drafts.event.actors", "drafts.event.targets"))
def accidents(w: Work, res: Resources) -> None:
    """An accident or a disaster has no perpetrator (docs/annotation.md): the parties its mentions
    make doers ("Robert Kochuk crashed") are its sufferers (`private_violence.accident_sufferers`)."""
    from ..extract.private_violence import accident_sufferers

    for d in w.drafts:
        if d.event.type == EventType.INCIDENT and d.event.actors:
            d.event.actors, d.event.targets = accident_sufferers(d.event.actors, d.event.targets)


@stage("local_doers", reads=("drafts.event.location", "drafts.event.type", "drafts.event.actors",
                             "drafts.event.factuality", "entities"),
       writes=("drafts.event.actors",))
def local_doers(w: Work, res: Resources) -> None:
    """Doers described without a country ("government forces", "the army", "police", "gunmen")
    of an event on the ground take the country of its place, as its sufferers do (`sufferers`):
    a story about Daraa that names Russia often had made "government forces shelled Daraa"
    Russian. A doer named with its country ("Turkish troops", "Russian jets", "its soldiers")
    keeps it (`resolve/event_country.focus_dependent`), and so does a described one ("troops",
    "warplanes", not a state's own organs) whose reading is a state the story names using force in
    the same country: in a story of "Turkish troops" shelling Kobani in Syria, "troops shelled
    Afrin" are Turkish; Russian jets striking Idlib do not make Daraa's "government forces"
    Russian, nor does a deployment (Russian military police patrolling). Record gold check:
    actor country 0.439 -> 0.470.

    Then a doer of any event with no country and of no known kind (a person or local body the
    lexicon does not know, a bare description) is taken to be of its event's place's country,
    else the story's (for talks, statements and deals, the story's first), marked
    `country_assumed` (`_assumed_country`). Record gold check actor country 0.543 -> 0.654,
    PLOVER source country check 0.713 -> 0.738 (session 18)."""
    from ..resolve.event_country import focus_dependent, in_event_country

    acting = {(a.country, d.event.location.country) for d in w.drafts
              if d.event.type in FORCE_TYPES and d.event.factuality == "asserted" and d.event.location
              for a in d.event.actors if a.country and not focus_dependent(a, res.resolver)}

    def here(a, country):
        organ = any(word in LOCAL_ORGAN_WORDS for word in a.text.lower().split())
        return a if (a.country, country) in acting and not organ else in_event_country(a, country, res.resolver)

    focus = w.entities.focus_country
    for d in w.drafts:
        loc = d.event.location
        if loc is not None and loc.country and d.event.type in PHYSICAL_TYPES:
            d.event.actors = [here(a, loc.country) for a in d.event.actors]
        placed = loc.country if loc is not None and loc.country else None
        # talks, statements and deals are held abroad ("met de Mistura in Geneva"): their parties
        # are the story's before the place's; acts on the ground are the place's
        country = (placed or focus) if d.event.type in PHYSICAL_TYPES else (focus or placed)
        if country:
            d.event.actors = [_assumed_country(a, country, res) for a in d.event.actors]


def _assumed_country(a, country: str, res: Resources):
    """A party of no known kind (no sector) whose country nothing says, named by a name the actor
    lexicon does not know ("Gary Wilson, 54, of Palestine", "the Breffni Integrated CLG") or only
    described ("Vandals", "two others", "The NYPD"), is taken to be of `country` (its event's
    place's, else the story's), marked `country_assumed`: no evidence that a state acts. A known
    group or body keeps what the lexicon says ("Islamic State": none), and so does one of a kind
    the resolver knows (a UN official, an aid agency)."""
    if a.country or a.sector is not None or (a.name and res.resolver.resolve(a.name) is not None):
        return a
    return replace(a, country=country, country_assumed=True)


@stage("sufferers", reads=("drafts.event.location", "drafts.event.type", "drafts.event.targets",
                            "drafts.event.killed", "drafts.event.injured"),
       writes=("drafts.event.targets",))
def sufferers(w: Work, res: Resources) -> None:
    """Targets described without a country ("eight civilians", "residents") of an event on the
    ground (ontology.PHYSICAL_TYPES) take the country of its place, not the story's focus
    (`resolve/event_country.in_event_country`). Doers named with their country keep it
    (`local_doers`): a cross-border raid's attackers are not of the place they strike. A target
    that is only its toll's figure ("killing 12") is dropped (`casualties.toll_figures`)."""
    from ..extract.casualties import toll_figures
    from ..resolve.event_country import in_event_country

    for d in w.drafts:
        figures = toll_figures(d.event.targets, [d.event.killed, d.event.injured])
        d.event.targets = [t for t in d.event.targets if t not in figures]
        loc = d.event.location
        # only where the event happens on the ground: a sanction decided in Washington is not
        # against American targets
        if loc is not None and loc.country and d.event.type in PHYSICAL_TYPES:
            d.event.targets = [in_event_country(t, loc.country, res.resolver) for t in d.event.targets]


# Sectors of a state acting: a place that resolves to the attacker's own state is where, not whom
STATE_SECTORS = frozenset(("GOV", "MIL", "COP"))


@stage("places_hit", reads=("doc", "entities", "drafts.places_hit", "drafts.event.targets", "drafts.event.actors"),
       writes=("drafts.event.targets",),
       provisional=("drafts.event.targets",))  # their spans: `sufferers` later rewrites a country and name
def places_hit(w: Work, res: Resources) -> None:
    """A place the act is done to ("shelled Douma", "an attack on regime-held districts") is also
    its target (issue 13: targets are people, groups, facilities or places under attack). Added
    once the event's place is read (after `main_place`): a target's words never stop being its place."""
    from ..extract.arguments import named_place_of
    from ..extract.target_words import PLACE_NOUNS
    from ..extract.events import actor_for

    for d in w.drafts:
        ev = d.event
        for tok in d.places_hit:
            named = named_place_of(tok) if tok.lemma_.lower() in PLACE_NOUNS else []  # "the city of Afrin": Afrin
            target = actor_for(w.doc, named[0] if named else tok, w.entities)
            if any(t.start < target.end and target.start < t.end for t in ev.targets + ev.actors):
                continue
            if target.country and any(a.country == target.country and not a.country_assumed for a in ev.actors) \
                    and target.sector in STATE_SECTORS:
                continue  # "the Syrian army shelled Syria's Idlib province": the acting state is not its target
            ev.targets.append(target)


@stage("finalize", reads=("drafts.event", "main", "doc", "entities", "reporters", "places", "text", "article"),
       writes=("result", "drafts.event"))  # ids; spans re-anchored on the article
def finalize(w: Work, res: Resources) -> None:
    """The article's result: event ids, the main event, quotes, cited
    sources, places; every span re-anchored on the article's own text."""
    from ..extract.attribution import cited_sources, extract_quotes

    res = ArticleResult(article=w.article)
    for n, d in enumerate(w.drafts, 1):
        ev = d.event
        ev.id = f"{w.article.id}#e{n}"
        # the stage re-anchors spans: on copies, never the work record's own places and reporters
        if ev.location is not None:
            ev.location = replace(ev.location)
        ev.reported_by = [replace(r) for r in ev.reported_by]
        res.events.append(ev)
    res.main_event = w.main
    res.quotes = extract_quotes(w.doc, w.entities)
    res.cited_sources = cited_sources(w.doc, w.reporters, w.article.text)
    res.places = [replace(p) for p in w.places]  # anchored below: the work record's own stay as read
    _anchor_spans(res, w.article.text, w.text)
    w.result = res


STAGES = (main_event, coalesce, corefer, prune, main_place, custodians, accidents, local_doers, places_hit, sufferers,
          finalize)


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
            # a span the parse saw blanked (a wire's name in a dateline, read from the article's
            # own text) is trimmed on that text, not emptied
            ref = parsed if parsed[s:e].strip() else text
            while s < e and ref[s].isspace():
                s += 1
            while e > s and ref[e - 1].isspace():
                e -= 1
            obj.start, obj.end, obj.text = s, e, text[s:e]
        for f in fields(obj):
            if f.name != "article":
                fix(getattr(obj, f.name))

    fix(res.events)
    fix(res.quotes)
    fix(res.cited_sources)
    fix(res.places)
