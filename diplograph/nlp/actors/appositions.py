"""The opening of an apposition right after a person's name, read by the rules that place a person by
what the apposition says ("P, a Saudi-born financier", "P, a former U.S. diplomat", "P, a member of the
Knesset"): the comma, an article, and the lowercase adjectives before what the person is."""

from __future__ import annotations

from spacy.tokens import Doc

from .roles import Cand

APPOSITION_DETS = frozenset({"a", "an", "the"})
MAX_APPOSITION_ADJECTIVES = 2  # "a prominent", "a longtime"


def article_apposition(doc: Doc, c: Cand, room: int = 3) -> int | None:
    """The token after "P, a" (or "an", "the") when the name ``c`` is followed so and at least ``room``
    tokens follow the comma; None otherwise."""
    i = c.end
    if i + room >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in APPOSITION_DETS:
        return None
    return i + 2


def past_adjectives(doc: Doc, i: int) -> int:
    """The token after at most ``MAX_APPOSITION_ADJECTIVES`` lowercase adjectives or adverbs from ``i``
    ("a prominent", "a veteran", "a longtime")."""
    n = 0
    while i < len(doc) and doc[i].is_lower and doc[i].is_alpha and n < MAX_APPOSITION_ADJECTIVES \
            and doc[i].pos_ in ("ADJ", "ADV"):
        i += 1
        n += 1
    return i
