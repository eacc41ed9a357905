"""Whom an arrest holds. An act done at home with no recipient named takes the source's own state
(``component._home_state``): "Moscow banned gatherings", "Egyptian police arrested 12 demonstrators"
(PLOVER codes the state of the arrested). An arrest of private persons or suspects of a crime,
"police in X detained two men suspected of the attack", "the FSB arrested several suspects", "three
men were detained by X", is law enforcement against those persons (``kb/arrested_persons.tsv``), no
act against the arresting state: with no actor of theirs named there is no recipient (and no record,
as PLOVER codes none without one).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import WordClass
from ..common import sentence_of
from .role_phrases import of_objects

# CAMEO 173: arrest, detain or charge with legal action.
ARREST_CAMEO = frozenset({"173"})
ARRESTED_PERSONS = WordClass("arrested_persons", "person")
# Dependents that name whom a verb of arrest holds: its object, or a passive's subject.
_HELD_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def _held(anchor: Token) -> list[Token]:
    """The arrested: the verb's object or passive subject, the noun's "of" phrase ("the arrest of
    two men"), with their conjuncts."""
    heads = of_objects(anchor) if anchor.pos_ == "NOUN" else [c for c in anchor.children if c.dep_ in _HELD_DEPS]
    return [x for h in heads for x in (h, *h.conjuncts)]


def arrests_private_persons(anchor: Token, cameo: str | None) -> bool:
    """"Detained two men", "arrested a group of suspects", "a man was arrested": an arrest whose
    arrested are named as private persons or suspects (``ARRESTED_PERSONS``, also after a quantity
    noun's "of": "a group of suspects")."""
    if cameo not in ARREST_CAMEO:
        return False
    if counted_arrest(anchor):
        return True
    return any(x.lemma_.lower() in ARRESTED_PERSONS or any(o.lemma_.lower() in ARRESTED_PERSONS for o in of_objects(x))
               for x in _held(anchor))


def counted_arrest(anchor: Token) -> bool:
    """"Police arrested 31,000 and deported another 22,000", "has detained nearly 1,000", "making 60
    arrests": an arrest counted by a number alone, whose noun is left out, tallies persons held
    (whoever they are, the count names no actor), never the arresting state itself."""
    if anchor.pos_ == "NOUN":
        return any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in anchor.children) and not of_objects(anchor)
    return any(x.pos_ == "NUM" and not _elided_from(x) for x in _held(anchor))


# How a plural noun the number may stand for hangs in its clause: a verb's subject or object.
_ANTECEDENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})


def _elided_from(number: Token) -> bool:
    """"Police fired to disperse the demonstrators, arresting 12": a number alone after a plural
    noun its sentence makes a subject or object counts those (12 of the demonstrators), who are
    named, so the count is no tally of its own."""
    sent = sentence_of(number)
    return any(t.tag_ in ("NNS", "NNPS") and t.dep_ in _ANTECEDENT_DEPS for t in sent if t.i < number.i)
