"""A body or "person" named by a building, site or park that never acts is a place
(``place_states.facility_never_acting``); hand-built parses, sentences ours."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.ingest.clean import make_document
from diplograph.model import Actor, Extraction
from diplograph.nlp.place_states import facility_never_acting
from docs import make_doc


def _only(doc: Doc, words: list[str], kind: str = "organization") -> tuple[Extraction, Actor]:
    name = " ".join(words)
    start = doc.text.index(name)
    actor = Actor("org:x", name, kind, mentions=[(start, start + len(name))])
    return Extraction(make_document(doc.text, "x.txt"), actors=[actor]), actor


def _visited() -> Doc:
    # "Tourists visited the Korvela Museum ."
    return make_doc(["Tourists", "visited", "the", "Korvela", "Museum", "."], heads=[1, 1, 4, 4, 1, 1],
                    deps=["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                    pos=["NOUN", "VERB", "DET", "PROPN", "PROPN", "PUNCT"])


def test_a_museum_only_visited_is_a_place():
    doc = _visited()
    ex, actor = _only(doc, ["Korvela", "Museum"])
    assert facility_never_acting(doc, ex, actor, set())


def test_a_cathedral_of_a_name_in_a_place_phrase_is_a_place():
    # "They prayed in the Cathedral of Saint Orla ."
    doc = make_doc(["They", "prayed", "in", "the", "Cathedral", "of", "Saint", "Orla", "."],
                   heads=[1, 1, 1, 4, 2, 4, 7, 5, 1],
                   deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "compound", "pobj", "punct"],
                   pos=["PRON", "VERB", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT"])
    ex, actor = _only(doc, ["Cathedral", "of", "Saint", "Orla"])
    assert facility_never_acting(doc, ex, actor, set())


def test_a_hospital_that_speaks_is_kept():
    # "The Korvela Hospital said it was full ." : the institution acts
    doc = make_doc(["The", "Korvela", "Hospital", "said", "it", "was", "full", "."], heads=[2, 2, 3, 3, 5, 3, 5, 3],
                   deps=["det", "compound", "nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"],
                   pos=["DET", "PROPN", "PROPN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"])
    ex, actor = _only(doc, ["Korvela", "Hospital"])
    assert not facility_never_acting(doc, ex, actor, set())


def test_a_hospital_spokesman_names_the_body():
    # "A Korvela Hospital spokesman declined to comment ."
    doc = make_doc(["A", "Korvela", "Hospital", "spokesman", "declined", "to", "comment", "."],
                   heads=[3, 2, 3, 4, 4, 6, 4, 4],
                   deps=["det", "compound", "compound", "nsubj", "ROOT", "aux", "xcomp", "punct"],
                   pos=["DET", "PROPN", "PROPN", "NOUN", "VERB", "PART", "VERB", "PUNCT"])
    ex, actor = _only(doc, ["Korvela", "Hospital"])
    assert not facility_never_acting(doc, ex, actor, set())


def test_a_name_without_a_place_word_or_named_by_a_record_is_kept():
    doc = _visited()
    ex, actor = _only(doc, ["Korvela", "Museum"])
    assert not facility_never_acting(doc, ex, actor, {actor.id})
    other = make_doc(["Tourists", "visited", "the", "Korvela", "Group", "."], heads=[1, 1, 4, 4, 1, 1],
                     deps=["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                     pos=["NOUN", "VERB", "DET", "PROPN", "PROPN", "PUNCT"])
    ex, actor = _only(other, ["Korvela", "Group"])
    assert not facility_never_acting(other, ex, actor, set())


def test_a_surname_place_word_keeps_a_person():
    # "Tourists visited Min Park ." : "Park" is also a family name
    doc = make_doc(["Tourists", "visited", "Min", "Park", "."], heads=[1, 1, 3, 1, 1],
                   deps=["nsubj", "ROOT", "compound", "dobj", "punct"], pos=["NOUN", "VERB", "PROPN", "PROPN", "PUNCT"])
    ex, actor = _only(doc, ["Min", "Park"], kind="person")
    assert not facility_never_acting(doc, ex, actor, set())


def test_officials_at_a_hospital_name_the_body():
    # "Officials at Korvela Hospital said ." : its people speak for it
    doc = make_doc(["Officials", "at", "Korvela", "Hospital", "said", "."], heads=[4, 0, 3, 1, 4, 4],
                   deps=["nsubj", "prep", "compound", "pobj", "ROOT", "punct"],
                   pos=["NOUN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"])
    ex, actor = _only(doc, ["Korvela", "Hospital"])
    assert not facility_never_acting(doc, ex, actor, set())


def _gathered_at(words: list[str]) -> Doc:
    # "Crowds gathered at the <name> ." with the name's last word as the preposition's object
    n = len(words)
    heads = [1, 1, 1, 3 + n] + [3 + n] * (n - 1) + [2, 1]
    deps = ["nsubj", "ROOT", "prep", "det"] + ["compound"] * (n - 1) + ["pobj", "punct"]
    pos = ["NOUN", "VERB", "ADP", "DET"] + ["PROPN"] * n + ["PUNCT"]
    return make_doc(["Crowds", "gathered", "at", "the", *words, "."], heads=heads, deps=deps, pos=pos)


def test_a_place_de_la_name_is_read_by_its_first_word():
    words = ["Place", "de", "la", "Fontenelle"]
    doc = _gathered_at(words)
    ex, actor = _only(doc, words)
    assert facility_never_acting(doc, ex, actor, set())


def test_a_plaza_del_name_is_a_place():
    words = ["Plaza", "del", "Olmo"]
    doc = _gathered_at(words)
    ex, actor = _only(doc, words)
    assert facility_never_acting(doc, ex, actor, set())


def test_a_name_ending_in_place_is_no_square():
    # "Crowds gathered at the Brightwater Place ." : an English "Place" is as often a company's name
    words = ["Brightwater", "Place"]
    doc = _gathered_at(words)
    ex, actor = _only(doc, words)
    assert not facility_never_acting(doc, ex, actor, set())
