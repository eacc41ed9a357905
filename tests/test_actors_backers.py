"""A state named only as the backer of a force ("X-backed militias") is not the force's
(actors/backers.py, read by roles._role_phrase); hand-built Docs."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.nlp.actors.backers import backer_end
from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    """Words split on spaces, one sentence per " . "; capitalised words are proper nouns."""
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "X")


def _ids(doc: Doc) -> list[str]:
    return [m.actor_id for m in recognize(doc)[1]]


def test_militiamen_a_state_backs_are_not_of_that_state():
    doc = _doc("Belgian - backed militiamen raided a depot .", {"0:1": "NORP"})
    assert _ids(doc) == ["state:BEL"]  # the backer stays an actor; no "Militia (Belgium)"


def test_militiamen_of_a_state_named_outright_keep_it():
    doc = _doc("Belgian militiamen raided a depot .", {"0:1": "NORP"})
    assert any(i.startswith("group:bel-") for i in _ids(doc))


def test_backed_militiamen_keep_the_other_state_their_sentence_names():
    # "X-backed" with no state of its own: the one state the sentence names still places them
    doc = _doc("Union - backed militiamen raided a depot in Togo .", {"0:1": "ORG", "8:9": "GPE"})
    assert any(i.startswith("group:tgo-") for i in _ids(doc))


def test_the_backer_modifier_is_read_however_the_hyphen_is_split():
    assert backer_end(_doc("Belgian - backed units"), 3) == 1
    assert backer_end(_doc("Belgian -backed units"), 2) == 1
    assert backer_end(_doc("Belgian - led units"), 3) is None
    assert backer_end(_doc("the Belgian - backed Hazara units"), 5) == 2
    assert backer_end(_doc("the Belgian units"), 2) is None
