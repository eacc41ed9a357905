"""A participle of speech after a comma that reports no clause of its own closes the clause a speech
verb reports ("X said A, telling Reuters"); one that reports a clause stays in it ("X said A, adding
that B") (reported._trailing_speech_act).

Every sentence here is written for these tests."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.speech.attribution import Attribution
from diplograph.nlp.speech.reported import reported_speech
from docs import parse

KNOWN = {
    "state:NOR": Actor(id="state:NOR", name="Norway", kind="state", country="NOR"),
    "state:RUS": Actor(id="state:RUS", name="Russia", kind="state", country="RUS"),
}

# "Norway said Russia closed the border , " with what follows hung, as the parser often does, on the
# reported verb "closed" (token 3).
OPENING = [
    ("Norway", "Norway", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1, "VBD"),
    ("Russia", "Russia", "PROPN", "nsubj", 3), ("closed", "close", "VERB", "ccomp", 1, "VBD"),
    ("the", "the", "DET", "det", 5), ("border", "border", "NOUN", "dobj", 3),
    (",", ",", "PUNCT", "punct", 3),
]
# "… , telling a radio station ."
TELLING = [*OPENING, ("telling", "tell", "VERB", "advcl", 3, "VBG"), ("a", "a", "DET", "det", 10),
           ("radio", "radio", "NOUN", "compound", 10), ("station", "station", "NOUN", "dobj", 7),
           (".", ".", "PUNCT", "punct", 1)]
# "… , adding that Moscow sent more troops ."
ADDING = [*OPENING, ("adding", "add", "VERB", "advcl", 3, "VBG"), ("that", "that", "SCONJ", "mark", 10),
          ("Moscow", "Moscow", "PROPN", "nsubj", 10), ("sent", "send", "VERB", "ccomp", 7, "VBD"),
          ("more", "more", "ADJ", "amod", 12), ("troops", "troop", "NOUN", "dobj", 10),
          (".", ".", "PUNCT", "punct", 1)]


def _quotes(rows: list) -> list[tuple[str, str | None]]:
    doc = parse(rows, {0: "state:NOR", 2: "state:RUS"}, KNOWN, mentions=True)
    return [(q.text, q.speaker) for q in reported_speech(doc, Attribution(), 0)]


def test_a_trailing_participle_naming_the_listener_closes_the_reported_clause():
    assert _quotes(TELLING) == [("Russia closed the border", "state:NOR")]


def test_a_trailing_participle_with_a_clause_of_its_own_stays_in_the_reported_clause():
    assert _quotes(ADDING) == [("Russia closed the border , adding that Moscow sent more troops", "state:NOR")]
