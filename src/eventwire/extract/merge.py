"""Join mentions of one incident within an article; split joint actions.

- Within a sentence, attack triggers linked in the parse ("a bomb blast killed
  six", "killed in air strikes") are one event; the more specific trigger wins.
- An attack by several parties named together ("Russia and France carried out
  strikes") becomes one event per party when each is a country or group.
- Across sentences, a later mention of the same type whose actors, place and
  date do not conflict ("the Russian strikes", "the raid") joins the earlier one.
- A mention that is the content of a request, threat or refusal ("threatened to
  attack", "urged them to release") is no event of its own: it folds into that act.
"""
from __future__ import annotations

import copy
import datetime as dt
import re

from ..model import BACKGROUND, CLAIMED, Event, EventType, Sector
from ..nlp.discourse import ANOTHER_INCIDENT
from ..nlp.syntax import in_past_tense
from .casualties import take_exact_tolls
from .events import Draft, a_private_person, named_in_text, names_doers
from .ontology import JOINT_ACTOR_SECTORS, STATE_FORCE_SECTORS, STATE_ORGAN_SECTORS, VIOLENT_TYPES


def _key(a) -> str:
    """Identity of an actor for merging: a state's organs ("Russian jets", "Moscow",
    "Russia") are one actor; others by canonical name."""
    if a.country and a.sector in STATE_ORGAN_SECTORS:
        return a.country
    return a.name or a.text.lower()


def _names(ev: Event) -> set[str]:
    return {_key(a) for a in ev.actors}


# Factualities of a mention whose doer disowns the act or is said not to have done it
DISOWNED = frozenset(("denied", "negated"))
TEMPORAL_PREPS = frozenset(("after", "before", "since", "following", "until", "than"))
# Relative pronouns standing as a clause's subject: "the attack that hit ..." tells what the attack did
RELATIVE_SUBJECTS = frozenset(("that", "which"))
OUTCOME_LEMMAS = frozenset(("kill", "killing", "die", "death", "dead", "wound", "injure", "martyr"))


def is_outcome(d: Draft) -> bool:
    """"killed", "died": the outcome of an attack or disaster, not its kind."""
    return d.sent.doc[d.hit.head].lemma_.lower() in OUTCOME_LEMMAS


# What makes one trigger of an incident say more than another (the higher sum wins):
# an accident or disaster over an attack word, a mode ("air strike") over none, a
# specific CAMEO code ("195") over its base ("190"); an outcome ("killed") says least,
# as the cause says what happened: a strike, a quake, an explosion.
INCIDENT_WEIGHT = 3
MODE_WEIGHT = 2
SPECIFIC_CAMEO_WEIGHT = 1
OUTCOME_SPECIFICITY = -5
# CAMEO codes have three digits or more; a base code ends in 0 ("190", "180")
CAMEO_CODE_DIGITS = 3
# Parties named together that make a joint attack one event each
MIN_JOINT_ACTORS = 2
# A later mention joins an event last mentioned at most this many sentences before:
# a wire story's follow-up ("the raid", "the strikes") comes within a paragraph.
SAME_EVENT_WINDOW = 3


def _specific_cameo(code: str | None) -> bool:
    return code is not None and len(code) >= CAMEO_CODE_DIGITS and code[-1] != "0"


def specificity(d: Draft) -> int:
    ev = d.event
    if is_outcome(d):
        return OUTCOME_SPECIFICITY
    return ((ev.type == EventType.INCIDENT) * INCIDENT_WEIGHT + (ev.mode is not None) * MODE_WEIGHT
            + _specific_cameo(ev.cameo) * SPECIFIC_CAMEO_WEIGHT)


def _another_name(a, actors) -> bool:
    """Is `a` a name none of `actors` has yet for a party the resolver knows ("Syrian government
    forces" beside "Syria", the president beside his state: one `_key`)? A state's key also holds
    the armed bodies the resolver gives its country (Peshmerga, Wagner Group): they join by name
    too, as they did before this rule in a joint attack ("Iraqi troops and Peshmerga fighters");
    keying them apart split joint attacks into two events (record gold check noise .449 -> .452)."""
    return _resolved(a) and all(a.name != b.name for b in actors)


