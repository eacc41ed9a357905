"""Quotes of a source the article introduces without a name at the quote itself: "“…,” a senior
official said", "“…,” one resident told Reuters", "as one diplomat put it, “…”".

The speech verb's subject is an indefinite description that names no actor ("a senior official",
"one user", "a witness"), so the words have no named speaker. Without this, the quote went on to
the other rules and took the speaker of the previous quote in its paragraph ("“…,” Merkel said.
“…,” a senior official said": not Merkel) or of the verb the quote's clause hangs on ("Kerry will
tell Beijing that Pyongyang is, as one official said, “…”": not Kerry). A description that names
whom the source serves ("a German official", "a spokesman for the army") is read as before: the
phrase's actor.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..syntax import SPEAKER_SUBJECT, subject_of
from .attribution import GROUP_NOUNS, UNNAMED_SOURCE_DETERMINERS, document_nouns, media_nouns, table
from .marks import QuoteSpan


def indefinite_source_subject(doc: Doc, q: QuoteSpan, cue: Token) -> bool:
    """"“…,” a senior official said", "as one diplomat put it, “…”": the speech verb's subject is a
    singular indefinite common noun whose phrase names no actor and no name; not a document, an
    outlet or an organisation noun ("a statement said", "a newspaper reported": their issuers)."""
    subj = subject_of(cue, SPEAKER_SUBJECT)
    if subj is None or subj.head.i != cue.i or subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or subj.tag_ != "NN":
        return False  # only the verb's own subject: "a meeting could take place but he warned" names no source
    if table(doc).in_quote(subj.idx):
        return False
    if not any(c.dep_ in ("det", "nummod") and c.lower_ in UNNAMED_SOURCE_DETERMINERS for c in subj.children):
        return False
    if subj.lemma_.lower() in document_nouns() | media_nouns() | GROUP_NOUNS:
        return False
    return not any(t._.actor or t.pos_ == "PROPN" for t in subj.subtree)
