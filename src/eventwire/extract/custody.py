"""Who made an arrest that a report tells without its doer.

Local crime and security reports tell an arrest in the passive or as a noun ("A man was arrested
Tuesday, police said"; "the suspect's detention, according to the sheriff's office"): the doer is
not in the clause, but the report's source is the state organ that holds the suspect. An arrest
or detention with no doer of its own takes as doer the source it is attributed to, where that
source is a state organ of the country it happened in (police, security, army, judiciary,
government); a witness, a relative or a newspaper never does, nor a state speaking of its
citizens held abroad ("Three Americans were detained in Tehran, the State Department said"). With
no place, only the police or the judiciary, who report their own arrests, are taken.

An arrest with no doer and no such source was still made by the state where it happened
(`implied_custodian`): its doer is that country's police, with the arrest's own word as evidence
("Juvenile arrested in Oxford bar"). ACLED codes such arrests to the state's police forces too.
A criminal charge so told ("Alexandria woman charged in connection with fire") was brought by
the country's prosecutors. Where the article names a police force by its own name ("the Rapides
Parish Sheriff's Office investigated the fire"), that force made the arrest or brought the charge
(`named_custodian`): a local report names its force once, often far from the headline's act.
"""
from __future__ import annotations

from collections.abc import Callable

from ..model import Actor, EventType, Sector
from ..resolve.actor_lexicon import ActorInfo
from .events import Draft
from .noun_parties import AGENT_NOUNS
from .passives import aimed_at_party, headline_passive

# Acts of holding people: arrests and detentions (COERCE also holds seizures, sieges, bans, whose
# reporter is often their victim's side: "two soldiers were captured, the army said").
CUSTODY_MODES = frozenset(("arrest", "detain"))
# Sources that are themselves the organs that arrest.
CUSTODIAN_SECTORS = frozenset((Sector.COP, Sector.GOV, Sector.JUD, Sector.MIL, Sector.SPY))
# Sources that report their own arrests wherever they are told: a ministry may speak of citizens
# held abroad, the police of a town speak of their own.
OWN_ARREST_SECTORS = frozenset((Sector.COP, Sector.JUD))


# Endings of a police force's own name ("Boston Police", "the Anderson County Sheriff's Office"),
# which the actor lexicon does not hold town by town
POLICE_NAME_ENDINGS = ("police", "police department", "police service", "sheriff's office",
                       "sheriff's department", "constabulary", "gendarmerie")


def _named_police(text: str) -> ActorInfo | None:
    """A force named by its town ("Boston Police said"): police of no stated country (its name says
    which town; the event's place says which country)."""
    name = text.strip()
    low = name.lower().replace("\u2019", "'")
    if name[:1].isupper() and low.endswith(POLICE_NAME_ENDINGS):
        return ActorInfo(name, None, Sector.COP, "organization")
    return None


# Nouns of armed parties (arguments.AGENT_NOUNS but "man" and "woman", who are as often held as holding)
ARMED_NOUNS = AGENT_NOUNS - {"man", "woman"}


def tells_no_doer(d: Draft) -> bool:
    """A passive verb with no "by" phrase, a participle of its patient ("three men arrested on
    Monday", "militants arrested in Kabul"), or a noun: the clause does not say who did it. A
    participle of an armed party aimed at another ("riot police charged at protesters", misparsed)
    tells its doer."""
    head = d.sent.doc[d.hit.head]
    if head.pos_ in ("NOUN", "PROPN"):
        return True
    if any(c.dep_ == "agent" for c in head.children):
        return False
    if head.dep_ == "acl" and head.tag_ == "VBN":  # aimed at a party, its noun is the doer, misparsed
        return not (head.head.lemma_.lower() in ARMED_NOUNS and aimed_at_party(head))
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)


def custodian(d: Draft, resolve: Callable[[str], ActorInfo | None]) -> Actor | None:
    """The state organ an arrest told without its doer is attributed to, as its doer; else None."""
    ev = d.event
    if ev.type != EventType.COERCE or ev.mode not in CUSTODY_MODES or ev.actors or not ev.reported_by \
            or ev.factuality != "asserted" or not tells_no_doer(d):
        return None
    source = ev.reported_by[0]
    info = resolve(source.text) or _named_police(source.text)
    if info is not None and info.kind == "person" and any(w in source.text.lower() for w in SPOKESPERSON_WORDS):
        # "Police spokesman Mohammed Shehu said five suspects had been arrested": the police
        # arrested them, not their spokesman (issue 13 class 3); a sheriff who says so may have
        source, info = _organ_of(source, info.name, resolve)
    if info is None or info.sector not in CUSTODIAN_SECTORS:
        return None
    where = ev.location.country if ev.location else None
    if (where and info.country and info.country != where) or (not where and info.sector not in OWN_ARREST_SECTORS):
        return None
    return Actor(source.text, source.start, source.end, info.name, info.country, info.sector)


# Titles of those who speak for an organ and do not act for it
SPOKESPERSON_WORDS = ("spokesman", "spokeswoman", "spokesperson", "press officer", "information officer")


def _organ_of(source: Actor, person: str, resolve: Callable[[str], ActorInfo | None]):
    """(the title's words, the organ they name) of a titled source ("Police spokesman Mohammed
    Shehu", "Nasrat Rahimi, an interior ministry spokesman"), else (source, None)."""
    at = source.text.find(person)
    if at < 0:
        return source, None
    before, after = source.text[:at], source.text[at + len(person):]
    part, offset = (before, 0) if any(w in before.lower() for w in SPOKESPERSON_WORDS) else (after, at + len(person))
    # the organ's words end at the spokesperson's title: "Army spokesman Brigadier General ..."
    low = part.lower()
    end = max((low.find(w) + len(w) for w in SPOKESPERSON_WORDS if w in low), default=len(part))
    stripped = part[:end].strip(" ,")
    if not stripped:
        return source, None
    start = source.start + offset + part.index(stripped)
    info = resolve(stripped)
    if info is None or info.kind == "person":
        return source, None
    return Actor(stripped, start, start + len(stripped), info.name, info.country, info.sector), info