def _absorb(keep: Event, other: Event) -> None:
    """Move the other mention's arguments into keep (evidence offsets stay valid)."""
    have = {(a.start, a.end) for a in keep.actors}
    for a in other.actors:
        # a new party, or the same state named otherwise ("Syrian" raid, "Syrian army helicopters")
        if (a.start, a.end) not in have and (_key(a) not in _names(keep) or _another_name(a, keep.actors)):
            keep.actors.append(a)
    tnames = {t.name or t.text for t in keep.targets}
    for t in other.targets:
        if (t.name or t.text) not in tnames and _key(t) not in _names(keep):
            keep.targets.append(t)
    # the same words read as the doer by one mention and as the sufferer by the other ("Rebel
    # shelling kills four civilians": a modifier of "shelling", the subject of "kills"): the doer
    doers = {(a.start, a.end) for a in keep.actors}
    keep.targets = [t for t in keep.targets if (t.start, t.end) not in doers]
    inst = {(i.start, i.end) for i in keep.instruments}
    keep.instruments += [i for i in other.instruments if (i.start, i.end) not in inst]
    if CLAIMED in other.context and CLAIMED not in keep.context:
        keep.context.append(CLAIMED)  # "Islamic State claimed the attack" told of an incident told before
    for f in ("killed", "injured", "location", "date_text"):
        if getattr(keep, f) is None and getattr(other, f) is not None:
            setattr(keep, f, getattr(other, f))
            if f == "date_text":
                keep.date, keep.date_precision = other.date, other.date_precision
    if keep.date_text and other.date_text:
        take_finer_date(keep, other)
    take_exact_tolls(keep, other)
    if other.location is not None and keep.location is not None and keep.location.precision != "point" \
            and other.location.precision == "point" and keep.location.country == other.location.country:
        keep.location = other.location
    for r in other.reported_by:
        if all(r.start != x.start for x in keep.reported_by):
            keep.reported_by.append(r)
    for c in other.context:
        if c not in keep.context and c != BACKGROUND:  # recalled is said of a mention's own words
            keep.context.append(c)


# The characters of an ISO date that each precision fixes ("2014-10" for a month); a week is
# stored as one of its days and fixes no prefix: it is compared by distance (WEEK_DAYS)
PRECISION_CHARS = {"day": 10, "month": 7, "year": 4}
PRECISION_RANK = {"year": 0, "month": 1, "week": 2, "day": 3}  # coarse to fine; None is a day
WEEK_DAYS = 6  # "last weekend" (its Saturday) and "on Sunday" may be one day: at most this far apart


def _rank(ev: Event) -> int:
    return PRECISION_RANK.get(ev.date_precision or "day", PRECISION_RANK["day"])


def dates_conflict(a: Event, b: Event) -> bool:
    """Two dates that cannot be one day, compared at the coarser precision: "in October" and
    "on 29 October" may be one day; "last weekend" and a day within a week of it too."""
    if not (a.date and b.date):
        return False
    if "week" in (a.date_precision, b.date_precision) and min(_rank(a), _rank(b)) == PRECISION_RANK["week"]:
        try:
            gap = abs((dt.date.fromisoformat(a.date[:10]) - dt.date.fromisoformat(b.date[:10])).days)
        except ValueError:
            return a.date != b.date
        return gap > WEEK_DAYS
    n = min(PRECISION_CHARS.get(a.date_precision or "day", 10), PRECISION_CHARS.get(b.date_precision or "day", 10))
    return a.date[:n] != b.date[:n]


def take_finer_date(keep: Event, other: Event) -> None:
    """Two mentions of one incident joined: the finer of their dates is the incident's ("in
    May" and "on 29 May": the 29th), so a third mention on another day of May stays apart."""
    if other.date and not dates_conflict(keep, other) and (keep.date is None or _rank(other) > _rank(keep)):
        keep.date, keep.date_text, keep.date_precision = other.date, other.date_text, other.date_precision


def different_days(a: Draft, b: Draft) -> bool:
    """Two stated dates that cannot be one day (`dates_conflict`)."""
    return a.date_kind == b.date_kind == "stated" and dates_conflict(a.event, b.event)


def _resolved(a) -> bool:
    """Does the actor resolver know who this is (a name, a state, a sector)? "Juvenile" in a
    headline, "Friday", "3 new towns" are words the parse put in a doer's slot, not parties."""
    return bool(a.name or a.country or a.sector)


