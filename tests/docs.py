"""Build spaCy Docs by hand (words, heads, deps, ents) so rule tests need no statistical model."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence

import spacy
from spacy.tokens import Doc

from diplograph.kb.gazetteer import gazetteer
from diplograph.model import Actor, TimeExpr
from diplograph.nlp.actors import Recognizer, find_actors
from diplograph.nlp.extensions import Mention

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
    known: dict[str, Actor] = {}
    tagged: dict[int, str] = {}
    for tok in doc:
        if tok.text in names:
            aid, kind, country = names[tok.text]
            tagged[tok.i] = aid
            known.setdefault(aid, Actor(aid, tok.text, kind, country))
    return annotate(doc, tagged, known, doc_id="tabledoc", published=published)


# One token of a hand-built parse: (word, lemma, POS, dependency, head index[, fine tag]).
Row = tuple


def parse(rows: Sequence[Row], actors: Mapping[int, str] | None = None, known: Mapping[str, Actor] | None = None,
          *, mentions: bool = False, times: Sequence[TimeExpr] = (), sent_starts: list[bool] | None = None,
          ents: list[str] | None = None, doc_id: str = "testdoc", published: str | None = None) -> Doc:
    """The one builder of parsed Docs for rule tests. ``rows`` give each token; ``actors`` maps a
    token index to the actor id it mentions (``token._.actor``) and ``known`` the actor records
    (``doc._.actors``, copied). With ``mentions``, every tagged token is also a ``Mention`` in
    ``doc._.mentions`` (else that list is empty, as when no actors component ran)."""
    doc = make_doc([r[0] for r in rows], lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
                   deps=[r[3] for r in rows], heads=[r[4] for r in rows],
                   tags=[r[5] if len(r) > 5 else "" for r in rows], sent_starts=sent_starts, ents=ents)
    return annotate(doc, actors, known, mentions=mentions, times=times, doc_id=doc_id, published=published)


# "... said the border would stay shut .": the reported clause after "said" in ``said_sentence``
# (heads relative to the clause's first word; -1 is "said").
_SAID_TAIL = [("the", "the", "DET", "det", 1), ("border", "border", "NOUN", "nsubj", 3),
              ("would", "would", "AUX", "aux", 3), ("stay", "stay", "VERB", "ccomp", -1),
              ("shut", "shut", "ADJ", "acomp", 3), (".", ".", "PUNCT", "punct", -1)]


def said_sentence(opening: list[Row], said: int) -> list[Row]:
    """Rows of "<opening> said the border would stay shut .": the opening words, "said" at index
    ``said`` (the root), then the reported clause; for rules that read who speaks through "said"."""
    base = said + 1
    tail = [(w, lem, pos, dep, said if head == -1 else head + base) for w, lem, pos, dep, head in _SAID_TAIL]
    return [*opening, ("said", "say", "VERB", "ROOT", said), *tail]


# "Serbia warned France on Monday .": the dated opening of the news peg tests ("Monday" is token 4).
WARNED_ON_MONDAY: list[Row] = [
    ("Serbia", "serbia", "PROPN", "nsubj", 1), ("warned", "warn", "VERB", "ROOT", 1, "VBD"),
    ("France", "france", "PROPN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
    ("Monday", "monday", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]
# "Serbia warned France on Monday . France replied .": their lead of two sentences, and its actors.
PEG_LEAD: list[Row] = [*WARNED_ON_MONDAY, ("France", "france", "PROPN", "nsubj", 7),
                       ("replied", "reply", "VERB", "ROOT", 7, "VBD"), (".", ".", "PUNCT", "punct", 7)]
PEG_LEAD_ACTORS = {0: "state:SRB", 2: "state:FRA", 6: "state:FRA"}


def shifted(rows: Sequence[Row], by: int) -> list[Row]:
    """``rows`` whose head indices count from their own first token, placed after ``by`` tokens."""
    return [(w, lemma, pos, dep, head + by, *rest) for w, lemma, pos, dep, head, *rest in rows]


def states_doc(rows: Sequence[Row], actors: Mapping[int, str], starts: Sequence[int], *,
               published: str | None = None, ents: list[str] | None = None) -> Doc:
    """``parse`` with each actor a state named by its id ("state:SRB": country SRB) and a sentence
    starting at each index of ``starts``: the story of the news peg tests."""
    known = {a: Actor(a, a, "state", a[-3:]) for a in actors.values()}
    return parse(rows, actors, known, sent_starts=[i in starts for i in range(len(rows))], ents=ents,
                 published=published)


def annotate(doc: Doc, actors: Mapping[int, str] | None = None, known: Mapping[str, Actor] | None = None,
             *, mentions: bool = False, times: Sequence[TimeExpr] = (), doc_id: str = "testdoc",
             published: str | None = None) -> Doc:
    """Set what the components before the rule under test would have set (see ``parse``)."""
    for i, a in (actors or {}).items():
        doc[i]._.actor = a
    doc._.actors = dict(known or {})
    doc._.mentions = [Mention(i, i + 1, doc[i].idx, doc[i].idx + len(doc[i].text), a, doc[i].text)
                      for i, a in sorted((actors or {}).items())] if mentions else []
    doc._.times = list(times)
    doc._.doc_id = doc_id
    doc._.published = published
    return doc


@functools.cache
def actor_recognizer() -> Recognizer:
    """The actors component's matchers over the knowledge base, for the hand-built vocab (built once)."""
    return Recognizer(_VOCAB, gazetteer())


def recognize(doc: Doc) -> tuple[dict[str, Actor], list[Mention]]:
    """``find_actors`` with the shared recognizer."""
    return find_actors(doc, actor_recognizer())
