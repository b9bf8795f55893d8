"""Find event triggers in a parsed document: lexicon lookup guarded by syntax.

A trigger is a verb or event noun whose lemma (or lemma + particle/object/compound)
is in the lexicon. Guards drop senses that are not events ("fire broke out" in a
factory is an accident, "hold" needs a person object, reporting verbs never trigger).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import EventType
from ..nlp.person_nouns import PERSON_NOUNS, PERSON_SUFFIXES
from ..nlp.syntax import OUTLAWING, children, hyphened_to, imperative, opens_with_a_time, prep_child
from .accidents import accidental_explosion
from .bookings import booked, caught
from .munition_verbs import LAUNCHED_MUNITIONS, munition_if_needed
from .noun_parties import AGENT_NOUNS
from .everyday_senses import everyday_sense
from .envoys import envoy_summoned, envoys_expelled, ordered_out
from .instruments import modifiers, party_fire
from .labour_strikes import labour_strike
from .passives import criminal_charges
from .undergoing import attacked_as_subject, gunfire_undergone
from .private_violence import hitter
from .releases import released_no_one
from .speech_senses import a_question, no_pledge, speech_withheld
from .lexicon import (ACCIDENT_AGENTS, ACCIDENT_WORDS, LEXICON, MISFORTUNES, VERB_SENSES, NATURAL_WORDS,
                      REPORTING_VERBS, WEAPON_WORDS, Trigger)

_SKIP_ENTS = {"PERSON", "ORG", "GPE", "NORP", "DATE", "TIME", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT"}
_AID_OBJECTS = {"aid", "food", "supply", "medicine", "assistance", "help", "relief", "water", "fuel",
                "tent", "blanket", "shelter", "money", "fund", "grant", "loan", "convoy", "vaccine",
                "equipment", "support", "ton", "tonne"}
_TROOP_OBJECTS = {"troop", "soldier", "force", "reinforcement", "warship", "ship", "jet", "bomber",
                  "unit", "battalion", "brigade", "division", "tank", "personnel", "marine", "army"}
_PERSON_OBJECTS = {"prisoner", "hostage", "civilian", "people", "refugee", "activist", "journalist",
                   "detainee", "captive", "worker", "student", "child", "woman", "man", "soldier",
                   "protester", "member", "citizen", "resident", "migrant"}
# Craft whose launch "at" someone is an air attack ("launched 40 drones at Kyiv")
_LAUNCHED_AIRCRAFT = {"drone", "uav"}
# A launch done to someone or somewhere: "at Kyiv", "into northern Israel", "across Ukraine"; a rocket
# "from Cape Canaveral" is none
_LAUNCH_TARGET_PREPS = {"at", "on", "against", "toward", "towards", "into", "over", "across"}
# What a launch goes to that is no one: a test missile "into the sea", "on a lofted trajectory"
_NO_LAUNCH_TARGETS = frozenset("sea ocean waters water orbit space trajectory sky air".split())
# Words that make "on ..." a time, not a target ("launched a missile on Thursday")
_WHEN_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                        "june july august september october november december day night morning evening afternoon "
                        "weekend week date occasion".split())
# Objects that make "drop" an air attack ("dropped barrel bombs"), not a fall or a cancellation
_DROPPED = {"bomb", "barrel", "munition", "explosive", "missile", "shell", "container", "canister", "payload", "ordnance"}
_BACKED = {"dobj", "agent", "nsubjpass", "ccomp", "xcomp"}  # whom or what "back" supports
# Modifiers that make a convoy an armed party on the move, not aid ("a military convoy")
_ARMED_MARKERS = {"military", "army", "police", "security", "armored", "armoured", "troop", "militia", "rebel"}
# Acts done to a convoy that make it their target, not aid ("ambushed a convoy")
_ATTACK_LEMMAS = {"ambush", "attack", "strike", "hit", "target", "bomb", "shell", "fire", "raid"}
# Objects of "withdraw" that are money, not troops
_MONEY_WORDS = {"money", "cash", "fund", "saving", "dollar", "deposit", "$"}
# What "demonstrate" has when it means "show" (an object, a passive subject, a clause), unless
# protesters show it or what is shown is a stance ("protesters demonstrated their anger outside
# parliament", "thousands of farmers demonstrated their opposition to the law")
_SHOWN = {"dobj", "obj", "nsubjpass", "ccomp"}
PROTESTERS = frozenset("protester protestor demonstrator crowd activist marcher".split())
STANCES = frozenset("anger opposition solidarity outrage discontent frustration fury defiance".split())
_CROWD_COUNTS = frozenset("thousand hundred dozen million".split())  # "thousands of X": X demonstrated
# What a statement or a decision is "met with"
_REACTIONS = {"shock", "surprise", "anger", "outrage", "applause", "cheer", "tear", "hope", "silence", "skepticism",
              "scepticism", "criticism", "condemnation", "resistance", "dismay", "disbelief", "derision", "laughter",
              "relief", "joy", "concern", "alarm", "fury", "indifference", "praise", "approval", "suspicion", "scorn",
              "opposition", "protest", "backlash", "acclaim", "enthusiasm", "defiance"}
# Verbs that make a noun a description of their subject ("remains a threat")
_COPULAS = {"be", "remain", "become", "seem", "stay"}


def _reaction_of(tok) -> bool:
    """Is what "met" the subject a reaction ("with shock", "by hope, tears and applause"), no party?"""
    for prep in tok.children:
        if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "with"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in _REACTIONS:
                return True
    return False


# What a state recalls when it reduces relations: its envoys, its staff, its troops
_RECALLED = {"ambassador", "envoy", "diplomat", "consul", "representative", "attache", "mission", "staff",
             "delegation"} | _TROOP_OBJECTS
_DENIED_STATEMENTS = {"report", "claim", "allegation", "accusation", "involvement", "responsibility", "charge",
                      "rumor", "rumour", "that", "it", "this", "story", "link", "role", "use"}


@dataclass
class TriggerHit:
    start: int  # token index (inclusive)
    end: int  # token index (exclusive)
    head: int  # token index of the syntactic head of the trigger
    entry: Trigger
    key: str


def _obj(tok):
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "attr"):
            return c
    return None


def _sentence_lemmas(sent) -> set[str]:
    return {t.lemma_.lower() for t in sent}


# Heads no violence can be done to: ideas, texts, measures and records ("attacked the plan", "the
# bill was killed", "an attack on corruption", "shot down the proposal")
ABSTRACT_HEADS = frozenset("""
    plan proposal bill idea policy law decision report claim deal agreement measure motion budget reform
    initiative legislation corruption notion argument criticism rumour rumor strategy scheme theory tax tariff
    rule regulation ruling verdict candidacy nomination reputation credibility view comment remark statement
    speech book film article narrative myth
    cancer disease illness addiction leukemia leukaemia tumor tumour infection obesity depression diabetes
    pneumonia flu virus""".split())  # an ill "battled" or "fought" is no party
# Quantities that rise and fall: they "explode" or "crash" with no one hurt ("prices exploded")
QUANTITY_SUBJECTS = frozenset("price share stock market sale cost inflation demand currency rate value index".split())
# What firefighters "fight", "attack" and "battle": a fire is no party
FIRE_HEADS = frozenset("fire flame blaze wildfire inferno".split())
FIRE_FIGHTING = frozenset("fight attack battle".split())


# Kinds of act whose words are used figuratively of ideas and quantities
_VIOLENCE = frozenset((EventType.ASSAULT, EventType.CRIME, EventType.INCIDENT))


def _armed_or_attacked(tok) -> bool:
    """A noun modified as armed ("a military convoy") or what an attack is done to ("ambushed a
    convoy", "an attack on a convoy")."""
    if any(c.lemma_.lower() in _ARMED_MARKERS for c in tok.children if c.dep_ in ("amod", "compound")):
        return True
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj", "nsubjpass") and head.lemma_.lower() in _ATTACK_LEMMAS


def _fired_on(tok) -> bool:
    """What an attack is done to ("ambushed a patrol", "an attack on a patrol", "a patrol
    ambushed in Sinai"), "open fire" included ("opened fire on an army patrol"), or one that came
    under an attack ("the patrol came under fire from rebels")."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    # a subject is attacked where its verb is a passive with an attacker: "Patrol attacked by mob"
    undergoes = tok.dep_ in ("dobj", "pobj") or (tok.dep_ in ("nsubj", "nsubjpass")
                                                 and any(c.dep_ == "agent" for c in head.children))
    return attacked_as_subject(tok) or (undergoes and (
        head.lemma_.lower() in _ATTACK_LEMMAS
        or (head.lemma_.lower() == "open" and any(c.lemma_.lower() == "fire" for c in head.children)))) \
        or any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _ATTACK_LEMMAS
               for c in tok.children)  # a headline's "Army patrol ambushed in Sinai"


# What a fight "over ..." may be over that makes it shots: a place, a stake held by force, or a
# stretch of time ("over the border", "over control of a route", "over a land dispute", "over
# several hours"); anything else is a matter of debate ("traded fire over tax policy")
_FOUGHT_OVER = frozenset("""border frontier line boundary river city town village area sea skies sky control dispute
    land lands territory route routes well wells field fields mine mines road checkpoint hill post base
    hour hours night nights day days weekend week weeks morning evening""".split())


def _over_a_topic(verb) -> bool:
    """Is there an "over" phrase on the verb that names a matter of debate, not a place, a
    stake held by force or a time (`_FOUGHT_OVER`)?"""
    return any(p.dep_ == "pobj" and p.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
               and p.lemma_.lower() not in _FOUGHT_OVER and not opens_with_a_time(p)
               for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("over", "about") for p in prep.children)


def _figurative(tok, entry: Trigger, obj, subj) -> bool:
    """A word of violence used of no one (issue 13 class 6, metaphors): what it is done to is an
    idea, a text or an ill, or a fire fought, or what "explodes" is a quantity."""
    if entry.type not in _VIOLENCE:
        return False
    if everyday_sense(tok, obj):
        return True  # "a heart attack", "a battle with cancer", "Kuhl fired Reams", "beat Ismaili 1-0"
    patients = [obj] if obj is not None else []
    patients += [c for c in tok.children if c.dep_ == "nsubjpass"]
    # "on Wednesday": a day, not what it is done to (`opens_with_a_time`)
    patients += [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
                 for p in prep.children if p.dep_ == "pobj" and not opens_with_a_time(p)]
    if tok.lemma_.lower() in ("exchange", "trade") and _over_a_topic(tok):
        return True  # "the candidates traded fire over tax policy": words, not shots
    if any(p.lemma_.lower() in ABSTRACT_HEADS for p in patients):
        return True
    if tok.lemma_.lower() in FIRE_FIGHTING and any(p.lemma_.lower() in FIRE_HEADS for p in patients):
        return True  # "fighting the fire", "an attack on the flames" ("opened fire" is the shooting itself)
    if tok.lemma_.lower() in STRIVING and not _armed(subj) and any(
            x.lemma_.lower() not in COMBAT_AIMS for x in children(tok, "xcomp")):
        return True  # "the opposition is battling to oust the president": striving ("fighting to take the town" fights)
    return subj is not None and subj.dep_ == "nsubj" and subj.lemma_.lower() in QUANTITY_SUBJECTS


# Verbs of combat that, with an infinitive after them, also say someone strives: "battling to oust a rival"
STRIVING = frozenset(("battle", "fight", "struggle"))
# What fighting is for when it is combat: "the SDF are fighting to take the town"
COMBAT_AIMS = frozenset("""take retake capture recapture seize control hold defend repel break enter storm regain
push drive clear reach liberate encircle advance expel""".split())


def _armed(subj) -> bool:
    """Is the subject an armed party ("rebels", "troops", "Taliban fighters") or a name, which may be one?"""
    return subj is not None and (subj.lemma_.lower() in AGENT_NOUNS or subj.ent_type_ in ("ORG", "NORP", "GPE"))


# What is "captured" or "seized" when nothing is taken by force: a prize won, a mood or an image
# recorded, a share gained
_WON_OR_RECORDED = frozenset("""
    title championship crown trophy award prize medal cup pennant victory win lead imagination attention
    excitement essence spirit mood moment atmosphere heat energy carbon market share vote nomination""".split())


# What a weather word is made of when it stands for fire: weapons and their rounds
MUNITION_WORDS = WEAPON_WORDS | frozenset(("round", "gunfire", "fire"))


# Weapons whose "fire" is shooting, not a blaze ("mortar fire"; not a fuel "tank fire", nor a "gun
# store fire": gunfire is written as one word)
FIRING_WEAPONS = frozenset("mortar artillery rocket missile rifle sniper machine-gun machinegun".split())


def _of_munitions(tok) -> bool:
    """"A hail of bullets", "a rain of rockets": weather words for fire, by their "of" phrase;
    "mortar fire", "rocket and sniper fire": fire by the weapon that modifies it; "Israeli fire",
    "rebel fire": fire by an armed party, gunfire, not a blaze."""
    return any(p.lemma_.lower() in MUNITION_WORDS
               for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj") \
        or any(m.lemma_.lower() in FIRING_WEAPONS for m in modifiers(tok)) or party_fire(tok)


# What a camera or a film "captures": a record, unless armed men take it ("captured the heart of
# Mosul"); police and soldiers "seize" images and data as evidence, which is an event
_RECORDED = frozenset("footage image picture photo photograph video heart".split())
_ARMED_SUBJECTS = frozenset("rebel troop force army fighter militant soldier police insurgent jihadist militia "
                            "gunman group".split())
# What is "executed" in the sense of carried out, not put to death ("executed the plan"); a
# warrant executed is police coercion (`_sense_by_object` retypes it)
_CARRIED_OUT = frozenset("""plan project order contract strategy program programme deal policy command task
mission will trade transaction agreement document maneuver manoeuvre move scheme decision""".split())
# Texts whose provisions "call for" something: the content of a deal, not a request made
# ("The deal also calls for the city to pay damages"); a resolution is left out, a council's act,
# and so is an initiative, the last word of many bodies' names ("the Global Initiative urged")
_PROVIDING_TEXTS = frozenset("""deal agreement plan proposal settlement accord bill law legislation draft measure
treaty budget contract framework roadmap blueprint""".split())
_CALLING = frozenset(("call for", "call on", "call upon", "urge", "demand"))
# What a state or a body severs ("severed ties with Qatar", "relations were severed", "severed its alliance")
_TIES = frozenset("""tie relation relationship link contact connection communication cooperation alliance
dealing deal partnership agreement contract membership affiliation business trade""".split())


# What is thrown at people in a riot or an attack ("hurled Molotov cocktails at police",
# "threw stones at soldiers", "a grenade was thrown into the crowd")
PROJECTILES = frozenset("stone rock brick bottle cocktail molotov firebomb grenade bomb petrol canister "
                        "explosive acid".split())
# Those whose thrown stones are a riot, not an attack by an armed party
CROWD_SUBJECTS = frozenset("protester demonstrator rioter crowd youth student mob".split())
# Collective nouns that name a crowd in the singular ("a mob"; "a youth" is one person)
CROWD_NOUNS = frozenset(("crowd", "mob"))


def _sense_by_object(tok, lemma: str, obj, subj, entry: Trigger) -> Trigger | None:
    """Verbs whose object says whether they are an act at all, or which act: summoning an envoy is
    a protest ("summoned the courage": none); facing criminal charges an accusation ("face higher
    charges for electricity": fees); executing a warrant a police search, no killing."""
    if lemma == "summon":
        return entry if envoy_summoned(tok, obj, subj) else None
    if lemma in ("execute", "execution"):  # "executed a search warrant": a police search
        return Trigger(EventType.COERCE, None, "170", ("legal",), "V")
    return entry if obj is not None and criminal_charges(obj) else None


# Burning: a crowd's is a riot, as its thrown stones are
ARSON_KEYS = frozenset(("set fire", "burn", "burn down", "torch", "firebomb"))
# Projectiles that explode: an attack with explosives
EXPLODING = frozenset(("grenade", "bomb", "firebomb", "explosive"))
# What a projectile is thrown at or into when it is thrown at someone ("into the crowd", not "into the river")
THROWN_AT_PREPS = frozenset(("at", "on", "toward", "towards", "into"))
# Where a thrown thing lands that is no one: "into the river", "on the ground"
_NOT_AIMED_AT = frozenset("river sea lake water ground floor air street road field bin fire".split())


def _thrown_at(tok, obj, obj_lemma: str | None, subj_lemma: str | None) -> Trigger | None:
    """"hurl"/"throw" is violence only with a projectile thrown at someone: a riot where a crowd
    throws it, else an attack ("threw a grenade at a patrol"); "threw a party", "threw his support
    behind", "threw bottles of water to migrants", "threw stones into the river" are none."""
    if obj is None or not ({obj_lemma} | {c.lower_ for c in children(obj, "compound", "amod")}) & PROJECTILES:
        return None
    aimed = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in THROWN_AT_PREPS
             for p in c.children if p.dep_ == "pobj"]
    if not any(p.pos_ in ("PROPN", "PRON") or p.ent_type_ or p.lemma_.lower() not in _NOT_AIMED_AT for p in aimed):
        return None
    if subj_lemma in CROWD_SUBJECTS:
        return Trigger(EventType.PROTEST, "riot", "145", (), "V")
    if obj_lemma in EXPLODING:
        return Trigger(EventType.ASSAULT, "explosives", "183", (), "V")
    return Trigger(EventType.ASSAULT, "beat", "182", (), "V")


def _launched(nxt) -> bool:
    """"Blasts off" as a launch: a particle, or a headline's "Off" followed by where to or from, or
    by nothing ("Blasts Off to Space Station"; "Blast Off Coast Of Yemen" is a blast off the coast)."""
    if nxt.dep_ == "prt":
        return True
    after = nxt.doc[nxt.i + 1] if nxt.i + 1 < len(nxt.doc) else None
    return nxt.text == "Off" and (after is None or after.is_punct or after.lower_ in ("to", "from", "for", "toward"))


# What is met in the sense of satisfied, not of a meeting ("meets the standards", "met the target")
_MET_STANDARDS = frozenset("idea standard requirement need criterion criteria target goal expectation deadline "
                           "condition threshold definition obligation cost quota benchmark".split())


# Entities that may be pressed into doing something
_PARTY_ENTS = frozenset(("ORG", "GPE", "NORP"))  # not a person: "officers pressed Floyd into the pavement"
# What one runs for, not asks for: "seeking his fourth term"
_SOUGHT_OFFICES = frozenset("term reelection re-election office nomination seat presidency mandate".split())


def _non_event_sense(tok, lemma: str, obj_lemma: str | None, subj_lemma: str | None) -> bool:
    """A trigger word used in a sense that is no event (issue 13 class 6): a question, a memory,
    a bank withdrawal, a reaction, a description, "demonstrated" meaning showed, "is committed
    to" meaning dedicated, "talk of" meaning speculation."""
    if lemma == "ask" and tok.pos_ == "VERB" and a_question(tok, obj_lemma):
        return True  # "asked about her health", "asked him if he was happy", "he asked.": not a request
    if lemma == "withdraw" and (obj_lemma in _MONEY_WORDS or any(c.ent_type_ == "MONEY" for c in tok.children)):
        return True  # "withdrew $1,273 from her account": a bank withdrawal, not a retreat
    if lemma == "meet" and any(c.dep_ == "nsubjpass" for c in tok.children) and _reaction_of(tok):
        return True  # "the words were met with shock / by applause": a reaction, not a meeting
    if lemma == "meet" and obj_lemma in _MET_STANDARDS:
        return True  # "the prison meets its idea of revitalisation", "met the deadline": satisfied, no meeting
    if lemma == "threat" and tok.dep_ == "attr" and tok.head.lemma_.lower() in _COPULAS:
        return True  # "remains a threat", "is a threat to peace": a description, not a threat made
    if lemma == "recall" and not ({obj_lemma, subj_lemma if tok.tag_ == "VBN" else None} & _RECALLED):
        return True  # "recall the last memory", "recalling the two occasions": remembering, not a sanction
    if lemma == "convoy" and _armed_or_attacked(tok):
        return True  # a military convoy, or one ambushed, is a party on the move, not aid
    if lemma == "patrol" and tok.pos_ == "NOUN" and _fired_on(tok):
        return True  # "opened fire on an army patrol", "ambushed a patrol": a party attacked
    if lemma in ("back", "back up") and tok.pos_ == "VERB" and not any(c.dep_ in _BACKED for c in tok.children):
        return True  # "a neighbor backing up", "backed out of the driveway": backed no one
    if lemma == "demonstrate" and any(c.dep_ in _SHOWN for c in tok.children) and not _protesting(tok, obj_lemma):
        return True  # "demonstrated its resolve", "as was demonstrated by our decision": showed, no protest
    if lemma == "commit" and (any(c.dep_ == "auxpass" for c in tok.children) or tok.tag_ == "JJ"):
        return True  # "is committed to a fair investigation": dedicated, no commitment made
    if lemma == "talk" and tok.pos_ == "NOUN" and tok.tag_ == "NN" and prep_child(tok, "of", "about"):
        return True  # "talk of sanctions": speculation, not talks
    if lemma in ("capture", "seize") and obj_lemma in _WON_OR_RECORDED:
        return True  # "captured the title", "captures the excitement", "seized the lead": no one held
    if lemma == "capture" and obj_lemma in _RECORDED and subj_lemma not in _ARMED_SUBJECTS:
        return True  # "cameras captured footage", "the film captured the hearts of millions"
    if lemma == "capture" and _said_of_a_work(tok, subj_lemma, _RECORDED):
        return True  # "this photo captured from the town"
    if lemma == "release" and released_no_one(tok):
        return True  # "released a statement", "in a news release", "treated and released": no one set free
    if lemma == "order" and not ordered_out(tok):
        return True  # "ordered an investigation", "ordered its troops to withdraw": other acts, told by their own words
    if lemma == "sever" and (obj_lemma or subj_lemma) not in _TIES:
        return True  # "severing her pelvic artery": a wound, no ties cut
    if lemma == "yield" and obj_lemma == "right":
        return True  # "failure to yield the right of way": traffic, no concession
    if tok.lemma_.lower() == "call" and any(c.lower_ == "sick" for c in tok.children):  # (its key is "call in")
        return True  # "had called in sick": an absence, no request
    if lemma in _CALLING and subj_lemma in _PROVIDING_TEXTS:
        return True  # "the deal calls for the city to pay": a provision, not a request
    if lemma == "press" and tok.pos_ == "VERB" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("on", "ahead", "forward") for c in tok.children):
        return True  # "pressed on with their offensive", "pressing ahead with talks": went on, asked nothing
    if lemma == "press" and tok.pos_ == "VERB" and prep_child(tok, "into", "against") \
            and not any(c.dep_ in ("dobj", "obj") and c.ent_type_ in _PARTY_ENTS for c in tok.children):
        return True  # "pressed his weapon into Bell's back": a push ("pressed Hamas into accepting" asks)
    if lemma == "seek" and tok.pos_ == "VERB" and (any(c.dep_ == "xcomp" for c in tok.children)
                                                   or obj_lemma in _SOUGHT_OFFICES):
        return True  # "seeks to allay suspicions", "seeking his fourth term": tries or runs, asks no one
    if lemma == "book" and not booked(tok):
        return True  # "booked a flight", "the hotel was booked": no one held
    if lemma in ("catch", "nab") and not caught(tok):
        return True  # "caught a cold", "civilians caught in the crossfire": no one arrested
    if lemma == "blast" and tok.i + 1 < len(tok.doc) and _launched(tok.doc[tok.i + 1]):
        return True  # "Crew Blasts Off to Space Station": a launch ("a blast off the coast" is one)
    if tok.tag_ == "VBG" and tok.dep_ == "amod" and (w := hyphened_to(tok)) is not None and w.pos_ == "NOUN":
        return True  # "life-threatening injuries", "a record-breaking turnout": a quality, no act
    if tok.dep_ == "amod" and tok.tag_ in ("VBN", "JJ") and tok.i < tok.head.i and hyphened_to(tok) is not None:
        return True  # "Israeli-occupied Golan", "the opposition-besieged towns": a state, told as a quality
    if lemma in OUTLAWING and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and _a_body(tok.head):
        return True  # "the Daesh group (banned in Russia)", "the outlawed party": a body's standing, no act
    carried_out = (obj_lemma or subj_lemma) if tok.tag_ == "VBN" else obj_lemma
    if lemma in ("execute", "execution") and carried_out in _CARRIED_OUT:
        return True  # "executed the plan", "the projects were executed by engineers": no one killed
    if lemma == "promise" and no_pledge(tok):
        return True  # "the device shows promise", "that I promise you": no pledge made
    if speech_withheld(tok):
        return True  # "declined to comment", "refused to discuss what prompted the beating": a source's silence
    if imperative(tok) or (tok.dep_ == "conj" and imperative(tok.head)):
        return True  # "For tickets, call (800) 221-CATS", "Call or visit the library": the reader is told to
    return False


