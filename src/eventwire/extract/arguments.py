"""Who did it, to whom, with what, where: arguments of a trigger from the parse.

Rules follow the dependency tree: a verb's subject is the actor and its object the
target (passive: the "by" agent acts, the subject suffers); an event noun takes
its actor from a possessive ("Russia's strikes"), a demonym ("French jets"), a
"by" phrase, or the subject of a light verb ("France carried out strikes").

Whether a name is a place or an actor is asked of the document's own resolver
and gazetteer (`DocEntities.resolver`, `DocEntities.gazetteer`), never of a
module-level singleton.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..nlp.syntax import PASSIVE_SUBJ, RELATIVE_PRONOUNS, TIME_ENTS, children, opens_with_a_time, stranded_speaker, with_conjuncts
from .factuality import factuality_of
from .instruments import (ACTOR_MODIFIER_ENTS, INSTRUMENT_WORDS, instruments_to_doers, is_instrument,
                          participle_instruments)
from .lexicon import LEXICON, REPORTING_VERBS
from .misparsed_subjects import PLACE_PREPS, described_subject, modifier_as_object, place_as_subject
from .moment_doers import doers_of_the_moment
from .noun_parties import (AGENT_NOUNS, a_party, half_of_a_name, hands_of, held_responsible, idiom_hands, led_by,
                           misnamed_adjective, opposed_party, participle_doers, place_conjoined, side_phrases,
                           stance_words)
from .undergoing import undergone_arguments
from .passives import (TARGET_PREPS, accused_subject, elliptical_passive, headline_passive_of, left_elliptical,
                       left_harmed, passive_adjunct_sufferers, small_clause_passive)
from .target_words import (GROUND_NOUNS, PLACE_ENTS, PLACE_NOUNS, TIME_NOUNS, TOWN_NAMED_FACILITIES,
                           generic_target, headline_credit, is_place, named_street)

LIGHT_VERBS = frozenset(
    "carry conduct launch stage mount lead wage unleash step double intensify resume begin start "
    "continue escalate perform make execute undertake hold order step-up announce pursue impose".split())
SUBJ = ("nsubj", "csubj")
# Prepositions whose place is the one hit, not only where it happened ("strikes on Raqqa", not "at")
HIT_PREPS = ("on", "against", "upon", "targeting")
# Verbs whose "to X" names the addressee or what is hit: "appealed to EU members", "set fire to a mosque"
ADDRESSEE_VERBS = frozenset("appeal complain talk speak write apologize apologise plead turn petition "
                            "protest propose offer deliver hand send provide give extradite set".split())
NON_ARGUMENT_ENTS = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"))
# Prepositions whose object is the means: "struck with missiles", "using drones", "by air strikes"
INSTRUMENT_PREPS = ("with", "using", "by")
# Words that stand for an argument without naming one
NON_REFERRING = frozenset(("who", "which", "that", "whom", "what"))
# A clause shares its subject with the one above it ("vowed to strike", "attacked and
# seized"); four levels cover the chains of news prose without wandering off to the root.
MAX_SHARED_CLAUSE_HOPS = 4
# Verbs whose subject escapes or undergoes the act a bare gerund under them names: "civilians
# flee fighting" do not fight (the parse makes the gerund a complement sharing their subject);
# a participle with its own object is theirs ("rebels fled, burning houses"), and so is the
# gerund under "avoid" ("troops avoided shelling civilian areas": theirs, not done)
_SUFFERERS_VERBS = frozenset("flee escape survive fear".split())


@dataclass
class Args:
    actors: list = field(default_factory=list)  # head tokens
    targets: list = field(default_factory=list)
    instruments: list = field(default_factory=list)  # head tokens of instrument phrases
    place_tokens: list = field(default_factory=list)  # head tokens of candidate places, best first
    places_hit: list = field(default_factory=list)  # places the act is done to: "shelled Douma", "strikes on Raqqa"




def _agentive(tok) -> bool:
    """Could this noun be a doer? "the attack that killed 11" yes (an event noun,
    merged later), "the checkpoint that killed" no."""
    return (tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN"
            or tok.lemma_.lower() in AGENT_NOUNS or tok.lemma_.lower() in LEXICON)


def named_place_of(tok) -> list:
    """"the eastern Syrian city of Deir ez-Zor" → the token of Deir ez-Zor (or of Syrian)."""
    out = []
    for prep in children(tok, "prep"):
        if prep.lower_ == "of":
            out += [p for p in children(prep, "pobj") if p.ent_type_ in PLACE_ENTS]
    out += [c for c in tok.children if c.dep_ in ("compound", "appos") and c.ent_type_ in PLACE_ENTS]
    return out


def is_place_name(tok, entities) -> bool:
    """A GPE modifying an event noun that is a town or region, not a state acting:
    "the Paris attacks" happened in Paris; "Russian strikes" were Russia's.
    `entities` is the document's `DocEntities`: its gazetteer and actor resolver decide."""
    if entities.gazetteer is None:
        return False  # no gazetteer, no town: the modifier stays a candidate actor
    if tok.ent_type_ not in PLACE_ENTS and (tok.lemma_.lower() in INSTRUMENT_WORDS or tok.lemma_.lower() in LEXICON):
        return False  # a headline's "Mortar Shell Attacks": a weapon or an act, not Shell, Ecuador
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    # a headline's entity may swallow the noun it modifies ("Damascus Car Bomb Kills"): the word then
    text = ent.text if ent is not None and not ent.start <= tok.head.i < ent.end else tok.text
    if text.islower():
        return False  # "between rival clans": a common word is no place, whatever village bears it (Clans, France)
    if entities.resolver.demonym_country(text):
        # "a Russian airstrike" is Russia's: a demonym names a people, even where a town abroad
        # carries it among its alternate names (GeoNames lists "Russian" for a German village)
        return False
    hit = entities.gazetteer.lookup(text)
    if hit is None or hit.feature == "country":
        return False
    info = entities.resolver.resolve(text)
    # a capital names a place here ("the Paris attacks"), and so does a seat that stands for the
    # body it hosts ("the Brussels attacks": not the EU's); a person or group does not
    seat = getattr(info, "sector", None) == "IGO" and tok.ent_type_ == "GPE"  # not "NATO" (a Nato, Syria)
    return info is None or info.kind == "country" or seat


