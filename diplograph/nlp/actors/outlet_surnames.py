"""A one-word name that is an outlet's name only without its article ("Hill" for "The Hill", "Times"
for "The Times") and is the surname of a person the document names in full ("Fiona Hill testified
... Hill said") is that person's surname, not the outlet: news prose repeats a person by surname
alone, while it names an outlet with its article. Read by ``component.entity_candidates`` before
the outlet lookup."""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb.gazetteer import Gazetteer


def _full_names_ending(doc: Doc, word: str) -> bool:
    """Whether a PERSON entity of two words or more ends in ``word`` ("Fiona Hill" for "Hill")."""
    return any(ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text == word for ent in doc.ents)


def surname_not_outlet(doc: Doc, g: Gazetteer, s: int, e: int) -> bool:
    """"Christopher Hill, a former envoy, ... Hill said": the bare "Hill" is the envoy's surname, not
    The Hill, whose own name opens with "The"; an outlet named as itself ("The Hill reported") stays."""
    if e - s != 1 or (s > 0 and doc[s - 1].lower_ == "the"):
        return False
    outlet = g.outlet(doc[s].text)
    if outlet is None or not outlet.name.lower().startswith("the "):
        return False
    return _full_names_ending(doc, doc[s].text)
