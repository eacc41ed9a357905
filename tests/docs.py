"""Build spaCy Docs by hand (words, heads, deps, ents) so rule tests need no statistical model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

# A blank English vocab gives hand-built tokens their lexical attributes (lower_, is_title, like_num).
_VOCAB = spacy.blank("en").vocab


def make_doc(words: list[str], heads: list[int] | None = None, deps: list[str] | None = None,
             pos: list[str] | None = None, tags: list[str] | None = None, lemmas: list[str] | None = None,
             ents: list[str] | None = None, spaces: list[bool] | None = None,
             sent_starts: list[bool] | None = None) -> Doc:
    """``heads`` are absolute token indices (a root points at itself); ``ents`` are IOB tags like
    ``B-PERSON``. Without ``heads``, the doc has no parse."""
    doc = Doc(_VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags,
              lemmas=lemmas or [w.lower() for w in words], ents=ents, sent_starts=sent_starts)
    return doc
