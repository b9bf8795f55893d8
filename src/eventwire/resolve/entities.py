"""Turn noun phrases of one document into canonical actors, pronouns included.

Keeps a memory of the document's resolved mentions in text order, so "it",
"its", "the country" and "he" resolve to the nearest preceding fitting actor.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache

from ..model import Actor, Sector
from ..nlp.quotes import find_quotes, quote_around
from ..nlp.syntax import SAYING_VERBS, leads_or_backs, names_elsewhere, np_bounds
from .actors import ActorInfo, ActorResolver
from .entity_mends import saints_joined, surnames_as_persons
from .lead_persons import described_person, named_later, titled_speaker
from .places import (
    COMPASS_WORD,
    Gazetteer,
    normalize_name,
    plain_name,
    written_name,
)

_COUNTRY_NOUNS = {"the country", "the state", "the kingdom", "the republic", "the nation", "the government"}
_COUNTRY_ANAPHORA = {"it", "its", "they", "their", "them"}
_PERSON_ANAPHORA = {"he", "his", "him", "she", "her"}
# How far after a quote its speaker is named ("...,” police chief Ahmed Khan told reporters)
SPEAKER_AFTER_QUOTE_CHARS = 60


def _same_person(a: ActorInfo, b: ActorInfo) -> bool:
    """One person by full name, or a surname alone and a full name ("Khan", "Ahmed Khan"); two
    full names that share a surname are two people ("Ahmed Khan", his brother "Tariq Khan")."""
    x, y = a.name.lower().split(), b.name.lower().split()
    return bool(x and y) and (x == y or (min(len(x), len(y)) == 1 and x[-1] == y[-1]))
_PLURAL_ANAPHORA = {"they", "their", "them"}
_GROUP_ANAPHORA = {"the group", "the militants", "the organisation", "the organization", "the movement"}


@lru_cache(maxsize=1)
def shared_resolver() -> ActorResolver:
    """Builds the process's one actor resolver (its cache is shared by every document).
    For the runner and eval to call and pass on; the libraries take a resolver given."""
    return ActorResolver()


# A word of a person's title and the sector it puts them in, first match wins
_TITLE_SECTORS = (("general", Sector.MIL), ("colonel", Sector.MIL), ("commander", Sector.MIL), ("army", Sector.MIL),
                  ("police", Sector.COP), ("minister", Sector.GOV), ("president", Sector.GOV),
                  ("spokes", Sector.GOV), ("ambassador", Sector.GOV), ("governor", Sector.GOV),
                  ("official", Sector.GOV), ("mayor", Sector.GOV))
# Sectors of a person who speaks for a state: one named without a country is taken to
# be of the story's focus country ("President Laurent Gbagbo ... in Abidjan")
STATE_OFFICIAL_SECTORS = frozenset((Sector.GOV, Sector.MIL, Sector.COP))


# Ranks that armies and police forces share: "Capt. Eugene Dexheimer" of a story whose only
# armed force is the police is a police captain
SHARED_RANKS = frozenset("captain capt lieutenant lt sergeant sgt corporal cpl major maj commander".split())
# Ranks only armies hold: "Major General", "Lt. Col." stay military whatever else the story says
MILITARY_ONLY_RANKS = frozenset("general gen colonel col admiral adm brigadier marshal".split())
# Words of a police force, and of an army or any armed party, in a story's own words
_POLICE_WORDS = frozenset("police sheriff detective trooper patrolman".split())
_ARMY_WORDS = frozenset("army military troop soldier militant rebel insurgent militia marine navy fighter "
                        "jet warplane airstrike bomber pentagon".split())  # not "force", "strike": police use both


def _police_story(doc) -> bool:
    """Does the story speak of police and of no army or armed group?"""
    lemmas = {t.lemma_.lower() for t in doc}
    return bool(lemmas & _POLICE_WORDS) and not lemmas & _ARMY_WORDS


def _sector_from_title(phrase: str) -> str | None:
    low = phrase.lower()
    return next((sec for word, sec in _TITLE_SECTORS if word in low), None)


# A name with namesakes in more admin1 units than this ("Washington County" is in 30
# states) is no clue to where the story is.
MAX_SUPPORTED_UNITS = 12
HOME_WEIGHT = 2  # the outlet's home unit counts as this many supporting names
# An admin1 unit speaks for ambiguous names only when at least this many distinct
# names of the story have a namesake in it: one name alone is no coherence.
MIN_UNIT_SUPPORT = 2
# The focus country moves to another only when that one covers at least this many
# names more ("a whole name"): a tie keeps the country the story's places name most.
FOCUS_MARGIN = 1.0
# Country names at the head of an organisation's name, longest tried first, in words
# ("the United Arab Emirates Ministry ...")
MAX_LEADING_COUNTRY_WORDS = 3
# State names at the head of a public body's name, in words ("New Mexico State Police")
MAX_LEADING_STATE_WORDS = 2
# Town names at the head of a phrase, in words ("Paris police", "Fort Worth police")
MAX_LEADING_TOWN_WORDS = 3


_STATE_BODY = re.compile(r"\b(?:Department|Dept|Police|Patrol|Sheriff|Corrections|Court|Legislature|Senate|House|"
                         r"Assembly|Attorney|Office|Board|Commission|Agency|Division|Bureau|Guard|Authority)\b")


# The bodies a place names for itself ("Avoyelles task force", "the Anderson County district
# clerk's office", "Paris Police Department"), with their sector: first match wins.
_LOCAL_BODIES = ((re.compile(r"\b(?:police|sheriff|squad|task force|detectives?|troopers?|deputies|patrol|"
                             r"constabulary|gendarmerie)\b", re.IGNORECASE), Sector.COP),
                 (re.compile(r"\b(?:court|jury|judge|prosecutors?|attorney|clerk)\b", re.IGNORECASE), Sector.JUD),
                 (re.compile(r"\b(?:council|department|office|board|commission|authority|city hall|mayor)\b",
                             re.IGNORECASE), Sector.GOV))
_ARTICLES = ("the", "a", "an")
# A place named inside a body's name takes at most this many capitalised words ("Anderson County")
MAX_BODY_PLACE_WORDS = 3


# Words that lead the names of bodies without naming a place ("the Home Office", "the Federal
# Police", "the Town Council"), though some town somewhere bears them
_GENERIC_BODY_WORDS = frozenset(
    "home federal national central state town village union city county metropolitan capitol border supreme "
    "justice homeland energy interior foreign defence defense public district regional provincial municipal "
    "royal general special joint united international".split())


def _body_word_at(words: list[str]) -> int | None:
    """Index of the first word of a public body's kind ("Police", "Court", "Council"), or None."""
    return next((i for i, w in enumerate(words) if any(rx.search(w) for rx, _ in _LOCAL_BODIES)), None)


