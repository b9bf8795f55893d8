"""Record-level accuracy (issue 13): the main event's fields, and how many output events are
spurious or duplicates, against the hand-annotated gold in benchmarks/data/ (docs/annotation.md).

The gold holds only ids and annotations; the texts are read from ../shared exactly as the
annotators read them. Every figure is given for the *tune* half, the *check* half and both:
rules may be revised after reading tune errors only; check errors are never read.
"""
from __future__ import annotations

import json
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..model import Article, RecordError
from .common import extract_all

GOLD_DIR = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
GOLD_FILE = "records_gold.jsonl"
SPLIT_FILES = ("records_split.json", "records_split_b2.json")  # batch 1, then batch 2 (a fresh draw)
HALVES = ("tune", "check")
NEAR_KM = 50.0  # a town-level place within this distance of the gold point is the right place
# Main-event fields scored, in the order printed; each over the gold records that state the field.
FIELDS = ("type", "actor", "actor_country", "target", "place", "place_country", "date", "killed", "injured",
          "whole_record")


# ---------------------------------------------------------------- reading the texts


def _lgl_published(dltime: str | None) -> str | None:
    return (dltime or "")[:10] or None


def load_articles(shared: Path, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], Article]:
    """The articles of the gold, as the annotators read them, keyed by (set, id)."""
    from ..ingest.readers import ReadOptions, read_path

    out: dict[tuple[str, str], Article] = {}
    sets = {s for s, _ in wanted}
    if "fakes" in sets:  # read exactly as `eventwire extract` reads the CSV (published from the dateline)
        for a in read_path(str(shared / "datasets/fakes/fakes_dev.csv"), ReadOptions()):
            if not isinstance(a, RecordError) and ("fakes", a.id) in wanted:
                out["fakes", a.id] = a
    for name, path, key, link in (("lgl", "lgl.xml", "docid", "url"), ("gwn", "GWN.xml", "file", "link")):
        if name in sets:
            for art in ET.parse(shared / "datasets/geo" / path).getroot().iter("article"):
                aid = art.get(key)
                if (name, aid) in wanted:
                    out[name, aid] = Article(id=aid, text=art.findtext("text") or "", title=art.findtext("title"),
                                             url=art.findtext(link),
                                             published=_lgl_published(art.findtext("dltime")) if name == "lgl" else None)
    if "wikievents" in sets:
        with open(shared / "datasets/wikievents/dev.jsonl", encoding="utf-8") as fh:
            for d in map(json.loads, fh):
                if ("wikievents", d["doc_id"]) in wanted:
                    out["wikievents", d["doc_id"]] = Article(id=d["doc_id"], text=d["text"])
    return out


# ---------------------------------------------------------------- comparing fields


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return " ".join(w for w in s.replace("-", " ").split() if w not in ("the", "governorate", "province", "state"))


def _overlap(a: dict, b: dict) -> bool:
    return a.get("start") is not None and b.get("start") is not None and a["start"] < b["end"] and b["start"] < a["end"]


# Words that name no one by themselves: two mentions of "he" may be two people
_PRONOUNS = frozenset("he him his she her it its they them their we us our i me you who".split())


def _plain_words(s: str | None) -> str:
    """Words as written, but for case, accents, hyphens and articles (`_norm` also drops words of
    place names such as "state", which tell two parties apart: "the State Department")."""
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return " ".join(w for w in s.replace("-", " ").split() if w not in ("the", "a", "an"))


def _same_words(pred: dict, gold: dict) -> bool:
    """The gold's words at another mention of them ("four children" in the headline, the
    annotator's in the lead): the issue scores the right words, whatever they resolve to."""
    words = _plain_words(gold.get("words"))
    return bool(words) and words not in _PRONOUNS and _plain_words(pred.get("text")) == words


def _same_entity(pred: dict, gold: dict) -> bool:
    """The gold's party: the words the annotator marked, the same words elsewhere, or the same resolved name."""
    return _overlap(pred, gold) or _same_words(pred, gold) \
        or (bool(gold.get("name")) and _norm(pred.get("name")) == _norm(gold["name"]))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from .geo import haversine_km

    return haversine_km(lat1, lon1, lat2, lon2)


