"""Build events from triggers: arguments, place, instruments, factuality.

One `Event` per trigger at first; `merge.py` then joins mentions of the same
incident within a sentence and across the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Actor, Event, EventType, Sector, Span
from ..nlp.furniture import WIRE_AGENCIES
from ..nlp.syntax import char_span, np_bounds
from .arguments import CLAIMED_NOUNS, CLAIMING_VERBS, find_arguments
from .definite_doers import definite_doers
from .noun_parties import AGENT_NOUNS, half_of_a_name
from .lexicon import LEXICON
from .factuality import factuality_of
from .ontology import ARMED_GROUP_SECTORS, REFERRING_TYPES, SPEECH_TYPES, STATE_FORCE_SECTORS, VIOLENT_TYPES, acled_for
from .triggers import TriggerHit, find_triggers

# Nouns that are the content of a request or offer, not events of their own.
REQUESTED_CONTENT = frozenset("assistance aid help support".split())
# "appealed to the international community for urgent humanitarian assistance": the
# request is at most this many heads above the noun it asks for.
MAX_CONTENT_TO_SPEECH_HOPS = 4
# "...double its attack, including the deployment of 25 bombers": an event noun takes
# the actors of a trigger at most this many heads above it.
MAX_GOVERNING_TRIGGER_HOPS = 3


@dataclass
class Draft:
    """An event under construction, with the tokens it came from."""

    event: Event
    hit: TriggerHit
    sent: object  # spaCy Span
    place_tokens: list
    sent_index: int
    last_sent_index: int = -1  # last sentence that mentions it, after merging
    loc_explicit: bool = False  # location stated in its own sentence, not carried over
    date_kind: str = "stated"  # stated | carried (from an earlier sentence) | published (default)
    # head tokens of the other triggers of its sentence merged into it ("attacked" under "suicide
    # bombers"): how high in the sentence the incident is told
    merged_heads: list = field(default_factory=list)
    places_hit: list = field(default_factory=list)  # tokens of the places it is done to ("shelled Douma")

    def __post_init__(self):
        if self.last_sent_index < 0:
            self.last_sent_index = self.sent_index


_GROUP_HEADS = frozenset("thousand hundred dozen score group member some many crowd number body".split())


def actor_for(doc, tok, entities) -> Actor:
    """The Actor a token stands for: its noun phrase resolved by the document's entities,
    a pronoun by its antecedent, a group noun by its "of" phrase ("thousands of Kurds"),
    a possessive pronoun's owner ("its aircraft"), a bare demonym's country."""
    if tok.lemma_.lower() in _GROUP_HEADS:
        # "Thousands of Iraqi Kurds": the people are in the "of" phrase
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None:
            actor = actor_for(doc, pobj, entities)
            if actor.name:
                return actor
    if tok.pos_ == "PRON" or tok.lower_ in ("country",):
        s, e = tok.idx, tok.idx + len(tok)
        if tok.lower_ == "country" and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            s = doc[tok.i - 1].idx
        actor = entities.actor(s, e, tok)
        if actor.name is None and tok.lower_ in ("it", "its", "they", "their", "he", "his", "she", "her"):
            # no known antecedent: the subject of the sentence, if it comes first
            root = entities.sent_of_token(tok.i).root
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
            if subj is not None and subj.pos_ != "PRON":
                ref = actor_for(doc, subj, entities)
                actor.name, actor.country, actor.sector = ref.name, ref.country, ref.sector
        return actor
    s, e = np_bounds(tok)
    s = _past_a_date(doc, s, tok.i)
    # a name the parse split at its "and" is one phrase: "the Islamic State of Iraq and the Levant"
    e = max([e, *(c.right_edge.i + 1 for c in tok.children if half_of_a_name(c, entities.resolver))])
    e = _with_agent_nouns(doc, tok, s, e, entities.resolver)
    cs, ce = char_span(doc, s, e)
    actor = entities.actor(cs, ce, tok)
    group = _group_named_after(doc, tok, entities)
    if group is not None:
        # the evidence is the whole phrase, "militants from Boko Haram": one party, not two
        group.start, group.text = min(cs, group.start), entities.text[min(cs, group.start):group.end]
        return group
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is not None:
        # "its aircraft": whose aircraft is the pronoun's antecedent's
        owner = entities.actor(poss.idx, poss.idx + len(poss), poss)
        if tok.lemma_.lower() in KIN_NOUNS:
            pass  # "his neighbor", "its neighbours": another person or state, not the owner
        elif owner.country or owner.name:
            # a group's fighters are the group ("HTS ... its forces": Hayat Tahrir al-Sham); a state's
            # forces are its forces ("Russia ... its jets": Russia forces)
            grouped = owner.sector in ARMED_GROUP_SECTORS
            actor.name = owner.name if grouped or actor.sector in (None, owner.sector) else f"{owner.name} forces"
            actor.country = owner.country
            actor.sector = owner.sector if grouped else actor.sector or owner.sector
    if actor.name is None and tok.ent_type_ in ("NORP",):
        # a demonym alone: "Russian (strikes)"
        c = entities.resolver.demonym_country(tok.text)
        if c:
            actor.country, actor.name = c, entities.country_display_name(c)
    return actor


# A date a page ran into the phrase after it, with its wire's name ("12 Jul 2016 Opposition forces
# in Syria fight back", "8 November 2016 SANA Members of ISIS executed"): the page's date line,
# then the lead; no words of the party
_DATE_OPENING = re.compile(r"(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
                           rf"(?:\d{{1,2}},?\s+)?\d{{4}}\s+(?:(?:{WIRE_AGENCIES}|SANA)\s+)?")


def _past_a_date(doc, s: int, head: int) -> int:
    """The phrase's first token after a date (and wire) that opens it, if any, before its head."""
    m = _DATE_OPENING.match(doc.text, doc[s].idx)
    if m is None:
        return s
    return next((t.i for t in doc[s:head + 1] if t.idx >= m.end()), s)


