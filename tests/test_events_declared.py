"""A withdrawal of forces declared, not carried out, is a verbal yield (PLOVER CONCEDE), not the
withdrawal done (RETREAT) nor an agreement (nlp/events/declared.py); a withdrawal reported done, or of
no forces, keeps its reading. Sentences are ours."""

from __future__ import annotations

import pytest

from diplograph.nlp.events import find_events
from docs import tag_actors

NAMES = {
    "Spain": ("state:ESP", "state", "ESP"), "Mali": ("state:MLI", "state", "MLI"),
    "Berg": ("person:anna-berg", "person", "ESP"),
}

CASES = [
    ("Berg announced the withdrawal of Spanish soldiers from Mali on Friday.",
     {("CONCEDE", "person:anna-berg", "state:MLI")}),
    ("Spain decided to pull its troops from Mali.", {("CONCEDE", "state:ESP", "state:MLI")}),
    ("Spain announced plans to withdraw its troops from Mali.", {("CONCEDE", "state:ESP", "state:MLI")}),
    # carried out: the material withdrawal
    ("Spain withdrew its troops from Mali on Friday.", {("RETREAT", "state:ESP", "state:MLI")}),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_declared_withdrawal(spacy_model, sentence, expected):
    events = find_events(tag_actors(spacy_model(sentence), NAMES))
    got = {(e.type, e.source, e.target) for e in events if not e.negated and not e.hypothetical}
    assert got == expected
