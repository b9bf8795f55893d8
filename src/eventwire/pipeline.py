"""The extraction pipeline: the stages of `eventwire.stages`, composed in order.

The stages are imported and listed here explicitly (no registration by import side
effect). `Pipeline` checks when it is built that every field a stage reads is written
by an earlier stage (`stages/contract.py`), so a misconfigured pipeline fails before it
touches a document; in strict mode (the tests) it also checks after every step that a
stage changed only what it declares. A stage that fails on one article makes that
article's RecordError, logged; the rest of the batch goes on.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from time import perf_counter

from .errors import Errors, EventwireError, PipelineConfigError
from .model import Article, ArticleResult, RecordError
from .stages import events, intake, places, result
from .stages.contract import Stage, check_order, snapshot, undeclared_changes
from .stages.resources import Resources
from .stages.work import Work

log = logging.getLogger(__name__)

STAGES: dict[str, Stage] = {s.name: s for s in (*intake.STAGES, *events.STAGES, *places.STAGES, *result.STAGES)}

DEFAULT_PIPELINE = ["language_guard", "dateline", "parse", "entities", "events", "places", "locations",
                    "dates", "casualties", "attribution", "background", "merge", "incident_places", "refine", "acled",
                    "main_event", "coalesce", "corefer", "prune", "main_place", "custodians", "accidents",
                    "local_doers", "places_hit", "sufferers", "finalize"]


class Pipeline:
    """Stages in order over shared resources. `stages`: Stage objects or names in STAGES."""

    def __init__(self, stages: Sequence[Stage | str], resources: Resources | None = None, strict: bool = False):
        self.stages = [self._stage(s) for s in stages]
        check_order(self.stages)
        self.names = [s.name for s in self.stages]
        self.strict = strict
        self._resources = resources
        # seconds spent in each stage, summed over every run (the speed benchmark reads it)
        self.timings: dict[str, float] = {}

    @staticmethod
    def _stage(s: Stage | str) -> Stage:
        if isinstance(s, Stage):
            return s
        if s not in STAGES:
            raise PipelineConfigError(Errors.E301.format(stage=s, detail=f"no such stage; known: {sorted(STAGES)}"))
        return STAGES[s]

    @property
    def resources(self) -> Resources:
        """Loaded on first use, so that building a pipeline (and checking it) is cheap."""
        if self._resources is None:
            self._resources = Resources.load()
        return self._resources

    def run(self, article: Article) -> ArticleResult:
        """One article through every stage; a failure raises."""
        return self.work(article).result

    def work(self, article: Article) -> Work:
        """One article through every stage, as its work record: what a pipeline cut short
        (one ending before `finalize`) has built, for tools that read the drafts, as
        benchmarks/train_incident_coref.py does."""
        work = Work(article=article)
        for s in self.stages:
            t = perf_counter()
            self._step(s, [work])
            self._time(s, t)
        return work

    def _time(self, s: Stage, since: float) -> None:
        self.timings[s.name] = self.timings.get(s.name, 0.0) + perf_counter() - since

    def run_batch(self, articles: list[Article]) -> list[ArticleResult | RecordError]:
        """Each article through every stage; batch-capable stages see all the articles
        still alive at once. A failing article becomes its RecordError (and a log line)."""
        works = [Work(article=a) for a in articles]
        out: list[ArticleResult | RecordError | None] = [None] * len(works)
        alive = list(range(len(works)))
        for s in self.stages:
            t = perf_counter()
            self._run_stage(s, works, alive, out)
            self._time(s, t)
            alive = [i for i in alive if out[i] is None]
        for i in alive:
            out[i] = works[i].result
        return out

    def _run_stage(self, s: Stage, works: list[Work], alive: list[int], out: list) -> None:
        """One stage over the live articles; a failure marks that article's slot in `out`."""
        if s.batch_fn is not None and len(alive) > 1:
            try:
                self._step(s, [works[i] for i in alive])
                return
            except Exception as exc:  # noqa: BLE001 - retried one by one below, to find the culprit
                log.warning("stage %s failed on a batch of %d articles (%s: %s); retrying one by one",
                            s.name, len(alive), type(exc).__name__, exc)
        for i in alive:
            try:
                self._step(s, [works[i]])
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                out[i] = record_error(works[i].article, exc, s.name)

    def _step(self, s: Stage, works: list[Work]) -> None:
        """One stage over some work records (as a batch where it can); in strict mode, fail
        a record whose stage changed a path it does not declare."""
        before = [snapshot(w) for w in works] if self.strict else None
        if s.batch_fn is not None and len(works) > 1:
            s.batch_fn(works, self.resources)
        else:
            for w in works:
                s.fn(w, self.resources)
        if before is not None:
            for w, b in zip(works, before):
                bad = undeclared_changes(s, b, snapshot(w))
                if bad:
                    raise PipelineConfigError(Errors.E301.format(
                        stage=s.name, detail=f"changed {bad}, which it does not declare in `writes`"))


def record_error(article: Article, exc: Exception, stage: str | None = None) -> RecordError:
    """The RecordError for an article that failed, logged with where it failed."""
    where = f"{article.origin_record} (id {article.id})"
    if isinstance(exc, EventwireError):
        err = RecordError(exc.code, exc.message, article.origin_file, where)
    else:
        err = RecordError("E201", Errors.E201.format(detail=f"{type(exc).__name__}: {exc}"),
                          article.origin_file, where)
    # The caller reports the RecordError; the traceback of a bug is kept for --verbose runs.
    log.debug("%s failed%s: %s", where, f" in stage {stage}" if stage else "", err.message,
              exc_info=not isinstance(exc, EventwireError))
    return err


def process(article: Article, pipeline: Pipeline | None = None) -> ArticleResult | RecordError:
    """Run the pipeline on one article; a failure becomes a RecordError, never an exception."""
    pipeline = pipeline or default_pipeline()
    try:
        return pipeline.run(article)
    except Exception as exc:  # noqa: BLE001 - a bug on one article must not stop the batch
        return record_error(article, exc)


def process_batch(articles: list[Article], pipeline: Pipeline | None = None) -> list[ArticleResult | RecordError]:
    return (pipeline or default_pipeline()).run_batch(articles)


_DEFAULT: Pipeline | None = None


# Set to "1" (the test suite does) to check after every step that each stage changed only
# what it declares; it costs about 15% of extraction time.
STRICT_ENV = "EVENTWIRE_STRICT_STAGES"


def default_pipeline() -> Pipeline:
    """The process's pipeline over the process's resources, built once (workers inherit it)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline(DEFAULT_PIPELINE, strict=os.environ.get(STRICT_ENV) == "1")
    return _DEFAULT


def stage_table(names: Sequence[str] = DEFAULT_PIPELINE) -> str:
    """The stages in order with what each reads and writes, as the Markdown table that
    docs/architecture.md carries (a test keeps the two the same)."""
    rows = ["| stage | reads | writes |", "|---|---|---|"]
    for n in names:
        s = STAGES[n]
        reads = ", ".join(f"`{p}`" + (" (provisional)" if p in s.provisional else "") for p in s.reads)
        rows.append(f"| `{n}` | {reads} | {', '.join(f'`{p}`' for p in s.writes)} |")
    return "\n".join(rows)
