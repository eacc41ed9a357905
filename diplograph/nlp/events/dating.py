"""Dating events.

An event takes the date of its own clause, else of the clauses that govern it, else of its
sentence, else none: a past event is never silently given the document's date.

Dates of well-known events the text mentions without a date: "Since Moscow launched its
invasion of Ukraine" gives no date, yet every reader knows it; a past event with no date in its
clause or sentence that matches a row of ``kb/anchor_events.tsv`` (type, source and target
states, trigger lemma) takes that row's date. Of several matching rows the latest on or before
the document's date wins (a 2015 article's invasion of Ukraine is the 2014 one); with no
document date, or before every row, the event stays undated. A date the text gives is never
replaced, and intended, conditional or negated events are not dated this way.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...kb import load_table, split_list
from ...model import Actor, Event
from ..common import sentence_of
from ..syntax import clause_tokens
from ..time.compare import precision, usable
from ..time.component import infer_published

_FAR_FUTURE = "9999-12-31"


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


# ---------------------------------------------------------------- anchor events
@dataclass(frozen=True)
class Anchor:
    source: str  # ISO3 of a state (any actor of that country matches) or an actor id
    type: str
    target: str
    date: str  # YYYY-MM-DD
    triggers: frozenset[str]


@functools.cache
def anchors() -> dict[str, list[Anchor]]:
    """Anchor events by PLOVER type, latest first."""
    out: dict[str, list[Anchor]] = {}
    for row in load_table("anchor_events"):
        a = Anchor(row["source"], row["type"], row["target"], row["date"],
                   frozenset(w.lower() for w in split_list(row["triggers"])))
        out.setdefault(a.type, []).append(a)
    for rows in out.values():
        rows.sort(key=lambda a: a.date, reverse=True)
    return out


def _is(actor_id: str | None, code: str, actors: dict[str, Actor]) -> bool:
    if actor_id is None:
        return False
    if ":" in code:
        return actor_id == code
    a = actors.get(actor_id)
    return actor_id == f"state:{code}" or (a is not None and a.country == code)


def anchor_date(event: Event, published: str | None, actors: dict[str, Actor]) -> str | None:
    """The date of the latest anchor event ``event`` matches, on or before ``published``."""
    if event.date or not published or event.negated or event.hypothetical:
        return None
    words = set((event.trigger or "").lower().split())
    for a in anchors().get(event.type, ()):
        if a.date <= published[:10] and words & a.triggers and _is(event.source, a.source, actors) \
                and _is(event.target, a.target, actors):
            return a.date
    return None


def date_from_anchors(events: list[Event], doc: Doc) -> None:
    """Give each undated event that matches an anchor event the anchor's date (in place).
    An undated document is at least as late as the latest full date it mentions (the date the
    pipeline will infer for it), which is asked for only when some event could match."""
    actors = doc._.actors or {}
    published: str | None = doc._.published
    candidates = [e for e in events if anchor_date(e, _FAR_FUTURE, actors)]
    if not candidates:
        return
    if not published:
        inferred = infer_published(doc)
        published = inferred[0] if inferred else None
    if not published:
        return
    for e in candidates:
        e.date = anchor_date(e, published, actors) or e.date
