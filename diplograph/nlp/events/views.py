"""What a verb of agreement shares as a view rather than an act agreed on (kb/irrealis.tsv class
concur-view): "agreed that Snowden should return", "agreed with Hawley that the bill must change".
PLOVER AGREE is a commitment to cooperate; agreeing that something ought to happen commits no one
to do it. Read by ``frames.opinion_agreement``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .realis import realis_classes

_FIRST_PLURAL = frozenset({"we", "us"})


def deontic_clause(clause: Token, parties: frozenset[str] = frozenset()) -> bool:
    """"that X should return", "that pressure must continue": a "that" clause whose modal is one of
    obligation states what ought to be, a view, not the act the parties bind themselves to. Not one
    whose subject is the agreeing parties themselves, "agreed that we should meet", "agreed that the
    EU and the US should keep working together": what they owe each other is their commitment."""
    if not any(a.dep_ == "aux" and a.lower_ in realis_classes("concur-view") for a in clause.children):
        return False
    subjects = [t for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree]
    return not any(t.lower_ in _FIRST_PLURAL or (t._.actor and t._.actor in parties) for t in subjects)

