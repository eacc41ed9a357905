"""Where an event happened (``nlp/event_location.py``) on hand-built parses (no model).
Sentences are ours."""

from __future__ import annotations

import pytest

from diplograph.model import Actor
from diplograph.nlp.events import find_events
from diplograph.nlp.events.location import event_location
from diplograph.nlp.extensions import LOCATIONS
from docs import annotate, make_doc

# (sentence split on spaces, heads, deps, pos, ents, KB places (token indices), anchor, mode, expected location)
CASES = [
    # a visit happens where it goes
    ("Lukashenko visited Beijing in March .", [1, 1, 1, 1, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
     ["B-PERSON", "O", "B-GPE", "O", "B-DATE", "O"], (), 1, "visit", "Beijing"),
    ("Li began a visit to Belarus .", [1, 1, 3, 1, 3, 4, 1],
     ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
     ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
     ["B-PERSON", "O", "O", "O", "O", "B-GPE", "O"], (), 3, "visit", "Belarus"),
    # a meeting in a city; the date beside it is no place
    ("Putin and Xi met in Moscow on Tuesday .", [3, 0, 0, 3, 3, 4, 3, 6, 3],
     ["nsubj", "cc", "conj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
     ["PROPN", "CCONJ", "PROPN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
     ["B-PERSON", "O", "B-PERSON", "O", "O", "B-GPE", "O", "B-DATE", "O"], (), 3, None, "Moscow"),
    # a nominal event takes the place of the verb it is the object of
    ("The sides held talks in Geneva .", [1, 2, 2, 2, 2, 4, 2],
     ["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
     ["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
     ["O", "O", "O", "O", "O", "B-GPE", "O"], (), 3, None, "Geneva"),
    # a place on the subject places the actor, not the event; talks during a visit happen where it goes
    ("The commander in Iraq held talks during a visit to Beirut .",
     [1, 4, 1, 2, 4, 4, 4, 8, 6, 8, 9, 4],
     ["det", "nsubj", "prep", "pobj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
     ["DET", "NOUN", "ADP", "PROPN", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
     ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O"], (), 5, None, "Beirut"),
    # the place on the object of the act; "the town of X" is X
    ("Troops fired at targets near the town of Jericho .", [1, 1, 1, 2, 3, 6, 4, 6, 7, 1],
     ["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
     ["NOUN", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
     ["O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"], (), 1, None, "Jericho"),
    # a place the KB knows, whatever the entity recogniser said
    ("Rebels shelled positions in Aleppo .", [1, 1, 1, 2, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
     ["O", "O", "O", "O", "O", "O"], (4,), 1, None, "Aleppo"),
    # a name of several words, without its article
    ("Envoys met in the West Bank .", [1, 1, 1, 5, 5, 2, 1],
     ["nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct"],
     ["NOUN", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
     ["O", "O", "O", "B-GPE", "I-GPE", "I-GPE", "O"], (), 1, None, "West Bank"),
    # where the actor arrived before the meeting
    ("Li met Khrenin after arriving in Minsk .", [1, 1, 1, 1, 3, 4, 5, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pcomp", "prep", "pobj", "punct"],
     ["PROPN", "VERB", "PROPN", "ADP", "VERB", "ADP", "PROPN", "PUNCT"],
     ["B-PERSON", "O", "B-PERSON", "O", "O", "O", "B-GPE", "O"], (), 1, None, "Minsk"),
    # no place: a target is not a location, nor is a statement
    ("France sanctioned Russia in a statement .", [1, 1, 1, 1, 5, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
     ["PROPN", "VERB", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
     ["B-GPE", "O", "B-GPE", "O", "O", "O", "O"], (), 1, None, None),
]


# the lemmas the rules read
LEMMAS = {"visited": "visit", "arriving": "arrive", "met": "meet", "held": "hold", "talks": "talk"}


def _doc(words, heads, deps, pos, ents, places):
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, ents=ents,
                   lemmas=[LEMMAS.get(w, w.lower()) for w in words])
    doc.user_data[LOCATIONS] = {i: "place" for i in places}
    return doc


@pytest.mark.parametrize(("sentence", "heads", "deps", "pos", "ents", "places", "anchor", "mode", "expected"),
                         CASES, ids=[c[0][:30] for c in CASES])
def test_event_location(sentence, heads, deps, pos, ents, places, anchor, mode, expected):
    doc = _doc(sentence.split(), heads, deps, pos, ents, places)
    assert event_location(doc[anchor], mode) == expected


def test_the_coded_event_carries_its_location():
    doc = _doc(["Berg", "visited", "Paris", "on", "Monday", "."], [1, 1, 1, 1, 3, 1],
               ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
               ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
               ["B-PERSON", "O", "B-GPE", "O", "B-DATE", "O"], ())
    annotate(doc, {0: "person:anna-berg", 2: "state:FRA"},
             {"person:anna-berg": Actor("person:anna-berg", "Anna Berg", "person", "DEU"),
              "state:FRA": Actor("state:FRA", "France", "state", "FRA")}, doc_id="locdoc")
    [event] = find_events(doc)
    assert (event.type, event.source, event.target, event.location) == \
        ("CONSULT", "person:anna-berg", "state:FRA", "Paris")
    assert event.to_dict()["location"] == "Paris"
