"""`eventwire spark load`: a Spark job's Parquet output into the DuckDB store, in one transaction.

The articles (with their mentions) are stored as `eventwire ingest` stores them: an article
already stored with the same content is left as it is, a changed one becomes a new version.
The job's fused events then replace the store's, so the API and the web app serve what the
cluster fused. The events must cover every current mention of the store (E806 otherwise:
the store holds reports the job did not fuse, which would lose their events). A later
`eventwire ingest` into the store fuses its new articles onto the loaded events.

Reads the Parquet with pyarrow (files and folders starting with "." or "_", such as a
killed job's staging folders, are skipped): loading needs no Spark.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from ...errors import Errors
from ...fuse import mentions_from_result
from ...model import ArticleResult, RecordError
from ...resolve.homes import article_places
from ...store import fusion as stored_fusion
from ...store import spark_load, write
from ...store.codec import fused_from_json
from ...store.db import transaction, writing
from ..ingest import content_hash
from . import SparkJobError
from .extract import part
from .tasks import article_output


@dataclass
class LoadSummary:
    articles: int = 0  # in the job's output
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    mentions: int = 0
    events: int = 0
    conflicts: int = 0
    rejects: int = 0

    def to_json(self) -> str:
        return json.dumps(asdict(self))


def dataset_rows(path: str, required: bool = True) -> list[dict]:
    """A Parquet dataset's rows (hive partitions as columns); [] for a missing optional one."""
    import pyarrow.dataset as ds

    if not Path(path).exists():
        if required:
            raise SparkJobError(Errors.E803.format(path=path, detail="no such folder"))
        return []
    try:
        return ds.dataset(path, format="parquet", partitioning="hive").to_table().to_pylist()
    except Exception as exc:
        raise SparkJobError(Errors.E803.format(path=path, detail=f"{type(exc).__name__}: {exc}")) from exc


def load(output: str, db: str | Path) -> LoadSummary:
    """Store the articles, mentions, events and rejects of a `spark extract` + `spark fuse` output."""
    articles = sorted(dataset_rows(part(output, "articles")), key=lambda r: (r["day"], r["article_id"]))
    events = [fused_from_json(r["json"]) for r in dataset_rows(part(output, "events"))]
    rejects = dataset_rows(part(output, "rejected"), required=False)
    summary = LoadSummary(articles=len(articles), events=len(events), rejects=len(rejects))
    with writing(db) as c, transaction(c):
        versions = _store_articles(c, articles, summary)
        covered = {m.id for ev in events for m in ev.mentions}
        missing = spark_load.current_mention_ids(c) - covered
        if missing:
            raise SparkJobError(Errors.E806.format(n=len(missing), example=min(missing)))
        events.sort(key=lambda ev: (min((m.published or "9999") for m in ev.mentions), ev.id))
        spark_load.replace_events(c, events, versions, {ev.id: i for i, ev in enumerate(events)})
        summary.conflicts = sum(len(ev.conflicts) for ev in events)
        for r in rejects:
            write.insert_reject(c, RecordError(r["code"], r["message"], r["file"], r["record"]))
        stored_fusion.set_generation(c, stored_fusion.generation(c) + 1)  # ingests reload the fuser
    return summary


def _store_articles(c, rows: list[dict], summary: LoadSummary) -> dict[str, int]:
    """Articles and mentions as `eventwire ingest` stores them; article id -> current version."""
    known = write.stored_versions(c, [r["article_id"] for r in rows])
    article_rows, mention_rows, replaced = [], [], []
    for r in rows:
        result = article_output(r["json"])
        article = replace(ArticleResult.from_dict(result).article, origin_file=r["origin_file"],
                          origin_record=r["origin_record"])
        h = content_hash(article)
        latest, hashes = known.get(article.id, (0, set()))
        if h in hashes:
            summary.unchanged += 1
            continue
        version = latest + 1
        known[article.id] = (version, hashes | {h})
        article_rows.append(write.article_row(article, result, version, h, None, article_places(result)[1]))
        mentions = mentions_from_result(ArticleResult.from_dict(result))
        mention_rows.extend(write.mention_rows(mentions, version))
        summary.mentions += len(mentions)
        if version > 1:
            replaced.append(article.id)
            summary.updated += 1
        else:
            summary.new += 1
    write.retire_mentions(c, replaced)
    write.insert_rows(c, "articles", write.ARTICLE_COLS, article_rows)
    write.insert_rows(c, "mentions", write.MENTION_COLS, mention_rows)
    if replaced:
        write.retire_older_versions(c, replaced)
    return {i: v for i, (v, _) in known.items()}