def _run_name(run: list[str]) -> str:
    """Words read as a name, without a trailing possessive ("St. Louis's")."""
    return re.sub(r"['’]s$", "", " ".join(run))


def _body_place_name(text: str, gazetteer: Gazetteer) -> str | None:
    """The place a public body is named by ("Athens Police Department": Athens), as written,
    where the gazetteer holds a place of that very name; else None ("the Federal Police", "the
    Home Office" name no place). Read before the story's focus is known, so that it can vote for
    where the story is."""
    words = text.split()
    body_at = _body_word_at(words) or 0
    start = 1 if words and words[0].lower() in _ARTICLES else 0
    for n in range(min(MAX_BODY_PLACE_WORDS, body_at - start), 0, -1):
        run = words[start:start + n]
        name = _run_name(run)
        if not all(x[:1].isupper() and not x.isupper() for x in run) or run[0].lower() in _GENERIC_BODY_WORDS:
            continue  # "UN Security Council": an acronym is no town
        key = plain_name(name)  # the very name: `normalize_name` would also take "Hume" for "Home"
        if any(plain_name(c.name) == key for c in gazetteer.candidates(name)):
            return name
    return None


def _leading_state(ent, gazetteer: Gazetteer, country: str | None) -> str | None:
    """The ISO code of a unit of `country` whose own name, or the name of a county of it alone,
    leads the name of a public body ("Montana Department of Corrections", "the Ohio State Highway
    Patrol", "the Guernsey County Sheriff's Office"), else None.
    Universities and teams named after a state are often elsewhere in the story."""
    if not _STATE_BODY.search(ent.text):
        return None
    if len(ent) > 1 and ent[0].lower_ == "the":
        ent = ent[1:]
    for n in range(MAX_LEADING_STATE_WORDS, 0, -1):
        if n >= len(ent) or not all(t.is_title for t in ent[:n]):
            continue
        lead = ent[:n].text
        cands = gazetteer.candidates(lead)
        hit = next((e for e in cands if e.feature == "admin1" and e.country == country
                    and e.name.lower() == lead.lower()), None)
        if hit is not None:
            return hit.admin1_code
        # a county of one state only: "the Guernsey County Sheriff's Office" is Ohio's
        counties = {e.admin1_code for e in cands if e.feature == "admin2" and e.country == country}
        if len(counties) == 1 and ent[n - 1].lower_ in ("county", "parish"):
            return counties.pop()
    return None


