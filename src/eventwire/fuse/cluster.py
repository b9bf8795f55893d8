"""Cluster mentions across articles into real-world events, incrementally.

Each article's mentions are assigned together: every mention is scored against
the events its blocks hold (blocking.py), and the best (mention, event) pairs
above the threshold are taken greedily, one mention per event per article (the
extractor has already merged what one article says twice). A mention left over
starts a new event whose id comes from that mention's id, so ids do not depend
on what is fused later.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from ..model import FusedEvent, Mention
from .blocking import BlockIndex
from .consensus import refresh
from .scoring import THRESHOLD, Features, Profile, features, score
from .similarity import WordWeights


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
        self._weights = WordWeights()
        for ev in events:
            feats = [features(m) for m in ev.mentions]
            if not feats:
                continue
            self.events[ev.id] = ev
            self._profiles[ev.id] = Profile(seq=len(self._profiles), group=feats[0].group)
            for f in feats:
                self._weights.add(f.words)
                self._file(ev.id, f)

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
        feats = [features(m) for m in mentions]
        for f in feats:
            self._weights.add(f.words)
        fallback = _article_countries(feats)
        scored: list[tuple[float, int, int, str]] = []
        for i, f in enumerate(feats):
            # A placed mention is also looked for where the rest of its article is (see PLACE_MISMATCH_POINTS).
            countries = {f.country} | fallback if f.place else fallback | _actor_countries(f)
            word_total = self._weights.total(f.words)
            for event_id in self._index.candidates(f.type, countries, f.day):
                profile = self._profiles[event_id]
                s = score(f, profile, self._weights, word_total)
                if s is not None and s >= THRESHOLD:
                    scored.append((-s, i, profile.seq, event_id))
        # Best pairs first; one event per mention and one mention of this article per event.
        scored.sort()
        assigned: dict[int, str] = {}
        taken: set[str] = set()
        for _, i, _, event_id in scored:
            if i not in assigned and event_id not in taken:
                assigned[i] = event_id
                taken.add(event_id)
        touched = []
        for i, f in enumerate(feats):
            event_id = assigned.get(i) or self._create(f)
            self.events[event_id].mentions.append(f.mention)
            self._file(event_id, f)
            touched.append(event_id)
        return touched

    def _create(self, f: Features) -> str:
        event_id = event_id_for(f.mention.id)
        if event_id in self.events:  # the same mention fused twice: keep it apart, deterministically
            event_id = event_id_for(f"{f.mention.id}#{len(self.events)}")
        self.events[event_id] = FusedEvent(id=event_id, type=f.type)
        self._profiles[event_id] = Profile(seq=len(self._profiles), group=f.group)
        return event_id

    def _file(self, event_id: str, f: Features) -> None:
        self._event_of[f.mention.id] = event_id
        self._profiles[event_id].absorb(f)
        self._index.file(event_id, (f.type, f.country, f.day))


def _article_countries(feats: list[Features]) -> set[str]:
    """Where an article's placed events are: the likely country of its unplaced ones."""
    counts = Counter(f.place.country for f in feats if f.place and f.place.country)
    return {counts.most_common(1)[0][0]} if counts else set()


def _actor_countries(f: Features) -> set[str]:
    """Countries of the people involved ('Syrian civilians'): a weaker hint where the article has none."""
    ev = f.mention.event
    return {a.country for a in ev.targets + ev.actors if a.name and a.country}