def names_agree(a: Draft, b: Draft) -> bool:
    """No two parties with none in common. Between two mentions of one kind of act, only parties
    the resolver knows count ("Juvenile arrested" and "police arrested a girl" may be one arrest);
    between two kinds, any doer does ("their truck struck a pole" is no arrest by police). Attackers
    not identified ("three suicide bombers", "gunmen") may be any armed group's people, never the
    state's ("gunmen stormed a hotel before security forces killed all four attackers"). A state's
    "security forces" may be its army or police named otherwise (`_security_forces_of_one_state`)."""
    if _unidentified_against_the_state(a.event, b.event) or _unidentified_against_the_state(b.event, a.event):
        return False
    known = a.event.type == b.event.type
    na = [x for x in a.event.actors if (_resolved(x) or not known) and x.sector != Sector.UAF]
    nb = [x for x in b.event.actors if (_resolved(x) or not known) and x.sector != Sector.UAF]
    if not (na and nb) or any(_may_be_one(x, y) for x in na for y in nb):
        return True
    # "security forces" may be the army that another mention names, if the tolls do not differ
    ka, kb = a.event.killed, b.event.killed
    return not (ka and kb and ka.value != kb.value) and any(_security_forces_of_one_state(x, y) for x in na for y in nb)


def _named_person(a) -> bool:
    """A person told by name ("Derek D. Moore", "Wang"): a capitalised name the resolver gives
    no state or sector."""
    return bool(a.name) and a.name[:1].isupper() and a.sector is None and a.country is None


def _described(a) -> bool:
    """A party told by a common noun ("York County man", "a woman"), not named."""
    words = a.text.split()
    return bool(words) and words[-1].islower() and a.sector in (None, Sector.CVL)


# The generic name of a state's forces, which the resolver reads as its police: a report may call
# the army so ("Pakistani troops kill 7 militants" ... "Pakistani security forces killed seven")
GENERIC_FORCES = re.compile(r"\bsecurity (?:forces|personnel|services|agencies)\b", re.I)


def _security_forces_of_one_state(x, y) -> bool:
    """Are both doers forces of one state (its army, police, government or intelligence), one of
    them told only as its "security forces"? "Police" and "soldiers" in one story are two parties
    (review of made-up copy: the police's tear gas and the army's killing of three became one event)."""
    return bool(x.country) and x.country == y.country and x.sector in STATE_FORCE_SECTORS \
        and y.sector in STATE_FORCE_SECTORS and bool(GENERIC_FORCES.search(x.text) or GENERIC_FORCES.search(y.text))


def _may_be_one(x, y) -> bool:
    """May two doers be one party? The same key; a person named in full and by one of the
    name's words ("Wang Yi" ... "Wang"); a person described and the person named ("a York
    County man pleads ... Moore pleaded")."""
    if _key(x) == _key(y):
        return True
    for one, other in ((x, y), (y, x)):
        if _named_person(one) and len(one.name.split()) == 1 and other.name and one.name in other.name.split():
            return True  # "Wang" ... "Chinese State Councilor Wang Yi" (whom the resolver gives a state)
    return (_described(x) and _named_person(y)) or (_described(y) and _named_person(x))


def _unidentified_against_the_state(a: Event, b: Event) -> bool:
    """Does `a` name only unidentified attackers where `b` names a state organ as its doer?"""
    return bool(a.actors) and all(x.sector == Sector.UAF for x in a.actors) \
        and any(y.sector in STATE_FORCE_SECTORS for y in b.actors)


def _subject_of(x, verb) -> bool:
    """Is token x the verb's subject, or one of its conjoined subjects ("gunmen and suicide bombers attacked")?"""
    while x.dep_ == "conj" and x.head.i != x.i:
        x = x.head
    return x.head.i == verb.i and x.dep_ in ("nsubj", "nsubjpass")


def _linked(a: Draft, b: Draft) -> bool:
    """Are two triggers of one sentence syntactically one incident?"""
    ta, tb = a.sent.doc[a.hit.head], b.sent.doc[b.hit.head]
    if any(_subject_of(x, y) and names_doers(x) for x, y in ((ta, tb), (tb, ta))):
        return True  # "a suicide bomber blew himself up": the bomber is the act's doer, whatever each resolved to
    na, nb = _names(a.event), _names(b.event)
    if na and nb and not (na & nb):
        return False  # "destroyers fired missiles, while jets dropped bombs": two attackers
    if different_days(a, b):
        return False
    ta, tb = a.sent.doc[a.hit.head], b.sent.doc[b.hit.head]
    for x, y in ((ta, tb), (tb, ta)):
        if x.dep_ == "pobj" and x.head.lower_ in TEMPORAL_PREPS:
            continue  # "four days after the Paris attacks": another, earlier event
        if x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in TEMPORAL_PREPS for m in x.children):
            continue  # "jets struck Gaza after a rocket was fired into Israel": one act after another
        if x.head.i == y.i and x.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "compound", "agent", "appos", "advcl"):
            return True
        if x.head.dep_ == "prep" and x.head.head.i == y.i and x.dep_ == "pobj":
            return True
        if x.head.dep_ == "agent" and x.head.head.i == y.i:
            return True
        if x.dep_ == "relcl" and x.head.i == y.i and any(
                c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in x.children):
            return True  # "the attack that hit a police station": what the attack did is the attack
    return False


