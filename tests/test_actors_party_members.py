"""Party members named by the plural of their party's name (nlp/actors/party_members.py); hand-built Docs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "X")


MEMBERS = [
    # (sentence, expected (mention text, actor id))
    ("Yesterday the Democrats faulted the governor .", ("Democrats", "org:usa-democratic-party")),
    ("Republicans blocked the budget bill .", ("Republicans", "org:usa-republican-party")),
    ("Several House Republicans opposed the measure .", ("Republicans", "org:usa-republican-party")),
    ("Most Senate Democrats voted no .", ("Democrats", "org:usa-democratic-party")),
    ("Some Nevada Democrats backed the plan .", ("Democrats", "org:usa-democratic-party")),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS, ids=[m[0][:30] for m in MEMBERS])
def test_members_plural_names_the_party(text, expected):
    actors, mentions = recognize(_doc(text))
    assert expected in {(m.text, m.actor_id) for m in mentions}
    assert actors[expected[1]].country == "USA"


@pytest.mark.parametrize("text", ["In Berlin the Free Democrats lost seats .",
                                  "Later the Christian Democrats formed a coalition ."])
def test_plural_ending_another_partys_name_is_not_the_us_party(text):
    _, mentions = recognize(_doc(text))
    assert "org:usa-democratic-party" not in {m.actor_id for m in mentions}


@pytest.mark.parametrize(("text", "expected"), [
    ("Several Republican legislators opposed the treaty .", ("Republican legislators", "org:usa-republican-party")),
    ("Then Democratic lawmakers walked out .", ("Democratic lawmakers", "org:usa-democratic-party")),
])
def test_party_adjective_before_a_collective_title_names_the_party(text, expected):
    _, mentions = recognize(_doc(text))
    assert expected in {(m.text, m.actor_id) for m in mentions}


@pytest.mark.parametrize("text", ["Yesterday the Republican nominee spoke .",
                                  "Troops of the Republican Guard withdrew ."])
def test_party_adjective_alone_names_no_party(text):
    _, mentions = recognize(_doc(text))
    assert "org:usa-republican-party" not in {m.actor_id for m in mentions}
