"""What the sources of one fused event agree on, and how many independent ones say it.

An independent source is an original article: a syndicated copy (a mention with
`duplicate_of`) speaks with the voice of the article it copies, so an original
and its copies count once. Each field's consensus is the value stated by the
most independent sources; `support[field]` is that number.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from ..model import Actor, Count, FusedEvent, Mention, Place
from .conflicts import find_conflicts
from .figures import compatible
from .similarity import NEARBY_FLOOR, PRECISION_RANK, place_known, place_match, sides

T = TypeVar("T", bound=Hashable)


def source_of(m: Mention) -> str:
    """The independent source a mention speaks for: the original article of a copy."""
    return m.duplicate_of or m.article_id


def independent(mentions: list[Mention]) -> list[Mention]:
    """One mention per independent source: the original's own where it is present, else the first copy."""
    chosen: dict[str, Mention] = {}
    for m in mentions:
        src = source_of(m)
        if src not in chosen or m.article_id == src and chosen[src].article_id != src:
            chosen[src] = m
    return list(chosen.values())


def refresh(ev: FusedEvent) -> None:
    """Recompute every consensus field, the support counts and the conflicts of `ev` in place."""
    sources = independent(ev.mentions)
    ev.support = {}

    event_type, ev.support["type"] = _vote([m.event.type for m in sources])
    ev.type = event_type or ev.type
    typed = [m.event for m in sources if m.event.type == ev.type]
    mode, _ = _vote([e.mode for e in typed if e.mode])
    ev.mode = mode
    first = next((e for e in typed if e.mode == mode), typed[0])
    ev.cameo = first.cameo
    ev.acled_event_type, ev.acled_sub_event_type = first.acled_event_type, first.acled_sub_event_type

    stated: list[str] = [m.event.date for m in sources if m.event.date and m.event.date_text]
    carried: list[str] = [d for m in sources if (d := m.event.date or m.report_day)]
    ev.date, ev.support["date"] = _vote(stated or carried)
    ev.location, ev.support["location"] = _consensus_place([m.event.location for m in sources])
    # a crackdown's doers are the protest's targets (`similarity.sides`)
    read = [sides(m.event.actors, m.event.targets, m.event.type, ev.type) for m in sources]
    ev.actors, ev.support["actors"] = _consensus_actors([doers for doers, _ in read])
    ev.targets, ev.support["targets"] = _consensus_actors([done_to for _, done_to in read])
    ev.killed, ev.support["killed"] = _consensus_figure(sources, lambda m: m.event.killed)
    ev.injured, ev.support["injured"] = _consensus_figure(sources, lambda m: m.event.injured)
    ev.support = {k: v for k, v in ev.support.items() if v}

    published = sorted(m.published for m in ev.mentions if m.published)
    ev.first_reported = published[0] if published else None
    ev.last_reported = published[-1] if published else None
    ev.outlets = list(dict.fromkeys(m.outlet for m in ev.mentions if m.outlet))
    ev.n_articles = len({m.article_id for m in ev.mentions})
    ev.n_sources = len(sources)
    ev.conflicts = find_conflicts(sources, ev.type)


def _vote(values: Sequence[T]) -> tuple[T | None, int]:
    """The most stated value and its count; ties go to the value stated first."""
    if not values:
        return None, 0
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best), best


def _supports(claim: Place, candidate: Place) -> bool:
    """A source's place backs a candidate if it is the same place or a coarser one containing it."""
    if claim.geonameid is not None and claim.geonameid == candidate.geonameid:
        return True
    match = place_match(claim, candidate)
    if match is None:
        return False
    rank_claim = PRECISION_RANK[claim.precision or "country"]
    rank_candidate = PRECISION_RANK[candidate.precision or "country"]
    return rank_claim < rank_candidate or (rank_claim >= 2 and match >= NEARBY_FLOOR)


def _consensus_place(places: list[Place | None]) -> tuple[Place | None, int]:
    """The finest place most sources back ("Ariha" over "Idlib province", which contains it)."""
    distinct: dict[tuple[object, ...], tuple[Place, int]] = {}
    for p in places:
        if p is not None and place_known(p):
            place_key = (p.geonameid, p.name, p.precision)
            first, n = distinct.get(place_key, (p, 0))
            distinct[place_key] = (first, n + 1)
    options = list(distinct.values())
    best: tuple[int, int, int] | None = None
    chosen: Place | None = None
    for i, (cand, _) in enumerate(options):
        backing = sum(n for p, n in options if _supports(p, cand))
        key = (backing, PRECISION_RANK[cand.precision or "country"], -i)
        if best is None or key > best:
            best, chosen = key, cand
    return chosen, best[0] if best else 0


def _consensus_actors(per_source: list[list[Actor]]) -> tuple[list[Actor], int]:
    """The actors named by the most sources (all of them where several tie). A doer only implied
    (`Actor.implied`: an arrest's police guessed from its country) votes only where no source
    names one."""
    named = [[a for a in actors if not a.implied] for actors in per_source]
    if any(named):
        per_source = named
    votes: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for actors in per_source:
        for a in actors:
            if a.name and a.name not in first:
                first[a.name] = a
        votes.update({a.name for a in actors if a.name})
    if not votes:
        return [], 0
    best = max(votes.values())
    return [a for name, a in first.items() if votes[name] == best], best


def _consensus_figure(sources: list[Mention], figure: Callable[[Mention], Count | None]) -> tuple[int | None, int]:
    """The figure most sources' figures are compatible with; ties go to the latest report (tolls rise)."""
    distinct: dict[tuple[int, str], tuple[Count, int, str]] = {}  # (value, qualifier) -> figure, sources, latest
    for m in sources:
        c = figure(m)
        if c is not None:
            _, n, latest = distinct.get((c.value, c.qualifier), (c, 0, ""))
            distinct[(c.value, c.qualifier)] = (c, n + 1, max(latest, m.published or ""))
    best: tuple[int, str, int] | None = None
    for cand, _, latest in distinct.values():
        backing = sum(n for c, n, _ in distinct.values() if compatible(c, cand))
        key = (backing, latest, cand.value)
        if best is None or key > best:
            best = key
    return (best[2], best[0]) if best else (None, 0)
