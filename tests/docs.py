"""Build spaCy Docs by hand (words, heads, deps, ents) so rule tests need no statistical model."""

from __future__ import annotations

from collections.abc import Callable

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


def spaced_doc(text: str, ents: dict[str, str] | None = None, pos_of: Callable[[str], str] | None = None,
               sentences: bool = True) -> Doc:
    """A Doc of ``text`` split on spaces. ``ents`` maps a word range "i:j" to a label;
    ``pos_of`` gives each word's POS; with ``sentences``, a sentence starts after each "."."""
    words = text.split()
    tags = ["O"] * len(words)
    for rng, label in (ents or {}).items():
        i, j = map(int, rng.split(":"))
        tags[i] = f"B-{label}"
        for k in range(i + 1, j):
            tags[k] = f"I-{label}"
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))] if sentences else None
    pos = [pos_of(w) for w in words] if pos_of else None
    return Doc(_VOCAB, words=words, ents=tags, pos=pos, sent_starts=starts)


def tag_actors(doc: Doc, names: dict[str, tuple[str, str, str | None]], published: str | None = None) -> Doc:
    """Mark the tokens listed in ``names`` (text -> actor id, kind, country) as actor mentions, as
    the actors component would, and set the Doc attributes the event coder reads."""
    from diplograph.model import Actor

    actors: dict[str, Actor] = {}
    for tok in doc:
        if tok.text in names:
            aid, kind, country = names[tok.text]
            tok._.actor = aid
            actors.setdefault(aid, Actor(aid, tok.text, kind, country))
    doc._.actors = actors
    doc._.mentions = []
    doc._.times = []
    doc._.doc_id = "tabledoc"
    doc._.published = published
    return doc
