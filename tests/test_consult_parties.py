"""Who is no party to a consultation: a news outlet spoken to (events/interviews.py). Sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events.component import _expand
from diplograph.nlp.events.drafts import Draft
from diplograph.nlp.events.interviews import without_outlets
from docs import parse

F, S, M = "state:FRA", "state:SYR", "media:le-monde"
KNOWN = {F: Actor(F, "France", "state", "FRA"), S: Actor(S, "Syria", "state", "SYR"),
         M: Actor(M, "Le Monde", "media", "FRA")}


def _spoke_with(partner: str, pid: str):
    # "A French envoy spoke with <partner>."
    doc = parse([("envoy", "envoy", "NOUN", "nsubj", 1), ("spoke", "speak", "VERB", "ROOT", 1),
                 ("with", "with", "ADP", "prep", 1), (partner, partner, "PROPN", "pobj", 2)],
                {0: F, 3: pid}, KNOWN)
    return Draft(type="CONSULT", mode=None, cameo="040", sources=[F], targets=[pid], anchor=doc[1],
                 words="speak with", recip=True)


def test_speaking_with_an_outlet_is_no_consultation():
    # "A French envoy spoke with Le Monde": an interview, no partner, no record
    assert without_outlets(_spoke_with("Monde", M), KNOWN).targets == []
    assert _expand(_spoke_with("Monde", M), KNOWN) == []
    kept = _expand(_spoke_with("Syria", S), KNOWN)
    assert [(d.sources, d.targets) for d in kept] == [([F], [S])]