@lru_cache(maxsize=None)
def _admin1_codes(name: str, country: str) -> frozenset[str]:
    """The ISO 3166-2 codes a gold admin1 name can mean ("Aleppo", "Ḩalab": SY-HL): annotators
    write English or transliterated names; the gazetteer knows both."""
    from ..resolve.places import Gazetteer

    gaz = Gazetteer.load()
    return frozenset(e.admin1_code for e in gaz.candidates(name)
                     if e.country == country and e.admin1_code and e.feature in ("admin1", "city"))


def place_right(pred: dict | None, gold: dict) -> bool:
    """The right place at the gold's level: near a point, the same admin1, the same country."""
    if not pred:
        return False
    level = gold.get("level")
    if level in ("point", "admin2") and gold.get("lat") is not None and pred.get("lat") is not None:
        return _km(pred["lat"], pred["lon"], gold["lat"], gold["lon"]) <= NEAR_KM
    if level == "admin1":
        if pred.get("country") != gold.get("country"):
            return False
        return _norm(pred.get("admin1")) == _norm(gold.get("admin1")) or \
            (pred.get("admin1_code") or "?") in _admin1_codes(gold.get("admin1") or "", gold["country"])
    if level == "country":
        return pred.get("country") == gold.get("country")
    return _norm(pred.get("name")) == _norm(gold.get("name"))


def field_outcomes(pred: dict | None, gold: dict) -> dict[str, bool | None]:
    """Each scored field of the main event: True/False, or None where the gold does not state it."""
    p = pred or {}
    actors, targets, loc = p.get("actors") or [], p.get("targets") or [], p.get("location")
    ga, gt, gp = gold.get("actor"), gold.get("target"), gold.get("place")
    out: dict[str, bool | None] = {"type": bool(pred) and p.get("type") == gold["type"]}
    out["actor"] = any(_same_entity(a, ga) for a in actors) if ga else None
    out["actor_country"] = any(a.get("country") == ga["country"] for a in actors) if ga and ga.get("country") else None
    out["target"] = any(_same_entity(t, gt) for t in targets) if gt else None
    out["place"] = place_right(loc, gp) if gp else None
    out["place_country"] = bool(loc) and loc.get("country") == gp["country"] if gp and gp.get("country") else None
    out["date"] = bool(p.get("date")) and p["date"].startswith(gold["date"]) if gold.get("date") else None
    for k in ("killed", "injured"):
        out[k] = ((p.get(k) or {}).get("value") == gold[k]) if gold.get(k) is not None else None
    # the whole record: a field the gold leaves empty is right when the output leaves it empty too
    whole = [out["type"],
             out["actor"] if ga else not actors,
             out["place"] if gp else not loc,
             out["date"] if gold.get("date") else True]
    out["whole_record"] = bool(pred) and all(whole)
    return out


def match_events(pred_events: list[dict], gold_events: list[dict]) -> tuple[list[int | None], int, int]:
    """(gold index or None for each output event, duplicates, missed). An output event is the
    gold event one of whose mentions its trigger overlaps; else the gold event with a mention
    in the output event's sentence, nearest its trigger (the system may anchor an incident on
    another word of the sentence than the annotator did: "The blast *killed* 15")."""
    matched: list[int | None] = []
    for ev in pred_events:
        trig, sent = ev["trigger"], ev.get("sentence") or ev["trigger"]
        mentions = [(i, s, e) for i, g in enumerate(gold_events) for s, e in g.get("mentions") or []]
        hit = next((i for i, s, e in mentions if trig["start"] < e and s < trig["end"]), None)
        if hit is None:
            inside = [(abs(s - trig["start"]), i) for i, s, e in mentions if sent["start"] <= s and e <= sent["end"]]
            hit = min(inside)[1] if inside else None
        matched.append(hit)
    hits = [m for m in matched if m is not None]
    duplicates = len(hits) - len(set(hits))
    missed = sum(1 for i, g in enumerate(gold_events) if not g.get("background") and i not in set(hits))
    return matched, duplicates, missed


# ---------------------------------------------------------------- scoring


# A reader's cut: the output events whose `confidence` (the event filter's probability that the
# report tells it as an event of its own) is at least this are also scored on their own
CONFIDENT = 0.6


