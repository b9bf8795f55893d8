"""What the stages need loaded once per process: the spaCy pipeline, the gazetteer and the
actor resolver. Built by `Resources.load()` in the pipeline (before worker processes are
forked, so they share the memory) and passed to every stage: no stage or library reaches
for a module-level singleton."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from ..resolve.actors import ActorResolver
from ..resolve.places import Gazetteer


@dataclass(frozen=True)
class Resources:
    nlp: Language
    gazetteer: Gazetteer
    resolver: ActorResolver

    @classmethod
    def load(cls) -> "Resources":
        """The process's shared resources (each loader caches what it builds)."""
        from ..nlp import load_nlp
        from ..resolve.entities import shared_resolver

        return cls(nlp=load_nlp(), gazetteer=Gazetteer.load(), resolver=shared_resolver())
