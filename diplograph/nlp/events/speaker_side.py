"""A speaker's own state named as the subject of the clause a threat or a pledge reports is the
side that will act, never the one it is aimed at. "Macron threatened that France would expel the
envoys", "the vice president warned that the United States would strike", "Trump promised the US
would respond": the speaker commits the state they speak for (``parties.own_side``), so the
target is the party the reported clause does its act to ("would strike North Korea"), or none
named. The parser often takes that subject for the object of the speech verb, "warned the U.S.
would destroy X" (an object before a complement clause with no subject of its own): it is read
as the clause's subject all the same. Read by ``roles.other_side`` and
``roles.complement_clause_targets`` for verbal triggers, and by ``frames._recode``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import NOMINAL_SUBJECT_DEPS, own_subjects
from .parties import np_actors, own_side

# Types whose reported clause is the speaker's side's own act: a threat ("warned that X would
# strike") and a pledge ("promised that X would help"); a demand's clause is another's act.
COMMITMENT_TYPES = frozenset({"THREATEN", "AGREE"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def reported_subjects(verb: Token) -> list[Token]:
    """The subjects of the finite clauses ``verb`` reports: a complement's own subject, or the
    object the parser hung before a complement that has none ("warned the U.S. would ...")."""
    out: list[Token] = []
    for x in verb.children:
        if x.dep_ != "ccomp":
            continue
        out += own_subjects(x, NOMINAL_SUBJECT_DEPS) or \
            [o for o in verb.children if o.dep_ in _OBJECT_DEPS and o.i < x.i]
    return out


def speaker_side_subjects(verb: Token, type_: str | None, sources: list[str], mentions: list) -> set[str]:
    """The sources' own sides named as the subject of the clause a threat or pledge reports."""
    if type_ not in COMMITMENT_TYPES or not sources:
        return set()
    actors = verb.doc._.actors or {}
    return {a for s in reported_subjects(verb) for a in np_actors(s, mentions)
            if any(own_side(actors, src, a) for src in sources)}


def reported_by_own_side(clause: Token, verb: Token, type_: str | None, sources: list[str], mentions: list) -> bool:
    """Whether the complement ``clause`` of ``verb`` reports an act of the speaker's own side."""
    if clause.dep_ != "ccomp" or clause.head.i != verb.i:
        return False
    subjects = own_subjects(clause, NOMINAL_SUBJECT_DEPS) or \
        [o for o in verb.children if o.dep_ in _OBJECT_DEPS and o.i < clause.i]
    own = speaker_side_subjects(verb, type_, sources, mentions)
    return bool(own) and all(a in own for s in subjects for a in np_actors(s, mentions))
