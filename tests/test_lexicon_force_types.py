"""Which force "hold" names, PLOVER ASSAULT or COERCE (kb/events.tsv, CAMEO-to-PLOVER table of 2021):
holding someone hostage or captive is CAMEO 181, ASSAULT mode abduct, while holding prisoners stays
detention, COERCE (CAMEO 173). Sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events.lexicon import lexicon
from docs import parse

F, H = "state:FRA", "state:HUN"
KNOWN = {F: Actor(F, "France", "state", "FRA"), H: Actor(H, "Hungary", "state", "HUN")}


def _held(noun: str, lemma: str, dep: str):
    # "Gunmen held the Hungarian engineers <noun> in a village."
    doc = parse([("Gunmen", "gunman", "NOUN", "nsubj", 1), ("held", "hold", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 4), ("Hungarian", "Hungarian", "ADJ", "amod", 4),
                 ("engineers", "engineer", "NOUN", "dobj", 1), (noun, lemma, "NOUN", dep, 1),
                 ("in", "in", "ADP", "prep", 1), ("a", "a", "DET", "det", 8),
                 ("village", "village", "NOUN", "pobj", 6)], {3: H}, KNOWN)
    return lexicon().match(doc[1])


def test_holding_someone_hostage_or_captive_is_an_abduction():
    for noun, dep in (("hostage", "oprd"), ("captive", "oprd")):
        trigger = _held(noun, noun, dep)
        assert trigger is not None and (trigger.type, trigger.mode, trigger.cameo) == ("ASSAULT", "abduct", "181"), noun


def test_holding_prisoners_stays_detention():
    # "France held the prisoners in a fort."
    doc = parse([("France", "France", "PROPN", "nsubj", 1), ("held", "hold", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 3), ("prisoners", "prisoner", "NOUN", "dobj", 1),
                 ("in", "in", "ADP", "prep", 1), ("a", "a", "DET", "det", 6),
                 ("fort", "fort", "NOUN", "pobj", 4)], {0: F}, KNOWN)
    trigger = lexicon().match(doc[1])
    assert trigger is not None and (trigger.type, trigger.cameo) == ("COERCE", "173")

