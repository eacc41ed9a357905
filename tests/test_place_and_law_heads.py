"""The place words of parks and cemeteries and the legislation words of `kb/actor_words.tsv`: names
ending in them are no actors; hand-built Docs of our own words."""

from __future__ import annotations

from spacy.tokens import Doc

from docs import recognize, spaced_doc


def _kinds(doc: Doc) -> dict[str, tuple[str, str | None]]:
    actors, _ = recognize(doc)
    return {a.name: (a.kind, a.country) for a in actors.values()}


def _doc(text: str, ents: dict[str, str]) -> Doc:
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "X")


def test_a_preserve_a_cemetery_and_a_memorial_are_places():
    doc = _doc("Hikers left Ashgrove National Preserve for Tollin National Cemetery and the Marsh Memorial .",
               {"2:5": "ORG", "6:9": "ORG", "11:13": "PERSON"})
    found = _kinds(doc)
    assert not {"Ashgrove National Preserve", "Tollin National Cemetery", "Marsh Memorial"} & set(found)


def test_a_resolution_is_no_actor():
    doc = _doc("Senators fought the Fleet Powers Resolution on Monday .", {"3:6": "ORG"})
    assert "Fleet Powers Resolution" not in _kinds(doc)
