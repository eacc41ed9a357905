"""A person's country from the body the text names the person a member of (``person_membership.py``);
hand-built Docs of our own words."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.kb.gazetteer import gazetteer
from diplograph.nlp.actors.person_membership import member_apposition
from diplograph.nlp.actors.roles import Cand
from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "NOUN")


def _country(text: str, ents: dict[str, str]) -> str | None:
    actors, _ = recognize(_doc(text, ents))
    return actors["person:tom-hale"].country


def test_a_member_of_a_kb_body_of_one_state_is_of_that_state():
    assert _country("Tom Hale , a member of the Senate Judiciary Committee , voted no .",
                    {"0:2": "PERSON", "6:10": "ORG"}) == "USA"
    assert _country("Tom Hale , a longtime member of the Knesset , voted no .",
                    {"0:2": "PERSON", "8:9": "ORG"}) == "ISR"


def test_a_member_of_a_body_a_states_possessive_opens_is_of_that_state():
    assert _country("Tom Hale , a former member of Peru 's congress , voted no .", {"0:2": "PERSON"}) == "PER"


def test_a_body_the_kb_places_nowhere_or_no_member_places_no_one():
    g = gazetteer()
    doc = _doc("Tom Hale , a member of the European Parliament , voted no .")
    assert member_apposition(doc, g, Cand(0, 2, "person:Tom Hale", "person")) is None
    doc = _doc("Tom Hale , a critic of the Senate Judiciary Committee , voted no .")
    assert member_apposition(doc, g, Cand(0, 2, "person:Tom Hale", "person")) is None
    doc = _doc("Tom Hale , a member of Hezbollah 's youth council , spoke .")
    assert member_apposition(doc, g, Cand(0, 2, "person:Tom Hale", "person")) is None


def test_an_officer_of_a_central_bank_is_of_its_state():
    # a row of kb/organizations.tsv read by employer_apposition, not this module's rule
    assert _country("Tom Hale , governor of the Bank of England , spoke .", {"0:2": "PERSON", "4:8": "ORG"}) == "GBR"
