"""Quotes told to the subject of a passive verb of telling: "she was told she had been dropped
for “misconduct”", "CNN has been told by investigators that “…”".

The passive subject of "was told", "were informed" (``kb/speech_addressees.tsv``) is the one
spoken to, and ``attribution.told_by`` already gives the speaker as the actor the "by" phrase
names, or nobody. When the passive verb governs the quote and names no such actor, the quote
has no named speaker: without this rule the quote went on to the other cues of its sentence and
to the clause's own subject, and took the listener ("she" -> the woman who was told) or the
speaker of a verb around it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..syntax import SPEAKER_SUBJECT, subject_of
from .attribution import addressed_verbs, table, told_by
from .marks import QuoteSpan


def passive_addressee_subject(doc: Doc, q: QuoteSpan, cue: Token) -> bool:
    """"X was told (by officials) that “…”": the governing speech verb is a passive verb of telling
    whose subject, outside the quote, is the listener, and its "by" phrase names no actor."""
    if cue.lemma_.lower() not in addressed_verbs():
        return False
    subj = subject_of(cue, SPEAKER_SUBJECT)
    if subj is None or subj.dep_ != "nsubjpass" or subj.head.i != cue.i or table(doc).in_quote(subj.idx):
        return False
    if any(c.tag_ in ("WP", "WDT") for c in cue.children):
        return False  # "paraphrasing what he's been told as: “…”": what was told is "what", not the quote
    return told_by(cue) is None