QUANTITY_NOUNS = frozenset("number total series wave string spate round barrage volley salvo flurry handful couple dozen hundred "
                            "some many all most part".split())
# Quantity nouns that stand for people on their own ("Hundreds protested"), unlike counts of acts
# ("a second wave struck")
PEOPLE_COUNTS = frozenset("couple dozen hundred thousand score handful some many all most".split())
CLAUSE_POS = ("VERB", "AUX")
NON_AGENTS = frozenset("statement report source communique release news agency".split())
# Verbs that raise the subject of a clause they hold: "the attack is believed to have been
# carried out by ...", "the raid was said to have been launched by ..."
RAISING_VERBS = frozenset("suspect believe think say report understand know assume presume".split())
# Verbs whose object "responsibility" or "credit" claims an act ("claimed responsibility",
# "took credit", "admitted responsibility"): the claimer is the act's doer. A denial names its
# doer too, told as denied ("the Taliban denied responsibility": factuality `denied`)
CLAIMING_VERBS = frozenset(("claim", "take", "accept", "admit", "assume"))
CLAIM_VERBS = CLAIMING_VERBS | {"deny"}
CLAIMED_NOUNS = frozenset(("responsibility", "credit"))  # what a claim of an act takes


def _governing_light_verb(tok):
    """For an event noun, the verb it is the object of ("launched strikes",
    "carried out a number of air strikes"), or None."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in QUANTITY_NOUNS:
        tok = tok.head.head
    head = tok.head
    if tok.dep_ in ("dobj", "obj") and head.pos_ in ("VERB", "AUX"):
        return head
    if tok.dep_ == "nsubjpass" and (head.lemma_.lower() in LIGHT_VERBS or head.lemma_.lower() == "claim"):
        return head  # "strikes were carried out by ...", "the attack was claimed by IS": the claimer
    if tok.dep_ == "nsubjpass" and head.lemma_.lower() in RAISING_VERBS:
        # "the strike was suspected to have been carried out by Russian planes": the light verb
        # of the raised clause says who did it
        return next((c for c in head.children if c.dep_ == "xcomp"
                     and (c.lemma_.lower() in LIGHT_VERBS or c.lemma_.lower() == "claim")), None)
    if tok.dep_ == "nsubj" and head.tag_ == "VBG" and head.dep_ == "ccomp" and head.head.lemma_.lower() == "claim" \
            and not children(head, "aux", "mark"):
        return head.head  # "IS claims the attack that hit a police station killing 17": misparsed as a clause
    if tok.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() == "go":
        return head.head  # "workers went on strike"
    headline_claim = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "VERB"
                           and c.lemma_.lower() == "claim" and any(s.ent_type_ in ("ORG", "NORP", "GPE")
                                                                   for s in children(c, "nsubj"))), None)
    if headline_claim is not None:
        return headline_claim  # "ISIS claims attack that killed 20" (the parse compounds the verb into its
        # object): a named group claims; "Survivor claims attack ... was racist" is a statement
    if tok.dep_ == "pobj" and head.lower_ == "for":
        holder = head.head
        if holder.lemma_.lower() in CLAIMED_NOUNS and holder.head.lemma_.lower() in CLAIM_VERBS \
                and not _claimed_by_none(holder.head):
            return holder.head  # "IS claimed responsibility for the attack": the claimer
        if holder.lemma_.lower() in CLAIM_VERBS and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CLAIMED_NOUNS for c in holder.children):
            return holder  # "IS took credit for the bombing": the parse hangs "for" on the verb
    return None


def _claimed_by_none(verb) -> bool:
    """"No group claimed responsibility", "the Taliban have not claimed responsibility": no claimer."""
    return bool(children(verb, "neg")) or any(
        s.lower_ in ("nobody", "none") or any(d.dep_ == "det" and d.lower_ == "no" for d in s.children)
        or (s.lower_ == "one" and any(d.lower_ == "no" for d in s.children)) for s in children(verb, *SUBJ))


def claimed_act(tok) -> bool:
    """Is the act noun `tok` told as claimed ("IS claimed the attack", "the attack was claimed by
    IS", "an attack claimed by IS", "took credit for the bombing")?"""
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "acl" and c.lemma_.lower() == "claim" and children(c, "agent") for c in tok.children):
        return True  # "in an attack claimed by the Islamic State group"
    verb = _governing_light_verb(tok)  # (not "took the attack seriously", "will not accept the attack")
    return verb is not None and verb.lemma_.lower() == "claim" and factuality_of(verb) == "asserted" \
        and not _claimed_by_none(verb)


