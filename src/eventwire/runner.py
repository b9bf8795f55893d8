"""Run the pipeline over many articles, in one or several processes, in input order.

Read errors pass through untouched; a processing error becomes a RecordError for
that article only. Workers are forked after the model and gazetteer are loaded,
so they share that memory instead of loading it again.

Budgets: an article that takes longer than `record_timeout` seconds to extract is
stopped and becomes its RecordError (E202); the batch goes on. A batch runs under one
budget; when it runs out, its articles run again one by one, each under its own, so
only the slow one is lost. A worker that dies (killed, out of memory) costs only the
article it was on (E203): its batch is retried article by article in a fresh pool. A
worker stuck where the budget's signal cannot reach (inside C code) is killed once its
batch has had all its budgets plus HARD_GRACE_S, and its article is E202 the same way.
Workers die with their parent: a `kill -9` of `eventwire ingest -j 2` leaves none.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from .errors import Errors
from .model import Article, ArticleResult, RecordError
from .pipeline import default_pipeline, process, process_batch

BATCH = 16  # articles parsed together: spaCy is faster on batches
DEFAULT_RECORD_TIMEOUT = 30.0  # seconds; news articles take well under one (a 100k-character one ~6 s)
PARENT_POLL_S = 0.5  # how often a worker checks that its parent is alive
# A worker stuck where the budget's signal cannot reach it (a long C call) is killed once its
# batch has had every budget it could use, plus this grace (workers only: one process has no backstop).
HARD_GRACE_S = 10.0


class RecordTimeout(BaseException):
    """Raised in the extracting thread when its budget runs out. A BaseException, so the
    pipeline's per-article `except Exception` does not take it for that stage's failure."""


@contextmanager
def _budget(seconds: float | None) -> Iterator[None]:
    """Raise RecordTimeout in this thread after `seconds` (a SIGALRM timer). Only the main
    thread receives signals: elsewhere (the API's worker threads) it does nothing."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def ring(signum, frame):
        raise RecordTimeout()

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _where(a: Article) -> str:
    return f"{a.origin_record} (id {a.id})"


def _dicts(results: list) -> list:
    return [o.to_dict() if isinstance(o, ArticleResult) else o for o in results]


def _batch_to_dicts(articles: list[Article], budget: float | None = None) -> list:
    """Each article's output dict or RecordError; past the budget, the batch is retried article by
    article and an article past its own budget is E202."""
    if not articles:
        return []
    try:
        with _budget(budget):
            return _dicts(process_batch(articles))
    except RecordTimeout:
        if len(articles) == 1:
            a = articles[0]
            return [RecordError.of(Errors.E202.format(seconds=budget), a.origin_file, _where(a))]
        return [out for a in articles for out in _batch_to_dicts([a], budget)]


def warm_up() -> None:
    """Load the model, gazetteer and resolvers once (before forking workers, which share them)."""
    default_pipeline().resources  # noqa: B018 - loads them
    process(Article(id="warmup", text="Government forces shelled the town on Monday, killing three people.",
                    published="2020-01-01"))


def _batched(items: Iterable, n: int) -> Iterator[list]:
    batch = []
    for x in items:
        batch.append(x)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def _articles(batch: list) -> list[Article]:
    return [r for r in batch if not isinstance(r, RecordError)]


def run(records: Iterable[Article | RecordError], processes: int = 1,
        record_timeout: float | None = DEFAULT_RECORD_TIMEOUT) -> Iterator[dict | RecordError]:
    """Yield an output dict per article (or a RecordError), in input order. `record_timeout`:
    seconds an article may take (None or 0: no limit)."""
    warm_up()
    batches = _batched(records, BATCH)
    if processes <= 1:
        for batch in batches:
            yield from _merge(batch, iter(_batch_to_dicts(_articles(batch), record_timeout)))
        return
    yield from _pooled(batches, processes, record_timeout)


def _watch_parent(parent: int) -> None:
    """In a worker: exit as soon as the parent is gone (a `kill -9` runs no cleanup of its own)."""
    try:  # Linux: the kernel kills us with the parent
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass

    def poll() -> None:  # everywhere, and in case the parent died before prctl took effect
        while True:
            if os.getppid() != parent:
                os._exit(1)
            threading.Event().wait(PARENT_POLL_S)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=poll, daemon=True, name="eventwire-parent-watch").start()


def _pooled(batches: Iterator[list], processes: int, budget: float | None) -> Iterator[dict | RecordError]:
    """The batches through a pool of workers, in order. When a worker dies, the batches in flight
    run again one article each in a fresh pool; an article that kills a worker alone is E203."""
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    singles: list[list] = []  # after a break: the batches in flight, one record each
    while True:
        work = iter(singles) if singles else batches
        retrying, singles = bool(singles), []
        with ProcessPoolExecutor(max_workers=processes, mp_context=ctx, initializer=_watch_parent,
                                 initargs=(os.getpid(),)) as pool:
            # Bounded look-ahead keeps memory flat on huge inputs.
            for group in _batched(work, 4 * processes):
                jobs = [pool.submit(_batch_to_dicts, _articles(b), budget) for b in group]
                for i, (batch, job) in enumerate(zip(group, jobs)):
                    try:
                        outs = _result(pool, job, budget, len(batch))
                    except BrokenProcessPool as exc:
                        if retrying:  # this article alone broke it (or hung past the hard limit)
                            yield from _merge(batch, iter(_died(_articles(batch), exc, budget)))
                            i += 1
                        singles = [[r] for b in group[i:] for r in b] + (list(work) if retrying else [])
                        break
                    yield from _merge(batch, iter(outs))
                if singles:
                    break
        if not singles and not retrying:
            return


