"""HTML pages: trafilatura finds the article body and its metadata.

trafilatura drops navigation, related links and (with ``include_comments=False``)
reader comments, and reads title, date and site name from the page's metadata.
Its text repeats the headline as the first line; we drop that line so that, as for
plain text, ``Document.text`` is the body and the headline is ``Document.title``.
A copyright footer that survived extraction is stripped the same way as in plain
text, and names the outlet when the page declares no site name.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

import trafilatura

from diplograph.errors import IngestError
from diplograph.ingest.clean import clean_line, clean_text, make_document
from diplograph.ingest.dateline import to_iso_date
from diplograph.ingest.footer import split_footer
from diplograph.model import Document

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)


def looks_like_html(head: str) -> bool:
    """Whether the start of a decoded file looks like an HTML page."""
    return bool(_HTML_START.match(head[:4096].lstrip("\ufeff")))


def read_html(markup: str, path: str) -> Document:
    """Extract the article of one HTML page; ``IngestError`` when the page has none."""
    extracted = _extract(markup, path)
    title = _field(extracted, "title")
    body = _without_title(clean_text(_field(extracted, "text") or ""), title)
    body, footer_outlet = split_footer(body)
    if not body.strip():
        raise IngestError(path, "no article text")
    return make_document(
        body,
        path,
        title=title,
        published=to_iso_date(_field(extracted, "date")),
        outlet_name=_field(extracted, "sitename") or footer_outlet,
        url=_field(extracted, "url"),
    )


def _extract(markup: str, path: str) -> Any:
    try:
        with warnings.catch_warnings():
            # lxml warns about truth-testing elements inside trafilatura; not ours to fix.
            warnings.simplefilter("ignore", FutureWarning)
            extracted = trafilatura.bare_extraction(
                markup,
                include_comments=False,
                include_tables=False,
                with_metadata=True,
                # Dates from the page's own metadata only: guessing from the copyright
                # year or today's file date would invent a publication date.
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
    except Exception as exc:  # trafilatura/lxml raise assorted errors on broken markup
        raise IngestError(path, f"cannot parse HTML: {exc}") from exc
    if extracted is None:
        raise IngestError(path, "no article text")
    return extracted


def _field(extracted: Any, name: str) -> str | None:
    value = extracted.get(name) if isinstance(extracted, dict) else getattr(extracted, name, None)
    return str(value) if value else None


def _without_title(body: str, title: str | None) -> str:
    if not title:
        return body
    first, _, rest = body.partition("\n")
    if clean_line(first) == clean_line(title):
        return rest.lstrip("\n")
    return body


__all__ = ["looks_like_html", "read_html"]
