"""A state the text names only as a place is no actor (``nlp/place_states.py``). Sentences are ours."""

from __future__ import annotations

import pytest

from diplograph.ingest.clean import make_document


def _actor_ids(pipeline, text: str) -> set[str]:
    ex = next(pipeline.extract([make_document(text, "place.txt", published="2024-03-01")]))
    return {a.id for a in ex.actors}


@pytest.mark.model
@pytest.mark.parametrize("text, state", [
    # the object of a place preposition, and its conjunct
    ("The charity counted thousands of displaced families in Chad and Niger last winter.", "state:NER"),
    # "City, State": the state after the city of a locative phrase
    ("The next round of talks opens in Lausanne, Switzerland, on Monday.", "state:CHE"),
    # "X-based"
    ("The report was written by a Boston-based charity.", "state:USA"),
])
def test_a_state_named_only_as_a_place_is_dropped(pipeline, text, state):
    assert state not in _actor_ids(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize("text, state", [
    # the state acts, or is named otherwise than as a place
    ("Niger said it would reopen its border with Chad.", "state:NER"),
    ("Swiss diplomats held talks in Lausanne, Switzerland, on Monday.", "state:CHE"),
    # "at" before the state's own name marks an aim
    ("The rebels were angry at Niger for months.", "state:NER"),
])
def test_a_state_named_otherwise_is_kept(pipeline, text, state):
    assert state in _actor_ids(pipeline, text)


def _actor(pipeline, text: str, actor_id: str):
    ex = next(pipeline.extract([make_document(text, "place.txt", published="2024-03-01")]))
    return next((a for a in ex.actors if a.id == actor_id), None)


@pytest.mark.model
def test_a_city_in_the_state_is_no_alias_of_it(pipeline):
    # a city of kb/places.tsv is where something happens, not a name of its state
    text = "Kenya will host the donors' conference in Mombasa next month, the Kenyan government announced."
    kenya = _actor(pipeline, text, "state:KEN")
    assert kenya is not None and "Mombasa" not in kenya.aliases
    assert all(text[s:e] != "Mombasa" for s, e in kenya.mentions)


@pytest.mark.model
def test_a_capital_as_a_place_is_no_mention_but_as_the_government_is(pipeline):
    text = ("The Turkish foreign minister met reporters in Ankara on Monday. "
            "Ankara rejected the proposal on Tuesday.")
    turkey = _actor(pipeline, text, "state:TUR")
    assert turkey is not None and "Ankara" in turkey.aliases
    where = [s for s, e in turkey.mentions if text[s:e] == "Ankara"]
    assert where == [text.index("Ankara rejected")]


@pytest.mark.model
def test_a_state_named_only_by_a_place_in_it_is_dropped(pipeline):
    assert "state:UKR" not in _actor_ids(pipeline, "Thousands of tourists crowded the beaches of Crimea in August.")


@pytest.mark.model
@pytest.mark.parametrize("text, state", [
    # the second place preposition hangs as a conjunct of another preposition, still a place
    ("The singer toured in Lima last spring and then in Nairobi as a headliner.", "state:KEN"),
])
def test_a_place_preposition_however_attached(pipeline, text, state):
    assert state not in _actor_ids(pipeline, text)


@pytest.mark.model
def test_a_place_read_as_a_person_is_no_actor(pipeline):
    # the tagger reads this town as a person; its only mention is the object of "in"
    assert "person:dunkerque" not in _actor_ids(pipeline, "Thousands of migrants wait in Dunkerque for a boat.")


@pytest.mark.model
def test_a_person_after_a_place_and_a_comma_is_kept(pipeline):
    # a name after the place and a comma is no object of "in" (the parse makes it the place's conjunct)
    ids = _actor_ids(pipeline, "In Hebron, Samir Haddad, who runs a bakery, has lost half his customers.")
    assert "person:samir-haddad" in ids
