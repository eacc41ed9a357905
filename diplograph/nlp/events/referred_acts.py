"""The earlier telling of an act a definite event noun refers back to.

"Militants stormed an army post on Monday, killing two soldiers. ... The White House condemned the
attack": an evaluation of "the attack" that names no attacker is addressed to whoever did the act
the text told before of that type (the issue's "condemned the attack (its author)"): the nearest
earlier act of the noun's type whose author the text names, in its sentence or the
``LOOKBACK_SENTENCES`` before; an indefinite mention of the same act word between ("a second attack")
is another act, and the search stops there. Its parties are read by the coder's own role finders
(``roles.evaluated_event_authors``), not here.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..common import DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS, window_start
from .lexicon import Lexicon, Trigger

# How far back the act referred to may be told: its sentence and this many before.
LOOKBACK_SENTENCES = 4


def refers_back(noun: Token) -> bool:
    """"the attack", "these strikes", "Tuesday's bombing": an event noun made a reference to one already
    told by a definite determiner or a possessor that is a time (a possessor naming an actor is the act's
    author, which ``roles.evaluated_parties`` read first)."""
    det = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
    if det is None:
        return False
    return det.lower_ in DEFINITE_DETERMINERS or \
        (det.dep_ == "poss" and det.ent_type_ in ("DATE", "TIME") and not det._.actor)


def earlier_acts(noun: Token, inner: Trigger, lex: Lexicon) -> Iterator[tuple[Token, Trigger]]:
    """The earlier triggers of ``inner``'s type before ``noun``, nearest first, in its sentence or
    the few before (none when the noun refers to nothing told before). The first whose author the
    text names is the act referred to; an indefinite mention of the noun's own word ("a second
    attack") is a different act told since, and the search ends there."""
    if not refers_back(noun):
        return
    doc = noun.doc
    for i in range(noun.i - 1, window_start(noun, LOOKBACK_SENTENCES) - 1, -1):
        trig = lex.match(doc[i])
        if trig is None or trig.type != inner.type:
            continue
        yield doc[i], trig
        if doc[i].lemma_.lower() == noun.lemma_.lower() and any(
                c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in doc[i].children):
            return
