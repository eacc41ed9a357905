"""An outlet named on the piece or the interview the words were said in: "said in a CNN
interview", "argued in a Foreign Policy column", "wrote in a Times op-ed".

The outlet's name modifies the noun of a piece of writing (``kb/written_pieces.tsv``) or of an
appearance on air (``ON_AIR_NOUNS``), and that noun is the object of "in" on the verb that reports
the words: they came to us through that outlet, so it is the quote's ``via``. The outlet stands in
none of the phrases the other ``credit.CREDIT_RULES`` read: not the object of "in" itself
(``writings.written_in``: "writing in the Journal"), nor after "on" or "with" ("said on CNN", "an
interview with CNN"). A piece the words are not said in ("rejected claims in a Times article")
hangs on a verb that reports no speech, and credits nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from .attribution import speech_kind
from .writings import is_written_piece

# Nouns of an appearance on air: "in an interview on CNN", "during an appearance on Fox News",
# "in a CNN interview".
ON_AIR_NOUNS = frozenset({"interview", "appearance", "remarks", "comments"})


def outlet_piece(head: Token, possessor: bool) -> str | None:
    """"said in a CNN interview", "argued in a Foreign Policy column", "told reporters in a Fox News
    appearance": the outlet names the piece or the appearance ("in" on a verb of saying) the words
    were said in."""
    gov = head.head
    if head.dep_ != "pobj" or gov.lower_ != "in" or gov.head.i == gov.i:
        return None
    if not (is_written_piece(head) or head.lemma_.lower() in ON_AIR_NOUNS):
        return None
    return "credit" if speech_kind(gov.head) in ("say", "credit") else None
