"""Whom an inquiry is into when the parser hangs its "into" phrase on the opening verb, and an
inquiry into a question, on hand-built parses (no model). The sentences are our own."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import find_events
from docs import parse

ACTORS = {
    "state:FRA": Actor("state:FRA", "France", "state", "FRA"),
    "state:DEU": Actor("state:DEU", "Germany", "state", "DEU"),
}


def coded(doc) -> list[tuple[str, str, str | None]]:
    return [(e.type, e.source, e.target) for e in find_events(doc)]


def test_into_phrase_misattached_to_the_opening_verb():
    # "Germany opened an inquiry into France." with "into" parsed as the verb's
    doc = parse([("Germany", "Germany", "PROPN", "nsubj", 1), ("opened", "open", "VERB", "ROOT", 1),
                 ("an", "an", "DET", "det", 3), ("inquiry", "inquiry", "NOUN", "dobj", 1),
                 ("into", "into", "ADP", "prep", 1), ("France", "France", "PROPN", "pobj", 4),
                 (".", ".", "PUNCT", "punct", 1)], {0: "state:DEU", 5: "state:FRA"}, ACTORS)
    assert coded(doc) == [("ACCUSE", "state:DEU", "state:FRA")]


def test_inquiry_into_a_question_is_into_its_subject():
    # "Germany began an investigation into whether France paid the rebels."
    doc = parse([("Germany", "Germany", "PROPN", "nsubj", 1), ("began", "begin", "VERB", "ROOT", 1),
                 ("an", "an", "DET", "det", 3), ("investigation", "investigation", "NOUN", "dobj", 1),
                 ("into", "into", "ADP", "prep", 3), ("whether", "whether", "SCONJ", "mark", 7),
                 ("France", "France", "PROPN", "nsubj", 7), ("paid", "pay", "VERB", "pcomp", 4),
                 ("the", "the", "DET", "det", 9), ("rebels", "rebel", "NOUN", "dobj", 7),
                 (".", ".", "PUNCT", "punct", 1)], {0: "state:DEU", 6: "state:FRA"}, ACTORS)
    assert coded(doc) == [("ACCUSE", "state:DEU", "state:FRA")]


def test_inquiry_into_a_dealing_is_into_the_parties_between():
    # "Germany opened an inquiry into secret contacts between France and the rebels."
    doc = parse([("Germany", "Germany", "PROPN", "nsubj", 1), ("opened", "open", "VERB", "ROOT", 1),
                 ("an", "an", "DET", "det", 3), ("inquiry", "inquiry", "NOUN", "dobj", 1),
                 ("into", "into", "ADP", "prep", 3), ("secret", "secret", "ADJ", "amod", 6),
                 ("contacts", "contact", "NOUN", "pobj", 4), ("between", "between", "ADP", "prep", 6),
                 ("France", "France", "PROPN", "pobj", 7), ("and", "and", "CCONJ", "cc", 8),
                 ("the", "the", "DET", "det", 11), ("rebels", "rebel", "NOUN", "conj", 8),
                 (".", ".", "PUNCT", "punct", 1)], {0: "state:DEU", 8: "state:FRA"}, ACTORS)
    assert coded(doc) == [("ACCUSE", "state:DEU", "state:FRA")]


def test_a_verb_of_inquiry_into_a_dealing_is_into_the_parties_between():
    # "Germany investigated the ties between France and the rebels."
    doc = parse([("Germany", "Germany", "PROPN", "nsubj", 1), ("investigated", "investigate", "VERB", "ROOT", 1),
                 ("the", "the", "DET", "det", 3), ("ties", "tie", "NOUN", "dobj", 1),
                 ("between", "between", "ADP", "prep", 3), ("France", "France", "PROPN", "pobj", 4),
                 ("and", "and", "CCONJ", "cc", 5), ("the", "the", "DET", "det", 8),
                 ("rebels", "rebel", "NOUN", "conj", 5), (".", ".", "PUNCT", "punct", 1)],
                {0: "state:DEU", 5: "state:FRA"}, ACTORS)
    assert coded(doc) == [("ACCUSE", "state:DEU", "state:FRA")]


def test_who_faces_an_inquiry_does_not_make_it():
    # "Germany faces an inquiry." names no one who inquires: no record, not Germany's inquiry
    doc = parse([("Germany", "Germany", "PROPN", "nsubj", 1), ("faces", "face", "VERB", "ROOT", 1),
                 ("an", "an", "DET", "det", 3), ("inquiry", "inquiry", "NOUN", "dobj", 1),
                 (".", ".", "PUNCT", "punct", 1)], {0: "state:DEU"}, ACTORS)
    assert coded(doc) == []
    # "Germany faces an inquiry by France.": the "by" phrase makes it, into the one facing it
    doc = parse([("Germany", "Germany", "PROPN", "nsubj", 1), ("faces", "face", "VERB", "ROOT", 1),
                 ("an", "an", "DET", "det", 3), ("inquiry", "inquiry", "NOUN", "dobj", 1),
                 ("by", "by", "ADP", "prep", 3), ("France", "France", "PROPN", "pobj", 4),
                 (".", ".", "PUNCT", "punct", 1)], {0: "state:DEU", 5: "state:FRA"}, ACTORS)
    assert coded(doc) == [("ACCUSE", "state:FRA", "state:DEU")]
