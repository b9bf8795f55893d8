"""Where the independent sources of one event disagree, each side with its evidence.

Casualty figures get a kind: a toll that only rises from one publication day to
a later one is `rising_toll` (the normal course of a story); different figures
on the same day, or a later lower one, are a `contradiction`. Figures that are
compatible under their qualifiers ("at least 40" and 43) are no conflict at all.
Actors, targets, stated dates and places conflict when two sources cannot both
be right.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from itertools import combinations
from typing import Any

from ..model import Actor, Claim, Conflict, Count, Mention, Place, Span
from .figures import compatible, describe
from .similarity import actor_match, actor_names, actor_states, place_known, places_disagree, sides


def find_conflicts(sources: list[Mention], event_type: str | None = None) -> list[Conflict]:
    """Conflicts among one mention per independent source (consensus.independent); each mention's
    doers and targets as an event of `event_type` reads them (`similarity.sides`)."""
    ordered = sorted(sources, key=lambda m: (m.published or "", m.id))
    kind = event_type or (ordered[0].event.type if ordered else "")
    found = [
        _figure_conflict("killed", ordered, lambda m: m.event.killed),
        _figure_conflict("injured", ordered, lambda m: m.event.injured),
        _actor_conflict("actor", ordered, lambda m: sides(m.event.actors, m.event.targets, m.event.type, kind)[0]),
        _actor_conflict("target", ordered, lambda m: sides(m.event.actors, m.event.targets, m.event.type, kind)[1]),
        _date_conflict(ordered),
        _place_conflict(ordered),
    ]
    return [c for c in found if c is not None]


def _claim(field: str, value: Any, m: Mention, evidence: Span | None = None) -> Claim:
    return Claim(field=field, value=value, mention_id=m.id, article_id=m.article_id, outlet=m.outlet,
                 published=m.published, evidence=evidence or m.event.sentence)


def _who(m: Mention) -> str:
    return f"{m.outlet or m.article_id}, {m.published or 'undated'}"


# --- casualty figures ------------------------------------------------------------


def _figure_conflict(field: str, ordered: list[Mention], figure: Callable[[Mention], Count | None]) -> Conflict | None:
    stated = [(m, c) for m in ordered if (c := figure(m)) is not None]
    # Compare distinct (day, figure) statements, in publication order: an event with
    # hundreds of sources has few distinct ones.
    distinct = list(dict.fromkeys((m.published, c.value, c.qualifier) for m, c in stated))
    clashes = [(a, b) for a, b in combinations(distinct, 2)
               if not compatible(Count(a[1], a[2], "", 0, 0), Count(b[1], b[2], "", 0, 0))]
    if not clashes:
        return None
    # a was published no later than b: a later lower figure, or two on one day, contradict.
    contradiction = any(not a[0] or not b[0] or a[0] == b[0] or b[1] < a[1] for a, b in clashes)
    kind = "contradiction" if contradiction else "rising_toll"
    arrow = " vs " if contradiction else " -> "
    values = [c.value for _, c in stated]
    summary = (f"{field}: " + arrow.join(f"{describe(c)} ({_who(m)})" for m, c in stated)
               + f"; range {min(values)}-{max(values)}")
    claims = [_claim(field, {"value": c.value, "qualifier": c.qualifier}, m, Span(c.text, c.start, c.end))
              for m, c in stated]
    return Conflict(field=field, kind=kind, claims=claims, summary=summary)


# --- actors, targets, dates, places ------------------------------------------------


def _grouped_summary(field: str, claims: Sequence[tuple[Mention, Hashable, str]]) -> str:
    """'actor: Russia (Crescent Post, 2024-03-15) vs Syrian government forces (Levant Wire, ...; SSNA, ...)'."""
    groups: dict[Hashable, tuple[str, list[str]]] = {}
    for m, key, label in claims:
        groups.setdefault(key, (label, []))[1].append(_who(m))
    return f"{field}: " + " vs ".join(f"{label} ({'; '.join(who)})" for label, who in groups.values())


def _actor_conflict(field: str, ordered: list[Mention], actors_of: Callable[[Mention], list[Actor]]) -> Conflict | None:
    named = [(m, actor_names(actors_of(m)), actor_states(actors_of(m))) for m in ordered]
    named = [(m, names, states) for m, names, states in named if names]
    distinct = list(dict.fromkeys((names, states) for _, names, states in named))
    if not any(actor_match(na, sa, nb, sb) == 0.0 for (na, sa), (nb, sb) in combinations(distinct, 2)):
        return None
    sides = [(m, names, ", ".join(sorted(names))) for m, names, _ in named]
    claims = [_claim(field, sorted(names), m) for m, names, _ in sides]
    return Conflict(field=field, kind="contradiction", claims=claims, summary=_grouped_summary(field, sides))


def _date_conflict(ordered: list[Mention]) -> Conflict | None:
    # Only dates a report states: a carried-over or defaulted date is no claim about this event.
    stated = [(m, m.event.date) for m in ordered if m.event.date and m.event.date_text]
    if len({d for _, d in stated}) < 2:
        return None
    claims = [_claim("date", d, m) for m, d in stated]
    return Conflict(field="date", kind="contradiction", claims=claims,
                    summary=_grouped_summary("date", [(m, d, d) for m, d in stated]))


def _place_label(p: Place) -> str:
    return ", ".join(x for x in (p.name or p.text, p.admin1, p.country) if x)


def _place_conflict(ordered: list[Mention]) -> Conflict | None:
    placed = [(m, p) for m in ordered if (p := m.event.location) is not None and place_known(p)]
    distinct = list({(p.geonameid, p.name, p.precision): p for _, p in placed}.values())
    if not any(places_disagree(a, b) for a, b in combinations(distinct, 2)):
        return None
    sides = [(m, _place_label(p), _place_label(p)) for m, p in placed]
    claims = [_claim("place", label, m) for m, label, _ in sides]
    return Conflict(field="place", kind="contradiction", claims=claims, summary=_grouped_summary("place", sides))
