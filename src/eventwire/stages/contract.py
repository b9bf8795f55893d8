"""The stage contract: what a stage reads and writes, checked when a pipeline is built
and, in strict mode, after every step.

A path names a real attribute, walked through the type hints of `Work`: `"doc"`,
`"drafts"` (the list itself), `"drafts.event.location"` (that attribute of every
draft's event). Two rules hold a pipeline together (`check_order`):

- every path a stage reads is written earlier, by a stage that writes that path or
  a shorter one that contains it (`"drafts"` creates every `"drafts.…"`); and
- every stage that writes the very path a stage reads, or a part of it, runs before
  that reader: `acled` reads `"drafts.event.type"`, which `refine` rewrites, so
  `acled` cannot run before `refine`. A stage that rebuilds a whole container
  (`merge` writes `"drafts"`) is a creator, not a writer of every part.
"""
from __future__ import annotations

import types
import typing
from dataclasses import dataclass, fields, is_dataclass
from typing import Callable, Sequence

from ..errors import Errors, PipelineConfigError
from .resources import Resources
from .work import Work

# Fields that exist before any stage runs.
GIVEN = ("article",)

StageFn = Callable[[Work, Resources], None]
BatchFn = Callable[[list[Work], Resources], None]


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline: a name, a function over one work record, and what it touches."""

    name: str
    fn: StageFn
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()
    # Optional: the same job over many records at once (the parser is faster on batches).
    batch_fn: BatchFn | None = None
    # Reads made on purpose before a later stage rewrites the path (places are chosen by the
    # trigger's type, before `refine` recodes a few events): exempt from the order rule, and
    # listed so that reading a provisional value is a decision, not an accident.
    provisional: tuple[str, ...] = ()

    def __call__(self, work: Work, res: Resources) -> None:
        self.fn(work, res)


def stage(name: str, reads: Sequence[str] = (), writes: Sequence[str] = (),
          batch_fn: BatchFn | None = None, provisional: Sequence[str] = ()) -> Callable[[StageFn], Stage]:
    """Declare a function as a stage; the module lists its stages explicitly (no registry)."""
    def deco(fn: StageFn) -> Stage:
        return Stage(name, fn, tuple(reads), tuple(writes), batch_fn, tuple(provisional))
    return deco


# --- paths ----------------------------------------------------------------


def _element(tp):
    """The element type of list[X], set[X], dict[K, X], X for X | None; the type itself otherwise."""
    origin = typing.get_origin(tp)
    if origin in (list, set, frozenset, tuple):
        return _element(typing.get_args(tp)[0])
    if origin is dict:
        return _element(typing.get_args(tp)[1])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _element(args[0]) if len(args) == 1 else tp
    return tp


def path_type(path: str):
    """The type a path leads to, or raise PipelineConfigError naming the part that is no attribute."""
    tp = Work
    for part in path.split("."):
        tp = _element(tp)
        hints = typing.get_type_hints(tp) if is_dataclass(tp) else {}
        if part not in hints:
            raise PipelineConfigError(Errors.E303.format(path=path, part=part, owner=getattr(tp, "__name__", tp)))
        tp = hints[part]
    return tp


def _covers(outer: str, inner: str) -> bool:
    """Whether writing `outer` writes `inner` too ("drafts" covers "drafts.event.type")."""
    return inner == outer or inner.startswith(outer + ".")


def check_order(stages: Sequence[Stage]) -> None:
    """Raise PipelineConfigError (E301) unless every read is written earlier and after every
    other writer of it; every path must name a real attribute of the work record."""
    for s in stages:
        for p in s.reads + s.writes + s.provisional:
            path_type(p)
        stray = [p for p in s.provisional if p not in s.reads]
        if stray:
            raise PipelineConfigError(Errors.E301.format(stage=s.name, detail=f"provisional {stray} not in its reads"))
    written: list[str] = list(GIVEN)
    for i, s in enumerate(stages):
        for p in s.reads:
            if not any(_covers(w, p) for w in written):
                raise PipelineConfigError(Errors.E301.format(
                    stage=s.name, detail=f"reads {p!r}, which no earlier stage writes"))
            later = [t.name for t in stages[i + 1:] if any(_covers(p, w) for w in t.writes)]
            if later and p not in s.provisional:
                raise PipelineConfigError(Errors.E301.format(
                    stage=s.name, detail=f"reads {p!r}, which {later[0]!r} writes later: move it after {later[0]!r}"))
        written.extend(s.writes)


# --- strict mode: what did a step actually change? --------------------------


def _fingerprint(value) -> object:
    """A comparable stand-in: identity for heavy objects (parsed docs, entity tables), repr otherwise."""
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    if is_dataclass(value) or isinstance(value, (list, dict, set, tuple)):
        return repr(value)
    return id(value)


def _leaves(obj, prefix: str) -> dict[str, object]:
    """Fingerprints of every attribute path under `obj` (lists mapped over their elements)."""
    out: dict[str, object] = {}
    items = obj if isinstance(obj, list) else [obj]
    if not items or not all(is_dataclass(x) and not isinstance(x, type) for x in items):
        return out
    for f in fields(items[0]):
        path = f"{prefix}.{f.name}"
        values = [getattr(x, f.name) for x in items]
        nested = [v for v in values if is_dataclass(v) and not isinstance(v, type)]
        if path.count(".") < 2 and nested and len(nested) == len(values):
            out.update(_leaves(values, path))  # the parts, not the whole: a part is what a stage declares
        else:
            out[path] = tuple(_fingerprint(v) for v in values)
    return out


def snapshot(work: Work) -> dict[str, object]:
    """Every path of the work record a stage could change, fingerprinted."""
    out: dict[str, object] = {}
    for f in fields(work):
        value = getattr(work, f.name)
        if f.name == "drafts":
            out["drafts"] = (id(value), tuple(id(d) for d in value))
            out.update(_leaves(value, "drafts"))
        elif f.name == "article":
            out.update(_leaves(value, "article"))
        else:
            out[f.name] = _fingerprint(value)
    return out


def undeclared_changes(stage_: Stage, before: dict, after: dict) -> list[str]:
    """Paths that changed in a step although the stage does not declare writing them."""
    changed = [p for p in after if before.get(p) != after[p]]
    return [p for p in changed if not any(_covers(w, p) for w in stage_.writes)]
