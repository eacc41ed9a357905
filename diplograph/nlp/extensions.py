"""The spaCy extension attributes through which diplograph's components talk.

Set once, read by later components; the pipeline reads them back into ``model`` records.

Doc._.doc_id        str | None      content hash of the document
Doc._.published     str | None      ISO date of the document (YYYY-MM-DD), None when unknown
Doc._.year_hint     int | None      for an undated document: the year that cross-document evidence gives
Doc._.actors        dict[str, Actor]  actor id -> Actor (set by ``diplograph_actors``)
Doc._.mentions      list[Mention]   every actor mention, in text order (set by ``diplograph_actors``)
Doc._.outlet        str | None      actor id of the document's own outlet
Doc._.times         list[TimeExpr]  (``diplograph_times``)
Doc._.quotes        list[Quote]     (``diplograph_quotes``)
Doc._.omissions     list[Omission]  (``diplograph_quotes``)
Doc._.events        list[Event]     (``diplograph_events``)
Doc._.claims        list[Claim]     (``diplograph_claims``)
Doc._.relations     list[Relation]  (``diplograph_relations``)
Token._.actor       str | None      id of the actor whose mention covers this token

Two channels are not extension attributes, because they are internal to the components; the
factories declare them as ``doc.user_data`` in ``assigns``/``requires`` and the keys are here:

doc.user_data[LOCATIONS]           dict[int, str]  token index -> "place" | "capital" for a token
                    that names a state by a city, region or capital ("targets in Jericho"); set
                    by ``diplograph_actors``, read by ``diplograph_events`` (a place names a
                    target or a location, never the agent).
doc.user_data[INFERRED_PUBLISHED]  tuple[str, str] | None  for an undated document, the date the
                    text supports and its basis (``time.infer_published``); set by
                    ``diplograph_times``, read by ``diplograph_events`` (dates of well-known
                    events) and by the pipeline (the document's inferred date).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

LOCATIONS = "diplograph.locations"
INFERRED_PUBLISHED = "diplograph.inferred_published"

DOC_ATTRIBUTES = ("doc_id", "published", "year_hint", "actors", "mentions", "outlet", "times", "quotes",
                  "omissions", "events", "claims", "relations")


@dataclass(frozen=True)
class Mention:
    """One stretch of text that names an actor (a pronoun resolved to a speaker counts too)."""

    start: int  # token index
    end: int  # token index, exclusive
    start_char: int
    end_char: int
    actor_id: str
    text: str


def register() -> None:
    """Register the extension attributes (idempotent). Defaults are None: a component that
    owns an attribute sets a fresh list or dict on every Doc, so Docs never share one."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Token.has_extension("actor"):
        Token.set_extension("actor", default=None)


register()
