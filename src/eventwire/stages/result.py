"""The last stage: ids, confidence, the main event, quotes, cited sources, spans anchored."""
from __future__ import annotations

from ..model import ArticleResult
from ..pipeline import Work, component


_TYPE_SALIENCE = {"ASSAULT": 3, "INCIDENT": 3, "COERCE": 2, "PROTEST": 2, "CRIME": 2, "MOBILIZE": 1.5,
                  "RETREAT": 1.5, "AID": 1.5, "AGREE": 1.2, "SANCTION": 1.2, "INVESTIGATE": 1}


def _depth(tok) -> int:
    """Clause depth of a token: hops to the root that embed it, not counting
    prepositions, coordination, "a number of", or "officials said" around a report."""
    from ..extract.arguments import QUANTITY_NOUNS
    from ..extract.lexicon import REPORTING_VERBS

    d = steps = 0
    while tok.head.i != tok.i and steps < 12:
        dep, head = tok.dep_, tok.head
        free = (dep in ("prep", "agent", "conj", "cc", "punct")
                or (dep == "pobj" and head.lower_ in ("of", "by"))
                or tok.lemma_.lower() in QUANTITY_NOUNS
                or (dep == "ccomp" and head.lemma_.lower() in REPORTING_VERBS))
        d += 0 if free else 1
        tok, steps = head, steps + 1
    return d


def main_event_index(result: ArticleResult, drafts: list) -> int | None:
    """The incident the article is about: early, syntactically high in its sentence
    (the report's main verb, not an embedded clause), violent or consequential."""
    if not result.events:
        return None
    title = (result.article.title or "").lower()

    def score(i):
        ev, d = result.events[i], drafts[i]
        s = 0.15 * _TYPE_SALIENCE.get(ev.type, 0.8)
        s += 0.4 if ev.killed else 0
        s += 0.2 if ev.location else 0
        s += 0.8 if ev.trigger.text.lower() in title else 0
        s -= 1.0 * min(d.sent_index, 6)
        s -= 0.6 * _depth(d.sent.doc[d.hit.head])
        s -= 0.6 if ev.factuality in ("hypothetical", "negated", "denied") else 0
        s -= 0.4 if ev.factuality == "planned" else 0
        return s

    return max(range(len(result.events)), key=score)


@component("finalize", requires=("merged",), provides=("result",))
def finalize(w: Work) -> None:
    from ..extract.attribution import cited_sources, extract_quotes

    res = ArticleResult(article=w.article)
    for n, d in enumerate(w.drafts, 1):
        ev = d.event
        ev.id = f"{w.article.id}#e{n}"
        filled = sum(bool(x) for x in (ev.actors, ev.targets, ev.location, ev.date_text, ev.killed))
        ev.confidence = round(min(0.95, 0.35 + 0.12 * filled), 2)
        res.events.append(ev)
    res.main_event = main_event_index(res, w.drafts)
    res.quotes = extract_quotes(w.doc, w.entities)
    res.cited_sources = cited_sources(w.doc, w.reporters, w.article.text)
    res.places = w.places
    _anchor_spans(res, w.article.text, w.text)
    w.result = res


def _anchor_spans(res: ArticleResult, text: str, parsed: str) -> None:
    """Every span's text is the article's own text at its offsets, without edge
    whitespace (the parse saw a blanked dateline, so phrases may start in it)."""
    from dataclasses import fields, is_dataclass

    def fix(obj):
        if isinstance(obj, list):
            for x in obj:
                fix(x)
            return
        if not is_dataclass(obj):
            return
        if hasattr(obj, "start") and hasattr(obj, "end") and hasattr(obj, "text") and isinstance(obj.start, int):
            s, e = obj.start, obj.end
            while s < e and parsed[s].isspace():
                s += 1
            while e > s and parsed[e - 1].isspace():
                e -= 1
            obj.start, obj.end, obj.text = s, e, text[s:e]
        for f in fields(obj):
            if f.name != "article":
                fix(getattr(obj, f.name))

    fix(res.events)
    fix(res.quotes)
    fix(res.cited_sources)
    fix(res.places)
