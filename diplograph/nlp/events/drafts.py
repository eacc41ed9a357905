"""The event being built and the walk up from its trigger, shared by ``frames`` (the climb through
the words governing a trigger), ``outcomes`` (what the climb makes of the event) and the rules they
read: ``Draft`` (an event before ids and deduplication), ``Climb`` and ``Step`` (what a rule decides).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Lexicon

# Modals: "will/would/shall" announce an intended event; the others only a possible one.
INTENT_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
SPECULATIVE_MODALS = frozenset({"may", "might", "could", "can", "should", "must"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


@dataclass
class Draft:
    """An event before ids and deduplication."""

    type: str
    mode: str | None
    cameo: str | None
    sources: list[str]
    targets: list[str]
    anchor: Token  # the trigger (or the governing word that recoded it)
    words: str
    recip: bool = False
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None
    flags: frozenset[str] = field(default_factory=frozenset)
    base: str = ""  # the trigger's own type, before a governing word recoded it
    arranged: bool = False  # on the calendar ("is scheduled to attend"): not a mere intention
    not_yet: bool = False  # "has yet to agree": not done so far, which is no refusal
    # why the text does not report the event as real ("adjective:potential", "belief:fear"; see
    # mood.irrealis), when the climb found no frame that says so
    irrealis: str | None = None
    announced: bool = False  # a speech verb of its own agent governs it ("said it will support")
    shown: bool = False  # an act of force held ready ("prepared to resume shelling"): a show of force


def modal_of(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ == "aux" and (c.text.lower() in INTENT_MODALS or c.text.lower() in SPECULATIVE_MODALS):
            return c.text.lower()
    return None


class Step(Enum):
    """What a rule decides about the event being climbed from."""

    STOP = "stop"  # the words further up do not bear on this event
    DROP = "drop"  # the text reports no event
    DONE = "done"  # a governing word recoded the event: ``Climb.result`` is final


@dataclass
class Climb:
    """The walk up from a trigger through the words that govern it."""

    d: Draft
    tok: Token
    lex: Lexicon
    mentions: list
    actors: dict
    result: Draft | None = None


def country_of(actors: dict, actor_id: str | None) -> str | None:
    a = actors.get(actor_id) if actor_id else None
    return a.country if a is not None and a.country else actor_id
