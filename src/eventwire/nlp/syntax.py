"""Small readings of a spaCy dependency tree shared by the extractors and resolvers.

Pure functions of tokens: no lexicon, no model loading. `np_bounds` gives the
words of a noun phrase without its clauses ("the French defence minister" of
"... minister, who said"), `with_conjuncts` the coordinated heads that follow
a token ("Russia and France"), `children` a token's dependents by relation, and
`char_span` the character offsets of a token range.
"""
from __future__ import annotations

# Left dependents that belong to a noun phrase: determiners, adjectives, compounds,
# possessives, numbers and their modifiers ("the two Russian Su-24 jets").
NP_LEFT_DEPS = frozenset(("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "npadvmod"))
# Right dependents that belong to it: trailing compounds and the possessive 's
# (clauses, prepositional phrases and most appositions do not).
NP_RIGHT_DEPS = frozenset(("compound", "case"))
# Parts of speech a conjunct must have to be a second argument ("Russia and France"),
# not a coordinated clause or modifier.
CONJUNCT_POS = frozenset(("PROPN", "NOUN", "PRON"))


# Dependency labels of a passive verb's subject: what underwent the act
PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
# Relative pronouns that stand for the noun their clause describes ("a man who was killed", "the attack that killed 11")
RELATIVE_PRONOUNS = frozenset(("who", "that", "which", "whom"))


def children(tok, *deps) -> list:
    """The token's direct dependents whose relation is one of `deps`, in text order."""
    return [c for c in tok.children if c.dep_ in deps]


def with_conjuncts(tok) -> list:
    """The token and the nominal conjuncts after it: "Russia and France" → [Russia, France]."""
    out = [tok]
    for c in tok.conjuncts:
        if c.i > tok.i and c.pos_ in CONJUNCT_POS:
            out.append(c)
    return out


# Entity labels of a day or a time of day
TIME_ENTS = frozenset(("DATE", "TIME"))
# Names a day runs on into where the page dropped its comma: the source of the report
RUN_ON_ENTS = frozenset(("ORG", "PERSON", "GPE", "FAC"))


def opens_with_a_time(tok) -> bool:
    """Does the phrase under the token say when, not to whom: it opens with a day or a time and
    is one ("on Wednesday"), or runs on into a name or a verb where a page dropped the comma after
    the day ("on Wednesday Al-Alam News Network reports", "on Sunday monitoring group the Syrian
    Observatory reported")? A day that only modifies a noun ("on Friday protesters", "on Friday
    Syrian protesters", "on Sunday shoppers in a Nairobi mall", "on Tuesday's budget") leaves the
    noun what the act is done to."""
    if tok.left_edge.ent_type_ not in TIME_ENTS:
        return False
    if tok.ent_type_ in TIME_ENTS or tok.pos_ in ("VERB", "PROPN"):
        return True
    appositions = (t for a in tok.children if a.dep_ == "appos" for t in a.subtree)
    return any(t.ent_type_ in RUN_ON_ENTS for t in (*tok.doc[tok.left_edge.i:tok.i], *appositions))


def np_bounds(tok) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by tok, without clauses.

    A person named in apposition stays with the phrase ("the minister Jean Dupont");
    leading punctuation and conjunctions and trailing punctuation are trimmed."""
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in NP_LEFT_DEPS:
            start = min(start, c.left_edge.i)
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ in NP_RIGHT_DEPS or (c.dep_ == "appos" and c.ent_type_ == "PERSON"):
            end = max(end, c.right_edge.i + 1)
    doc = tok.doc
    while start < tok.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end - 1 > tok.i and doc[end - 1].is_punct:
        end -= 1
    return start, end


def char_span(doc, start_tok: int, end_tok: int) -> tuple[int, int]:
    """Character offsets [start, end) of the tokens doc[start_tok:end_tok] (end_tok > start_tok)."""
    last = doc[end_tok - 1]
    return doc[start_tok].idx, last.idx + len(last)


# Participles that make a place the seat of a body: "the Britain-based monitor", "a group based in Britain"
SEAT_WORDS = frozenset(("based", "headquartered"))


# Nouns that make a place people's origin: "Gomez, a native of Mexico", "three nationals of
# Pakistan were arrested by Dubai police". Not "citizens of Gaza", who are there
ORIGIN_NOUNS = frozenset(("native", "national", "immigrant", "emigrant"))


def seated_body(tok):
    """The body a place word gives the seat of ("the Britain-based Observatory", "the
    Observatory, based in Britain": the Observatory), the people it gives the origin of
    ("Gomez, a native of Mexico, was arrested by Danbury police": the native), or the body it
    says is unlawful there ("the Daesh group (banned in Russia)"), or None where it gives none
    of these ("Egypt based its claim on a map" is a doer)."""
    origin = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if origin is not None and origin.lemma_.lower() in ORIGIN_NOUNS:
        return origin
    outlawed = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
    if outlawed is not None and outlawed.lemma_.lower() in OUTLAWING and outlawed.tag_ == "VBN":
        # "the Daesh group (banned in Russia)", "the group is outlawed in Russia": where it is unlawful
        if outlawed.dep_ in ("acl", "amod", "relcl"):
            return outlawed.head
        return next((c for c in outlawed.children if c.dep_ == "nsubjpass"), None)
    if tok.head.lower_ in SEAT_WORDS and tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        seat = tok.head
    elif tok.dep_ == "pobj" and tok.head.head.lower_ in SEAT_WORDS:
        seat = tok.head.head
    else:
        return None
    if seat.dep_ in ("amod", "acl", "relcl", "compound"):
        return seat.head
    # "The Observatory is based in Britain": the subject of the participle
    return next((c for c in seat.children if c.dep_ in ("nsubj", "nsubjpass")), None)


# Verbs that make a body unlawful: where it is so says whose law, not where anything happens
OUTLAWING = frozenset(("ban", "outlaw", "proscribe", "blacklist"))


def names_a_seat(tok) -> bool:
    """A place word that says where a body sits or whence a person comes, not where anything
    happens (`seated_body`)."""
    return seated_body(tok) is not None


# Nouns of a line between countries: "the border with Iraq", "the Turkish frontier"
BORDER_WORDS = frozenset(("border", "frontier", "boundary"))


def across_a_border(tok) -> bool:
    """A country word naming the other side of a border: "near the Iraq border", "the Turkish
    border", "on the Syrian side of the border with Iraq" say where something is only by its
    neighbour."""
    # (the border's owner, "Syria's border with Iraq", is the near side)
    return (tok.head.lemma_.lower() in BORDER_WORDS and tok.dep_ in ("compound", "amod", "nmod", "npadvmod")) or (
        tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in BORDER_WORDS)


def in_past_tense(verb) -> bool:
    """A verb in the past tense, active or passive ("arrested", "was arrested", "had attacked"); a
    past auxiliary leaves no room for a modal ("will be arrested" has none)."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children))


# Verbs of saying: a place hung on one says where the speaker was, not where what was said happened.
# (extract/lexicon.REPORTING_VERBS is the extraction's wider list, claims included; geoparse, a
# lower layer, cannot read it, and "spoke in Geneva" places a speaker too)
SAYING_VERBS = frozenset("say tell speak add report announce state write comment".split())


def where_said(tok) -> bool:
    """A place word that says where a speaker spoke: "the Observatory's director said by telephone
    from Britain", "the minister said in Geneva"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("from", "in", "at") \
        and tok.head.head.lemma_.lower() in SAYING_VERBS


def names_elsewhere(tok) -> bool:
    """A place word that names a body's seat, the country over a border or the state that leads
    or backs a force (`leads_or_backs`, which the story's focus does not count at all): whose a
    body is, whose neighbour or whose ally, not where things happen."""
    return names_a_seat(tok) or across_a_border(tok) or leads_or_backs(tok)


# Participles a state's name is hyphened to when it leads or backs another's force
PATRON_PARTICIPLES = frozenset(("led", "backed", "sponsored", "funded", "armed", "trained", "supported"))


def leads_or_backs(tok) -> bool:
    """A state hyphened to a force it leads or backs: "US-led coalition air strikes on Manbij",
    "Iranian-backed militias" (the parse makes the name the participle's adverb)."""
    head = tok.head
    return tok.dep_ == "npadvmod" and head.lower_ in PATRON_PARTICIPLES and head.i == tok.i + 2 \
        and tok.doc[tok.i + 1].text in ("-", "‑", "–")


def a_side_between(tok) -> bool:
    """Is the token (or the phrase it is joined to) the object of "between": a side of a fight
    ("clashes between the army and rebels in Sinai": where the sides fight is where the fight is)?"""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "between"


def stranded_speaker(tok) -> bool:
    """A speaker the parse gave to another verb because the comma before "said" is lost:
    "... killing at least 26 civilians a monitor and activists said" makes the monitor and the
    activists objects of "killing". The sentence's main verb is one of saying with no subject of
    its own, and the token's phrase (with its conjuncts) ends right before it."""
    root = tok.sent.root
    if root.lemma_.lower() not in SAYING_VERBS or root.i <= tok.i or children(root, "nsubj", "nsubjpass"):
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "nsubj" or first.right_edge.i != root.i - 1 \
            or not (tok.lemma_.lower() in SOURCE_NOUNS or tok.ent_type_ in ("ORG", "PERSON")):
        return False
    # the words up to "said" are the speakers' own, not a phrase hung on a victim ("shot dead a
    # doctor in Karachi police said": the police sit in the doctor's place phrase)
    name = next((e for e in root.doc.ents if e.start <= first.i < e.end), None)  # "Observatory for Human Rights"
    last = root.doc[root.i - 1]
    while last.i != first.i and (last.dep_ in SPEAKER_PHRASE_DEPS
                                 or (name is not None and name.start <= last.i < name.end)):
        last = last.head
    return last.i == first.i


# Dependencies that keep a word inside the speakers' own phrase ("a monitor and activists")
SPEAKER_PHRASE_DEPS = frozenset(("conj", "cc", "compound", "amod", "det", "nummod", "poss", "punct", "flat", "appos"))


# Who a report cites: "a monitor and activists said", "medics said" ("seven others ... said" is no speaker)
SOURCE_NOUNS = frozenset("""monitor observatory activist official source spokesman spokeswoman spokesperson
    witness resident medic doctor agency ministry media report statement group""".split())


def imperative(tok) -> bool:
    """A bare verb opening its sentence (after a "For ...," at most) with no subject, auxiliary
    or conjunction of its own: an instruction to the reader ("For tickets, call ..."), no act told."""
    if tok.tag_ != "VB" or children(tok, "nsubj", "nsubjpass", "aux", "auxpass", "mark"):
        return False
    first = tok.sent.start
    return tok.i == first or (tok.doc[first].lower_ == "for" and tok.doc[tok.i - 1].text == ",")


def hyphened_to(tok):
    """The word a hyphen joins the token to ("life" of "life-threatening", "Israeli" of
    "Israeli-occupied"), or None."""
    doc = tok.doc
    return doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].is_alpha else None


def prep_child(tok, *preps):
    """The token's first preposition among `preps` ("about" of "asked about her health"), or None."""
    return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps), None)