def merge_in_sentence(drafts: list[Draft]) -> list[Draft]:
    """Violent mentions of one sentence that are one incident (linked in the parse, or an
    outcome with its cause) become one draft, under the more specific trigger."""
    out: list[Draft] = []
    for d in drafts:
        target = None
        for o in out:
            if o.sent_index == d.sent_index and o.event.type in VIOLENT_TYPES and d.event.type in VIOLENT_TYPES \
                    and o.event.factuality == d.event.factuality and not recalled_apart(o.event, d.event) and (
                        _linked(o, d) or ((is_outcome(o) or is_outcome(d)) and names_agree(o, d)
                                          and not different_days(o, d))):
                target = o
                break
        if target is None:
            out.append(d)
            continue
        # keep the more specific trigger as the event's own
        if specificity(d) > specificity(target):
            d.event, target.event = target.event, d.event
            target.hit, d.hit = d.hit, target.hit
        target.merged_heads += [d.hit.head, *d.merged_heads]
        _join_places_hit(target, d)
        _absorb(target.event, d.event)
        target.loc_explicit = target.loc_explicit or d.loc_explicit
    return out


# A mention that is the content of a request, a threat or a refusal is no act of its own: what is
# urged, demanded, threatened or refused ("urged them to stay on alert", "demand his resignation",
# "threatening to strike", "refused to discuss") has not been done, and PLOVER codes the request,
# threat or refusal with the content as its argument. Only complements lead to it: a clause of
# time or cause ("attacked after the government refused to negotiate"), a relative clause ("strikes
# that killed 30") or a conjoined act ("arrested and charged") is an act of its own, and so is what
# acts that report on another act are about ("condemned strikes that killed 30", "protest the
# killing of a teenager") or what a party commits itself to ("promised that Denmark would join").
# An act's own name as its content is the act, of any kind: "agreed to a plea deal" is one agreement
# (but "fought off an assault by government forces" tells the forces' act too).
CONTENT_GOVERNORS = frozenset((EventType.REQUEST, EventType.THREATEN, EventType.REJECT))
# The links from a content up to its act: a complement clause or an object ("urged them to
# release", "demand his resignation", "refused to discuss"), a preposition's object only right
# under the act ("called for the release"), an infinitive modifying a noun of the act ("a demand to
# release the hostages"), and acts conjoined inside the content ("to stop the fighting and allow aid")
CLAUSE_LINKS = frozenset(("xcomp", "ccomp", "dobj", "pcomp"))
# How far up the parse the governing trigger may stand ("for the release": pobj, prep, called)
CONTENT_HOPS = 3
# Acts whose object is an act going on, not a content: "refused to halt its strikes" (the strikes are real)
STOPPING_LEMMAS = frozenset("halt stop end cease suspend pause".split())


def _content_link(tok, heads: dict) -> bool:
    """May the walk from a content go up from `tok` to its head?"""
    if tok.dep_ in CLAUSE_LINKS or (tok.dep_ == "conj" and tok.head.i not in heads):
        return True
    if tok.dep_ == "acl":  # "a demand to release": an infinitive
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if tok.dep_ == "advcl":  # "calling for the president to resign": "for ... to", the parse's adverbial
        return any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":  # "called for the release", not "a report on the
        return _under_an_act(tok.head.head, heads)   # massacre"; "urged them to stay on alert"
    return tok.dep_ == "prep" and _under_an_act(tok.head, heads)


def _under_an_act(tok, heads: dict) -> bool:
    """Is the token a trigger, or the bare verb an act's object is told to do ("to stay")?"""
    return tok.i in heads or (tok.dep_ == "xcomp" and tok.head.i in heads)


