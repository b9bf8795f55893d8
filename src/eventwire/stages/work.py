"""The work record: what the stages read and write for one article, as typed fields.

A stage declares the fields it reads and writes by *path* — `"doc"`, `"drafts"`,
`"drafts.event.location"` — as spaCy's components declare `requires`/`assigns` with
real attribute names. `contract.py` checks every path against these types when a
pipeline is built, and (in strict mode) checks after each step that a stage changed
nothing it did not declare.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..extract.events import Draft
from ..model import Article, ArticleResult, Place, SourceRef
from ..resolve.entities import DocEntities


@dataclass
class Work:
    """One article on its way through the pipeline. Each field names the stage that writes it."""

    article: Article  # the input; `dateline` fills `published` when the input gave none
    # dateline: text before this offset is a dateline ("BEIRUT, March 21 (Reuters) –")
    dateline_end: int = 0
    # dateline: (start, end) of a dateline opening the body after the headline ("Man shot twice.
    # SPRINGFIELD - A man ..."), its dash made a sentence break for the parse (`intake._dateline_apart`)
    body_dateline: tuple[int, int] | None = None
    # parse: the text the parser saw (dateline blanked, same length and offsets as the article)
    text: str = ""
    doc: Doc | None = None  # parse
    entities: DocEntities | None = None  # entities: named entities, actors, coreference memory
    drafts: list[Draft] = field(default_factory=list)  # events, then rewritten by merge
    places: list[Place] = field(default_factory=list)  # places: every place mention, in text order
    # places: (start, end) of an entity → its Place, so events reuse the reading of a mention
    place_by_ent: dict[tuple[int, int], Place] = field(default_factory=dict)
    place_ents: set[tuple[int, int]] = field(default_factory=set)  # places: entities read as places
    # attribution: sentence start char → the sources that sentence reports ("officials said")
    reporters: dict[int, list[SourceRef]] = field(default_factory=dict)
    main: int | None = None  # main_event, then coalesce: index in drafts of the incident the article is about
    result: ArticleResult | None = None  # finalize
