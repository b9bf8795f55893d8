"""Death and injury counts with their qualifiers and victim categories.

Patterns cover the phrasings of wire copy: "killed at least 22", "129 people dead",
"left 129 people dead", "the death toll rose to 126", "six civilians including a
child were killed", "wounding 32". Offsets point at the figure's whole phrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Count, Event
from ..nlp.person_nouns import PERSON_NOUNS, PERSON_SUFFIXES
from ..nlp.syntax import RELATIVE_PRONOUNS, children

_NUMWORDS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12,
}
_QUAL = {
    "at least": "at_least", "no fewer than": "at_least", "a minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "about": "about", "around": "about", "some": "about", "nearly": "about", "almost": "about",
    "approximately": "about", "roughly": "about", "an estimated": "about", "close to": "about",
    "up to": "up_to", "as many as": "up_to",
    "another": "exact",  # "killed 23 soldiers and injured another 15": 15 injured
    "all": "exact",  # "killing all 15 passengers"
}
_NUM = (r"(?:\d{1,3}(?:,\s?\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a dozen|a hundred|one|two|three|four|five|"
        r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
        r"nineteen|twenty)")
# A figure is a whole word: not the tail of a word ("ten" in "often", "23" in "M23"), not
# an age ("18-year-old", "87 years old"), a share ("40%", "40 percent") or a size ("a 200-strong force")
_N_START = r"(?<![\w$£€-])"
_N_END = (r"(?![\w%]|-(?:year|month|week|day|strong|member|man)|\s*(?:percent|per cent)|\s+years?\s+old"
          r"|:\d|\s*(?:[ap]\.m\.|[ap]m\b|o'clock))")  # a clock time: "killed around 5 p.m."
_Q = r"(?:\b(?P<q>at least|no fewer than|more than|over|upwards of|about|around|some|nearly|almost|approximately|roughly|an estimated|close to|up to|as many as|another|all)\s+)?"
VICTIMS = r"(?:people|persons|civilians|children|kids|women|men|soldiers|troops|fighters|militants|rebels|" \
          r"members|policemen|police officers|officers|personnel|residents|protesters|demonstrators|" \
          r"worshippers|students|workers|migrants|refugees|terrorists|jihadists|insurgents|others|" \
          r"babies|victims|pilgrims|passengers|servicemen|gunmen|attackers|family members|individuals)"
# Up to three words may describe the victims ("22 unarmed young men")
_ADJ = r"(?:(?:[A-Za-z-]+\s+){0,3}?)"
# A manner of attack that says the death: "shot dead", "gunned down", "beaten to death"
_MANNER_DEATH = r"shot dead|gunned down|(?:stabbed|beaten|beat|hacked|burned|bludgeoned|clubbed) to death"
# Every verb of a killing, not only "killed": "10 people were beheaded", "executed 21 civilians"
_DIED = (r"(?:killed|dead|died|slain|martyred|perished|lost their lives|beheaded|executed|murdered|massacred|"
         rf"assassinated|slaughtered|lynched|{_MANNER_DEATH})")
_KILLING = (r"(?:killed|killing|kills|kill|claimed the lives of|beheaded|beheading|executed|executing|"
            rf"{_MANNER_DEATH}|shooting dead|gunning down|"
            r"massacred|massacring|murdered|murdering|slaughtered|slaughtering|slew|assassinated|lynched|lynching)")

# The words between a figure and its verb may not hold another figure or outcome
# ("killed 5 people and injured 32": 5 is not the injured count).
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|twenty|thirty|forty|fifty"
# How far a figure may stand from its verb: "22 people, among them children, were
# killed" reaches the verb; a wider gap would reach into the next clause's outcome.
# An injury count's verb stays closer ("32 others were hurt").
KILLED_GAP_CHARS = 40
INJURED_GAP_CHARS = 30


def _gap(max_chars: int) -> str:
    """Up to max_chars characters of one clause holding no other figure or outcome."""
    return (rf"(?:(?!\d|[()–—]|\b(?:killed|killing|dead|died|martyred|behead\w*|execut\w*|murder\w*|massacr\w*|slaughter\w*|injur\w*|wound\w*|hurt|hospitali\w*|{_NUMBER_WORDS})\b)[^.;])"
            rf"{{0,{max_chars}}}?")


# A headline lists its tolls: in "Three killed two injured by ..." the two are hurt, not killed;
# an injured figure or victims after the injury word say it is a verb of its own ("killed 5 wounded
# 12", "killed 3 injured more than 10", "killed 4 injured villagers") or an adjective ("killing 3
# wounded soldiers")
_NEXT_TOLL = (rf"(?!\s+(?:injured|wounded|hurt)\b(?!\s+(?:{_NUM}|{VICTIMS}|[a-z]+s|more|about|at|some|nearly|almost|"
              r"around|over|up|several|many|dozens|scores|hundreds|another)\b))")
_KILLED_GAP = _gap(KILLED_GAP_CHARS)
_INJURED_GAP = _gap(INJURED_GAP_CHARS)
# "At least 12 people, including five children, were killed": the aside is skipped
_AMONG = r"(?:\s*,\s*(?:including|among them|mostly|most of them)\s+[^,.;]{1,40},)?"
# "Five members of one family, among them three children, were killed": "one" names the family, no
# toll, and so does "ten" in "eight members of a family of ten"
_OF_ONE_FAMILY = r"(?:\s+of\s+(?:one|a|the same|their|his|her)\s+(?:family|household|clan)(?:\s+of\s+\w+)?)?"
# The end of "a family of six": no possessive ("a family of six's breadwinner": one), and no other
# creatures counted ("a family of five elephants")
_FAMILY_END = r"(?!['’]s\b)(?!\s+(?!(?:people|persons|members)\b)[a-z]{3,}s\b)"

_PATTERNS = [
    # "killed at least 22 people", "killing six", "executed 21 civilians"
    ("killed", re.compile(rf"\b{_KILLING}\s+{_Q}{_N_START}(?P<n>{_NUM}){_N_END}\b{_NEXT_TOLL}(?:\s+{_ADJ}(?P<v>{VICTIMS}))?(?:\s+(?:dead))?", re.I)),
    ("injured", re.compile(rf"\b(?:injured|wounded|injuring|wounding|injures|wounds)\s+{_Q}{_N_START}(?P<n>{_NUM}){_N_END}\b(?:\s+{_ADJ}(?P<v>{VICTIMS}))?", re.I)),
    # "left 129 people dead", "a feud leaves two people dead" (never "left 5 people homeless")
    ("killed", re.compile(rf"\b(?:left|leaves|leaving|leave)\s+{_Q}{_N_START}(?P<n>{_NUM}){_N_END}(?:\s+{_ADJ}(?P<v>{VICTIMS}))?\s+dead\b", re.I)),
    # "the death toll rose to 126", "death toll of at least 70" (up to 100 characters apart:
    # "the death toll from Friday's attacks on the capital has risen to 130")
    ("killed", _TOLL := re.compile(rf"\b(?:death toll|toll|number of (?:people |those |civilians )?(?:killed|dead)|number of deaths)\b"
                          rf"[^.;]{{0,100}}?\b(?:to|of|at|reached|is|was|hit|stands at|stood at)\s+{_Q}{_N_START}(?P<n>{_NUM}){_N_END}\b", re.I)),
    # "the killing of 15 civilians", "the deaths of 12 people", "the murders of five family members"
    ("killed", re.compile(rf"\b(?:killings?|deaths?|massacres?|murders?|executions?|beheadings?|assassinations?|slayings?) of\s+{_Q}{_N_START}(?P<n>{_NUM}){_N_END}\b(?:\s+{_ADJ}(?P<v>{VICTIMS}))?", re.I)),
    # "22 people were killed", "129 dead", "six civilians including a child were killed"
    ("killed", re.compile(rf"{_Q}{_N_START}(?P<n>{_NUM}){_N_END}\s+{_ADJ}(?P<v>{VICTIMS})?{_OF_ONE_FAMILY}{_AMONG}{_KILLED_GAP}\b(?:were|was|have been|had been|are|got)?\s*(?P<verb>{_DIED})\b", re.I)),
    # "129 dead", "leaving 5 martyrs" (the dead of an attack, as state media of the region name them)
    ("killed", re.compile(rf"{_Q}{_N_START}(?P<n>{_NUM}){_N_END}\s+(?:deaths|fatalities|dead|martyrs)\b", re.I)),
    # "killed a family of six", "a family of six was killed": the family's members (not in "eight
    # members of a family of ten were killed")
    ("killed", re.compile(rf"\b{_KILLING}\s+(?:an?|the)\s+(?:entire\s+|whole\s+)?family of\s+{_Q}{_N_START}(?P<n>{_NUM}){_N_END}\b"
                          rf"{_FAMILY_END}", re.I)),
    ("killed", re.compile(rf"(?<!of )\b(?:an?|the)\s+(?:entire\s+|whole\s+)?family of\s+{_Q}{_N_START}(?P<n>{_NUM}){_N_END}"
                          rf"{_FAMILY_END}\s+"
                          rf"(?:was|were|has been|have been|had been)\s+(?P<verb>{_DIED})\b", re.I)),
    # "the attack claimed 12 lives", "cost at least 30 lives"
    ("killed", re.compile(rf"\b(?:claimed|claiming|claims|claim|cost|costing|costs)\s+{_Q}{_N_START}(?P<n>{_NUM}){_N_END}\s+(?:more\s+)?lives\b", re.I)),
    # "the bodies of 21 villagers were found": the dead counted (a bare "two bodies" may be two
    # committees, and no verb of finding tells them apart reliably)
    ("killed", _BODIES_OF := re.compile(rf"\bbodies of\s+{_Q}{_N_START}(?P<n>{_NUM}){_N_END}\b(?:\s+{_ADJ}(?P<v>{VICTIMS}))?", re.I)),
    ("injured", re.compile(rf"{_Q}{_N_START}(?P<n>{_NUM}){_N_END}\s+{_ADJ}(?P<v>{VICTIMS})?{_OF_ONE_FAMILY}{_AMONG}{_INJURED_GAP}\b(?:were|was|have been|had been|are)?\s*(?P<verb>injured|wounded|hurt|hospitali[sz]ed)\b", re.I)),
    ("injured", re.compile(rf"{_Q}{_N_START}(?P<n>{_NUM}){_N_END}\s+(?:injuries|wounded|injured)\b", re.I)),
    # "left two soldiers in serious condition", "three people were in critical condition"
    ("injured", re.compile(rf"{_Q}{_N_START}(?P<n>{_NUM}){_N_END}\s+{_ADJ}(?P<v>{VICTIMS})\s+(?:were\s+|are\s+|remain\s+)?"
                           r"in\s+(?:a\s+)?(?:critical|serious|grave|severe|stable)\s+condition\b", re.I)),
]


# A figure above this is no casualty count (a population, a sum of money)
MAX_COUNT = 1_000_000
# Numbers in this range without a qualifier are years or clock times ("in 2015", "at 2100")
YEAR_LIKE = range(1900, 2101)
# "no one was killed", "none of the passengers were hurt": the negation just before the
# figure ("none of the " is 12 characters)
NEGATION_LOOKBACK_CHARS = 12
# "..., including five children": the aside naming the victims follows within this many characters
VICTIM_ASIDE_CHARS = 40


# A figure right after a month is a day of the month ("Feb. 23", "on March 4 ... were killed")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?\s+$", re.I)
# "21 Feb 2015" ("may" after a figure is a verb: "five may have died")
_MONTH_AFTER = re.compile(r"\s+" + _MONTH.replace("|may|", "|") + r"\b", re.I)
# A number inside a date or time entity that names a calendar unit is a day or a year ("21 Feb
# 2015", "on Feb. 23"); one inside a name, after its first word, is part of the name ("Route 66",
# "Boeing 737"). A number opening an entity is kept: the small model tags headlines' "At Least 17
# Slain" as a PERCENT, and shares are told by their words (`_N_END`).
CALENDAR_ENTS = frozenset(("DATE", "TIME"))
CALENDAR_WORDS = frozenset("""
    jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august
    september october november december monday tuesday wednesday thursday friday saturday sunday
    year years day days week weeks month months hour hours minute minutes am pm a.m. p.m. o'clock
    morning afternoon evening night
    """.split())
NAME_ENTS = frozenset(("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "NORP"))
# An age: "a man, 87, ...", "aged 19", "19 years old"
AGE_HEADS = frozenset(("old", "aged", "age"))

# A running total is no incident's toll: "20,000 killed since 2009", "so far this year",
# "in total", "over the past decade", "the war has killed", "a conflict that has killed"
_RUNNING_TOTAL = re.compile(
    r"\bsince\s+(?:\d{4}\b|(?:the\s+)?(?:start|beginning|outbreak|onset)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\b|(?:the\s+)?(?:war|conflict|uprising|revolution|insurgency|crisis)\b|(?:it|they)\s+(?:began|started))"
    r"|\bso far\b|\bto date\b|\bin total\b|\b(?:this|last|per|each|every|a) year\b|\bannually\b"
    r"|\bover the (?:past|last)\s+(?:\w+\s+)?(?:years?|months|decades?)\b|\bin recent (?:years|months)\b"
    r"|\b(?:war|conflict|insurgency|uprising|revolution|crisis|violence|campaign|epidemic|pandemic)s?"
    r"(?:\s*,\s*(?:which|that)|\s+(?:which|that))?\s+(?:has|have|had)\s+(?:so far\s+)?(?:killed|claimed|left)\b", re.I)
# A stated toll that is no incident's latest figure: a war's or a year's, named next to "toll"
# ("the war's death toll", "the overall toll", "the death toll in the war has risen to 500,000"),
# or one feared ("the toll could rise to 50", "is expected to reach 40"); read from this many
# characters before the match, where "the war's" stands
SCOPE_LOOKBACK_CHARS = 30
_WIDER = r"(?:war|conflict|insurgency|uprising|revolution)(?!-)"
_WIDER_OR_FEARED_TOLL = re.compile(
    rf"\b(?:{_WIDER}|year)(?:'s|’s)?\s+(?:death\s+)?toll\b|\b(?:overall|total|cumulative)\s+(?:death\s+)?toll\b"
    rf"|\btoll\s+(?:in|of|from)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+)?{_WIDER}\b|\btoll\s+(?:this|last)\s+year\b"
    r"|\b(?:could|may|might|would|will|(?:is|are|was|were)\s+(?:expected|likely|feared))\s+(?:to\s+)?(?:\w+\s+)?"
    r"(?:rise|climb|reach|exceed|top|increase)\b")
# Clause boundaries of a figure for the running-total markers: punctuation that is not a
# thousands separator
_CLAUSE_BREAK = re.compile(r"[;:()–—]|,(?!\d{3})|\.(?!\d)")


@dataclass
class CasualtyMention:
    kind: str  # killed | injured
    count: Count
    anchor: int  # char offset of the verb/noun that says dead or injured (for attachment)
    # the figure was counted from the victims named ("a guardsman and a motorcyclist"), not written
    counted: bool = field(default=False)
    # the figure is the incident's toll as stated at the time ("the death toll rose to 31")
    toll: bool = field(default=False)
    # a count of victims that holds a stated figure ("Brouq and at least 10 members": 11): it
    # stands against other sentences' figures, as that figure would have
    holds_figure: bool = field(default=False)

    @property
    def victims_only(self) -> bool:
        """Counted from victims named with no figure among them ("a guardsman and a motorcyclist"):
        it gives way to a stated figure nearby and goes only to the event its verb is tied to."""
        return self.counted and not self.holds_figure


def parse_number(s: str) -> int | None:
    s = s.lower().strip()
    s2 = re.sub(r"[,\s]", "", s)
    if s2.isdigit():
        return int(s2)
    if s in _NUMWORDS:
        return _NUMWORDS[s]
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and parts[0] in _NUMWORDS and parts[1] in _NUMWORDS:
        return _NUMWORDS[parts[0]] + _NUMWORDS[parts[1]]
    return None


def find_casualties(text: str, start: int, end: int, doc=None) -> list[CasualtyMention]:
    """Casualty figures in text[start:end]; offsets are into text. With the parse (`doc`, over
    the same text) a figure must also be whole tokens of no date, share or name, and victims
    named without a figure are counted ("a guardsman and a motorcyclist were killed": 2)."""
    seg = text[start:end]
    found: list[CasualtyMention] = []
    used: list[tuple[int, int, str]] = []
    lowered = seg.lower()
    for kind, pat in _PATTERNS:
        if pat is _BODIES_OF and "bodies" not in lowered:
            continue  # cheap first: most sentences name no bodies
        for m in pat.finditer(seg):
            n = parse_number(m.group("n"))
            if n is None or n == 0 or n > MAX_COUNT:
                continue
            ns, ne = m.start("n"), m.end("n")
            if re.search(r"\b(?:no|none of the)\s*$", seg[max(0, ns - NEGATION_LOOKBACK_CHARS):ns], re.I):
                continue  # "no one was killed"
            # Years and times are not tolls ("in 2015", "at 0914")
            if n in YEAR_LIKE and not m.group("q"):
                continue
            if any(a <= ns < b for a, b, _ in used):
                continue  # one figure is one count: "killed 5 people and wounded 32"
            if not _is_head_count(text, start + ns, start + ne, doc) or _running_total(seg, ns, ne):
                continue
            verb_at = start + m.start("verb") if m.groupdict().get("verb") else None
            if verb_at is not None and (_verb_acts(doc, start + ns, verb_at) or _describes_a_noun(doc, verb_at)):
                # "Two gunmen killed three officers": the two are the killers; "killed three
                # wounded soldiers": no one counted as wounded
                continue
            used.append((ns, ne, kind))
            scope = seg[max(0, m.start() - SCOPE_LOOKBACK_CHARS):m.end()]
            toll = pat is _TOLL and not _WIDER_OR_FEARED_TOLL.search(scope)
            found.append(CasualtyMention(kind, _count(text, start, m, n), start + m.start(), toll=toll))
    if doc is not None:
        for c in counted_victims(doc, start, end, text):
            found = _with_counted(found, c)
    found.sort(key=lambda c: c.count.start)
    return found


def _with_counted(found: list[CasualtyMention], c: CasualtyMention) -> list[CasualtyMention]:
    """A counted toll joins the figures where no figure covers its victims, or replaces the
    figures it holds ("two commanders and a soldier died": 3, not the 2 the figure says), and
    those of another kind that lie inside its victims: the parse ties "killed a commander and
    three of his guards and wounded a policeman" to "killed", where a figure pattern read the
    three as wounded. One that holds a figure of its kind (`holds_figure`: "Brouq and at least 10
    members were killed", 11) does not give way to another sentence's figure."""
    over = [f for f in found if c.count.start < f.count.end and f.count.start < c.count.end]
    if not over:
        return [*found, c]
    same = all(f.kind == c.kind for f in over) and c.count.value > max(f.count.value for f in over)
    inside = all(f.kind != c.kind and c.count.start <= f.count.start and f.count.end <= c.count.end for f in over)
    if same:
        return [f for f in found if f not in over] + [replace(c, holds_figure=True)]
    if inside:
        return [f for f in found if f not in over] + [c]
    return found


def _count(text: str, start: int, m: re.Match, n: int) -> Count:
    """The Count of a pattern's match: qualifier, victims, and the phrase's offsets."""
    seg = text[start:]
    ns, ne = m.start("n"), m.end("n")
    qs = m.start("q") if m.group("q") else ns
    phrase_end = m.end("v") if m.groupdict().get("v") else ne
    q = _QUAL.get(m.group("q").lower(), "exact") if m.group("q") else "exact"
    victims = m.group("v").lower() if m.groupdict().get("v") else None
    # "including five children" right after: note the vulnerable category
    tail = seg[m.end():m.end() + VICTIM_ASIDE_CHARS].lower()
    aside = re.match(r"\s*,?\s*(?:mostly|all|including)\s+(?:\w+\s+)?(civilians|children|women)", tail)
    if victims in (None, "people", "persons", "others") and aside:
        victims = aside.group(1)
    return Count(value=n, qualifier=q, text=text[start + qs:start + phrase_end],
                 start=start + qs, end=start + phrase_end, victims=victims)


def _is_head_count(text: str, s: int, e: int, doc) -> bool:
    """The figure text[s:e] counts people: not a day of a month, and (with the parse) whole
    tokens, no age ("a man, 87, ..."), no date and no part of a name."""
    if _MONTH_BEFORE.search(text[max(0, s - 12):s]) or _MONTH_AFTER.match(text, e):
        return False
    if doc is None:
        return True
    # The figure's own word boundaries are the patterns' (`_N_START`, `_N_END`); a tokenizer that
    # glues "15.Twenty" (no space after a full stop) gives the whole token
    span = doc.char_span(s, e) or doc.char_span(s, e, alignment_mode="expand")
    return span is not None and all(_counts_people(tok) for tok in span)


def _verb_acts(doc, figure_at: int, verb_at: int) -> bool:
    """Whether the outcome verb at `verb_at`, read after the figure at `figure_at`, is in the
    active voice with its own object: the figure then counts its doers, not its victims ("abducted
    15 farmers and killed four others", "Two gunmen killed three police officers"). Only a figure
    that counts a noun, before an object that is no bare figure, is read so: headlines list tolls
    as "Three killed two injured" and "Two soldiers killed three wounded"."""
    if doc is None:
        return False
    figure, verb = (_token_at(doc, at) for at in (figure_at, verb_at))
    return (figure is not None and verb is not None and figure.dep_ == "nummod"
            and verb.pos_ == "VERB" and _active_finite(verb) and verb.lemma_.lower() in DOING_VERBS
            and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") and c.lower_ not in REFLEXIVES
                    and not _listed_toll(c) for c in verb.children))


