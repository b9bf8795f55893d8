"""Where an outlet is based, learned from its own stories: a prior for ambiguous names.

A local paper's "Paris" is the Paris near it, its "Columbia" the town it is printed in;
the text rarely says so because its readers know (Lieberman, Samet & Sankaranarayanan's
"local lexicon", the idea behind the LGL corpus). eventwire learns each outlet's home from
the places of its articles: first the country most of them were resolved to, then,
within that country, the admin1 unit their names point to, each name's vote split
among the units of that country that hold a namesake ("Texas" one full vote, "Athens"
a tenth to each of ten states). A country or unit becomes the home when it leads
clearly and in enough of the outlet's articles.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable
from urllib.parse import urlsplit

from ..model import Article
from .places import Gazetteer

MIN_ARTICLES = 3  # fewer stories say too little about where an outlet is
MIN_SHARE = 0.5  # the home appears in at least half the outlet's stories
MIN_LEAD = 1.5  # ... and gets at least this many times the votes of the runner-up
MAX_UNITS = 12  # a name with namesakes in more units than this votes for none

Resolved = tuple[str, "str | None"]  # a place name and the country it was resolved to


def _host(url: str | None) -> str:
    """An address's host, lower case, without "www." ("" when there is none)."""
    if not url:
        return ""
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").rstrip(".")
    return host.removeprefix("www.")


def outlet_key(article: Article | dict) -> str | None:
    """The outlet an article comes from: its URL's host without "www.", else its source."""
    get = article.get if isinstance(article, dict) else (lambda k: getattr(article, k, None))
    host = _host(get("url"))
    if host:
        return host
    source = get("source")
    return source.strip().lower() if source and source.strip() else None


def unit_votes(names: Iterable[str], country: str, gazetteer: Gazetteer) -> Counter:
    """admin1 code → votes from one article's distinct place names, each name's vote
    split among the units of `country` that hold it or a namesake."""
    votes: Counter = Counter()
    for name in set(names):
        units = {e.admin1_code for e in gazetteer.candidates(name)
                 if e.country == country and e.admin1_code and e.feature in ("city", "admin2", "admin1")}
        if units and len(units) <= MAX_UNITS:
            votes.update({u: 1.0 / len(units) for u in units})
    return votes


def _leader(votes: Counter, seen: Counter, n_articles: int) -> str | None:
    """The key that leads clearly (MIN_LEAD times the runner-up) and appears in at least
    MIN_SHARE of the articles."""
    if not votes:
        return None
    (best, top), *rest = votes.most_common(2)
    runner_up = rest[0][1] if rest else 0.0
    return best if top >= MIN_LEAD * runner_up and seen[best] >= MIN_SHARE * n_articles else None


def learn_homes(articles: Iterable[tuple[str | None, list[Resolved]]], gazetteer: Gazetteer,
                min_articles: int = MIN_ARTICLES) -> dict[str, str]:
    """{outlet: home} from (outlet, [(place name, resolved country)]) per article: an
    ISO 3166-2 unit ("US-TN") where one leads within the outlet's country, else the
    ISO-3 country; outlets whose stories point nowhere in particular get none."""
    by_outlet: dict[str, list[list[Resolved]]] = defaultdict(list)
    for outlet, places in articles:
        if outlet:
            by_outlet[outlet].append(places)
    homes = {}
    for outlet, docs in by_outlet.items():
        if len(docs) < min_articles:
            continue
        votes, seen = Counter(), Counter()
        for places in docs:
            v = Counter(c for c in dict(places).values() if c)  # one vote per distinct name
            votes.update(v)
            seen.update(v.keys())
        country = _leader(votes, seen, len(docs))
        if country is None:
            continue
        votes, seen = Counter(), Counter()
        for places in docs:
            v = unit_votes([name for name, _ in places], country, gazetteer)
            votes.update(v)
            seen.update(v.keys())
        homes[outlet] = _leader(votes, seen, len(docs)) or country
    return homes


def article_places(result: dict) -> tuple[str | None, list[Resolved]]:
    """(outlet, [(place name, resolved country)]) of one extraction result: what
    `learn_homes` reads."""
    return outlet_key(result), [(p["text"], p.get("country")) for p in result.get("places") or []]


def learn_homes_from_results(results: Iterable[dict], gazetteer: Gazetteer) -> dict[str, str]:
    """`learn_homes` over extraction results (their `url`/`source` and `places`)."""
    return learn_homes((article_places(r) for r in results if isinstance(r, dict)), gazetteer)


