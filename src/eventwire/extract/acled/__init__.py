"""Sentence-level ACLED event type / sub-event type classifier (rules, no training).

``classify_acled(text, plover_type=None, doc=None)`` assigns one of the 30 CASE 2021
task-2 labels to a sentence or short report and maps it to the ACLED event type and
sub-event type. It is a cascade, cheap first:

1. **Cue rules** (lexical patterns a codebook would list: "claimed responsibility",
   "air strike", "improvised explosive device", "opened fire on protesters",
   "recaptured the town", ...), one rule family per label group. Every family that
   fires proposes one candidate with a precedence rank (lower wins), following the
   ACLED codebook's precedence (most specific weapon first, violent before strategic
   developments):

   claim / denial of responsibility (1) > diplomatic measure (2) > natural (3) /
   man-made disaster (4, only without armed actors or when "accidental") > sexual
   violence (5) > chemical weapon (6) > suicide bomb (7) > disrupted weapons use (8;
   demoted when a real detonation is reported) > air/drone strike (9) > demonstrations
   (10: mob violence, violent demonstration, excessive force, protest with
   intervention, peaceful protest) > organised crime (11, without rebels/militants
   around) > shelling/artillery/missile (12) > IED/landmine (13) > grenade (14) >
   territory (15: government regains / non-state actor overtakes / non-violent
   transfer) > abduction (17) > looting/property destruction without casualties (19)
   > armed clash (20) / attack (21, decided by the target) > bare "explosion" (23) >
   arrests (30) > agreement (31) > headquarters established (32) > change to
   group/activity (33) > casualty words alone (45) > other (50) > "blamed for" (95).
   A cue inside a background clause ranks ``BG_PENALTY`` (20) steps lower.

   Families decide between their members with context: *who* acts (government forces
   vs rebels for territory, via the syntactic subject or passive agent when a spaCy
   ``doc`` is given, a left-context window otherwise), *whom* they act on (military
   target -> armed clash, civilians -> attack; peaceful protesters shot -> excessive
   force), negation ("no group has claimed responsibility" is not an attribution) and
   background clauses ("... in retaliation for a chemical attack", "after clashes",
   "protests against the arrest of ...": cues there only count when nothing in the
   foreground decides).
2. **Fallback** for text no rule decides: the PLOVER type if given, then a generic
   casualty-word score. Text with no cue at all gets ``case_label="OTHER"`` with
   ``event_type=None``, ``sub_event_type=None``, ``cue=None`` and ``score=0.0``
   (undecided / not an ACLED event).

Labels that are not ACLED sub-event types (ORG_CRIME, NATURAL_DISASTER,
MAN_MADE_DISASTER, DIPLO, ATTRIB) carry ``event_type=None`` and ``sub_event_type=None``.

Negation decision: "no one claimed responsibility" / "has yet to claim" is NOT an
ATTRIB event (the claim did not happen); the sentence falls through to the event it
reports. A *denial* of responsibility ("denied involvement in the attack") IS an
ATTRIB event (an attribution statement).

Nothing here is trained on CASE data; the rules come from the ACLED codebook's
definitions and ordinary news wording. See ``benchmarks/case_probe.py`` for the
measured scores on the CASE 2021 dev snippets.

Modules: ``labels`` (the CASE / ACLED label tables), ``rules`` (the rules table and the
engine that applies it), ``cues`` / ``explosions`` / ``demonstrations`` / ``battles`` /
``crime`` (the rule patterns and the families that choose between labels), ``context``
(clauses, negation, who acted), ``vocab`` (actors, targets, casualties) and
``fastregex`` (exact, faster matching of the many case-insensitive patterns).
"""
from __future__ import annotations

from .labels import CASE_LABELS, CASE_TO_ACLED, AcledLabel, acled_for_case
from .rules import classify_acled

__all__ = ["AcledLabel", "classify_acled", "CASE_LABELS", "CASE_TO_ACLED", "acled_for_case"]