def _active_finite(verb) -> bool:
    """A finite verb in the active voice: a past or present tag, or a participle with its own
    subject and no passive auxiliary ("have killed", and "killed" that the tagger read as a
    participle although it has a subject and an object)."""
    if verb.tag_ in ("VBD", "VBP", "VBZ"):
        return True
    deps = {c.dep_ for c in verb.children}
    return verb.tag_ == "VBN" and "nsubj" in deps and "auxpass" not in deps


# Outcome verbs done to someone, whose subject is the doer ("lost their lives" is undergone)
DOING_VERBS = frozenset("kill execute behead murder massacre slaughter assassinate lynch shoot stab beat hack burn "
                        "injure wound hurt".split())
OUTCOME_LEMMAS = frozenset(("injure", "wound", "hurt", "kill"))
# "Three people killed themselves": the figure is who died
REFLEXIVES = frozenset("themselves himself herself itself ourselves".split())


def _listed_toll(obj) -> bool:
    """Is the verb's object the next toll of a headline's list ("Three Soldiers Killed Two
    Militants Injured": "Militants" with its own outcome)?"""
    return any(c.dep_ in ("acl", "amod", "relcl") and c.i > obj.i and c.lemma_.lower() in OUTCOME_LEMMAS
               for c in obj.children)  # ("killed three wounded soldiers": wounded before its noun)


