"""A quote that opens a sentence inside a paragraph of prose continues the reported speech of the
sentence right before it: "The plan failed, Lopez said. “We will not sign.”"

News writing paraphrases a source and then quotes on without a new cue; the reader takes the quote
as the words of the speaker the sentence before named. A rule of ``standalone.STANDALONE_RULES``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..common import sentence_at

if TYPE_CHECKING:
    from .standalone import Credit, Standalone

# What ends the sentence before a quote that opens its own sentence (a colon is ``colon_introduction``'s).
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def previous_sentence_reporter(c: Standalone) -> Credit | None:
    """"…, says Ana Ruiz, a lawyer in Lima. “We have asked twice.”", "Lee told reporters the plan had
    failed. “We tried.”": a quote with no cue of its own that opens a sentence after prose in its
    paragraph is the speaker's whom the cue of the sentence before names (none named there: no answer)."""
    q, text = c.q, c.text
    if c.has_cue or text[q.start:q.end].rstrip().endswith(","):
        return None  # "“…,” the president tweeted", "“…,” Lee confided": its own cue, though unresolved or unknown
    prose = text[c.para_start:q.open_at].rstrip()
    if not prose or prose[-1] not in _SENTENCE_ENDS:
        return None  # opens its paragraph (``previous_paragraph_reporter``) or sits inside a sentence
    last = sentence_at(c.doc, c.para_start + len(prose) - 1)
    speaker = c.cue_speaker(last)
    return (speaker, None) if speaker else None
