"""The relations component (``diplograph_relations``): the phrase matcher over ``kb/relations.tsv``
and the plain Doc -> records function ``find_relations`` (one relation per pair of sides and kind,
from its first statement).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ...kb import activate, override_folder
from ...model import Relation
from ..common import sentence_of
from ..speech.attribution import attribution_of
from ..syntax import is_negated
from .labels import _anchor, _label, _needed_noun, _since, stated_kind
from .no_relation import NO_RELATION
from .pair_rules import PAIR_RULES
from .statement import Pair, Statement, _unit, relation_rows

# Kinds that differ more in wording than in fact; one statement per pair covers them.
KIND_FAMILY = {"alliance": "alignment", "partnership": "alignment"}


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

def _pairs(st: Statement) -> list[Pair]:
    for rule in PAIR_RULES:
        found = rule(st)
        if found is not None:
            named = {str(t._.actor) for t in st.span if t._.actor}  # "Union State" names the tie, not a side
            return [(a, b) for a, b in found if a != b and _unit(st.doc, a) != _unit(st.doc, b)
                    and not {a, b} & named]
    return []


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
        speaker, _ = attribution_of(doc, head)
        st = Statement(doc, span, kind, noun if noun is not None else _anchor(head), speaker)
        if any(rule(st) for rule in NO_RELATION):
            continue
        pairs = _pairs(st)
        if (stated := stated_kind(kind, head)) != kind:
            # a figurative war: an act's sides ("Trump's trade war on China"), else a rivalry's
            # ("Spain and Portugal are locked in a trade war")
            kind = stated
            pairs = pairs or _pairs(Statement(doc, span, kind, st.anchor, speaker))
        for a, b in pairs:
            key = (frozenset({_unit(doc, a), _unit(doc, b)}), KIND_FAMILY.get(kind, kind))
            if key in seen:
                continue
            seen.add(key)
            out.append(Relation(a=a, b=b, kind=kind, label=_label(span), span=(span.start_char, span.end_char),
                                since=_since(doc, sentence_of(span)), speaker=speaker))
    return out


@Language.factory("diplograph_relations", default_config={"kb_dir": None}, assigns=["doc._.relations"],
                  requires=["doc._.actors"])
def make_relations(nlp: Language, name: str, kb_dir: str | None) -> RelationsComponent:
    return RelationsComponent(nlp.vocab, kb_dir)


class RelationsComponent:
    """``doc._.relations``; the phrase matcher over ``kb/relations.tsv`` (the packaged table and
    that of ``kb_dir``; None: ``$DIPLOGRAPH_KB_DIR``) is built once and lives here."""

    def __init__(self, vocab: Vocab, kb_dir: str | None = None) -> None:
        self.kb_dir = override_folder(kb_dir)
        with activate(self.kb_dir):
            self.matcher = build_matcher(vocab)

    def __call__(self, doc: Doc) -> Doc:
        with activate(self.kb_dir):
            doc._.relations = find_relations(doc, self.matcher)
        return doc
