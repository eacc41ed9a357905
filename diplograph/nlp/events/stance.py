"""A stance is no act: a verb of a standing position in the present simple of a relative clause,
"rebels who oppose Assad", "a party that supports a two-state solution", "Americans who oppose
military action", describes its noun by where it stands. PLOVER SUPPORT and REJECT code the act of
expressing a stance ("said it supports", "voiced support", "endorsed the plan"), not the
description of a person or body by one (``frames.TRIGGER_RULES``, words: ``kb/irrealis.tsv``
class stance)."""

from __future__ import annotations

from spacy.tokens import Token

from .drafts import Climb, Step
from .realis import realis_classes

# The present simple: "who opposes", "that support"; not "who opposed" (a past act may be told)
# nor "who has backed" / "that will support" (an auxiliary tells the time or the mood).
_PRESENT_SIMPLE = frozenset({"VBP", "VBZ"})


def _relative_clause_verb(tok: Token) -> Token | None:
    """The head of the relative clause ``tok`` heads or is a conjunct of ("who back Assad and
    oppose the rebels")."""
    t = tok
    for _ in range(3):
        if t.dep_ == "relcl":
            return t
        if t.dep_ != "conj" or t.head.i == t.i:
            return None
        t = t.head
    return None


def stance_relative(c: Climb) -> Step | None:
    """"Syrian rebels who oppose Assad", "a centrist party that supports a Palestinian state",
    "those of us who oppose the TPP": the present simple of a verb of stance in a relative clause
    says what its noun stands for, not that it did anything (audits of 2026-12: "Americans who
    oppose U.S. military action", "an American public that opposes it" coded REJECT, both wrong)."""
    tok = c.tok
    if tok.pos_ != "VERB" or tok.tag_ not in _PRESENT_SIMPLE or tok.lemma_.lower() not in realis_classes("stance"):
        return None
    if any(x.dep_ in ("aux", "auxpass") for x in tok.children):
        return None
    return Step.DROP if _relative_clause_verb(tok) is not None else None