# A county or parish named in any phrase, whatever the tagger made of it ("Rapides Parish Fire
# District 2" was a person): up to three capitalised words before the unit word
_COUNTY = re.compile(r"\b(?:[A-Z][a-z]+\.? ){1,3}(?:County|Parish)\b")


def _states_of_named_counties(text: str, gazetteer: Gazetteer) -> set[str]:
    """The admin1 units of the counties the text names that lie in one state only ("Rapides
    Parish": Louisiana; not "Orange County", of several states)."""
    out = set()
    for m in _COUNTY.finditer(text):
        codes = {e.admin1_code for e in gazetteer.candidates(m.group()) if e.feature == "admin2"}
        if len(codes) == 1 and None not in codes:
            out |= codes
    return out


class DocEntities:
    """The actors and places one document names, resolved once: the antecedents of its
    pronouns, the countries it names, its focus country and the admin1 units it speaks of."""

    def __init__(self, doc, resolver: ActorResolver, gazetteer: Gazetteer | None = None,
                 home: str | None = None):
        """`resolver`: the actor lexicon (the pipeline's Resources hold the process's one);
        `home`: where the article's outlet is based (Article.home), a prior for ambiguous
        names in domestic stories."""
        from .homes import home_country

        self.doc = doc
        self.home_country = home_country(home)
        self.text = doc.text  # spaCy rebuilds Doc.text on every access
        self.resolver = resolver
        self.gazetteer = gazetteer
        # (char offset, info, is a clause subject), in text order: the antecedents
        self.memory: list[tuple[int, ActorInfo, bool]] = []
        self.quotes = find_quotes(self.text)  # a pronoun quoted is no one its speaker
        # Sentences and entities computed once: spaCy rebuilds them on every access.
        self.sents = list(doc.sents)
        self._sent_tok = [s.start for s in self.sents]
        self._sent_char = [s.start_char for s in self.sents]
        self.ents = surnames_as_persons(saints_joined(doc, list(doc.ents), gazetteer), gazetteer)
        self._ent_tok = [e.start for e in self.ents]
        self.police_story = _police_story(doc)  # a rank both forces use is then a police rank
        self.country_names: dict[str, set[str]] = {}  # country → the names that speak of it
        countries, asides = self._read_mentions()
        votes = countries or asides
        self.focus_country = votes.most_common(1)[0][0] if votes else self.home_country
        self.admin1_support: dict[str, int] = {}
        if gazetteer is not None:
            self._place_support(gazetteer, votes, only_asides=not countries)
        # a domestic story of a local outlet: its home unit speaks for ambiguous names
        self.local_home = home if (home and "-" in home and gazetteer is not None
                                   and self.focus_country == self.home_country) else None
        if self.local_home:
            self._weigh_local_home(home)
        self.context_admin1 = self._named_admin1() if gazetteer is not None else frozenset()
        self._bodies: dict[str, ActorInfo | None] = {}  # `_local_body`'s readings
        # a titled speaker ("said Capt. X", "Sgt. X said"), by where named → the sentence's start
        self._spoke_in = {e.start_char: self.sent_of_char(e.start_char).start_char for e in self.ents
                          if e.label_ == "PERSON" and titled_speaker(e)}
        self._remember_local_bodies()

    def _remember_local_bodies(self) -> None:
        """Organisations the lexicon does not know but whose name says whose they are ("St. Louis
        Police"), as antecedents ("its burglary squad"): read once the story's focus is known, as
        the place in the name is ambiguous without it."""
        known = {at for at, _, _ in self.memory}
        for ent in self.ents:
            if ent.label_ == "ORG" and ent.start_char not in known:
                info = self._local_body(ent.text)
                if info is not None:
                    self.memory.append((ent.start_char, info, ent.root.dep_ in ("nsubj", "nsubjpass")))
        self.memory.sort(key=lambda m: m[0])

    def _read_mentions(self) -> tuple[Counter, Counter]:
        """Resolve each named actor into the memory of antecedents and note the countries
        the story names (`country_names`); returns how often each country's places occur, and
        how often as a seat or neighbour only.
        A body's seat ("the Britain-based monitor", "a paper based in Beirut") and the country
        over a border ("near the Turkish border") count only where the story names no other
        place: they say whose a body is, or whose neighbour, not where things happen."""
        countries: Counter = Counter()
        seats: Counter = Counter()
        for ent in self.ents:
            if ent.label_ not in ("GPE", "NORP", "ORG", "PERSON"):
                continue
            info = self._mention_info(ent)
            if info is not None:
                subj = ent.root.dep_ in ("nsubj", "nsubjpass") or (
                    ent.root.dep_ in ("appos", "compound", "conj") and ent.root.head.dep_ in ("nsubj", "nsubjpass"))
                self.memory.append((ent.start_char, info, subj))
            if info is not None and info.kind == "country" and info.country:
                # "France", "French": a foreign town there is no stray
                self.country_names.setdefault(info.country, set()).add(ent.text)
            if ent.label_ == "ORG" and self.gazetteer is not None:
                self._note_leading_country(ent)
            if leads_or_backs(ent.root):
                continue  # "US-led strikes on Manbij": whose ally, and no vote at all for where
            aside = names_elsewhere(ent.root)
            if ent.label_ == "GPE":
                code = self._gpe_country(ent, info)
                if code:
                    (seats if aside else countries)[code] += 1
            elif ent.label_ == "NORP" and info is not None and info.kind == "country" and info.country:
                # "Syrian troops", "the Syrian regime": the story is Syria's
                (seats if aside else countries)[info.country] += 1
        return countries, seats

    def _mention_info(self, ent) -> ActorInfo | None:
        """The actor a named entity is: a known one, a demonym's country, or a person. A group
        or a body whose name the model cut short ("[Hayat] Tahrir al-Sham" tagged a person) is
        read by its whole name."""
        whole = self._whole_name(ent)
        known = self.resolver.resolve(whole) if whole else None
        if known is not None and known.kind in ("group", "organization"):
            return known
        info = self.resolver.resolve(ent.text)
        if info is None and ent.label_ == "NORP":
            c = self.resolver.demonym_country(ent.text)
            if c:
                info = ActorInfo(self.country_display_name(c), c, None, "country")
        if ent.label_ == "PERSON" and (info is None or info.kind != "person"):
            info = self._person(ent)
        if info is not None and info.kind == "person" and info.sector == Sector.MIL and self.police_story:
            title = set(re.findall(r"[a-z]+", self._title_span(ent).text.lower())) - set(re.findall(r"[a-z]+", ent.text.lower()))
            if title & SHARED_RANKS and not title & MILITARY_ONLY_RANKS:
                info = ActorInfo(info.name, info.country, Sector.COP, info.kind)
        return info

    def _whole_name(self, ent) -> str | None:
        """The entity with the proper nouns the model left before it in its sentence, or None."""
        start = ent.start
        while start > ent.sent.start and self.doc[start - 1].pos_ == "PROPN" and not self.doc[start - 1].ent_type_:
            start -= 1
        return self.doc[start:ent.end].text if start < ent.start else None

    def _note_leading_country(self, ent) -> None:
        """"the U.S. Federal Trade Commission": a country named at the head of an organisation."""
        lead = ent[1:] if len(ent) > 2 and ent[0].lower_ == "the" else ent
        for n in range(MAX_LEADING_COUNTRY_WORDS, 0, -1):
            country = next((e.country for e in self.gazetteer.candidates(lead[:n].text) if e.feature == "country"),
                           None) if n < len(lead) else None
            if country:
                self.country_names.setdefault(country, set()).add(lead[:n].text)
                break

    def _gpe_country(self, ent, info: ActorInfo | None) -> str | None:
        """The country of a place name: the country it names, else its gazetteer entry's
        (a country or admin1 unit so found is also noted as named)."""
        code = info.country if info is not None and info.kind == "country" else None
        if code is None and self.gazetteer is not None:
            hit = self.gazetteer.lookup(written_name(ent))
            code = hit.country if hit is not None else None
            if hit is not None and hit.feature in ("country", "admin1"):
                self.country_names.setdefault(hit.country, set()).add(ent.text)
        return code

    def _weigh_local_home(self, home: str) -> None:
        """The outlet's home unit supports ambiguous names, and a town of it named like a
        foreign country is no antecedent: "Paris" in a Texas paper is not France acting."""
        self.admin1_support[home] = self.admin1_support.get(home, 0) + HOME_WEIGHT
        names = {e.start_char: e.text for e in self.ents}
        self.memory = [(pos, info, subj) for pos, info, subj in self.memory
                       if not (info.kind == "country" and info.country != self.home_country
                               and self._home_town(names.get(pos, "")))]

    def _named_admin1(self) -> frozenset[str]:
        """Admin1 units the article names unambiguously ("Ohio", "Idlib province", or a county
        of one state only, "Guernsey County"): places inside them win over same-named places elsewhere."""
        gazetteer = self.gazetteer
        admin1 = set()
        for ent in self.ents:
            if ent.label_ == "GPE":
                hit = gazetteer.lookup(written_name(ent), focus_country=self.focus_country,
                                       admin1_support=self.admin1_support)
                if hit is not None and hit.feature == "admin1" and hit.admin1_code:
                    admin1.add(hit.admin1_code)
                elif hit is not None and hit.feature == "admin2" and hit.admin1_code and len({
                        e.admin1_code for e in gazetteer.candidates(written_name(ent)) if e.feature == "admin2"}) == 1:
                    admin1.add(hit.admin1_code)  # "Guernsey County", in one state only: that state
            elif ent.label_ in ("ORG", "FAC"):  # "the Montana Department of Corrections": the story's state
                code = _leading_state(ent, gazetteer, self.focus_country)
                if code:
                    admin1.add(code)
        return frozenset(admin1 | _states_of_named_counties(self.text, gazetteer))

    def _place_support(self, gazetteer: Gazetteer, top_hits: Counter, only_asides: bool = False) -> None:
        """Where the story is, from all its place names at once (spatial coherence):
        the focus country is the one most names have a prominent candidate in (local US
        news naming "Paris", "Henry County" and "Tenn." is American), and each admin1
        unit counts the distinct names with a namesake inside it. Seats and neighbours over a
        border count as in `_read_mentions`: only where the story names no other place
        (`only_asides`: no country besides them)."""
        from .places import candidate_support

        coverage: Counter = Counter()
        admin1: Counter = Counter()
        named = [e for e in self.ents if e.label_ in ("GPE", "LOC", "FAC") and not leads_or_backs(e.root)]
        names = {written_name(e) for e in named if not names_elsewhere(e.root)}
        if not names and only_asides:
            names = {written_name(e) for e in named}
        names |= {n for e in self.ents if e.label_ == "ORG" for n in [_body_place_name(e.text, gazetteer)] if n}
        for name in sorted(names):  # in one order, whatever the hash seed: sums and ties come out alike
            if COMPASS_WORD.fullmatch(name):
                continue  # "the West" is a bloc of countries, not a vote for West, Texas
            cands = gazetteer.candidates(name)
            if not cands:
                continue
            countries, units = candidate_support(cands, name)
            coverage.update(countries)
            if len(units) <= MAX_SUPPORTED_UNITS:  # "Washington County" is in 30 states: no clue
                admin1.update(units)
        self.admin1_support = {k: v for k, v in admin1.items() if v >= MIN_UNIT_SUPPORT}
        if coverage:
            best = max(coverage, key=lambda c: (coverage[c], top_hits.get(c, 0)))
            if coverage[best] >= coverage.get(self.focus_country, 0.0) + FOCUS_MARGIN:
                self.focus_country = best
        home = self.home_country
        if home and coverage.get(home, 0.0) + FOCUS_MARGIN > coverage.get(self.focus_country, 0.0):
            self.focus_country = home  # the outlet's own country, unless the story is clearly elsewhere

    def countries_named_besides(self, text: str) -> frozenset[str]:
        """Countries the story names in words other than `text`: a capital does not vouch
        for itself ("Belgrade" speaks for Serbia, but not for Belgrade being Serbia's)."""
        return frozenset(c for c, names in self.country_names.items() if names - {text})

    def sent_of_token(self, i: int):
        return self.sents[max(0, bisect_right(self._sent_tok, i) - 1)]

    def sent_of_char(self, c: int):
        return self.sents[max(0, bisect_right(self._sent_char, c) - 1)]

    def _named_later(self, start: int, end: int) -> ActorInfo | None:
        """The person a lead describes before naming them (resolve/lead_persons.py), as the
        memory knows that name, else as a person of no known country."""
        span = self.doc.char_span(start, end, alignment_mode="expand") if end > start else None
        if span is None or not described_person(
                span, lambda name: self.resolver.resolve(name, focus_country=self.focus_country) is not None):
            return None
        ent = named_later(self.sents, bisect_right(self._sent_char, start) - 1, self.ents, end, self.text[start:end])
        if ent is None:
            return None
        known = next((info for at, info, _ in self.memory if at == ent.start_char and info.kind == "person"), None)
        return known or ActorInfo(ent.text, None, None, "person")

    def chunks_in(self, span) -> list:
        """Noun chunks inside a span; the document's are computed once, on first use."""
        if not hasattr(self, "_chunks"):
            self._chunks = list(self.doc.noun_chunks)
            self._chunk_tok = [c.start for c in self._chunks]
        lo = bisect_left(self._chunk_tok, span.start)
        hi = bisect_left(self._chunk_tok, span.end)
        return [c for c in self._chunks[lo:hi] if c.end <= span.end]

    def ents_before(self, token: int, n: int) -> list:
        """The last `n` entities that start before a token index, from the cached list."""
        i = bisect_left(self._ent_tok, token)
        return self.ents[max(0, i - n):i]

    def ents_in(self, span) -> list:
        """Entities inside a span (a sentence), from the cached list."""
        lo = bisect_left(self._ent_tok, span.start)
        hi = bisect_left(self._ent_tok, span.end)
        return [e for e in self.ents[lo:hi] if e.end <= span.end]

    def _title_span(self, ent):
        """The name with the title around it ("Danish Prime Minister Henrik Aalund")."""
        root = ent.root
        head = root.head if root.dep_ in ("appos", "compound") else root
        s, e = np_bounds(head)
        return self.doc[min(s, ent.start):max(e, ent.end)]

    def _person(self, ent) -> ActorInfo:
        """A named person, with country and sector from a title around the name
        ("Danish Prime Minister Henrik Aalund", "Marleen de Wit, the defence minister")."""
        titled = self._title_span(ent)
        phrase = titled.text
        info = self.resolver.resolve(phrase) if phrase != ent.text else None
        if info is not None and info.kind == "person":
            return info
        country = None
        for tok in titled:
            if tok.ent_type_ in ("NORP", "GPE") and not (ent.start <= tok.i < ent.end):
                country = self.resolver.demonym_country(tok.text) or self.resolver.country_of_name(tok.text)
                if country:
                    break
        return ActorInfo(ent.text, country, _sector_from_title(phrase), "person")

    def country_display_name(self, code: str) -> str:
        """The common name of a country by its ISO-3 code ("SYR" → "Syria")."""
        import pycountry

        c = pycountry.countries.get(alpha_3=code)
        return getattr(c, "common_name", None) or (c.name if c else code)

    def antecedent(self, char: int, kinds: tuple[str, ...], not_person: ActorInfo | None = None) -> ActorInfo | None:
        """Nearest preceding mention of a fitting kind, preferring the subject of the
        same sentence ("The Netherlands asked NATO ..., the first time it has ..."); never the
        person `not_person` (by full name or surname)."""
        sent_start = self.sent_of_char(char).start_char if self.sents else 0
        best = subject = None
        for pos, info, is_subj in self.memory:
            if pos >= char:
                break
            if kinds == ("person",) and self._spoke_in.get(pos, sent_start) != sent_start:
                continue  # "..., said Capt. Eugene Dexheimer." is not "him" of the next sentence
            if info.kind in kinds and not (not_person is not None and _same_person(info, not_person)):
                best = info
                if is_subj and pos >= sent_start:
                    subject = info
        return subject or best

    def _self_reporter(self, pronoun) -> ActorInfo | None:
        """"Houthis say they hit a ship", "Hamas says it fired rockets": the subject of a clause a
        saying verb reports is its speaker, where the speaker is a group, a body or a state the
        resolver knows (the model may tag no entity for it, as in a headline); "they" is never a state's."""
        verb = pronoun.head if pronoun is not None and pronoun.dep_ == "nsubj" else None
        if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING_VERBS:
            return None
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.lower_ in _COUNTRY_ANAPHORA | _PERSON_ANAPHORA | {"we", "i", "you"}:
            return None  # (a headline's "Houthis" may be tagged a pronoun)
        s, e = np_bounds(speaker)
        info = self.resolve_phrase(self.doc[s:e].text)
        # a state speaks of itself as "it": "Israel said they killed two soldiers" are the
        # group the story has just named ("Hamas fighters attacked an Israeli post.")
        kinds = ("group", "organization") + (() if pronoun.lower_ in _PLURAL_ANAPHORA else ("country",))
        return info if info is not None and info.kind in kinds else None

    def _quote_speaker(self, char: int) -> ActorInfo | None:
        """The person named just after the quote holding `char` ("“... when he detonated his
        vest,” Khan said"): "he" in a quote is not its speaker, who would say "I"."""
        quote = quote_around(self.quotes, char)
        if quote is None:
            return None
        end = quote[1]
        return next((info for pos, info, _ in self.memory
                     if end <= pos <= end + SPEAKER_AFTER_QUOTE_CHARS and info.kind == "person"), None)

    def _last_named(self, fits, before: int | None = None) -> ActorInfo | None:
        """The last actor in the memory (before char `before`, if given) that `fits`."""
        found = None
        for pos, info, _ in self.memory:
            if before is not None and pos >= before:
                break
            if fits(info):
                found = info
        return found

    def by_surname(self, text: str) -> ActorInfo | None:
        """"Calloway" → the Raymond Calloway named earlier."""
        low = text.lower()
        return self._last_named(lambda info: info.kind == "person" and info.name.lower() != low
                                and info.name.lower().endswith(" " + low))

    def by_short_name(self, text: str, char: int) -> ActorInfo | None:
        """"the Coalition" → the Syrian National Coalition named earlier: a capitalised head noun
        alone ("the Coalition", "the Front") is the short name of the latest group or organisation
        named before it whose name ends so, before any generic reading of the word ("coalition":
        the US-led one). A lower-case "the coalition" keeps its generic reading."""
        words = text.split()
        if words and words[0].lower() in _ARTICLES:
            words = words[1:]
        if len(words) != 1 or not words[0][:1].isupper():
            return None
        head = words[0].lower()
        return self._last_named(lambda info: info.kind in ("group", "organization")
                                and len(info.name.split()) > 1 and info.name.lower().split()[-1] == head, char)

    def resolve_phrase(self, text: str) -> ActorInfo | None:
        info = self.resolver.resolve(text, focus_country=self.focus_country)
        if info is not None and self.local_home and info.country and info.country != self.home_country \
                and self._names_home_town(text):
            # "Paris police" in a Texas paper: the town's police, not France's
            info = ActorInfo(text, self.home_country, info.sector, info.kind)
        return info

    def _home_town(self, name: str) -> bool:
        """Whether the name is, here, a town of the outlet's home unit."""
        hit = self.gazetteer.lookup(name, focus_country=self.focus_country, admin1_support=self.admin1_support,
                                    home=self.local_home) if name else None
        return hit is not None and hit.feature == "city" and hit.admin1_code == self.local_home

    def _names_home_town(self, text: str) -> bool:
        """Whether the phrase opens with a town of the outlet's home unit ("Paris police")."""
        words = text.split()
        longest = min(MAX_LEADING_TOWN_WORDS, len(words) - 1)
        return any(self._home_town(" ".join(words[:n])) for n in range(longest, 0, -1))

    def _local_body(self, text: str) -> ActorInfo | None:
        """A public body named by its place ("Avoyelles task force", "St. Louis Police"): the
        place's country and the body's sector; None where the phrase names no body or no place.
        The place comes before the body's own words, as its own name ("the Court", "Judge Smith",
        "the Military Council" name no place). Read once per phrase and document."""
        if text not in self._bodies:
            self._bodies[text] = self._read_local_body(text)
        return self._bodies[text]

    def _read_local_body(self, text: str) -> ActorInfo | None:
        sector = next((sec for rx, sec in _LOCAL_BODIES if rx.search(text)), None)
        if sector is None or self.gazetteer is None:
            return None
        words = text.split()
        at = _body_word_at(words)
        body_at = len(words) if at is None else at
        for i in range(body_at):
            for n in range(min(MAX_BODY_PLACE_WORDS, body_at - i), 0, -1):
                run = words[i:i + n]
                if not all(x[:1].isupper() for x in run) or run[0].lower() in _ARTICLES:
                    continue
                name = _run_name(run)
                hit = self.gazetteer.lookup(name, focus_country=self.focus_country,
                                            admin1_support=self.admin1_support, home=self.local_home)
                if hit is not None and normalize_name(hit.name).startswith(normalize_name(name)):
                    body = " ".join(words[1:] if words[0].lower() in _ARTICLES else words)
                    return ActorInfo(body, hit.country, sector, "organization")
        return None

    def actor(self, start: int, end: int, head=None) -> Actor:
        """An Actor for text[start:end]; head is the spaCy head token if known."""
        text = self.text[start:end]
        low = text.lower()
        info = None
        if low in _PERSON_ANAPHORA:
            info = self.antecedent(start, ("person",), not_person=self._quote_speaker(start))
        elif low in _COUNTRY_NOUNS:
            info = self.antecedent(start, ("country",))
            if info is not None and low == "the government":
                info = ActorInfo(f"{info.name} government", info.country, Sector.GOV, "organization")
        elif low in _COUNTRY_ANAPHORA:
            # "they" is a group's or a body's people before it is a state ("Taliban gunmen attacked
            # a camp in Afghanistan. They killed 23 soldiers"); "it" may be any
            info = self._self_reporter(head) or (
                self.antecedent(start, ("group", "organization")) or self.antecedent(start, ("country",))
                if low in _PLURAL_ANAPHORA else self.antecedent(start, ("country", "group", "organization")))
        elif low in _GROUP_ANAPHORA:
            info = self.antecedent(start, ("group",))
        else:
            info = self.by_surname(text) if " " not in text.strip() or text[:1].islower() else None
            info = info or self.by_short_name(text, start) or self.resolve_phrase(text)
            if info is None and head is not None:
                # fall back to a named entity or demonym inside the phrase
                span = self.doc.char_span(start, end, alignment_mode="expand") if end > start else None
                order = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3}
                # the cached entity list, bisected: `span.ents` rebuilds the document's on each call
                ents = sorted(self.ents_in(span) if span is not None else [], key=lambda e: order.get(e.label_, 4))
                for ent in ents:
                    info = self.resolver.resolve(ent.text, focus_country=self.focus_country)
                    if info is None and ent.label_ == "PERSON":
                        country = None
                        for other in ents:
                            if other.label_ in ("GPE", "NORP"):
                                country = self.resolver.demonym_country(other.text) or self.resolver.country_of_name(other.text)
                                if country:
                                    break
                        info = ActorInfo(ent.text, country, _sector_from_title(text), "person")
                    if info is None and ent.label_ == "NORP":
                        c = self.resolver.demonym_country(ent.text)
                        if c:
                            info = ActorInfo(self.country_display_name(c), c, None, "country")
                    if info is not None:
                        break
        if info is None and head is not None:
            info = self._local_body(text)
        if head is not None and (info is None or (info.kind == "agent" and info.sector == Sector.CVL)):
            info = self._named_later(start, end) or info  # "A Paris man" (civilians) is the man named next
        if info is None:
            return Actor(text=text, start=start, end=end)
        country = info.country
        if country is None and info.kind == "person" and info.sector in STATE_OFFICIAL_SECTORS and self.focus_country:
            country = self.focus_country  # "President Laurent Gbagbo ... in Abidjan": a leader of the focus country
        return Actor(text=text, start=start, end=end, name=info.name, country=country, sector=info.sector)
