"""Verbs that ask for an act only through a preposition: "Germany pushed for talks with Serbia",
"France lobbied for sanctions against Iran" ask for the act (PLOVER REQUEST, CAMEO 10); the act
is not reported as done. Their rows in ``kb/event_frames.tsv`` name the preposition ("push for",
"lobby for"); ``Lexicon.frame`` reads them only on the climb through it, so "pushed ahead with
talks" and "pushed back against sanctions" keep the act (frames.GOVERNOR_RULES reads this rule
before the frame's effect)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import Frame

if TYPE_CHECKING:
    from .drafts import Climb, Step


def pushed_for(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"pushed for talks with Iran": a REQUEST to the act's other party. Only the act the
    preposition names is asked for: in "pushed for an investigation of the attack" the attack
    happened (the climb stops). With no one to ask ("has pushed for the tariffs", "pushing for a
    deal", "pushing for tariffs to be lifted"), the text reports neither a request of a party nor
    the act, and the event goes."""
    from .drafts import Step
    from .frames import recode  # frames reads this rule: imported when it runs

    if frame is None or not frame.needs:
        return None
    if prev.i != c.tok.i:
        return Step.STOP
    step = recode(c, g, prev, frame)
    if c.result is not None and c.result.type == frame.type and not c.result.targets:
        return Step.DROP
    return step