# The nouns of a body a participle of OUTLAWING (nlp.syntax) may stand on: its standing, not an act
BODY_NOUNS = frozenset("group organization organisation movement party network militia faction front".split())


def _a_body(tok) -> bool:
    """A group or organisation: its noun, or a name ("Jabhat al-Nusra, banned in Russia")."""
    return tok.lemma_.lower() in BODY_NOUNS or tok.ent_type_ in ("ORG", "NORP") or tok.pos_ == "PROPN"


def _said_of_a_work(tok, subj_lemma: str | None, works: frozenset[str]) -> bool:
    """A participle or passive whose noun is a picture or a publication: "images captured by
    residents", "a video was released"."""
    if _by_a_party(tok):
        return False  # "images of the town captured by rebels": the parse hangs the town's capture on the images
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return tok.head.lemma_.lower() in works
    return tok.tag_ == "VBN" and subj_lemma in works and any(c.dep_ == "nsubjpass" for c in tok.children)


def _by_a_party(tok) -> bool:
    """Is the act done "by" armed men or a named party ("by rebels", "by Hamas"), not by
    residents or a camera?"""
    return any(o.lemma_.lower() in _ARMED_SUBJECTS or o.ent_type_ in _PARTY_ENTS
               for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj")


# Nouns of people who can be wounded: persons, parties, and words for people that no list of person
# nouns holds by its lemma ("wounded three people", "five others")
WOUNDABLE_NOUNS = PERSON_NOUNS | AGENT_NOUNS | frozenset(("people", "other", "others", "crowd"))


def _people_wounded(tok, obj, subj) -> bool:
    """Is "wound" said of people ("wounded three soldiers", "two were wounded", "a dozen
    wounded")? Not "wound" as the past of "wind" ("talks wound up"), nor a figure of speech
    ("the economy was wounded by sanctions", "wounded the pride of the government")."""
    if tok.tag_ in ("VB", "VBP") or any(c.dep_ == "prt" for c in tok.children):
        return False
    patient = obj if obj is not None else subj
    if patient is None:
        return True  # "... killing five and wounding": the parse names no one; the figure will
    lemma = patient.lemma_.lower()
    return (patient.pos_ in ("NUM", "PRON") or patient.ent_type_ in ("PERSON", "NORP", "CARDINAL")
            or lemma in WOUNDABLE_NOUNS or lemma.endswith(PERSON_SUFFIXES))


def _protesting(tok, obj_lemma: str | None) -> bool:
    """Does "demonstrated" with an object tell a protest: a stance shown, or protesters showing
    it? (Never with a passive subject or a clause: "as was demonstrated by our decision".)"""
    if any(c.dep_ in ("nsubjpass", "ccomp") for c in tok.children):
        return False
    if obj_lemma in STANCES:
        return True
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in _CROWD_COUNTS:
        of = prep_child(subj, "of")
        subj = next((p for p in of.children if p.dep_ == "pobj"), subj) if of is not None else subj
    return subj is not None and subj.lemma_.lower() in PROTESTERS


def _munition_verb(tok, lemma: str, obj_lemma: str | None, entry: Trigger) -> Trigger | None:
    """"dropped barrel bombs", "launched 40 drones / missiles at Kyiv": an attack only with a
    munition as object (a campaign, a probe or talks launched are none, and "launched an
    offensive" is the offensive's own trigger), and a launch only at someone (a test missile
    fired into the sea, a space rocket, a search drone are none)."""
    if lemma == "drop":
        return entry if obj_lemma in _DROPPED else None
    if not any(c.dep_ == "prep" and c.lower_ in _LAUNCH_TARGET_PREPS
               and any(p.dep_ == "pobj" and p.lemma_.lower() not in _WHEN_WORDS | _NO_LAUNCH_TARGETS
                       for p in c.children)
               for c in tok.children):
        return None  # "on Thursday" says when, "into the sea" where no one is
    if obj_lemma in _LAUNCHED_AIRCRAFT:
        return Trigger(EventType.ASSAULT, "aerial", "195", ("military",), "V")
    return entry if obj_lemma in LAUNCHED_MUNITIONS else None


# A plea in court is no request: "pleaded guilty" concedes the charge, "pleads not guilty"
# rejects it (as the record gold's annotators code them); "pleaded for help" stays a request
PLEA_WORDS = frozenset(("guilty", "innocent", "contest"))  # "no contest": the charge is not fought


def _court_plea(tok) -> Trigger | None:
    """The type of a plea to a charge, or None where "plead" is no plea ("pleaded for calm")."""
    word = next((c for c in tok.children if c.lemma_.lower() in PLEA_WORDS), None)
    if word is None:
        return None
    # "not" on the plea word denies the charge ("pleaded not guilty"); on the verb it negates the
    # plea, which factuality reads ("did not plead guilty": a concession that did not happen)
    denied = word.lower_ == "innocent" or any(c.dep_ == "neg" for c in word.children)
    if denied:
        return Trigger(EventType.REJECT, None, "120", ("legal",), "V")
    return Trigger(EventType.CONCEDE, None, "080", ("legal",), "V")


def _what_was_sent(obj, obj_lemma: str | None, entry: Trigger) -> Trigger | None:
    """Sending troops mobilises, sending weapons or aid aids; sending anything else is no event."""
    if obj_lemma in _TROOP_OBJECTS:
        return Trigger(EventType.MOBILIZE, "troops", "154", ("military",), "V")
    if obj_lemma in WEAPON_WORDS or obj_lemma in {"weapon", "arm", "ammunition"}:
        return Trigger(EventType.AID, None, "072", ("military",), "V")
    if obj_lemma in _AID_OBJECTS or (obj is not None and any(
            c.lemma_.lower() in ("aid", "humanitarian", "food", "medical") for c in obj.children)):
        return entry
    return None


def _accept(tok, key: str, entry: Trigger, sent_lemmas: set[str]) -> Trigger | None:
    """Syntactic and lexical guards; may return a refined entry, or None to drop."""
    lemma = key
    obj = _obj(tok)
    obj_lemma = obj.lemma_.lower() if obj is not None else None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subj_lemma = subj.lemma_.lower() if subj is not None else None
    if lemma in ("send", "provide", "deliver", "supply"):
        return _what_was_sent(obj, obj_lemma, entry)
    if lemma == "plead":
        return _court_plea(tok) or entry
    if envoys_expelled(tok, lemma, obj):
        return Trigger(EventType.SANCTION, "expel", "166", ("diplomatic",), "V")
    if lemma in ("summon", "face charge") or (lemma in ("execute", "execution") and obj_lemma == "warrant"):
        return _sense_by_object(tok, lemma, obj, subj, entry)
    if _non_event_sense(tok, lemma, obj_lemma, subj_lemma) or _figurative(tok, entry, obj, subj) \
            or (lemma == "wound" and not _people_wounded(tok, obj, subj)) or not munition_if_needed(lemma, subj):
        return None
    if lemma == "prevent" and obj_lemma not in {"demonstration", "protest", "rally", "march", "meeting", "gathering",
                                                 "journalist", "people", "access", "entry", "delivery"}:
        return None
    if lemma == "withdraw" and obj_lemma in {"inspector", "observer", "monitor", "ambassador", "diplomat", "envoy",
                                             "worker", "staff", "mission", "peacekeeper"}:
        return Trigger(EventType.SANCTION, "expel", "166", ("diplomatic",), "V")
    if lemma == "hand over" and (tok.dep_ == "acl" or (obj is None and subj is None)):
        return None
    if lemma == "allow" and obj_lemma not in {"return", "access", "entry", "delivery", "inspector", "visit",
                                              "deployment", "passage", "evacuation", "aid", "observer"}:
        return None
    if lemma == "gather" and not (sent_lemmas & {"protest", "demand", "chant", "banner", "slogan", "placard", "denounce"}
                                  or subj_lemma in {"protester", "demonstrator", "crowd", "activist"}):
        return None
    if lemma in ("drop", "launch"):
        return _munition_verb(tok, lemma, obj_lemma, entry)
    if lemma in ("hurl", "throw"):
        return _thrown_at(tok, obj, obj_lemma, subj_lemma)
    if lemma in ARSON_KEYS and subj_lemma in CROWD_SUBJECTS and (subj.tag_ == "NNS" or subj_lemma in CROWD_NOUNS):
        return Trigger(EventType.PROTEST, "riot", "145", (), entry.pos)  # "protesters set fire to the parliament"
    if lemma == "deny" and (obj is None or obj_lemma in _DENIED_STATEMENTS):
        return None  # denying a report is a factuality marker, not a rejection
    if lemma == "hand over" and obj_lemma in _AID_OBJECTS | {"medicine", "medication", "kg", "tonne"}:
        return Trigger(EventType.AID, None, "073", ("humanitarian",), "V")
    if lemma == "hold" and not (obj is not None and (obj_lemma in _PERSON_OBJECTS or obj.ent_type_ == "PERSON")):
        return None
    if lemma == "return" and obj is None:
        return None
    if lemma == "commit" and prep_child(tok, "to") is None:
        return None
    if lemma in ("hit", "strike", "target", "kill", "destroy", "burn") and tok.pos_ == "VERB":
        agent = subj.head if subj is not None and subj.lower_ in ("that", "which") and tok.dep_ == "relcl" else subj
        if agent is not None and tok.dep_ == "relcl" and subj is not None and subj.lower_ in ("that", "which"):
            agent = tok.head
        if agent is not None and agent.lemma_.lower() in NATURAL_WORDS | MISFORTUNES and not _of_munitions(agent):
            return None  # "the earthquake that struck central Syria" is no attack ("a hail of bullets" is)
        crasher = hitter(tok, agent, obj)
        if crasher is not None and crasher.lemma_.lower() in ACCIDENT_AGENTS and not _of_munitions(crasher) and not (
                sent_lemmas & {"bomb", "explosive", "attack", "ram", "militant", "suicide"}):
            return Trigger(EventType.INCIDENT, None, None, ("industrial_accident",), entry.pos)  # a crash, a grass fire
    if lemma == "fire" and tok.pos_ != "VERB":  # a blaze where the sentence tells of one; gunfire undergone
        return _fire_noun(tok, entry, sent_lemmas)
    if accidental_explosion(tok, lemma, sent_lemmas):
        return Trigger(EventType.INCIDENT, None, None, ("industrial_accident",), entry.pos)
    if lemma == "crash" and sent_lemmas & {"shoot", "down", "missile"}:
        return None
    if lemma in ("call",) and tok.pos_ == "NOUN" and prep_child(tok, "for") is None:
        return None
    if lemma in ("free",) and tok.pos_ != "VERB":
        return None
    if lemma in ("protest",) and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in ("lodge", "file"):
        return Trigger(EventType.ACCUSE, "allege", "114", ("diplomatic",), "N")
    if lemma in ("back",) and tok.pos_ != "VERB":
        return None
    if lemma == "strike" and labour_strike(tok, subj, obj, sent_lemmas):
        return Trigger(EventType.PROTEST, "boycott", "143", ("economic",), entry.pos)
    if lemma == "fire" and tok.pos_ == "VERB":
        return Trigger(EventType.ASSAULT, "heavy-weapons" if obj_lemma in {"rocket", "missile", "shell", "mortar"} else "firearms",
                       "194" if obj_lemma in {"rocket", "missile", "shell", "mortar"} else "193", ("military",), "V")
    return entry


def _fire_noun(tok, entry: Trigger, sent_lemmas: set[str]) -> Trigger | None:
    """The noun "fire": gunfire that a party came under ("the patrol came under fire from rebels"),
    a blaze where the sentence tells of an accident or of fire breaking out, else no event."""
    if gunfire_undergone(tok):
        return Trigger(EventType.ASSAULT, "firearms", "193", ("military",), "N")
    return entry if sent_lemmas & ACCIDENT_WORDS or "break" in sent_lemmas else None


def _is_reported_obligation(tok) -> bool:
    return (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_VERBS
            and any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children))


