"""The one data model every stage speaks: article, span, actor, place, event, quote.

Every extracted field that comes from the text carries evidence as character
offsets (`start`, `end`) into `Article.text`, so `text[start:end] == span.text`.
Serialisation follows the output contract in docs/output.md.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .codec import from_dict, to_dict


# Vocabularies. Members are strings whose name is their value: they compare and hash
# as the plain code ("ASSAULT" in {EventType.ASSAULT}) and serialise to it in JSON.


class EventType(StrEnum):
    """Event types eventwire emits: PLOVER 0.8 (INVESTIGATE and CRIME as types of their
    own) and INCIDENT, a report that is no political event (a quake, a factory blast).
    Groups of types and their CAMEO and ACLED counterparts: extract/ontology.py."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    COOPERATE = "COOPERATE"
    AID = "AID"
    CONCEDE = "CONCEDE"
    RETREAT = "RETREAT"
    INVESTIGATE = "INVESTIGATE"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    MOBILIZE = "MOBILIZE"
    SANCTION = "SANCTION"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    CRIME = "CRIME"
    INCIDENT = "INCIDENT"


class Sector(StrEnum):
    """Actor sectors (`Actor.sector`), CAMEO's actor type codes plus REL and MON
    (data/actors.json `_doc.sectors` says what each covers)."""

    GOV = "GOV"  # government
    MIL = "MIL"  # military
    COP = "COP"  # police and security forces
    REB = "REB"  # rebels, insurgents, armed non-state groups
    OPP = "OPP"  # political opposition
    CVL = "CVL"  # civilians
    IGO = "IGO"  # inter-governmental organisation
    NGO = "NGO"  # non-governmental organisation
    MED = "MED"  # media
    JUD = "JUD"  # judiciary
    LEG = "LEG"  # legislature
    BUS = "BUS"  # business
    LAB = "LAB"  # labour
    EDU = "EDU"  # education
    REL = "REL"  # religion
    HLH = "HLH"  # health
    SPY = "SPY"  # intelligence
    UAF = "UAF"  # unidentified armed actors ("gunmen")
    MON = "MON"  # monitoring groups


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    language: str | None = "en"
    # Where the outlet is based, as an ISO 3166-2 unit ("US-TN") or ISO-3 country: a prior
    # for ambiguous place names ("Paris" in a Tennessee paper). Given in the input or
    # learned from the outlet's other articles (resolve/homes.py); not serialised.
    home: str | None = None
    # Where the publication date came from ("input", "dateline", "html"); not serialised.
    published_from: str | None = None
    # Where the record came from ("corpus.jsonl", "line 7"), for error messages; not serialised.
    origin_file: str = "-"
    origin_record: str = "-"


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Actor:
    text: str
    start: int
    end: int
    name: str | None = None  # canonical name, e.g. "Islamic State"
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # GOV, MIL, REB, CVL, IGO, MED, ...
    # not named by the text but implied by the event's own word, whose span it carries: an arrest
    # told with no doer was made by the police of its country (extract/custody.py)
    implied: bool = False
    # its country is not said by the text: taken from where its event happened, else from the
    # story's country (stages/result.local_doers); not evidence that a state acts
    country_assumed: bool = False


@dataclass
class Place:
    text: str
    start: int
    end: int
    name: str | None = None
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # city, admin1, country, region
    precision: str | None = None  # point, admin2, admin1, country, region


@dataclass
class Count:
    value: int
    qualifier: str  # exact | at_least | more_than | about | up_to
    text: str
    start: int
    end: int
    victims: str | None = None  # civilians, children, fighters, ... where stated


@dataclass
class SourceRef:
    text: str
    name: str
    start: int
    end: int


# The `Event.context` tag of an event the report recalls rather than reports (a war's start, an
# earlier attack, a running total): never the main event (extract/background.py)
BACKGROUND = "background"
# The `Event.context` tag of an act someone claimed ("... claimed responsibility", "IS claimed the
# attack"): who did it is the claimant's word (stages/events.refine, extract/merge)
CLAIMED = "claim_of_responsibility"


@dataclass
class Event:
    id: str
    type: str  # PLOVER event type
    trigger: Span
    sentence: Span
    mode: str | None = None
    cameo: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    context: list[str] = field(default_factory=list)
    factuality: str = "asserted"
    actors: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    location: Place | None = None
    date: str | None = None
    date_text: str | None = None
    instruments: list[Span] = field(default_factory=list)
    killed: Count | None = None
    injured: Count | None = None
    reported_by: list[SourceRef] = field(default_factory=list)
    confidence: float = 0.5
    # "day" | "week" | "month" | "year": how much of the calendar `date` pins down ("last month"
    # gives the month's first day with "month"); None when there is no date
    date_precision: str | None = None