# Verbs whose object is an act they report, judge, look into, urge, stop or live through, not one
# they do ("police are investigating a shooting", "the UN condemned an attack", "police reported a
# stabbing", "residents fled the shelling", "a video shows the killing"). Listed one by one: whole
# kinds of act would take in doers ("signed a truce", "declared a ceasefire", "confirmed the
# killing", "pressed the assault"), and perpetrators film their own acts.
ONLOOKER_VERBS = frozenset("""
    report say tell note write tweet post quote cite allege describe document record monitor cover recount verify
    investigate probe examine inspect track discover expose question challenge
    condemn denounce criticize criticise deplore decry lament regret slam censure blame accuse
    praise hail welcome mourn urge witness see hear show depict survive escape flee recall remember commemorate
    fear avenge foil thwart prevent avert repel repulse""".split())
# Verbs that a doer uses of its own act as often as others do of it: "the army confirmed the
# killing of 30 militants" names the doer, "the UN confirmed the killing of 30 civilians" does not
CONFIRMING_VERBS = frozenset(("confirm", "acknowledge"))


def _onlooker(verb, subject) -> bool:
    """Is the verb one whose subject only reports, judges, urges, stops or lives through its
    object's act? A confirmation is the doer's when an armed party (`AGENT_NOUNS`) confirms."""
    lemma = verb.lemma_.lower()
    return lemma in ONLOOKER_VERBS or (lemma in CONFIRMING_VERBS and subject.lemma_.lower() not in AGENT_NOUNS)