def _with_agent_nouns(doc, tok, s: int, e: int, resolver) -> int:
    """The end of a people's adjective's phrase, taking in the words the parse hangs beside it
    on the same noun: "a Syrian government raid", "a Russian army strike", "Israeli police raids" put
    "Syrian" and "government" side by side under "raid"; the party is both words, the government
    and not the whole state. The longest run of such nouns that names a party with a sector wins;
    none: the adjective alone. A title-case headline's capitalised words ("Syrian Forces Foil Raid", all
    compounds of "Raid") are left as the parse has them: which of them name the party, it cannot tell."""
    if tok.ent_type_ != "NORP" or tok.dep_ not in ("amod", "compound", "nmod") or tok.head.i <= tok.i:
        return e
    best, j = e, e
    # each noun of the run modifies a word between it and the head ("Syrian regime air strike")
    while j < tok.head.i and doc[j].dep_ in ("compound", "amod") and doc[j].pos_ in ("NOUN", "ADJ") \
            and j < doc[j].head.i <= tok.head.i:
        j += 1
        info = resolver.resolve(doc[s:j].text)
        if info is not None and info.sector is not None:
            best = j
    return best


# People someone has, who are not that someone: "shot his neighbor" is not John Smith shot, "its
# Russian ally" is not the state "its" stands for
KIN_NOUNS = frozenset("""wife husband son daughter father mother brother sister child parent grandmother
    grandfather grandson granddaughter uncle aunt nephew niece cousin relative family neighbor neighbour
    friend girlfriend boyfriend partner fiancé fiancee colleague classmate roommate co-worker coworker
    stepfather stepmother stepson stepdaughter stepbrother stepsister baby bodyguard landlord tenant lawyer
    attorney employer employee boss client ally allies backer backers patron sponsor rival rivals enemy enemies
    foe foes adversary adversaries""".split())
# Kinds of party whose members an agent noun can name ("fighters of the Islamic State")
MEMBERSHIP_KINDS = ("group", "organization")
# Ranks and roles that belong to the party their "of" phrase names: "the leader of the rebels",
# "a commander of the Free Syrian Army" act for it (alone, "the leader" is read as a government)
ROLE_NOUNS = frozenset("leader head chief commander spokesman spokeswoman spokesperson member founder emir "
                       "official representative".split())


# Words that tie people to the group they act for, with the preposition naming the group:
# "militants loyal to IS", "gunmen linked to al-Qaeda", "fighters affiliated with IS". A backer
# is no such group ("rebels backed by Turkey" are not Turkey's), nor an ally ("allied militias")
AFFILIATION_WORDS = {"loyal": ("to",), "link": ("to",), "affiliate": ("with", "to"), "tie": ("to",),
                     "connect": ("to", "with"), "belong": ("to",)}
