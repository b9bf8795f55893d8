"""Run the pipeline over many articles, in one or several processes, in input order.

Read errors pass through untouched; a processing error becomes a RecordError for
that article only. Workers are forked after the model and gazetteer are loaded,
so they share that memory instead of loading it again.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from .model import Article, ArticleResult, RecordError
from .pipeline import default_pipeline, process, process_batch

BATCH = 16  # articles parsed together: spaCy is faster on batches


def _batch_to_dicts(articles: list[Article]) -> list:
    return [o.to_dict() if isinstance(o, ArticleResult) else o for o in process_batch(articles)]


def warm_up() -> None:
    """Load the model, gazetteer and resolvers once (before forking workers)."""
    from .nlp import load_nlp
    from .resolve.entities import shared_resolver
    from .resolve.places import Gazetteer

    load_nlp()
    Gazetteer.load()
    shared_resolver()
    default_pipeline()
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
