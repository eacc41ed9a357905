"""A headline or sub-heading standing between two paragraphs reports no act of its own
(``nlp/lines.heading_line``, read by the event coder). Our own sentences."""

from __future__ import annotations

import pytest
import spacy

from diplograph.ingest.text import read_text
from diplograph.nlp.lines import heading_line

_NLP = spacy.blank("en")


def _token(text: str, word: str):
    doc = _NLP(text)
    return next(tok for tok in doc if tok.text == word)


def test_a_short_line_between_paragraphs_is_a_heading() -> None:
    text = "The envoys left Oslo on Monday.\n\nNorway Expels Danish Envoy\n\nThe ministry gave no reason."
    assert heading_line(_token(text, "Expels"))
    link = "The talks ended.\n\nRebels vow new push on the capital after talks fail\n\n“We are ready,” a rebel said."
    assert heading_line(_token(link, "vow"))


def test_prose_and_broken_sentences_are_no_heading() -> None:
    assert not heading_line(_token("The envoys left Oslo.\n\nNorway expelled the envoy.\n\nNo reason was given.",
                                   "expelled"))
    broken = "The envoys left Oslo.\n\nNorway and Sweden expelled the envoy\n\nfor spying, officials said."
    assert not heading_line(_token(broken, "expelled"))
    first = "Norway Expels Danish Envoy\n\nThe ministry gave no reason."
    assert not heading_line(_token(first, "Expels"))


@pytest.mark.model
def test_no_event_comes_from_a_heading_line(pipeline) -> None:
    doc = read_text(
        "2019-05-02\nHeadline\n\n"
        "The foreign ministers of Norway and Denmark spoke by telephone on Tuesday, officials said.\n\n"
        "France accuses Germany of spying on its ministers\n\n"
        "The two governments have disagreed over fishing rights for a decade.\n",
        "heading.txt")
    extraction = next(pipeline.extract([doc]))
    heading = doc.text.index("France accuses")
    assert not [e for e in extraction.events if heading <= e.span[0] < heading + 49]
