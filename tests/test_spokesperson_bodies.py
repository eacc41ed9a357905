"""A spokesperson or a document of a state's body speaks as that body, not as the state
(speech/spokespeople.py)."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.speech.attribution import USER_DATA_KEY, Attribution, attribution_of, speaker_of_cue
from docs import parse, said_sentence

KNOWN = {"state:RUS": Actor(id="state:RUS", name="Russia", kind="state", country="RUS")}


def test_a_spokeswoman_of_a_seat_speaks_as_its_body():
    # "A Kremlin spokeswoman said the border would stay shut ."; the actors component reads "A
    # Kremlin spokeswoman" as a mention of Russia
    rows = said_sentence([("A", "a", "DET", "det", 2), ("Kremlin", "Kremlin", "PROPN", "compound", 2),
                          ("spokeswoman", "spokeswoman", "NOUN", "nsubj", 3)], 3)
    doc = parse(rows, {0: "state:RUS", 1: "state:RUS", 2: "state:RUS"}, KNOWN)
    att = Attribution()
    assert speaker_of_cue(doc, doc[3], att) == "org:rus-presidency"
    body = doc._.actors["org:rus-presidency"]
    assert (body.kind, body.country, body.name) == ("organization", "RUS", "Kremlin")
    # the event, claim and relation coders still read the state
    att.sentences[0] = ("org:rus-presidency", None)
    doc.user_data[USER_DATA_KEY] = att
    assert attribution_of(doc, doc[6]) == ("state:RUS", None)


def test_a_spokesman_for_a_seat_speaks_as_its_body():
    # "A spokesman for the Kremlin said the border would stay shut ."
    rows = said_sentence([("A", "a", "DET", "det", 1), ("spokesman", "spokesman", "NOUN", "nsubj", 5),
                          ("for", "for", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
                          ("Kremlin", "Kremlin", "PROPN", "pobj", 2)], 5)
    doc = parse(rows, {4: "state:RUS"}, KNOWN)
    assert speaker_of_cue(doc, doc[5], Attribution()) == "org:rus-presidency"


def test_a_statement_of_an_armed_service_speaks_as_the_service():
    # "A Russian military statement said the border would stay shut ."
    rows = said_sentence([("A", "a", "DET", "det", 3), ("Russian", "Russian", "ADJ", "amod", 3),
                          ("military", "military", "ADJ", "amod", 3),
                          ("statement", "statement", "NOUN", "nsubj", 4)], 4)
    doc = parse(rows, {1: "state:RUS"}, KNOWN)
    assert speaker_of_cue(doc, doc[4], Attribution()) == "org:rus-military"
    assert doc._.actors["org:rus-military"].name == "Russian military"


def test_a_spokesman_of_the_state_itself_stays_the_state():
    # "A Russian spokesman said the border would stay shut .": no body named
    rows = said_sentence([("A", "a", "DET", "det", 2), ("Russian", "Russian", "ADJ", "amod", 2),
                          ("spokesman", "spokesman", "NOUN", "nsubj", 3)], 3)
    doc = parse(rows, {1: "state:RUS"}, KNOWN)
    assert speaker_of_cue(doc, doc[3], Attribution()) == "state:RUS"
    assert set(doc._.actors) == {"state:RUS"}
