"""PLOVER gold-standard records: event type of the main event, source actor country.

The gold records use PLOVER 0.5 names; `ontology.legacy_type` maps eventwire's
output to them (ACCUSE→DISAPPROVE, REQUEST→DEMAND, ASSAULT with a CAMEO 19x code→FIGHT,
a planned cooperative action→AGREE, a planned conflictual one→THREATEN).
An IGO actor (UN, EU, ...) counts as country code "IGO", as in the gold.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..extract.ontology import legacy_type
from ..model import Article
from .common import dev_halves, extract_all, main_event, per_half


def _actor_code(actor: dict) -> str | None:
    if actor.get("sector") == "IGO" and not actor.get("country"):
        return "IGO"
    return actor.get("country")


def score_plover(path: Path, limit: int | None = None, processes: int = 2) -> dict:
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    if limit:
        records = records[:limit]
    articles = [Article(id=r["id"], text=r["text"].strip("{} "), published=r.get("date") or None)
                for r in records]
    results = extract_all(articles, processes)
    n = hit = n_src = hit_src = 0
    confusion: dict[tuple[str, str], int] = {}
    type_ok, src_ok = [], []
    for rec, res in zip(records, results):
        ev = main_event(res)
        pred = legacy_type(ev["type"], ev.get("cameo"), ev["factuality"]) if ev else "NONE"
        n += 1
        hit += pred == rec["event"]
        type_ok.append((str(rec["id"]), pred == rec["event"]))
        confusion[(rec["event"], pred)] = confusion.get((rec["event"], pred), 0) + 1
        codes = [s.get("code") for s in rec.get("source", []) if s.get("code")]
        if codes:
            n_src += 1
            pred_codes = {_actor_code(a) for a in (ev["actors"] if ev else [])}
            hit_src += bool(pred_codes & set(codes))
            src_ok.append((str(rec["id"]), bool(pred_codes & set(codes))))
    worst = sorted(((c, k) for k, c in confusion.items() if k[0] != k[1]), reverse=True)[:5]
    return {
        "n": n,
        "metrics": {"type_accuracy": hit / n if n else 0.0,
                    "source_country_accuracy": hit_src / n_src if n_src else 0.0,
                    **per_half("type_accuracy", type_ok, dev_halves("plover")),
                    **per_half("source_country_accuracy", src_ok, dev_halves("plover"))},
        "notes": {"type_accuracy": "rules, no training; revised after reading dev errors (a development score); top confusions: "
                                   + ", ".join(f"{g}→{p}×{c}" for c, (g, p) in worst),
                  "source_country_accuracy": f"{n_src} records with a gold source country"},
    }
