"""A "person" named only in an "at" phrase on a common noun is a place (``place_states._at_a_noun``,
read by ``place_read_as_a_person``); hand-built parses, sentences ours."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.ingest.clean import make_document
from diplograph.model import Actor, Extraction
from diplograph.nlp.place_states import place_read_as_a_person
from docs import make_doc


def _only(doc: Doc, word: str) -> tuple[Extraction, Actor]:
    start = next(t.idx for t in doc if t.text == word)
    actor = Actor("person:" + word.lower(), word, "person", mentions=[(start, start + len(word))])
    ex = Extraction(make_document(doc.text, "x.txt"), actors=[actor])
    return ex, actor


def test_a_name_at_a_noun_is_a_place():
    # "The dam at Korvela leaks ."
    doc = make_doc(["The", "dam", "at", "Korvela", "leaks", "."], heads=[1, 4, 1, 2, 4, 4],
                   deps=["det", "nsubj", "prep", "pobj", "ROOT", "punct"],
                   pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"])
    ex, actor = _only(doc, "Korvela")
    assert place_read_as_a_person(doc, ex, actor, set())


def test_a_name_of_the_noun_at_a_noun_is_a_place():
    # "Crowds at the Korvela ferry terminal waited ."
    doc = make_doc(["Crowds", "at", "the", "Korvela", "ferry", "terminal", "waited", "."],
                   heads=[6, 0, 5, 5, 5, 1, 6, 6],
                   deps=["nsubj", "prep", "det", "compound", "compound", "pobj", "ROOT", "punct"],
                   pos=["NOUN", "ADP", "DET", "PROPN", "NOUN", "NOUN", "VERB", "PUNCT"])
    ex, actor = _only(doc, "Korvela")
    assert place_read_as_a_person(doc, ex, actor, set())


def test_a_name_at_a_verb_is_kept():
    # "Protesters jeered at Korvela ." : "at" on a verb marks an aim
    doc = make_doc(["Protesters", "jeered", "at", "Korvela", "."], heads=[1, 1, 1, 2, 1],
                   deps=["nsubj", "ROOT", "prep", "pobj", "punct"], pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    ex, actor = _only(doc, "Korvela")
    assert not place_read_as_a_person(doc, ex, actor, set())


def test_a_name_at_a_noun_some_record_names_is_kept():
    doc = make_doc(["The", "dam", "at", "Korvela", "leaks", "."], heads=[1, 4, 1, 2, 4, 4],
                   deps=["det", "nsubj", "prep", "pobj", "ROOT", "punct"],
                   pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"])
    ex, actor = _only(doc, "Korvela")
    assert not place_read_as_a_person(doc, ex, actor, {actor.id})
