"""An article's result as fusion's input: one Mention per event, the main event first."""
from __future__ import annotations

from ..model import ArticleResult, Mention


def mentions_from_result(result: ArticleResult) -> list[Mention]:
    """One Mention per event of an article's result; the main event first, marked `main`.
    (A stored output dict comes back through `ArticleResult.from_dict`.)"""
    a = result.article
    events = list(result.events)
    main = result.main_event
    has_main = isinstance(main, int) and 0 <= main < len(events)
    if has_main:
        events = [events[main]] + events[:main] + events[main + 1:]
    return [Mention(id=f"{a.id}#{ev.id}", article_id=a.id, outlet=a.source, published=a.published, event=ev,
                    main=has_main and i == 0)
            for i, ev in enumerate(events)]
