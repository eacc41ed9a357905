"""A quote credited to a document by "according to": "“…,” according to the report.",
"According to the indictment: “…”".

The words come from the written text the phrase names (``kb/document_nouns.tsv``). Its issuer,
named in the phrase ("according to a statement from X", "according to X's report") or by the
nearest earlier mention of the same document ("X released a report ... . “…,” according to the
report"), speaks them; when the text names none, they are the document's and nobody's the article
named: no other cue around the quote (the next sentence's speaker, the person the paragraph is
about) may lend them a speaker.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .attribution import document_issuer, document_nouns, named_issuer, speech_kind, table
from .marks import QuoteSpan

# The answer of a rule that the quote is a document's whose issuer the text does not name.
NO_ISSUER = ""
# Punctuation that may stand between the quote and "according to" after it ("“…,” according to").
_SKIP = frozenset({",", "”", '"', "’"})
# How many words after the quote its own cue may stand in: "“…,” Lee said".
_CUE_AFTER = 5
# Determiners of a document named before ("the report", "this study").
_BACK_DETERMINERS = frozenset({"the", "this", "that"})


def _document_object(according: Token) -> Token | None:
    """The document noun that "according to" governs, if its object is one."""
    doc = according.doc
    if according.i + 1 >= len(doc) or doc[according.i + 1].lower_ != "to":
        return None
    obj = next((c for c in doc[according.i + 1].children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in document_nouns():
        return None
    return obj


def _issuer(doc: Doc, noun: Token) -> str:
    """Who the phrase names as the document's issuer ("a statement from X", "the statement read by X",
    "a statement posted on X's page"), else the issuer of an earlier mention of it, else NO_ISSUER."""
    att = table(doc)
    in_phrase = next((t._.actor for t in noun.subtree if t._.actor and not att.in_quote(t.idx)), None)
    found = named_issuer(doc, noun, att) or in_phrase
    if found is None and any(c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS for c in noun.children):
        found = document_issuer(doc, noun, att, past_unnamed=True)  # "a report", "one report": a new one
    return found or NO_ISSUER


def according_to_document_after(doc: Doc, q: QuoteSpan, before: list[Token], after: list[Token]) -> str | None:
    """"“The site was never inspected,” according to the audit report.": a quote that opens its
    sentence and that "according to" a document noun follows is the document's."""
    if any(t.is_alpha for t in before):
        return None  # "Lee said the talks “went well,” according to a readout": Lee's words, reported
    words = [t for t in after[:4] if t.text not in _SKIP]
    if not words or words[0].lower_ != "according":
        return None
    noun = _document_object(words[0])
    return _issuer(doc, noun) if noun is not None else None


def _own_cue(after: list[Token]) -> bool:
    """A speech verb right after the quote in its own sentence ("“…,” Lee said"; not the next sentence's)."""
    for t in after[:_CUE_AFTER]:
        if t.is_sent_start:
            return False
        if speech_kind(t):
            return True
    return False


def according_to_document_before(doc: Doc, q: QuoteSpan, before: list[Token], after: list[Token]) -> str | None:
    """"According to the indictment, “…”", "According to the Senate report: “…”": "according to" a
    document noun opening the sentence a quote follows (only a comma or colon between)."""
    if len(before) < 4 or before[-1].text not in (",", ":") or before[0].lower_ != "according":
        return None
    noun = _document_object(before[0])
    if noun is None or noun.i >= before[-1].i:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in before[1:-1]) or _own_cue(after):
        return None  # "According to the report, the minister said, “…”", "… “…,” Lee said": the minister's, Lee's
    return _issuer(doc, noun)


DocumentRule = Callable[[Doc, QuoteSpan, list[Token], list[Token]], "str | None"]
# Frames that credit a quote to a document; a rule's answer NO_ISSUER: the quote has no named speaker.
DOCUMENT_FRAMES: tuple[DocumentRule, ...] = (according_to_document_before, according_to_document_after)


def document_frame(doc: Doc, q: QuoteSpan, before: list[Token], after: list[Token]) -> str | None:
    """The issuer of the document a frame credits the quote to, NO_ISSUER for none, None without such a frame."""
    return next((hit for rule in DOCUMENT_FRAMES if (hit := rule(doc, q, before, after)) is not None), None)
