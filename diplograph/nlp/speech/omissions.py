"""Omissions: sentences saying an outlet did not report something ("Neither X nor Y mentioned the
remarks", "X made no mention of ..."), one record per outlet named.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...model import Omission
from ..common import column, doc_text, sentence_of
from ..syntax import NOMINAL_SUBJECT_DEPS, is_negated, own_subject
from .attribution import actor_kind

OMIT_VERBS = {"mention", "report", "carry", "publish", "include", "cover", "note", "say", "air", "broadcast", "print"}
OMIT_NOUNS = {"mention", "reference", "report"}
# every verb lemma that can state an omission (the verbs above, and the ones find_omissions tests itself)
OMISSION_LEMMAS = frozenset(OMIT_VERBS) | {"omit", "ignore", "skip", "fail", "decline", "make"}


def find_omissions(doc: Doc) -> list[Omission]:
    """Sentences saying an outlet did not report something: "Neither X nor Y mentioned the
    remarks", "X did not report …", "X made no mention of …", "X omitted …"."""
    out: list[Omission] = []
    lemmas = column(doc, "LEMMA_LOWER")
    for i, pos in enumerate(column(doc, "POS")):
        if pos != "VERB":
            continue
        lemma = lemmas[i]
        if lemma not in OMISSION_LEMMAS:  # cheap test first: most verbs say nothing of reporting
            continue
        v = doc[i]
        sent = sentence_of(v)
        # "did not mention", "Neither X nor Y mentioned": a neg dependent or a correlative subject
        negated = is_negated(v, words=frozenset(), correlative=True)
        what_tok = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
        if lemma in ("omit", "ignore", "skip") or (lemma in ("fail", "decline") and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in OMIT_VERBS for c in v.children)):
            negated = True
            xc = next((c for c in v.children if c.dep_ == "xcomp"), None)
            what_tok = what_tok or (next((c for c in xc.children if c.dep_ == "dobj"), None) if xc else None)
        elif lemma == "make" and what_tok is not None and what_tok.lemma_.lower() in OMIT_NOUNS \
                and any(c.lower_ == "no" for c in what_tok.children):
            negated = True
            what_tok = next((c for c in what_tok.subtree if c.dep_ == "pobj"), what_tok)
        elif lemma not in OMIT_VERBS:
            continue
        if not negated:
            continue
        subj = own_subject(v, NOMINAL_SUBJECT_DEPS)
        if subj is None:
            continue
        outlets = []
        for t in subj.subtree:
            if t._.actor and actor_kind(doc, t._.actor) in ("media", "organization") and t._.actor not in outlets:
                outlets.append(t._.actor)
        what = doc_text(doc)[what_tok.left_edge.idx: what_tok.right_edge.idx + len(what_tok.right_edge.text)] \
            if what_tok is not None else ""
        for aid in outlets:
            out.append(Omission(outlet=aid, what=what, sentence=sent.text.strip(),
                                span=(sent.start_char, sent.end_char)))
    return out
