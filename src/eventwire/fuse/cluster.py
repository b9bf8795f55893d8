"""Cluster mentions across articles into real-world events, incrementally.

Each article's mentions are assigned together. articles.py first derives the article's
view (its country, its opening, the mentions of its main incident); every mention is
then scored against the events its blocks hold (blocking.py, scoring.py). The article's
main event is scored by the best evidence of any mention of its incident, plus the
likeness of the article's opening to the openings of the reports an event is about
(LEAD_POINTS). Assignment is greedy, one mention per event per article (the extractor
has already merged what one article says twice): the main event goes first, to the best
event above the threshold that other reports are about (unless it names another
perpetrator or a toll far from the event's), or else to the best event above it; then
the other mentions, best pairs first. A mention left over starts a new event
whose id comes from that mention's id, so ids do not depend on what is fused later.

Why the main event goes to an event other reports are about, even where an event that
holds only a passing mention scores higher: the extractor splits one incident into
several events of one report, and the parts that are not its main event become events
of their own. A later report of the incident would otherwise join whichever part its
words match best, and the two reports would end up apart.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable

from ..model import FusedEvent, Mention
from .articles import ArticleView, article_view
from .blocking import BlockIndex
from .consensus import refresh
from .figures import closeness
from .scoring import THRESHOLD, Features, Profile, features, score
from .similarity import WordWeights, actor_match

# A main event meeting an event whose reports open like its own article
# (ArticleView.lead, IDF-weighted Jaccard over articles) gains up to LEAD_POINTS:
# nothing up to LEAD_FLOOR (what any two reports of one war share), in full from LEAD_FULL.
LEAD_POINTS = 2.0
LEAD_FLOOR = 0.03
LEAD_FULL = 0.3

# Assignment order: an article's main event to an event other reports are about,
# then to any other event, then the article's other mentions.
MAIN_TO_REPORTED, MAIN_TO_OTHER, OTHER = 0, 1, 2

Candidate = tuple[int, float, int, int, str]  # (order, -points, mention index, event seq, event id)


def event_id_for(mention_id: str) -> str:
    return "ev-" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:12]


class Fuser:
    """Incremental cross-article event fusion.

    `add` takes mentions (pass each article's mentions in one call, or at least
    together in a call), assigns each to an existing event or a new one, and
    returns the events it created or changed, their consensus recomputed.
    Adding articles one call at a time gives the same events as one call with
    all of them, in the same order. `Fuser(stored_events)` resumes from events
    a store kept.
    """

    def __init__(self, events: Iterable[FusedEvent] = ()) -> None:
        self.events: dict[str, FusedEvent] = {}
        self._profiles: dict[str, Profile] = {}
        self._event_of: dict[str, str] = {}  # mention id -> event id
        self._index = BlockIndex()
        self._weights = WordWeights()  # over mentions' sentences
        self._leads = WordWeights()  # over articles' openings
        events = [ev for ev in events if ev.mentions]
        # An article's view needs all of its mentions, wherever they were fused.
        by_article: dict[str, list[Mention]] = {}
        for ev in events:
            for m in ev.mentions:
                by_article.setdefault(m.article_id, []).append(m)
        views = {a: article_view(ms) for a, ms in by_article.items()}
        for view in views.values():
            self._leads.add(view.lead)
        for ev in events:
            self.events[ev.id] = ev
            feats = [features(m, views[m.article_id].country) for m in ev.mentions]
            self._profiles[ev.id] = Profile(seq=len(self._profiles), group=feats[0].group)
            for f in feats:
                self._weights.add(f.words)
                self._file(ev.id, f, views[f.mention.article_id])

    def event_of(self, mention_id: str) -> str | None:
        """The id of the fused event a mention belongs to, if it was fused."""
        return self._event_of.get(mention_id)

    def add(self, mentions: list[Mention]) -> list[FusedEvent]:
        """Fuse mentions; a mention already fused (same id) is left where it is."""
        by_article: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.id not in self._event_of:
                by_article.setdefault(m.article_id, []).append(m)
        touched: dict[str, None] = {}
        for article_mentions in by_article.values():
            for event_id in self._add_article(list({m.id: m for m in article_mentions}.values())):
                touched[event_id] = None
        changed = [self.events[i] for i in touched]
        for ev in changed:
            refresh(ev)
        return changed

    def _add_article(self, mentions: list[Mention]) -> list[str]:
        view = article_view(mentions)
        self._leads.add(view.lead)
        feats = [features(m, view.country) for m in mentions]
        for f in feats:
            self._weights.add(f.words)
        totals = [self._weights.total(f.words) for f in feats]
        fallback = {view.country} if view.country else set()
        index_of = {f.mention.id: i for i, f in enumerate(feats)}
        incident = [index_of[mention_id] for mention_id in view.incident]
        scored: list[Candidate] = []
        for i, f in enumerate(feats):
            if incident and i == incident[0]:
                scored += self._score_main(incident, feats, totals, fallback, view)
                continue
            for event_id in self._index.candidates(f.type, _countries(f, fallback), f.day):
                profile = self._profiles[event_id]
                s = score(f, profile, self._weights, totals[i])
                if s is not None and s >= THRESHOLD:
                    scored.append((OTHER, -s, i, profile.seq, event_id))
        # One event per mention and one mention of this article per event.
        scored.sort()
        assigned: dict[int, str] = {}
        taken: set[str] = set()
        for _, _, i, _, event_id in scored:
            if i not in assigned and event_id not in taken:
                assigned[i] = event_id
                taken.add(event_id)
        touched = []
        for i, f in enumerate(feats):
            event_id = assigned.get(i) or self._create(f)
            self.events[event_id].mentions.append(f.mention)
            self._file(event_id, f, view)
            touched.append(event_id)
        return touched

    def _score_main(self, incident: list[int], feats: list[Features], totals: list[float],
                    fallback: set[str], view: ArticleView) -> list[Candidate]:
        """Candidates for the article's main event (feats[incident[0]]): the best evidence of
        any mention of its incident, scored as the main event, plus lead points where the
        event is about other reports."""
        main = incident[0]
        seen: dict[str, None] = {}
        for j in incident:
            f = feats[j]
            seen.update(dict.fromkeys(self._index.candidates(f.type, _countries(f, fallback), f.day)))
        out: list[Candidate] = []
        lead_total: float | None = None
        for event_id in seen:
            profile = self._profiles[event_id]
            reach = LEAD_POINTS if profile.leads else 0.0
            best: float | None = None
            for j in incident:
                s = score(feats[j], profile, self._weights, totals[j], main=True, reach=reach)
                if s is not None and (best is None or s > best):
                    best = s
            if best is None or best + reach < THRESHOLD:
                continue
            if profile.leads:
                if lead_total is None:
                    lead_total = self._leads.total(view.lead)
                best += lead_points(max(self._leads.jaccard(view.lead, lead, lead_total) for lead in profile.leads))
            if best >= THRESHOLD:
                reported = profile.mains and not _contradicts(feats[main], profile)
                out.append((MAIN_TO_REPORTED if reported else MAIN_TO_OTHER, -best, main, profile.seq, event_id))
        return out

    def _create(self, f: Features) -> str:
        event_id = event_id_for(f.mention.id)
        if event_id in self.events:  # the same mention fused twice: keep it apart, deterministically
            event_id = event_id_for(f"{f.mention.id}#{len(self.events)}")
        self.events[event_id] = FusedEvent(id=event_id, type=f.type)
        self._profiles[event_id] = Profile(seq=len(self._profiles), group=f.group)
        return event_id

    def _file(self, event_id: str, f: Features, view: ArticleView) -> None:
        """Add a mention to its event's profile and blocks; a main event brings its article's opening."""
        self._event_of[f.mention.id] = event_id
        self._profiles[event_id].absorb(f, view.lead if f.mention.main else None)
        self._index.file(event_id, (f.type, f.country, f.day))


def lead_points(overlap: float) -> float:
    return LEAD_POINTS * min(1.0, max(0.0, overlap - LEAD_FLOOR) / (LEAD_FULL - LEAD_FLOOR))


def _contradicts(f: Features, p: Profile) -> bool:
    """Whether a main event names another perpetrator than an event, or a toll far from all of
    its tolls: then it is not preferred there over an event that only passing mentions are about
    (the other incident an article mentions may be the one this report is about)."""
    if actor_match(f.actor_names, f.actor_states, p.actor_names, p.actor_states) == 0.0:
        return True
    return f.killed is not None and bool(p.figures) and max(closeness(f.killed, k) for k in p.figures) == 0.0


def _countries(f: Features, fallback: set[str]) -> set[str]:
    """Countries whose blocks a mention looks in. A placed mention is also looked for where
    the rest of its article is (see PLACE_MISMATCH_POINTS); an unplaced one there and where
    the people involved are from."""
    return {f.country} | fallback if f.place else fallback | _actor_countries(f)


def _actor_countries(f: Features) -> set[str]:
    """Countries of the people involved ('Syrian civilians'): a weaker hint where the article has none."""
    ev = f.mention.event
    return {a.country for a in ev.targets + ev.actors if a.name and a.country}
