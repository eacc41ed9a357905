"""A one-word "person" that an apposition headed by a business noun describes is a company
(`actors/company_apposition.py`); hand-built Docs of our own words."""

from __future__ import annotations

from spacy.tokens import Doc

from docs import make_doc, recognize


def _parsed(rows: list[tuple[str, str, int, str]]) -> Doc:
    words = [r[0] for r in rows]
    pos = ["PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "NOUN" for w in words]
    return make_doc(words, heads=[r[2] for r in rows], deps=[r[1] for r in rows], pos=pos,
                    ents=[r[3] for r in rows])


def _kinds(doc: Doc) -> dict[str, str]:
    actors, _ = recognize(doc)
    return {a.name: a.kind for a in actors.values()}


def test_a_name_a_firm_apposition_describes_is_a_company_in_every_mention():
    doc = _parsed([("Quorvia", "nsubj", 5, "B-PERSON"), (",", "punct", 0, "O"), ("a", "det", 4, "O"),
                   ("shipping", "compound", 4, "O"), ("firm", "appos", 0, "O"), ("sued", "ROOT", 5, "O"),
                   (".", "punct", 5, "O"), ("Quorvia", "nsubj", 8, "B-PERSON"), ("won", "ROOT", 8, "O"),
                   (".", "punct", 8, "O")])
    assert _kinds(doc) == {"Quorvia": "organization"}


def test_an_apposition_headed_by_another_noun_keeps_the_person():
    doc = _parsed([("Tolliver", "nsubj", 6, "B-PERSON"), (",", "punct", 0, "O"), ("a", "det", 5, "O"),
                   ("firm", "amod", 5, "O"), ("party", "compound", 5, "O"), ("ally", "appos", 0, "O"),
                   ("spoke", "ROOT", 6, "O"), (".", "punct", 6, "O")])
    assert _kinds(doc) == {"Tolliver": "person"}
