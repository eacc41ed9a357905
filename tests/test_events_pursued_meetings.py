"""A meeting or negotiation the writer reports an agent as pursuing, "France seeks to negotiate a
pact with Germany", is told in no party's words: no expression of intent (CAMEO 036, PLOVER AGREE
is a party's statement) and no meeting held yet (``outcomes.narrated_meeting``). Hand-built parses
of sentences of our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import frames
from diplograph.nlp.events.drafts import Draft
from diplograph.nlp.events.lexicon import lexicon
from docs import parse

F, D = "state:FRA", "state:DEU"
KNOWN = {F: Actor(F, "France", "state", "FRA"), D: Actor(D, "Germany", "state", "DEU")}


def _coded(verb: str, lemma: str):
    # "France <verb> to negotiate with Germany."
    doc = parse([("France", "France", "PROPN", "nsubj", 1), (verb, lemma, "VERB", "ROOT", 1, "VBZ"),
                 ("to", "to", "PART", "aux", 3), ("negotiate", "negotiate", "VERB", "xcomp", 1, "VB"),
                 ("with", "with", "ADP", "prep", 3), ("Germany", "Germany", "PROPN", "pobj", 4)],
                {0: F, 5: D}, KNOWN)
    d = Draft(type="CONSULT", mode=None, cameo="046", sources=[F], targets=[D], anchor=doc[3],
              words="negotiate", base="CONSULT")
    return frames.apply_frames(d, doc[3], lexicon(), [], doc._.actors)


def test_a_negotiation_the_writer_says_is_sought_is_neither_held_nor_promised():
    d = _coded("seeks", "seek")
    assert d is not None and (d.type, d.hypothetical) == ("CONSULT", True)


def test_a_negotiation_the_writer_says_the_agent_wants_is_no_expression_of_intent():
    # "France wants to negotiate with Germany": a wish the writer ascribes, in no speech of France's
    # (``outcomes.narrated_wish``; audits: "the UK wants to agree a partnership" judged no event)
    d = _coded("wants", "want")
    assert d is not None and (d.type, d.hypothetical) == ("CONSULT", True)
