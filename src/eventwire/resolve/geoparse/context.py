"""What a story tells about where it is (`StoryContext`), and one document's reading
of its places so far (`PlaceReading`)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Mapping

from ...model import Place
from ..places import WELL_KNOWN_TOWN_POPULATION, Gazetteer, GazEntry

NEARBY_TOWN_CHARS = 300  # a facility is in a town named this many characters before it, at most
STRAY_SUPPORT = 2  # names of the story with a namesake in a unit that make a small foreign town there no stray


@dataclass(frozen=True)
class StoryContext:
    """Where a story is, read from all its names at once (see `DocEntities`): the
    country most of them point to, the admin1 units it names outright or that several
    of its names have namesakes in, the outlet's home unit for a domestic story of a
    local outlet, and the countries it names (each with the words that name it)."""

    focus_country: str | None = None
    context_admin1: frozenset[str] = frozenset()
    admin1_support: Mapping[str, int] = field(default_factory=dict)  # code → distinct names with a namesake there
    local_home: str | None = None
    country_names: Mapping[str, set[str]] = field(default_factory=dict)  # country → the names that speak of it

    @classmethod
    def of(cls, entities) -> StoryContext:
        """The context a document's entities (`resolve.entities.DocEntities`) establish."""
        return cls(focus_country=entities.focus_country, context_admin1=entities.context_admin1,
                   admin1_support=entities.admin1_support, local_home=entities.local_home,
                   country_names=entities.country_names)

    def names_country(self, country: str | None) -> bool:
        """Whether the story names this country ("France", "French", "the U.S. Army")."""
        return country in self.country_names

    def countries_named_besides(self, text: str) -> frozenset[str]:
        """Countries the story names in words other than `text`: a capital does not vouch
        for itself ("Belgrade" speaks for Serbia, but not for Belgrade being Serbia's)."""
        return frozenset(c for c, names in self.country_names.items() if names - {text})

    def stray_namesake(self, hit: GazEntry) -> bool:
        """A small foreign town matched by one of its other names in a story set elsewhere,
        with nothing in the story pointing to its region: likely a local place the
        gazetteer lacks, whose name happens to transliterate like the town's."""
        focus = self.focus_country
        return (hit.feature == "city" and focus is not None and hit.country != focus
                and hit.population < WELL_KNOWN_TOWN_POPULATION
                and hit.admin1_code not in self.context_admin1
                and self.admin1_support.get(hit.admin1_code or "", 0) < STRAY_SUPPORT
                and not self.names_country(hit.country))

    def story_town(self, at: int, places: list[Place]) -> Place | None:
        """The town a facility named at `at` is in, when the text does not say: among
        `places` (in text order), the nearest town of the story's country, or of a country
        it names, in the NEARBY_TOWN_CHARS before it ("Washington ... reporters at the
        Pentagon" in a Dutch story naming the US), else the town of the story's country
        named most (first named on a tie). None without one."""
        focus = self.focus_country
        towns = [p for p in places if p.feature == "city" and p.name and p.lat is not None]
        near = [p for p in towns if at - NEARBY_TOWN_CHARS <= p.start < at
                and (focus is None or p.country == focus or self.names_country(p.country))]
        if near:
            return max(near, key=lambda p: p.start)
        towns = [p for p in towns if focus is None or p.country == focus]
        if not towns:
            return None
        counts = Counter(p.geonameid for p in towns)
        best = max(counts.values())
        return next(p for p in towns if counts[p.geonameid] == best)


Span = tuple[int, int]  # (start char, end char) of a mention


@dataclass
class PlaceReading:
    """One document's reading of its places: what every mention is read against (the
    parsed document, the text the parser saw, its entities, the gazetteer, the story's
    context, where a dateline ends) and what has been read so far: the places in text
    order, each mention's place (a memo: a mention is read once, and a cue's landmark
    is read on the way), and the mentions read as places."""

    doc: Any  # a spaCy Doc
    text: str
    entities: Any  # resolve.entities.DocEntities: the entities, the actor resolver
    gazetteer: Gazetteer
    story: StoryContext
    dateline_end: int = 0  # text before this offset is a dateline ("BEIRUT, March 21 (Reuters) –")
    places: list[Place] = field(default_factory=list)
    place_by_ent: dict[Span, Place] = field(default_factory=dict)
    place_ents: set[Span] = field(default_factory=set)
    # (start, end) of a dateline opening the body after the headline: its town opens a sentence
    body_dateline: tuple[int, int] | None = None

    @classmethod
    def begin(cls, doc, text: str, entities, *, gazetteer: Gazetteer | None = None, dateline_end: int = 0,
              places: list[Place] | None = None, place_by_ent: dict[Span, Place] | None = None,
              place_ents: set[Span] | None = None, body_dateline: tuple[int, int] | None = None) -> PlaceReading:
        """A reading of `doc` against `entities`' gazetteer (or the one given), going on
        from the places, memo and place mentions given, if any."""
        if gazetteer is None:
            gazetteer = entities.gazetteer
        if gazetteer is None:
            raise ValueError("reading places needs a gazetteer: pass one, or entities built with one")
        return cls(doc, text, entities, gazetteer, StoryContext.of(entities), dateline_end,
                   places if places is not None else [], place_by_ent if place_by_ent is not None else {},
                   place_ents if place_ents is not None else set(), body_dateline)

    @property
    def ents(self) -> list:
        """The document's entities (after `DocEntities`' corrections), in text order."""
        return self.entities.ents

    @property
    def resolver(self):
        """The actor resolver: names of groups, organisations, and demonyms."""
        return self.entities.resolver