# Verbs of belief that raise a membership: "gunmen believed to be from al-Shabaab"
BELIEF_WORDS = frozenset(("believe", "suspect", "think"))


def _membership_phrases(tok) -> list:
    """The prepositional phrases that may name the group an agent noun's people belong to: its own
    "of"/"from" ("militants from Boko Haram"), and those of a word tying it to a group
    (`AFFILIATION_WORDS`, `BELIEF_WORDS`: "militants loyal to IS", "gunmen believed to be from
    al-Shabaab"), whether the parse hangs that word on the noun or makes the noun its subject
    ("Fighters affiliated with IS seized the town", parsed with "affiliated" as the main verb)."""
    out = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    ties = [c for c in tok.children if c.dep_ in ("acl", "amod")]
    if tok.dep_ == "nsubj" and tok.head.tag_ in ("VBN", "VBD") \
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in tok.head.children):
        # "Fighters affiliated with IS seized ...", not an act of the noun's own: "Police linked
        # the bombing to al-Shabaab and arrested three" (an object: the police did the linking)
        ties.append(tok.head)
    for tie in ties:
        lemma = tie.lemma_.lower()
        if lemma in AFFILIATION_WORDS:
            out += [c for c in tie.children if c.dep_ == "prep" and c.lower_ in AFFILIATION_WORDS[lemma]]
        elif lemma in BELIEF_WORDS:
            out += [c for x in tie.children if x.dep_ == "xcomp" and x.lemma_ == "be"
                    for c in x.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    return out


def _group_named_after(doc, tok, entities) -> Actor | None:
    """"militants from Boko Haram", "fighters of the Islamic State": an agent noun that only says
    what its people do ("militants", "fighters"), or a rank (`ROLE_NOUNS`: "the leader of the
    rebels"), belongs to the group its "of"/"from" phrase names, and that group acts (its words
    from the noun to the group's name are the evidence). None where
    the noun names its own party, or the phrase no group ("residents of Aleppo", "troops from
    Turkey": a place, a state)."""
    resolver = entities.resolver
    own = resolver.resolve(tok.text) if resolver is not None else None
    role = tok.lemma_.lower() in ROLE_NOUNS
    if not role and (own is None or own.kind != "agent" or own.country):
        return None
    for prep in _membership_phrases(tok):
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            s, e = char_span(doc, *np_bounds(p))
            info = resolver.resolve(doc.text[s:e], focus_country=entities.focus_country)
            if info is not None and (info.kind in MEMBERSHIP_KINDS or (role and info.kind == "agent")):
                return entities.actor(s, e, p)
    return None


_actor_for = actor_for  # the name stages/events.py imports


def _is_content_of_speech(hit: TriggerHit, doc, hits_by_head: dict[int, TriggerHit]) -> bool:
    """"called for assistance": the aid asked for or offered is the speech act's content."""
    tok = doc[hit.head]
    if tok.lemma_.lower() not in REQUESTED_CONTENT:
        return False
    node = tok
    for _ in range(MAX_CONTENT_TO_SPEECH_HOPS):
        node = node.head
        h = hits_by_head.get(node.i)
        if h is not None and h.entry.type in SPEECH_TYPES:
            return True
        if node.head.i == node.i:
            break
    return False


def _is_back_reference(hit: TriggerHit, doc, hits_by_head: dict[int, TriggerHit], told: bool) -> bool:
    """"the UN condemned the attack": a definite event noun that a statement is about
    refers to an attack told elsewhere; it is not a new one. When an accusation asserts who did it
    (`_names_author`) and an earlier sentence told a violent act (`told`), the noun stays, as a
    second mention that names its doer ("Boko Haram was blamed for the attack"), to fold into it."""
    tok = doc[hit.head]
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")
                                     for c in tok.children):
        return False
    node = tok.head if tok.dep_ in ("dobj", "obj") else (tok.head.head if tok.dep_ == "pobj" else None)
    h = hits_by_head.get(node.i) if node is not None else None
    if told and h is not None and h.entry.type == EventType.ACCUSE and tok.dep_ == "pobj" and _names_author(node, tok.head):
        return False
    return h is not None and h.entry.type in REFERRING_TYPES and hit.entry.type in VIOLENT_TYPES


