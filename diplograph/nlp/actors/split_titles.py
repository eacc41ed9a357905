"""A title of the form "Secretary of State" that the NER cut in two, taking its last words into the
name after it: "Secretary of | State Rex Tillerson", "Minister of | Economy Naftali Bennett". The
entity, an ORG or a PERSON, is the person named after the title (issue 14: actor typing from
evidence)."""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb.gazetteer import Gazetteer
from .evidence import ORG_HEADS


def name_after_split_title(doc: Doc, s: int, e: int, g: Gazetteer) -> int | None:
    """The start of the person's name inside the entity ``doc[s:e]`` when the words before it and the
    entity's first words make a title of the KB ("secretary of" + "Defense"), and two or three
    capitalised words that name no body follow; None otherwise."""
    if s < 2 or doc[s - 1].lower_ != "of":
        return None
    for n in (1, 2, 3):
        k = s + n
        if not 2 <= e - k <= 3:
            continue
        for j in range(s - 2, max(-1, s - 5), -1):  # "secretary of", "director of", "minister of the"
            if doc[j:k].text.lower() in g.titles:
                break
        else:
            continue
        name = doc[k:e]
        if all(t.is_title and t.is_alpha for t in name) \
                and not any(t.lower_ in ORG_HEADS or g.lookup(t.text) for t in name):
            return k
    return None
