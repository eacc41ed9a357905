"""A title phrase with the holder's name in apposition: "A State Department spokeswoman, Jen Psaki,
said", "The Pentagon press secretary, John Kirby, said".

The title's modifier names the body the holder serves (a compound: "State Department",
"Pentagon"), the apposition names the person who spoke. The speaker is the person: the body is
only where they work (``bodies.py`` reads a body that speaks with no person named).
"""

from __future__ import annotations

from spacy.tokens import Token


def apposed_person(tok: Token) -> str | None:
    """The person a name in apposition to the title ``tok`` names ("spokeswoman, Jen Psaki,"), if
    any; the title's own modifiers (a compound body, "State Department") come after it."""
    actors = tok.doc._.actors or {}
    for c in tok.children:
        actor = actors.get(c._.actor) if c.dep_ == "appos" and c._.actor else None
        if actor is not None and actor.kind == "person":
            return c._.actor
    return None
