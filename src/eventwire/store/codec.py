"""FusedEvent (and Mention, Event, ...) to JSON and back.

Out: the same dicts as `dataclasses.asdict`. In: one generic rebuild driven by the dataclasses'
type hints, so a field added to model.py round-trips without touching this
file. Keys the model no longer has are ignored, and missing keys take the
field's default, so JSON written by an older eventwire still loads.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any

from ..model import Event, FusedEvent, Mention


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_dict(tp: Any, value: Any) -> Any:
    """Rebuild a value of type `tp` (a dataclass, list, dict, optional, or plain) from JSON data."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        # Optional[X] is the only union the model uses; try each member otherwise.
        for a in args:
            try:
                return from_dict(a, value)
            except (TypeError, ValueError, AttributeError):
                continue
        return value
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        return [from_dict(item, v) for v in value]
    if origin is dict:
        _, val = typing.get_args(tp) or (Any, Any)
        return {k: from_dict(val, v) for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise TypeError(f"expected an object for {tp.__name__}, got {type(value).__name__}")
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp) if f.init}
        return tp(**{k: from_dict(hints[k], v) for k, v in value.items() if k in names})
    return value


_LEAVES = (str, int, float, bool, type(None))


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


def to_dict(obj: Any) -> Any:
    """`dataclasses.asdict` without its deep copies of every leaf (the store's hot path)."""
    if isinstance(obj, _LEAVES):
        return obj
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    names = _field_names(type(obj))
    if names is None:
        return obj
    return {name: to_dict(getattr(obj, name)) for name in names}


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