def _describes_a_noun(doc, verb_at: int) -> bool:
    """Is the outcome word at `verb_at` an adjective before its noun ("wounded soldiers")?"""
    word = _token_at(doc, verb_at) if doc is not None else None
    return word is not None and word.dep_ == "amod" and word.head.i > word.i


def _token_at(doc, at: int):
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _counts_people(tok) -> bool:
    """A number token that may count people: no age, no part of a name, no day or year."""
    if (tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN")) or tok.head.lemma_.lower() in AGE_HEADS:
        return False
    if tok.ent_type_ in NAME_ENTS and tok.ent_iob_ == "I":
        return False
    return not (tok.ent_type_ in CALENDAR_ENTS and
                any(t.lower_ in CALENDAR_WORDS or t.lower_.rstrip(".") in CALENDAR_WORDS for t in _entity(tok)))


def _entity(tok) -> list:
    """The tokens of the named entity holding tok."""
    doc, i, j = tok.doc, tok.i, tok.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    return list(doc[i:j + 1])


def _running_total(seg: str, ns: int, ne: int) -> bool:
    """Whether the figure's clause says it is a total over time, not one incident's toll."""
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(seg, 0, ns)), default=0)
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(seg, ne)), len(seg))
    return bool(_RUNNING_TOTAL.search(seg[left:right]))


