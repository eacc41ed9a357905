"""A relative clause of violence the parser hangs on an attack's target or place is about the attack
(events/relative_attacks.attack_antecedent). The sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import parties
from diplograph.nlp.events.relative_attacks import attack_antecedent
from docs import parse

F, H, B, M = "state:FRA", "state:HUN", "person:anna-berg", "group:hun-militia"
KNOWN = {F: Actor(F, "France", "state", "FRA"), H: Actor(H, "Hungary", "state", "HUN"),
         B: Actor(B, "Anna Berg", "person", "SWE"), M: Actor(M, "Militia (Hungary)", "group", "HUN")}


def _raid(modifier: str, noun: str) -> list[tuple]:
    # "a French raid on a depot that killed Berg" / "a raid on the militia that killed Berg"
    return [("a", "a", "DET", "det", 2), (modifier, modifier.lower(), "ADJ", "amod", 2),
            ("raid", "raid", "NOUN", "ROOT", 2), ("on", "on", "ADP", "prep", 2),
            ("a", "a", "DET", "det", 5), (noun, noun, "NOUN", "pobj", 3),
            ("that", "that", "PRON", "nsubj", 7), ("killed", "kill", "VERB", "relcl", 5),
            ("Berg", "Berg", "PROPN", "dobj", 7)]


def test_a_killing_hung_on_the_place_an_attack_hit_is_the_attack_s():
    doc = parse(_raid("French", "depot"), {1: F, 8: B}, KNOWN)
    assert attack_antecedent(doc[6]).i == 2
    assert parties.np_actors(doc[6], []) == [F]
    # "a Hungarian depot": the state of the thing hit did not kill
    doc = parse(_raid("brutal", "depot"), {5: H, 8: B}, KNOWN)
    assert parties.np_actors(doc[6], []) == []


def test_an_armed_group_the_attack_hit_may_have_killed():
    doc = parse(_raid("brutal", "militia"), {5: M, 8: B}, KNOWN)
    assert attack_antecedent(doc[6]).i == 5
    assert parties.np_actors(doc[6], []) == [M]
