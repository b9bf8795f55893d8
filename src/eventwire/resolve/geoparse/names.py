"""Which names in a story are place mentions: the model's place tags, corrected both
ways. A tagged name may be no place (an outlet, an ordinal, a known armed group), or
only part of one ("Trinidad" of "Trinidad and Tobago", "Baja" of "Baja California");
a name tagged otherwise may be one ("Aleppo" read as a nationality), or hold one
("Aleppo Police Command"); a name left untagged may be a town of the story's country."""
from __future__ import annotations

import re

from ..date_phrases import MONTHS, WEEKDAYS
from ..outlets import outlet_name
from ..places import (CITY_POPULATION, COMPASS_WORD, HAMLET_POPULATION, MODIFIER_TOWN_POPULATION,
                      PLACE_NAMED_ACTOR_POPULATION, SIZEABLE_TOWN_POPULATION, TOWN_POPULATION,
                      WELL_KNOWN_TOWN_POPULATION, normalize_name, plain_name)
from .context import PlaceReading
from .cues import NAME_PARTS, ORDINALS, cued_as_place, ent_at, named_so, named_unit_word, spelled_alike

PLACE_LABELS = ("GPE", "LOC", "FAC")
# labels a place name is sometimes given instead ("The attack in Quetta": WORK_OF_ART; "a sniper in
# Aleppo": LANGUAGE, FA-KES own-location tune .834 -> .842, check .832 -> .840). Not PRODUCT
# or EVENT: LGL toponym recall .759 -> .760, but FA-KES governorate check .871 -> .867
MISREAD_LABELS = ("NORP", "ORG", "PERSON", "WORK_OF_ART", "LANGUAGE")
_SHORT_NAME = 4  # an untagged name this short must be a town's very name ("Air" is no Ayr)


# What is in an outlet, not in a town: "an interview published in Al-Mayadeen", "a report in ..."
_PUBLISHED = frozenset("publish print air broadcast report article interview editorial story column write say "
                       "speak quote appear comment statement".split())


def outlet(r: PlaceReading, ent) -> bool:
    """A news outlet the model read as a place ("Al Jazira", Al Jazeera misspelt, is no
    Gezira): a known outlet's name that is no place's own name, nor, after "in", a town of the
    story's country spelt as it is."""
    if outlet_name(ent.text) is None:
        return False
    plain = plain_name(ent.text)
    cands = r.gazetteer.candidates(ent.text)
    # "an ISIS headquarters in Al-Mayadeen": what things are in is the town of the story's country
    # spelt so, not the channel
    if _where_something_is(ent.root) and ent.root.head.head.lemma_.lower() not in _PUBLISHED \
            and any(e.country == r.story.focus_country and spelled_alike(ent.text, e.name) for e in cands):
        return False
    return not any(plain_name(e.name) == plain for e in cands)


def _no_proper_word(ent) -> bool:
    """No capital letter but a direction's: "West mobile" (of "Court West mobile home park"), or a
    common word the model tagged, names no place ("eThekwini", "al-Bab" have theirs). News copy
    capitalises place names; dropping what it does not raised toponym precision (LGL .799 ->
    .805, GWN .864 -> .870) at no cost in recall, which a narrower rule (a direction before common
    words only) did not. Text written all in lower case ("in cairo") loses its places."""
    return not any(any(c.isupper() for c in t.text) and not COMPASS_WORD.fullmatch(t.text) for t in ent)


def no_place(r: PlaceReading, ent) -> bool:
    """An ordinal ("the army's Fourth Division" is no Fürth), a name with no capitalised word of
    its own ("West mobile"), a person's alias ("known as Montana"), an act's name ("ISIS Suicide
    Blast", `_an_act`), or a group the actor lexicon knows that is no place's own name ("Daesh")."""
    if len(ent) == 1 and (ent[0].lower_ in ORDINALS or ent[0].like_num):
        return True
    if _no_proper_word(ent) or _a_holiday(r, ent) or _an_alias(r, ent) or _an_act(r, ent):
        return True
    info = r.resolver.resolve(ent.text)
    if info is None or info.kind not in ("group", "organization"):
        return False
    return not any(e.feature != "city" or e.population >= HAMLET_POPULATION for e in r.gazetteer.candidates(ent.text))