def _bare_participle_conjunct(verb) -> bool:
    """A past participle joined to an active verb, with no auxiliary and no object: a passive
    the parse hung on the wrong verb ("police cordoned off the dealership to investigate the death
    of its owner, who was found fatally shot"), never an act the active verb's subject also did
    ("arrested and charged him", "grabbed a rifle and fired", "approached him, attempted to rob
    him" share their subject)."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ in ("VBD", "VBZ", "VBP")
            and not children(verb.head, "cc")  # "grabbed a rifle and fired": joined by a conjunction, an act
            and not children(verb, "aux", "auxpass", "dobj", "obj", "nsubj", "nsubjpass", "xcomp", "ccomp"))


# Entity labels of a "when" or "where" phrase the parse may hang a relative clause on
_SETTING_ENTS = TIME_ENTS | {"GPE", "LOC", "FAC"}


def _relative_antecedent(verb):
    """The doer a relative clause's "which/that/who" stands for, where it could be one: "the
    attack in Kabul on Monday, which killed 15": the parse hangs the clause on "Monday", the
    phrase that says when (or where) of the noun it is about."""
    ante = verb.head
    for _ in range(MAX_SHARED_CLAUSE_HOPS):
        if ante.dep_ != "pobj" or ante.ent_type_ not in _SETTING_ENTS or ante.head.dep_ != "prep":
            break
        ante = ante.head.head
    return ante if _agentive(ante) and ante.ent_type_ not in TIME_ENTS else None


def _subject_of(verb):
    """Subject of a verb, climbing through clauses that share it: "vowed to strike"
    (xcomp), "attacked and seized" (conj), "attacked the town, killing five"
    (participle). Not through a complement clause: in "officials said five were
    killed" the officials did not kill."""
    seen = 0
    while verb is not None and seen < MAX_SHARED_CLAUSE_HOPS:
        if place_as_subject(verb):  # "struck positions near Sanaa killing 30": the striker
            verb, seen = verb.head.head if verb.dep_ == "pcomp" else verb.head, seen + 1
            continue
        subj = children(verb, *SUBJ)
        if subj and subj[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return _relative_antecedent(verb)  # "the attack that killed 11"
        if subj:
            return subj[0]
        agent = children(verb, "agent")
        if agent:
            pobj = children(agent[0], "pobj")
            if pobj:
                return pobj[0]
        if children(verb, *PASSIVE_SUBJ, "auxpass"):
            # a passive without "by": the doer is unstated, and a subject it shares with a joined
            # clause is what it was done to ("the man fled and was arrested")
            return None
        if verb.dep_ == "relcl":
            return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None
        described = described_subject(verb)
        if described is not None:
            return described
        if _passive_participle_clause(verb):
            return None  # "Five men appeared in court charged with disorder": they were charged
        shares = verb.dep_ in ("xcomp", "conj") or (verb.dep_ in ("advcl", "acl") and verb.tag_ in ("VBG", "VBN"))
        if shares and _bare_participle_conjunct(verb):
            return None  # "... cordoned off the dealership, [the owner] was found fatally shot": no doer shared
        if shares and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "say":
            return None  # "the Observatory said shelling on Sunday hit ...": "say" takes no act as its own
        if shares and verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in _SUFFERERS_VERBS \
                and not children(verb, "dobj", "obj", "prep"):
            return None
        if shares and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def _counted_people(tok) -> bool:
    """A bare number standing for people: "arrests 14", "Five killed, four injured"."""
    return tok.pos_ == "NUM" and tok.ent_type_ == "CARDINAL" and tok.dep_ != "nummod"


# Verbs of going off, told of the device with no object: "it blew up", "it exploded", "it went off"
GOING_OFF = frozenset(("explode", "blow", "detonate", "go"))


def _device_pronoun(verb, subj) -> bool:
    """Is the subject "it" of a device that went off ("when it blew up")? The device, no party."""
    return subj.lower_ == "it" and verb.lemma_.lower() in GOING_OFF and not children(verb, "dobj", "obj") \
        and (verb.lemma_.lower() in ("explode", "detonate") or any(c.dep_ == "prt" for c in verb.children))


def _verb_doers(head, args: Args) -> None:
    """A verb's actors: its subject (or the noun its relative clause modifies), its
    "by" agent, else the subject of a clause it shares one with. A bare number as subject
    with no object but counted people is a headline's counted victims ("Five killed"), not a doer."""
    subj = [] if place_as_subject(head) else children(head, *SUBJ)
    # "Five killed", "Five killed four injured": a headline's reduced passive ("Two stormed the
    # checkpoint", with an object that is no count, keeps its doers)
    victims = bool(subj) and _counted_people(subj[0]) and all(_counted_people(o) for o in children(head, "dobj", "obj"))
    if victims:
        args.targets.append(subj[0])
        subj = []
    elif subj and (headline_passive_of(head, subj[0]) or accused_subject(head)):
        args.targets.extend(with_conjuncts(subj[0]))
        return
    elif subj and (small_clause_passive(head, subj[0]) or elliptical_passive(head) or left_elliptical(head)):
        args.targets.extend(with_conjuncts(subj[0]))
        for agent in children(head, "agent"):
            args.actors.extend(t for p in children(agent, "pobj") for t in with_conjuncts(p))
        return
    if subj and _device_pronoun(head, subj[0]):
        args.instruments.append(subj[0])  # "the car was parked near a bus terminal when it blew up"
        subj = []
    if subj and subj[0].lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
        ante = _relative_antecedent(head)
        if ante is not None:
            args.actors.append(ante)
    elif subj:
        args.actors.extend(with_conjuncts(subj[0]))
    for agent in children(head, "agent"):
        for p in children(agent, "pobj"):
            args.actors.extend(with_conjuncts(p))
    if not args.actors and not victims:
        misplaced = modifier_as_object(head)  # "killed in regime shelling of Idlib"
        s = misplaced if misplaced is not None else _subject_of(head)
        if s is not None and s.lemma_.lower() not in RELATIVE_PRONOUNS and not _device_pronoun(s.head, s):
            args.actors.extend(with_conjuncts(s))


def _verb_objects(head, args: Args) -> None:
    """A verb's passive subjects are its targets; each object is a place, an
    instrument, a place noun naming a place, or a target. A place object is also a place hit
    ("shelled Aleppo", "bombed the city of Afrin")."""
    for p in children(head, *PASSIVE_SUBJ) or _shared_patient(head):
        for t in with_conjuncts(p):  # "rockets were fired": the means, as in "fired rockets"
            launched = head.lemma_.lower() in LAUNCH_VERBS and is_instrument(t) and not _fired_upon(head)
            (args.instruments if launched else args.targets).append(t)
    for o in children(head, "dobj", "obj") or _shared_objects(head) or _particle_objects(head):
        for t in with_conjuncts(o):
            _patient(t, args)


# Particles of violent phrasal verbs that the parse may take for prepositions
PARTICLES = frozenset(("down", "up", "off", "out"))


def _particle_objects(verb) -> list:
    """The object of a phrasal verb whose particle the parse took for a preposition: "burned down
    a church on Friday" (the church its "pobj"). Only where the verb with it is a listed act."""
    return [o for c in children(verb, "prep") if c.i == verb.i + 1 and c.lower_ in PARTICLES
            and f"{verb.lemma_.lower()} {c.lower_}" in LEXICON for o in children(c, "pobj")]


def _a_clause(t) -> bool:
    """A verb in a doer's slot is a clause ("what happened next"), not a party; a capitalised
    word the parse took for a verb with nothing of a clause under it is a name ("Trump on April
    5 threatened ...")."""
    return t.pos_ in CLAUSE_POS and not (t.text[:1].isupper() and not children(
        t, *SUBJ, *PASSIVE_SUBJ, "aux", "auxpass", "dobj", "obj", "mark", "ccomp", "xcomp"))


def _passive_participle_clause(verb) -> bool:
    """A past participle clause with no subject, object or "by" phrase of its own tells what its
    head clause's subject underwent: "Five men appeared in court charged with disorder",
    "Cornered in the town, the rebels surrendered" (an object says it is active: "..., killed
    12 people", which the parse may tag so)."""
    # ("Having protested for weeks, the students ...": a perfect, active)
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not children(
        verb, *SUBJ, *PASSIVE_SUBJ, "aux", "auxpass", "agent", "dobj", "obj")


def _shared_patient(verb) -> list:
    """A passive joined to a clause whose subject it shares suffers it: "the man fled and was
    arrested" (the man was arrested); so does a past participle clause ("appeared in court
    charged with disorder")."""
    if _passive_participle_clause(verb):
        return children(verb.head, "nsubj", *PASSIVE_SUBJ)
    if controller := passive_adjunct_sufferers(verb):
        return controller
    if verb.dep_ != "conj" or not children(verb, "auxpass") or children(verb, *SUBJ, *PASSIVE_SUBJ):
        return []
    shared = children(verb.head, "nsubj", *PASSIVE_SUBJ)  # "were kidnapped ... and were later killed"
    if shared and shared[0].lower_ in RELATIVE_PRONOUNS and verb.head.dep_ == "relcl":
        return [verb.head.head]  # "the man who fled and was arrested"
    return shared


def _shared_objects(verb) -> list:
    """The object a verb shares with the verb joined to it: "killed and wounded dozens of people"
    hangs the object on "wounded" only. None for a verb with a passive subject of its own, nor
    from a joined clause with its own subject ("Rebels attacked and police arrested ten suspects")."""
    if children(verb, *PASSIVE_SUBJ):
        return []
    return next((objs for c in children(verb, "conj") if c.pos_ == "VERB" and not children(c, *SUBJ)
                 and (objs := children(c, "dobj", "obj"))), [])


def _patient(t, args: Args) -> None:
    """What an act is done to, as its object names it: a place (where, and what was hit), a
    means, or a party; never a date or a figure that counts no one ("the massacre of 1982"; "the
    killing of 30" counts people)."""
    if is_place(t):
        args.place_tokens.append(t)
        args.places_hit.append(t)
    elif is_instrument(t):
        args.instruments.append(t)
    elif t.lemma_.lower() in PLACE_NOUNS:
        args.place_tokens.extend(named_place_of(t))
        args.places_hit.append(t)  # "bombed the city of Afrin"
    elif _an_act(t):
        return  # "fought gun battles", "waged attacks": the act named again, done to no one
    elif counted := _people_counted(t):
        for g in counted:  # "killed dozens of civilians": the civilians
            _patient(g, args)
    elif t.ent_type_ not in NON_ARGUMENT_ENTS or _counted_people(t):
        args.targets.append(t)
        _facility_town(t, args)


def _facility_town(t, args: Args) -> None:
    """A facility hit, named by its town ("struck the Kabul airport"): the town is a place."""
    if t.lemma_.lower() in TOWN_NAMED_FACILITIES:
        args.place_tokens.extend(p for p in named_place_of(t) if p not in args.place_tokens)


# Verbs whose passive subject is what was sent, not who was hit ("rockets were fired", "bombs
# were dropped"); "a helicopter was shot down" was hit
LAUNCH_VERBS = frozenset(("fire", "launch", "lob", "drop", "hurl", "throw"))


def _fired_upon(verb) -> bool:
    """"A US drone was fired upon", "an Israeli tank was fired at": a preposition left without its
    object says the passive subject was what was shot at."""
    return any(p.lower_ in ("at", "on", "upon") and not children(p, "pobj") for p in children(verb, "prep"))


def _an_act(t) -> bool:
    """Is the object a noun that names an attack of the lexicon ("battles", "attacks"; not "an aid convoy")?"""
    entry = LEXICON.get(t.lemma_.lower())
    return t.pos_ == "NOUN" and entry is not None and "N" in entry.pos and entry.type == "ASSAULT"


def _people_counted(t) -> list:
    """The people a quantity noun counts ("dozens of civilians": civilians), else none."""
    return _counted_by(t) if t.lemma_.lower() in PEOPLE_COUNTS else []


def _counted_by(t) -> list:
    """What a quantity noun's "of" phrase counts ("dozens of civilians": civilians)."""
    return [g for p in children(t, "prep") if p.lower_ == "of" for g in children(p, "pobj")]


def _mutual_parties(head, args: Args, entities) -> None:
    """The sides of a fight (`side_phrases`): "between X and Y" (X acts, Y is the opponent; one
    plural side, "between rival militias", is the actor), or the verb's "with Y" ("clashed with
    rebels")."""
    for prep in side_phrases(head):
        # "clashes between Homs and Hama": places, no sides ("between Israel and Hamas": a state is one)
        sides = [t for o in children(prep, "pobj") for t in with_conjuncts(o)
                 if not is_place_name(t, entities) and t.ent_type_ not in NON_ARGUMENT_ENTS
                 and t.lemma_.lower() not in TIME_NOUNS]  # "between midnight and dawn": when
        if prep.lower_ == "between" and sides and not args.actors:
            args.actors.append(sides[0])
            args.targets.extend(sides[1:])
        elif prep.lower_ == "with" and head.pos_ == "VERB" and sides and not is_instrument(sides[0]):
            args.targets.extend(sides)


# Acts named by what someone undergoes: their possessive is that person ("Barnett's arrest", "his
# murder"), unless an "of" phrase names who underwent it ("Russia's arrest of the journalist")
PATIENT_NOUNS = frozenset("arrest detention release killing murder assassination execution death kidnapping "
                          "abduction capture trial conviction sentencing extradition deportation imprisonment "
                          "torture beheading disappearance".split())


# Acts named by a noun whose "of" phrase is what they are done to, as the verb's object would be:
# "the bombing of a hospital", "the arrest of a journalist", "the shelling of Douma"
DONE_TO_NOUNS = PATIENT_NOUNS | frozenset("bombing shelling shooting stabbing massacre siege bombardment blockade "
                                          "invasion storming destruction looting burning targeting persecution "
                                          "expulsion eviction demolition".split())


def _modifiers(head) -> list:
    """The event noun's dependents, and those of a common noun compounded into its name:
    "regime air strikes" parses "regime" under "air", a word of the trigger "air strikes"."""
    out = list(head.children)
    for c in head.children:
        if c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_ and c.i < head.i:
            out += [g for g in c.children if g.dep_ in ("amod", "compound", "nmod", "poss")]
    return [c for c in out if stance_words(c) is None]  # "anti-government rallies": not the government's


def _noun_arguments(head, args: Args, entities) -> None:
    """An event noun's actors (possessive, named modifier, "by" phrase, a participle naming
    its doer, the subject of its light verb), its "of" instruments ("a barrage of rockets") and,
    for an act done to someone, its "of" patient ("the bombing of a hospital": `_patient`)."""
    undergone = head.lemma_.lower() in PATIENT_NOUNS and not any(p.lower_ == "of" for p in children(head, "prep"))
    modifiers = _modifiers(head)
    args.targets.extend(c for c in head.children if opposed_party(c))  # "anti-government rallies"
    for c in modifiers:
        if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"):
            continue  # "Sunday's bombing", "Friday's arrest": when, neither who nor whom
        if c.dep_ == "poss":
            # "Barnett's arrest", "his murder": who underwent it; "Russia's strikes": who did it
            (args.targets if undergone else args.actors).extend(with_conjuncts(c))
        elif c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ACTOR_MODIFIER_ENTS or c.pos_ == "PROPN") \
                and c.ent_type_ not in NON_ARGUMENT_ENTS and not misnamed_adjective(c, entities):  # "a Friday blast": when
            if c.text.isupper() and not c.ent_type_ and entities.resolver.resolve(c.text) is None:
                continue  # an acronym that names the thing ("the New START treaty"): no Start, Louisiana, nor a party
            # "Paris attacks": a town is where, not who
            (args.place_tokens if is_place_name(c, entities) or named_street(c) else args.actors).append(c)
    if not args.actors:
        args.actors.extend(c for c in modifiers if _is_agent_modifier(c, entities))
    if not args.actors:
        args.actors.extend(c for c in modifiers if led_by(c))
    for prep in children(head, "prep"):
        if prep.lower_ == "by":
            for p in children(prep, "pobj"):
                args.actors.extend(with_conjuncts(p))
        elif prep.lower_ == "of":
            for p in children(prep, "pobj"):
                if is_instrument(p):
                    args.instruments.append(p)
                elif head.lemma_.lower() in DONE_TO_NOUNS:
                    for t in with_conjuncts(p):
                        _patient(t, args)  # "the bombing of a hospital", "the shelling of the town"
    if not args.actors:
        args.actors.extend(_misplaced_agents(head))
    undergone_arguments(head, args)
    if not args.actors:
        args.actors.extend(participle_doers(head) or held_responsible(head))
    if not args.actors:
        verb = _governing_light_verb(head)
        if verb is not None:
            s = _subject_of(verb)
            if s is not None and s.i != head.i and not _onlooker(verb, s):
                args.actors.extend(with_conjuncts(s))


