"""Whom an inquiry is into, when the parse hangs the "into" phrase elsewhere than on the noun.

* "the FBI opened an investigation into Russia", "launched a probe into Russian meddling": the
  parser often attaches the noun's own "into" phrase to the verb that opens the inquiry; the
  phrase still says whom the inquiry is into, since an opening verb takes no "into" of its own.
* "an investigation into whether Iran funded the group": an inquiry into a question is into the
  subject of the question (as "investigating whether X did" is: ``roles.complement_clause_targets``).
* "investigating possible collusion between the campaign and Russia", "a probe into ties between
  Trump aides and Moscow": what an inquiry looks into is a dealing between parties, whose noun names
  no party itself; the "between" phrase names the parties looked into (``dealing_parties``), for the
  noun here and for the verb (``roles.VERB_TARGET_RULES`` ``inquired_dealing_targets``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..syntax import DIRECT_OBJECT_DEPS, NOMINAL_SUBJECT_DEPS
from .lexicon import Trigger
from .parties import np_actors

if TYPE_CHECKING:
    from .noun_roles import NounCase

# The mode of kb/events.tsv rows of inquiry ("investigation", "probe", "inquiry").
_INQUIRY_MODE = "investigate"
# What marks a complement as a question: "into whether", "into if".
_QUESTION_MARKS = frozenset({"whether", "if"})


def _into_phrases(c: NounCase) -> list[Token]:
    """The prepositions "into" of the noun, or of the verb whose object it is when the phrase
    follows the noun ("opened an inquiry into X", misattached)."""
    own = [p for p in c.tok.children if p.dep_ == "prep" and p.lower_ == "into"]
    if own or c.tok.dep_ not in DIRECT_OBJECT_DEPS:
        return own
    verb = c.tok.head
    return [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "into" and p.i > c.tok.i]


def _question_subjects(prep: Token) -> list[Token]:
    """"into whether Iran funded it": the subject of the question clause the preposition governs."""
    return [s for x in prep.children if x.dep_ == "pcomp"
            and any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in x.children)
            for s in x.children if s.dep_ in NOMINAL_SUBJECT_DEPS]


def is_inquiry(trig: Trigger) -> bool:
    """A trigger of the inquiry mode ("investigate", "probe", "an investigation")."""
    return trig.mode == _INQUIRY_MODE


def dealing_parties(head: Token, mentions: list, sources: list[str]) -> list[str]:
    """"collusion between the campaign and Russia", "ties between A and B": the parties of the
    "between" phrase of a noun that names no party of its own (an inquiry's object or "into" phrase):
    the dealing looked into is theirs. Not the inquirer itself."""
    if np_actors(head, mentions):
        return []
    return [a for p in head.children if p.dep_ == "prep" and p.lower_ == "between"
            for x in p.children if x.dep_ == "pobj" for a in np_actors(x, mentions) if a not in sources]


def inquiry_target(c: NounCase) -> None:
    """The party an inquiry is into (a nominal trigger of the inquiry mode with no target yet)."""
    if c.targets or not is_inquiry(c.trig):
        return
    for prep in _into_phrases(c):
        heads = [x for x in prep.children if x.dep_ == "pobj"] + _question_subjects(prep)
        found = [a for h in heads for a in np_actors(h, c.mentions) if a not in c.sources] or \
            [a for h in heads for a in dealing_parties(h, c.mentions, c.sources)]
        if found:
            c.targets = list(dict.fromkeys(found))
            return