@dataclass
class Quote:
    text: str
    start: int
    end: int
    speaker: SourceRef | None = None


@dataclass
class ArticleResult:
    article: Article
    events: list[Event] = field(default_factory=list)
    main_event: int | None = None
    quotes: list[Quote] = field(default_factory=list)
    cited_sources: list[SourceRef] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The output contract (docs/output.md): the article's public fields, then what was found."""
        a = self.article
        return {
            **{k: getattr(a, k) for k in ARTICLE_OUTPUT_FIELDS},
            "events": to_dict(self.events),
            "main_event": self.main_event,
            "quotes": to_dict(self.quotes),
            "cited_sources": to_dict(self.cited_sources),
            "places": to_dict(self.places),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ArticleResult":
        """The result back from its output dict (as the store keeps it)."""
        article = Article(**{k: d.get(k) for k in ARTICLE_OUTPUT_FIELDS})
        return cls(article=article, events=from_dict(list[Event], d.get("events") or []),
                   main_event=d.get("main_event"), quotes=from_dict(list[Quote], d.get("quotes") or []),
                   cited_sources=from_dict(list[SourceRef], d.get("cited_sources") or []),
                   places=from_dict(list[Place], d.get("places") or []))


# The article fields that the output carries (home, published_from and origin are working notes).
ARTICLE_OUTPUT_FIELDS = ("id", "title", "published", "source", "url", "language", "text")


@dataclass
class RecordError:
    """A record that could not be read or processed; the batch goes on."""

    code: str  # e.g. E101, see eventwire.errors
    message: str
    file: str
    record: str  # line number, row number or id

    def __str__(self) -> str:
        return f"{self.file}:{self.record}: [{self.code}] {self.message}"

    @classmethod
    def of(cls, message: str, file: str, record: str) -> "RecordError":
        """From a catalogue message (`errors.Errors.E104.format(...)`), which carries its code."""
        return cls(message.code, str(message), file, record)  # type: ignore[attr-defined]


# --- Across articles: what fusion and the store speak -----------------------


@dataclass
class Mention:
    """One article's account of one event: the unit that fusion clusters and the store keeps."""

    id: str  # "<article_id>#<event.id>", unique in a store
    article_id: str
    outlet: str | None
    published: str | None  # YYYY-MM-DD
    event: Event  # as extracted, with its evidence offsets into that article
    # Article id this article copies (syndication, near-duplicate); such a
    # mention is a source, but not an independent one.
    duplicate_of: str | None = None
    # Whether this is its article's main event (ArticleResult.main_event): the incident
    # the report is about, as opposed to reactions and background it also mentions.
    main: bool = False

    @property
    def report_day(self) -> str | None:
        """The day an undated mention is taken to be of: its report's, except for an event the
        report recalls ("years ago, militants attacked the hotel" is not of the report's day)."""
        return None if BACKGROUND in self.event.context else self.published


@dataclass
class Claim:
    """What one source says about one field of an event, with the words it said it in."""

    field: str  # killed | injured | actor | target | date | place | type
    value: Any
    mention_id: str
    article_id: str
    outlet: str | None
    published: str | None
    evidence: Span  # offsets into that article's text (usually the event's sentence)


@dataclass
class Conflict:
    """Sources of one event disagree on one field; every side keeps its evidence."""

    field: str
    kind: str  # contradiction | rising_toll
    claims: list[Claim]
    summary: str  # readable, e.g. "killed: 43 (Reuters, 2016-03-21) -> 70 (SANA, 2016-03-22)"


@dataclass
class FusedEvent:
    """A real-world event: the mentions of every article that reports it, and their consensus."""

    id: str  # stable: derived from the first mention that created it
    type: str
    mentions: list[Mention] = field(default_factory=list)
    mode: str | None = None
    cameo: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    date: str | None = None
    location: Place | None = None
    actors: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    killed: int | None = None
    injured: int | None = None
    # field -> number of independent sources that state the consensus value
    support: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    first_reported: str | None = None
    last_reported: str | None = None
    outlets: list[str] = field(default_factory=list)
    n_sources: int = 0  # independent articles (syndicated copies not counted)
    n_articles: int = 0
