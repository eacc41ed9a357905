"""A person's country from the birthplace beside the name (``person_birth.py``); hand-built Docs of our
own words."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.kb.gazetteer import gazetteer
from diplograph.nlp.actors.person_birth import born_apposition, born_before_name, born_modifier
from diplograph.nlp.actors.roles import Cand
from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "NOUN")


def _country(text: str, ents: dict[str, str]) -> str | None:
    actors, _ = recognize(_doc(text, ents))
    return actors["person:tom-hale"].country


def test_a_state_after_the_birthplace_in_apposition_is_the_persons():
    assert _country("Tom Hale , a Chilean - born U.S. citizen , spoke .", {"0:2": "PERSON"}) == "USA"
    assert _country("Tom Hale , a Peru - born Spanish painter , spoke .", {"0:2": "PERSON"}) == "ESP"


def test_the_birthplace_in_apposition_places_a_person_the_text_gives_no_other_state():
    assert _country("Tom Hale , a Chilean - born painter , spoke .", {"0:2": "PERSON"}) == "CHL"
    assert _country("Tom Hale , a Vermont - born painter , spoke .", {"0:2": "PERSON"}) == "USA"


def test_the_birthplace_before_the_name_places_the_person():
    assert _country("Then Chilean - born Tom Hale spoke .", {"4:6": "PERSON"}) == "CHL"
    assert _country("The U.S.-born painter Tom Hale spoke .", {"3:5": "PERSON"}) == "USA"


def test_a_capitalised_home_after_the_birthplace_or_a_state_the_text_gives_wins():
    g = gazetteer()
    doc = _doc("Tom Hale , a Chilean - born Quilltowner , spoke .")
    assert born_apposition(doc, g, Cand(0, 2, "person:Tom Hale", "person")) is None  # where the person lives
    text = "Tom Hale , a Chilean - born painter , spoke . Tom Hale , a Peruvian lawyer , agreed ."
    assert _country(text, {"0:2": "PERSON", "12:14": "PERSON"}) == "PER"


def test_born_modifier_reads_only_a_known_place():
    g = gazetteer()
    doc = _doc("a Quill - born painter , a painter born in Chile")
    assert born_modifier(doc, g, 1) == (None, 4)
    assert born_modifier(doc, g, 7) == (None, 7)
    assert born_before_name(_doc("Then Quill - born Tom Hale spoke ."), g,
                            Cand(4, 6, "person:Tom Hale", "person")) is None


def test_the_longest_birthplace_before_the_name_is_read():
    assert _country("Then New Mexico - born Tom Hale spoke .", {"5:7": "PERSON"}) == "USA"
