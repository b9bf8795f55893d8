"""Evidence for a page to highlight: a mention's sentence, read from the stored article
text, and every span the extractor tied to the event, absolute and sentence-relative."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..model import Event, Span


def words_at(text: str | None, start: int, end: int, fallback: str) -> str:
    """The words at these offsets of the article (the span's own text if the article is gone)."""
    if text is not None and 0 <= start <= end <= len(text):
        return text[start:end]
    return fallback


def sentence(e: Event, text: str | None) -> dict:
    s = e.sentence
    return {"text": words_at(text, s.start, s.end, s.text), "start": s.start, "end": s.end}


def span(role: str, sp: Any, sent: dict, text: str | None, label: Any = None) -> dict:
    """A span with offsets into the article and, when it lies inside the sentence, into the sentence."""
    inside = sent["start"] <= sp.start <= sp.end <= sent["end"]
    return {"role": role, "text": words_at(text, sp.start, sp.end, sp.text), "start": sp.start, "end": sp.end,
            "rel_start": sp.start - sent["start"] if inside else None,
            "rel_end": sp.end - sent["start"] if inside else None, "label": label}


def spans(e: Event, sent: dict, text: str | None) -> list[dict]:
    out = [span("trigger", e.trigger, sent, text)]
    # an implied doer's span is the act's own word: shown as what implies it, not as the doer's words
    out += [span("actor", a, sent, text, f"{a.name} (implied)" if a.implied else a.name) for a in e.actors]
    out += [span("target", a, sent, text, a.name) for a in e.targets]
    if e.location is not None:
        out.append(span("place", e.location, sent, text, e.location.name))
    if e.date_text:
        # The model keeps no offsets for the date: find its words in the sentence.
        at = sent["text"].find(e.date_text)
        if at >= 0:
            start = sent["start"] + at
            out.append(span("date", Span(e.date_text, start, start + len(e.date_text)), sent, text, e.date))
    for role, cnt in (("killed", e.killed), ("injured", e.injured)):
        if cnt is not None:
            out.append(span(role, cnt, sent, text, cnt.value))
    out += [span("instrument", i, sent, text) for i in e.instruments]
    out += [span("source", r, sent, text, r.name) for r in e.reported_by]
    return sorted(out, key=lambda d: (d["start"], d["end"]))


def evidence(e: Event, text: str | None) -> dict:
    sent = sentence(e, text)
    return {"sentence": sent, "spans": spans(e, sent, text)}


def figure(cnt) -> dict | None:
    return None if cnt is None else {"value": cnt.value, "qualifier": cnt.qualifier, "text": cnt.text,
                                     "victims": cnt.victims}


def place(p) -> dict | None:
    if p is None:
        return None
    return {"text": p.text, "name": p.name, "country": p.country, "admin1": p.admin1, "admin1_code": p.admin1_code,
            "lat": p.lat, "lon": p.lon, "precision": p.precision, "geonameid": p.geonameid}


def actor(a) -> dict:
    return {"text": a.text, "name": a.name, "country": a.country, "sector": a.sector, "implied": a.implied,
            "country_assumed": a.country_assumed}


def plain(v: Any) -> Any:
    """A claim value (dataclass, list of them, or scalar) as JSON-ready data."""
    if hasattr(v, "__dataclass_fields__"):
        return asdict(v)
    if isinstance(v, list):
        return [plain(x) for x in v]
    return v
