"""RSS and Atom feeds: one ``Document`` per entry.

feedparser reads the bytes itself (it honours the XML encoding declaration, which
our text decoding would second-guess). Entry bodies are HTML fragments; we turn
them into text with block elements as line breaks, so that paragraphs survive and
offsets refer to readable text. An entry without any text is an ``IngestError``
for that entry only; the other entries are still yielded.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from typing import Any

import feedparser

from diplograph.errors import IngestError
from diplograph.ingest.clean import make_document
from diplograph.ingest.dateline import to_iso_date
from diplograph.ingest.footer import split_footer
from diplograph.ingest.html import html_to_text
from diplograph.model import Document

_FEED_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<\?xml-stylesheet[^>]*>\s*)*"
                         r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)


def looks_like_feed(head: str) -> bool:
    """Whether the start of a decoded file looks like an RSS, RDF or Atom document."""
    return bool(_FEED_START.match(head[:4096].lstrip("\ufeff")))


def read_feed(data: bytes, path: str) -> Iterator[Document | IngestError]:
    """Every entry of the feed in ``data``, as a ``Document`` or an ``IngestError``."""
    if _declares_entities(data):
        yield IngestError(path, "XML entity declarations are refused (entity expansion attacks)")
        return
    # A stream, never the bytes themselves: feedparser opens a bytes or str argument that
    # names a file ("/dev/zero", "/etc/passwd") and fetches one that is a URL.
    # Entry HTML is turned into text by ``html_to_text``, never shown as HTML: feedparser's own
    # sanitiser is not needed, and on unclosed markup it is the slowest part by far.
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except (ValueError, OverflowError, LookupError, RecursionError) as exc:
        # feedparser's lenient parser turns "&#xD800;" into an unencodable character (and a
        # reference past U+10FFFF into an error of chr()) instead of reporting the markup.
        yield IngestError(path, f"not a readable RSS/Atom feed: {type(exc).__name__}: {exc}")
        return
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no RSS or Atom root element"
        yield IngestError(path, f"not an RSS/Atom feed: {reason}")
        return
    if not parsed.entries:
        yield IngestError(path, "feed has no entries")
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry_document(entry, number, path, outlet)


def _declares_entities(data: bytes) -> bool:
    """Whether the document type declares entities (a billion-laughs or external-entity feed).

    feedparser does not expand them, but no real feed needs them, and what a lenient parser
    makes of one is not an article. NULs are dropped so that UTF-16 is searched too.
    """
    return b"<!entity" in data.replace(b"\x00", b"").lower()


def _entry_document(entry: Any, number: int, path: str, outlet: str | None) -> Document | IngestError:
    link = _text(entry.get("link"))
    where = link or f"{path}#{number}"
    body, footer_outlet = split_footer(html_to_text(_entry_html(entry)))
    if not body.strip():  # the error names the feed file (the user's input), the entry's link after it
        return IngestError(f"{path}#{number}", f"feed entry {number}{f' ({link})' if link else ''} has no text")
    try:
        return make_document(
            body,
            where,
            title=html_to_text(_text(entry.get("title"))) or None,
            published=_entry_date(entry),
            outlet_name=outlet or footer_outlet,
            url=_text(entry.get("link")) or None,
        )
    except IngestError as exc:
        return IngestError(f"{path}#{number}", exc.reason)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _entry_html(entry: Any) -> str:
    # Full content beats the summary; Atom may carry several content parts.
    contents = entry.get("content") or []
    full = "\n".join(part.get("value") or "" for part in contents)
    return full if full.strip() else entry.get("summary") or entry.get("description") or ""


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return to_iso_date(entry.get("published") or entry.get("updated"))


__all__ = ["looks_like_feed", "read_feed"]