# Nouns of violent acts that end no place's name: a title-case headline's "Killed in ISIS Suicide
# Blast" is tagged a facility, and an unknown facility is put in the story's town
ACT_NOUNS = frozenset("""attack attacks blast blasts bombing bombings explosion explosions raid raids strike strikes
    airstrike airstrikes clash clashes massacre ambush shooting shelling offensive assault""".split())


def _an_act(r: PlaceReading, ent) -> bool:
    """A name of several words ending in a violent act's noun that the gazetteer does not know
    whole ("ISIS Suicide Blast", "Car Bomb Attack"): the act, not where it was."""
    return len(ent) > 1 and ent[-1].lower_ in ACT_NOUNS and r.gazetteer.lookup(ent.text) is None


# Words before a name that make it what a person is called: "Mohanna Abdhou, 20, known as
# Montana", "nicknamed Dallas", "a.k.a. Brooklyn"
_ALIAS_BEFORE = re.compile(r"(?:\bknown as|\bnicknamed|\bdubbed|\balias|\ba\.?k\.?a\.?)\s+[\"“'‘]?$", re.I)


# How far before "known as" the person it names may stand ("Mohanna Abdhou, 20, known as"); an
# area "known as Sheikh Maqsoud" is a place
ALIAS_PERSON_TOKENS = 8


def _an_alias(r: PlaceReading, ent) -> bool:
    """A person's alias: "known as", "nicknamed" after a person's name."""
    if _ALIAS_BEFORE.search(r.text[max(0, ent.start_char - 16):ent.start_char]) is None:
        return False
    return any(t.ent_type_ == "PERSON" for t in r.doc[max(0, ent.start - ALIAS_PERSON_TOKENS):ent.start])


# Words after a name that make it a day of the year: "St Patrick's Day", "Christmas Eve"
HOLIDAY_WORDS = frozenset(("Day", "Eve"))


def _a_holiday(r: PlaceReading, ent) -> bool:
    """A name the model did not tag as a place that names a day: "St Patrick's Day" (no parish of
    Dominica), "Election Day". A place before "Day" stays one ("in Kabul Day After Ceasefire Ends")."""
    if ent.label_ in ("GPE", "LOC"):
        return False
    nxt = r.doc[ent.end] if ent.end < len(r.doc) else None
    possessive = ent.text.endswith(("'s", "’s")) or ent[-1].tag_ == "POS"
    return ent[-1].text in HOLIDAY_WORDS or (possessive and nxt is not None and nxt.text in HOLIDAY_WORDS)


# Nouns that name a work whose title follows: 'the film "Casablanca"', "the documentary Aleppo"
TITLE_NOUNS = frozenset("film movie documentary book novel song album play series show poem painting".split())


def _a_title(r: PlaceReading, ent) -> bool:
    """A work's title the model rightly tagged so: quoted, or named after a word for a work."""
    before = r.text[max(0, ent.start_char - 1):ent.start_char]
    return before in ('"', "\u201c", "'", "\u2018") or (ent.start > 0 and r.doc[ent.start - 1].lemma_.lower() in TITLE_NOUNS)


