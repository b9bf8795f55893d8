"""Geoparsing: which names in a news story are places, and which place each one is.

A pure library over a parsed document, its entities (`resolve.entities.DocEntities`)
and the gazetteer (`resolve.places`): it never sees the pipeline. `read_places` reads
every place mention of a document; `event_locations` gives each draft event its own
place from that reading. Modules, from the bottom up: `cues` (words around a name),
`context` (what the story tells about where it is; one document's reading), `mentions`
(one mention), `names` (which names are mentions), `reading` (all of them), `locations`
(each event's place). Population thresholds live beside the gazetteer, in
`resolve.places`, where every rule that weighs a town by its people reads them.
"""
from .context import PlaceReading, StoryContext
from .locations import EventLocation, EventSite, event_locations
from .mentions import place_for_ent
from .reading import read_places

__all__ = ["EventLocation", "EventSite", "PlaceReading", "StoryContext", "event_locations", "place_for_ent",
           "read_places"]