def _misplaced_agents(head) -> list:
    """"An attack on the base by Taliban fighters": the parse hangs the act's "by" phrase on its
    target; a party there (`a_party`, not "the base by the river") is the act's doer."""
    return [q for prep in children(head, "prep") if prep.lower_ in TARGET_PREPS + ("of",)
            for p in children(prep, "pobj") for by in children(p, "prep") if by.lower_ == "by"
            for q in children(by, "pobj") if a_party(q)]


# Sectors of a common-noun modifier that name the sufferers, never the doer: "civilian deaths"
SUFFERER_SECTORS = frozenset(("CVL",))


def _is_agent_modifier(tok, entities) -> bool:
    """A common noun or adjective before an event noun that the actor lexicon knows as a
    party: "a rebel mortar attack", "terrorist attacks", "an army offensive", "student protests".
    Asked only where no named modifier acts; a weapon ("drone strike") is the means."""
    if tok.dep_ not in ("amod", "compound", "nmod") or tok.pos_ not in ("NOUN", "ADJ") or is_instrument(tok):
        return False
    info = entities.resolver.resolve(tok.text) if entities.resolver is not None else None
    return info is not None and getattr(info, "kind", None) in ("agent", "group") \
        and getattr(info, "sector", None) not in SUFFERER_SECTORS


