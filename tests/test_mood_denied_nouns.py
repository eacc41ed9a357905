"""The realis check (``nlp/mood.py``) on a construction of the audits' "none" class: the
to-infinitive of a noun denied by "no" ("made no commitment to release", "no reason to think").
Hand-built parses of sentences of our own, with the packaged ``kb/irrealis.tsv``."""

from __future__ import annotations

from diplograph.nlp import mood
from diplograph.nlp.events import realis
from diplograph.nlp.events.lexicon import irrealis_words
from docs import parse

WORDS = irrealis_words()


def reasons(doc, i: int) -> list[str]:
    return mood.irrealis_reasons(doc[i], WORDS, extra=realis.EVENT_NOUN_RULES)


def _commitment(det: str):
    # "Ankara has made <det> commitment to release the detainees."
    return parse([("Ankara", "Ankara", "PROPN", "nsubj", 2), ("has", "have", "AUX", "aux", 2, "VBZ"),
                  ("made", "make", "VERB", "ROOT", 2, "VBN"), (det, det, "DET", "det", 4, "DT"),
                  ("commitment", "commitment", "NOUN", "dobj", 2, "NN"), ("to", "to", "PART", "aux", 6, "TO"),
                  ("release", "release", "VERB", "acl", 4, "VB"), ("the", "the", "DET", "det", 8, "DT"),
                  ("detainees", "detainee", "NOUN", "dobj", 6, "NNS")])


def test_the_infinitive_of_a_noun_denied_by_no_is_not_done():
    assert reasons(_commitment("no"), 6) == ["denied:commitment"]
    assert reasons(_commitment("a"), 6) == []  # a commitment made: read by the other rules


def _reason_to_think(det: str):
    # "There is <det> reason to think Ankara would attack the port."
    return parse([("There", "there", "PRON", "expl", 1, "EX"), ("is", "be", "VERB", "ROOT", 1, "VBZ"),
                  (det, det, "DET", "det", 3, "DT"), ("reason", "reason", "NOUN", "attr", 1, "NN"),
                  ("to", "to", "PART", "aux", 5, "TO"), ("think", "think", "VERB", "relcl", 3, "VB"),
                  ("Ankara", "Ankara", "PROPN", "nsubj", 8, "NNP"), ("would", "would", "AUX", "aux", 8, "MD"),
                  ("attack", "attack", "VERB", "ccomp", 5, "VB"), ("the", "the", "DET", "det", 10, "DT"),
                  ("port", "port", "NOUN", "dobj", 8, "NN")])


def test_a_belief_denied_through_no_reason_is_conjecture():
    assert "doubt:think" in reasons(_reason_to_think("no"), 8)
    assert "doubt:think" not in reasons(_reason_to_think("every"), 8)
