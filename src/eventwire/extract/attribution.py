"""Quotes with their speakers, and the sources an article cites.

A quote's speaker is the subject of the reporting verb next to it ("..., Cameron
said"); "a statement from the French ministry read" gives the ministry; "the
statement further said" continues the previous speaker. Cited sources are
outlets and monitors named as sources ("Le Mond and Reuters have reported",
"according to the Observatory"), normalised by `resolve.outlets`.
"""
from __future__ import annotations

import re

from ..model import Quote, SourceRef
from ..nlp.quotes import find_quotes
from ..nlp.syntax import char_span, np_bounds
from ..resolve.outlets import outlet_name

REPORT_LEMMAS = frozenset(
    "say tell report state add read note announce confirm quote explain write tweet declare "
    "claim allege insist stress reiterate".split())
_CONTINUATION = {"the statement", "statement", "it", "he", "she", "the ministry", "the spokesman", "they"}


def _speaker_token(sent, qs: int, qe: int):
    """The subject of a reporting verb in `sent` lying outside the quote span."""
    best = None
    for tok in sent:
        if tok.lemma_.lower() in REPORT_LEMMAS and tok.pos_ == "VERB" and not (qs <= tok.idx < qe):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and not (qs <= c.idx < qe)), None)
            if subj is not None:
                dist = min(abs(tok.idx - qe), abs(tok.idx - qs))
                if best is None or dist < best[0]:
                    best = (dist, subj)
        if tok.lower_ == "according" and tok.nbor(1).lower_ == "to" if tok.i + 1 < len(tok.doc) else False:
            pobj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
            if pobj is not None and not (qs <= pobj.idx < qe):
                best = (0, pobj)
    return best[1] if best else None


def _speaker_phrase(tok) -> tuple[int, int]:
    """Speaker's char span; "a statement from the ministry" narrows to the ministry."""
    if tok.lemma_.lower() in ("statement", "communique", "release", "spokesman", "spokeswoman", "source"):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return char_span(tok.doc, *np_bounds(pobj))
    return char_span(tok.doc, *np_bounds(tok))


# A speaker named after a quote is at most this long ("a statement from the French
# ministry of foreign affairs"); inverted, before an aside, shorter ("said Jan Smit").
MAX_SPEAKER_CHARS = 90
MAX_INVERTED_SPEAKER_CHARS = 60
# The words after a closing quote searched for its speaker: a reporting verb and a
# speaker of MAX_SPEAKER_CHARS, with room for the punctuation and adverbs between.
AFTER_QUOTE_CHARS = 160

# “...,” a statement from the French ministry read. / “...,” the statement further said.
# The run before the speaker is bounded and the space before the verb possessive (a shorter run
# would leave a space where the verb's letter must be, so it never matches): unbounded, 160 spaces
# after a quote cost ~0.1 s each, 3,000 spaces 110 s.
_AFTER_QUOTE = re.compile(
    rf"^[\s,.;:!?…\u201d\"]{{0,20}}(?P<who>[^\u201c\u201d\".;:!?]{{2,{MAX_SPEAKER_CHARS}}}?)\s++(?:\w+ly\s+|further\s+|also\s+|then\s+)?"
    r"(?:said|says|read|reads|added|adds|stated|states|told|wrote|noted|declared|insisted|stressed|explained|warned)\b")
_STATEMENT_FROM = re.compile(r"^(?:a|an|the)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|release|message|post)\s+"
                             r"(?:from|by|of)\s+(?P<who>.+)$", re.I)


_INVERTED = re.compile(
    r"^[\s,.;:!?…\u201d\"]*(?:said|says|added|adds|told\s+\w+|wrote|noted|declared|insisted|stressed|explained|warned)"
    rf"\s+(?P<who>[^,.;:\u201c\u201d\"\n]{{2,{MAX_INVERTED_SPEAKER_CHARS}}})")


def _speaker_after(text: str, qe: int) -> tuple[int, int] | None:
    """Speaker span from the words right after a closing quote, by pattern: robust
    where the small parser mis-tags "read" or splits the sentence at the quote.
    Handles "…,” X said" and the inverted "…,” said X, a shopkeeper"."""
    tail = text[qe:qe + AFTER_QUOTE_CHARS]
    inv = _INVERTED.match(tail)
    if inv:
        return qe + inv.start("who"), qe + inv.end("who")
    m = _AFTER_QUOTE.match(tail)
    if not m:
        return None
    s, e = qe + m.start("who"), qe + m.end("who")
    while e > s and text[e - 1] in " ,;:":
        e -= 1
    sub = _STATEMENT_FROM.match(text[s:e])
    if sub:
        s = s + sub.start("who")
    return s, e


def extract_quotes(doc, entities) -> list[Quote]:
    text = entities.text
    quotes: list[Quote] = []
    prev: SourceRef | None = None
    for qs, qe in find_quotes(text):
        span = doc.char_span(qs, qe, alignment_mode="expand")
        speaker = None
        if span is not None:
            sents = {s.start: s for s in (entities.sent_of_token(span[0].i), entities.sent_of_token(span[-1].i))}
            # the sentence where the quote ends, and the following one if the quote fills its sentence
            cands = list(sents.values())
            last = entities.sent_of_token(span[-1].i)
            if last.end < len(doc):
                cands.append(entities.sent_of_token(last.end))
            tok = None
            for sent in cands:
                tok = _speaker_token(sent, qs - 1, qe + 1)
                if tok is not None:
                    break
            after = _speaker_after(text, qe)
            if after is not None or tok is not None:
                s, e = after if after is not None else _speaker_phrase(tok)
                phrase = text[s:e]
                if phrase.lower() in _CONTINUATION and prev is not None:
                    speaker = SourceRef(text=phrase, name=prev.name, start=s, end=e)
                else:
                    actor = entities.actor(s, e, None)
                    speaker = SourceRef(text=phrase, name=actor.name or phrase, start=s, end=e)
        quotes.append(Quote(text=text[qs:qe], start=qs, end=qe, speaker=speaker))
        if speaker is not None:
            prev = speaker
    return quotes


