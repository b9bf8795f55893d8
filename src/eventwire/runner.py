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
from .pipeline import default_pipeline, process


def _process_to_dict(article: Article):
    out = process(article)
    return out.to_dict() if isinstance(out, ArticleResult) else out


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
    if processes <= 1:
        for rec in records:
            yield rec if isinstance(rec, RecordError) else _process_to_dict(rec)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=processes, mp_context=ctx) as pool:
        # Bounded look-ahead keeps memory flat on huge inputs.
        for batch in _batched(records, 64 * processes):
            arts = [r for r in batch if not isinstance(r, RecordError)]
            outs = iter(pool.map(_process_to_dict, arts, chunksize=4))
            for r in batch:
                yield r if isinstance(r, RecordError) else next(outs)


def default_processes() -> int:
    return max(1, min(os.cpu_count() or 1, 4))
