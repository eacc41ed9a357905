"""Relations: statements of how two actors stand to each other ("Russia's No. 1 ally", "an
all-weather comprehensive strategic partnership", "ties are strained"), typed by ``kb/relations.tsv``.

A relation word names its holder and its partner through the parse: "X, a close ally of Y",
"X is regarded as Y's ally", "described X as Y's ally", "the X-Y partnership", "ties between X
and Y"; failing that, the two actors of different countries that the sentence names.
"""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..kb import load_table, split_list
from ..model import Relation
from .common import doc_text, sentence_of
from .speech.attribution import actor_kind, attribution_of
from .syntax import NOMINAL_SUBJECT_DEPS, is_negated, own_subject

# Words that make a relation word refer to the two sides the context names ("bilateral ties").
RECIPROCAL = {"bilateral", "their", "our", "we", "mutual", "two"}
FOUNDING_VERBS = {"upgrade", "establish", "form", "sign", "forge", "launch", "create", "elevate", "announce"}
LABEL_DEPS = ("amod", "compound", "nummod", "quantmod", "advmod", "npadvmod", "nmod", "punct", "cc", "conj")


@functools.cache
def relation_rows() -> tuple[tuple[tuple[str, ...], str, frozenset[str]], ...]:
    return tuple((tuple(r["words"].split()), r["kind"], frozenset(split_list(r["needs"])))
                 for r in load_table("relations"))


class RelationMatcher:
    """The table's phrases, each word matched by its lemma or its lowercase form. Two phrase
    matchers do this at a fraction of the cost of token patterns."""

    def __init__(self, vocab: Vocab) -> None:
        self.by_lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.by_lower = PhraseMatcher(vocab, attr="LOWER")
        for n, (words, _kind, _needs) in enumerate(relation_rows()):
            self.by_lemma.add(f"rel{n}", [Doc(vocab, words=list(words), lemmas=list(words))])
            self.by_lower.add(f"rel{n}", [Doc(vocab, words=list(words))])

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return sorted(set(self.by_lemma(doc)) | set(self.by_lower(doc)))


def build_matcher(vocab: Vocab) -> RelationMatcher:
    return RelationMatcher(vocab)


def _unit(doc: Doc, aid: str) -> str:
    """Actors of one state count as one side ("Lukashenko" and "Belarus")."""
    a = (doc._.actors or {}).get(aid)
    return (a.country if a and a.country else aid) or aid


def _np_actor(tok: Token) -> str | None:
    """The non-media actor a noun phrase names (its head first, then its name parts)."""
    for t in [tok, *[c for c in tok.children if c.dep_ in ("compound", "flat", "appos")], *tok.subtree]:
        if t._.actor and actor_kind(t.doc, t._.actor) != "media":
            return t._.actor
    return None


def _partner(head: Token) -> str | None:
    """Y of "ally of Y", "Y's ally", "ties with Y", "partner to Y", "war against Y"."""
    for c in head.children:
        if c.dep_ == "poss" and _np_actor(c):
            return _np_actor(c)
        if c.dep_ == "prep" and c.lower_ in ("of", "with", "to", "against", "on", "for"):
            for p in c.children:
                if p.dep_ == "pobj" and _np_actor(p):
                    return _np_actor(p)
    return None


def _holder(head: Token) -> str | None:
    """X of "X, an ally of Y", "X is (regarded as) Y's ally", "described X as Y's ally",
    "meet old friend X", "X has close ties with Y"."""
    cur = head
    if cur.dep_ == "compound" and cur.head._.actor:  # "old friend Xi Jinping": the friend is named
        return None
    if cur.dep_ == "appos":
        return _np_actor(cur.head)
    if cur.dep_ == "pobj" and cur.head.lower_ == "as":
        cur = cur.head
    verb = cur.head
    if cur.dep_ in ("attr", "acomp", "prep", "oprd", "dobj", "xcomp", "pobj") and verb.pos_ in ("VERB", "AUX"):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i != cur.i), None)
        if obj is not None and _np_actor(obj):
            return _np_actor(obj)
        subj = own_subject(verb, NOMINAL_SUBJECT_DEPS)
        if subj is not None and _np_actor(subj):
            return _np_actor(subj)
    return None


