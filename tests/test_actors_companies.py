"""Companies of kb/companies.tsv as actors of their home state; hand-built Docs."""

from __future__ import annotations

from spacy.tokens import Doc

from docs import recognize, spaced_doc


def _doc(text: str, ents: dict[str, str] | None = None) -> Doc:
    """Words split on spaces, one sentence per " . "; capitalised words are proper nouns."""
    return spaced_doc(text, ents, lambda w: "PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "X")


def _found(doc: Doc) -> set[tuple[str, str, str, str | None]]:
    actors, mentions = recognize(doc)
    return {(m.text, m.actor_id, actors[m.actor_id].kind, actors[m.actor_id].country) for m in mentions}


def test_a_listed_company_named_by_one_word_is_an_organisation_of_its_home_state():
    doc = _doc("Brazilian regulators fined Samsung over its phone batteries .", {"3:4": "ORG"})
    assert ("Samsung", "org:samsung", "organization", "KOR") in _found(doc)


def test_a_listed_company_keeps_its_home_state_not_the_story_place():
    doc = _doc("In Nairobi , Kenya , police raided Huawei offices .", {"3:4": "GPE", "7:8": "ORG"})
    assert ("Huawei", "org:huawei", "organization", "CHN") in _found(doc)


def test_a_company_name_opening_a_longer_name_is_not_the_company():
    doc = _doc("Visitors read Apple Daily every morning .", {"2:4": "ORG"})
    assert all(m.actor_id != "org:apple" for m in recognize(doc)[1])


def test_a_company_name_before_its_legal_form_is_the_company():
    doc = _doc("Voters boycotted Apple Inc. last year .", {"2:4": "ORG"})
    assert any(m.actor_id == "org:apple" for m in recognize(doc)[1])