def governing(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The mention of d's sentence whose content d's trigger is, if any: the first trigger above it
    along content links (`_content_link`), if a request, threat or refusal (`CONTENT_GOVERNORS`),
    or itself such content reached by a clause or an object."""
    tok = d.sent.doc[d.hit.head]
    if in_past_tense(tok):
        return None  # "warned that the gunmen had killed three": told as done, no threat's content
    heads = {o.hit.head: o for o in drafts if o is not d and o.sent_index == d.sent_index}
    for _ in range(CONTENT_HOPS):
        if tok.head.i == tok.i or not _content_link(tok, heads):
            return None
        link, tok = tok.dep_, tok.head
        if tok.lemma_.lower() in STOPPING_LEMMAS:
            return None  # what is halted is going on, whether "halt" is still a mention or folded away
        if tok.i in heads:
            g = heads[tok.i]
            if g.event.type in CONTENT_GOVERNORS or (g.event.type == d.event.type and not _doers_of_its_own(d, g)) \
                    or (link == "dobj" and g.event.type == EventType.SUPPORT and d.event.type == EventType.AGREE):
                return g  # (an agreement signed or ratified is the signing's object: PLOVER codes the signing SUPPORT)
            # the content of a content ("refused to discuss the withdrawal")
            return g if link in CLAUSE_LINKS and governing(g, drafts) is not None else None
    return None


def _doers_of_its_own(content: Draft, act: Draft) -> bool:
    """Does the content name doers the act does not ("fought off an assault by government forces",
    "accused Greece of accusing its coast guard"): another party's act, not the act's own name."""
    return bool(_names(content.event) - _names(act.event))


def fold_contents(drafts: list[Draft], main: int | None) -> tuple[list[Draft], int | None]:
    """A mention that is another's content (`governing`) is not an event of its own: it folds
    into the act that governs it, which takes only its reporters (the content's own toll, place
    or target belong to an act not done). The main event stays. Returns the drafts kept and the
    main event's new index."""
    into = {id(d): g for i, d in enumerate(drafts) if i != main and (g := governing(d, drafts)) is not None}
    kept = []
    for d in drafts:
        g = into.get(id(d))
        while g is not None and id(g) in into and into[id(g)] is not d:
            g = into[id(g)]
        if g is None:
            kept.append(d)
            continue
        for r in d.event.reported_by:
            if all(r.start != x.start for x in g.event.reported_by):
                g.event.reported_by.append(r)
    return kept, (kept.index(drafts[main]) if main is not None else None)


def split_joint_actors(drafts: list[Draft]) -> list[Draft]:
    """An attack by several distinct named parties becomes one draft per party (but people
    named together act together)."""
    out: list[Draft] = []
    for d in drafts:
        ev = d.event
        named = [a for a in ev.actors if a.name and a.country != "" and a.sector in JOINT_ACTOR_SECTORS]
        if ev.type == EventType.ASSAULT and len(named) >= MIN_JOINT_ACTORS and len({a.name for a in named}) == len(named) \
                and not all(a_private_person(a, d.sent) for a in named):
            for a in named:
                nd = copy.copy(d)
                nd.event = copy.deepcopy(ev)
                nd.event.actors = [a]
                # each party's draft grows its own lists as later mentions merge into it
                nd.merged_heads, nd.places_hit = list(d.merged_heads), list(d.places_hit)
                out.append(nd)
        else:
            out.append(d)
    return out


def _compatible(a: Event, b: Event, check_place: bool = True, weak_date: bool = False) -> bool:
    if a.type != b.type or a.factuality != b.factuality or recalled_apart(a, b):
        return False
    na, nb = _names(a), _names(b)
    if na and nb and not (na & nb):
        return False
    if check_place and a.location and b.location and a.location.geonameid != b.location.geonameid:
        if not (a.location.precision != "point" or b.location.precision != "point") or \
                a.location.country != b.location.country:
            return False
        if a.location.admin1_code != b.location.admin1_code:
            return False
    if dates_conflict(a, b) and not weak_date:
        return False
    if a.killed and b.killed and a.killed.value != b.killed.value:
        return False
    return True


def merge_across(drafts: list[Draft], window: int = SAME_EVENT_WINDOW) -> list[Draft]:
    """Coreferent mentions across sentences: a mention joins the most recently
    mentioned compatible event within `window` sentences (any distance when both
    name the same actors)."""
    out: list[Draft] = []
    for d in drafts:
        ev = d.event
        target = None
        for o in sorted(out, key=lambda x: x.last_sent_index, reverse=True):
            if d.sent_index - o.last_sent_index > window and not (_names(ev) and _names(ev) == _names(o.event)):
                continue
            if o.sent_index == d.sent_index and not (_names(ev) and _names(ev) == _names(o.event)):
                continue
            weak = "published" in (o.date_kind, d.date_kind)
            if not _compatible(o.event, ev, o.loc_explicit and d.loc_explicit, weak):
                continue
            target = o
            break
        if target is None:
            out.append(d)
        else:
            _absorb(target.event, ev)
            _join_places_hit(target, d)
            target.last_sent_index = max(target.last_sent_index, d.sent_index)
            target.loc_explicit = target.loc_explicit or d.loc_explicit
            if target.date_kind != "stated" and d.date_kind == "stated":
                target.event.date, target.event.date_text, target.date_kind = ev.date, ev.date_text, "stated"
                target.event.date_precision = ev.date_precision
    return out


# Determiners that make an event noun a second mention ("the attack", "this assault", "its offensive").
ANAPHORIC_DETERMINERS = frozenset("the this that these those its their".split())
# Modifiers that make a definite event noun a new incident ("the latest attack", "the second blast").
NEW_INCIDENT_MODIFIERS = frozenset("latest new second third fourth first last previous earlier recent other another "
                                   "similar further fresh next separate subsequent".split())


# The kinds a definite violent noun and its antecedent may differ by: "the attack" with no doer of
# its own reads as a crime (`private_violence`) where the attack it repeats has a state's doer
ANAPHOR_KINDS = VIOLENT_TYPES | {EventType.CRIME}


def anaphoric(d: Draft) -> bool:
    """A definite event noun that adds no name of its own ("the attack", "the blast",
    "this assault"): a second mention of an incident the article already reported."""
    tok = d.sent.doc[d.hit.head]
    if tok.pos_ != "NOUN":
        return False
    kids = list(tok.children)
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETERMINERS for c in kids):
        return False
    return not any(c.lower_ in NEW_INCIDENT_MODIFIERS or (c.dep_ in ("compound", "amod", "nmod", "poss")
                                                          and (c.pos_ == "PROPN" or c.ent_type_)) for c in kids)


