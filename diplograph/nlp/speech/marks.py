"""Quote marks paired into spans: every quote style (curly, guillemets, low-9, straight, single,
the typewriter pair ``…''), nested and partial quotes, a quote left open at the end of a paragraph.

A scan over the text, not the tokens: fast, and independent of how the tokenizer splits marks.
``quotes`` reads the spans and finds their speakers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

DOUBLE_OPEN, DOUBLE_CLOSE, STRAIGHT = "“«„", "”»", '"'
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
DOUBLE_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT + SINGLE_OPEN + SINGLE_CLOSE
_OPEN_BEFORE = " \t\n([{—–-/:" + ALL_MARKS  # characters after which a mark opens a quote
_CLOSE_AFTER = " \t\n.,;:!?)]}—–-…" + ALL_MARKS  # characters before which a mark closes one


@dataclass
class QuoteSpan:
    start: int  # first char of the quoted words (after the opening mark)
    end: int  # end of the quoted words (before the closing mark)
    open_at: int  # char offset of the opening mark
    close_at: int  # char offset of the closing mark (== end of paragraph when unclosed)
    parent: int | None = None  # index of the enclosing quote


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if e > s]


class _OpenMarks:
    """The quote marks open so far in one paragraph, innermost last."""

    def __init__(self, out: list[QuoteSpan]) -> None:
        self.stack: list[tuple[str, int]] = []  # (family "d"/"s", mark offset)
        self.out = out

    def has(self, family: str) -> bool:
        return any(f == family for f, _ in self.stack)

    def open(self, family: str, at: int) -> None:
        self.stack.append((family, at))

    def close(self, family: str, at: int) -> None:
        """Close the innermost open mark of ``family`` (and drop the marks opened inside it)."""
        while self.stack:
            f, o = self.stack.pop()
            if f == family:
                self.out.append(QuoteSpan(o + 1, at, o, at, None))
                return


@dataclass(frozen=True)
class _Mark:
    at: int
    prev: str  # the character before the mark
    nxt: str  # the character after it
    opens_like: bool  # placed as an opening mark is ("said “We")
    closes_like: bool  # placed as a closing mark is ("here,” he")


def _double_open(marks: _OpenMarks, m: _Mark) -> None:
    if marks.has("d") and m.closes_like and not m.nxt.isalnum():
        marks.close("d", m.at)  # a typographic opening mark used to close
    else:
        marks.open("d", m.at)


def _double_close(marks: _OpenMarks, m: _Mark) -> None:
    if marks.has("d"):
        marks.close("d", m.at)
    elif m.opens_like and m.nxt.isalnum():
        marks.open("d", m.at)  # a closing mark used to open


def _straight(marks: _OpenMarks, m: _Mark) -> None:
    if marks.has("d") and not (m.opens_like and not m.closes_like):
        marks.close("d", m.at)
    elif m.opens_like or not m.closes_like:
        marks.open("d", m.at)


def _single_open(marks: _OpenMarks, m: _Mark) -> None:
    if m.prev in _OPEN_BEFORE and m.nxt.isalnum():
        marks.open("s", m.at)


def _single_close(marks: _OpenMarks, m: _Mark) -> None:
    if marks.has("s") and not m.nxt.isalnum():  # else an apostrophe ("Xi’s")
        marks.close("s", m.at)


def _backticks(marks: _OpenMarks, m: _Mark) -> None:
    if m.prev == "`" and m.nxt != "`":  # the second of "``", the typewriter opening mark
        marks.open("d", m.at)


def _two_apostrophes(marks: _OpenMarks, m: _Mark) -> None:
    if m.nxt == "'" and m.prev != "'" and marks.has("d"):  # "''" closes what "``" (or any) opened
        marks.close("d", m.at)


# What each quote mark does, by its family and its place.
_MARK_RULES: dict[str, Callable[[_OpenMarks, _Mark], None]] = {
    **dict.fromkeys(DOUBLE_OPEN, _double_open), **dict.fromkeys(DOUBLE_CLOSE, _double_close),
    STRAIGHT: _straight, SINGLE_OPEN: _single_open, SINGLE_CLOSE: _single_close,
    "`": _backticks, "'": _two_apostrophes,
}


def _scan_paragraph(text: str, start: int, end: int, out: list[QuoteSpan]) -> None:
    """Pair the marks of one paragraph with a stack; a double quote left open at the paragraph's
    end runs to it (the multi-paragraph convention), a lone single mark is an apostrophe."""
    marks = _OpenMarks(out)
    for i in range(start, end):
        rule = _MARK_RULES.get(text[i])
        if rule is None:
            continue
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        rule(marks, _Mark(i, prev, nxt, opens_like=prev in _OPEN_BEFORE and nxt not in " \t\n",
                          closes_like=nxt in _CLOSE_AFTER or i + 1 >= end))
    for f, o in marks.stack:
        if f == "d":
            stop = end
            while stop > o + 1 and text[stop - 1].isspace():
                stop -= 1
            out.append(QuoteSpan(o + 1, stop, o, stop, None))


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted stretch of ``text``, in order of its opening mark, with nesting recorded."""
    spans: list[QuoteSpan] = []
    for s, e in _paragraphs(text):
        _scan_paragraph(text, s, e, spans)
    spans = [q for q in spans if re.search(r"\w", text[q.start:q.end])]
    for q in spans:  # trim inner whitespace so spans cover just the words
        while q.start < q.end and text[q.start].isspace():
            q.start += 1
        while q.end > q.start and text[q.end - 1].isspace():
            q.end -= 1
    spans.sort(key=lambda q: q.open_at)
    for i, q in enumerate(spans):
        for j in range(i - 1, -1, -1):
            p = spans[j]
            if p.open_at < q.open_at and q.close_at <= p.close_at:
                q.parent = j
                break
    return spans
