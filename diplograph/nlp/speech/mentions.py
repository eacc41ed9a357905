"""Words mentioned as words: "never used the word “war”", "the term “radical Islam”", "earned him
the moniker “Air Miles Andy”".

Right after a noun for a word, a phrase or a name (``kb/mention_nouns.tsv``), with its determiner,
quote marks set off the words the writer talks about, not words reported as anyone's speech there:
whoever used them, the record would be a quotation of one word with no sentence around it. Only a
short span (a word or a phrase): a long sentence after "the words" is what someone said.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb import load_table, per_folder
from ..common import doc_text
from .marks import QuoteSpan

_LOOKBACK = 30  # characters before the opening mark read for the noun
_MAX_WORDS = 6  # a mentioned word or phrase; longer quoted words are a sentence someone said
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"})


@per_folder
def mention_nouns() -> frozenset[str]:
    """Nouns that mention words as words (``kb/mention_nouns.tsv``)."""
    return frozenset(r["noun"] for r in load_table("mention_nouns"))


def mentioned_word(doc: Doc, q: QuoteSpan) -> bool:
    """“war” in "he never uttered the word “war”", “battle space” in "you use the phrase, “battle
    space”": a short quote right after a determiner and a noun of ``kb/mention_nouns.tsv`` (a comma
    may stand between) is the word mentioned, no quotation."""
    text = doc_text(doc)
    if len(text[q.start:q.end].split()) > _MAX_WORDS:
        return False
    before = doc.char_span(max(0, q.open_at - _LOOKBACK), q.open_at, alignment_mode="contract")
    words = [t for t in before if not t.is_space] if before is not None else []
    if words and words[-1].text == ",":
        words = words[:-1]
    if len(words) < 2:
        return False
    noun, det = words[-1], words[-2]
    return noun.lower_ in mention_nouns() and det.lower_ in _DETERMINERS
