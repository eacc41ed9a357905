"""kb/people.tsv: persons the Phoenix actor dictionaries place get their country, and no office;
hand-built Docs of our own words."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.kb import load_table
from diplograph.kb.gazetteer import gazetteer
from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str], date: str) -> Doc:
    doc = spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "X")
    doc._.published = date
    return doc


def test_people_are_of_known_states_with_terms_in_order():
    states = {r["iso3"] for r in load_table("countries")}
    for row in load_table("people"):
        assert row["of"] in states and row["code"][:3] == row["of"], row["name"]
        assert not (row["from"] and row["to"]) or row["from"] <= row["to"], row["name"]


def test_a_person_the_dictionary_places_gets_the_country_and_no_role():
    actors, _ = recognize(_doc("Gilad Erdan toured the harbour with a trade delegation .", {"0:2": "PERSON"},
                               "2017-04-02"))
    erdan = actors["person:gilad-erdan"]
    assert erdan.country == "ISR" and erdan.roles == []


def test_a_spelling_the_dictionary_lists_is_the_same_person():
    actors, _ = recognize(_doc("Ruby Rivlin opened a bridge in the south .", {"0:2": "PERSON"}, "2016-01-10"))
    assert actors["person:reuven-rivlin"].country == "ISR"


def test_the_country_of_the_dictionary_wins_over_a_place_in_the_sentence():
    text = "In Kiev , Sergey Kislyak answered questions about the pipeline ."
    actors, _ = recognize(_doc(text, {"1:2": "GPE", "3:5": "PERSON"}, "2015-06-01"))
    assert actors["person:sergey-kislyak"].country == "RUS"


def test_staff_of_a_person_with_no_office_serve_no_state():
    g = gazetteer()
    hit = g.leader("Edward Snowden", "2014-01-01")
    assert hit is not None and hit[0].country == "USA" and hit[0].title == ""
    actors, _ = recognize(_doc("Tom Hale , a lawyer for Edward Snowden , spoke to reporters .",
                               {"0:2": "PERSON", "6:8": "PERSON"}, "2014-01-01"))
    assert actors["person:tom-hale"].country is None


def test_a_name_the_dictionary_files_with_an_agency_entry_gets_its_state():
    actors, _ = recognize(_doc("John Kirby walked past the fountain before noon .", {"0:2": "PERSON"},
                               "2014-09-03"))
    kirby = actors["person:john-kirby"]
    assert kirby.country == "USA" and kirby.roles == []


def test_a_past_defense_secretary_is_of_his_state_long_after_his_term():
    g = gazetteer()
    hit = g.leader("Robert S. McNamara", "2015-05-05")
    assert hit is not None and hit[0].country == "USA" and hit[1] is False
    actors, _ = recognize(_doc("Melvin Laird planted a tree by the lake .", {"0:2": "PERSON"}, "2016-03-01"))
    assert actors["person:melvin-laird"].country == "USA"