# --- victims counted from the noun phrases that name them ---------------------------------

# Verbs whose subject (passive) or object (active) is the dead or the hurt
DEATH_LEMMAS = frozenset("kill behead execute murder massacre assassinate slaughter slay lynch martyr".split())
DYING_LEMMAS = frozenset(("die", "perish", "drown"))  # intransitive: the subject died
# Verbs of a manner of attack that say a death only with "dead", "to death" or "down" ("gunned down")
MANNER_LEMMAS = frozenset("shoot stab beat hack burn gun bludgeon club".split())
INJURY_LEMMAS = frozenset("injure wound hurt hospitalize hospitalise".split())
# A verb that only says a death may happen ("could be killed") or will ("will die") reports no toll
MODAL_AUXES = frozenset("could would may might will shall should can must".split())
# Adverbs that say a death or an injury did not happen: "nearly lost his life", "almost died"
NEAR_MISS_ADVERBS = frozenset(("nearly", "almost", "narrowly"))
# A determiner that counts no one ("no soldier was hurt") or everyone ("every passenger")
NO_COUNT_DETS = frozenset("no every each any all some many several".split())
SINGULAR_TAGS = ("NN", "NNP")
PERSON_PRONOUNS = frozenset(("he", "she", "him", "her"))


def counted_victims(doc, start: int, end: int, text: str | None = None) -> list[CasualtyMention]:
    """Tolls that no figure states but the victims' noun phrases count: "a guardsman and a
    motorcyclist were killed" (2), "A young woman was killed" (1), "Williston man, 87, killed"
    (1), "two commanders and a soldier died" (3). A lone figure ("two commanders") is left to
    the figure patterns; an uncountable victim ("soldiers", "no one") gives nothing. Offsets
    are the doc's; `text` (the article, of the doc's length) gives the phrases' text."""
    text = doc.text if text is None else text
    span = doc.char_span(start, end, alignment_mode="expand")
    out = []
    for verb in span if span is not None else ():
        kind = _outcome_kind(verb)
        victim = _victim(verb) if kind else None
        if victim is None:
            continue
        # the parse may join "three of his guards" to the verb rather than to its fellow victim
        items = [victim, *victim.conjuncts, *(c for c in verb.children if c.dep_ == "conj" and _part_of_people(c)),
                 *_missed_conjuncts(verb, victim)]
        n = _head_count(items)
        if n is None:
            continue
        first = min(items, key=lambda t: t.i)
        last = max(items, key=lambda t: t.i)
        last = _people_of(last) or last  # "... three of his guards": the phrase ends with the people
        s, e = first.left_edge.idx, last.idx + len(last.text)
        c = Count(value=n, qualifier=_phrase_qualifier(text[s:e]), text=text[s:e], start=s, end=e)
        out.append(CasualtyMention(kind, c, verb.idx, counted=True))
    return out


