"""An American party's adjective before a title of the US Congress in apposition places the person."""

from spacy.tokens import Doc

from diplograph.kb.gazetteer import gazetteer
from diplograph.nlp.actors.person_country import us_party_legislator_apposition
from diplograph.nlp.actors.roles import Cand
from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper()
                      else "VERB" if w in ("left", "said") else "X")


_HALE = Cand(0, 2, "person:Tom Hale", "person")


def test_a_party_adjective_before_a_congress_title_in_apposition_places_the_person():
    g = gazetteer()
    assert us_party_legislator_apposition(_doc("Tom Hale , a Democratic congresswoman , left ."), g, _HALE) == "USA"
    assert us_party_legislator_apposition(_doc("Tom Hale , the former GOP senator , left ."), g, _HALE) == "USA"
    actors, _ = recognize(_doc("Tom Hale , a retired Republican senator , left .", {"0:2": "PERSON"}))
    assert actors["person:tom-hale"].country == "USA"


def test_another_title_a_party_name_or_the_next_clauses_subject_places_no_one():
    g = gazetteer()
    assert us_party_legislator_apposition(_doc("Tom Hale , a Republican activist , left ."), g, _HALE) is None
    assert us_party_legislator_apposition(_doc("Tom Hale , a Democratic Party senator , left ."), g, _HALE) is None
    doc = _doc("With Tom Hale , the Republican senator said so .")
    assert us_party_legislator_apposition(doc, g, Cand(1, 3, "person:Tom Hale", "person")) is None
