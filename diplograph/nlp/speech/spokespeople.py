"""The body a spokesperson or a document speaks for: "a White House spokesman said", "an Israeli
military spokesman said", "a spokeswoman for the Pentagon said", "a White House statement said" --
the words of the President's office, the Israeli armed forces, the Defense Department, not of the
United States or Israel.

The actors component reads "a White House spokesman" as a mention of the United States (the seat
of power stands for its state, which is what the event coder wants). A spokesperson's office is to
give the word of the body they serve, on the record, and a statement or report gives the word of
whoever issued it; so when the speaker's phrase is headed by a spokesperson's title
(``kb/titles.tsv``, title Spokesperson) or a document noun (``kb/document_nouns.tsv``) and its
modifiers, or its "for"/"of"/"at" phrase, name a body of the state (``kb/speaking_bodies.tsv``, read
by ``bodies.body_slug``), the speaker is that body, as in "the White House said" (``bodies.py``).
The attribution table keeps which state the body stands for, so the events, claims and relations
coders still see the state. A person named in the phrase ("a Pentagon spokesman, Jo Lee,") is
found before this rule is asked.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import load_table, per_folder
from ...kb.gazetteer import gazetteer
from .bodies import body_of, body_slug

_SPOKESPERSON = "Spokesperson"  # the title kb/titles.tsv records for a body's spokespeople
_OWNER_PREPS = frozenset({"for", "of", "at"})


@per_folder
def _document_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in load_table("document_nouns"))


def _speaking_head_start(doc: Doc, head: Token) -> int | None:
    """The index of the first word of a spokesperson's title ending at ``head`` ("spokesman",
    "press secretary") or of a document noun ("statement"); None for any other head."""
    if head.pos_ != "NOUN":
        return None
    if head.lemma_.lower() in _document_nouns() or head.lower_ in _document_nouns():
        return head.i
    titles = gazetteer().titles
    for start in (head.i - 1, head.i):  # a title of two words before one of one
        if start < 0:
            continue
        title = titles.get(doc[start:head.i + 1].text.lower())
        if title is not None and title.title == _SPOKESPERSON:
            return start
    return None


def spokesperson_title(head: Token) -> bool:
    """"spokesman", "press secretary": the head is a spokesperson's title (``kb/titles.tsv``)."""
    return _speaking_head_start(head.doc, head) is not None and head.lemma_.lower() not in _document_nouns() \
        and head.lower_ not in _document_nouns()


def _body_words(doc: Doc, first: int, end: int, state_id: str) -> tuple[int, str] | None:
    """The longest run of words ``doc[k:end]`` (k >= ``first``) that names a body of the state
    ``state_id`` ("White House", "Israeli military", "U.S. armed forces"): (k, its slug)."""
    for k in range(first, end):
        span = doc[k:end]
        if not any(t._.actor == state_id for t in span):
            return None
        slug = body_slug(span.text)
        if slug is not None:
            return k, slug
    return None


def _owner_phrase(doc: Doc, head: Token, start: int, state_id: str) -> tuple[int, int, str] | None:
    """(first word, end, slug) of the words naming the body the head speaks for: its modifiers
    before it ("a Pentagon spokesman") or the object of its "for"/"of"/"at" phrase ("a spokesman
    for the White House")."""
    found = _body_words(doc, head.left_edge.i, start, state_id)
    if found is not None:
        return found[0], start, found[1]
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OWNER_PREPS or prep.i < head.i:
            continue
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is not None and (found := _body_words(doc, obj.left_edge.i, obj.i + 1, state_id)):
            return found[0], obj.i + 1, found[1]
    return None


def spokesperson_body(doc: Doc, subj: Token, actor_id: str | None, stands_for: dict[str, str]) -> str | None:
    """"A White House spokesman said", "a Pentagon statement said", "a spokeswoman for the Kremlin
    said": the subject is a spokesperson's title or a document noun whose phrase names a body of the
    state ``actor_id`` (the speaker found for it): that body speaks (its actor, created the first
    time and recorded in ``stands_for`` as standing for the state); None otherwise ("a U.S.
    spokesman", "a Russian statement": the state itself, no body, is named)."""
    state = (doc._.actors or {}).get(actor_id) if actor_id else None
    if state is None or state.kind != "state" or not state.country:
        return None
    start = _speaking_head_start(doc, subj)
    owner = _owner_phrase(doc, subj, start, state.id) if start is not None else None
    if owner is None:
        return None
    first, end, slug = owner
    while first < end - 1 and doc[first].dep_ in ("det", "predet"):  # "a" or "the" is no part of the name
        first += 1
    span = doc[first:end]
    return body_of(doc, state, slug, span.start_char, span.end_char, span.text, stands_for)
