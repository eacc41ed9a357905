"""Who speaks a direct quote that has no cue of its own, or whose cue names no speaker: the first of
``STANDALONE_RULES`` that answers, reading the quote's paragraph and the quotes found before it
("“We will wait,” she said. “Talks go on.”", "She said: “…”", a paragraph that is only a quote
after reported speech). ``quotes.QuoteFinder`` asks them once its own cues have failed; they are a
sub-stage of their own, kept apart from the finder that reads a quote's frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..common import doc_text, sentence_at, sentence_of
from .continued import previous_sentence_reporter
from .marks import QuoteSpan

if TYPE_CHECKING:
    from .quotes import QuoteFinder


class Standalone:
    """What the rules for a quote without a cue read: the finder, the quote, its paragraph's start
    and the previous top-level quote's result."""

    def __init__(self, finder: QuoteFinder, q: QuoteSpan, has_cue: bool = False) -> None:
        self.finder, self.q, self.has_cue = finder, q, has_cue  # has_cue: a cue whose speaker is unknown
        self.doc, self.att, self.text = finder.doc, finder.att, doc_text(finder.doc)
        self.para_start = self.text.rfind("\n", 0, q.open_at) + 1
        self.prev = next((r for r in reversed(finder.results) if r[0].parent is None), None)

    def cue_speaker(self, sent: Span) -> str | None:
        return self.finder.cue_speaker(sent)

    def next_sentence(self) -> Span | None:
        sent = sentence_at(self.doc, max(self.q.close_at - 1, self.q.start))
        return sentence_of(self.doc[sent.end]) if sent.end < len(self.doc) else None


Credit = tuple["str | None", "str | None"]


# A rule's answer that the quote is a source's the text does not name: no later rule may name one.
NOBODY_NAMED: Credit = ("", None)


def unnamed_previous_in_paragraph(c: Standalone) -> Credit | None:
    """“The breach is grave,” a former official said. “It must be fixed.”: the paragraph's previous
    quote is an unnamed source's (``quotes.UNNAMED_SOURCE_RULES``), so is the quote that goes on from it; no
    speaker named after it or in the next paragraph speaks it."""
    if c.prev and c.prev[0].close_at >= c.para_start and c.prev[0].open_at in c.finder.unnamed:
        return NOBODY_NAMED
    return None


def previous_quote_in_paragraph(c: Standalone) -> Credit | None:
    """“We will wait,” she said. “Talks go on.”: the previous quote of the paragraph's speaker."""
    if c.prev and c.prev[0].close_at >= c.para_start and c.prev[1]:
        return c.prev[1], c.prev[2]
    return None


def colon_introduction(c: Standalone) -> Credit | None:
    """She said: “…”: the speaker of the sentence the quote's colon ends."""
    q, text = c.q, c.text
    prev_sent = sentence_at(c.doc, max(0, q.open_at - 2)) if q.open_at > 1 else None
    if prev_sent is not None and prev_sent.end_char <= q.open_at + 1 \
            and text[prev_sent.start_char:q.open_at].rstrip().endswith(":"):
        return c.cue_speaker(prev_sent), None
    return None


def next_sentence_in_paragraph(c: Standalone) -> Credit | None:
    """“Talks go on.” That was the view of Lopez, who said …: a cue in the next sentence of the
    quote's paragraph."""
    nxt = c.next_sentence()
    if nxt is None or "\n" in c.text[c.q.close_at:_first_word_at(nxt)]:
        return None  # a parse may open the next sentence with the mark and the break: "”\n\nLee said ..."
    return c.cue_speaker(nxt), None


def _first_word_at(sent: Span) -> int:
    """Where the sentence's first word starts, past the closing mark and the whitespace the parser may
    open it with."""
    return next((t.idx for t in sent if not (t.is_space or t.is_punct)), sent.end_char)


def previous_paragraph_reporter(c: Standalone) -> Credit | None:
    """Lopez said the talks had failed.\n“We will not sign.”: a paragraph that is only a quote
    continues the reported speech that ended the paragraph before it (the news convention), not
    a speaker named after it."""
    q, text = c.q, c.text
    if c.has_cue or c.para_start < 2 or text[c.para_start:q.open_at].strip():
        return None  # "“…,” the president tweeted": its own cue, though unresolved, names someone else
    end = c.para_start - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 0:
        return None
    last = sentence_at(c.doc, end - 1)
    return c.cue_speaker(last), None


def next_sentence_anywhere(c: Standalone) -> Credit | None:
    """The cue of the next sentence, after the paragraph's end too."""
    nxt = c.next_sentence()
    return (c.cue_speaker(nxt), None) if nxt is not None else None


def quote_closing_previous_paragraph(c: Standalone) -> Credit | None:
    """A paragraph that opens with a quote right after one that ended with a quote by a speaker:
    the multi-paragraph quote's speaker."""
    if c.prev and c.prev[1] and not c.text[c.prev[0].close_at + 1:c.para_start].strip():
        return c.prev[1], c.prev[2]
    return None


StandaloneRule = Callable[[Standalone], "Credit | None"]
# Who speaks a quote without a cue of its own, in order of preference.
STANDALONE_RULES: tuple[StandaloneRule, ...] = (
    unnamed_previous_in_paragraph, previous_quote_in_paragraph, colon_introduction, next_sentence_in_paragraph,
    previous_paragraph_reporter, previous_sentence_reporter,
    next_sentence_anywhere, quote_closing_previous_paragraph,
)
