"""An organisation named by a known leader and the noun of that leader's government
(``leader_governments.py``); hand-built Docs of our own words."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.kb.gazetteer import gazetteer
from diplograph.nlp.actors.leader_governments import leader_government_country
from diplograph.nlp.actors.roles import Cand
from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "NOUN",
                      sentences=False)


def test_a_known_leaders_administration_is_of_the_leaders_state():
    actors, _ = recognize(_doc("In Lagos , the Reagan Administration weighed a loan .", {"1:2": "GPE", "4:6": "ORG"}))
    assert actors["org:reagan-administration"].country == "USA"
    doc = _doc("the George W. Bush Administration weighed a loan .")
    assert leader_government_country(doc, gazetteer(), Cand(1, 5, "org:x", "organization")) == "USA"


def test_an_unknown_name_or_another_noun_places_no_one():
    g, org = gazetteer(), Cand(1, 3, "org:x", "organization")
    assert leader_government_country(_doc("the Smith Administration met ."), g, org) is None
    assert leader_government_country(_doc("the Obama Foundation met ."), g, org) is None
