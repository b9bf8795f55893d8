"""Extractor output without fusion: each event of one article as a one-mention FusedEvent,
so `eventwire extract` results can be exported in every format."""
from __future__ import annotations

from dataclasses import fields
from typing import Any

from eventwire.model import Actor, Count, Event, FusedEvent, Mention, Place, SourceRef, Span


def _span(d: dict) -> Span:
    return Span(d["text"], d["start"], d["end"])


def _make(cls, d: dict):
    """`cls(**d)`, ignoring keys the dataclass does not have (a newer output contract)."""
    return cls(**{f.name: d[f.name] for f in fields(cls) if f.name in d})


def _opt(cls, d: dict | None):
    return _make(cls, d) if d is not None else None


def event_from_dict(d: dict[str, Any]) -> Event:
    """An Event from its output-contract dict (docs/output.md)."""
    return Event(
        id=d["id"], type=d["type"], trigger=_span(d["trigger"]), sentence=_span(d["sentence"]),
        mode=d.get("mode"), cameo=d.get("cameo"), acled_event_type=d.get("acled_event_type"),
        acled_sub_event_type=d.get("acled_sub_event_type"), context=list(d.get("context") or []),
        factuality=d.get("factuality", "asserted"),
        actors=[_make(Actor, a) for a in d.get("actors") or []],
        targets=[_make(Actor, a) for a in d.get("targets") or []],
        location=_opt(Place, d.get("location")), date=d.get("date"), date_text=d.get("date_text"),
        instruments=[_span(i) for i in d.get("instruments") or []],
        killed=_opt(Count, d.get("killed")), injured=_opt(Count, d.get("injured")),
        reported_by=[_make(SourceRef, r) for r in d.get("reported_by") or []],
        confidence=d.get("confidence", 0.5),
    )


def _support(ev: Event) -> dict[str, int]:
    stated = {"type": ev.type, "date": ev.date, "location": ev.location, "actors": ev.actors,
              "targets": ev.targets, "killed": ev.killed, "injured": ev.injured}
    return {k: 1 for k, v in stated.items() if v}


def _mentions(result: dict[str, Any]) -> list[Mention]:
    """Stand-in for eventwire.fuse.mentions_from_result where fusion is not installed."""
    aid = result["id"]
    return [Mention(id=f"{aid}#{e['id']}", article_id=aid, outlet=result.get("source"),
                    published=result.get("published"), event=event_from_dict(e))
            for e in result.get("events") or []]


def _alone(m: Mention) -> FusedEvent:
    ev = m.event
    return FusedEvent(
        id=m.id, type=ev.type, mentions=[m], mode=ev.mode, cameo=ev.cameo,
        acled_event_type=ev.acled_event_type, acled_sub_event_type=ev.acled_sub_event_type,
        date=ev.date or m.published, location=ev.location, actors=list(ev.actors), targets=list(ev.targets),
        killed=ev.killed.value if ev.killed else None, injured=ev.injured.value if ev.injured else None,
        support=_support(ev), first_reported=m.published, last_reported=m.published,
        outlets=[m.outlet] if m.outlet else [], n_sources=1, n_articles=1,
    )


def fused_from_result(result: dict[str, Any]) -> list[FusedEvent]:
    """One FusedEvent per event of an `eventwire extract` output object, each with its one
    mention. Uses fusion's own converter and consensus where eventwire.fuse is present, so
    the fields match what fusion would give a single report."""
    try:
        from eventwire.fuse import event_id_for, mentions_from_result
        from eventwire.fuse.consensus import refresh
    except ImportError:
        return [_alone(m) for m in _mentions(result)]
    out = []
    for m in mentions_from_result(result):
        fe = FusedEvent(id=event_id_for(m.id), type=m.event.type, mentions=[m])
        refresh(fe)
        out.append(fe)
    return out
