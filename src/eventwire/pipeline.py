"""The extraction pipeline: small named components composed in order.

Each component is registered by name with what it `requires` and `provides`
(spaCy's registry, Haystack's typed sockets): `Pipeline(names)` checks at build
time that every requirement is provided by an earlier component, so a
misconfigured pipeline fails before it touches a document.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from time import perf_counter
from typing import Callable

from .errors import EventwireError, PipelineConfigError
from .model import Article, ArticleResult, RecordError


@dataclass
class Work:
    """What components read and write for one article."""

    article: Article
    doc: object = None
    text: str = ""  # the text the parser saw (dateline blanked); same offsets as the article
    entities: object = None
    drafts: list = field(default_factory=list)
    places: list = field(default_factory=list)
    place_by_ent: dict = field(default_factory=dict)
    place_ents: set = field(default_factory=set)  # (start, end) of entities read as places
    dateline_end: int = 0  # text before this offset is a dateline ("BEIRUT, March 21 (Reuters) –")
    reporters: dict = field(default_factory=dict)
    result: ArticleResult | None = None


@dataclass(frozen=True)
class Component:
    name: str
    fn: Callable[[Work], None]
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    # Optional: the same job over many articles at once (the parser batches on its own).
    batch_fn: Callable[[list[Work]], None] | None = None


REGISTRY: dict[str, Component] = {}


def component(name: str, requires: tuple[str, ...] = (), provides: tuple[str, ...] = (),
              batch_fn: Callable[[list[Work]], None] | None = None):
    def deco(fn):
        REGISTRY[name] = Component(name, fn, requires, provides, batch_fn)
        return fn
    return deco


class Pipeline:
    def __init__(self, names: list[str]):
        have: set[str] = {"article"}
        self.components: list[Component] = []
        for n in names:
            if n not in REGISTRY:
                raise PipelineConfigError(f"unknown component {n!r}; known: {sorted(REGISTRY)}", code="E301")
            c = REGISTRY[n]
            missing = [r for r in c.requires if r not in have]
            if missing:
                raise PipelineConfigError(f"component {n!r} needs {missing}, which no earlier component provides",
                                          code="E301")
            have.update(c.provides)
            self.components.append(c)
        self.names = names
        # seconds spent in each component, summed over every run (the speed benchmark reads it)
        self.timings: dict[str, float] = {}

    def run(self, article: Article) -> ArticleResult:
        work = Work(article=article)
        for c in self.components:
            t = perf_counter()
            c.fn(work)
            self.timings[c.name] = self.timings.get(c.name, 0.0) + perf_counter() - t
        return work.result

    def run_batch(self, articles: list[Article]) -> list[ArticleResult | RecordError]:
        """Each article through every component; batch-capable components see all the
        articles still alive at once. A failing article becomes its RecordError."""
        works = [Work(article=a) for a in articles]
        out: list[ArticleResult | RecordError | None] = [None] * len(works)
        alive = list(range(len(works)))
        for c in self.components:
            t = perf_counter()
            self._run_component(c, works, alive, out)
            self.timings[c.name] = self.timings.get(c.name, 0.0) + perf_counter() - t
            alive = [i for i in alive if out[i] is None]
        for i in alive:
            out[i] = works[i].result
        return out

    def _run_component(self, c: Component, works: list[Work], alive: list[int], out: list) -> None:
        """One component over the live articles; a failure marks that article's slot in `out`."""
        if c.batch_fn is not None and len(alive) > 1:
            try:
                c.batch_fn([works[i] for i in alive])
                return
            except Exception:  # fall back to one by one, to find the culprit
                pass
        for i in alive:
            try:
                c.fn(works[i])
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                out[i] = _record_error(works[i].article, exc)


# Components live in eventwire.stages; importing it registers them (at the end of this module).

DEFAULT_PIPELINE = ["language_guard", "dateline", "parse", "entities", "events", "places", "locations",
                    "dates", "casualties", "attribution", "merge", "refine", "acled", "finalize"]


def _record_error(article: Article, exc: Exception) -> RecordError:
    where = f"{article.origin_record} (id {article.id})"
    if isinstance(exc, EventwireError):
        return RecordError(exc.code, str(exc).split("] ", 1)[-1], article.origin_file, where)
    return RecordError("E201", f"{type(exc).__name__}: {exc}", article.origin_file, where)


def process(article: Article, pipeline: Pipeline | None = None) -> ArticleResult | RecordError:
    """Run the pipeline on one article; a failure becomes a RecordError, never an exception."""
    pipeline = pipeline or default_pipeline()
    try:
        return pipeline.run(article)
    except Exception as exc:  # noqa: BLE001 - a bug on one article must not stop the batch
        return _record_error(article, exc)


def process_batch(articles: list[Article], pipeline: Pipeline | None = None) -> list[ArticleResult | RecordError]:
    return (pipeline or default_pipeline()).run_batch(articles)


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline(DEFAULT_PIPELINE)
    return _DEFAULT


from . import stages  # noqa: E402,F401  (registers the components)
