"""Parties named together as the subject of a meeting are one side when the meeting names its
partner apart. "Lukashenko and Xi met" is one meeting of the two (``component._expand`` pairs
coordinated sources when no recipient is found); but "the two ministers met with local leaders",
"A, B and C continued consultations with key figures abroad" tell a meeting of A, B and C together
with others, and none of them is the partner of the rest. PLOVER CONSULT is a meeting between its
source and its target: when the partner its "with" phrase names is no actor, the consultation has
no recipient to code and gives no record, as a consultation with none found does.

The "with" phrase names a partner only when its object is a noun phrase of its own: not a reciprocal
("met with each other"), nor the subject's own people, a noun a possessive pronoun binds ("met with
only their interpreters present"), nor a pronoun.
"""

from __future__ import annotations

from spacy.tokens import Token

from .drafts import Draft

# The objects of "with" that name the meeting parties themselves, not a partner apart ("met with
# each other", "with one another").
_RECIPROCAL_HEADS = frozenset({"other", "another"})
# Parts of speech of a noun phrase head naming a party.
_PARTY_HEADS = frozenset({"NOUN", "PROPN"})


def _partner_apart(pobj: Token) -> bool:
    """``pobj`` heads a noun phrase naming someone besides the subject: "local leaders", "key
    figures abroad"; not "each other", nor "their interpreters"."""
    if pobj.pos_ not in _PARTY_HEADS or pobj.lower_ in _RECIPROCAL_HEADS:
        return False
    return not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in pobj.children)


def with_partner_apart(anchor: Token) -> bool:
    """The meeting's own "with" phrase names a partner besides its coordinated subject: "met with
    local leaders", "consultations with key figures"."""
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(
        x.dep_ == "pobj" and _partner_apart(x) for x in p.children) for p in anchor.children)


def coordinated_subject_meets_apart(d: Draft) -> bool:
    """A consultation of several sources and no recipient whose "with" phrase names a partner that
    is no actor: the sources meet together, not each other."""
    return d.type == "CONSULT" and len(d.sources) > 1 and with_partner_apart(d.anchor)