def misread_place(r: PlaceReading, ent) -> bool:
    """A name the model tagged as a nationality, organisation or person that is a
    known place and no known actor ("Aleppo" as NORP, "Gainesville" as ORG), or a capital the
    actor lexicon reads as its state ("an attack on Kyiv", Kyiv tagged as a PERSON)."""
    if ent.label_ == "WORK_OF_ART" and _a_title(r, ent):
        return False
    res = r.resolver
    focus = r.story.focus_country
    if _opens_dateline(r, ent[0]):  # "... robbery.\n\nDAYTON, Ohio —": the capitals read as an organisation
        hit = r.gazetteer.lookup(ent.text, focus_country=focus)
        if hit is not None and focus in (None, hit.country) and hit.feature in ("city", "admin1", "admin2"):
            return True
    info = res.resolve(ent.text)
    if info is not None and info.kind == "country" and ent.label_ in ("ORG", "PERSON") and ent.text[:1].isupper():
        # a capital read as a person ("an attack on Kyiv"): the city, as the model's place tag
        # would have it (a capital standing for its state, "Kyiv said", is read so from its role)
        hit = r.gazetteer.lookup(ent.text, focus_country=focus)
        return hit is not None and hit.feature == "city" and hit.country == info.country \
            and hit.population >= WELL_KNOWN_TOWN_POPULATION
    if info is not None or res.demonym_country(ent.text):
        return False
    if ent.label_ in ("ORG", "PERSON") and cued_as_place(r.text, ent):
        return True
    if ent.label_ in ("LANGUAGE", "WORK_OF_ART") and _whole_object(ent) and cued_as_place(r.text, ent):
        return True  # "the city of Afrin" (read as a language); not "a village of Christian farmers"
    hit = r.gazetteer.lookup(ent.text, focus_country=focus)
    if hit is None or hit.feature == "country":
        return False
    if ent.label_ == "NORP":  # "Aleppo" read as a nationality: a town of the story's country
        return hit.feature != "city" or hit.country == focus or hit.population >= WELL_KNOWN_TOWN_POPULATION
    # "Alexandria police", "an Alexandria grand jury": a one-word name modifying a
    # common noun is where something is, not who
    if len(ent) == 1 and ent.root.dep_ in ("compound", "nmod") and ent.root.head.pos_ == "NOUN" \
            and (hit.feature != "city" or hit.population >= MODIFIER_TOWN_POPULATION):
        return True
    if ent.label_ in ("ORG", "PERSON") and _told_of_a_person(ent.root):
        return False
    if ent.label_ == "PERSON" and _where_something_is(ent.root) \
            and (hit.feature != "city" or hit.population >= TOWN_POPULATION):
        return True  # "a shopping mall in Kremenchuk" (read as a person): people are not what things are in
    if _home_town(r, ent, hit) and (_struck_at(ent.root) or (len(ent) > 1 and _where_something_is(ent.root))):
        # "shelled Douma", "a hospital in Maaret al-Numan" in a Syrian story: the small model reads
        # many Arabic town names as people, and the gazetteer gives some no population. A one-word
        # name after "in" keeps the bars above ("corruption in Pemex", "a bomb exploded near Kelly")
        return True
    if ent.label_ == "ORG" and _where_something_is(ent.root) and hit.country == focus \
            and (hit.feature != "city" or hit.population >= CITY_POPULATION):
        return True  # "fighting near Mariupol" in a Ukrainian story; not "outside Ajax" (the club)
    # organisations and people are often named after places: only unambiguous big ones
    return hit.feature in ("admin1", "region") or hit.population >= PLACE_NAMED_ACTOR_POPULATION


# What only people do ("Romans, Sakai and the parolee died": Sakai an officer, not the Japanese
# city), and what only people undergo ("Sakai was shot", "was charged")
_PERSON_PREDICATES = frozenset(("die", "perish", "plead", "testify"))
_PERSON_PASSIVES = frozenset(("kill", "shoot", "wound", "injure", "stab", "arrest", "charge", "sentence", "convict"))


# Prepositions of where something is that a person's name does not follow ("in Smith" is no
# English; "near Smith" and "outside Smith" hardly are)
_LOCATIVE_PREPS = frozenset(("in", "near", "outside"))


# Words whose "in" says in whom, not where: "lost faith in Allen", "a role in Jordan's arrest"
_IN_WHOM = frozenset("faith trust confidence belief interest hope pride role part stake involvement "
                     "participation investment share shares stock stocks career job".split())


def _where_something_is(tok) -> bool:
    """Is the name the whole object of a locative preposition ("in Kremenchuk"), not of "faith in"?"""
    return tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE_PREPS and tok.head.head.lemma_.lower() not in _IN_WHOM


# What is done to a place from afar or by force: its object, or what "on"/"at" it has, may be a
# town ("pounded Jisr al-Shughur", "stormed Bama"). Not "fire", "drop", "target" or "hit out at":
# they are done to people as often ("fired Jackson", "targeted Cheney", "hit back at Graham")
_BOMBARD_LEMMAS = frozenset("shell bomb bombard pound strike hit raid storm besiege overrun".split())
# ... and where things dropped or fired land ("dropped barrel bombs on Khan Sheikhoun", "fired on
# Qamishli"; a person fired at is told as one: "fired at Salinas, a suspected cartel boss")
_BOMBARD_ON_LEMMAS = _BOMBARD_LEMMAS | {"drop", "rain", "fire"}
# Nouns of an apposition that say the name is a place ("Kassab, a town in Latakia"): any other
# apposition describes a person ("Giwa, a suspected bandit leader")
_PLACE_APPOSITIONS = frozenset("town village city district suburb neighbourhood neighborhood area camp".split())


