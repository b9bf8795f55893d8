"""Run the pipeline over many articles, in one or several processes, in input order.

Read errors pass through untouched; a processing error becomes a RecordError for
that article only. Workers are forked after the model and gazetteer are loaded,
so they share that memory instead of loading it again.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from .model import Article, ArticleResult, RecordError
from .pipeline import default_pipeline, process, process_batch

BATCH = 16  # articles parsed together: spaCy is faster on batches


def _batch_to_dicts(articles: list[Article]) -> list:
    return [o.to_dict() if isinstance(o, ArticleResult) else o for o in process_batch(articles)]


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


def run(records: Iterable[Article | RecordError], processes: int = 1) -> Iterator[dict | RecordError]:
    """Yield an output dict per article (or a RecordError), in input order."""
    warm_up()
    batches = _batched(records, BATCH)
    if processes <= 1:
        for batch in batches:
            yield from _merge(batch, iter(_batch_to_dicts([r for r in batch if not isinstance(r, RecordError)])))
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=processes, mp_context=ctx) as pool:
        # Bounded look-ahead keeps memory flat on huge inputs.
        for group in _batched(batches, 4 * processes):
            jobs = [pool.submit(_batch_to_dicts, [r for r in b if not isinstance(r, RecordError)]) for b in group]
            for batch, job in zip(group, jobs):
                yield from _merge(batch, iter(job.result()))


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

            for rec in run(spool_inputs(), processes):
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
            again = run((replace(a, home=learned[outlet_key(a)]) for a in _spooled(inputs) if needs(a)), processes)
            for a, first in zip(_spooled(inputs), _spooled(outputs)):
                yield next(again) if needs(a) else first
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    return learned, second_pass()