def _phrase_qualifier(phrase: str) -> str:
    """A counted toll is as vague as its figures: "a commander and at least 10 fighters" is at least 11."""
    found = [q for words, q in _QUAL.items() if q != "exact" and re.search(rf"\b{words}\b", phrase, re.I)]
    return found[0] if found else "exact"


def _missed_conjuncts(verb, victim) -> list:
    """Fellow victims the parse gave the verb as a second subject or object of the same role
    rather than as a conjunct: "Mahmoud Brouq and at least 10 members were killed" (11), the
    figure's "at least" having broken the coordination."""
    fellows = [c for c in verb.children if c.dep_ == victim.dep_ and c.i != victim.i]
    first = min([victim, *fellows], key=lambda t: t.i)
    return fellows if any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children) else []  # "or": one of them


def _kills_by_manner(tok) -> bool:
    """A verb of how someone was killed with what says it was a death: "shot dead", "stabbed to
    death", "gunned down" (a bare "shot" or "stabbed" may have wounded)."""
    kids = list(tok.children)
    return tok.lemma_.lower() in MANNER_LEMMAS and (
        any(c.lower_ == "dead" for c in kids)
        # "shot dead two militants": the parse may hang "dead" on the object
        or any(c.dep_ == "dobj" and any(m.lower_ == "dead" and m.dep_ == "amod" for m in c.children) for c in kids)
        or any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in kids)
        or (tok.lemma_.lower() == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in kids)))


