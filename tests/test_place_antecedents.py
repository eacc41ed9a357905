"""A city or capital named as where something happens is no antecedent of a pronoun
(``events/place_antecedents.named_as_place``, read by ``pronouns.antecedent_index``). Our own sentence."""

from __future__ import annotations

from diplograph.model import Actor
from diplograph.nlp.events import pronouns
from diplograph.nlp.events.place_antecedents import named_as_place
from diplograph.nlp.extensions import LOCATIONS
from docs import parse

F, D = "state:FRA", "state:DEU"
KNOWN = {F: Actor(F, "France", "state", "FRA"), D: Actor(D, "Germany", "state", "DEU")}
# "Germany wrote a plan . Berg spoke in Paris and praised it .": "it" is not France (Paris is a place)
ROWS = [("Germany", "Germany", "PROPN", "nsubj", 1, "NNP"), ("wrote", "write", "VERB", "ROOT", 1, "VBD"),
        ("a", "a", "DET", "det", 3, "DT"), ("plan", "plan", "NOUN", "dobj", 1, "NN"),
        (".", ".", "PUNCT", "punct", 1, "."), ("Berg", "Berg", "PROPN", "nsubj", 6, "NNP"),
        ("spoke", "speak", "VERB", "ROOT", 6, "VBD"), ("in", "in", "ADP", "prep", 6, "IN"),
        ("Paris", "Paris", "PROPN", "pobj", 7, "NNP"), ("and", "and", "CCONJ", "cc", 6, "CC"),
        ("praised", "praise", "VERB", "conj", 6, "VBD"), ("it", "it", "PRON", "dobj", 10, "PRP"),
        (".", ".", "PUNCT", "punct", 6, ".")]
STARTS = [i in (0, 5) for i in range(len(ROWS))]


def _doc(place: bool):
    doc = parse(ROWS, {0: D, 8: F}, KNOWN, mentions=True, sent_starts=STARTS)
    doc.user_data[LOCATIONS] = {8: "capital"} if place else {}
    return doc


def test_a_capital_named_as_a_place_is_no_antecedent():
    doc = _doc(place=True)
    assert named_as_place(doc, 8, 9)
    assert pronouns.pronoun_actors(doc[11], doc._.mentions) == [D]


def test_a_state_named_by_its_name_stays_an_antecedent():
    doc = _doc(place=False)
    assert not named_as_place(doc, 8, 9)
    assert pronouns.pronoun_actors(doc[11], doc._.mentions) == [F]
