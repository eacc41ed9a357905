"""Collectives (protesters, rebels, police) and leaders the text names only partly; hand-built Docs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from diplograph.kb.gazetteer import gazetteer
from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    """Words split on spaces, one sentence per " . "."""
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "X")


GROUPS = [
    # (sentence, entities, expected (mention text, actor id, country))
    ("Algerian students marched .", {}, ("Algerian students", "group:dza-students", "DZA")),
    ("Rebels in the Ivory Coast refused .", {"3:5": "GPE"}, ("Rebels in the Ivory Coast", "group:civ-rebels", "CIV")),
    ("Thousands of workers throughout Serbia stopped work .", {"4:5": "GPE"},
     ("workers throughout Serbia", "group:srb-workers", "SRB")),
    ("Police fired on the crowd in Kenya .", {"6:7": "GPE"}, ("Police", "state:KEN", "KEN")),
    # a people named by where it lives belongs to that state
    ("Ethnic Albanians in the Serbia of today protested .", {"4:5": "GPE"},
     ("Albanians in the Serbia", "group:srb-albanians", "SRB")),
    ("Bosnian Serbs demanded a truce .", {}, ("Bosnian Serbs", "group:bih-serbs", "BIH")),
    ("Militants attacked a bus near Kabul .", {"5:6": "GPE"}, ("Militants", "group:afg-militants", "AFG")),
]


@pytest.mark.parametrize(("text", "ents", "expected"), GROUPS, ids=[g[0][:30] for g in GROUPS])
def test_collectives_take_the_country_they_are_of(text, ents, expected):
    actors, mentions = recognize(_doc(text, ents))
    found = {(m.text, m.actor_id, actors[m.actor_id].country) for m in mentions}
    assert expected in found


def test_collective_in_a_sentence_naming_two_states_stays_unaffiliated():
    doc = _doc("Police in the capital blamed Kenya and Uganda .", {"5:6": "GPE", "7:8": "GPE"})
    _, mentions = recognize(doc)
    assert [m.text for m in mentions] == ["Kenya", "Uganda"]


def test_group_actor_is_named_after_its_state():
    actors, _ = recognize(_doc("Algerian students marched ."))
    a = actors["group:dza-students"]
    assert (a.kind, a.name) == ("group", "Students (Algeria)")


@pytest.mark.parametrize(("name", "date", "who"), [
    ("Juvenal Habyariman", None, "Juvenal Habyarimana"),  # misspelled surname, same initial
    ("Francois Mitterand", "1990-05-01", "Francois Mitterrand"),
    ("Bush", "2003-03-20", "George W. Bush"),
    ("Bush", "1991-01-17", "George H. W. Bush"),
    ("Eliot L. Engel", "2019-06-01", "Eliot Engel"),  # a member of Congress by the Directory's form
    ("Pelosi", "2014-05-01", "Nancy Pelosi"),
    ("Biden", "2015-06-01", "Joe Biden"),  # Vice President then, President only from 2021
    ("Jimmy Carter", "2016-05-27", "Jimmy Carter"),  # a former president, out of office
])
def test_leaders_by_variant_names_and_dates(name, date, who):
    hit = gazetteer().leader(name, date)
    assert hit is not None and hit[0].name == who


def test_surname_with_another_initial_is_not_the_leader():
    assert gazetteer().leader("Pierre Mitterand") is None


def test_a_full_name_with_a_middle_initial_the_kb_omits_is_the_office_holder():
    hit = gazetteer().leader("Susan E. Rice", "2015-02-01")  # the KB lists "Susan Rice", no surname alias
    assert hit is not None and hit[0].name == "Susan Rice" and hit[1]


def test_a_middle_initial_the_kbs_namesakes_do_not_carry_is_another_person():
    g = gazetteer()  # the KB's George Bushes are "H. W." and "W."
    assert g.leader("George P. Bush") is None
    assert g.leader("George W. Bush")[0].name == "George W. Bush"


def test_a_congress_leaders_office_follows_the_date():
    g = gazetteer()
    assert g.leader("Schumer", "2018-03-23")[0].title == "Minority Leader"
    assert g.leader("Schumer", "2022-03-23")[0].title == "Majority Leader"
    assert g.leader("Schumer", "2005-03-23")[0].title == "Senator"


def test_a_surname_two_well_known_people_share_is_no_congress_alias():
    g = gazetteer()  # Emily Thornberry (a British MP), Avigdor Lieberman (an Israeli minister)
    hit = g.leader("Emily Thornberry")  # kb/uk_mps.tsv knows her as Britain's, never as Mac Thornberry
    assert hit is None or (hit[0].name, hit[0].country) == ("Emily Thornberry", "GBR")
    hit = g.leader("Avigdor Lieberman")  # kb/people.tsv knows him as Israel's, never as the senator
    assert hit is None or (hit[0].name, hit[0].country) == ("Avigdor Lieberman", "ISR")
