"""A meeting still to come that a news outlet reports (``nlp/events/narration.py``) is told as the
writer tells it, in no party's words: no statement of intent. Hand-built parses of our own sentences."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import narration, outcomes
from diplograph.nlp.events.drafts import Draft
from diplograph.nlp.events.lexicon import lexicon
from docs import parse

F, D, R = "state:FRA", "state:DEU", "media:reuters"
KNOWN = {F: Actor(F, "France", "state", "FRA"), D: Actor(D, "Germany", "state", "DEU"),
         R: Actor(R, "Reuters", "media", "GBR")}


def _reported(speaker: str, lemma: str, actor: str):
    # "<speaker> reports that France will meet Germany"
    rows = [(speaker, speaker, "PROPN", "nsubj", 1), ("reports", "report", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 5), ("France", "France", "PROPN", "nsubj", 5),
            ("will", "will", "AUX", "aux", 5), ("meet", "meet", "VERB", "ccomp", 1),
            ("Germany", "Germany", "PROPN", "dobj", 5)]
    doc = parse(rows, {0: actor, 3: F, 6: D}, KNOWN)
    d = Draft(type="CONSULT", mode=None, cameo="040", sources=[F], targets=[D], anchor=doc[5], words="meet",
              base="CONSULT", hypothetical=True, irrealis="future:will")
    return doc, d


def test_a_meeting_an_outlet_reports_is_narrated():
    doc, d = _reported("Reuters", "Reuters", R)
    assert narration.told_by_an_outlet(doc[1])
    assert outcomes.narrated_meeting(d, doc[5], lexicon())


def test_a_meeting_a_party_announces_is_no_narration():
    # "France reports that France will meet Germany": the party's own statement (intended_cooperation)
    doc, d = _reported("France", "France", F)
    assert not narration.told_by_an_outlet(doc[1])
    assert not narration.told_by_an_outlet(None)


def _wished(announced: bool):
    # "France wants to help Germany": the wish as the writer tells it (or, announced, as France said it)
    rows = [("France", "France", "PROPN", "nsubj", 1), ("wants", "want", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3), ("help", "help", "VERB", "xcomp", 1),
            ("Germany", "Germany", "PROPN", "dobj", 3)]
    doc = parse(rows, {0: F, 4: D}, KNOWN)
    d = Draft(type="AID", mode=None, cameo="070", sources=[F], targets=[D], anchor=doc[3], words="help",
              base="AID", hypothetical=True, irrealis="intent:want", announced=announced)
    return doc, d


def test_a_wish_the_writer_ascribes_is_no_statement_of_intent():
    doc, d = _wished(announced=False)
    assert any(rule(d, doc[3], lexicon()) for rule in outcomes.OUTCOME_RULES)
    assert (d.type, d.hypothetical) == ("AID", True)


def test_a_wish_the_agent_announces_is_an_agreement():
    doc, d = _wished(announced=True)
    assert not outcomes.narrated_wish(d, doc[3], lexicon())
    assert any(rule(d, doc[3], lexicon()) for rule in outcomes.OUTCOME_RULES)
    assert (d.type, d.hypothetical) == ("AGREE", False)
