"""A person's country from where the text says the person is based, from a post of a state's body, and
the staff credit "X reported from Y"; hand-built Docs of our own words."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.kb.gazetteer import gazetteer
from diplograph.nlp.actors.person_country import based_apposition, based_before_descriptor, state_after_name
from diplograph.nlp.actors.roles import Cand
from docs import make_doc, recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "X")


def _person(text: str, ents: dict[str, str], pid: str = "person:tom-hale") -> tuple[str | None, list]:
    actors, _ = recognize(_doc(text, ents))
    return actors[pid].country, [(r.title, r.of) for r in actors[pid].roles]


def test_where_an_apposition_says_a_person_is_based_places_the_person():
    assert _person("Tom Hale , a Lima - based psychiatrist , spoke .", {"0:2": "PERSON"})[0] == "PER"
    assert _person("Tom Hale , a Texas - based lawyer , spoke .", {"0:2": "PERSON"})[0] == "USA"
    assert _person("Tom Hale , a U.K.-based lawyer , spoke .", {"0:2": "PERSON"})[0] == "GBR"


def test_where_the_descriptor_before_a_name_says_a_person_is_based_places_the_person():
    assert _person("Lima - based analyst Tom Hale said so .", {"4:6": "PERSON"})[0] == "PER"
    assert _person("The U.K.-based rights lawyer Tom Hale said so .", {"4:6": "PERSON"})[0] == "GBR"


def test_an_exile_noun_after_based_places_no_one_and_a_demonym_wins():
    assert _person("The Lima - based cleric Tom Hale said so .", {"5:7": "PERSON"})[0] is None
    assert _person("Tom Hale , a Lima - based dissident , spoke .", {"0:2": "PERSON"})[0] is None
    assert _person("Tom Hale , a Lima - based Chilean dissident , spoke .", {"0:2": "PERSON"})[0] == "CHL"
    text = "Tom Hale , a Lima - based lawyer , spoke . Tom Hale , a Chilean lawyer , agreed ."
    assert _person(text, {"0:2": "PERSON", "11:13": "PERSON"})[0] == "CHL"


def test_based_rules_read_only_a_place_and_a_lowercase_descriptor():
    g = gazetteer()
    doc = _doc("Tom Hale , a Lima - based Firm , spoke . Quill - based analyst Tom Hale agreed .")
    assert based_apposition(doc, g, Cand(0, 2, "person:Tom Hale", "person")) is None  # no lowercase noun
    assert based_before_descriptor(doc, g, Cand(14, 16, "person:Tom Hale", "person")) is None  # no known place


def test_a_post_of_a_states_body_in_apposition_places_the_person():
    country, roles = _person("Tom Hale , the State Department undersecretary , spoke .",
                             {"0:2": "PERSON", "3:5": "ORG"})
    assert country == "USA" and roles == [("Under Secretary", "org:usa-foreign-ministry")]


def test_a_post_at_an_organisation_its_backer_modifies_is_at_the_organisation():
    country, roles = _person("Tom Hale , a spokesman for the U.S.-backed SDF , said so .",
                             {"0:2": "PERSON", "8:9": "ORG"})
    assert country == "SYR" and roles == [("Spokesperson", "org:syr-sdf")]


def test_a_line_saying_who_reported_from_where_is_a_staff_credit():
    words = ["Tom", "Hale", "spoke", ".", "\n", "El", "Roe", "reported", "from", "Lima", "."]
    spaces = [True, True, True, False, False, True, True, True, True, True, False]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-GPE", "O"]
    actors, _ = recognize(make_doc(words, spaces=spaces, ents=ents))
    assert "person:tom-hale" in actors and not any("roe" in a for a in actors)
    words[7:9] = ["said", "in"]  # a sentence of the story, no credit
    actors, _ = recognize(make_doc(words, spaces=spaces, ents=ents))
    assert any("roe" in a for a in actors)


def _staffer(text: str, ents: dict[str, str], published: str = "2018-06-01") -> str | None:
    doc = _doc(text, ents)
    doc._.published = published
    actors, _ = recognize(doc)
    return actors["person:tom-hale"].country


def test_an_apposition_naming_a_known_leaders_aide_serves_the_leaders_state():
    assert _staffer("Tom Hale , a senior aide to President Putin , spoke .",
                    {"0:2": "PERSON", "8:9": "PERSON"}) == "RUS"
    assert _staffer("Tom Hale , former chief of staff to Donald Trump , spoke .",
                    {"0:2": "PERSON", "8:10": "PERSON"}) == "USA"


def test_an_aide_of_an_unknown_or_out_of_office_principal_takes_no_state():
    assert _staffer("Tom Hale , a senior aide to Ana Quill , spoke .", {"0:2": "PERSON", "7:9": "PERSON"}) is None
    # a surname counts only in office: "Trump" before his term names no one the KB can place
    assert _staffer("Tom Hale , a lawyer for Trump , spoke .", {"0:2": "PERSON", "6:7": "PERSON"}, "2015-06-01") is None
    assert _staffer("Tom Hale , a critic of Putin , spoke .", {"0:2": "PERSON", "6:7": "PERSON"}) is None


def test_a_name_after_an_outlets_or_a_states_possessive_is_of_its_state():
    assert _person("CNN 's Tom Hale asked him .", {"0:1": "ORG", "2:4": "PERSON"})[0] == "USA"
    assert _person("Peru 's Tom Hale spoke .", {"0:1": "GPE", "2:4": "PERSON"})[0] == "PER"
    assert _person("Quill 's Tom Hale spoke .", {"0:1": "ORG", "2:4": "PERSON"})[0] is None
    assert _person("Peruvian 's Tom Hale spoke .", {"0:1": "NORP", "2:4": "PERSON"})[0] is None  # no name


def test_an_organisation_entity_right_after_a_persons_title_is_a_person():
    actors, _ = recognize(_doc("AP reporter Ana Belt wrote it .", {"0:1": "ORG", "2:4": "ORG"}))
    assert actors["person:ana-belt"].kind == "person" and actors["person:ana-belt"].country == "USA"
    actors, _ = recognize(_doc("The Green Harvest Council wrote it .", {"1:4": "ORG"}))
    assert actors["org:green-harvest-council"].kind == "organization"


def test_a_post_of_a_body_only_the_text_names_gives_no_country():
    # a capital's name inside a body's name places nobody (Kingston: Jamaica's capital)
    doc = _doc("Tom Hale , a Kingston Heights College scholar , said so .", {"0:2": "PERSON", "4:7": "ORG"})
    actors, _ = recognize(doc)
    assert actors["person:tom-hale"].country is None
    # a body the KB lists places its scholar (kb/organizations.tsv: Georgetown University, USA)
    doc = _doc("Tom Hale , a Georgetown University scholar , said so .", {"0:2": "PERSON", "4:6": "ORG"})
    actors, _ = recognize(doc)
    assert actors["person:tom-hale"].country == "USA"


def _of_phrase(words: list[str], heads: list[int]) -> Doc:
    # "Tom Hale of <...> spoke ." with the "of" phrase hung on the name (heads given per word)
    return Doc(_doc("x").vocab, words=words, heads=heads, deps=["dep"] * len(words))


def test_a_states_name_in_an_of_phrase_on_the_name_places_the_person():
    g, hale = gazetteer(), Cand(0, 2, "person:tom-hale", "person")
    doc = _of_phrase(["Tom", "Hale", "of", "South", "Korea", "spoke", "."], [1, 5, 1, 4, 2, 5, 5])
    assert state_after_name(doc, g, hale) == "KOR"
    # a city is no state; a state's name going on into a longer name is none either
    assert state_after_name(_of_phrase(["Tom", "Hale", "of", "Lima", "spoke"], [1, 4, 1, 2, 4]), g, hale) is None
    doc = _of_phrase(["Tom", "Hale", "of", "Peru", "'s", "Congress", "spoke"], [1, 6, 1, 5, 3, 2, 6])
    assert state_after_name(doc, g, hale) is None
    # an "of" phrase hung elsewhere ("the release of Tom Hale of ...") is not the name's
    doc = _of_phrase(["Tom", "Hale", "of", "Peru", "spoke"], [1, 4, 4, 2, 4])
    assert state_after_name(doc, g, hale) is None


def test_an_apposition_naming_the_person_a_known_leaders_staffer_serves_the_leaders_state():
    assert _staffer("Tom Hale , a former Putin campaign official , spoke .",
                    {"0:2": "PERSON", "5:6": "PERSON"}) == "RUS"
    assert _staffer("Tom Hale , a Putin aide , spoke .", {"0:2": "PERSON", "4:5": "PERSON"}) == "RUS"
    # a surname out of office names no one the KB can place; no staff noun, no service
    assert _staffer("Tom Hale , a Putin aide , spoke .", {"0:2": "PERSON", "4:5": "PERSON"}, "1995-06-01") is None
    assert _staffer("Tom Hale , a Putin critic , spoke .", {"0:2": "PERSON", "4:5": "PERSON"}) is None
    # the leader's staffer is someone else the apposition names: "an associate of Putin aide X"
    assert _staffer("Tom Hale , associate of Putin aide Ana Quill , spoke .",
                    {"0:2": "PERSON", "5:6": "PERSON", "7:9": "PERSON"}) is None


def _noun_person(text: str, ents: dict[str, str]) -> str | None:
    doc = spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper()
                     else "CCONJ" if w == "and" else "NOUN")
    return recognize(doc)[0]["person:tom-hale"].country


def test_a_demonym_before_two_descriptors_joined_by_and_places_the_person():
    assert _noun_person("Then Peruvian historian and tour guide Tom Hale spoke .", {"1:2": "NORP", "6:8": "PERSON"}) \
        == "PER"


def test_a_descriptor_list_that_ends_in_and_places_no_one():
    assert _noun_person("Then Peruvian and guide Tom Hale spoke .", {"1:2": "NORP", "4:6": "PERSON"}) is None
