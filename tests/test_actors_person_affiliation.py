"""A person's country from the state named before a military rank or the organisation an apposition
names as the person's employer, a fronted title held at a state's body, the home an apposition gives, and a
government body named bare; hand-built Docs of our own words."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.kb.gazetteer import gazetteer
from diplograph.nlp.actors.person_affiliation import (
    body_before_descriptor,
    employer_apposition,
    fronted_title_apposition,
    state_before_rank,
    state_before_title_words,
)
from diplograph.nlp.actors.person_home import home_after_descriptor, home_before_resident_noun, home_of_place
from diplograph.nlp.actors.roles import Cand
from docs import make_doc, recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "X")


def _country(text: str, ents: dict[str, str], aid: str = "person:tom-hale") -> str | None:
    actors, _ = recognize(_doc(text, ents))
    return actors[aid].country


def test_a_states_adjective_before_a_rank_in_the_name_places_the_person():
    assert _country("An Israeli Maj. Gen. Tom Hale toured the posts .", {"2:6": "PERSON"}) == "ISR"
    assert _country("Then U.S. Army Lt. Gen. Tom Hale toured the posts .", {"5:7": "PERSON"}) == "USA"


def test_no_rank_or_a_pro_prefix_before_the_rank_places_no_one():
    g = gazetteer()
    doc = _doc("An Israeli Tom Hale toured . A pro - Israeli Col. Tom Hale toured .")
    assert state_before_rank(doc, g, Cand(2, 4, "person:Tom Hale", "person")) is None  # no rank
    assert state_before_rank(doc, g, Cand(11, 13, "person:Tom Hale", "person")) is None  # sides with it


def test_an_apposition_naming_a_known_organisation_as_employer_places_the_person():
    text = "Tom Hale , director of the Arctic program at the Brookings Institution , spoke ."
    assert _country(text, {"0:2": "PERSON", "10:12": "ORG"}) == "USA"
    g = gazetteer()
    doc = _doc("Tom Hale , director of the Arctic program at the Brookings Institution , spoke .")
    assert employer_apposition(doc, g, Cand(0, 2, "person:Tom Hale", "person")) == "USA"


def test_an_apposition_opening_with_a_known_organisations_possessive_places_the_person():
    g = gazetteer()
    doc = _doc("Tom Hale , the Brookings Institution 's research director , spoke .")
    assert employer_apposition(doc, g, Cand(0, 2, "person:Tom Hale", "person")) == "USA"
    text = "Tom Hale , the Brookings Institution 's top hand in Lima , spoke ."
    assert _country(text, {"0:2": "PERSON", "4:6": "ORG", "11:12": "GPE"}) == "USA"


def test_an_apposition_without_a_title_or_naming_an_international_body_places_no_one():
    g = gazetteer()
    doc = _doc("Tom Hale , in a talk at the Brookings Institution , spoke .")
    assert employer_apposition(doc, g, Cand(0, 2, "person:Tom Hale", "person")) is None  # no title
    doc = _doc("Tom Hale , a spokesman for the United Nations , spoke .")
    assert employer_apposition(doc, g, Cand(0, 2, "person:Tom Hale", "person")) is None  # placed nowhere


def test_a_bare_government_body_is_the_body_of_the_state_the_document_is_about():
    text = ("Peru voted . Peru agreed . Peru signed . Then the Supreme Court ruled . "
            "The Chilean Supreme Court ruled too .")
    actors, _ = recognize(_doc(text, {"0:1": "GPE", "3:4": "GPE", "6:7": "GPE", "11:13": "ORG", "17:19": "ORG"}))
    assert actors["org:per-court"].country == "PER"
    assert actors["org:chl-court"].country == "CHL"  # the state before it, not the document's


def test_a_bare_body_in_a_document_about_no_one_state_stays_unplaced():
    text = "Peru voted . Chile agreed . Then the Supreme Court ruled ."
    actors, _ = recognize(_doc(text, {"0:1": "GPE", "3:4": "GPE", "8:10": "ORG"}))
    assert not any(a.country for a in actors.values() if a.kind == "organization")


def test_a_bare_body_that_opens_a_title_is_not_placed_by_the_document():
    text = "Peru voted . Peru agreed . Peru signed . Then Supreme Court Justice Tom Hale ruled ."
    actors, _ = recognize(_doc(text, {"0:1": "GPE", "3:4": "GPE", "6:7": "GPE", "10:12": "ORG", "13:15": "PERSON"}))
    assert not any(a.country == "PER" for a in actors.values() if a.kind != "state")


def test_a_state_word_before_the_capitalised_words_of_a_title_places_the_person():
    g = gazetteer()
    doc = _doc("Then U.S. Harbor Secretary Tom Hale left . Then Lima Mayor Tom Hale left .")
    assert state_before_title_words(doc, g, Cand(4, 6, "person:Tom Hale", "person")) == "USA"
    assert state_before_title_words(doc, g, Cand(11, 13, "person:Tom Hale", "person")) == "PER"
    text = "Then Peruvian Harbor Secretary Tom Hale left ."
    assert _country(text, {"1:2": "NORP", "4:6": "PERSON"}) == "PER"


def test_no_title_a_state_inside_a_longer_name_or_a_prefix_places_no_one():
    g = gazetteer()
    doc = _doc("Then Peruvian Harbor Tom Hale left . Radio Free Peruvian Desk Editor Tom Hale left .")
    assert state_before_title_words(doc, g, Cand(3, 5, "person:Tom Hale", "person")) is None  # no title
    assert state_before_title_words(doc, g, Cand(12, 14, "person:Tom Hale", "person")) is None  # a longer name
    doc = _doc("A pro - Peruvian Militia Commander Tom Hale left .")
    assert state_before_title_words(doc, g, Cand(6, 8, "person:Tom Hale", "person")) is None  # sides with it


def _noun_doc(text: str, verbs: tuple[str, ...] = ()) -> Doc:
    return spaced_doc(text, None, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper()
                      else "VERB" if w in verbs else "NOUN")


def test_a_state_body_not_an_outlet_before_the_persons_descriptor_places_the_person():
    g = gazetteer()
    doc = _noun_doc("Then former FBI agent Tom Hale left . Then CNN contributor Tom Hale left .")
    assert body_before_descriptor(doc, g, Cand(4, 6, "person:Tom Hale", "person")) == "USA"
    assert body_before_descriptor(doc, g, Cand(11, 13, "person:Tom Hale", "person")) is None  # an outlet
    text = "Then former FBI agent Tom Hale left ."
    actors, _ = recognize(spaced_doc(text, {"2:3": "ORG", "4:6": "PERSON"},
                                     lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper()
                                     else "NOUN"))
    assert actors["person:tom-hale"].country == "USA"


def test_another_party_an_armed_group_or_a_verb_before_the_name_places_no_one():
    g = gazetteer()
    text = "Then FBI critic Tom Hale left . Then Hamas agent Tom Hale left . CNN said attorney Tom Hale left ."
    doc = _noun_doc(text, verbs=("said",))
    assert body_before_descriptor(doc, g, Cand(3, 5, "person:Tom Hale", "person")) is None  # another party
    assert body_before_descriptor(doc, g, Cand(9, 11, "person:Tom Hale", "person")) is None  # no state body
    assert body_before_descriptor(doc, g, Cand(15, 17, "person:Tom Hale", "person")) is None  # a verb between


def test_a_seat_of_government_before_the_persons_descriptor_places_the_person():
    g = gazetteer()
    doc = _noun_doc("Then Kremlin counsel Tom Hale left . Then former Downing Street intern Tom Hale left .")
    assert body_before_descriptor(doc, g, Cand(3, 5, "person:Tom Hale", "person")) == "RUS"
    assert body_before_descriptor(doc, g, Cand(12, 14, "person:Tom Hale", "person")) == "GBR"
    doc = _noun_doc("Then White House Senior Strategist Tom Hale left .")  # a capitalised staff title
    assert body_before_descriptor(doc, g, Cand(5, 7, "person:Tom Hale", "person")) == "USA"


def test_one_who_reports_on_or_studies_a_seat_is_not_its_staff():
    g = gazetteer()
    doc = _noun_doc("Then Kremlin correspondent Tom Hale left . Then Kremlin watcher Tom Hale left .")
    assert body_before_descriptor(doc, g, Cand(3, 5, "person:Tom Hale", "person")) is None  # a journalist
    assert body_before_descriptor(doc, g, Cand(10, 12, "person:Tom Hale", "person")) is None  # a student of it
    doc = _noun_doc("Then White House Senior Tom Hale left .")  # a capitalised word that is no staff noun
    assert body_before_descriptor(doc, g, Cand(4, 6, "person:Tom Hale", "person")) is None


def _fronted(words: str, name_dep: str, name_head: int, ents: list[str] | None = None) -> Doc:
    """``The head of the Peruvian harbor police , Tom Hale , left .`` with the name's head and relation given."""
    w = words.split()
    heads = list(range(len(w)))
    deps = ["dep"] * len(w)
    hale = w.index("Hale")
    heads[hale - 1], deps[hale - 1] = hale, "compound"
    heads[hale], deps[hale] = name_head, name_dep
    pos = ["PUNCT" if not x[0].isalnum() else "PROPN" if x[0].isupper() else "NOUN" for x in w]
    pos[w.index("of")] = "ADP"
    return make_doc(w, heads=heads, deps=deps, pos=pos, ents=ents)


