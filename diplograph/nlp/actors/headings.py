"""Headings: a page's title and section headings, set in title case or capitals, are no sentences, and
the NER reads runs of their capitalised words as names ("Fractures Within Alliance May Hamper U.S.
Campaign", "NAVY SHOOTS DOWN SYRIAN WARPLANE", "Barr Standoff Escalates"). A name the NER finds only
there, which the story never writes again, is such a run, not an actor; a name the story repeats is kept.
But the writer signing a news roundup's credit under a quoted excerpt, "Jane Roe, The Daily Planet", is a
person who speaks the excerpt (``speech/excerpts``), often named nowhere else (``lines.excerpt_credit``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..common import doc_text
from ..lines import excerpt_credit_at
from .evidence import ORG_HEADS
from .roles import Cand

_MIN_HEADING_WORDS = 3
_MAX_HEADING_WORDS = 16
# Short function words a title-case heading leaves in lower case ("Trump Vs. Private Citizen Trump On Syria"
# capitalises them, "Tragedy ahead of gun awareness day" is a sentence-case heading, not read here).
_MAX_SMALL_WORD = 3
_SENTENCE_END = (".", "?", "!", "”", '"', ":", ";", ",")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _is_heading(line: str) -> bool:
    """A line in title case or capitals with no sentence's closing mark: every word longer than a short
    function word is capitalised ("Alliance May Hamper U.S. Campaign Against ISIS")."""
    line = line.strip()
    words = _WORD.findall(line)
    if not _MIN_HEADING_WORDS <= len(words) <= _MAX_HEADING_WORDS or line.endswith(_SENTENCE_END):
        return False
    return all(w[0].isupper() for w in words if len(w) > _MAX_SMALL_WORD)


def heading_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the heading lines of ``text``."""
    out, pos = [], 0
    for line in text.split("\n"):
        if _is_heading(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _unknown_name(c: Cand) -> bool:
    """A person or an organisation only the NER proposes, not a name the KB knows."""
    return c.kind == "person" or c.kind == "organization" and not re.fullmatch(r"org:[a-z0-9-]+", c.key)


def drop_heading_only(cands: list[Cand], doc: Doc) -> list[Cand]:
    """Drop the NER's persons and organisations inside a heading line whose words the document writes
    nowhere outside its headings: a heading's run of capitals, not a name of the story."""
    text = doc_text(doc)
    spans = heading_spans(text)
    if not spans:
        return cands
    outside = "\n".join(text[e:s] for (_, e), (s, _) in zip([(0, 0), *spans], [*spans, (len(text), 0)], strict=True))

    def in_heading(c: Cand) -> bool:
        at = doc[c.start].idx
        return any(s <= at < e for s, e in spans)

    return [c for c in cands if not (_unknown_name(c) and in_heading(c) and not _signs_excerpt(doc, c)
                                         and doc[c.start:c.end].text not in outside)]


# Capitalised words before a signer's name: a title the name lost to the title finder ("Dean", "Dr.").
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.'’-]* )*")


def _signs_excerpt(doc: Doc, c: Cand) -> bool:
    """A name that signs an excerpt's credit line alone, "Jane Roe, The Daily Planet", "Dr. Jane Roe, ...":
    the writer, a person; not a generic signer of an organisation's words ("Editorial Board, ..."), nor one
    of several ("Jane Roe and Al Poe, ...": the outlet's piece)."""
    at = doc[c.start].idx
    if c.end >= len(doc) or doc[c.end].text != "," or any(t.lower_ in ORG_HEADS for t in doc[c.start:c.end]):
        return False
    credit = excerpt_credit_at(doc, at)
    return credit is not None and bool(_TITLE_WORDS.fullmatch(doc_text(doc)[credit[0]:at]))
