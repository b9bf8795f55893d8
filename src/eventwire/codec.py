"""The data model to plain JSON data and back: the one serialisation every layer uses.

Out: the same dicts as `dataclasses.asdict`, without its deep copies. In: one generic
rebuild driven by the dataclasses' type hints, so a field added to model.py round-trips
without touching this file. Keys the model no longer has are ignored, and missing keys
take the field's default, so JSON written by an older eventwire still loads.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

_LEAVES = (str, int, float, bool, type(None))


def to_dict(obj: Any) -> Any:
    """Dataclasses (recursively, in lists and dicts) as plain dicts; leaves as they are."""
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


def from_dict(tp: Any, value: Any) -> Any:
    """Rebuild a value of type `tp` (a dataclass, list, dict, optional, or plain) from JSON data."""
    return _decoder(tp)(value)


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


def _identity(value: Any) -> Any:
    return value


@cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A function that rebuilds values of type `tp`, built once per type: loading a store's
    events decodes hundreds of thousands of values, and reading type hints each time dominated."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(members) != 1:  # the model only uses Optional[X]
            return _identity
        inner = _decoder(members[0])
        return lambda v: None if v is None else inner(v)
    if origin is list:
        (item_tp,) = typing.get_args(tp) or (Any,)
        item = _decoder(item_tp)
        return _identity if item is _identity else (lambda v: None if v is None else [item(x) for x in v])
    if origin is dict:
        _, val_tp = typing.get_args(tp) or (Any, Any)
        val = _decoder(val_tp)
        return _identity if val is _identity else (
            lambda v: None if v is None else {k: val(x) for k, x in v.items()})
    if dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    return _identity


def _dataclass_decoder(tp: type) -> Callable[[Any], Any]:
    hints = typing.get_type_hints(tp)
    fields = {f.name: _decoder(hints[f.name]) for f in dataclasses.fields(tp) if f.init}

    def build(v: Any) -> Any:
        if v is None:
            return None
        if not isinstance(v, dict):
            raise TypeError(f"expected an object for {tp.__name__}, got {type(v).__name__}")
        # Unknown keys (from a newer model) are dropped; missing ones take the default.
        return tp(**{k: fields[k](x) for k, x in v.items() if k in fields})
    return build
