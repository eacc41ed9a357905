""""Both sides" addressed by a request is the pair just named (events/parties.both_of_a_pair,
``the_two_parties``); the one who asks is not of that pair. The sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import parties
from docs import parse

F, D, H, B = "state:FRA", "state:DEU", "state:HUN", "person:anna-berg"
KNOWN = {
    F: Actor(F, "France", "state", "FRA"), D: Actor(D, "Germany", "state", "DEU"),
    H: Actor(H, "Hungary", "state", "HUN"), B: Actor(B, "Anna Berg", "person", "SWE"),
}


def _urged(subject: str, lemma: str = "urge", word: str = "urged") -> list[tuple]:
    # "France fought Germany . Hungary urged both sides to talk ."
    return [("France", "France", "PROPN", "nsubj", 1), ("fought", "fight", "VERB", "ROOT", 1),
            ("Germany", "Germany", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
            (subject, subject, "PROPN", "nsubj", 5), (word, lemma, "VERB", "ROOT", 5),
            ("both", "both", "DET", "det", 7), ("sides", "side", "NOUN", "dobj", 5),
            ("to", "to", "PART", "aux", 9), ("talk", "talk", "VERB", "xcomp", 5),
            (".", ".", "PUNCT", "punct", 5)]


STARTS = [i in (0, 4) for i in range(11)]


def test_both_sides_a_request_is_addressed_to_are_the_pair_just_named():
    doc = parse(_urged("Hungary"), {0: F, 2: D, 4: H}, KNOWN, mentions=True, sent_starts=STARTS)
    assert parties.both_of_a_pair(doc[7])
    # three states are named, but the one who urges is not of the pair it addresses
    assert parties.np_actors(doc[7], doc._.mentions) == [F, D]


def test_both_sides_outside_a_request_count_no_pair():
    # "Hungary praised both sides": no request, no addressee; "both" alone says no pair
    doc = parse(_urged("Hungary", "praise", "praised"), {0: F, 2: D, 4: H}, KNOWN, mentions=True,
                sent_starts=STARTS)
    assert not parties.both_of_a_pair(doc[7])
    assert parties.np_actors(doc[7], doc._.mentions) == []


def test_the_asker_is_never_of_the_pair():
    # "France fought Germany . Berg urged both sides to talk .": Berg and her own mention are left
    # out; with France and Germany named before, they are the pair (never Berg and one of them)
    doc = parse(_urged("Berg"), {0: F, 2: D, 4: B}, KNOWN, mentions=True, sent_starts=STARTS)
    assert parties.np_actors(doc[7], doc._.mentions) == [F, D]
    # "France and Germany urged both sides to talk": the nearest pair is the askers, so some other pair
    rows = [("France", "France", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
            ("Germany", "Germany", "PROPN", "conj", 0), ("urged", "urge", "VERB", "ROOT", 3),
            ("both", "both", "DET", "det", 5), ("sides", "side", "NOUN", "dobj", 3),
            ("to", "to", "PART", "aux", 7), ("talk", "talk", "VERB", "xcomp", 3)]
    own = parse(rows, {0: F, 2: D}, KNOWN, mentions=True)
    assert parties.np_actors(own[5], own._.mentions) == []


def test_both_sides_of_a_thing_name_no_pair():
    # "Hungary urged both sides of the river to talk": a part of a thing, not the parties
    rows = [*_urged("Hungary")[:8], ("of", "of", "ADP", "prep", 7), ("the", "the", "DET", "det", 10),
            ("river", "river", "NOUN", "pobj", 8), ("to", "to", "PART", "aux", 12),
            ("talk", "talk", "VERB", "xcomp", 5)]
    doc = parse(rows, {0: F, 2: D, 4: H}, KNOWN, mentions=True, sent_starts=[i in (0, 4) for i in range(13)])
    assert not parties.both_of_a_pair(doc[7])