def _prepositional_arguments(holder, args: Args) -> None:
    """Instruments, places and targets in the prepositional phrases of the trigger
    (or of its light verb): "with missiles", "in Raqqa", "on IS positions", "to the UN"."""
    for prep in children(holder, "prep"):
        p_low = prep.lower_
        for p in children(prep, "pobj"):
            for t in with_conjuncts(p):
                if p_low in INSTRUMENT_PREPS and is_instrument(t):
                    args.instruments.append(t)
                elif is_place(t) and p_low in PLACE_PREPS and p_low != "from":
                    args.place_tokens.append(t)
                    if p_low in HIT_PREPS and not named_street(t):  # "a shooting on Main Street": where
                        args.places_hit.append(t)
                elif t.lemma_.lower() in PLACE_NOUNS and p_low in PLACE_PREPS:
                    args.place_tokens.extend(named_place_of(t))
                    if p_low in HIT_PREPS:
                        args.places_hit.append(t)  # "an attack on regime-held districts"
                elif (p_low in TARGET_PREPS or (p_low == "to" and holder.lemma_.lower() in ADDRESSEE_VERBS)) \
                        and t not in args.actors and not opens_with_a_time(p):
                    if counted := _people_counted(t):
                        for g in counted:  # "fired tear gas at thousands of protesters", "at dozens of towns"
                            _patient(g, args)
                    elif t.ent_type_ not in NON_ARGUMENT_ENTS and t.lemma_.lower() not in GROUND_NOUNS:
                        args.targets.append(t)
                        _facility_town(t, args)  # "an attack on the Mosul airport"


