"""Which fused events a new mention is compared with: a hash index, never all pairs.

An event is filed under (type, country, day) for every mention it holds
("?" for a mention with no comparable place). A mention looks up its compatible
types, its countries and "?", over the days of the date window around it, so
the work per mention depends on how busy those blocks are, not on corpus size.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .similarity import compatible_types

UNPLACED = "?"
DATE_WINDOW_DAYS = 3

BlockKey = tuple[str, str, int | None]


class BlockIndex:
    def __init__(self) -> None:
        # key -> event ids in filing order (a dict used as an ordered set)
        self._events: dict[BlockKey, dict[str, None]] = {}

    def file(self, event_id: str, key: BlockKey) -> None:
        self._events.setdefault(key, {})[event_id] = None

    def candidates(self, event_type: str, countries: Iterable[str], day: int | None) -> Iterator[str]:
        """Event ids that may hold the same event, each once, in filing order per block."""
        days: Iterable[int | None] = (
            [None] if day is None else range(day - DATE_WINDOW_DAYS, day + DATE_WINDOW_DAYS + 1))
        seen: set[str] = set()
        places = set(countries) | {UNPLACED}
        for t in sorted(compatible_types(event_type)):
            for c in sorted(places):
                for d in days:
                    for event_id in self._events.get((t, c, d), ()):
                        if event_id not in seen:
                            seen.add(event_id)
                            yield event_id
