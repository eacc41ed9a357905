"""A refusal to discuss that names no one to discuss with declines comment, no REJECT
(nlp/events/comment.py); with a party named it stays a REJECT of that party. Sentences are ours."""

from __future__ import annotations

import pytest

from diplograph.nlp.events import find_events
from docs import tag_actors

NAMES = {
    "Spain": ("state:ESP", "state", "ESP"), "Serbia": ("state:SRB", "state", "SRB"),
    "Berg": ("person:anna-berg", "person", "DEU"), "Moreau": ("person:luc-moreau", "person", "FRA"),
}

CASES = [
    ("Moreau declined to discuss the budget figures.", set()),
    ("Berg refused to discuss the ministry's hiring plans on Tuesday.", set()),
    ("Berg refused to talk about the inquiry.", set()),
    # a party to the talk is named: the refusal is a REJECT of it
    ("Spain refused to discuss the border with Serbia.", {("REJECT", "state:ESP", "state:SRB")}),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_declined_comment(spacy_model, sentence, expected):
    events = find_events(tag_actors(spacy_model(sentence), NAMES))
    assert {(e.type, e.source, e.target) for e in events if not e.negated and not e.hypothetical} == expected