# Parses deeper than this are run-ons: `clause_depth` stops counting.
MAX_DEPTH_HOPS = 12


def clause_depth(tok) -> int:
    """Clause depth of a token: hops to the root that embed it, not counting
    prepositions, coordination, "a number of", or "officials said" around a report."""
    d = steps = 0
    while tok.head.i != tok.i and steps < MAX_DEPTH_HOPS:
        dep, head = tok.dep_, tok.head
        free = (dep in ("prep", "agent", "conj", "cc", "punct")
                or (dep == "pobj" and head.lower_ in ("of", "by"))
                or tok.lemma_.lower() in QUANTITY_NOUNS
                or (dep == "ccomp" and head.lemma_.lower() in REPORTING_VERBS))
        d += 0 if free else 1
        tok, steps = head, steps + 1
    return d


def _no_one(tok) -> bool:
    """"No one", "nobody", "no group", "none of them": names no party ("No one has claimed
    responsibility for the blast")."""
    return tok.lower_ in ("nobody", "none", "noone") or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _through_quantities(actors: list) -> list:
    """A doer named by a quantity is what it counts: "a number of militants attacked" (the
    militants); "a series of strikes by a US-led coalition killed 14" (the coalition, the
    strikes being no party). A count of acts with no "by" names no doer; a count of nothing
    named ("Hundreds protested") stays the doer."""
    out = []
    for t in actors:
        if t.lemma_.lower() not in QUANTITY_NOUNS:
            out.append(t)
            continue
        counted = _counted_by(t)
        if not counted:
            if t.lemma_.lower() in PEOPLE_COUNTS:
                out.append(t)  # "Hundreds protested", "Dozens stormed the embassy": the people counted
        elif not any(g.lemma_.lower() in LEXICON for g in counted):
            out += counted
        else:
            out += [a for p in children(t, "prep", "agent") if p.lower_ == "by" for a in children(p, "pobj")]
    return list({t.i: t for t in out}.values())