# Where an accusation names whom it accuses: "blamed Boko Haram", "Boko Haram was blamed"
ACCUSED_DEPS = ("dobj", "nsubjpass")
# Accusations that say who did the act, with the preposition that names the act ("blamed X for",
# "accused X of", "charged X with"); criticism does not ("slammed the police for the attack"), nor
# another sense ("riot police charged the crowd after the attack")
AUTHOR_NAMING_VERBS = {"blame": ("for",), "accuse": ("of",), "charge": ("with", "over", "for")}


def _names_author(verb, prep) -> bool:
    """Does the accusation assert who did the act its preposition `prep` introduces ("Boko Haram
    was blamed for the attack"), rather than only speak of the act, deny it or criticise someone
    ("did not blame", "slammed", "charged the crowd after the attack")?"""
    return prep.lower_ in AUTHOR_NAMING_VERBS.get(verb.lemma_.lower(), ()) and factuality_of(verb) == "asserted" \
        and any(c.dep_ in ACCUSED_DEPS for c in verb.children)


# Pronouns of a person done to ("shot him", "robbed her"), and the person nouns of each gender
OBJECT_PRONOUNS = {"him": "m", "her": "f"}
_FEMALE = frozenset("woman girl mother wife daughter sister girlfriend grandmother widow aunt niece lady "
                    "policewoman businesswoman mom".split())
_MALE = frozenset("man boy father husband son brother boyfriend grandfather widower uncle nephew "
                  "policeman businessman dad".split())
ANTECEDENT_SENTENCES = 2  # how far back a pronoun's person is looked for: this sentence and the one before


def person_antecedent(doc, tok, entities):
    """The person a pronoun object stands for ("a woman was walking home when a man grabbed her"):
    the nearest person before it, within this sentence and the last, told by a noun of its gender
    (a name does not say which gender, nor does "the suspect"). None if there is none, or if the
    nearest gendered person is of the other gender."""
    gender = OBJECT_PRONOUNS[tok.lower_]
    start = entities.sent_of_token(tok.i).start
    for _ in range(ANTECEDENT_SENTENCES - 1):
        start = entities.sent_of_token(start - 1).start if start > 0 else start
    # the doer of the pronoun's own verb ("shot him", "shot at him"), or of verbs conjoined with
    # it, is never the pronoun ("a man grabbed her and robbed her": not the man)
    v = tok.head.head if tok.head.dep_ == "prep" else tok.head  # "shot at him": through its preposition only
    verbs = {v.i}
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
        verbs.add(v.i)
    for c in reversed(doc[start:tok.i]):
        if c.pos_ not in ("NOUN", "PROPN") or c.dep_ == "compound":
            continue
        if c.dep_ in ("nsubj", "nsubjpass") and c.head.i in verbs:
            continue
        lemma = c.lemma_.lower()
        if (gender == "f" and lemma in _FEMALE) or (gender == "m" and lemma in _MALE):
            return c
        if lemma in (_MALE if gender == "f" else _FEMALE):
            return None  # the nearest person is of the other gender: not this pronoun's
    return None


