"""An excerpt credited by a byline of its own: news roundups quote a paragraph or more of each
commentary and credit it after the closing mark with the author's name and the outlet, on the
quote's line or on the next line, with no verb:

    “The talks were doomed from the start. …”
    Jane Roe, The Daily Planet

The author speaks the excerpt and the outlet passes it on; a bare outlet ("“…” Reuters") or an
editorial ("Editorial Board, The Daily Planet" names no person) is the outlet's own text.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..common import doc_text
from .attribution import actor_kind
from .marks import DOUBLE_CLOSE, DOUBLE_OPEN, STRAIGHT, QuoteSpan

_CREDIT_WORDS = 10  # a byline is short: "David A. Smith, The American Conservative"
_OUTLET_WORDS = 3  # a bare outlet's name: "AP News", "The Daily Planet"
_EXCERPT_PARAGRAPHS = 6  # an excerpt runs on over a few paragraphs before its byline
_DASHES = "-–—"
_LOWER_LINKS = frozenset({"of", "the", "and", "for", "at", "&"})  # "Council on Foreign Relations" style words
_CLOSERS = DOUBLE_CLOSE + STRAIGHT


def _words(doc: Doc, start: int, end: int) -> list[Token]:
    """The words of a line that may be a byline: its leading dashes and at most one word more than a
    byline holds (enough to refuse it), built one by one: a line may run through the whole document,
    and building all its tokens for every quote was quadratic."""
    span = doc.char_span(start, end, alignment_mode="contract")
    words: list[Token] = []
    counted = 0
    for t in span if span is not None else ():
        if t.is_space:
            continue
        words.append(t)
        if counted or t.text not in _DASHES:
            counted += 1
            if counted > _CREDIT_WORDS:
                break
    return words


def _byline(doc: Doc, words: list[Token]) -> tuple[str | None, str | None] | None:
    """(speaker, via) of a byline "Name, Outlet" or a bare "Outlet"; None when the words are no
    byline: a sentence ("Smith said.", ends in a stop), a lower-case word ("Joshua Levy, attorney
    for …"), a name that is not the first part's only actor."""
    while words and words[0].text in _DASHES:
        words = words[1:]
    if not words or len(words) > _CREDIT_WORDS or words[-1].is_punct:
        return None
    if any(t.is_alpha and not t.text[0].isupper() and t.lower_ not in _LOWER_LINKS for t in words):
        return None
    commas = [k for k, t in enumerate(words) if t.text == ","]
    signer = words[:commas[0]] if commas else []
    outlet_words = words[commas[-1] + 1:] if commas else words
    outlets = [t._.actor for t in outlet_words if actor_kind(doc, t._.actor) == "media"]
    outlet = outlets[0] if outlets else None
    if any(actor_kind(doc, t._.actor) == "person" for t in outlet_words):
        return None  # "Smith, Jones": names, no outlet ("Jane Roe, Spectator USA" names a state in the outlet's name)
    if not commas:  # "“…” Reuters", "“…” AP News": the outlet's own text, the outlet's name alone
        whole = outlet is not None and len(words) <= _OUTLET_WORDS \
            and all(t._.actor in (outlet, None) for t in words if t.is_alpha)
        return (outlet, None) if whole else None
    authors = {t._.actor for t in signer if t._.actor}
    if len(authors) == 1 and actor_kind(doc, next(iter(authors))) == "person":
        return next(iter(authors)), outlet
    if outlet is not None:  # "Editorial Board, The Daily Planet", "Jane Roe and Al Poe, The Daily Planet":
        return None, outlet  # the outlet's, no one person signs it
    return None


def _after_last_close(text: str, start: int, end: int) -> int | None:
    """Where the words of a paragraph that opens with a quote mark start after its last closing
    mark (None: the paragraph does not open with a quote)."""
    if text[start] not in DOUBLE_OPEN + STRAIGHT:
        return None
    last = max(text.rfind(c, start + 1, end) for c in _CLOSERS)
    return last + 1 if last > start else end


def excerpt_byline(doc: Doc, q: QuoteSpan) -> tuple[str | None, str | None] | None:
    """(speaker, via) of a quote that ends its paragraph, or runs on over paragraphs that are
    quotes alone, with a byline: after its closing mark on its line, or as the next paragraph (a
    roundup's lead-in before the quote, "Many argue that “…”", is the roundup's, not a speaker)."""
    text = doc_text(doc)
    if q.close_at < len(text) and text[q.close_at] in _CLOSERS:
        pos = q.close_at + 1
    else:  # left open at its paragraph's end, its closing mark taken by an inner “: the byline after the last one
        last = max(text.rfind(c, q.open_at + 1, q.close_at) for c in _CLOSERS)
        pos = last + 1 if last > q.open_at else q.close_at
    for _ in range(_EXCERPT_PARAGRAPHS):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[pos:line_end]
        if rest.strip():
            return _byline(doc, _words(doc, pos, line_end))
        nxt = line_end
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt >= len(text):
            return None
        end = text.find("\n", nxt)
        end = len(text) if end < 0 else end
        rest_at = _after_last_close(text, nxt, end)
        if rest_at is None:
            return _byline(doc, _words(doc, nxt, end))
        pos = rest_at  # a paragraph of the excerpt: its byline may follow its closing mark
    return None
