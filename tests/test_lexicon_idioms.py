"""Idioms of the CAMEO verb lists added to kb/events.tsv and kb/event_frames.tsv for recall
(acc-lexicon25): "pointed the finger at X" (ACCUSE 112), "took issue with X" (ACCUSE 111);
"reimposed/reinstated sanctions on X" (a light verb, as "imposed"); "contradicted the claim" (REJECT 120).
Hand-built parses of our own sentences."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events.lexicon import lexicon
from docs import parse

KNOWN = {"state:AUT": Actor("state:AUT", "Austria", "state", "AUT"),
         "state:SRB": Actor("state:SRB", "Serbia", "state", "SRB")}
IDS = {0: "state:AUT", 5: "state:SRB"}


def _clause(verb: str, vlemma: str, noun: str, nlemma: str, prep: str) -> object:
    # "Austria VERB the NOUN PREP Serbia" with the noun as the verb's object
    return parse([("Austria", "Austria", "PROPN", "nsubj", 1), (verb, vlemma, "VERB", "ROOT", 1),
                  ("the", "the", "DET", "det", 3), (noun, nlemma, "NOUN", "dobj", 1),
                  (prep, prep, "ADP", "prep", 1), ("Serbia", "Serbia", "PROPN", "pobj", 4)], IDS, KNOWN)


def test_pointing_the_finger_at_a_party_accuses_it():
    trig = lexicon().match(_clause("pointed", "point", "finger", "finger", "at")[1])
    assert trig is not None and trig.type == "ACCUSE" and trig.cameo == "112"


def test_pointing_a_weapon_stays_a_threat():
    trig = lexicon().match(_clause("pointed", "point", "rifles", "rifle", "at")[1])
    assert trig is not None and trig.type == "THREATEN"


def test_taking_issue_with_a_party_criticises_it():
    trig = lexicon().match(_clause("took", "take", "issue", "issue", "with")[1])
    assert trig is not None and trig.type == "ACCUSE" and trig.cameo == "111"


def test_reimposing_or_reinstating_a_measure_imposes_it():
    for verb, lemma in (("reimposed", "reimpose"), ("reinstated", "reinstate")):
        doc = _clause(verb, lemma, "sanctions", "sanction", "on")
        assert lexicon().performs(doc[1])


def test_contradicting_a_partys_claim_rejects_it_but_not_contradicting_a_trend():
    trig = lexicon().match(_clause("contradicted", "contradict", "claim", "claim", "by")[1])
    assert trig is not None and trig.type == "REJECT" and trig.cameo == "120"
    assert lexicon().match(_clause("contradicted", "contradict", "trend", "trend", "in")[1]) is None