class _HungWorker(BrokenProcessPool):
    """A worker went past the hard limit (stuck where the budget's signal cannot reach: in C
    code) and the pool was killed."""


def _result(pool: ProcessPoolExecutor, job, budget: float | None, n: int) -> list:
    """A job's outputs; past the hard limit (the budget of the batch and of each article
    retried alone, plus HARD_GRACE_S), the workers are killed and the pool is broken."""
    if not budget:
        return job.result()
    try:
        return job.result(timeout=budget * (n + 1) + HARD_GRACE_S)
    except FutureTimeout:
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.kill()
        raise _HungWorker("stuck past the hard time limit, killed")


def _died(articles: list[Article], exc: BaseException, budget: float | None = None) -> list[RecordError]:
    if isinstance(exc, _HungWorker) and budget:
        return [RecordError.of(Errors.E202.format(seconds=budget), a.origin_file, _where(a)) for a in articles]
    return [RecordError.of(Errors.E203.format(detail=str(exc) or type(exc).__name__), a.origin_file, _where(a))
            for a in articles]


def _merge(batch: list, outs: Iterator) -> Iterator:
    """Put read errors back among the results, in input order."""
    for r in batch:
        yield r if isinstance(r, RecordError) else next(outs)


def default_processes() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def apply_homes(records: Iterable[Article | RecordError], homes: dict[str, str]) -> Iterator[Article | RecordError]:
    """Give each article without a `home` its outlet's home from `homes` ({outlet: home})."""
    from dataclasses import replace

    from .resolve.homes import outlet_key

    for r in records:
        if homes and isinstance(r, Article) and r.home is None:
            home = homes.get(outlet_key(r) or "")
            if home:
                r = replace(r, home=home)
        yield r


def _spooled(path: str) -> Iterator:
    """The objects pickled one after another into a file, in order."""
    import pickle

    with open(path, "rb") as fh:
        while True:
            try:
                yield pickle.load(fh)
            except EOFError:
                return


def run_learning_homes(records: Iterable[Article | RecordError], processes: int = 1,
                       homes: dict[str, str] | None = None,
                       on_first_pass: Callable[[dict | RecordError], None] | None = None,
                       evidence: Iterable[tuple] = (),
                       record_timeout: float | None = DEFAULT_RECORD_TIMEOUT,
                       ) -> tuple[dict[str, str], Iterator[dict | RecordError]]:
    """(homes learned, results in input order), in two passes over `records`.

    The first pass extracts everything, spooling the records and their results to
    temporary files (memory stays flat; stdin works) and keeping only each article's
    place names and countries; outlet homes are learned from those (resolve/homes.py);
    the second pass extracts again only the articles whose outlet got a home, and takes
    the rest from the spool. Homes given in `homes` or on the article are kept and not
    learned again. `evidence`: more (outlet, [(place, country)]) pairs to learn from, such
    as the articles already in a store."""
    import pickle
    import shutil
    import tempfile
    from dataclasses import replace

    from .resolve.homes import article_places, learn_homes, outlet_key

    given = dict(homes or {})
    tmp = tempfile.mkdtemp(prefix="eventwire-homes-")
    inputs, outputs = os.path.join(tmp, "records.pkl"), os.path.join(tmp, "results.pkl")
    try:
        places = list(evidence)
        with open(inputs, "wb") as fin, open(outputs, "wb") as fout:
            def spool_inputs():
                for rec in apply_homes(records, given):
                    pickle.dump(rec, fin, protocol=pickle.HIGHEST_PROTOCOL)
                    yield rec

            for rec in run(spool_inputs(), processes, record_timeout):
                pickle.dump(rec, fout, protocol=pickle.HIGHEST_PROTOCOL)
                if isinstance(rec, dict):
                    places.append(article_places(rec))
                if on_first_pass is not None:
                    on_first_pass(rec)
        gazetteer = default_pipeline().resources.gazetteer
        learned = {k: v for k, v in learn_homes(places, gazetteer).items() if k not in given}
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise

    def needs(a) -> bool:
        return isinstance(a, Article) and a.home is None and (outlet_key(a) or "") in learned

    def second_pass() -> Iterator[dict | RecordError]:
        try:
            again = run((replace(a, home=learned[outlet_key(a)]) for a in _spooled(inputs) if needs(a)), processes,
                        record_timeout)
            for a, first in zip(_spooled(inputs), _spooled(outputs)):
                yield next(again) if needs(a) else first
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    return learned, second_pass()