def coalesce_anaphors(drafts: list[Draft], main: int | None) -> tuple[list[Draft], int | None]:
    """Second mentions ("the attack", "the blast") fold into the latest earlier incident of
    their kind (violent or criminal for a violent noun, else the same type), which takes what
    they add (a toll, a claim, a place) but keeps its own date; the main event stays the main event.
    Returns the drafts kept and the main event's new index."""
    kept: list[Draft] = []
    new_main = None
    for i, d in enumerate(drafts):
        antecedent = None
        if i != main and anaphoric(d):
            antecedent = next((o for o in reversed(kept) if o.sent_index < d.sent_index and (
                o.event.type == d.event.type or (o.event.type in ANAPHOR_KINDS and d.event.type in ANAPHOR_KINDS))),
                None)
        if antecedent is None:
            if i == main:
                new_main = len(kept)
            kept.append(d)
            continue
        # (a recalled antecedent takes its anaphor too: "the attack" has no time of its own)
        date, date_text, precision = antecedent.event.date, antecedent.event.date_text, antecedent.event.date_precision
        _absorb(antecedent.event, d.event)
        fill_places_hit(antecedent, d)
        antecedent.event.date, antecedent.event.date_text, antecedent.event.date_precision = date, date_text, precision
        antecedent.last_sent_index = max(antecedent.last_sent_index, d.sent_index)
    return kept, new_main


def told_apart(a: Draft, b: Draft) -> bool:
    """Does the later mention's sentence open by saying it tells another incident?"""
    later = b if b.sent_index > a.sent_index else a
    return a.sent_index != b.sent_index and later.sent is not None \
        and ANOTHER_INCIDENT.match(later.sent.text) is not None


def recalled_apart(a: Event, b: Event) -> bool:
    """One mention recalled as background, the other not: an earlier incident and today's."""
    return (BACKGROUND in a.context) != (BACKGROUND in b.context)


def places_agree(a: Event, b: Event) -> bool:
    """No two places that cannot be one: another country, or another region at a finer level."""
    la, lb = a.location, b.location
    if la is None or lb is None:
        return True
    if la.country != lb.country:
        return False
    both_fine = la.precision != "country" and lb.precision != "country"
    return not (both_fine and la.admin1_code and lb.admin1_code and la.admin1_code != lb.admin1_code)


