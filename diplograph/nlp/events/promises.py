"""What a promise of an act is. A verb of promise (``kb/event_frames.tsv`` effect promise: "vowed",
"pledged", "promised") over an event trigger makes a new event of its subject: "pledged to send aid"
is an agreement (PLOVER AGREE), "vowed to strike back" a threat (THREATEN). When the promised act is
itself negated, the promise says the opposite of the act: "promised not to attack the rebels" commits
to restraint (AGREE; CAMEO 035 "express intent to yield", 0356 "to de-escalate military engagement"),
and "vowed never to back down", "vowed he would not comply with the ultimatum" refuse to yield
(REJECT; CAMEO 12 "reject"). ``PROMISE_RULES`` are read in order by ``promised_type``; the first that
answers gives the new event's type and CAMEO code (``frames._recode`` calls it). A negated act is
read so only when it is the promiser's own (its agent is the promiser or of the promiser's state):
"Obama promised him the Taliban would not open an embassy" is a commitment, no refusal; and not
by an agreement between parties (``kb/events.tsv`` flag recip): "the US and the EU agreed not to
extend the talks" is still their agreement."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .lexicon import COOPERATIVE

if TYPE_CHECKING:
    from .drafts import Draft

Promised = tuple[str, str | None]
# A vowed refusal is the refusal itself, made when vowed (PLOVER REJECT: "refuse", "resist",
# "disobey, challenge"), not a threat of one: "vowed to resist the ruling", "vowed to fight the challenge".
KEPT_WHEN_PROMISED = frozenset({"REJECT"})
# CAMEO 129 "veto": formally reject a measure put to the vetoer. It can be cast only on a measure passed
# and sent, so one promised is not yet cast: a warning of what will befall the measure if it passes.
VETO_CAMEO = frozenset({"129"})


def _refrained(inner: Draft, own: bool) -> bool:
    """The promiser's own act is negated in its clause ("not to attack", "he would never make"),
    not merely not done so far ("has yet to")."""
    return own and inner.negated and not inner.not_yet


def promised_restraint(inner: Draft, own: bool) -> Promised | None:
    """"Russia promised not to attack the rebels", "pledged never to invade", "promised not to send
    ground forces": a promise to refrain from a hostile act is a commitment to de-escalate, an
    agreement, never a threat of the act."""
    return ("AGREE", "035") if _refrained(inner, own) and inner.type not in COOPERATIVE else None


def promised_refusal(inner: Draft, own: bool) -> Promised | None:
    """"vowed not to back down", "vowed that he would not comply with the ultimatum", "promised he
    will never make those concessions", "vowed never to step down": a promise never to yield or to
    cooperate refuses it, and the refusal is made when vowed."""
    return ("REJECT", "120") if _refrained(inner, own) and inner.type in COOPERATIVE else None


def promised_veto(inner: Draft, own: bool) -> Promised | None:
    """"pledged to veto the bill", "vowed to veto any resolution that blocks the deal": a veto threat
    (PLOVER THREATEN, CAMEO 13: a warning with repercussions), not the veto (PLOVER REJECT, CAMEO
    129), which is cast, if ever, once the measure reaches the one who vowed it."""
    return ("THREATEN", "130") if inner.cameo in VETO_CAMEO and not inner.negated else None


def kept_refusal(inner: Draft, own: bool) -> Promised | None:
    """"vowed to fight the challenge", "vowed to resist the ruling": the refusal itself."""
    return (inner.type, inner.cameo) if inner.type in KEPT_WHEN_PROMISED else None


def hostile_promise(inner: Draft, own: bool) -> Promised | None:
    """"vowed to strike back", "pledged to destroy the group": a promised hostile act is a threat;
    "promised him the rebels would not attack" (another's act, negated) is none, but a commitment."""
    return ("THREATEN", "130") if inner.type not in COOPERATIVE and not inner.negated else None


PROMISE_RULES: tuple[Callable[[Draft, bool], Promised | None], ...] = (
    promised_restraint, promised_refusal, promised_veto, kept_refusal, hostile_promise,
)


def promised_type(inner: Draft, default: Promised, own: bool) -> Promised:
    """The type and CAMEO code of a promise of ``inner`` (``own``: the promiser's own act);
    ``default`` (the frame's, AGREE) when no rule answers ("pledged to send aid")."""
    return next((p for rule in PROMISE_RULES if (p := rule(inner, own)) is not None), default)
