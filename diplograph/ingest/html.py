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
from lxml import etree

from diplograph.errors import IngestError
from diplograph.ingest.clean import clean_line, clean_text, make_document
from diplograph.ingest.dateline import to_iso_date
from diplograph.ingest.footer import is_footer_line, outlet_from_footer, split_footer
from diplograph.model import Document

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "header", "footer", "tr", "table", "pre", "hr", "figure", "figcaption",
}
_SKIPPED_TAGS = {"script", "style", "noscript", "template"}
_WHITESPACE = re.compile(r"\s+")

# Fewer words than this is a stub (an error page, a navigation bar), not an article.
MIN_ARTICLE_WORDS = 12
# A site name that is a bare host name is trafilatura's fallback from the URL.
_HOST_NAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")
# Copyright lines sit at the very end of a page.
_PAGE_TAIL_LINES = 40

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
    if len(body.split()) < MIN_ARTICLE_WORDS:
        raise IngestError(path, "no article text")
    return make_document(
        body,
        path,
        title=title,
        published=to_iso_date(_field(extracted, "date")),
        outlet_name=_outlet(_field(extracted, "sitename"), footer_outlet, markup),
        url=_field(extracted, "url"),
    )


def _outlet(sitename: str | None, footer_outlet: str | None, markup: str) -> str | None:
    """The site's declared name, else the copyright holder of the page footer, else its host name."""
    if sitename and not _HOST_NAME.match(sitename):
        return sitename
    return footer_outlet or _page_copyright_holder(markup) or sitename


def _page_copyright_holder(markup: str) -> str | None:
    # trafilatura drops the page footer with the boilerplate; read its last lines ourselves.
    lines = html_to_text(markup).split("\n")[-_PAGE_TAIL_LINES:]
    for line in reversed(lines):
        if is_footer_line(line):
            name = outlet_from_footer(line)
            if name:
                return name
    return None


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


# Characters lxml refuses in a str (C0 controls other than whitespace, lone surrogates);
# none of them is ever article content.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags removed, entities decoded, blocks on their own lines.

    libxml2 parses in linear time whatever the markup (the standard library's
    ``HTMLParser`` takes minutes on a few hundred kilobytes of unclosed tags), and the
    walk over the tree is iterative, so nesting depth costs no Python recursion.
    """
    if "<" not in fragment and "&" not in fragment:
        return fragment
    try:
        # The document parser takes fragments and whole pages alike (lxml's fragment parser
        # fails an assertion on a fragment holding a broken <html> element).
        parser = etree.HTMLParser(recover=True, no_network=True)  # one per call: not thread-safe
        root = etree.fromstring(_NOT_XML.sub("", fragment), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return ""
    if root is None:
        return ""
    parts: list[str] = []
    skipping = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIPPED_TAGS:
                skipping += 1
            elif tag in _BLOCK_TAGS:
                parts.append("\n")
            if tag and not skipping and element.text:
                parts.append(_WHITESPACE.sub(" ", element.text))
            continue
        if tag in _SKIPPED_TAGS:
            skipping = max(skipping - 1, 0)
        elif tag in _BLOCK_TAGS:
            parts.append("\n")
        if element is not root and not skipping and element.tail:
            # HTML whitespace is insignificant: a line break in the markup is a space.
            parts.append(_WHITESPACE.sub(" ", element.tail))
    # Only block tags made line breaks; one break between paragraphs, as in plain text.
    text = "".join(parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    return re.sub(r"\n{2,}", "\n", text).strip()


__all__ = ["MIN_ARTICLE_WORDS", "html_to_text", "looks_like_html", "read_html"]
