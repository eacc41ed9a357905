"""Places in events: a city or region (``kb/places.tsv``) names its state as the location or
the target of an act ("fired at targets in Jericho", "southwest of Baghdad"), never as the one
who acts; and an attack whose attacker the text does not name ("a roadside bomb near Samarra
killed ...") is coded, as the PLOVER gold standard codes it, with the state where it happened
as its source.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..common import sentence_of
from ..extensions import LOCATIONS
from ..syntax import NOMINAL_SUBJECT_DEPS, clause_tokens, own_subjects

# Prepositions that put an act somewhere ("in", "near the town of", "southwest of").
_LOCATIVE = frozenset({"in", "near", "at", "of", "outside", "around", "inside", "on", "across"})
# Types whose unnamed agent the gold standard codes as the state where the act took place.
UNNAMED_AGENT_TYPES = frozenset({"ASSAULT"})


def _locations(tok: Token) -> dict[int, str]:
    return tok.doc.user_data.get(LOCATIONS) or {}


def drop_place_agents(tok: Token, sources: list[str]) -> list[str]:
    """The sources a sentence names otherwise than only by a place inside it."""
    where = _locations(tok)
    if not where or not sources:
        return sources
    named: set[str] = set()
    for t in sentence_of(tok):
        a = t._.actor
        if a and where.get(t.i) != "place":
            named.add(a)
    return [s for s in sources if s in named]


def _names_country(t: Token, actors: dict) -> bool:
    """"killed in Ukraine": a state's own name used as a place."""
    a = actors.get(t._.actor)
    return a is not None and a.kind == "state" and t.ent_type_ in ("GPE", "LOC")


def location_source(tok: Token, targets: list[str]) -> str | None:
    """The state where an act with no named agent took place: the first place or capital in a
    locative phrase of the trigger's clause (or of its subject's), not already a target."""
    where = _locations(tok)
    actors = tok.doc._.actors or {}
    tokens = list(clause_tokens(tok))
    for c in own_subjects(tok, NOMINAL_SUBJECT_DEPS):
        tokens += list(c.subtree)
    for t in sorted(tokens, key=lambda x: x.i):
        a = t._.actor
        # a country's own name places only an act on a named party ("soldiers killed in Ukraine"),
        # not "the wars in Afghanistan" or "fought in Iraq"
        if not a or a in targets or not (t.i in where or (targets and _names_country(t, actors))):
            continue
        if any(x.dep_ == "prep" and x.lower_ in _LOCATIVE for x in t.ancestors if x.i > tok.i - 30):
            return a
    return None
