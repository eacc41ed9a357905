"""Plain text: normalisation, date lines, headlines, footers and outlet identification."""

from __future__ import annotations

import pytest

from diplograph.errors import IngestError
from diplograph.ingest import clean_text, make_document, parse_date_line, to_iso_date
from diplograph.ingest.clean import content_hash
from diplograph.ingest.footer import outlet_from_footer, split_footer
from diplograph.ingest.text import read_text

# --- clean_text ---------------------------------------------------------------------------


def test_clean_text_normalises_whitespace_only() -> None:
    raw = "  Line\tone\u00a0\u2009with  odd   spaces  \r\nLine two\r\n\r\n\r\n\r\nPara two\x07 \n  "
    assert clean_text(raw) == "Line one with odd spaces\nLine two\n\nPara two"


def test_clean_text_keeps_typographic_quotes_and_punctuation() -> None:
    raw = "He said “no” and ‘maybe’, «non» — in 2020,Minsk."
    assert clean_text(raw) == raw


def test_clean_text_composes_unicode() -> None:
    assert clean_text("Cafe\u0301") == "Caf\u00e9"


def test_clean_text_is_idempotent() -> None:
    raw = "\ufeff A\u2028B \u0085 C\n \n\n\n\tD\x00e\u0301 "
    once = clean_text(raw)
    assert clean_text(once) == once
    assert once == "A\nB\nC\n\nDé"


def test_make_document_hashes_the_cleaned_text() -> None:
    doc = make_document("  Body\r\ntext  ", "a.txt", title=" T ", published="2024-01-02")
    assert doc.text == "Body\ntext"
    assert doc.doc_id == content_hash("Body\ntext") and len(doc.doc_id) == 64
    assert (doc.path, doc.title, doc.published) == ("a.txt", "T", "2024-01-02")


# --- date lines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("28.02.2023", "2023-02-28"),
        ("2023-02-28", "2023-02-28"),
        ("Feb. 28, 2023", "2023-02-28"),
        ("Feb 28, 2023", "2023-02-28"),
        ("February 28, 2023", "2023-02-28"),
        ("28 February 2023", "2023-02-28"),
        ("2023/02/28", "2023-02-28"),
        ("Tuesday, February 28, 2023", "2023-02-28"),
        ("03.04.2023", "2023-04-03"),  # day first
        ("02/28/2023", "2023-02-28"),  # month first, since 28 cannot be a month
        ("2023-02-28T10:15:00Z", "2023-02-28"),
        ("  2023-02-28  ", "2023-02-28"),
    ],
)
def test_date_line_forms(line: str, iso: str) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None and parsed.iso == iso


@pytest.mark.parametrize("line", ["unknown", "Unknown", "UNKNOWN"])
def test_unknown_date_line(line: str) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None and parsed.iso is None


@pytest.mark.parametrize(
    "line",
    ["May 5 was a quiet day in the capital.", "31.02.2023", "Headline about 2023", "", "12 percent"],
)
def test_not_a_date_line(line: str) -> None:
    assert parse_date_line(line) is None


def test_to_iso_date_from_metadata() -> None:
    assert to_iso_date("2023-02-28T23:10:00+03:00") == "2023-02-28"
    assert to_iso_date("Fri, 24 Feb 2023 14:05:00 GMT") == "2023-02-24"
    assert to_iso_date(None) is None and to_iso_date("") is None and to_iso_date("not a date") is None


# --- layout: date line, headline, body ----------------------------------------------------


def test_corpus_layout_date_headline_body() -> None:
    doc = read_text("2023-02-28\nA headline here\n\nFirst paragraph.\nSecond paragraph.\n", "x.txt")
    assert doc.published == "2023-02-28"
    assert doc.title == "A headline here"
    assert doc.text == "2023-02-28\n\nFirst paragraph.\nSecond paragraph."


def test_date_line_then_lede_is_body_not_title() -> None:
    raw = "28.02.2023\nThe president began a visit on Tuesday.\nHe is a close ally.\n"
    doc = read_text(raw, "x.txt")
    assert doc.title is None
    assert doc.text == "28.02.2023\n\nThe president began a visit on Tuesday.\nHe is a close ally."


def test_unknown_date_line_with_headline() -> None:
    doc = read_text("unknown\nHeadline\n\nBody text.", "x.txt")
    assert (doc.published, doc.title, doc.text) == (None, "Headline", "Body text.")