@dataclass
class Tally:
    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    articles: int = 0
    failed: int = 0
    output_events: int = 0
    spurious: int = 0
    duplicates: int = 0
    gold_events: int = 0
    missed: int = 0
    # output events matched to a gold event, by (marked background, gold says background)
    background: dict[tuple[bool, bool], int] = field(default_factory=dict)
    # the same for the output events at or above CONFIDENT only
    confident_events: int = 0
    confident_noise: int = 0
    confident_missed: int = 0

    def add(self, result: dict | RecordError, gold: dict) -> None:
        self.articles += 1
        events = gold.get("events") or []
        self.gold_events += sum(1 for g in events if not g.get("background"))
        if isinstance(result, RecordError):
            self.failed += 1
            result = {"events": [], "main_event": None}
        preds = result.get("events") or []
        matched, dups, missed = match_events(preds, events)
        self.output_events += len(preds)
        self.spurious += sum(1 for m in matched if m is None)
        self.duplicates += dups
        self.missed += missed
        sure = [ev for ev in preds if (ev.get("confidence") or 0.0) >= CONFIDENT]
        sure_matched, sure_dups, sure_missed = match_events(sure, events)
        self.confident_events += len(sure)
        self.confident_noise += sum(1 for m in sure_matched if m is None) + sure_dups
        self.confident_missed += sure_missed
        for ev, m in zip(preds, matched):
            if m is not None:
                key = ("background" in (ev.get("context") or []), bool(events[m].get("background")))
                self.background[key] = self.background.get(key, 0) + 1
        if gold.get("main") is None:
            return
        main = result.get("main_event")
        pred = preds[main] if main is not None else None
        for k, ok in field_outcomes(pred, events[gold["main"]]).items():
            if ok is not None:
                self.total[k] = self.total.get(k, 0) + 1
                self.right[k] = self.right.get(k, 0) + bool(ok)

    def metrics(self) -> dict[str, float]:
        m = {k: self.right.get(k, 0) / self.total[k] for k in FIELDS if self.total.get(k)}
        if self.output_events:
            m["spurious_share"] = self.spurious / self.output_events
            m["duplicate_share"] = self.duplicates / self.output_events
            m["spurious_or_duplicate_share"] = (self.spurious + self.duplicates) / self.output_events
        if self.gold_events:
            m["missed_share"] = self.missed / self.gold_events
            m["confident_missed_share"] = self.confident_missed / self.gold_events
        if self.confident_events:
            m["confident_noise_share"] = self.confident_noise / self.confident_events
        marked, recalled = self.background.get((True, True), 0), self.background.get((False, True), 0)
        if marked + self.background.get((True, False), 0):
            m["background_precision"] = marked / (marked + self.background.get((True, False), 0))
        if marked + recalled:
            m["background_recall"] = marked / (marked + recalled)
        if self.articles:
            m["output_events_per_article"] = self.output_events / self.articles
            m["gold_events_per_article"] = self.gold_events / self.articles
        return m