def test_a_fronted_title_held_at_a_states_body_places_the_person_in_its_apposition():
    g = gazetteer()
    doc = _fronted("The head of the Peruvian harbor police , Tom Hale , left .", "appos", 1)
    assert fronted_title_apposition(doc, g, Cand(8, 10, "person:Tom Hale", "person")) == "PER"
    doc = _fronted("A spokesman of Peru 's harbor police , Tom Hale , left .", "appos", 1)
    assert fronted_title_apposition(doc, g, Cand(8, 10, "person:Tom Hale", "person")) == "PER"
    doc = _fronted("The head of U.S. harbor police , Adm. Tom Hale , left .", "appos", 1)
    assert fronted_title_apposition(doc, g, Cand(8, 10, "person:Tom Hale", "person")) == "USA"
    ents = ["O"] * 8 + ["B-PERSON", "I-PERSON", "O", "O", "O"]
    actors, _ = recognize(_fronted("The head of the Peruvian harbor police , Tom Hale , left .", "appos", 1, ents))
    assert actors["person:tom-hale"].country == "PER"


def test_a_fronted_title_whose_name_is_no_apposition_or_whose_body_is_backed_places_no_one():
    g = gazetteer()
    doc = _fronted("After the head of the Peruvian harbor police , Tom Hale left .", "nsubj", 11)
    assert fronted_title_apposition(doc, g, Cand(9, 11, "person:Tom Hale", "person")) is None  # the subject
    doc = _fronted("The head of the U.S. - backed harbor police , Tom Hale , left .", "appos", 1)
    assert fronted_title_apposition(doc, g, Cand(10, 12, "person:Tom Hale", "person")) is None  # its backer
    doc = _fronted("The head of the harbor police , Tom Hale , left .", "appos", 1)
    assert fronted_title_apposition(doc, g, Cand(7, 9, "person:Tom Hale", "person")) is None  # no state


