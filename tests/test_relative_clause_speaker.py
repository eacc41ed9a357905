"""``attribution_table.relative_clause_speaker``: a person a relative clause says spoke ("who told
reporters ...") is an antecedent of a following speaker pronoun. Our own sentences."""

from __future__ import annotations

import pytest
from test_quotes import quote_of, quoted_doc


@pytest.mark.model
def test_a_speaker_named_in_a_relative_clause_takes_the_next_he_said(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "“We will not sign,” Maria Lopez said.\n\nThe mood was similar from the trade "
                                  "minister, Tomas Berg, who told reporters that the talks would go on.\n\n"
                                  "“We are ready to wait,” he said.")
    assert quote_of(doc, "ready to wait").speaker == "person:tomas-berg"


@pytest.mark.model
def test_a_relative_clause_that_is_not_speech_adds_no_antecedent(spacy_model) -> None:
    doc = quoted_doc(spacy_model, "“We will not sign,” Maria Lopez said.\n\nThe mood was similar in the office of "
                                  "Tomas Berg, who left early.\n\n“We are ready to wait,” she said.")
    assert quote_of(doc, "ready to wait").speaker == "person:maria-lopez"
