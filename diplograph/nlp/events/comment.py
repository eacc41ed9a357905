"""A refusal to discuss that names no one to discuss with declines comment; it rejects no one.

"The spokesman declined to discuss the operation", "the minister refused to talk about the
talks": a refusal frame (``kb/event_frames.tsv`` effect reject) over a word of talking whose row
names its addressee (flag ``target`` of ``kb/events.tsv``: "discuss", "talk") is, when the text
names no party to the talk, to the refusal or pressing for it, CAMEO 011 "decline comment" (under 01,
make a public statement, which PLOVER does not code), not PLOVER REJECT of a party's proposal or
demand. "refused to discuss the issue with Iran", "declined to talk to the mediators from Qatar" keep
their REJECT of the party named. One of the event coder's ``frames.GOVERNOR_RULES``.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from .lexicon import Frame
from .parties import np_actors
from .targets import pressing_party

# The type of the talk a refusal declines ("discuss", "talk": CONSULT rows with flag target).
_TALK_TYPE = "CONSULT"


class _Talk(Protocol):
    """What the rule reads of a draft event (``drafts.Draft``)."""

    type: str
    flags: frozenset[str]
    targets: list[str]


def declines_comment(d: _Talk, g: Token, via: Token, frame: Frame | None, mentions: list) -> bool:
    """A refusal (``frame`` effect reject, governing through ``via``) of a talk whose word names
    its addressee, where neither the talk nor the refusal names a party: the refusal declines
    comment and is no event."""
    if frame is None or frame.effect != "reject" or d.type != _TALK_TYPE or "target" not in d.flags or d.targets:
        return False
    named = [a for c in g.children if c.dep_ in ("dobj", "obj", "dative") for a in np_actors(c, mentions)]
    return not named and not pressing_party([g, via], mentions, [])
