"""Whom an agreement, offer or refusal to permit an act is made to: the party permitted
(``nlp/events/permissions.py``, read by ``roles.complement_clause_targets``), on hand-built
parses (no model). The sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import roles
from diplograph.nlp.events.lexicon import Trigger, lexicon
from diplograph.nlp.events.roles import VerbCase
from docs import parse

F, S = "state:FRA", "state:SRB"
KNOWN = {F: Actor(F, "France", "state", "FRA"), S: Actor(S, "Serbia", "state", "SRB")}


def trig(type_: str) -> Trigger:
    return Trigger("x", "V", type_, None, None, (), frozenset(), frozenset())


def permits(verb: str, lemma: str) -> list[tuple]:
    """"France <verb> to <lemma> Serbian monitors to inspect the depot" (the parser's reading:
    the monitors are the subject of the permitted clause)."""
    return [("France", "France", "PROPN", "nsubj", 1), (verb, verb, "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3), (lemma, lemma, "VERB", "xcomp", 1),
            ("Serbian", "serbian", "ADJ", "amod", 5), ("monitors", "monitor", "NOUN", "nsubj", 7),
            ("to", "to", "PART", "aux", 7), ("inspect", "inspect", "VERB", "ccomp", 3),
            ("the", "the", "DET", "det", 9), ("depot", "depot", "NOUN", "dobj", 7)]


def targets(rows: list[tuple], type_: str) -> list[str]:
    doc = parse(rows, {0: F, 4: S}, KNOWN)
    return roles.complement_clause_targets(VerbCase(doc[1], trig(type_), lexicon(), doc._.mentions, [F]))


def test_an_agreement_or_refusal_to_permit_an_act_is_made_to_the_party_permitted():
    # "France agreed to allow Serbian monitors to inspect the depot": an agreement with Serbia
    assert targets(permits("agreed", "allow"), "AGREE") == [S]
    # "France refused to let Serbian monitors inspect the depot": a refusal of Serbia
    assert targets(permits("refused", "let"), "REJECT") == [S]


def test_only_a_verb_of_permission_and_only_a_directed_act():
    # "France agreed to help Serbian monitors to inspect the depot": no permission
    assert targets(permits("agreed", "help"), "AGREE") == []
    # "France threatened to let Serbian monitors inspect the depot": no directed act of this kind
    assert targets(permits("threatened", "let"), "THREATEN") == []