def _named_pair(head: Token) -> tuple[str, str] | None:
    """Both sides named in the phrase: "the Sino-Russia partnership", "ties between X and Y"."""
    ids: list[str] = []
    for c in head.children:
        if c.i < head.i and c.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            ids += [t._.actor for t in c.subtree if t._.actor and actor_kind(t.doc, t._.actor) != "media"]
        if c.dep_ == "prep" and c.lower_ == "between":
            ids += [t._.actor for t in c.subtree if t._.actor and actor_kind(t.doc, t._.actor) != "media"]
    distinct = list(dict.fromkeys(ids))
    return (distinct[0], distinct[1]) if len(distinct) >= 2 else None


def _sentence_pair(doc: Doc, sent: Span, words: Span) -> tuple[str, str] | None:
    """The first two actors of different countries in the sentence; for a reciprocal word
    ("bilateral ties", "our relations") with one side named, the last other side met before."""
    ids = [t._.actor for t in sent if t._.actor and actor_kind(doc, t._.actor) != "media"
           and not words.start <= t.i < words.end]
    seen: dict[str, str] = {}
    for aid in ids:
        seen.setdefault(_unit(doc, aid), aid)
    if len(seen) >= 2:
        a, b = list(seen.values())[:2]
        return a, b
    if len(seen) == 1 and {t.lower_ for t in sent} & RECIPROCAL:
        (unit, a), = seen.items()
        for t in reversed(doc[max(0, sent.start - 80):sent.start]):
            if t._.actor and actor_kind(doc, t._.actor) != "media" and _unit(doc, t._.actor) != unit:
                return a, t._.actor
    return None


def _needed_noun(head: Token, needs: frozenset[str]) -> Token | None:
    """The relation noun a word like "strained" needs, within a few words of it ("ties are
    strained", "strained ties"); a window rather than the parse, which often misattaches it."""
    sent = sentence_of(head)
    window = sent.doc[max(sent.start, head.i - 4):min(sent.end, head.i + 4)]
    near = sorted((t for t in window if t.i != head.i and (t.lemma_.lower() in needs or t.lower_ in needs)),
                  key=lambda t: abs(t.i - head.i))
    return near[0] if near else None


def _label(span: Span) -> str:
    """The relation words with their modifiers ("all-weather comprehensive strategic partnership")."""
    head = span[-1]
    left = span.start
    for c in head.lefts:
        if c.dep_ in LABEL_DEPS and not any(t._.actor for t in c.subtree):
            left = min(left, c.left_edge.i)
    while left < span.start and span.doc[left].is_punct:
        left += 1
    return span.doc[left:span.end].text.strip("“”\"‘’ ,")


def _since(doc: Doc, head: Token, sent: Span) -> str | None:
    times = [t for t in (doc._.times or []) if sent.start_char <= t.span[0] < sent.end_char and t.value]
    if not times:
        return None
    for t in times:
        if doc_text(doc)[max(sent.start_char, t.span[0] - 6):t.span[0]].lower().strip().endswith("since"):
            return t.value
    verbs = {t.lemma_.lower() for t in sent if t.pos_ == "VERB"}
    return times[0].value if verbs & FOUNDING_VERBS else None


# Kinds stated by an act (a war, sanctions): both sides must be named in the phrase itself.
ACT_KINDS = {"conflict", "sanctions"}
IMPOSING_VERBS = {"impose", "launch", "wage", "start", "begin", "slap", "expand", "extend", "announce", "unleash"}
# Kinds that differ more in wording than in fact; one statement per pair covers them.
KIND_FAMILY = {"alliance": "alignment", "partnership": "alignment"}


def _anchor(head: Token) -> Token:
    """The relation noun an adjective describes ("strained ties", "ties are strained")."""
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ != "amod":
        return head
    if head.dep_ == "amod":
        return head.head
    for verb in (head, head.head):  # "relations are strained" / "relationship is strained"
        subj = own_subject(verb, NOMINAL_SUBJECT_DEPS)
        if subj is not None:
            return subj
    return head


