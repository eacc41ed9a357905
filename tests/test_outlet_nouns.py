"""Outlet nouns beside a name (`actors/outlet_nouns.py`): an outlet, with the state of its possessive or
demonym; hand-built Docs of our own words."""

from __future__ import annotations

from spacy.tokens import Doc

from docs import make_doc, recognize


def _parsed(rows: list[tuple[str, str, int, str]]) -> Doc:
    """Rows of (word, dependency, head, IOB entity tag); a capitalised word is a proper noun."""
    words = [r[0] for r in rows]
    pos = ["PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "NOUN" for w in words]
    return make_doc(words, heads=[r[2] for r in rows], deps=[r[1] for r in rows], pos=pos,
                    ents=[r[3] for r in rows])


def _kinds(doc: Doc) -> dict[str, tuple[str, str | None]]:
    actors, _ = recognize(doc)
    return {a.name: (a.kind, a.country) for a in actors.values()}


def test_an_organisation_before_tv_is_an_outlet():
    doc = _parsed([("The", "det", 6, "O"), ("state", "npadvmod", 3, "O"), ("-", "punct", 3, "O"),
                   ("run", "amod", 6, "O"), ("Kessa", "compound", 5, "B-ORG"), ("Norvane", "compound", 6, "I-ORG"),
                   ("TV", "nsubj", 7, "O"), ("said", "ROOT", 7, "O"), ("so", "advmod", 7, "O"), (".", "punct", 7, "O")])
    assert _kinds(doc)["Kessa Norvane"] == ("media", None)


def test_a_person_after_an_outlet_noun_in_apposition_is_an_outlet():
    doc = _parsed([("Rebels", "nsubj", 1, "O"), ("posted", "ROOT", 1, "O"), ("it", "dobj", 1, "O"),
                   ("on", "prep", 1, "O"), ("the", "det", 6, "O"), ("media", "compound", 6, "O"),
                   ("outlet", "pobj", 3, "O"), ("Dalam", "compound", 9, "B-PERSON"), ("al", "compound", 9, "I-PERSON"),
                   ("Sefar", "appos", 6, "I-PERSON"), (".", "punct", 1, "O")])
    assert _kinds(doc)["Dalam al Sefar"] == ("media", None)


def test_a_demonym_before_the_outlet_noun_places_the_outlet():
    doc = _parsed([("The", "det", 3, "O"), ("Israeli", "amod", 3, "B-NORP"), ("daily", "compound", 3, "O"),
                   ("Velmorn", "nsubj", 4, "B-PERSON"), ("reported", "ROOT", 4, "O"), ("it", "dobj", 4, "O"),
                   (".", "punct", 4, "O")])
    assert _kinds(doc)["Velmorn"] == ("media", "ISR")


def test_a_name_outside_the_outlet_nouns_phrase_keeps_its_kind():
    told = _parsed([("Aides", "nsubj", 1, "O"), ("told", "ROOT", 1, "O"), ("the", "det", 3, "O"),
                    ("newspaper", "dobj", 1, "O"), ("Pellam", "nsubj", 6, "B-PERSON"), ("would", "aux", 6, "O"),
                    ("resign", "ccomp", 1, "O"), (".", "punct", 1, "O")])
    assert _kinds(told)["Pellam"] == ("person", None)
    interview = _parsed([("Pellam", "compound", 1, "B-PERSON"), ("TV", "compound", 2, "O"),
                         ("interviews", "nsubj", 3, "O"), ("aired", "ROOT", 3, "O"), (".", "punct", 3, "O")])
    assert _kinds(interview)["Pellam"] == ("person", None)


def test_a_body_before_an_outlet_noun_owns_the_outlet():
    doc = _parsed([("The", "det", 3, "O"), ("Veld", "compound", 2, "B-ORG"), ("Party", "compound", 3, "I-ORG"),
                   ("newspaper", "nsubj", 6, "O"), ("Morning", "compound", 5, "O"), ("Flag", "appos", 3, "O"),
                   ("said", "ROOT", 6, "O"), ("so", "advmod", 6, "O"), (".", "punct", 6, "O")])
    assert _kinds(doc)["Veld Party"][0] == "organization"