def _people_named_by_participle(tok) -> bool:
    """A past participle standing for the people it happened to, not an act: "the wounded were
    taken to hospital", "the number of wounded rose" (the tagger calls it a verb)."""
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    return any(c.dep_ == "det" for c in tok.children) or tok.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj")


# Phrasal verbs that are another verb than their bare one and no event ("sign up" for a newsletter,
# "meet up" to fish, "called in" sick, a court "struck down" a law, "stormed out" of a meeting).
# A list, not every particle: the parse tags many a preposition so ("marched down Whitehall",
# "fired down on protesters"), and most phrasal forms of violent verbs are still violence
NON_EVENT_PHRASALS = frozenset((("sign", "up"), ("sign", "in"), ("meet", "up"), ("call", "in"), ("strike", "down"),
                                ("strike", "out"), ("storm", "out"), ("storm", "off"), ("charge", "in"),
                                ("back", "out"), ("back", "off"), ("shell", "out"), ("fire", "up"), ("free", "up")))


def find_triggers(doc, sent) -> list[TriggerHit]:
    hits: list[TriggerHit] = []
    taken: set[int] = set()
    lemmas = _sentence_lemmas(sent)
    for tok in sent:
        if tok.i in taken or tok.is_punct or tok.like_num:
            continue
        pos = tok.pos_
        if pos not in ("VERB", "NOUN", "PROPN", "ADJ"):
            continue
        if tok.ent_type_ in _SKIP_ENTS and pos == "PROPN":
            continue
        lemma = tok.lemma_.lower()
        if pos == "ADJ" and lemma not in ("free",):
            # spaCy sometimes tags "shelling"/"bombing" as ADJ/NOUN; accept ADJ only for -ing nouns
            if not tok.text.lower().endswith("ing"):
                continue
        if lemma in REPORTING_VERBS and pos == "VERB":
            continue
        if pos == "PROPN" and not (tok.text[:1].isupper() and tok.i == sent.start or tok.is_title):
            continue
        # a headline's verb tagged as a noun, as its subject and object show ("Protesters storm
        # parliament": not a storm) is read in its verb sense (arguments._noun_as_verb)
        is_verb = pos == "VERB" or (pos == "NOUN" and bool(children(tok, "nsubj")) and bool(children(tok, "dobj")))
        if is_verb and _people_named_by_participle(tok):
            continue
        cands: list[tuple[str, int, int]] = []
        if is_verb:
            for c in tok.children:
                if c.dep_ == "prt":
                    cands.append((f"{lemma} {c.lower_}", min(tok.i, c.i), max(tok.i, c.i) + 1))
                elif c.dep_ == "prep" and c.lower_ in ("for", "on", "upon"):
                    cands.append((f"{lemma} {c.lower_}", tok.i, tok.i + 1))
                elif c.dep_ in ("advcl", "ccomp", "xcomp") and not children(tok, "dobj", "obj") \
                        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                    cands.append((f"{lemma} for", tok.i, tok.i + 1))  # "calling for the president to resign"
                elif c.dep_ == "prep" and c.lower_ == "to":  # "took to the streets"
                    cands += [(f"{lemma} to {g.lemma_.lower()}", tok.i, g.i + 1) for g in c.children if g.dep_ == "pobj"]
                elif c.dep_ in ("dobj", "obj"):
                    cands.append((f"{lemma} {c.lemma_.lower()}", min(tok.i, c.i), max(tok.i, c.i) + 1))
        else:
            comps = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
            for c in comps:
                cands.append((f"{c.lemma_.lower()} {lemma}", c.i, tok.i + 1))
                cands.append((f"{c.text.lower()} {tok.text.lower()}", c.i, tok.i + 1))
            if tok.i > sent.start and doc[tok.i - 1].text == "-" and tok.i - 2 >= sent.start:
                cands.append((f"{doc[tok.i - 2].lemma_.lower()} {lemma}", tok.i - 2, tok.i + 1))
        cands.append((lemma, tok.i, tok.i + 1))
        if lemma.endswith("s") and not is_verb:
            cands.append((lemma[:-1], tok.i, tok.i + 1))
        if is_verb and not any(LEXICON.get(k) or VERB_SENSES.get(k) for k, _, _ in cands) and _is_reported_obligation(tok):
            # "Britain said Libya must hand over ...": a demand by the speaker (CAMEO 10)
            hits.append(TriggerHit(tok.i, tok.i + 1, tok.i, Trigger(EventType.REQUEST, None, "100", (), "V"), "must"))
            taken.add(tok.i)
            continue
        phrasal = is_verb and any(c.dep_ == "prt" and (lemma, c.lower_) in NON_EVENT_PHRASALS for c in tok.children)
        for key, start, end in cands:
            entry = (VERB_SENSES.get(key) if is_verb else None) or LEXICON.get(key)
            if entry is None:
                continue
            if phrasal and key == lemma:
                break  # "sign up", "called in sick", "meet up": another verb, no event
            want = "V" if is_verb else "N"
            if want not in entry.pos:
                continue
            entry = _accept(tok, key, entry, lemmas)
            if entry is None:
                break
            # "aid groups", "protest leaders": an event noun naming a kind of actor is no event
            if not is_verb and tok.dep_ in ("compound", "amod") and not LEXICON.get(tok.head.lemma_.lower()) \
                    and tok.head.pos_ in ("NOUN", "PROPN") and key == lemma:
                break
            # A compound modifier of an event noun ("bomb" in "bomb attack") is not its own trigger.
            if not is_verb and tok.dep_ == "compound" and tok.head.i not in taken and (
                    LEXICON.get(tok.head.lemma_.lower())):
                break
            hits.append(TriggerHit(start, end, tok.i, entry, key))
            taken.update(range(start, end))
            break
    return hits
