"""A city, region or capital named as where something happens is no antecedent of a pronoun:
"Kerry ended his statement in Vienna praising Obama, who believed in it and supported it": "it"
is not Austria. The state a place stands for (``doc.user_data[LOCATIONS]``) is a location there,
never a participant, so the pronoun's resolver does not index it."""
from __future__ import annotations

from spacy.tokens import Doc

from ..extensions import LOCATIONS

# Prepositions that set a place as where an act happens or goes.
PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "near", "outside", "inside", "from", "across", "into"})


def named_as_place(doc: Doc, start: int, end: int) -> bool:
    """The mention ``doc[start:end]`` names its state by a city, region or capital (``LOCATIONS``)
    that a place preposition governs: "a statement in Vienna", "arrived in Helsinki"."""
    where = doc.user_data.get(LOCATIONS) or {}
    if not any(i in where for i in range(start, end)):
        return False
    root = doc[start:end].root
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS
