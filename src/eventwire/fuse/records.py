"""Rebuild the data model from output dicts (ArticleResult.to_dict(), docs/output.md).

The store keeps articles as those dicts; fusion needs the dataclasses back. The
helpers tolerate the two place shapes of the contract (event locations carry
`precision`, article places carry `feature`) and missing optional keys.
"""
from __future__ import annotations

from typing import Any

from ..model import Actor, Count, Event, Mention, Place, SourceRef, Span


def span_from_dict(d: dict[str, Any]) -> Span:
    return Span(text=d.get("text") or "", start=int(d["start"]), end=int(d["end"]))


def actor_from_dict(d: dict[str, Any]) -> Actor:
    return Actor(text=d["text"], start=d["start"], end=d["end"], name=d.get("name"),
                 country=d.get("country"), sector=d.get("sector"))


def place_from_dict(d: dict[str, Any]) -> Place:
    return Place(text=d["text"], start=d["start"], end=d["end"], name=d.get("name"),
                 geonameid=d.get("geonameid"), country=d.get("country"), admin1=d.get("admin1"),
                 admin1_code=d.get("admin1_code"), lat=d.get("lat"), lon=d.get("lon"),
                 feature=d.get("feature"), precision=d.get("precision"))


def count_from_dict(d: dict[str, Any]) -> Count:
    return Count(value=int(d["value"]), qualifier=d.get("qualifier") or "exact", text=d["text"],
                 start=d["start"], end=d["end"], victims=d.get("victims"))


def source_ref_from_dict(d: dict[str, Any]) -> SourceRef:
    return SourceRef(text=d["text"], name=d.get("name") or d["text"], start=d["start"], end=d["end"])


def event_from_dict(d: dict[str, Any]) -> Event:
    return Event(
        id=d["id"],
        type=d["type"],
        trigger=span_from_dict(d["trigger"]),
        sentence=span_from_dict(d["sentence"]),
        mode=d.get("mode"),
        cameo=d.get("cameo"),
        acled_event_type=d.get("acled_event_type"),
        acled_sub_event_type=d.get("acled_sub_event_type"),
        context=list(d.get("context") or []),
        factuality=d.get("factuality") or "asserted",
        actors=[actor_from_dict(a) for a in d.get("actors") or []],
        targets=[actor_from_dict(a) for a in d.get("targets") or []],
        location=place_from_dict(d["location"]) if d.get("location") else None,
        date=d.get("date"),
        date_text=d.get("date_text"),
        instruments=[span_from_dict(s) for s in d.get("instruments") or []],
        killed=count_from_dict(d["killed"]) if d.get("killed") else None,
        injured=count_from_dict(d["injured"]) if d.get("injured") else None,
        reported_by=[source_ref_from_dict(s) for s in d.get("reported_by") or []],
        confidence=float(d.get("confidence", 0.5)),
    )


def mentions_from_result(result: dict[str, Any]) -> list[Mention]:
    """One Mention per event of an article's output dict; the main event first, marked `main`."""
    article_id = result["id"]
    events = [event_from_dict(e) for e in result.get("events") or []]
    main = result.get("main_event")
    has_main = False
    if isinstance(main, int) and 0 <= main < len(events):
        events = [events[main]] + events[:main] + events[main + 1:]
        has_main = True
    return [Mention(id=f"{article_id}#{ev.id}", article_id=article_id, outlet=result.get("source"),
                    published=result.get("published"), event=ev, main=has_main and i == 0)
            for i, ev in enumerate(events)]