# Country-code domains used as generic ones (.co, .io, .tv, ...): they say nothing of where an outlet is
_GENERIC_TLDS = frozenset("co io tv me fm ai ly cc ws to gg im la nu tk ag am sh st vc eu".split())


def url_country(url: str | None) -> str | None:
    """ISO-3 country of an address's country-code domain ("independent.ie" → IRL,
    "lfpress.ca" → CAN), else None (.com, generic ones like .io)."""
    tld = _host(url).rpartition(".")[2]
    if len(tld) != 2 or tld in _GENERIC_TLDS:
        return None
    if tld == "uk":
        return "GBR"
    import pycountry

    c = pycountry.countries.get(alpha_2=tld.upper())
    return c.alpha_3 if c else None


def article_home(article: Article, text: str | None = None) -> str | None:
    """Where an article's outlet is based: its `home` (given or learned), else the
    country of its address's country-code domain, else (given the text) the country whose
    local institutions the text speaks of (`text_home`)."""
    return article.home or url_country(article.url) or (text_home(text) if text else None)


# What only American local news writes: its courts, jails and sheriffs, police addresses by the
# block, state abbreviations after a town, interstates. A local paper's readers know where they
# are, so its text rarely names its country, and a lone article (no outlet's other stories to learn
# a home from) read "Athens Police Department … Henderson County Jail" as Greek and "a Paris man
# … Henry County General Sessions Court" as French. Each pattern is one cue; one alone proves
# little. A bare "Superior Court" is Canada's too, and is no cue; "Fulton County Superior Court" is.
_US_LOCAL_CUES = tuple(re.compile(p) for p in (
    r"\b\d{1,5} block of\b",
    r"\bSheriff['’]?s (?:Office|Department|Dept\b|deputies|deputy)",
    r"\b[A-Z][a-z]+ County (?:Jail|Sheriff|Court|Commission|Board|Schools?|Attorney|Prosecutor|Coroner|Detention"
    r"|Circuit|Superior|District|General|Commonwealth|Grand Jury|Courthouse)\b",
    r"\b(?:Circuit|General Sessions|Municipal|Common Pleas|Magistrate) Court\b",
    r", (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev"
    r"|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.(?=[\s,])",
    r"\b(?:Interstate \d{1,3}|I-\d{1,3}\b|U\.S\. (?:Highway|Route) \d{1,3})",
    r"\b(?:grand jury|[Dd]istrict [Aa]ttorney|[Ss]tate [Tt]roopers?|Highway Patrol)\b",
    r"\b[A-Z][a-z]+ Police Department\b",
))
MIN_US_LOCAL_CUES = 2  # distinct kinds of cue: a story abroad may mention one American court


def text_home(text: str) -> str | None:
    """"USA" where the text speaks of American local institutions in at least
    `MIN_US_LOCAL_CUES` kinds of way, else None."""
    return "USA" if sum(1 for cue in _US_LOCAL_CUES if cue.search(text)) >= MIN_US_LOCAL_CUES else None


def home_country(home: str | None) -> str | None:
    """ISO-3 country of a home given as an ISO 3166-2 unit ("US-TN") or an ISO-3 code."""
    if not home:
        return None
    if "-" not in home:
        return home.upper() if len(home) == 3 else None
    import pycountry

    c = pycountry.countries.get(alpha_2=home.split("-", 1)[0].upper())
    return c.alpha_3 if c else None


_HOME_CODE = re.compile(r"^(?:[A-Z]{2}-[A-Z0-9]{1,3}|[A-Z]{3})$")


def valid_home(home: object) -> bool:
    """An ISO 3166-2 unit code ("US-TN") or an ISO-3 country code ("GBR")."""
    return isinstance(home, str) and bool(_HOME_CODE.match(home))


def load_homes(path: str | Path) -> dict[str, str]:
    """{outlet: home} from a JSON object file, as `eventwire gazetteer homes` writes it;
    ValueError naming the file and the bad entry otherwise."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ValueError(f"{path}: cannot read outlet homes ({e})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: outlet homes must be a JSON object {{outlet: home}}")
    for outlet, home in data.items():
        if not valid_home(home):
            raise ValueError(f"{path}: home of {outlet!r} is {home!r}, not an ISO 3166-2 unit (US-TN) "
                             "or ISO-3 country (GBR)")
    return {str(k).strip().lower(): v for k, v in data.items()}


def save_homes(homes: dict[str, str], path: str | Path) -> None:
    Path(path).write_text(json.dumps(dict(sorted(homes.items())), indent=1, ensure_ascii=False) + "\n",
                          encoding="utf-8")