def same_incident(main: Draft, other: Draft) -> bool:
    """Could `other` be another mention of the main incident, in any sentence? The same type and
    factuality, and no conflicting actors, day, place or toll. (Letting attacks, accidents and
    crimes fold into each other too gave the same fields and missed one more real event.)"""
    a, b = main.event, other.event
    if a.type != b.type or a.factuality != b.factuality or recalled_apart(a, b) or told_apart(main, other):
        return False
    if not names_agree(main, other) or different_days(main, other) or not places_agree(a, b):
        return False
    return not (a.killed and b.killed and a.killed.value != b.killed.value)


def _join_places_hit(keep: Draft, other: Draft) -> None:
    """Two mentions merged into one: the places either says the incident was done to."""
    keep.places_hit += [t for t in other.places_hit if t not in keep.places_hit]


def fill_places_hit(keep: Draft, other: Draft) -> None:
    """The places another mention says the incident was done to, where the kept one says none."""
    if not keep.places_hit:
        keep.places_hit = list(other.places_hit)


def fill_missing(keep: Event, other: Event, main: bool = False) -> None:
    """What the main event lacks, from another mention of it (its doers, toll, place), and the
    parties the mention hits; what it has stays. `main`: `keep` is the article's main event,
    whose doers a mention next to it may restate (`_restated_doers`)."""
    # a description in another sentence ("security forces broke up the protest") may be another
    # party than the main event's, unless it restates the main event (`_restated_doers`); a name
    # is the same party wherever it stands
    # a doer the resolver does not know ("Juvenile arrested": a headline's patient) gives way to one it does
    unknown = not any(_resolved(a) for a in keep.actors)
    if _accused_of(keep, other):
        # "John Smith is accused of shooting Tyler Brown": the accused is the shooting's alleged
        # doer, not one it was done to; the accuser is no party to the shooting
        if not keep.actors:
            keep.actors = list(other.targets)
        return _fill_outcomes(keep, other)
    if _accused_of(other, keep):
        # the other way: "A man was charged with murder" folding the murder in: the murderer is
        # the one charged, not who charged him, and the murder's victims are no party to the charge
        have = {(t.start, t.end) for t in keep.targets}
        doers = {_key(a) for a in keep.actors}  # never the charge's own doer ("sanctions over the crackdown")
        keep.targets += [a for a in other.actors if (a.start, a.end) not in have and _described_or_named(a)
                         and _key(a) not in doers]
        return _fill_outcomes(keep, other)
    # a denial names who says they did not do it ("HTS denied firing the rockets"): never the doer
    if unknown and other.actors and other.factuality not in DISOWNED \
            and ((main and _restated_doers(keep, other))
                 or all(named_in_text(a, other.sentence.start) for a in other.actors)) \
            and (not keep.actors or any(_resolved(a) for a in other.actors)):
        keep.actors = list(other.actors)
    elif CLAIMED in other.context and other.type == keep.type and _only_described(keep):
        # "A suicide bomber blew himself up ... Islamic State claimed the attack": the group a
        # claimed mention names is who the attackers the main one only described were (states
        # claim no attacks; a party named in a mention that claims nothing may be anyone: the
        # clerk who shot back, a group that attacked weeks before)
        named = [a for a in other.actors if _resolved(a) and a.sector != Sector.UAF
                 and a.sector not in STATE_FORCE_SECTORS
                 and (named_in_text(a, other.sentence.start) or _its_own_name(a))]
        if named:
            keep.actors += named  # the described doers stay: who did it, as the report saw it
            named_keys = {_key(a) for a in named}  # "in an attack claimed by IS": no target
            keep.targets = [t for t in keep.targets if _key(t) not in named_keys]
    # the same state named otherwise in the other mention ("Syrian" raid, "Syrian army helicopters"):
    # that name too
    if keep.actors and other.factuality not in DISOWNED:
        mine = {_key(a) for a in keep.actors if _resolved(a)}
        for a in other.actors:
            if _key(a) in mine and _another_name(a, keep.actors):
                keep.actors.append(a)
    # an event with no target takes the other mention's; one with targets takes only the parties
    # the resolver knows, never unidentified attackers ("close range", "a total", "two suicide
    # bombers" come with a mention's targets too); neither takes its own doers, nor anything from a
    # mention that does not say they were hit ("HTS denied arresting 30 people")
    take_all = not keep.targets
    doers = {_key(a) for a in keep.actors}
    have = {t.name or t.text for t in keep.targets}
    for t in other.targets if other.factuality not in DISOWNED | {"hypothetical"} else ():
        if (take_all or (_resolved(t) and t.sector != Sector.UAF)) and (t.name or t.text) not in have \
                and _key(t) not in doers:
            keep.targets.append(t)
            have.add(t.name or t.text)
    _fill_outcomes(keep, other)


