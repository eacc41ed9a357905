"""Reported obligations that are opinions, not demands (events/opinions.py), on hand-built parses
(no model). The sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor, Role
from diplograph.nlp.events import find_events
from docs import parse

ACTORS = {
    "state:FRA": Actor("state:FRA", "France", "state", "FRA"),
    "state:DEU": Actor("state:DEU", "Germany", "state", "DEU"),
    "state:HUN": Actor("state:HUN", "Hungary", "state", "HUN"),
    "person:ann-roe": Actor("person:ann-roe", "Ann Roe", "person", None, roles=[Role("Analyst")]),
    "person:max-doe": Actor("person:max-doe", "Max Doe", "person", "FRA", roles=[Role("Minister", "FRA")]),
    "person:eva-poe": Actor("person:eva-poe", "Eva Poe", "person", "FRA",
                            roles=[Role("Professor"), Role("Senator", "FRA")]),
    "person:jo-kay": Actor("person:jo-kay", "Jo Kay", "person", None, roles=[Role("Senator")]),
}


def coded(rows: list[tuple], actors: dict[int, str]) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.source, e.target) for e in find_events(parse(rows, actors, ACTORS))]


def _said_hungary_must(speaker: str) -> list[tuple]:
    """"<speaker> said Hungary must leave"."""
    return [(speaker, speaker, "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("Hungary", "Hungary", "PROPN", "nsubj", 4), ("must", "must", "AUX", "aux", 4, "MD"),
            ("leave", "leave", "VERB", "ccomp", 1, "VB"), (".", ".", "PUNCT", "punct", 1)]


def test_an_analysts_must_is_an_assessment_not_a_demand():
    # "Roe said Hungary must leave", Roe known only as an analyst: a comment on what a party must do
    assert coded(_said_hungary_must("Roe"), {0: "person:ann-roe", 2: "state:HUN"}) == []
    # a minister's, or a senator's who is also a professor, is a demand
    assert coded(_said_hungary_must("Doe"), {0: "person:max-doe", 2: "state:HUN"}) == [
        ("REQUEST", "person:max-doe", "state:HUN")]
    assert coded(_said_hungary_must("Poe"), {0: "person:eva-poe", 2: "state:HUN"}) == [
        ("REQUEST", "person:eva-poe", "state:HUN")]


def _said_pair_should(speaker: str, first: str) -> list[tuple]:
    """"<speaker> said <first> and Hungary should talk"."""
    return [(speaker, speaker, "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            (first, first, "PROPN", "nsubj", 6), ("and", "and", "CCONJ", "cc", 2),
            ("Hungary", "Hungary", "PROPN", "conj", 2), ("should", "should", "AUX", "aux", 6, "MD"),
            ("talk", "talk", "VERB", "ccomp", 1, "VB"), (".", ".", "PUNCT", "punct", 1)]


def test_a_course_for_the_speakers_own_side_and_a_partner_is_no_demand():
    # "Doe (of France) said France and Hungary should talk": a joint course proposed
    assert coded(_said_pair_should("Doe", "France"), {0: "person:max-doe", 2: "state:FRA", 4: "state:HUN"}) == []
    # "France said France and Hungary should talk": the speaker itself in the pair
    assert coded(_said_pair_should("France", "France"), {0: "state:FRA", 2: "state:FRA", 4: "state:HUN"}) == []
    # "Doe said Germany and Hungary should talk": a demand on both others
    others = coded(_said_pair_should("Doe", "Germany"), {0: "person:max-doe", 2: "state:DEU", 4: "state:HUN"})
    assert sorted(others) == [
        ("REQUEST", "person:max-doe", "state:DEU"), ("REQUEST", "person:max-doe", "state:HUN")]


def _said_it_should(verb: list[tuple]) -> list[tuple]:
    """"France said it should <verb>", "it" read as Hungary (``verb`` rows hang on index 4)."""
    return [("France", "France", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            ("it", "it", "PRON", "nsubj", 4), ("should", "should", "AUX", "aux", 4, "MD"),
            *verb, (".", ".", "PUNCT", "punct", 1)]


def test_it_under_a_copula_is_the_state_of_a_thing_not_a_demand():
    # "France said it should stay united": what a thing should be, no act asked of anyone
    copula = _said_it_should([("stay", "stay", "VERB", "ccomp", 1, "VB"),
                              ("united", "united", "ADJ", "acomp", 4, "JJ")])
    assert coded(copula, {0: "state:FRA", 2: "state:HUN"}) == []
    # "France said it should leave": a demand on the party "it" stands for
    act = _said_it_should([("leave", "leave", "VERB", "ccomp", 1, "VB")])
    assert coded(act, {0: "state:FRA", 2: "state:HUN"}) == [("REQUEST", "state:FRA", "state:HUN")]


def test_what_a_speaker_says_its_own_state_must_do_is_its_view_not_a_demand():
    # "Doe (a Frenchman) said France must leave", "France said France must leave": its own course
    assert coded(_said_must("Doe", "France"), {0: "person:max-doe", 2: "state:FRA"}) == []
    assert coded(_said_must("France", "France"), {0: "state:FRA", 2: "state:FRA"}) == []
    # "Doe said Germany must leave": a demand on another state
    assert coded(_said_must("Doe", "Germany"), {0: "person:max-doe", 2: "state:DEU"}) == [
        ("REQUEST", "person:max-doe", "state:DEU")]
    # a speaker of unknown country keeps the demand
    assert coded(_said_must("Kay", "France"), {0: "person:jo-kay", 2: "state:FRA"}) == [
        ("REQUEST", "person:jo-kay", "state:FRA")]


def _said_must(speaker: str, addressee: str) -> list[tuple]:
    """"<speaker> said <addressee> must leave"."""
    return [(speaker, speaker, "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
            (addressee, addressee, "PROPN", "nsubj", 4), ("must", "must", "AUX", "aux", 4, "MD"),
            ("leave", "leave", "VERB", "ccomp", 1, "VB"), (".", ".", "PUNCT", "punct", 1)]
