"""An American state's name before the capitalised words of a title places the office holder in the USA."""

from spacy.tokens import Doc

from diplograph.kb.gazetteer import gazetteer
from diplograph.nlp.actors.roles import Cand
from diplograph.nlp.actors.us_state_office import us_state_before_title_words
from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper()
                      else "VERB" if w in ("left", "said") else "X")


def test_an_american_states_name_before_a_title_places_the_holder_in_the_united_states():
    g = gazetteer()
    doc = _doc("Then Nebraska Attorney General Tom Hale left .")
    assert us_state_before_title_words(doc, g, Cand(4, 6, "person:Tom Hale", "person")) == "USA"
    doc = _doc("Then North Dakota Secretary of State Tom Hale left .")
    assert us_state_before_title_words(doc, g, Cand(7, 9, "person:Tom Hale", "person")) == "USA"
    actors, _ = recognize(_doc("Then Iowa Governor Tom Hale left .", {"3:5": "PERSON"}))
    assert actors["person:tom-hale"].country == "USA"


def test_a_name_a_sovereign_state_bears_no_title_or_a_longer_name_places_no_one():
    g = gazetteer()
    doc = _doc("Then Georgia Prime Minister Tom Hale left .")
    assert us_state_before_title_words(doc, g, Cand(4, 6, "person:Tom Hale", "person")) is None
    doc = _doc("Then Iowa Farmer Tom Hale left .")
    assert us_state_before_title_words(doc, g, Cand(3, 5, "person:Tom Hale", "person")) is None
    doc = _doc("Then Radio Iowa Governor Tom Hale left .")
    assert us_state_before_title_words(doc, g, Cand(4, 6, "person:Tom Hale", "person")) is None