def _struck_at(tok) -> bool:
    """Is the name what a bombardment or an assault is done to, by a verb with no particle and
    with no apposition describing a person?"""
    if any(c.dep_ == "appos" and c.lemma_.lower() not in _PLACE_APPOSITIONS for c in tok.children):
        return False
    if tok.dep_ == "dobj":
        verb, lemmas = tok.head, _BOMBARD_LEMMAS
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at"):
        verb, lemmas = tok.head.head, _BOMBARD_ON_LEMMAS
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lemmas \
        and not any(c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("back", "out")) for c in verb.children)


def _home_town(r: PlaceReading, ent, hit) -> bool:
    """Is the name, as written, a town of the story's own country (whatever its population)?"""
    return ent.label_ in ("ORG", "PERSON") and hit.feature == "city" and hit.country == r.story.focus_country \
        and spelled_alike(ent.text, hit.name)


def _where_the_whole_is(span) -> bool:
    """Is the whole name, not a modifier in it, what a locative preposition has ("in Odesa")?"""
    return span.root == span[-1] and _where_something_is(span.root)


def _told_of_a_person(tok) -> bool:
    """Is the name (or the head of the list it is in) the subject of what only people do or undergo?"""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    verb, lemma = tok.head, tok.head.lemma_.lower()
    return (tok.dep_ == "nsubj" and verb.pos_ == "VERB" and lemma in _PERSON_PREDICATES) or \
        (tok.dep_ == "nsubjpass" and lemma in _PERSON_PASSIVES)


def split_country(r: PlaceReading, ent):
    """(whole span, second entity) where the model split a country's name in two at
    "and" ("Trinidad and Tobago", "Bosnia and Herzegovina"), else None."""
    if r.text[ent.end_char:ent.end_char + 5] != " and ":
        return None
    second = ent_at(r.ents, ent.end_char + 5)
    if second is None or second.label_ not in ("GPE", "LOC") + MISREAD_LABELS:
        return None
    whole = r.doc.char_span(ent.start_char, second.end_char)
    hit = r.gazetteer.lookup(whole.text) if whole is not None else None
    return (whole, second) if hit is not None and hit.feature == "country" else None


def run_on_name(r: PlaceReading, ent):
    """(whole span, the words after `ent`) where the model cut a known name short: "Baja"
    + "California", "Boa" + "Vista", "U.S." + "Virgin Islands". Only a country, a unit,
    or a well-known town by its own name is taken as the whole."""
    doc = r.doc
    for k in (2, 1):
        rest = doc[ent.end:ent.end + k]
        if len(rest) < k or any(not (t.is_title or t.is_upper) or not t.is_alpha or t.is_sent_start for t in rest) \
                or r.text[ent.end_char:rest.start_char] != " ":
            continue
        whole = doc[ent.start:ent.end + k]
        key = normalize_name(whole.text)
        if any(normalize_name(e.name) == key and (e.feature in ("country", "admin1") or (
                e.feature == "city" and e.population >= WELL_KNOWN_TOWN_POPULATION))
               for e in r.gazetteer.candidates(whole.text)):
            return whole, rest
    return None


def unlabelled_places(r: PlaceReading) -> list:
    """Proper names the model left untagged that are towns of the story's own country
    ("... shelling on Kafr Nabl"): 1–3 capitalised tokens, not sentence-initial (but for a
    dateline's town), in the gazetteer as a unit or a sizeable town of the focus country; and
    towns of any country that the words around them place ("the city of Kharkiv", "in Odesa")."""
    focus = r.story.focus_country
    doc = r.doc
    in_ent = {i for e in r.ents for i in range(e.start, e.end)}
    found, i = [], 0
    while i < len(doc):
        tok = doc[i]
        if tok.pos_ != "PROPN" or i in in_ent or (tok.is_sent_start and not _opens_dateline(r, tok)) \
                or tok.idx < r.dateline_end:
            i += 1
            continue
        spans = (doc[i:i + n] for n in (3, 2, 1) if i + n <= len(doc))  # the longest first
        hit_span = next((span for span in spans if _untagged_town(r, span, in_ent, focus)), None)
        if hit_span is not None:
            found.append(hit_span)
            i = hit_span.end
        else:
            i += 1
    return found


