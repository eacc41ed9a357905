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



def _seized(taker: str, lemma: str, tag: str, actors: dict[int, str]):
    # "<taker> seized two French journalists near the dam."
    doc = parse([(taker, lemma, tag, "nsubj", 1), ("seized", "seize", "VERB", "ROOT", 1, "VBD"),
                 ("two", "two", "NUM", "nummod", 4), ("French", "French", "ADJ", "amod", 4),
                 ("journalists", "journalist", "NOUN", "dobj", 1), ("near", "near", "ADP", "prep", 1),
                 ("the", "the", "DET", "det", 7), ("dam", "dam", "NOUN", "pobj", 5)], actors, KNOWN)
    return lexicon().match(doc[1])


def test_a_person_seized_by_militants_is_abducted_by_a_state_arrested():
    # kb/armed_groups.tsv, captives.taken_by_armed_group: the taker's kind decides (PLOVER ASSAULT abduct vs COERCE)
    trigger = _seized("Militants", "militant", "NOUN", {3: F})
    assert trigger is not None and (trigger.type, trigger.mode, trigger.cameo) == ("ASSAULT", "abduct", "181")
    trigger = _seized("Hungary", "Hungary", "PROPN", {0: H, 3: F})
    assert trigger is not None and trigger.type == "COERCE"


def test_a_passive_with_no_subject_of_its_own_acts_on_its_logical_subject():
    # "Two French monitors fled the town only to be seized by rebels." (lexicon.object_tokens)
    doc = parse([("Two", "two", "NUM", "nummod", 2), ("French", "French", "ADJ", "amod", 2),
                 ("monitors", "monitor", "NOUN", "nsubj", 3), ("fled", "flee", "VERB", "ROOT", 3, "VBD"),
                 ("the", "the", "DET", "det", 5), ("town", "town", "NOUN", "dobj", 3),
                 ("only", "only", "ADV", "advmod", 9), ("to", "to", "PART", "aux", 9),
                 ("be", "be", "AUX", "auxpass", 9), ("seized", "seize", "VERB", "advcl", 3, "VBN"),
                 ("by", "by", "ADP", "agent", 9), ("rebels", "rebel", "NOUN", "pobj", 10)], {1: F}, KNOWN)
    trigger = lexicon().match(doc[9])
    assert trigger is not None and (trigger.type, trigger.mode) == ("ASSAULT", "abduct")
