"""A clause on a document noun names whom it went to or where it was filed, not who issued it
(speech/attribution.described_document_speaker)."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.extensions import Mention
from diplograph.nlp.speech.attribution import Attribution, named_issuer, speaker_of_cue
from docs import parse, said_sentence

KNOWN = {"state:RUS": Actor(id="state:RUS", name="Russia", kind="state", country="RUS"),
         "person:ivan-petrov": Actor(id="person:ivan-petrov", name="Ivan Petrov", kind="person", country="RUS")}


def test_the_one_a_memo_was_sent_to_is_no_speaker():
    # "A memo sent to Ivan Petrov said the border would stay shut ."
    rows = said_sentence([("A", "a", "DET", "det", 1), ("memo", "memo", "NOUN", "nsubj", 6),
                          ("sent", "send", "VERB", "acl", 1), ("to", "to", "ADP", "prep", 2),
                          ("Ivan", "Ivan", "PROPN", "compound", 5), ("Petrov", "Petrov", "PROPN", "pobj", 3)], 6)
    doc = parse(rows, {4: "person:ivan-petrov", 5: "person:ivan-petrov"}, KNOWN)
    assert speaker_of_cue(doc, doc[6], Attribution()) is None


def test_the_issuer_of_a_released_statement_speaks():
    # "A statement released by the Kremlin said the border would stay shut .": the issuing verb's
    # agent, a seat of power, speaks as its body (speech/bodies.py)
    rows = said_sentence([("A", "a", "DET", "det", 1), ("statement", "statement", "NOUN", "nsubj", 6),
                          ("released", "release", "VERB", "acl", 1), ("by", "by", "ADP", "agent", 2),
                          ("the", "the", "DET", "det", 5), ("Kremlin", "Kremlin", "PROPN", "pobj", 3)], 6)
    doc = parse(rows, {5: "state:RUS"}, KNOWN)
    doc._.mentions = [Mention(5, 6, len("A statement released by the "), len("A statement released by the Kremlin"),
                              "state:RUS", "Kremlin")]
    assert speaker_of_cue(doc, doc[6], Attribution()) == "org:rus-presidency"


def test_a_seat_naming_a_statement_issued_it_as_its_body():
    # "A Kremlin statement welcomed the vote .": "the statement said" later speaks for the seat's
    # body, not for the state (speech/attribution._issuer_of, speech/bodies.py)
    rows = [("A", "a", "DET", "det", 2), ("Kremlin", "Kremlin", "PROPN", "compound", 2),
            ("statement", "statement", "NOUN", "nsubj", 3), ("welcomed", "welcome", "VERB", "ROOT", 3),
            ("the", "the", "DET", "det", 5), ("vote", "vote", "NOUN", "dobj", 3), (".", ".", "PUNCT", "punct", 3)]
    doc = parse(rows, {1: "state:RUS"}, KNOWN)
    doc._.mentions = [Mention(1, 2, len("A "), len("A Kremlin"), "state:RUS", "Kremlin")]
    assert named_issuer(doc, doc[2], Attribution()) == "org:rus-presidency"