# The organ of the state that does each legal act a report tells without its doer, as the word
# it is resolved from in the act's country: an arrest is the police's, a criminal charge the
# prosecutors', a sentence a court's (a lawsuit is anyone's: "sue" is no such act)
ARRESTING_FORCE = "police"
CHARGING_ORGAN = "prosecutors"
CHARGE_WORDS = frozenset(("charge",))
SENTENCING_ORGAN = "court"  # "He was sentenced to 10 years": by a court of the country
SENTENCE_WORDS = frozenset(("sentence",))


def _implied_organ(d: Draft) -> str | None:
    ev = d.event
    if ev.type == EventType.COERCE and ev.mode in CUSTODY_MODES:
        return ARRESTING_FORCE
    if ev.type == EventType.ACCUSE and d.sent.doc[d.hit.head].lemma_.lower() in CHARGE_WORDS:
        return CHARGING_ORGAN
    if ev.type == EventType.SANCTION and d.sent.doc[d.hit.head].lemma_.lower() in SENTENCE_WORDS:
        return SENTENCING_ORGAN
    return None


# Heads of a police force's name ("... Police", "... Police Department", "... Sheriff's Office")
FORCE_HEADS = frozenset(("police", "department", "office", "service", "constabulary", "gendarmerie"))


def named_forces(doc, text: str) -> list[Actor]:
    """The police forces an article names by their own name ("the Kenton County Police
    Department", "Miami-Dade Schools police", "the Rapides Parish Sheriff's Office"), in text
    order: the organs that made the arrests and charges it tells without a doer. Read off the
    parse (a proper noun leading the phrase), as the entity model misses most of them."""
    out = []
    for tok in doc:
        if tok.lower_ not in FORCE_HEADS or tok.dep_ == "compound":
            continue
        start = min((c.left_edge.i for c in tok.lefts if c.dep_ in ("compound", "poss", "nmod", "amod")), default=tok.i)
        while start < tok.i and doc[start].lower_ in ("the", "a", "-"):
            start += 1
        if start == tok.i or doc[start].pos_ != "PROPN":
            continue
        s, e = doc[start].idx, tok.idx + len(tok)
        info = _named_police(text[s:e])
        if info is not None:
            out.append(Actor(text[s:e], s, e, info.name, None, info.sector))
    return out


def named_custodian(d: Draft, forces: list[Actor]) -> Actor | None:
    """The first police force the article names, as the doer of an arrest or a criminal charge it
    tells with no doer at all and attributes to no state organ (`custodian` took those; "witnesses
    said" attributes it to no organ): a local report names the force once
    ("Father arrested after retrieving gun ... school officials notified Miami-Dade Schools
    police"), the country's police in general is a guess. Its country is the act's."""
    ev = d.event
    if _implied_organ(d) is None or ev.actors or not forces or ev.factuality != "asserted" \
            or not (tells_no_doer(d) or headline_passive(d.sent.doc[d.hit.head])):
        return None
    f = forces[0]
    return Actor(f.text, f.start, f.end, f.name, ev.location.country if ev.location else None, f.sector)


def implied_custodian(d: Draft, resolve_in: Callable[[str, str], ActorInfo | None]) -> Actor | None:
    """The state organ of the country where an arrest, a criminal charge or a sentence with no doer
    at all happened (its police, its prosecutors, its courts), as its doer, the act's word its
    evidence; else None.
    Only for an act told as done: "no one was arrested" implies no one's arrest.
    `resolve_in(text, country)` reads a phrase in a country."""
    ev = d.event
    country = ev.location.country if ev.location else None
    organ = _implied_organ(d)
    if organ is None or ev.actors or not country or ev.factuality != "asserted" \
            or not (tells_no_doer(d) or headline_passive(d.sent.doc[d.hit.head])):
        return None  # a clause that names its doer, even one not read ("police charged at protesters"), implies none
    info = resolve_in(organ, country)
    if info is None or info.country != country:
        return None
    return Actor(ev.trigger.text, ev.trigger.start, ev.trigger.end, info.name, info.country, info.sector, implied=True)


# Members both an army and a police force have, told with no force: "Two officers arrested Kresin"
SHARED_MEMBERS = frozenset(("officer", "officers"))


def officers_of_the_police(d: Draft, police_story: bool,
                           resolve_in: Callable[[str, str], ActorInfo | None]) -> list[Actor] | None:
    """The doers of an arrest or detention told only as "officers", which the lexicon reads as an
    army's, as its country's police where the story speaks of police and of no army ("Two
    officers, who were in marked police vehicles, arrested Kresin"); else None."""
    ev = d.event
    if not police_story or ev.type != EventType.COERCE or ev.mode not in CUSTODY_MODES or not ev.actors:
        return None
    if not all(a.sector == Sector.MIL and a.text.split()[-1].lower() in SHARED_MEMBERS for a in ev.actors):
        return None
    out = []
    for a in ev.actors:
        info = resolve_in("police", a.country) if a.country else None
        if info is None:
            return None
        out.append(Actor(a.text, a.start, a.end, info.name, info.country, info.sector))
    return out