def _act_pair(head: Token) -> tuple[str, str] | None:
    """"Russia's invasion of Ukraine", "sanctions from the West on Belarus", "Moscow launched its
    invasion of Ukraine": the actor and the target of an act."""
    actor = target = None
    for c in head.children:
        if c.dep_ == "poss" and _np_actor(c):
            actor = _np_actor(c)
        if c.dep_ == "prep":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            aid = _np_actor(pobj) if pobj is not None else None
            if aid and c.lower_ in ("from", "by"):
                actor = aid
            elif aid and c.lower_ in ("of", "on", "against", "in") and target is None:
                target = aid
    if actor is None and head.dep_ == "dobj" and head.head.lemma_.lower() in IMPOSING_VERBS:
        subj = own_subject(head.head, ("nsubj",))
        actor = _np_actor(subj) if subj is not None else None
    if actor and target and actor != target:
        return actor, target
    return None


def _pair(doc: Doc, span: Span, kind: str, noun: Token | None = None) -> tuple[str, str] | None:
    head = span[-1]
    anchor = noun if noun is not None else _anchor(head)
    if kind in ACT_KINDS:
        return _act_pair(anchor)
    pair = _named_pair(anchor)
    if pair is None:
        b = _partner(anchor) or (anchor.head._.actor if anchor.dep_ == "compound" else None)
        if b is None:  # "the U.S. top trade partner"
            b = next((t._.actor for c in anchor.lefts if c.dep_ in ("compound", "nmod")
                      for t in c.subtree if t._.actor and actor_kind(doc, t._.actor) != "media"), None)
        a = _holder(anchor)
        if a is None and b is not None:
            a = _holder_of_clause(anchor)
        pair = (a, b) if a and b and _unit(doc, a) != _unit(doc, b) else None
    if pair is not None and set(pair) & {t._.actor for t in span}:  # "Union State" names the tie, not a side
        pair = None
    if pair is None:
        pair = _sentence_pair(doc, sentence_of(span), span)
    return pair


def find_relations(doc: Doc, matcher: RelationMatcher | None = None) -> list[Relation]:
    """One relation per (pair of sides, kind) in a document, from its first statement."""
    matcher = matcher or build_matcher(doc.vocab)
    rows = relation_rows()
    spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in matcher(doc)])
    out: list[Relation] = []
    seen: set[tuple[frozenset[str], str]] = set()
    for span in spans:
        _words, kind, needs = rows[int(doc.vocab.strings[span.label][3:])]
        head = span[-1]
        noun = _needed_noun(head, needs) if needs else None
        # "ties are not strained": a neg on the word or on its head (no "never"/"no" words here)
        if (needs and noun is None) or is_negated(head, words=frozenset(), through_head=True):
            continue
        pair = _pair(doc, span, kind, noun)
        if pair is None:
            continue
        key = (frozenset({_unit(doc, pair[0]), _unit(doc, pair[1])}), KIND_FAMILY.get(kind, kind))
        if key in seen:
            continue
        seen.add(key)
        speaker, _ = attribution_of(doc, head)
        out.append(Relation(a=pair[0], b=pair[1], kind=kind, label=_label(span),
                            span=(span.start_char, span.end_char), since=_since(doc, head, sentence_of(span)),
                            speaker=speaker))
    return out


def _holder_of_clause(tok: Token) -> str | None:
    """The subject of the clause a phrase sits in ("Lukashenko expressed his pleasure to meet
    old friend Xi")."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            subj = own_subject(cur, NOMINAL_SUBJECT_DEPS)
            if subj is not None and _np_actor(subj):
                return _np_actor(subj)
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


@Language.factory("diplograph_relations", default_config={}, assigns=["doc._.relations"],
                  requires=["doc._.actors"])
def make_relations(nlp: Language, name: str) -> RelationsComponent:
    return RelationsComponent(build_matcher(nlp.vocab))


class RelationsComponent:
    def __init__(self, matcher: RelationMatcher) -> None:
        self.matcher = matcher

    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = find_relations(doc, self.matcher)
        return doc
