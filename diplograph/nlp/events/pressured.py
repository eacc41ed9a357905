"""The one pressed is not the one pressing: "Corbyn faced pressure to resign", "the government is
under pressure to reconcile with the Sunnis", "Pyongyang is under pressure from Beijing not to
test", "the minister came under pressure from Gulf states to step down".

A noun of asking or pressing (the request frame of ``kb/event_frames.tsv``: "pressure", "calls")
that its clause's subject receives, as the object of a verb of undergoing ("faced", "felt",
"resisted") or of "under" (``kb/pressure_received.tsv``), asks the subject for the act: the subject
is the REQUEST's recipient and the pressers (the noun's "from"/"by" phrase, its possessor or
modifier, "U.S. pressure") its source. Without this the climb gave the request to the noun's
inherited subject, the one pressed. With no presser named ("domestic political pressure to
strike a deal") the text names no one asking and reports neither a request nor the act: no record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...kb import WordClass
from ..syntax import is_negated, subject
from .lexicon import Frame
from .parties import np_actors

if TYPE_CHECKING:
    from .drafts import Climb, Step

_RECEIVING_VERBS = WordClass("pressure_received", "verb")
_RECEIVING_PREPS = WordClass("pressure_received", "prep")
# Prepositions that name who presses ("pressure from Beijing", "calls by lawmakers").
_PRESSER_PREPS = frozenset({"from", "by"})
# Dependents of the noun that name its owner ("U.S. pressure", "China's pressure").
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def receiving_head(noun: Token) -> Token | None:
    """The word through which the subject receives ``noun``: the verb of undergoing whose object
    it is ("faced pressure"), or the word the "under" phrase hangs on ("is under pressure",
    "came under pressure"), also through a quantity ("under a lot of pressure"); None when the
    noun is not received."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "faced a great deal of pressure", "under a lot of pressure"
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _RECEIVING_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ in _RECEIVING_PREPS and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _pressers(noun: Token, holder: Token, mentions: list) -> list[str]:
    phrases = [x for t in (noun, holder) for p in t.children if p.dep_ == "prep" and p.lower_ in _PRESSER_PREPS
               for x in p.children if x.dep_ == "pobj"]
    phrases += [c for c in noun.children if c.dep_ in _OWNER_DEPS]
    return list(dict.fromkeys(a for x in phrases for a in np_actors(x, mentions)))


def pressure_received(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"X faced pressure from Y to resign": a REQUEST of Y to X (the climb goes on from the
    noun, as after any recoding); with no presser or no one pressed named, no record."""
    from .drafts import Draft, Step
    from .frames import apply_frames  # frames reads this rule: imported when it runs

    if frame is None or frame.effect != "request" or g.pos_ != "NOUN":
        return None
    holder = receiving_head(g)
    if holder is None:
        return None
    pressers = _pressers(g, holder, c.mentions)
    subj, passive = subject(holder, c.lex.subjects)
    pressed = [a for a in np_actors(subj, c.mentions) if a not in pressers] if subj is not None and not passive else []
    if not pressers or not pressed:
        return Step.DROP
    outer = Draft(type=frame.type or "REQUEST", mode=None, cameo=frame.cameo, sources=pressers, targets=pressed,
                  anchor=g, words=f"{g.lemma_.lower()} {c.d.words}", negated=is_negated(holder),
                  reported_by=c.d.reported_by, base=c.d.base or c.d.type)
    c.result = apply_frames(outer, g, c.lex, c.mentions, c.actors)
    return Step.DONE
