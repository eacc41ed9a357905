"""The state body an apposition names as a person's employer gives the person its state."""

from spacy.tokens import Doc

from diplograph.kb.gazetteer import gazetteer
from diplograph.nlp.actors.body_apposition import body_descriptor_apposition
from diplograph.nlp.actors.roles import Cand
from docs import recognize, spaced_doc

_ADJECTIVES = ("former", "top", "senior", "retired")


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper()
                      else "ADJ" if w in _ADJECTIVES else "DET" if w in ("a", "an", "the")
                      else "CCONJ" if w == "and" else "VERB" if w == "left" else "NOUN")


_HALE = Cand(0, 2, "person:Tom Hale", "person")


def test_a_state_body_and_a_descriptor_in_apposition_place_the_person():
    g = gazetteer()
    assert body_descriptor_apposition(_doc("Tom Hale , a retired FBI agent , left ."), g, _HALE) == "USA"
    assert body_descriptor_apposition(_doc("Tom Hale , a senior MI6 case officer , left ."), g, _HALE) == "GBR"
    assert body_descriptor_apposition(_doc("Tom Hale , a Kremlin spokesman , left ."), g, _HALE) == "RUS"
    actors, _ = recognize(_doc("Tom Hale , a former CIA officer , left .", {"0:2": "PERSON", "5:6": "ORG"}))
    assert actors["person:tom-hale"].country == "USA"


def test_another_party_an_observer_a_party_or_a_possessive_places_no_one():
    g = gazetteer()
    assert body_descriptor_apposition(_doc("Tom Hale , a Kremlin critic , left ."), g, _HALE) is None
    assert body_descriptor_apposition(_doc("Tom Hale , a Kremlin watcher , left ."), g, _HALE) is None
    assert body_descriptor_apposition(_doc("Tom Hale , a Pentagon correspondent , left ."), g, _HALE) is None
    assert body_descriptor_apposition(_doc("Tom Hale , a Labour activist , left ."), g, _HALE) is None
    assert body_descriptor_apposition(_doc("Tom Hale , a CIA officer 's son , left ."), g, _HALE) is None
    assert body_descriptor_apposition(_doc("Tom Hale , the FBI and others left ."), g, _HALE) is None
    doc = _doc("With Tom Hale , the FBI director left .")
    assert body_descriptor_apposition(doc, g, Cand(1, 3, "person:Tom Hale", "person")) is None  # a subject