def _source_refs_in(sent, entities) -> list[SourceRef]:
    """Who a sentence says is reporting it: subjects of reporting verbs, 'according to X'."""
    refs = []
    doc = sent.doc
    for tok in sent:
        heads = []
        if tok.lemma_.lower() in REPORT_LEMMAS and tok.pos_ == "VERB":
            heads = [c for c in tok.children if c.dep_ == "nsubj"]
        elif tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            heads = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
        elif tok.lower_ == "citing":
            heads = [c for c in tok.children if c.dep_ in ("dobj", "pobj")]
        for h in heads:
            for x in [h, *h.conjuncts]:
                s, e = np_bounds(x)
                cs, ce = char_span(doc, s, e)
                if doc[s:e].root.pos_ == "PRON":
                    continue
                refs.append(SourceRef(text=entities.text[cs:ce], name="", start=cs, end=ce))
    for ref in refs:
        ref.name = outlet_name(ref.text) or entities.actor(ref.start, ref.end).name or ref.text
    have = {(r.start, r.end) for r in refs}
    refs += [r for r in pattern_sources(entities.text, sent.start_char, sent.end_char) if (r.start, r.end) not in have
             and not any(x.start <= r.start < x.end for x in refs)]
    return refs


def sentence_reporters(doc, entities) -> dict[int, list[SourceRef]]:
    """Sentence start char → sources reported in it."""
    return {sent.start_char: _source_refs_in(sent, entities) for sent in entities.sents}


# Bounded on purpose (a word of at most 60 characters, at most 20 names in a list): unbounded,
# a long capitalised token or comma list made these patterns quadratic (12k characters: 28 s).
_NAME = r"[A-Z][\w.’'&-]{0,60}(?:\s+(?:al-|Al-|de\s+|of\s+|for\s+)?[A-Z][\w.’'&-]{0,60}){0,5}"
_REPORTED = re.compile(rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME}){{0,20}}(?:\s*,?\s+and\s+{_NAME})?)\s+"
                       r"(?:have\s+|has\s+|had\s+)?(?:reported|said|reports|says|cited|quoted)\b")
_ACCORDING = re.compile(rf"\b(?:according\s+to|citing|told|quoted\s+by|cited\s+by)\s+(?:the\s+)?(?P<names>{_NAME}"
                        rf"(?:\s*,?\s+and\s+(?:the\s+)?{_NAME})?)")


# "BEIRUT (Reuters) -", "(AFP)", "--Reuters" at the end
_SIGNOFF = re.compile(r"\((?P<src>[A-Z][A-Za-z .'-]{1,40}?)\)\s*[-–—]")
_SIGNOFF_END = re.compile(r"(?:--|—)\s*(?P<src>[A-Z][A-Za-z]{1,30})\s*$")


def pattern_sources(text: str, start: int = 0, end: int | None = None) -> list[SourceRef]:
    """Known outlets named as sources by pattern ("Le Mond and Reuters have reported",
    "according to SANA"): a fallback where the parse of the sentence fails."""
    end = len(text) if end is None else end
    seg = text[start:end]
    out = []
    for rx in (_REPORTED, _ACCORDING):
        for m in rx.finditer(seg):
            names_s = m.start("names")
            for part in re.finditer(r"[^,]+?(?=\s*,|\s+and\s+|$)", m.group("names")):
                raw = part.group(0).strip()
                raw = re.sub(r"^(?:and|the)\s+", "", raw)
                if not raw:
                    continue
                ps = start + names_s + part.start() + part.group(0).find(raw)
                name = outlet_name(raw)
                if name:
                    out.append(SourceRef(raw, name, ps, ps + len(raw)))
    return out


def cited_sources(doc, reporters: dict[int, list[SourceRef]], text: str | None = None) -> list[SourceRef]:
    """Outlets and monitors the article cites: reporters that are known sources, the
    same found by pattern, and outlets in a dateline or sign-off ("(Reuters)", "--Reuters")."""
    out: list[SourceRef] = []
    seen: set[tuple[int, int]] = set()
    text = doc.text if text is None else text  # the article text, dateline included
    for r in pattern_sources(text):
        if (r.start, r.end) not in seen:
            out.append(r)
            seen.add((r.start, r.end))
    for refs in reporters.values():
        for r in refs:
            if outlet_name(r.text) and (r.start, r.end) not in seen:
                out.append(SourceRef(r.text, outlet_name(r.text), r.start, r.end))
                seen.add((r.start, r.end))
    for m in [*_SIGNOFF.finditer(text), *_SIGNOFF_END.finditer(text.rstrip())]:
        name = outlet_name(m.group("src"))
        if name and (m.start("src"), m.end("src")) not in seen:
            out.append(SourceRef(m.group("src"), name, m.start("src"), m.end("src")))
            seen.add((m.start("src"), m.end("src")))
    out.sort(key=lambda r: r.start)
    return out