def names_doers(tok) -> bool:
    """A trigger that names people who act ("gunmen and suicide bombers attacked the camp"): a
    doer of the verb it is the subject of, never its target, and one act with that verb."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in AGENT_NOUNS


def build_drafts(doc, entities, article_id: str) -> list[Draft]:
    drafts: list[Draft] = []
    text = entities.text
    for si, sent in enumerate(entities.sents):
        hits = find_triggers(doc, sent)
        by_head = {h.head: h for h in hits}
        told = any(d.event.type in VIOLENT_TYPES for d in drafts)  # in an earlier sentence: drafts so far
        for hit in hits:
            if _is_content_of_speech(hit, doc, by_head) or _is_back_reference(hit, doc, by_head, told):
                continue
            head = doc[hit.head]
            args = find_arguments(head, entities)
            actors, targets = [], []
            seen = set()
            for t in args.actors:
                if t.i in seen or hit.start <= t.i < hit.end or (t.i in by_head and not names_doers(t)):
                    continue  # "the raid hit the market": the raid is the event, not its doer
                seen.add(t.i)
                actors.append(actor_for(doc, t, entities))
            for t in args.targets:
                if t.i in seen or hit.start <= t.i < hit.end:
                    continue
                seen.add(t.i)
                ante = person_antecedent(doc, t, entities) if t.lower_ in OBJECT_PRONOUNS else None
                targets.append(actor_for(doc, ante if ante is not None else t, entities))
            # A trigger's place that is a country also acting is no place: "Russia strikes"
            instruments = []
            for t in args.instruments:
                s, e = np_bounds(t)
                cs, ce = char_span(doc, s, e)
                if not any(cs == i.start for i in instruments):
                    instruments.append(Span(text[cs:ce], cs, ce))
            ts, te = char_span(doc, hit.start, hit.end)
            entry = hit.entry
            acled_type, acled_sub = acled_for(entry.type, entry.mode)
            ev = Event(
                id="",
                type=entry.type,
                mode=entry.mode,
                cameo=entry.cameo,
                acled_event_type=acled_type,
                acled_sub_event_type=acled_sub,
                context=list(entry.context),
                factuality=factuality_of(head),
                trigger=Span(text[ts:te], ts, te),
                sentence=Span(sent.text, sent.start_char, sent.end_char),
                actors=actors,
                targets=targets,
                instruments=instruments,
            )
            # the trigger's own words are no place ("Air strikes": not Ayr, Scotland)
            places = [t for t in args.place_tokens if not hit.start <= t.i < hit.end]
            hit_places = [t for t in args.places_hit if not hit.start <= t.i < hit.end]
            drafts.append(Draft(ev, hit, sent, places, si, places_hit=hit_places))
    _inherit_governing_actors(drafts, doc, entities)
    definite_doers(drafts)
    _claimed_doers(drafts, doc, entities)
    _blamed_doers(drafts, doc, entities)
    _fill_group_targets(drafts, doc, entities)
    return drafts


def _bare_claim(verb) -> bool:
    """A told claim of responsibility that names no act ("The Taliban claimed responsibility"):
    the act is the one just told. One that names its act ("… for the attack") is read where the
    act's noun is (`arguments._governing_light_verb`); one not told as done ("did not claim")
    claims nothing. Who claims is checked by the caller (`_claimed_doers`)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CLAIMING_VERBS or factuality_of(verb) != "asserted":
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.lemma_.lower() not in CLAIMED_NOUNS:
        return False
    named_act = any(c.dep_ == "prep" and c.lower_ in ("for", "of") and any(
        g.pos_ in ("NOUN", "PROPN") or (g.pos_ == "VERB" and g.lemma_.lower() in LEXICON)
        for g in c.children) for c in (*obj.children, *verb.children))
    # "... for ambushing a convoy" names its act; "... for carrying out the bombing" speaks of the one told
    return not named_act


def _by_the_state(ev: Event) -> bool:
    """Is the event done by a state's organs (police, army, government)? Groups claim attacks;
    states do not claim responsibility."""
    return any(a.sector in STATE_FORCE_SECTORS for a in ev.actors)


def a_private_person(actor: Actor, sent) -> bool:
    """Is the actor a person by name with no sector ("Ms. Sears", "John Smith")? People named
    together ("Ms. Sears and Mr. Bowers killed Mrs. Parsons") act together, unlike two states."""
    return actor.sector is None and any(
        t.ent_type_ == "PERSON" for t in sent if actor.start <= t.idx < actor.end)


def named_in_text(actor: Actor, sentence_start: int) -> bool:
    """Does the actor's own text name it ("Islamic State", "Syrian troops", "HTS") rather than
    describe it ("security forces", "the gunmen")? A capital that does not just open the sentence."""
    words = actor.text.split()
    return any(w[:1].isupper() and not (i == 0 and actor.start == sentence_start) for i, w in enumerate(words))


def _acts_told_before(drafts: list[Draft], verb) -> list[Draft]:
    """The violent acts told as done before `verb` that no state's organs did: what a bare claim
    or blame speaks of."""
    return [d for d in drafts if d.event.type in VIOLENT_TYPES and d.hit.head < verb.i
            and d.event.factuality == "asserted" and not _by_the_state(d.event)]


