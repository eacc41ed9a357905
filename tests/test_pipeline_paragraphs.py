"""Paragraph breaks are sentence breaks (``nlp/paragraphs.py``), and a wire dateline that opens the
lede's sentence yields the lede's subject (``lines.line_opening_subject``)."""

from __future__ import annotations

import pytest

from diplograph.nlp.pipeline import load_base_model, open_paragraphs_before_parser, split_glued_commas
from diplograph.nlp.syntax import own_subject

# Two paragraphs the parser alone reads as one sentence: a quotation's last paragraph without its
# full stop, then the next paragraph.
GLUED = ("2021-04-12\n\n“We will not back down,” the minister said in Lisbon\n\n"
         "The talks resumed on Tuesday in Geneva.")
DATELINE = ("2021-04-12\n\nGENEVA (Wire) - Portuguese Foreign Minister Ana Roe, in a sudden turn, said on "
            "Friday she would meet her Spanish counterpart next week.\n\nThe talks resumed on Tuesday.")


@pytest.fixture(scope="module")
def paragraphed():
    nlp = load_base_model()
    split_glued_commas(nlp)
    open_paragraphs_before_parser(nlp)
    return nlp


def test_the_parser_alone_runs_a_sentence_across_the_blank_line(spacy_model) -> None:
    assert any("\n\nThe talks" in s.text for s in spacy_model(GLUED).sents)


def test_no_sentence_spans_a_blank_line(paragraphed) -> None:
    doc = paragraphed(GLUED)
    sents = list(doc.sents)
    assert not any("\n\n" in s.text.strip() for s in sents)
    assert [s.text for s in sents][-1] == "The talks resumed on Tuesday in Geneva."
    # the whitespace token holding the break ends the sentence before it
    assert all(not s[0].is_space for s in sents)
    assert sents[1].text.endswith("Lisbon\n\n")


def test_single_line_breaks_are_paragraphs_in_a_text_without_blank_lines(paragraphed) -> None:
    doc = paragraphed("The minister said in Lisbon that talks would go on\nThe talks resumed on Tuesday in Geneva.")
    assert [s.text for s in doc.sents][-1] == "The talks resumed on Tuesday in Geneva."


# Prose wrapped at a fixed width: its line breaks fall inside sentences.
WRAPPED = ("The foreign ministers of the two countries met in Lisbon on Monday and\n"
           "agreed to resume the talks that broke down last spring over fishing\n"
           "rights, officials of both governments said after the meeting in the\n"
           "old palace. The talks resumed on Tuesday in Geneva.")


def test_hard_wrapped_prose_keeps_its_sentences_across_line_breaks(paragraphed) -> None:
    sents = [s.text.replace("\n", " ") for s in paragraphed(WRAPPED).sents]
    assert len(sents) == 2 and sents[-1] == "The talks resumed on Tuesday in Geneva."


def test_a_line_going_on_in_lower_case_opens_no_paragraph(paragraphed) -> None:
    doc = paragraphed("The minister said in Lisbon that the talks\nwould go on.\n"
                      "The talks resumed on Tuesday in Geneva.")
    assert [s.text for s in doc.sents][0] == "The minister said in Lisbon that the talks\nwould go on.\n"


def test_a_wire_dateline_stays_in_the_lede_and_yields_its_subject(paragraphed) -> None:
    doc = paragraphed(DATELINE)
    lede = next(s for s in doc.sents if "GENEVA" in s.text)
    assert "Roe" in lede.text and "said" in lede.text
    said = next(t for t in lede if t.text == "said")
    found = own_subject(said)
    assert found is not None and found.text == "Roe"


def test_a_reported_clause_leaves_out_the_dateline_the_parse_hangs_on_it(pipeline) -> None:
    from diplograph.model import Document

    text = ("2021-04-12\n\nLISBON (Wire) — The two ministers met for an hour in the old palace on Monday, "
            "Portuguese officials said.\n\nThe talks resumed on Tuesday.")
    doc = next(iter(pipeline.process([Document(doc_id="d", path="d", text=text, published="2021-04-12")])))[1]
    reported = [q for q in doc._.quotes if not q.direct]
    assert reported and all(not q.text.startswith("LISBON") for q in reported)
