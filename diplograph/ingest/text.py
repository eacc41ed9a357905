"""Plain-text articles: optional date line, optional headline, body, optional footer.

The layout we read is the common one for article dumps (and for the corpora we
benchmark on)::

    2023-02-28                 <- date line (any form ``dateline`` knows, or "unknown")
    Headline of the article    <- headline, followed by an empty line
                               <-
    Body paragraphs ...
    © 2023 Some Outlet ...     <- copyright / credit footer

Decisions (others rely on them):

* ``Document.text`` is the date line (when it holds a date), an empty line, and the
  body. The dateline is part of the article, and a time expression like any other, so it
  is kept where offsets can point at it; "unknown" is dropped. The headline is
  ``Document.title`` and not part of the text. All offsets refer to ``text``.
* A line right after the date line is a headline only when an empty line follows
  it (a lede that runs straight into the next paragraph is body, as in wire copy
  whose first line is the date). Without a date line we are stricter, because the
  first paragraph of an undated article is usually its lede.
* Footer lines are removed; the outlet their copyright names is ``outlet_name``.
"""

from __future__ import annotations

import re

from diplograph.errors import IngestError
from diplograph.ingest.clean import clean_line, clean_text, make_document
from diplograph.ingest.dateline import parse_date_line
from diplograph.ingest.footer import split_footer
from diplograph.model import Document

# Corpus headlines run to about 150 characters; allow some slack after a date line.
_MAX_HEADLINE = 250
# Without a date line a headline must look like one: short and not a finished sentence.
_MAX_BARE_HEADLINE = 150
_SENTENCE_END = (".", ";", ",", ":")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def read_text(raw: str, path: str, url: str | None = None) -> Document:
    """Parse a decoded plain-text article into a ``Document``; ``IngestError`` if it has no body."""
    lines = clean_text(raw).split("\n")
    published, start = _date_line(lines)
    title, start = _headline(lines, start, dated=start > 0)
    body, outlet = split_footer("\n".join(lines[start:]))
    if not body.strip():
        raise IngestError(path, "no article text")
    if published is not None:
        body = f"{lines[0]}\n\n{body}"
    return make_document(body, path, title=title, published=published, outlet_name=outlet, url=url)


def _date_line(lines: list[str]) -> tuple[str | None, int]:
    """(ISO date or None, index of the first line after the date line and any empty lines)."""
    parsed = parse_date_line(lines[0]) if lines else None
    if parsed is None:
        return None, 0
    start = 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    return parsed.iso, start


def _headline(lines: list[str], start: int, dated: bool) -> tuple[str | None, int]:
    """(headline or None, index where the body starts)."""
    if start >= len(lines):
        return None, start
    line = lines[start]
    is_markdown = bool(_MARKDOWN_HEADING.match(line))
    followed_by_gap = start + 1 < len(lines) and not lines[start + 1].strip()
    has_body_after = any(rest.strip() for rest in lines[start + 1:])
    if not has_body_after or not (followed_by_gap or is_markdown):
        return None, start
    candidate = clean_line(_MARKDOWN_HEADING.sub("", line))
    if not (is_markdown or _looks_like_headline(candidate, dated)):
        return None, start
    body_start = start + 1
    while body_start < len(lines) and not lines[body_start].strip():
        body_start += 1
    return candidate or None, body_start


def _looks_like_headline(line: str, dated: bool) -> bool:
    if dated:
        return 0 < len(line) <= _MAX_HEADLINE
    return 0 < len(line) <= _MAX_BARE_HEADLINE and not line.endswith(_SENTENCE_END)


__all__ = ["read_text"]