def test_the_town_a_person_is_of_or_from_places_the_person():
    g = gazetteer()
    doc = _doc("Tom Hale , 41 , of Dover , Del. , left . Tom Hale , from Lima , left .")
    assert home_of_place(doc, g, Cand(0, 2, "person:Tom Hale", "person")) == "USA"
    assert home_of_place(doc, g, Cand(12, 14, "person:Tom Hale", "person")) == "PER"
    text = "Tom Hale , 41 , of Dover , Del. , left ."
    assert _country(text, {"0:2": "PERSON", "6:7": "GPE"}) == "USA"


def test_a_states_possessive_or_a_longer_name_after_of_is_no_home():
    g = gazetteer()
    doc = _doc("Tom Hale , of Peru 's navy , left . Tom Hale , of Lima Harbor Works , left .")
    assert home_of_place(doc, g, Cand(0, 2, "person:Tom Hale", "person")) is None  # a body of the state
    assert home_of_place(doc, g, Cand(10, 12, "person:Tom Hale", "person")) is None  # a longer name


def test_a_place_before_a_resident_noun_places_the_person_a_birthplace_does_not():
    g = gazetteer()
    doc = _doc("Tom Hale , a 41 - year - old Lima resident , left . Tom Hale , a Lima native , left .")
    assert home_before_resident_noun(doc, g, Cand(0, 2, "person:Tom Hale", "person")) == "PER"
    assert home_before_resident_noun(doc, g, Cand(14, 16, "person:Tom Hale", "person")) is None


def test_the_place_a_descriptor_says_the_person_is_from_places_the_person():
    g = gazetteer()
    doc = _doc("Tom Hale , a retired harbor pilot from Lima , left . Tom Hale , a clerk from Dover , Del. , left .")
    assert home_after_descriptor(doc, g, Cand(0, 2, "person:Tom Hale", "person")) == "PER"
    assert home_after_descriptor(doc, g, Cand(12, 14, "person:Tom Hale", "person")) == "USA"
    assert _country("Tom Hale , a retired harbor pilot from Lima , left .", {"0:2": "PERSON", "8:9": "GPE"}) == "PER"


def test_a_body_or_a_longer_name_after_the_descriptors_from_is_no_home():
    g = gazetteer()
    doc = _doc("Tom Hale , a pilot from the Lima Harbor Works , left . "
               "Tom Hale , a pilot from Lima Harbor Works , hid .")
    assert home_after_descriptor(doc, g, Cand(0, 2, "person:Tom Hale", "person")) is None  # a body
    assert home_after_descriptor(doc, g, Cand(13, 15, "person:Tom Hale", "person")) is None  # a longer name


def test_a_rank_of_an_armed_service_before_the_name_in_an_american_document_is_american():
    text = "Army Sgt. Tom Hale came home to the United States , the Pentagon said ."
    assert _country(text, {"2:4": "PERSON", "8:10": "GPE", "12:13": "ORG"}) == "USA"
    text = "Navy Cmdr. Tom Hale came home to the United States , the Pentagon said ."
    assert _country(text, {"2:4": "PERSON", "8:10": "GPE", "12:13": "ORG"}) == "USA"


def test_no_service_or_a_document_about_another_state_gives_no_american_rank():
    text = "Army Sgt. Tom Hale came home to Peru , officials in Lima and Peru said ."
    assert _country(text, {"2:4": "PERSON", "7:8": "GPE", "11:12": "GPE", "13:14": "GPE"}) != "USA"
    text = "Sgt. Tom Hale came home to the United States , the Pentagon said ."
    assert _country(text, {"1:3": "PERSON", "7:9": "GPE", "11:12": "ORG"}) is None
