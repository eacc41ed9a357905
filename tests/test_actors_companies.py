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


def test_companies_do_not_make_a_document_foreign_for_a_legislator():
    # "Sen. Roe ... Huawei and ZTE": the companies' home state is no state the text names, so the
    # senator stays of the state the document names
    doc = _doc("The U.S. Senate met . Sen. Ann Roe said Huawei and ZTE and Huawei cheated .",
               {"1:3": "ORG", "6:8": "PERSON", "9:10": "ORG", "11:12": "ORG", "13:14": "ORG"})
    actors, _ = recognize(doc)
    assert actors["person:ann-roe"].country == "USA"


def test_a_company_is_no_party_its_home_state_stands_for():
    from diplograph.model import Actor
    from diplograph.nlp.events.merge import same_party

    actors = {"org:huawei": Actor("org:huawei", "Huawei", "organization", "CHN"),
              "state:CHN": Actor("state:CHN", "China", "state", "CHN")}
    assert not same_party("org:huawei", "state:CHN", actors)


def test_a_platform_is_the_company_as_subject_or_object_and_a_channel_elsewhere():
    from docs import make_doc

    # "Regulators sued Twitter . Roe wrote on Twitter ."
    words = ["Regulators", "sued", "Twitter", ".", "Roe", "wrote", "on", "Twitter", "."]
    heads = [1, 1, 1, 1, 5, 5, 5, 6, 5]
    deps = ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = make_doc(words, heads, deps, pos, ents=["O", "O", "B-ORG", "O", "B-PERSON", "O", "O", "B-ORG", "O"],
                   sent_starts=[i in (0, 4) for i in range(len(words))])
    found = {(m.start, m.actor_id) for m in recognize(doc)[1]}
    assert (2, "org:twitter") in found
    assert all(start != 7 for start, _ in found)
