"""Paragraph breaks are sentence breaks: the parser runs about one sentence in ten across a blank
line in news copy (after a closing quotation mark, a dateline over the lede, a heading over its
section), and the subject, speaker and time of one paragraph then leak into the next.

``diplograph_paragraphs`` runs before the parser and presets ``token.is_sent_start`` (the parser
keeps preset boundaries): the first token after a paragraph break opens a sentence, and the
whitespace token that holds the break ends the sentence before it.

What a paragraph break is depends on how the reader wrote the text: the plain-text reader keeps
the articles' blank lines; the HTML and feed readers write one line break between paragraphs
(``ingest/html.py``) and so leave no blank line at all. A text with a blank line in its body is read
the first way, any other the second.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import IS_LOWER, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

from .common import column, doc_text
from .lines import dateline_end

# What ends a paragraph of prose: a full stop, a question or exclamation mark, a colon before a
# quotation, a closing quotation mark or bracket.
PARAGRAPH_END = (".", "?", "!", ":", "\"", "\u201d", "'", "\u2019", ")")


def single_breaks_are_paragraphs(text: str) -> bool:
    """Whether the text's paragraphs are separated by one line break: it holds no blank line but
    the one after a date line (``ingest/text.py`` puts the date line and an empty line before the body),
    and it is not hard-wrapped prose (``hard_wrapped``), whose line breaks fall inside sentences."""
    return text.count("\n\n") <= 1 and not hard_wrapped(text)


def hard_wrapped(text: str) -> bool:
    """Prose wrapped at a fixed width (a user's plain text, an e-mail): of four or more lines, most end
    inside a sentence. A reader's one-paragraph-per-line text ends nearly every line with a closing mark."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 4:
        return False
    ended = sum(line.endswith(PARAGRAPH_END) for line in lines)
    return ended * 2 < len(lines)


def open_paragraphs(doc: Doc) -> Doc:
    """Presets a sentence start on every token that opens a paragraph; the whitespace token holding
    the break stays in the sentence before it."""
    text = doc_text(doc)
    if "\n" not in text:
        return doc
    breaks = "\n" if single_breaks_are_paragraphs(text) else "\n\n"
    after_break = False
    # the words' flags and texts as arrays: a Token is built only for a word whose start is set
    flags, words = doc.to_array([IS_SPACE, IS_LOWER]).tolist(), column(doc, "ORTH")
    for i, (is_space, is_lower) in enumerate(flags):
        if is_space and breaks in words[i]:
            after_break = True
            if i > 0:
                doc[i].is_sent_start = False
        elif after_break and not is_space:
            after_break = False
            if breaks == "\n" and is_lower:
                continue  # a sentence going on in lower case after a line break: no paragraph opens
            doc[i].is_sent_start = True
            hold_dateline(doc, i)
    return doc


def hold_dateline(doc: Doc, first: int) -> None:
    """Keeps a paragraph's opening wire dateline in the sentence of the lede: alone, the parser makes
    the capitalised city a sentence and the credit the lede's subject ("Reuters said")."""
    end = dateline_end(doc, first)
    if end is None:
        return
    for token in doc[first + 1:]:
        token.is_sent_start = False
        if token.idx >= end:
            break


@Language.factory("diplograph_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return open_paragraphs
