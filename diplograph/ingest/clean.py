"""Text normalisation and the one place a ``Document`` is built.

Every reader hands its raw body to ``make_document``, so all documents share one
definition of "cleaned text": the string every offset downstream refers to and the
string whose SHA-256 is the ``doc_id``. The normalisation only changes whitespace,
control characters and Unicode composition; it never inserts or removes words or
punctuation (typographic quotes stay as the source wrote them, because quote
detection and the evaluation alignment both rely on them). ``make_document`` then
removes page clutter (captions, credits, "Read more" links, embeds, prompts, name
cards: ``diplograph.ingest.clutter``), so no record can come from it; the text stored
and hashed is the text without clutter.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from diplograph.errors import IngestError
from diplograph.ingest.clutter import remove_clutter
from diplograph.model import Document

# Horizontal whitespace other than the plain space: tab, no-break space, the
# typographic spaces U+2000..U+200A, narrow no-break space, medium mathematical
# space, ideographic space, plus vertical tab and form feed (which mean nothing in
# an article and would otherwise survive as odd line breaks).
_ODD_SPACES = re.compile("[\t\x0b\x0c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Line and paragraph separators are line breaks in Unicode; treat them as \n.
_ODD_BREAKS = re.compile("\r\n?|[\u0085\u2028\u2029]")
# C0/C1 controls except \n (tabs and the like were already turned into spaces),
# plus DEL; the BOM / zero-width no-break space is dropped as well because a BOM in
# the middle of a text (concatenated files) is never content.
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x84\x86-\x9f\ufeff]")
# A lone surrogate (JSON allows "\\ud800") cannot be encoded, so it could be neither hashed nor
# stored; it becomes the replacement character, as an undecodable byte does.
_SURROGATES = re.compile("[\ud800-\udfff]")
_SPACE_RUNS = re.compile(" {2,}")
_LINE_EDGE_SPACES = re.compile(" *\n *")
_MANY_BREAKS = re.compile("\n{3,}")


def clean_text(raw: str) -> str:
    """Normalise whitespace and composition; idempotent (``clean_text(clean_text(x)) == clean_text(x)``)."""
    text = _SURROGATES.sub("\ufffd", raw)
    text = _ODD_BREAKS.sub("\n", text)
    text = _ODD_SPACES.sub(" ", text)
    text = _CONTROLS.sub("", text)
    text = _SPACE_RUNS.sub(" ", text)
    # Spaces at either end of a line are layout (indentation, padding), never content.
    # This also turns a line of spaces into an empty line, so "para\n   \npara" is a
    # paragraph break like "para\n\npara".
    text = _LINE_EDGE_SPACES.sub("\n", text)
    text = _MANY_BREAKS.sub("\n\n", text)
    # Composition last: removing a control between a letter and its combining mark
    # can make a new composable pair, and NFC never creates whitespace or controls.
    return unicodedata.normalize("NFC", text).strip()


def clean_line(raw: str) -> str:
    """``clean_text`` for a one-line field (title, outlet): line breaks become spaces."""
    return " ".join(clean_text(raw).split())


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Limits on what counts as prose. spaCy's tokenizer is quadratic in the length of a
# space-free run of punctuation (10,000 quotation marks in a row take half a minute), and
# rules that look at a whole sentence are quadratic in its length (a 30,000-word
# "sentence" takes minutes). No article has a 2,000-character word or a 2,000-word
# sentence; input that does is a dump, a blob or a broken scrape, and is refused.
MAX_RUN_CHARS = 2000
MAX_SENTENCE_WORDS = 2000
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")
# A sentence ends at terminal punctuation or at a line break (headings, list items).
_SENTENCE_PIECES = re.compile(r"[^.!?;:\u2026\u3002\n]+")


def prose_problem(text: str) -> str | None:
    """Why ``text`` (cleaned) cannot be an article's prose, or None when it can."""
    run = _LONG_RUN.search(text)
    if run:
        return (f"a run of {run.end() - run.start()} characters without a space at offset {run.start()} "
                f"(the limit is {MAX_RUN_CHARS}): not article text")
    for piece in _SENTENCE_PIECES.finditer(text):
        if piece.end() - piece.start() > MAX_SENTENCE_WORDS * 2 and piece.group().count(" ") >= MAX_SENTENCE_WORDS:
            return (f"over {MAX_SENTENCE_WORDS} words without sentence punctuation at offset {piece.start()}: "
                    "not article text")
    return None


def make_document(
    text: str,
    path: str,
    title: str | None = None,
    published: str | None = None,
    outlet_name: str | None = None,
    url: str | None = None,
) -> Document:
    """Clean ``text``, remove page clutter, and build the ``Document`` whose ``doc_id`` is the
    SHA-256 of the result (the stored text every offset refers to).

    Raises ``IngestError`` when the cleaned text is empty or not prose (see ``prose_problem``).
    """
    cleaned = clean_text(text)
    # Removing clutter lines leaves runs of empty lines; clean_text folds them again.
    body = clean_text(remove_clutter(cleaned))
    problem: str | None
    if not body:
        problem = ("no article text (nothing left after removing page clutter)" if cleaned
                   else "no article text (nothing left after removing control characters)")
    else:
        problem = prose_problem(body)
    if problem:
        raise IngestError(path, problem)
    return Document(
        doc_id=content_hash(body),
        earlier_id=content_hash(cleaned) if cleaned != body else None,
        path=path,
        text=body,
        title=_optional_line(title),
        published=published or None,
        outlet_name=_optional_line(outlet_name),
        url=_optional_line(url),
    )


def _optional_line(value: str | None) -> str | None:
    if value is None:
        return None
    cleaned = clean_line(str(value))
    return cleaned or None


__all__ = ["MAX_RUN_CHARS", "MAX_SENTENCE_WORDS", "clean_line", "clean_text", "content_hash", "make_document",
           "prose_problem"]