def _claimed_doers(drafts: list[Draft], doc, entities) -> None:
    """"A car bomb killed five in Kabul. The Taliban claimed responsibility.": the claimer, where
    the resolver knows it by name, is a doer of the violent acts of the last sentence before the
    claim that tells one no state's organs did (police who shot a suspect afterwards are no
    bombers). A pronoun ("They claimed"), "no group", "neither ... nor" claim nothing here."""
    for sent in entities.sents:
        for verb in sent:
            if not _bare_claim(verb):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON" or any(c.lower_ == "no" for c in subj.children) \
                    or any(t.dep_ == "preconj" and t.lower_ == "neither" for t in subj.subtree):
                continue
            told = _acts_told_before(drafts, verb)
            if not told:
                continue
            actor = actor_for(doc, subj, entities)
            if not actor.name:
                continue
            # every act of that sentence ("stormed a hotel, killing 18"); the claim names the
            # doers the report only described ("Militants stormed ...")
            for d in (d for d in told if d.sent_index == told[-1].sent_index):
                act = d.event
                if all(a.name != actor.name or a.country != actor.country for a in act.actors):
                    act.actors = [*(a for a in act.actors if named_in_text(a, act.sentence.start)), actor]


def _bare_blame(verb) -> bool:
    """A blame told as asserted that names no act ("Authorities blamed jihadists linked to
    al-Qaeda"): it speaks of the act just told. One that names its act ("blamed X for the attack",
    "blamed the attack on X") is read where the act's noun is (`_inherit_governing_actors`)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "blame" and factuality_of(verb) == "asserted" \
        and not any(c.dep_ == "prep" for c in verb.children)


# Armed parties a blame may name as doers: groups, armies and police ("blamed Russian forces"); a
# state, a government, a politician or a firm is blamed for letting it happen as often as for
# doing it ("Critics blamed the president"; "Pakistan blamed India" is an accusation, told as one)
_ARMED_SECTORS = ARMED_GROUP_SECTORS | {Sector.MIL, Sector.COP}
# How many sentences after the act a bare blame may still speak of it ("... Residents fled.
# Authorities blamed Fulani militants.")
BLAME_REACH_SENTENCES = 2


def _blamed_doers(drafts: list[Draft], doc, entities) -> None:
    """"At least 30 people were killed in the attack on Solhan. Authorities blamed jihadists.":
    the armed party a bare blame accuses (`_accused`, where the resolver knows it) did the violent
    acts of the last sentence before it (within `BLAME_REACH_SENTENCES`) that tells one no state's
    organs did, where those acts name no doer of their own (a described one, "gunmen", stays)."""
    for si, sent in enumerate(entities.sents):
        for verb in sent:
            if not _bare_blame(verb):
                continue
            told = _acts_told_before(drafts, verb)
            accused = [a for a in _accused(doc, verb, entities) if a.sector in _ARMED_SECTORS] \
                if told and told[-1].sent_index >= si - BLAME_REACH_SENTENCES else []
            for d in (d for d in told if accused and d.sent_index == told[-1].sent_index):
                if not any(named_in_text(a, d.event.sentence.start) for a in d.event.actors):
                    d.event.actors = [*d.event.actors, *accused]


# Statements about an act told elsewhere, whose speaker did not do it ("called for an end to the
# strikes", "investigating the bombing", "denied the attack"); an accusation names who did it.
_SPEAKING_OF_ACTS = frozenset((EventType.INVESTIGATE, EventType.REQUEST, EventType.REJECT))


def _inherit_governing_actors(drafts: list[Draft], doc, entities) -> None:
    """"...double its attack, including the deployment of 25 bombers": an event noun
    hanging off another trigger shares that trigger's actors when it names none. A statement
    about an act does not do it ("called for an end to the strikes"): an accusation names who
    did it, its object ("Police blamed Boko Haram for the attack": Boko Haram; "complained to
    the Security Council about rocket fire": no one)."""
    by_head = {d.hit.head: d for d in drafts}
    for d in drafts:
        node = doc[d.hit.head]
        if d.event.actors or node.pos_ != "NOUN" or node.dep_ not in ("pobj", "appos", "conj"):
            continue
        for _ in range(MAX_GOVERNING_TRIGGER_HOPS):
            if node.head.i == node.i:
                break
            node = node.head
            gov = by_head.get(node.i)
            if gov is not None and gov is not d:
                if gov.event.type == EventType.ACCUSE:
                    d.event.actors = _accused(doc, node, entities)
                elif gov.event.type not in _SPEAKING_OF_ACTS:
                    d.event.actors = list(gov.event.actors)
                break


def _accused(doc, verb, entities) -> list[Actor]:
    """Whom an accusation accuses: its object ("blamed Boko Haram"), or its subject when it is
    passive ("Boko Haram was blamed"), where the resolver knows the party."""
    for c in verb.children:
        if c.dep_ in ACCUSED_DEPS:
            actor = actor_for(doc, c, entities)
            return [actor] if actor.name or actor.country else []
    return []


# Prepositions that join a party to the doer's side ("troops, alongside Kurdish fighters, ...")
ALLY_PREPS = frozenset(("with", "alongside"))


def _on_the_doers_side(tok, doer) -> bool:
    """Is `tok` in a phrase of the doer that joins it to the doer's side: the "by" of a participle
    ("backed by Syrian rebels", "supported by militias"), "with"/"alongside", a conjunct ("troops
    ... and fighters of the Joint Task Force")? Not any phrase of the doer: "soldiers pursuing
    Boko Haram fighters" names their enemy."""
    if not doer.is_ancestor(tok):
        return False
    node = tok
    while node.i != doer.i:
        if node.dep_ in ("agent", "conj") or (node.dep_ == "prep" and node.lower_ in ALLY_PREPS):
            return True
        node = node.head
    return False


def _phrase_head(tok):
    """The noun a modifier stands in ("Taliban" in "a Taliban spokesman": spokesman)."""
    while tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _fill_group_targets(drafts: list[Draft], doc, entities) -> None:
    """An attack with no stated target, in a sentence naming an armed group that is
    not the attacker, is taken to be against that group ("strikes on Raqqa, the
    Islamic State stronghold")."""
    chunk_cache: dict[int, list] = {}
    for d in drafts:
        ev = d.event
        if ev.type != EventType.ASSAULT or ev.targets:
            continue
        actor_names = {a.name for a in ev.actors if a.name}
        if d.sent_index not in chunk_cache:
            chunk_cache[d.sent_index] = sorted(
                {(x.start_char, x.end_char): x for x in [*entities.ents_in(d.sent), *entities.chunks_in(d.sent)]}.values(),
                key=lambda x: x.start_char)
        spans = chunk_cache[d.sent_index]
        trigger = d.event.trigger
        doer_heads = [span.root for a in ev.actors if (span := doc.char_span(a.start, a.end, alignment_mode="expand"))]
        # the trigger's "by" phrase, with what it says of the doer ("shelling by al-Nusra Front, the
        # branch of al-Qaeda")
        head = doc[d.hit.head]
        by_phrases = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in head.children
                      if c.dep_ in ("agent", "prep") and c.lower_ == "by"]
        for span in spans:
            if getattr(span, "label_", "") in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
                continue
            if any(span.start_char < x.end and x.start < span.end_char for x in (trigger, *ev.actors)):
                continue  # "a suicide bomber", "Militants from Boko Haram": the attacker's words are never its target
            phrase = _phrase_head(span.root)
            if (phrase.dep_ == "nsubj" and phrase.head.pos_ == "VERB") or (
                    phrase.dep_ == "pobj" and (phrase.head.dep_ == "agent" or phrase.head.lower_ == "by")) or any(
                    s <= span.start_char < e for s, e in by_phrases):
                # "when terrorist groups positioned west of the city fired": a clause's doer, not the
                # target; so is "a Taliban spokesman said" the phrase the name modifies, and a
                # "by" phrase ("a roadside bomb planted by Taliban fighters", "shelling by rebels")
                continue
            if any(_on_the_doers_side(span.root, h) for h in doer_heads):
                continue  # "Turkish troops, backed by Syrian rebels, shelled": the doer's allies are its side
            # resolved as the actors are (with the story's country): "Rebels said they shot down ..."
            # names the doer "they" stands for, not a target
            info = entities.resolve_phrase(span.text)
            if info is not None and info.sector in ARMED_GROUP_SECTORS and info.name not in actor_names:
                ev.targets.append(Actor(span.text, span.start_char, span.end_char, info.name, info.country, info.sector))
                break
