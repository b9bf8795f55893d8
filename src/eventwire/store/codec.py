"""FusedEvent (and Mention, Event) to JSON and back, over the model's one codec
(`eventwire.codec`): the store adds only compact JSON text."""
from __future__ import annotations

import json
from typing import Any

from ..codec import from_dict, to_dict
from ..model import Event, FusedEvent, Mention

__all__ = ["dumps", "event_from_dict", "from_dict", "fused_from_dict", "fused_from_json", "mention_from_dict",
           "to_dict"]


def dumps(obj: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


def fused_from_dict(d: dict) -> FusedEvent:
    return from_dict(FusedEvent, d)


def fused_from_json(s: str) -> FusedEvent:
    return fused_from_dict(json.loads(s))


def mention_from_dict(d: dict) -> Mention:
    return from_dict(Mention, d)


def event_from_dict(d: dict) -> Event:
    return from_dict(Event, d)