def _loses_life(tok) -> bool:
    """"lost their lives", "lost his life": a death told of its subject, as "died" is."""
    return tok.lemma_.lower() == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in tok.children)


# Verbs that state a death with "dead" after them: "was pronounced dead", "were found dead"
DEAD_STATING_LEMMAS = frozenset(("pronounce", "declare", "find"))


def _stated_dead(tok) -> bool:
    """"pronounced dead at the scene", "were found dead": a death told of its subject."""
    return tok.lemma_.lower() in DEAD_STATING_LEMMAS and any(
        c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advmod") for c in tok.children)


# The states the hurt are left in: "left a woman in critical condition", "two were in serious condition"
HURT_CONDITIONS = frozenset(("critical", "serious", "grave", "severe", "stable"))


def _in_hurt_condition(tok) -> bool:
    """"left an 82-year-old woman in critical condition", "two were in serious condition": an injury
    told by the state it left its victims in."""
    return tok.lemma_.lower() in ("leave", "be") and any(
        g.lemma_.lower() == "condition" and any(m.lower_ in HURT_CONDITIONS for m in children(g, "amod"))
        for c in children(tok, "prep") if c.lower_ == "in" for g in children(c, "pobj"))


def _outcome_kind(tok) -> str | None:
    """"killed" or "injured" where tok is a verb of death or injury said to have happened."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma = tok.lemma_.lower()
    kind = ("killed" if tok.pos_ == "VERB" and (lemma in DEATH_LEMMAS | DYING_LEMMAS or _kills_by_manner(tok)
                                                 or _loses_life(tok) or _stated_dead(tok))
            else "injured" if (tok.pos_ == "VERB" and lemma in INJURY_LEMMAS) or _in_hurt_condition(tok) else None)
    if kind is None or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODAL_AUXES)
                           or (c.dep_ == "advmod" and c.lower_ in NEAR_MISS_ADVERBS) for c in tok.children):
        return None
    return kind


def _victim(verb):
    """Who died or was hurt (`_named_victim`), read through a relative pronoun to the noun its
    clause describes: "identified a man who was killed in a shooting" counts the man."""
    victim = _named_victim(verb)
    if victim is not None and victim.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return victim


def _named_victim(verb):
    """Who died or was hurt: the passive subject, the subject of "die", the noun a reduced
    relative describes ("man killed in"), else the object of an active verb."""
    by_dep = {c.dep_: c for c in verb.children}
    if "nsubjpass" in by_dep:
        return by_dep["nsubjpass"]
    if verb.lemma_.lower() in DYING_LEMMAS or _loses_life(verb) or verb.lemma_.lower() == "be":
        return by_dep.get("nsubj")  # ("two were in critical condition": `_in_hurt_condition`)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    if verb.tag_ == "VBN" and "nsubj" in by_dep and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return by_dep["nsubj"]  # a headline's bare participle: "Man killed in crash"
    if verb.tag_ == "VBD" and "nsubj" in by_dep and "dobj" not in by_dep and verb.i + 1 < len(verb.doc) \
            and verb.doc[verb.i + 1].dep_ == "prep" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return by_dep["nsubj"]  # ... the participle read as a past tense: "Woman killed in crash on Interstate 95"
    if "dobj" not in by_dep and "acomp" in by_dep and by_dep["acomp"].lower_ == "dead":
        return next((c for c in by_dep["acomp"].children if c.dep_ == "dobj"), None)  # "shot dead the gunman"
    return by_dep.get("dobj")


def _head_count(items) -> int | None:
    """How many people the coordinated noun phrases name, or None where one is uncountable
    or where a single figure says it (the figure patterns read that)."""
    total = 0
    figures = 0
    for t in items:
        nums = [c for c in t.children if c.dep_ == "nummod" and _counts_people(c)]
        dets = {c.lower_ for c in t.children if c.dep_ == "det"}
        if dets & NO_COUNT_DETS:
            return None
        if nums:
            n = parse_number(nums[0].text)
            if n is None:
                return None
            total, figures = total + n, figures + 1
        elif _part_of_people(t):
            n = parse_number(t.text)  # "a commander and three of his guards"
            if n is None:
                return None
            total, figures = total + n, figures + 1
        elif _one_person(t):
            total += 1
        else:
            return None
    if figures == len(items) == 1:
        return None
    return total or None


def _people_of(t):
    """The people a figure takes from its "of" phrase ("three of his guards": guards; "two of
    them"): a person noun in the plural, or "them"; None where the token is no such figure."""
    if t.pos_ != "NUM":
        return None
    of = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return next((g for g in of if g.lower_ == "them" or (g.tag_ == "NNS" and (
        g.lemma_.lower() in PERSON_NOUNS or g.lemma_.lower().endswith(PERSON_SUFFIXES)))), None)


def _part_of_people(t) -> bool:
    """A figure standing for people it takes from an "of" phrase (`_people_of`)."""
    return _people_of(t) is not None


def _one_person(t) -> bool:
    """A singular noun phrase naming one person: a person noun, a person's name, one of a people
    ("a Palestinian"), "he"/"she", or an age standing for a person ("80-year-old killed")."""
    lemma = t.lemma_.lower()
    if t.lower_ in PERSON_PRONOUNS:
        return True
    if lemma == "old" and any(c.lower_ == "year" for c in t.children):
        return True
    if t.tag_ not in SINGULAR_TAGS:
        return False
    if t.ent_type_ == "PERSON":
        return True
    if t.ent_type_ == "NORP" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in t.children):
        return True  # "killed a 17-year-old Palestinian", "an American was shot": one of a people
    return lemma in PERSON_NOUNS or (t.tag_ == "NN" and lemma.endswith(PERSON_SUFFIXES))


# A figure in a later sentence still tells of the last violent event within this many sentences;
# a count of victims gives way to a stated figure within as many sentences either side
INCIDENT_SENTENCES = 3
# How far up the parse a counted victim's verb may stand below the event it belongs to
# ("were killed when a bomb exploded": the bomb's event is the verb's adverbial clause)
TIED_HOPS = 3
TIED_CHILD_DEPS = ("advcl", "prep", "pobj", "agent", "nsubj", "dobj", "conj")


# Words opening a counted victim that name someone already told of: "The man was pronounced dead"
RESTATING_WORDS = frozenset(("the", "he", "she"))


def restates_a_victim(mention: CasualtyMention) -> bool:
    """A counted victim told again, by a definite noun or a pronoun ("The man was pronounced
    dead", "She died in hospital"), not newly counted ("A woman was found dead")."""
    first = mention.count.text.split(maxsplit=1)[0].lower() if mention.count.text else ""
    return mention.counted and first in RESTATING_WORDS


def tied_trigger(doc, mention: CasualtyMention, trigger_heads: set[int]) -> int | None:
    """The trigger head (token index) that the parse ties a counted toll's verb to: the verb
    itself, a clause or phrase it governs ("killed when a bomb exploded", "killed in an
    accident"), or a verb governing it. No tie, no toll: a victim counted in one clause does
    not lend its count to another event of the sentence (where that event would then outrank
    the story's own incident for carrying a toll)."""
    span = doc.char_span(mention.anchor, mention.anchor + 1, alignment_mode="expand")
    if span is None:
        return None
    verb = span[0]
    near = [verb, *_tied_below(verb)]
    node = verb
    for _ in range(TIED_HOPS):
        if node.head.i == node.i:
            break
        node = node.head
        near.append(node)
    return next((t.i for t in near if t.i in trigger_heads), None)


def _tied_below(verb) -> list:
    """Tokens one or two steps below the verb along clause and phrase links."""
    out = []
    for c in verb.children:
        if c.dep_ in TIED_CHILD_DEPS:
            out.append(c)
            out += [g for g in c.children if g.dep_ in ("pobj", "nsubj", "dobj")]
    return out


# How far an exact toll may exceed a bound it makes precise ("over 500" ... "545 people"): further
# up, the exact figure is more likely another count (a week's, a war's) than this incident's
EXACT_OVER_BOUND = 1.5
# How far an exact toll may stray from a round "about" figure ("about 30" ... "32")
ABOUT_SPREAD = 0.25


def _makes_precise(bound, exact) -> bool:
    """Is the exact toll the figure a bound or a round one stands for?"""
    n, m = bound.value, exact.value
    if bound.qualifier == "at_least":
        return n <= m <= n * EXACT_OVER_BOUND
    if bound.qualifier == "more_than":
        return n < m <= n * EXACT_OVER_BOUND
    if bound.qualifier == "about":
        return abs(m - n) <= n * ABOUT_SPREAD
    return bound.qualifier == "up_to" and m <= n


def take_exact_tolls(keep: Event, other: Event) -> None:
    """A toll the kept mention gives as a bound or a round figure ("over 500 killed") gives way
    to the exact figure another mention of the incident states ("545 people were killed")."""
    for f in ("killed", "injured"):
        mine, theirs = getattr(keep, f), getattr(other, f)
        if mine is not None and theirs is not None and mine.qualifier != "exact" \
                and theirs.qualifier == "exact" and _makes_precise(mine, theirs):
            setattr(keep, f, theirs)


# A figure with no noun: "12", "around 32", "more than 20" (not "a baby", "one person", "seven others":
# a victim phrase, another party's than the killed)
BARE_FIGURE = re.compile(rf"{_Q}(?:{_NUM}|dozens|scores|hundreds)", re.I)


def toll_figures(targets: list, tolls: list) -> list:
    """The targets that are only a toll's figure ("killing 12": the target "12", inside the toll's
    own words, or the toll's figure told again: "around 32 have been killed" of a toll of "around 32
    civilians"), unnamed: the toll holds them, and a reader looks for who was hit. Counts with no
    toll ("arrests 14"), people described ("seven others") and named people stay."""
    held = [c for c in tolls if c is not None]
    return [t for t in targets if t.name is None and (m := BARE_FIGURE.fullmatch(t.text.strip()))
            and any((c.start <= t.start and t.end <= c.end) or _figure_of(m) == c.value for c in held)]


def _figure_of(match) -> int | None:
    """The number a bare figure states ("around 32": 32); none for "another one", others than
    those counted before."""
    q = match.group("q") or ""
    return None if q.lower() == "another" else parse_number(match.group(0)[len(q):].strip())