def _opens_dateline(r: PlaceReading, tok) -> bool:
    """Does the token open the dateline after the headline ("... robbery. TBILISI, Georgia -
    ...")? A dateline names its town first, where a sentence's first word is rarely a place."""
    return r.body_dateline is not None and tok.idx == r.body_dateline[0]


def _dateline_country(r: PlaceReading, country: str) -> bool:
    """Does the dateline name this country after its town ("TBILISI, Georgia -" in a story that
    speaks more of Russia)?"""
    start, end = r.body_dateline
    return any(p.country == country and start <= p.start < end for p in r.places)


def _untagged_town(r: PlaceReading, span, in_ent: set[int], focus: str) -> bool:
    """Whether these untagged proper-noun tokens name a unit or a sizeable town of the
    focus country, and no known actor; a dateline's town of any size, in the focus country or
    the one the dateline names, and a capital there is the town, not its government
    ("TBILISI, Georgia -")."""
    if any(t.i in in_ent or t.pos_ != "PROPN" for t in span):
        return False
    if _placed_by_its_words(r, span):
        return True
    if focus is None:
        return False
    hit = r.gazetteer.lookup(span.text, focus_country=focus)
    dateline = _opens_dateline(r, span[0])
    return hit is not None and (hit.country == focus or (dateline and _dateline_country(r, hit.country))) and (
        hit.feature in ("admin1", "admin2")
        or (hit.feature == "city" and (dateline or hit.population >= SIZEABLE_TOWN_POPULATION))) \
        and (dateline or r.resolver.resolve(span.text) is None) \
        and (len(span.text) > _SHORT_NAME or named_so(span.text, focus, r.gazetteer))  # "Air" is no Ayr


def _placed_by_its_words(r: PlaceReading, span) -> bool:
    """An untagged name of any country that its words make a place: a town or unit so named
    after "the city of" ("shelled the city of Kharkiv"), or a city as the whole object of "in",
    "near" or "outside" ("in Odesa"; "in Smith" is no English)."""
    # the words first: they are cheap, and most untagged names stand where no place is said to be
    cued = cued_as_place(r.text, span)
    if not cued and not _where_the_whole_is(span):
        return False
    hit = r.gazetteer.lookup(span.text)
    if hit is None or hit.feature == "country" or r.resolver.resolve(span.text) is not None \
            or not spelled_alike(span.text, hit.name) \
            or (len(span.text) <= _SHORT_NAME and not named_so(span.text, hit.country, r.gazetteer)):
        return False  # "Police Fire Tear Gas in Rally": no Raleigh
    return cued or (hit.feature == "city" and hit.population >= CITY_POPULATION)


# Labels the model gives a place name now and then that no place rule reads ("in western Niger"
# as a DATE, "the city of Manbij" as a PRODUCT): taken only where the words around them place them
ODD_LABELS = ("DATE", "PRODUCT")


# Words of a day or a month, which a name the model read as a date may still be
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _whole_object(ent) -> bool:
    """Is the name the whole object of its preposition ("the city of Afrin"), not a modifier
    ("a village of Christian farmers")?"""
    return ent.root == ent[-1] and ent.root.dep_ == "pobj"


def odd_label_place(r: PlaceReading, ent) -> bool:
    """A date or product the model made of a place name: proper nouns only, no figure, a town or
    unit named after "the city of", or a city or a country as the whole object of "in", "near" or
    "outside" ("militants attacked a post in western Niger")."""
    if not all(t.pos_ == "PROPN" and not t.like_num and t.lower_.rstrip(".") not in CALENDAR_WORDS for t in ent):
        return False  # "on Monday, 30 km north of Maiduguri": a day
    hit = r.gazetteer.lookup(ent.text)
    if hit is None or not spelled_alike(ent.text, hit.name) \
            or (hit.feature == "country" and plain_name(hit.name) != plain_name(ent.text)):
        return False
    if hit.feature != "country" and _whole_object(ent) and cued_as_place(r.text, ent):
        return True
    if _unit_so_named(r, ent):
        return True  # "in Niger state" (Niger read as a product): the Nigerian state
    # "in western Niger", and a city an attack is done to ("a missile strike on Kramatorsk", "shelled
    # Kramatorsk": a product to the model)
    return (_where_the_whole_is(ent) or _struck_at(ent.root) or _attacked_on(ent.root)) and (
        hit.feature == "country" or (hit.feature == "city" and hit.population >= CITY_POPULATION))


