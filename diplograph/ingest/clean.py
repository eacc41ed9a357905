"""Text normalisation and the one place a ``Document`` is built.

Every reader hands its raw body to ``make_document``, so all documents share one
definition of "cleaned text": the string every offset downstream refers to and the
string whose SHA-256 is the ``doc_id``. The normalisation only changes whitespace,
control characters and Unicode composition; it never inserts or removes words or
punctuation (typographic quotes stay as the source wrote them, because quote
detection and the evaluation alignment both rely on them).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

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
_SPACE_RUNS = re.compile(" {2,}")
_LINE_EDGE_SPACES = re.compile(" *\n *")
_MANY_BREAKS = re.compile("\n{3,}")


def clean_text(raw: str) -> str:
    """Normalise whitespace and composition; idempotent (``clean_text(clean_text(x)) == clean_text(x)``)."""
    text = _ODD_BREAKS.sub("\n", raw)
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


def make_document(
    text: str,
    path: str,
    title: str | None = None,
    published: str | None = None,
    outlet_name: str | None = None,
    url: str | None = None,
) -> Document:
    """Clean ``text`` and build the ``Document`` whose ``doc_id`` is the SHA-256 of the cleaned text."""
    body = clean_text(text)
    return Document(
        doc_id=content_hash(body),
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


__all__ = ["clean_line", "clean_text", "content_hash", "make_document"]