def test_no_date_line_keeps_first_line() -> None:
    raw = "China’s minister began a visit this week.\nHe met his counterpart.\n"
    doc = read_text(raw, "x.txt")
    assert doc.published is None and doc.title is None
    assert doc.text.startswith("China’s minister began")


def test_undated_title_needs_headline_shape() -> None:
    assert read_text("Ministers meet in Minsk\n\nBody.", "x.txt").title == "Ministers meet in Minsk"
    lede = read_text("The ministers met in Minsk on Monday.\n\nBody.", "x.txt")
    assert lede.title is None and lede.text.startswith("The ministers met")


def test_markdown_heading_is_title() -> None:
    doc = read_text("# Talks resume\nBody of the story.", "x.md")
    assert (doc.title, doc.text) == ("Talks resume", "Body of the story.")


def test_date_line_only_is_an_error() -> None:
    with pytest.raises(IngestError, match="no article text"):
        read_text("2023-02-28\n\n", "x.txt")


# --- footers ------------------------------------------------------------------------------

DW_STYLE = ("© 2023Deutsche Welle Copyright Statement: All content in this article is protected by "
            "copyright law and may not be used without special authorization from Deutsche Welle.")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (DW_STYLE, "Deutsche Welle"),
        ("Copyright 2023 Reuters", "Reuters"),
        ("Copyright 2023 Reuters. All rights reserved.", "Reuters"),
        ("(c) The Guardian", "The Guardian"),
        ("Copyright © 2023 The Associated Press. All rights reserved.", "The Associated Press"),
        ("© Harbor Wire 2024", "Harbor Wire"),
        ("© 2024 Radio Free Europe/Radio Liberty, Inc.", "Radio Free Europe/Radio Liberty"),
        ("© 2024 Steppe Observer", "Steppe Observer"),
        ("© Copyright 2017 by Harbor Syndicate Inc.", "Harbor Syndicate"),
        ("COPYRIGHT 2019 HARBORWIRE.COM", "HARBORWIRE.COM"),
        ("Copyright ©2019 Steppe & Company, Inc. All Rights Reserved.", "Steppe"),
        ("© 2024 U.S. Ledger & World Report", "U.S. Ledger & World Report"),
    ],
)
def test_outlet_from_copyright_line(line: str, outlet: str) -> None:
    assert outlet_from_footer(line) == outlet


def test_footer_stripped_and_outlet_identified() -> None:
    raw = f"28.02.2023\nThe visit began on Tuesday.\nMore reporting.\n(comprehensive report)\n{DW_STYLE}"
    doc = read_text(raw, "x.txt")
    assert doc.outlet_name == "Deutsche Welle"
    assert doc.text == "28.02.2023\n\nThe visit began on Tuesday.\nMore reporting.\n(comprehensive report)"
    assert "Copyright" not in doc.text


def test_credit_lines_stripped_without_outlet() -> None:
    body, outlet = split_footer("Talks ended.\n\nReporting by Jane Roe in Minsk; Editing by John Doe\n"
                                "All rights reserved")
    assert (body, outlet) == ("Talks ended.", None)


def test_reuters_style_credit_and_copyright() -> None:
    body, outlet = split_footer("Talks ended.\nReporting by Jane Roe; Editing by John Doe\nCopyright 2023 Reuters")
    assert (body, outlet) == ("Talks ended.", "Reuters")


@pytest.mark.parametrize(
    "text",
    ["Copyright law was the topic of the talks.", "All day the talks went on.", "(c) the third point"],
)
def test_body_lines_that_resemble_footers_are_kept(text: str) -> None:
    assert split_footer(f"First line.\n{text}") == (f"First line.\n{text}", None)


def test_footer_only_in_the_last_lines() -> None:
    raw = "Intro.\n© 2023 Somebody\n" + "\n".join(f"Paragraph {n}." for n in range(10))
    assert split_footer(raw) == (raw, None)


def test_offsets_refer_to_text() -> None:
    raw = "2023-02-28\nHeadline\n\n  Xi\u00a0met  Lukashenko\r\nin Beijing.  \n© 2023 Harbor Wire"
    doc = read_text(raw, "x.txt")
    start = doc.text.index("Lukashenko")
    assert doc.text[start:start + len("Lukashenko")] == "Lukashenko"
    assert doc.text == "2023-02-28\n\nXi met Lukashenko\nin Beijing."
    assert doc.doc_id == content_hash(doc.text)
