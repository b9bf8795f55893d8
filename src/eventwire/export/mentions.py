"""GDELT 2.0 Mentions table: one row per article's account of an event (a fused event's
mentions), the 16 columns of the GDELT 2.0 Mentions codebook in its order.

The mention is what GDELT users join on (GLOBALEVENTID), so every event row of the Event
table has its mentions here, and only those. docs/exports.md lists every column.
"""
from __future__ import annotations

from eventwire.export.articles import Articles, dateadded, sentence_number
from eventwire.export.fields import primary
from eventwire.model import Actor, FusedEvent, Mention

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)

# GDELT's MentionType: 1 a web page (the identifier is its URL); 2 a citation only (an
# identifier that is not a URL: here the article's id in the store).
MENTION_WEB, MENTION_CITATION = 1, 2
# GDELT's confidence runs 10..100 in steps of 10; eventwire's is a probability.
CONFIDENCE_STEP, CONFIDENCE_MIN = 10, 10
# GDELT writes -1 for an actor or action it did not find in the text.
NOT_FOUND = -1


def confidence(p: float) -> int:
    return max(CONFIDENCE_MIN, min(100, round(p * 100 / CONFIDENCE_STEP) * CONFIDENCE_STEP))


def _offset(obj: Actor | None) -> int:
    """Where the text names it; an implied doer (`Actor.implied`) is named nowhere."""
    return obj.start if obj is not None and not obj.implied else NOT_FOUND


def mention_row(m: Mention, event_row: dict[str, object], articles: Articles) -> dict[str, object]:
    info = articles.info(m.article_id)
    ev = m.event
    when = dateadded(info.ingested_at) or (m.published.replace("-", "") + "000000" if m.published else None)
    tone = articles.tone(m.article_id)
    return {
        "GLOBALEVENTID": event_row["GLOBALEVENTID"],
        "EventTimeDate": event_row["DATEADDED"],
        "MentionTimeDate": when or event_row["DATEADDED"],
        "MentionType": MENTION_WEB if info.url else MENTION_CITATION,
        "MentionSourceName": m.outlet,
        "MentionIdentifier": info.url or m.article_id,
        "SentenceID": sentence_number(info.text, ev.sentence.start),
        "Actor1CharOffset": _offset(primary(ev.actors)),
        "Actor2CharOffset": _offset(primary(ev.targets)),
        "ActionCharOffset": ev.trigger.start,
        # every eventwire event is found in the article's own words
        "InRawText": 1,
        "Confidence": confidence(ev.confidence),
        "MentionDocLen": len(info.text) if info.text else None,
        "MentionDocTone": None if tone is None else f"{tone:g}",
    }


def mention_rows(fe: FusedEvent, event_row: dict[str, object], articles: Articles) -> list[dict[str, object]]:
    return [mention_row(m, event_row, articles) for m in fe.mentions]
