"""Fusion at scale: a synthetic mention corpus of 10k and 100k mentions through `Fuser`.

The corpus imitates wire copy about conflict events: events spread over 15
countries (skewed towards a few, as news is), 8 provinces and 80 towns each, a
realistic mix of PLOVER types; each event is reported by 1-7 articles published
0-4 days later, each article naming the event's place at a random precision
(town, a neighbouring town, province, country, or none), its date stated or
carried over, the actor right, wrong or absent, the toll rising or disagreeing,
and one to three secondary events (reactions, mostly one article only). The time
span grows with the corpus (about 150 mentions a day), as a growing archive would;
the `dense` row puts 100k mentions in a quarter of the time to show how cost grows
with density instead.

Each size runs in its own subprocess so memory is measured alone. Columns: fusion
wall time (add() per article, consensus and conflicts included), mentions/s,
process peak RSS and its growth during fusion, and pairwise precision/recall
against the generator's truth. Writes docs/benchmarks/fusion_scale.md.

    python benchmarks/fusion_scale.py               # 10k, 100k, 100k dense
    python benchmarks/fusion_scale.py --sizes 10000
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.model import Actor, Count, Event, Mention, Place, Span  # noqa: E402

MENTIONS_PER_DAY = 150
START = date(2022, 1, 1)
COUNTRIES = ["SYR", "IRQ", "YEM", "AFG", "NGA", "SOM", "UKR", "MLI", "SDN", "LBY", "COD", "MMR", "PAK", "ETH",
             "BFA"]
TYPES = {"ASSAULT": 45, "PROTEST": 14, "COERCE": 9, "ACCUSE": 7, "AGREE": 5, "CONSULT": 5, "MOBILIZE": 4,
         "REQUEST": 4, "INCIDENT": 4, "AID": 3}
SECONDARY_TYPES = ["ACCUSE", "REQUEST", "REJECT", "THREATEN", "INVESTIGATE", "SUPPORT"]
MODES = {"ASSAULT": ["aerial", "heavy-weapons", "explosives", "firearms", "suicide-attack"], "PROTEST": ["demo"],
         "COERCE": ["arrest", "seize"], "MOBILIZE": ["troops"]}
VERBS = {"ASSAULT": "struck", "PROTEST": "protested against", "COERCE": "arrested", "ACCUSE": "accused",
         "AGREE": "agreed with", "CONSULT": "met", "MOBILIZE": "deployed near", "REQUEST": "called on",
         "INCIDENT": "was hit near", "AID": "delivered aid to", "REJECT": "rejected", "THREATEN": "warned",
         "INVESTIGATE": "opened an inquiry into", "SUPPORT": "backed"}
SYLLABLES = ["ka", "ri", "mo", "tal", "ben", "sur", "ha", "zi", "lo", "dar", "mun", "que", "sha", "vel", "tor",
             "nim", "pa", "gu", "rek", "sol"]
QUALIFIERS = ["exact", "exact", "exact", "at_least", "more_than", "about"]


@dataclass
class Geo:
    country: str
    admin1: str
    name: str
    lat: float
    lon: float
    geonameid: int


def word(rng: random.Random, n: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


def build_world(rng: random.Random) -> tuple[dict[str, list[list[Geo]]], dict[str, list[tuple[str, str]]]]:
    """Per country: provinces of towns; and actors (name, sector)."""
    geo: dict[str, list[list[Geo]]] = {}
    actors: dict[str, list[tuple[str, str]]] = {}
    gid = 1
    for ci, country in enumerate(COUNTRIES):
        base_lat, base_lon = -10 + 3.1 * ci, 10 + 4.3 * ci
        provinces = []
        for a in range(8):
            clat, clon = base_lat + (a // 3) * 1.2, base_lon + (a % 3) * 1.2
            admin1 = f"{country}-{word(rng)}"
            towns = []
            for _ in range(10):
                towns.append(Geo(country, admin1, word(rng).title(), clat + rng.uniform(-0.5, 0.5),
                                 clon + rng.uniform(-0.5, 0.5), gid))
                gid += 1
            provinces.append(towns)
        geo[country] = provinces
        actors[country] = [(f"{country} government forces", "MIL"), (f"{country} police", "COP"),
                           (f"{country} government", "GOV"), (f"{word(rng).title()} Front", "REB"),
                           (f"{word(rng).title()} Brigades", "REB"), (f"{word(rng).title()} Movement", "REB"),
                           (f"{country} civilians", "CVL")]
    return geo, actors


def make_corpus(n_mentions: int, days: int, seed: int = 7) -> tuple[list[list[Mention]], dict[str, int]]:
    """Articles (each a list of mentions, main event first) and the true event of every mention."""
    rng = random.Random(seed)
    geo, actors = build_world(rng)
    country_weights = [1 / (i + 1) for i in range(len(COUNTRIES))]
    types, type_weights = list(TYPES), list(TYPES.values())
    outlets = [f"{word(rng, 2).title()} {rng.choice(['Wire', 'Post', 'News', 'Daily', 'Monitor'])}" for _ in range(40)]
    articles: list[list[Mention]] = []
    truth: dict[str, int] = {}
    n = 0
    true_id = 0
    while n < n_mentions:
        true_id += 1
        event_truth = true_id
        country = rng.choices(COUNTRIES, country_weights)[0]
        province = rng.choice(geo[country])
        town = rng.choice(province)
        etype = rng.choices(types, type_weights)[0]
        day = START + timedelta(days=rng.randrange(days))
        actor = rng.choice(actors[country][:6])
        target = rng.choice(actors[country])
        mode = rng.choice(MODES.get(etype, [None]))  # type: ignore[list-item]
        toll = int(rng.paretovariate(1.3)) + (rng.random() < 0.6) if etype in ("ASSAULT", "INCIDENT") else 0
        details = [word(rng) for _ in range(6)]
        n_reports = min(7, 1 + int(rng.expovariate(0.7)))
        for r in range(n_reports):
            published = day + timedelta(days=min(4, int(rng.expovariate(1.2))))
            article_id = f"a{len(articles)}"
            outlet = rng.choice(outlets)
            main = _mention(rng, article_id, outlet, published, "e1", etype, mode, day, town, province, country,
                            actor, target, toll, details, actors[country], published_rank=r)
            main.main = True
            truth[main.id] = event_truth
            mentions = [main]
            for k in range(rng.choice([1, 1, 2, 3])):
                true_id += 1
                sec_type = rng.choice(SECONDARY_TYPES)
                sec = _mention(rng, article_id, outlet, published, f"e{k + 2}", sec_type, None, published,
                               rng.choice(province), province, country, rng.choice(actors[country]),
                               rng.choice(actors[country]), 0, [word(rng) for _ in range(6)], actors[country], 0)
                truth[sec.id] = true_id
                mentions.append(sec)
            articles.append(mentions)
            n += len(mentions)
    articles.sort(key=lambda ms: (ms[0].published or "", ms[0].article_id))
    return articles, truth


def _mention(rng: random.Random, article_id: str, outlet: str, published: date, eid: str, etype: str,
             mode: str | None, day: date, town: Geo, province: list[Geo], country: str,
             actor: tuple[str, str], target: tuple[str, str], toll: int, details: list[str],
             pool: list[tuple[str, str]], published_rank: int) -> Mention:
    roll = rng.random()
    if roll < 0.45:
        place: Place | None = _place(town, "point")
    elif roll < 0.52:
        place = _place(rng.choice(province), "point")  # a neighbouring town
    elif roll < 0.70:
        place = _place(town, "admin1")
    elif roll < 0.78:
        place = _place(town, "country")
    else:
        place = None
    stated = rng.random() < 0.7
    event_day = day if stated or rng.random() < 0.5 else published
    actors = []
    roll = rng.random()
    if roll < 0.7:
        actors = [Actor(actor[0], 0, 1, actor[0], country, actor[1])]
    elif roll < 0.8:
        other = rng.choice(pool)
        actors = [Actor(other[0], 0, 1, other[0], country, other[1])]
    targets = [Actor(target[0], 0, 1, target[0], country, target[1])] if rng.random() < 0.6 else []
    killed = None
    if toll and rng.random() < 0.85:
        value = max(1, int(toll * (1 + 0.3 * published_rank * rng.random()) + rng.choice([0, 0, 0, -1, 1, 2])))
        killed = Count(value, rng.choice(QUALIFIERS), str(value), 0, 1)
    words = rng.sample(details, 4) + [word(rng) for _ in range(3)]
    where = place.name if place else "the area"
    who = actors[0].name if actors else "officials"
    count = killed.value if killed else "Several"
    sentence = f"{count} people {VERBS[etype]} {' '.join(words)} in {where}, {who} said."
    event = Event(id=f"{article_id}#{eid}", type=etype, trigger=Span("x", 0, 1),
                  sentence=Span(sentence, 0, len(sentence)), mode=mode, actors=actors, targets=targets,
                  location=place, date=event_day.isoformat(),
                  date_text="on Tuesday" if stated else None, killed=killed)
    return Mention(id=f"{article_id}#{event.id}", article_id=article_id, outlet=outlet,
                   published=published.isoformat(), event=event)


def _place(town: Geo, precision: str) -> Place:
    if precision == "point":
        return Place(town.name, 0, 1, town.name, town.geonameid, town.country, town.admin1, town.admin1,
                     town.lat, town.lon, "city", "point")
    if precision == "admin1":
        return Place(town.admin1, 0, 1, town.admin1, None, town.country, town.admin1, town.admin1, None, None,
                     "admin1", "admin1")
    return Place(town.country, 0, 1, town.country, None, town.country, None, None, None, None, "country", "country")


def pairwise(truth: dict[str, int], predicted: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall from cluster sizes (no pair enumeration)."""
    def pairs(sizes):
        return sum(s * (s - 1) // 2 for s in sizes)
    both = Counter((truth[m], predicted[m]) for m in truth)
    tp = pairs(both.values())
    pred = pairs(Counter(predicted.values()).values())
    gold = pairs(Counter(truth.values()).values())
    return (tp / pred if pred else 1.0), (tp / gold if gold else 1.0)


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def worker(n_mentions: int, days: int) -> None:
    """Runs in the measured subprocess; prints one JSON line."""
    from eventwire.fuse import Fuser

    articles, truth = make_corpus(n_mentions, days)
    n = sum(len(a) for a in articles)
    rss_before = _rss_mb()
    fuser = Fuser()
    t0, c0 = time.perf_counter(), time.process_time()
    for mentions in articles:
        fuser.add(mentions)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    predicted = {m.id: ev.id for ev in fuser.events.values() for m in ev.mentions}
    precision, recall = pairwise(truth, predicted)
    multi = sum(1 for ev in fuser.events.values() if ev.n_articles > 1)
    print(json.dumps({"mentions": n, "articles": len(articles), "days": days, "seconds": elapsed, "cpu": cpu,
                      "events": len(fuser.events), "multi": multi, "true_events": len(set(truth.values())),
                      "peak_rss_mb": peak, "growth_mb": max(0.0, peak - rss_before),
                      "precision": precision, "recall": recall}))


def duplicates_worker(n_articles: int) -> None:
    """DuplicateIndex over synthetic 300-word articles, one in ten a lightly edited reprint."""
    from eventwire.fuse import DuplicateIndex

    rng = random.Random(5)
    vocab = [word(rng) for _ in range(20_000)]
    recent: list[tuple[str, str]] = []  # reprints copy one of the last 500 articles
    index = DuplicateIndex()
    found = reprints = false_hits = 0
    elapsed = 0.0
    for i in range(n_articles):
        if recent and rng.random() < 0.1:
            original_id, original = rng.choice(recent)
            words = original.split()
            for k in rng.sample(range(len(words)), 6):  # a new dateline, a few edits
                words[k] = word(rng)
            text, truth = "BEIRUT (Wire) - " + " ".join(words), original_id
            reprints += 1
        else:
            text, truth = " ".join(rng.choices(vocab, k=300)), None
        t0 = time.process_time()
        answer = index.add(f"d{i}", text)
        elapsed += time.process_time() - t0
        found += truth is not None and answer == truth
        false_hits += truth is None and answer is not None
        if truth is None:
            recent.append((f"d{i}", text))
            recent = recent[-500:]
    size = len(index.to_bytes())
    print(json.dumps({"articles": n_articles, "cpu": elapsed, "reprints": reprints, "found": found,
                      "false_hits": false_hits, "bytes": size,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def _run(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    result: dict = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--no-dense", action="store_true", help="skip the 100k-in-a-quarter-of-the-time row")
    ap.add_argument("--dup-sizes", type=int, nargs="*", default=[10_000, 50_000])
    ap.add_argument("--worker", type=int, nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--dup-worker", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--out", default=str(ROOT / "docs" / "benchmarks" / "fusion_scale.md"))
    args = ap.parse_args()
    if args.worker:
        worker(*args.worker)
        return
    if args.dup_worker:
        duplicates_worker(args.dup_worker)
        return
    runs = [(n, max(1, n // MENTIONS_PER_DAY), "archive") for n in args.sizes]
    if not args.no_dense and args.sizes:
        biggest = max(args.sizes)
        runs.append((biggest, max(1, biggest // MENTIONS_PER_DAY // 4), "dense"))
    rows = []
    for n, days, label in runs:
        r = _run("--worker", str(n), str(days))
        r["label"] = label
        rows.append(r)
        print(f"{label} {r['mentions']} mentions: {r['cpu']:.1f} s CPU", file=sys.stderr)
    dup_rows = [_run("--dup-worker", str(n)) for n in args.dup_sizes]
    lines = [
        "# Fusion at scale",
        "",
        f"Generated by `python benchmarks/fusion_scale.py` (code: {_version()}). Machine: {_cores()} cores "
        f"(shared with other jobs, so wall time is noisy; CPU time is the column to compare), "
        f"Python {platform.python_version()}, {platform.machine()}.",
        "",
        "## Fuser",
        "",
        "Synthetic mention corpus (see the script's docstring for how it is made). Each row runs in its own "
        "subprocess; articles are added one `Fuser.add` call each, in publication order; consensus and "
        "conflicts of the changed events are recomputed after every call.",
        "",
        "| corpus | mentions | articles | days | mentions/day | fusion CPU (s) | wall (s) | mentions/s (CPU) "
        "| fused events | events with >1 article | peak RSS (MB) | RSS growth in fusion (MB) "
        "| pairwise P | pairwise R |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| {r['label']} | {r['mentions']:,} | {r['articles']:,} | {r['days']} | "
                     f"{r['mentions'] / r['days']:.0f} | {r['cpu']:.1f} | {r['seconds']:.1f} | "
                     f"{r['mentions'] / r['cpu']:,.0f} | {r['events']:,} | {r['multi']:,} | "
                     f"{r['peak_rss_mb']:.0f} | {r['growth_mb']:.0f} | {r['precision']:.3f} | {r['recall']:.3f} |")
    lines += [
        "",
        "- *archive*: the span grows with the corpus (about 150 mentions a day), so the blocks a mention is "
        "compared with stay the same size and cost per mention stays flat. *dense*: the same 100k mentions in a "
        "quarter of the days; blocks are four times fuller, so each mention is scored against more events.",
        "- Pairwise P/R are against the generator's true events (mention pairs in one fused event that share a "
        "true event, and the reverse). They measure the synthetic noise model as much as the fuser: most false "
        "pairs are two events of one type in one province a day or two apart, which the generator makes often "
        "(8 provinces a country) and tells apart mainly by sentence words; precision falls as density rises.",
        "",
        "## DuplicateIndex",
        "",
        "Synthetic 300-word articles; one in ten is a reprint of one of the previous 500 originals with a new "
        "dateline and six words changed.",
        "",
        "| articles | CPU (s) | articles/s | reprints | found | false copies | serialised size (MB) | peak RSS (MB) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for d in dup_rows:
        lines.append(f"| {d['articles']:,} | {d['cpu']:.1f} | {d['articles'] / d['cpu']:,.0f} | "
                     f"{d['reprints']:,} | {d['found']:,} | {d['false_hits']} | {d['bytes'] / 2**20:.1f} | "
                     f"{d['peak_rss_mb']:.0f} |")
    text = "\n".join(lines) + "\n"
    if args.out != "-":
        Path(args.out).write_text(text + kept_notes(Path(args.out)), encoding="utf-8")
    print(text)


def kept_notes(path: Path) -> str:
    """The hand-written part of an earlier report (from a line '## Notes' on), kept across runs."""
    if not path.exists():
        return ""
    old = path.read_text(encoding="utf-8")
    at = old.find("\n## Notes\n")
    return "\n" + old[at + 1:] if at >= 0 else ""


def _version() -> str:
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src/eventwire/fuse", "benchmarks/fusion_scale.py"],
                               cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        return rev + (" + uncommitted fuse/benchmark changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _cores() -> int:
    import os

    return os.cpu_count() or 1


if __name__ == "__main__":
    main()