# Nouns of an attack whose "on" says what it was done to ("a missile strike on Kramatorsk")
_ATTACK_NOUNS = frozenset("strike airstrike attack assault raid bombardment shelling offensive".split())


def _attacked_on(tok) -> bool:
    """Is the name what "on" of an attack noun has ("a strike on Kramatorsk")?"""
    return tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.pos_ == "NOUN" \
        and tok.head.head.lemma_.lower() in _ATTACK_NOUNS


def _unit_so_named(r: PlaceReading, ent) -> bool:
    """Is the name, with the unit word after it, a unit of that very name ("Niger state")?"""
    word = named_unit_word(r.text, ent)
    return word is not None and any(e.feature in ("admin1", "admin2") and plain_name(e.name) == plain_name(ent.text)
                                    for e in r.gazetteer.candidates(f"{ent.text} {word.group(0).strip()}"))


# Unit words an English text keeps as part of a unit's name ("Free State"); a foreign unit word
# it drops ("Sichuan Sheng", "Dagestan, Respublika" are Sichuan and Dagestan)
ENGLISH_UNIT_WORDS = frozenset("state province region county district territory".split())


def _first_word_only(words: str, name: str) -> bool:
    """Are the words a unit's name less its English unit word ("Free" of "Free State")? The
    gazetteer finds a unit so, which a place's own mention may be, but an organisation whose
    name opens with the word ("the Free Syrian Army") is not named after the unit (checked for
    units only: "New York" of "New York Police Department" is New York City)."""
    mine, theirs = words.split(), name.replace(",", " ").split()
    return len(theirs) > len(mine) and [plain_name(w) for w in theirs[:len(mine)]] == [
        plain_name(w) for w in mine] and all(w.lower() in ENGLISH_UNIT_WORDS for w in theirs[len(mine):])


def place_in_organisation(r: PlaceReading, ent):
    """"Ohio Department of Development", "Dublin City Council", "Aleppo Police Command":
    the leading words name a place when they are a known state, country or large town.
    After a leading country in the possessive ("Syrias Deir Ezzor Monitor", where the
    apostrophe was lost), the words that follow it are tried."""
    gaz = r.gazetteer
    focus = r.story.focus_country
    if len(ent) > 1 and ent[0].lower_ == "the":  # "the Ohio Department of ..."
        ent = ent[1:]
    first = ent[0].text
    if len(ent) > 2 and first[-1:] == "s" and first[0].isupper():
        owner = gaz.lookup(first[:-1].rstrip("'’"))
        if owner is not None and owner.feature == "country":
            ent = ent[1:]
    for n in (3, 2, 1):
        if n >= len(ent):
            continue
        span = ent[:n]
        if not all(t.is_title or t.is_upper for t in span) or r.resolver.resolve(span.text) is not None \
                and n == len(ent):
            continue
        if n == 1 and (span[0].lower_ in NAME_PARTS or span[0].lower_ in ORDINALS):
            continue  # "Northern Monitor for Human Rights": no place called Northern; "Fourth Division"
        hit = gaz.lookup(span.text, focus_country=focus)
        if hit is not None and hit.feature == "admin1" and _first_word_only(span.text, hit.name):
            continue  # "Free Syrian Army" is not in Free State
        if hit is not None and (hit.feature in ("admin1", "country") or hit.population >= WELL_KNOWN_TOWN_POPULATION
                                or (hit.feature == "admin2" and hit.country == focus
                                    and span[-1].lower_ == "county")
                                or (hit.feature == "city" and hit.country == focus
                                    and hit.population >= TOWN_POPULATION and named_so(span.text, hit.country, gaz))):
            # (a town of the story's country by its own name: "Air Balloon" is no Ayr; a county
            # written as one: "the Laurel County Fiscal Court" is in the county, not Laurel, Md.)
            return span
    return None
