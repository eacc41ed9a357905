"""Acts told as going on at the time of writing.

A main clause in the present progressive with no time of its own reports an act in progress as the
report is written: "Kerry is meeting Zarif in Vienna", "the FBI is currently investigating the
calls", "Republicans are already blaming Reid". Its date is the document's date, not none. Only
the present progressive of the report's own main clause: not a present simple, which is often a
habit or a state ("Israel drops leaflets"), not a past or a modal progressive ("was meeting",
"will be meeting"), and not a sentence that gives a time of its own other than "now" (the future
arrangement "is meeting Xi next week" is dated by its time, or, undated, is left alone only when
the coder reads it as intended).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..common import sentence_of
from ..tense import is_present_progressive
from ..time.compare import usable

# The time expression of "now", "currently", "at the moment": it confirms the present.
PRESENT_VALUE = "PRESENT_REF"


def told_as_now(doc: Doc, anchor: Token) -> str | None:
    """The document's date for an act its main clause tells in the present progressive, in a
    sentence whose only time, if any, is "now"."""
    published: str | None = doc._.published
    if not published or not usable(published[:10]) or anchor.dep_ != "ROOT" or not is_present_progressive(anchor):
        return None
    sent = sentence_of(anchor)
    if any(sent.start_char <= t.span[0] < sent.end_char and t.value != PRESENT_VALUE for t in doc._.times or []):
        return None
    return published[:10]
