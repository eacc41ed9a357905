"""A person's country from the leader's government the apposition sets the person's post in
(``person_administration.py``); hand-built Docs of our own words."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.kb.gazetteer import gazetteer
from diplograph.nlp.actors.person_administration import administration_apposition
from diplograph.nlp.actors.roles import Cand
from docs import recognize, spaced_doc

_VERBS = frozenset({"worked", "wrote", "spoke", "resigned", "disagreed", "stalled", "jailed"})


def _pos(word: str) -> str:
    return "PUNCT" if not word[0].isalnum() else "PROPN" if word[0].isupper() else "VERB" if word in _VERBS else "NOUN"


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, _pos)


def _rule(text: str) -> str | None:
    return administration_apposition(_doc(text), gazetteer(), Cand(0, 2, "person:Ann Pike", "person"))


def test_a_post_in_a_known_leaders_administration_places_the_person_in_the_leaders_state():
    actors, _ = recognize(_doc("Ann Pike , a trade envoy in the Obama administration , wrote the plan .",
                               {"0:2": "PERSON", "8:9": "PERSON"}))
    assert actors["person:ann-pike"].country == "USA"
    assert _rule("Ann Pike , the budget chief during the George W. Bush administration , disagreed .") == "USA"
    assert _rule("Ann Pike , a junior minister under the Putin government , resigned .") == "RUS"


def test_no_known_leader_a_state_named_before_or_a_clause_places_no_one():
    assert _rule("Ann Pike , a trade envoy in the Smith administration , wrote the plan .") is None
    assert _rule("Ann Pike , the Russian envoy during the Obama administration , spoke .") is None
    assert _rule("Ann Pike , a writer who worked in the Obama administration , spoke .") is None
    assert _rule("Ann Pike , a trade envoy . In the Obama administration , talks stalled .") is None


def test_a_post_under_a_known_leader_by_the_kbs_title_places_the_person_in_the_leaders_state():
    assert _rule("Ann Pike , a trade envoy for Asia under former President Barack Obama , wrote the plan .") \
        == "USA"
    assert _rule("Ann Pike , the budget chief under Prime Minister Tony Blair , disagreed .") == "GBR"
    assert _rule("Ann Pike , a navy aide under then - President Reagan , resigned .") == "USA"


def test_under_a_title_the_leader_never_held_or_past_a_clause_places_no_one():
    assert _rule("Ann Pike , a trade envoy under Prime Minister Obama , wrote the plan .") is None
    assert _rule("Ann Pike , a trade envoy under President Smith , wrote the plan .") is None
    assert _rule("Ann Pike , a writer who worked under President Obama , spoke .") is None
    assert _rule("Ann Pike , a trade envoy under President Obama Jones , spoke .") is None


def _served(text: str) -> Doc:
    doc = _doc(text)
    for t in doc:
        if t.text in ("served", "was"):
            t.lemma_, t.pos_ = ("serve", "VERB") if t.text == "served" else ("be", "AUX")
    return doc


def test_a_relative_clause_of_service_under_a_known_leader_places_the_person_in_the_leaders_state():
    rule = administration_apposition
    cand = Cand(0, 2, "person:Ann Pike", "person")
    assert rule(_served("Ann Pike , who served as trade envoy under President Reagan , spoke ."), gazetteer(),
                cand) == "USA"
    assert rule(_served("Ann Pike , who was budget chief in the Obama administration , spoke ."), gazetteer(),
                cand) == "USA"
    assert rule(_served("Ann Pike , who was jailed under President Reagan , spoke ."), gazetteer(), cand) is None
    assert rule(_served("Ann Pike , who wrote poems under President Reagan , spoke ."), gazetteer(), cand) is None
