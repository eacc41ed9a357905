"""The body of a state that speaks: "the White House said" quotes the US President's office,
"the Kremlin said" the Russian presidency, "the Israeli military said" Israel's armed forces --
not the United States, Russia or Israel.

The actors component reads a seat of power (``kb/countries.tsv`` seats) or a state's adjective
before "military" as the state, which is what the event coder wants ("the White House imposed
sanctions": the United States acts). A quote's speaker is who spoke, so when the phrase naming the
speaker is such a body (``kb/speaking_bodies.tsv``), the speaker is that body: an organisation of
the state. The attribution table keeps which body stands for which state, so the events, claims
and relations coders, which read speakers through ``attribution_of``, still see the state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import load_table, per_folder, split_list
from ...model import Actor


@per_folder
def speaking_bodies() -> dict[tuple[str, str], str]:
    """(kind, lower-case phrase) -> the slug of the body it names (``kind``: seat or service)."""
    return {(row["kind"], form.lower()): row["slug"]
            for row in load_table("speaking_bodies") for form in split_list(row["phrase"])}


def _mention_at(doc: Doc, tok: Token) -> tuple[int, int, str] | None:
    """(start char, end char, text) of the actor mention covering ``tok``."""
    for m in doc._.mentions or ():
        if m.start <= tok.i < m.end and m.actor_id == tok._.actor:
            return m.start_char, m.end_char, m.text
    return None


def _without_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def body_slug(phrase: str) -> str | None:
    """The body a state's mention names: a seat ("the Kremlin") or an armed service after the
    state's name or adjective ("the Israeli military", "U.S. armed forces"); None for the state
    itself ("Russia", "the Russians")."""
    form = _without_the(phrase).lower()
    bodies = speaking_bodies()
    if ("seat", form) in bodies:
        return bodies[("seat", form)]
    words = form.split()
    for n in range(1, len(words)):  # the service's words after at least one of the state's
        slug = bodies.get(("service", " ".join(words[n:])))
        if slug is not None:
            return slug
    return None


def _possessive_body(doc: Doc, subj: Token, actor_id: str) -> tuple[int, int, str] | None:
    """"South Korea's presidential office said": the subject's head is no mention, a possessive of the
    state ``actor_id`` opens its phrase and the words after the possessive name a body of the state
    (``kb/speaking_bodies.tsv`` service); its (start char, end char, text), from the state's name."""
    if subj._.actor or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.i < subj.i), None)
    if poss is None or poss._.actor != actor_id:
        return None
    words = [t for t in doc[poss.i + 1:subj.i + 1] if t.dep_ != "case" and t.text not in ("'s", "’s", "'", "’")]
    if not words or ("service", " ".join(t.lower_ for t in words)) not in speaking_bodies():
        return None
    span = doc[poss.left_edge.i:subj.i + 1]
    return span.start_char, span.end_char, span.text


def is_body_noun(noun: str) -> bool:
    """Whether a lower-case noun alone names a state's body ("government", "regime", "military")."""
    return ("service", noun) in speaking_bodies()


def body_of(doc: Doc, state: Actor, slug: str, start: int, end: int, text: str, stands_for: dict[str, str]) -> str:
    """The actor of the body ``slug`` of ``state`` (created the first time), with this mention."""
    actors = doc._.actors or {}
    body_id = f"org:{(state.country or '').lower()}-{slug}"
    body = actors.get(body_id)
    if body is None:
        body = Actor(id=body_id, name=_without_the(text), kind="organization", country=state.country)
        actors[body_id] = body
    body.add_mention(start, end, _without_the(text))
    stands_for[body_id] = state.id
    return body_id


def described_body(doc: Doc, subj: Token, actor_id: str | None, stands_for: dict[str, str]) -> str | None:
    """"The Saudis relented ... The regime said 18 people were held": a definite "the government" or
    "the regime" (a body's noun alone) that refers back to a state (``actor_id``) is that state's body
    speaking, as "the Saudi government said" is; None for any other subject or referent."""
    actors = doc._.actors or {}
    state = actors.get(actor_id) if actor_id else None
    if state is None or state.kind != "state" or not state.country or subj._.actor:
        return None
    slug = speaking_bodies().get(("service", subj.lemma_.lower()))
    if slug is None:
        return None
    span = doc[subj.left_edge.i:subj.i + 1]
    return body_of(doc, state, slug, span.start_char, span.end_char, f"{state.name} {slug}", stands_for)


def body_speaker(doc: Doc, subj: Token, actor_id: str | None, stands_for: dict[str, str]) -> str | None:
    """"The Kremlin said", "the Israeli military said": the subject's own mention of the state
    ``actor_id`` names a body of it, so the body speaks (its actor, created the first time, and
    recorded in ``stands_for`` as standing for the state); None when the subject's words name the
    state itself ("Russia said") or another actor."""
    actors = doc._.actors or {}
    state = actors.get(actor_id) if actor_id else None
    if state is None or state.kind != "state" or not state.country:
        return None
    mention = _mention_at(doc, subj) if subj._.actor == actor_id else _possessive_body(doc, subj, state.id)
    slug = body_slug(mention[2]) if mention is not None else None
    if mention is None or slug is None:
        return None
    start, end, text = mention
    return body_of(doc, state, slug, start, end, text, stands_for)
