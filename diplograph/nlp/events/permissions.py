"""Whom a refusal, a promise or an agreement to permit an act is made to.

"Riyadh agreed to allow Turkish officials to search the consulate", "Moscow refused to let the
inspectors of the IAEA visit the site", "Kabul offered to allow U.S. investigators to question
him": the act agreed to, offered or refused is a permission, and the party it permits to act is
whom the agreement, offer or refusal is made to (PLOVER AGREE and REJECT name the other party).
The parser hangs that party as the subject of the permitted clause ("allow [officials] to
search": ``nsubj`` of the ``ccomp``), so the plain object reading of the open complement passes
it by. Only through a verb of permission (``kb/permission_verbs.tsv``) and only for the directed
acts of ``targets.WRAPPING_TYPES``: "threatened to let the deadline pass" names no party.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import WordClass
from .parties import np_actors
from .targets import WRAPPING_TYPES

PERMISSION_VERBS = WordClass("permission_verbs", "permission")
# How the permitted act hangs on the verb of permission: "allow X to search" (ccomp with its
# own subject), or an open complement whose subject the parser attaches to it.
_PERMITTED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


def permitted_parties(clause: Token, type_: str, mentions: list, sources: list[str]) -> list[str]:
    """The actors the subject of the act a verb of permission permits names ("to allow Turkish
    officials to search": Turkey), for a REQUEST, REJECT or AGREE whose open complement ``clause``
    is that verb; [] otherwise."""
    if type_ not in WRAPPING_TYPES or clause.lemma_.lower() not in PERMISSION_VERBS:
        return []
    found: list[str] = []
    for act in clause.children:
        if act.dep_ not in _PERMITTED_CLAUSE_DEPS:
            continue
        for subj in act.children:
            if subj.dep_ == "nsubj":  # not "allow the bodies to be returned": no party acts
                found += [a for a in np_actors(subj, mentions) if a not in sources and a not in found]
    return found
