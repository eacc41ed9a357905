"""Quotes read from a written text whose issuer the article does not name: "The agreement reads:
“…”", "“…,” the indictment says", "The letter continues: “…”".

A document noun (``kb/document_nouns.tsv``) that is the subject of the speech verb governing or
framing a quote speaks for whoever issued that document (``attribution.document_issuer``); when
the text names no issuer, the words are the document's and nobody's the article named, so no
other cue around the quote (the person the paragraph is about, the next sentence's speaker)
may lend them a speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..syntax import SPEAKER_SUBJECT, subject_of
from .attribution import document_issuer, document_nouns, is_definite_description, table
from .marks import QuoteSpan


def unnamed_document_subject(doc: Doc, q: QuoteSpan, cue: Token) -> bool:
    """"The agreement reads: “…”", "“…,” as the treaty says": the speech verb's subject is a
    definite document noun that no earlier phrase of the text gives an issuer ("X issued a
    statement", "the ministry's report", "a letter from X"), so the quote has no named speaker."""
    subj = subject_of(cue, SPEAKER_SUBJECT)
    if subj is None or subj.dep_ != "nsubj" or subj.lemma_.lower() not in document_nouns():
        return False
    att = table(doc)
    if att.in_quote(subj.idx) or not is_definite_description(subj):
        return False
    return document_issuer(doc, subj, att) is None