def load_gold(gold_dir: Path = GOLD_DIR) -> tuple[list[dict], dict[tuple[str, str], str]]:
    """(gold records, {(set, id): half})."""
    halves = {(r["set"], r["id"]): r["half"] for name in SPLIT_FILES  # a missing batch is an error, not
              for r in json.loads((gold_dir / name).read_text(encoding="utf-8"))["articles"]}  # a smaller gold
    with open(gold_dir / GOLD_FILE, encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    return gold, halves


def load_gold_articles(shared: Path, gold: list[dict]) -> dict[tuple[str, str], Article]:
    """The texts of every gold article; one that cannot be read (a dataset missing from
    `shared`) is an error, not a smaller gold whose figures look like the whole's."""
    wanted = {(g["set"], g["id"]) for g in gold}
    articles = load_articles(shared, wanted)
    missing = sorted(wanted - set(articles))
    if missing:
        raise FileNotFoundError(f"{len(missing)} record-gold articles not found under {shared}, "
                                f"e.g. {missing[0][0]} {missing[0][1]}")
    return articles


def score_records(shared: Path, limit: int | None = None, processes: int = 2,
                  gold_dir: Path = GOLD_DIR) -> dict:
    """Per-field accuracy of the main event and the spurious/duplicate shares, per half."""
    gold, halves = load_gold(gold_dir)
    gold = [g for g in gold if (g["set"], g["id"]) in halves][:limit]
    articles = load_gold_articles(shared, gold)
    results = extract_all([articles[g["set"], g["id"]] for g in gold], processes)
    tallies = {h: Tally() for h in (*HALVES, "all")}
    for g, res in zip(gold, results):
        for h in (halves[g["set"], g["id"]], "all"):
            tallies[h].add(res, g)
    metrics: dict[str, float] = {}
    for h in (*HALVES, "all"):
        metrics.update({f"{k}_{h}": v for k, v in tallies[h].metrics().items()})
    counts = {h: t.articles for h, t in tallies.items()}
    return {"n": counts["all"], "metrics": metrics,
            "notes": {f"type_{h}": f"{counts[h]} articles of the {h} half" for h in (*HALVES, "all")},
            "tallies": {h: {"right": t.right, "total": t.total} for h, t in tallies.items()}}


def gold_problems(gold: Iterable[dict], articles: dict[tuple[str, str], Article]) -> list[str]:
    """What is wrong with the annotation itself: offsets that do not hold the words, a main
    index out of range, unknown types or levels. An annotation check, run by the tests."""
    from ..model import EventType

    levels = {"point", "admin2", "admin1", "country", "region"}
    problems = []
    for g in gold:
        key = (g["set"], g["id"])
        text = articles[key].text if key in articles else None
        events = g.get("events") or []
        if g.get("main") is not None and not 0 <= g["main"] < len(events):
            problems.append(f"{key}: main {g['main']} out of range")
        for i, ev in enumerate(events):
            where = f"{key} event {i}"
            if ev.get("type") not in EventType.__members__:
                problems.append(f"{where}: type {ev.get('type')!r}")
            if not ev.get("mentions"):
                problems.append(f"{where}: no mentions")
            for role in ("actor", "target", "place"):
                obj = ev.get(role)
                if obj and text is not None and obj.get("start") is not None \
                        and text[obj["start"]:obj["end"]] != obj.get("words"):
                    problems.append(f"{where}: {role} offsets hold {text[obj['start']:obj['end']]!r}, "
                                    f"not {obj.get('words')!r}")
            if ev.get("place") and ev["place"].get("level") not in levels:
                problems.append(f"{where}: place level {ev['place'].get('level')!r}")
            if text is not None:
                for s, e in ev.get("mentions") or []:
                    if not (0 <= s < e <= len(text)):
                        problems.append(f"{where}: mention [{s}, {e}] outside the text")
    return problems


ROW_NAMES = {"type": "type", "actor": "actor", "actor_country": "actor's country", "target": "target (generous)",
             "place": "place (town within 50 km / region / country)", "place_country": "place: country",
             "date": "date", "killed": "killed (where stated)", "injured": "injured (where stated)",
             "whole_record": "type, actor, place and date all right",
             "spurious_share": "output events that are no event", "duplicate_share": "output events repeating one",
             "spurious_or_duplicate_share": "spurious + duplicate", "missed_share": "real events missed",
             "confident_noise_share": f"spurious + duplicate, events of confidence >= {CONFIDENT}",
             "confident_missed_share": f"real events missed, events of confidence >= {CONFIDENT}",
             "output_events_per_article": "output events per article", "gold_events_per_article": "real events per article",
             "background_precision": "marked background: recalled in the gold",
             "background_recall": "recalled events (gold) marked background"}


def records_rows(result: dict) -> list[tuple[str, list[str]]]:
    """(row name, [tune, check, all]) for the table `eventwire eval records` prints."""
    m, tallies = result["metrics"], result.get("tallies", {})
    rows = []
    for key, label in ROW_NAMES.items():
        cells = []
        for h in (*HALVES, "all"):
            v = m.get(f"{key}_{h}")
            n = tallies.get(h, {}).get("total", {}).get(key)
            cells.append("" if v is None else f"{v:.2f}" + (f" ({tallies[h]['right'].get(key, 0)}/{n})" if n else ""))
        rows.append((label, cells))
    return rows
