"""Government bodies of one state named by their own name (``kb/government_bodies.tsv``) and the
lower-case forms of congressional committees; hand-built Docs of our own words."""

from __future__ import annotations

from diplograph.kb import load_table
from diplograph.kb.gazetteer import gazetteer
from docs import recognize, spaced_doc


def test_a_listed_body_is_an_organisation_of_its_state_wherever_the_story_is_set():
    doc = spaced_doc("In Cairo , the Office of Legal Counsel and the House Budget Committee weighed the deal .",
                     {"1:2": "GPE", "4:8": "ORG", "10:13": "ORG"}, sentences=False)
    actors, _ = recognize(doc)
    assert actors["org:usa-olc"].country == "USA"
    assert actors["org:usa-house-budget"].country == "USA"


def test_the_lower_case_committee_forms_are_the_committee():
    doc = spaced_doc("The Senate intelligence committee and the House oversight committee met .",
                     {"1:4": "ORG", "6:9": "ORG"}, sentences=False)
    actors, _ = recognize(doc)
    assert actors["org:usa-senate-intelligence"].country == "USA"
    assert actors["org:usa-house-oversight"].country == "USA"


def test_every_row_names_its_source_and_a_state():
    g = gazetteer()
    for row in load_table("government_bodies"):
        assert row["source"] and g.state(row["country"]) is not None, row["id"]
        assert g.lookup(row["name"])[0].id == f"org:{row['id']}", row["name"]


def test_the_reserve_components_named_bare_are_american():
    doc = spaced_doc("A medic of the Army National Guard flew home .", {"4:7": "ORG"}, sentences=False)
    actors, _ = recognize(doc)
    assert actors["org:usa-army-national-guard"].country == "USA"


def test_the_trade_representatives_office_spelled_out_or_abbreviated_is_one_body():
    doc = spaced_doc("In Lima , the Office of the United States Trade Representative and USTR weighed the deal .",
                     {"1:2": "GPE", "4:11": "ORG", "12:13": "ORG"}, sentences=False)
    _, mentions = recognize(doc)
    assert {m.actor_id for m in mentions if m.text != "Lima"} == {"org:usa-ustr"}
