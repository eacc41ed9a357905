"""Claims: numbers with a unit, qualifier, what they measure, speaker and credit (sentences are ours)."""

from __future__ import annotations

import pytest
from test_quotes import annotate

from diplograph.nlp.claims import find_claims, parse_number
from diplograph.nlp.speech import find_quotes


@pytest.mark.parametrize("text,value", [("30", 30.0), ("1,250", 1250.0), ("2.5", 2.5), ("three", 3.0), ("x", None)])
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


CLAIM_CASES = [
    ("percent with qualifier", "Exports rose by nearly 12 percent last year.", [(12.0, "percent", "nearly")]),
    ("two claims in one sentence", "The share fell to 9 percent in May, compared with a peak of 18 percent in 2015.",
     [(9.0, "percent", None), (18.0, "percent", None)]),
    ("currency with scale", "The fund holds $4 billion in reserves.", [(4e9, "USD", None)]),
    ("currency word", "Spain pledged 300 million euros in aid.", [(3e8, "EUR", None)]),
    ("at least", "At least 40 tons of grain left the port.", [(40.0, "ton", "at least")]),
    ("counted noun", "Norway sent five military advisers to the region.", [(5.0, "military advisers", None)]),
    ("durations are not claims", "The talks lasted three days and ended two decades of silence.", []),
    ("back-references are not claims", "The two countries signed the deal.", []),
    ("ranks are not claims", "He called Spain the No. 1 partner.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("name,text,expected", CLAIM_CASES, ids=[c[0] for c in CLAIM_CASES])
def test_claim_forms(spacy_model, name: str, text: str, expected: list) -> None:
    doc = annotate(spacy_model, text)
    got = [(c.value, c.unit, c.qualifier) for c in find_claims(doc)]
    assert got == expected


@pytest.mark.model
def test_claim_speaker_via_about_and_text(spacy_model) -> None:
    doc = annotate(spacy_model, "Tomas Berg met reporters. He then said the bilateral trade grew by over 20 percent "
                                "last year, Reuters reported.")
    find_quotes(doc)
    (claim,) = find_claims(doc)
    assert claim.speaker == "person:tomas-berg" and claim.via == "media:reuters"
    assert claim.text == "grew by over 20 percent" and claim.qualifier == "over"
    assert claim.about and "trade" in claim.about
    assert doc.text[claim.span[0]:claim.span[1]] == claim.text
