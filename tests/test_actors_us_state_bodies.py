"""Legislators and officials of a US state are of the United States (nlp/actors/us_state_bodies.py); hand-built Docs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "X")


BODIES = [
    # (sentence, expected mention text of the United States)
    ("Kansas lawmakers rejected the tax plan .", "Kansas lawmakers"),
    ("Yesterday Montana state officials sued the mine owner .", "Montana state officials"),
    ("The legislators in Rhode Island passed the bill .", "legislators in Rhode Island"),
]


@pytest.mark.parametrize(("text", "expected"), BODIES, ids=[b[0][:30] for b in BODIES])
def test_us_state_legislators_are_of_the_united_states(text, expected):
    actors, mentions = recognize(_doc(text))
    assert (expected, "state:USA") in {(m.text, m.actor_id) for m in mentions}
    assert actors["state:USA"].kind == "state"


def test_a_kb_state_of_the_same_name_keeps_its_officials():
    _, mentions = recognize(_doc("Georgia officials blamed Moscow for the blockade ."))
    assert "state:USA" not in {m.actor_id for m in mentions}
    assert "state:GEO" in {m.actor_id for m in mentions}


def test_a_us_state_before_a_non_legislative_title_is_no_body():
    _, mentions = recognize(_doc("Kansas farmers rejected the tax plan ."))
    assert "state:USA" not in {m.actor_id for m in mentions}
