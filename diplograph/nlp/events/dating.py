"""Dating events.

An event takes the date of its own clause, else of the clauses that govern it, else of its
sentence, else none: a past event is never silently given the document's date. A deadline
("demanded a withdrawal by 2025", "extended the deadline until October 31", "no later than
June") is when something is due, not when the event happened: it never dates an event.

Dates of well-known events the text mentions without a date: "Since Moscow launched its
invasion of Ukraine" gives no date, yet every reader knows it; a past event with no date in its
clause or sentence that matches a row of ``kb/anchor_events.tsv`` (type, source and target
states, trigger lemma) takes that row's date. Of several matching rows the latest on or before
the document's date wins (a 2015 article's invasion of Ukraine is the 2014 one); with no
document date, or before every row, the event stays undated. A date the text gives is never
replaced, and intended, conditional or negated events are not dated this way.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...kb import load_table, per_folder, split_list
from ...model import Actor, Event
from ..common import sentence_of
from ..syntax import clause_tokens
from ..time.compare import precision, usable
from ..time.component import infer_published

_FAR_FUTURE = "9999-12-31"
# Words that make the time expression after them a deadline or the end of a span.
DEADLINE_WORDS = frozenset({"by", "until", "till", "til", "within"})
# Words that may stand between a deadline word and the expression: "by the end of 2020".
DEADLINE_FILLERS = frozenset({"the", "end", "start", "beginning", "middle", "close", "of", "mid", "-",
                              "early", "late", "than", "later", "no"})


def event_date(doc: Doc, anchor: Token, clause: list[Token]) -> str | None:
    """The date of the anchor's clause, else of a governing clause, else of its sentence."""
    sent = sentence_of(anchor)
    times = [t for t in doc._.times or [] if usable(t.value) and sent.start_char <= t.span[0] < sent.end_char
             and not is_deadline(doc, t.span[0])]
    if not times:
        return None

    def inside(tokens: list[Token], top: Token) -> list:
        idx = {t.idx for t in tokens}
        return [t for t in times if _first_token_idx(doc, t.span[0]) in idx and not _dates_a_noun(doc, t, anchor)
                and not _in_participle(doc, t, top)]

    found = inside(clause, anchor) or inside(_when_clauses(anchor), anchor)
    node = anchor
    while not found and node.head.i != node.i:
        node = node.head
        found = inside(clause_tokens(node), node) or inside(_when_clauses(node), node)
    if not found:  # a time of another clause ("Russia, which invaded Crimea in 2014, ...") is not ours
        return None
    best = min(found, key=lambda t: (abs(t.span[0] - anchor.idx), -precision(t.value)))
    return best.value


# Subordinators of a clause that happens at the same time as its governor.
WHEN_MARKS = frozenset({"when", "while", "as"})


def _when_clauses(tok: Token) -> list[Token]:
    """The tokens of ``tok``'s temporal clauses of the same time: "When Lukashenko and Xi met
    last year, they announced ..." dates the announcement last year ("after"/"before" clauses
    do not: they put the event on the other side of their date)."""
    return [t for c in tok.children if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in WHEN_MARKS
                                                                   for m in c.children)
            for t in clause_tokens(c)]


# How a time expression hangs on a noun it dates: "the 2015 nuclear deal", "Friday's attack".
NOUN_DATE_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "poss"})


def _dates_a_noun(doc: Doc, time: object, anchor: Token) -> bool:
    """Whether ``time`` modifies a noun other than ``anchor``: then it dates that thing ("after
    the 2018 summit, X accused Y" does not put the accusation in 2018)."""
    start, end = time.span  # type: ignore[attr-defined]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in NOUN_DATE_DEPS and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != anchor.i \
        and not span.start <= root.head.i < span.end


def _in_participle(doc: Doc, time: object, top: Token) -> bool:
    """Whether ``time`` hangs, below ``top``, on a participle modifying a noun: "the talks,
    first held in 2017, ended" does not put the ending in 2017."""
    start, end = time.span  # type: ignore[attr-defined]
    span = doc.char_span(start, end, alignment_mode="expand")
    tok = span.root if span is not None and len(span) else None
    while tok is not None and tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "acl" and tok.pos_ in ("VERB", "AUX"):
            return True
        tok = tok.head
    return False


def is_deadline(doc: Doc, char: int) -> bool:
    """Whether the time expression starting at ``char`` is a deadline: a deadline word before
    it, with nothing but fillers between ("by the end of", "no later than", "until mid-")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    i = span[0].i - 1
    sent_start = span[0].sent.start
    while i >= sent_start and doc[i].lower_ in DEADLINE_FILLERS:
        if doc[i].lower_ == "than" and i > sent_start and doc[i - 1].lower_ == "later":
            return True  # "no later than June"
        i -= 1
    return i >= sent_start and doc[i].lower_ in DEADLINE_WORDS


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


@per_folder
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
