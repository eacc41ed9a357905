"""An organisation's name the NER ran into the bracket after it (``brackets.py``); hand-built Docs of our own
words."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.nlp.actors.brackets import before_open_bracket
from docs import recognize, spaced_doc


def _pos(word: str) -> str:
    return "PUNCT" if not word[0].isalnum() else "PROPN" if word[0].isupper() else "VERB" if word == "said" \
        else "NOUN"


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    return spaced_doc(text, ents, _pos)


def test_an_organisation_run_into_its_bracketed_acronym_ends_before_the_bracket():
    doc = _doc("The Harbour Safety Board ( HSB ) said the pier was closed .", {"1:6": "ORG"})
    assert before_open_bracket(doc, 1, 6) == 4
    actors, _ = recognize(doc)
    assert [a.name for a in actors.values()] == ["Harbour Safety Board"]


def test_a_bracket_closed_inside_the_name_or_opening_it_stays():
    doc = _doc("The Harbour Safety Board ( HSB ) inspectors said so .")
    assert before_open_bracket(doc, 1, 8) == 8
    assert before_open_bracket(doc, 4, 6) == 6
