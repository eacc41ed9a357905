"""A denial in a relative clause on a claim noun set after the clause it sums up ("India accuses
Pakistan of arming the rebels, a charge Pakistan denies"): the relative clause with no relative word
takes the noun as its object (``syntax.is_zero_relative``), and the REJECT answers whoever states the
clause (``denials.apposed_claim_maker``); with no accuser named it has no other side and is no record
(``lexicon.NEEDS_TARGET``). Our sentences."""

from __future__ import annotations

import pytest

from diplograph.nlp.events import find_events
from docs import tag_actors

NAMES = {
    "Germany": ("state:DEU", "state", "DEU"), "Serbia": ("state:SRB", "state", "SRB"),
    "Belgrade": ("state:SRB", "state", "SRB"),
    "Berg": ("person:anna-berg", "person", "DEU"), "Moreau": ("person:luc-moreau", "person", "FRA"),
}

CASES = [
    ("Germany accuses Serbia of hiding the weapons, a charge Belgrade denies.",
     {("REJECT", "state:SRB", "state:DEU")}),
    ("Moreau said on Friday that Berg had misled the parliament, a claim Berg denied.",
     {("REJECT", "person:anna-berg", "person:luc-moreau")}),
    # no accuser named: no other side, no record
    ("Serbia has been accused of hiding the weapons, a charge Belgrade denies.", set()),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_apposed_claim_denial(spacy_model, sentence, expected):
    events = find_events(tag_actors(spacy_model(sentence), NAMES))
    assert {(e.type, e.source, e.target) for e in events if e.type == "REJECT"} == expected
