"""Dating events from the document's time expressions.

An event takes the date of its own clause, else of the clauses that govern it, else of its
sentence, else none: a past event is never silently given the document's date.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..common import sentence_of
from ..syntax import clause_tokens
from ..time.compare import precision, usable


def event_date(doc: Doc, anchor: Token, clause: list[Token]) -> str | None:
    """The date of the anchor's clause, else of a governing clause, else of its sentence."""
    sent = sentence_of(anchor)
    times = [t for t in doc._.times or [] if usable(t.value) and sent.start_char <= t.span[0] < sent.end_char]
    if not times:
        return None

    def inside(tokens: list[Token]) -> list:
        idx = {t.idx for t in tokens}
        return [t for t in times if _first_token_idx(doc, t.span[0]) in idx]

    found = inside(clause)
    node = anchor
    while not found and node.head.i != node.i:
        node = node.head
        found = inside(clause_tokens(node))
    if not found:
        found = times
    best = min(found, key=lambda t: (abs(t.span[0] - anchor.idx), -precision(t.value)))
    return best.value


def _first_token_idx(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].idx if span is not None and len(span) else char