# A restatement follows the mention it restates: the headline's in the lead, a sentence's in the
# next ("Village attacked in Nigeria. Gunmen attacked a village in Zamfara"); a like act further
# on may be another party's ("Federal judges have approved settlements" in a story of the NYPD's)
RESTATED_WITHIN_CHARS = 300
# Words that tell an act as coming after another: a second act, no restatement
FOLLOW_UP = re.compile(r"\b(?:later|then|afterwards?|subsequently|eventually)\b", re.I)
def _restated_doers(keep: Event, other: Event) -> bool:
    """Does the other mention restate the doers of a main event that names none the resolver
    knows ("Village attacked in Nigeria" / "Gunmen attacked a village in Zamfara"): the same kind
    of act, told next to it, its doers described, not pronouns ("they" may be anyone the story
    named last)?"""
    # measured on each doer's own words: a mention may hold doers an earlier fold brought from further
    # on; and a mention told as coming after is a second act ("The firefighter detained the woman.
    # Police later arrested her")
    near = range(keep.sentence.start - RESTATED_WITHIN_CHARS, keep.sentence.end + RESTATED_WITHIN_CHARS)
    return other.type == keep.type and not FOLLOW_UP.search(other.sentence.text) \
        and all(a.start in near and a.text.lower() not in PRONOUN_WORDS for a in other.actors)


def _its_own_name(a) -> bool:
    """Are the actor's words its very name ("Taliban claim ...", opening a headline), not a
    description the resolver read ("Militants" → Syrian rebels)?"""
    words = a.text.lower().split()
    return bool(a.name) and " ".join(words[1:] if words[:1] == ["the"] else words) == a.name.lower()


def _only_described(ev: Event) -> bool:
    """Are the event's doers only described, none known ("gunmen", "a suicide bomber": an
    unidentified armed group)?"""
    return bool(ev.actors) and all(a.sector == Sector.UAF or not _resolved(a) for a in ev.actors)


def _fill_outcomes(keep: Event, other: Event) -> None:
    """The toll, place, instruments and reporters another mention gives and the kept one lacks."""
    for f in ("killed", "injured", "location"):
        if getattr(keep, f) is None and getattr(other, f) is not None:
            setattr(keep, f, getattr(other, f))
    take_exact_tolls(keep, other)
    inst = {(i.start, i.end) for i in keep.instruments}
    keep.instruments += [i for i in other.instruments if (i.start, i.end) not in inst]
    for r in other.reported_by:
        if all(r.start != x.start for x in keep.reported_by):
            keep.reported_by.append(r)


# Acts that name an accused and what they are accused of: a charge, an allegation, a sentence
ACCUSING_TYPES = frozenset((EventType.ACCUSE, EventType.SANCTION))
# What one is accused of doing to others
OFFENCE_TYPES = frozenset((EventType.ASSAULT, EventType.CRIME))


def _accused_of(keep: Event, other: Event) -> bool:
    """Does the other mention accuse someone of the kept act ("X is accused of shooting Y",
    "charged with the murder")?"""
    return other.type in ACCUSING_TYPES and keep.type in OFFENCE_TYPES


def _described_or_named(a) -> bool:
    """A party told by name or description, not a pronoun standing in for one."""
    return not (len(a.text.split()) == 1 and a.text.lower() in PRONOUN_WORDS)


# (eval/records.py keeps its own list: the extraction may not read the evaluation's)
PRONOUN_WORDS = frozenset("he she they it him her them his its their i we you".split())


def fold_into_main(drafts: list[Draft], main: int | None) -> tuple[list[Draft], int | None]:
    """Every other mention of the main incident (`same_incident`) folds into it, filling what it
    lacks (its actor, toll, place); the main event stays the main event. Returns the drafts kept
    and the main event's new index."""
    if main is None:
        return drafts, main
    head = drafts[main]
    kept = []
    for i, d in enumerate(drafts):
        if i != main and same_incident(head, d):
            fill_missing(head.event, d.event, main=True)
            fill_places_hit(head, d)
            head.last_sent_index = max(head.last_sent_index, d.sent_index)
            continue
        kept.append(d)
    return kept, kept.index(head)