def _noun_as_verb(head) -> bool:
    """A headline's verb tagged as a noun, as its subject and object show: "Police arrest man in
    connection with stabbing" (arrest: NN, with an nsubj and a dobj). A noun takes neither."""
    return head.pos_ == "NOUN" and bool(children(head, "nsubj")) and bool(children(head, "dobj"))


def find_arguments(head, entities) -> Args:
    """Actors, targets, instruments and place candidates of the trigger whose head
    token is `head`; `entities` is the document's `DocEntities`."""
    args = Args()
    if head.pos_ == "VERB" or _noun_as_verb(head):
        _verb_doers(head, args)
        _verb_objects(head, args)
        if not args.actors:
            args.actors.extend(doers_of_the_moment(head, entities))
    else:
        _noun_arguments(head, args, entities)
    _mutual_parties(head, args, entities)
    holders = [head]
    lv = _governing_light_verb(head) if head.pos_ != "VERB" else None
    if lv is not None:
        holders.append(lv)
    if head.pos_ == "VERB" and (head.lemma_.lower() not in ONLOOKER_VERBS or head.lemma_.lower() == "blame"):
        # "imposed sanctions on Russia", "opened fire on protesters": the parse may hang the
        # phrase on the act's noun, the verb's object (not a reaction's: "condemned the attack on
        # the embassy" is done to no embassy; but "blamed the attack on Hezbollah" accuses Hezbollah)
        holders += [o for o in children(head, "dobj", "obj") if o.lemma_.lower() in LEXICON]
    for h in holders:
        _prepositional_arguments(h, args)
        participle_instruments(h, head, args)
        hands = idiom_hands(h)
        args.actors += [t for t in hands_of(hands) if t not in args.actors]
        args.targets = [t for t in args.targets if t not in hands]
    for o in left_harmed(head):  # "the bombing left three soldiers dead": the soldiers suffered it
        for t in with_conjuncts(o):
            # "five dead and 12 wounded": a bare count names no one; nor does a stray symbol
            if t.pos_ in ("NOUN", "PROPN", "PRON") and t not in args.targets:
                _patient(t, args)
    instruments_to_doers(args, entities, lambda t: is_place_name(t, entities))
    args.actors = _through_quantities(args.actors)
    # a verb standing as a doer is a misparse ("exploiting", "comprising"): a clause acts on no one
    args.actors = [t for t in args.actors if t.lemma_.lower() not in NON_AGENTS and t.lower_ not in NON_REFERRING
                   and (not _a_clause(t) or (led_by(t) and t.head.i == head.i)) and not _no_one(t)
                   and not half_of_a_name(t, entities.resolver)
                   and not place_conjoined(t) and t.ent_type_ not in TIME_ENTS]
    args.targets = [t for t in args.targets if t.lower_ not in NON_REFERRING and not stranded_speaker(t)
                    and not generic_target(t) and not headline_credit(t) and t.ent_type_ not in TIME_ENTS
                    # a street where it happened, not one held ("seized the Kabul-Kandahar Highway")
                    and not (named_street(t) and t.dep_ not in ("dobj", "obj"))
                    and not (t.lemma_.lower() in TIME_NOUNS and t.pos_ != "PROPN")]  # "Dawn", the paper, is one
    return args
