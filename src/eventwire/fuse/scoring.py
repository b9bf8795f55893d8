"""Evidence that one mention reports one fused event, in points; what an event keeps to be compared.

The blocks (blocking.py) already agree on country (or lack of place), compatible
type and a date window. Points then add what separates two air strikes in one
province on one day: the town, the sentence's words, the actor, the toll. A
feature one side does not state scores 0, no evidence either way.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..model import Mention, Place
from .blocking import DATE_WINDOW_DAYS, UNPLACED
from .figures import closeness
from .similarity import (
    PRECISION_RANK,
    WordWeights,
    actor_match,
    actor_names,
    actor_states,
    compatible_types,
    doubtful_place,
    factual_group,
    name_words,
    place_known,
    place_match,
    sides,
    tokens,
)

# Reports of one incident mostly agree on its day; two and three days apart are more often
# two incidents of a kind in one place (daily shelling of a city) than one misdated.
DATE_POINTS = {0: 1.0, 1: 0.6, 2: -0.5, 3: -1.5}
# A report that states no date carries its publication day, which may be a day after
# the event: that day's gap to a stated date is not held against it.
REPORTING_LAG_DAYS = 1
SAME_TYPE_POINTS = 0.5
PLACE_POINTS = 3.0  # times similarity.place_match: 3 one town, 1.5 one province, 0 one country
# Places that cannot both be right weigh heavily against, but do not forbid: a geocoder
# that puts "Ariha" in the wrong country should not keep the report out of its event.
PLACE_MISMATCH_POINTS = -2.0
ACTOR_POINTS = {1.0: 1.0, 0.5: 0.5, 0.0: -0.5}  # actor_match: same actor, same state, different
TARGET_POINTS = {1.0: 0.5, 0.5: 0.25, 0.0: 0.0}  # targets are named loosely; disagreeing is no evidence
KILLED_POINTS = 1.0  # times closeness, less a penalty for far-apart tolls
FAR_TOLL_POINTS = -0.5
MODE_POINTS = 0.5  # same mode; a different one counts against
INSTRUMENT_POINTS = 0.5  # a weapon named alike ("Su-34" / "Su-34 jets"); naming others is no evidence
WORD_POINTS = 4.0  # times IDF-weighted Jaccard of the sentences (doubled, capped at 1)
COPY_POINTS = 3.0  # a syndicated copy of an article already in the event
# A report's main event (Mention.main) has first claim on the event it matches, and
# prefers an event that other reports are about to one they only mention: the
# extractor sometimes splits one incident into two events of one article, and
# those become twin fused events (one article never feeds one event twice).
MAIN_POINTS = 0.5
MAIN_TO_MAIN_POINTS = 0.5
THRESHOLD = 4.5

PLACES_KEPT = 12  # distinct places an event profile keeps for comparison
WORD_SETS_KEPT = 3  # the first reports' sentences: they describe the event before follow-ups drift
FIGURES_KEPT = 12
LEADS_KEPT = 3



def day_number(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


@dataclass(frozen=True)
class Features:
    """What scoring needs from one mention, computed once."""

    mention: Mention
    type: str
    group: str
    day: int | None
    place: Place | None  # None unless comparable
    actor_names: frozenset[str]
    actor_states: frozenset[str]
    target_names: frozenset[str]
    target_states: frozenset[str]
    killed: int | None
    mode: str | None
    instruments: frozenset[str]  # words of the instruments' names
    words: frozenset[str]

    @property
    def country(self) -> str:
        return self.place.country if self.place and self.place.country else UNPLACED


def features(m: Mention, country: str | None = None) -> Features:
    """`country`: where the mention's article is (articles.article_country); a place in
    another country is doubtful and left out, as if the report named none."""
    ev = m.event
    place = ev.location if place_known(ev.location) and not doubtful_place(ev.location, country) else None
    return Features(
        mention=m, type=ev.type, group=factual_group(ev.factuality),
        day=day_number(ev.date) or day_number(m.report_day), place=place,
        actor_names=actor_names(ev.actors), actor_states=actor_states(ev.actors),
        target_names=actor_names(ev.targets), target_states=actor_states(ev.targets),
        killed=ev.killed.value if ev.killed else None, mode=ev.mode,
        instruments=name_words(" ".join(i.text for i in ev.instruments)), words=tokens(ev.sentence.text),
    )


NO_WORDS: frozenset[str] = frozenset()


@dataclass(slots=True)
class Profile:
    """A fused event summarised for comparison; bounded in size however many mentions it gets.

    Type, date and place are compared with the event's anchor (its most reported
    value), not with every value any mention gave: otherwise events would chain,
    one day or one town at a time, into one blob. Most events have one mention,
    so the sets start as that mention's own (immutable) sets, copied only on a union.
    """

    seq: int  # creation order: breaks score ties towards the older event
    group: str
    types: Counter[str] = field(default_factory=Counter)
    stated_days: Counter[int] = field(default_factory=Counter)
    carried_days: Counter[int] = field(default_factory=Counter)
    places: dict[tuple[object, ...], tuple[Place, int]] = field(default_factory=dict)
    actor_names: frozenset[str] = NO_WORDS
    actor_states: frozenset[str] = NO_WORDS
    target_names: frozenset[str] = NO_WORDS
    target_states: frozenset[str] = NO_WORDS
    modes: frozenset[str] = NO_WORDS
    instruments: frozenset[str] = NO_WORDS
    figures: tuple[int, ...] = ()
    word_sets: tuple[frozenset[str], ...] = ()
    articles: frozenset[str] = NO_WORDS
    mains: int = 0  # mentions that are their article's main event
    leads: tuple[frozenset[str], ...] = ()  # the first main reports' openings (articles.ArticleView.lead)

    def absorb(self, f: Features, lead: frozenset[str] | None = None) -> None:
        """Take in a mention; `lead`: its article's opening, where it is its article's main event."""
        self.types[f.type] += 1
        if f.day is not None:
            (self.stated_days if f.mention.event.date_text else self.carried_days)[f.day] += 1
        if f.place is not None:
            key = (f.place.geonameid, f.place.name, f.place.precision)
            if key in self.places:
                self.places[key] = (self.places[key][0], self.places[key][1] + 1)
            elif len(self.places) < PLACES_KEPT:
                self.places[key] = (f.place, 1)
        self.actor_names = _union(self.actor_names, f.actor_names)
        self.actor_states = _union(self.actor_states, f.actor_states)
        self.target_names = _union(self.target_names, f.target_names)
        self.target_states = _union(self.target_states, f.target_states)
        if f.mode:
            self.modes = _union(self.modes, frozenset((f.mode,)))
        self.instruments = _union(self.instruments, f.instruments)
        if f.killed is not None and len(self.figures) < FIGURES_KEPT:
            self.figures += (f.killed,)
        if f.words and len(self.word_sets) < WORD_SETS_KEPT:
            self.word_sets += (f.words,)
        self.articles = _union(self.articles, frozenset((f.mention.article_id,)))
        self.mains += f.mention.main
        if lead and len(self.leads) < LEADS_KEPT:
            self.leads += (lead,)

    def anchor_type(self) -> str:
        return max(self.types, key=self.types.__getitem__)  # ties: the first type seen

    def anchor_day(self) -> int | None:
        """The most stated date; carried-over dates only where no report states one."""
        days = self.stated_days or self.carried_days
        return max(days, key=lambda d: (days[d], -d)) if days else None

    def anchor_place(self) -> Place | None:
        """The most reported place, the finer on ties."""
        if not self.places:
            return None
        place, _ = max(self.places.values(), key=lambda pc: (pc[1], PRECISION_RANK[pc[0].precision or "country"]))
        return place


def _union(held: frozenset[str], new: frozenset[str]) -> frozenset[str]:
    return held if new <= held else new if not held else held | new


def score(f: Features, p: Profile, weights: WordWeights, word_total: float | None = None, *,
          main: bool | None = None, reach: float = 0.0) -> float | None:
    """Evidence points that mention f reports event p, or None where it cannot.
    `word_total`: weights.total(f.words), where the caller has it; `main`: score f as its
    article's main event (default: f.mention.main); `reach`: points the caller may still
    add, so that a score that could reach the threshold with them is not cut short."""
    if f.group != p.group or f.mention.article_id in p.articles:
        return None
    anchor_type = p.anchor_type()
    if f.type not in compatible_types(anchor_type):
        return None
    points = SAME_TYPE_POINTS if f.type == anchor_type else 0.0

    anchor_day = p.anchor_day()
    if (f.day is None) != (anchor_day is None):
        return None
    if f.day is not None and anchor_day is not None:
        gap = abs(f.day - anchor_day)
        if gap > DATE_WINDOW_DAYS:
            return None
        # A date carried from publication may be a day after the event it reports.
        stated = bool(f.mention.event.date_text)
        if (not stated and p.stated_days) if f.day > anchor_day else (stated and not p.stated_days):
            gap = max(0, gap - REPORTING_LAG_DAYS)
        points += DATE_POINTS[gap]

    anchor_place = p.anchor_place()
    if f.place is not None and anchor_place is not None:
        match = place_match(f.place, anchor_place)
        points += PLACE_MISMATCH_POINTS if match is None else PLACE_POINTS * match

    # told from the other side (`similarity.sides`), the mention's doers are the event's targets
    doers, done_to = sides((f.actor_names, f.actor_states), (f.target_names, f.target_states), f.type, anchor_type)
    actors = actor_match(*doers, p.actor_names, p.actor_states)
    if actors is not None:
        points += ACTOR_POINTS[actors]
    targets = actor_match(*done_to, p.target_names, p.target_states)
    if targets is not None:
        points += TARGET_POINTS[targets]
    if f.killed is not None and p.figures:
        close = max(closeness(f.killed, k) for k in p.figures)
        points += KILLED_POINTS * close if close else FAR_TOLL_POINTS
    if f.mode and p.modes:
        points += MODE_POINTS if f.mode in p.modes else -MODE_POINTS
    if not f.instruments.isdisjoint(p.instruments):
        points += INSTRUMENT_POINTS
    if f.mention.duplicate_of in p.articles:
        points += COPY_POINTS
    if f.mention.main if main is None else main:
        points += MAIN_POINTS + (MAIN_TO_MAIN_POINTS if p.mains else 0.0)
    # Words are the costliest feature: skip them when they cannot lift the score over the line.
    if points + WORD_POINTS + reach < THRESHOLD:
        return None
    words = max((weights.jaccard(f.words, w, word_total) for w in p.word_sets), default=0.0)
    return points + WORD_POINTS * min(1.0, 2 * words)
