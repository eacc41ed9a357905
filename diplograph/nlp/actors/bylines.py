"""Bylines: the lines of a page that name the article's writers, who are no actors of its story.

``evidence.credit_line_spans`` finds the staff credits at an article's end ("X contributed to this
report"); the rules here find the bylines at its head or over a section, as character spans whose
persons ``evidence.drop_credited`` drops. Each rule is a function of the text and the gazetteer,
in the ordered tuple ``BYLINE_RULES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from ...kb.gazetteer import Gazetteer, outlet_key
from ..common import doc_text

# A writer's name: capitalised words (an initial, "O'Donoghue", "Onyanga-Omara"), with the lowercase
# particles of surnames ("Tom Vanden Brook", "Ursula von der Leyen").
_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|der|van|von|al|bin|el|da|du|la|le))+"
# A line of names only, joined by commas and "and", with an optional "By": the byline's first line.
_NAMES_LINE = re.compile(rf"^[ \t]*(?:By )?{_NAME}(?:(?:,? and |, ){_NAME})*[ \t]*$", re.MULTILINE)
_MAX_OUTLET_WORDS = 4

Span = tuple[int, int]
BylineRule = Callable[[str, Gazetteer], list[Span]]


def _next_line(text: str, end: int) -> str:
    """The next non-blank line after the line ending at ``end``."""
    for line in text[end:].split("\n"):
        if line.strip():
            return line.strip()
    return ""


def names_above_outlet(text: str, g: Gazetteer) -> list[Span]:
    """A line of names alone right above a line that is an outlet's name alone, "Jane Roe and Al Poe
    <blank> USA TODAY", "Jay Roe <blank> Associated Press": the byline block a page prints over the
    story (USA Today's form), whose writers report the story and take no part in it. The line under
    the names must be the outlet's whole name, not a sentence or a heading that opens with it."""
    out: list[Span] = []
    for m in _NAMES_LINE.finditer(text):
        below = _next_line(text, m.end())
        if len(below.split()) <= _MAX_OUTLET_WORDS and outlet_key(below) in g.outlet_keys:
            out.append((m.start(), m.end()))
    return out


# A line of a writer's name, a comma and the outlet with the writer's post or place, with an optional "By" or
# "Analysis by": "By Jay Roe, BBC diplomatic correspondent", "Ann Lee, BBC News, Cairo".
_NAME_COMMA_OUTLET = re.compile(rf"^[ \t]*(?:(?:By|Analysis by) )?{_NAME}, ([^,\n]+)(?:, [^\n]*)?$", re.MULTILINE)
_MAX_BYLINE_WORDS = 12
_QUOTE_CLOSERS = ("”", '"', "’", "'", "…")


def _previous_line(text: str, start: int) -> str:
    """The last non-blank line before the line starting at ``start``."""
    for line in reversed(text[:start].split("\n")):
        if line.strip():
            return line.strip()
    return ""


def name_comma_outlet(text: str, g: Gazetteer) -> list[Span]:
    """A line of a name, a comma and an outlet's name with the writer's post or place, "By Jay Roe, BBC
    defence correspondent", "Analysis by Ann Lee, BBC News, Washington": the byline over an analysis box
    or a story, not an actor of it. Not such a line under a quotation, which names the author of the
    words quoted ("“...” <blank> Ann Lee, The Daily Ledger": a round-up of opinion, whose writers speak)."""
    out: list[Span] = []
    for m in _NAME_COMMA_OUTLET.finditer(text):
        line = m.group(0).strip()
        if len(line.split()) > _MAX_BYLINE_WORDS or line.endswith((".", ":", ")") + _QUOTE_CLOSERS):
            continue
        if g.outlet(m.group(1)) is None or _previous_line(text, m.start()).endswith(_QUOTE_CLOSERS):
            continue
        out.append((m.start(), m.end()))
    return out


# "Write to Jay Roe at jay.roe@example.com and Ann Lee at ...": the writers' addresses closing a story.
_WRITE_TO = re.compile(r"^[ \t]*Write to [A-Z][^\n]*@[^\n]*$", re.MULTILINE)


def write_to_line(text: str, g: Gazetteer) -> list[Span]:
    """A line giving the writers' e-mail addresses, "Write to Jay Roe at jay.roe@example.com" (The Wall
    Street Journal's form, closing the story): its names are the staff's, no actors of the story."""
    return [(m.start(), m.end()) for m in _WRITE_TO.finditer(text)]


BYLINE_RULES: tuple[BylineRule, ...] = (names_above_outlet, name_comma_outlet, write_to_line)


def byline_spans(doc: Doc, g: Gazetteer) -> list[Span]:
    """Character spans of the document's byline lines, by every rule of ``BYLINE_RULES``."""
    text = doc_text(doc)
    return [span for rule in BYLINE_RULES for span in rule(text, g)]
