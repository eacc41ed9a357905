"""A withdrawal declared, not carried out: "announced the withdrawal of U.S. troops", "Trump's
decision to pull troops from Syria", "his December order to withdraw troops", "announced that the
U.S. will withdraw its forces" report the declaration, a verbal yield (PLOVER CONCEDE: the manual
splits CAMEO 08 YIELD into verbal CONCEDE and material RETREAT), not the withdrawal done (RETREAT)
nor a promise to a party (AGREE). One of the event coder's outcome rules (``outcomes.OUTCOME_RULES``,
read before the intended act becomes an agreement); its words are ``kb/declaring_words.tsv``.
A withdrawal reported done stays RETREAT: "announced it had withdrawn its troops" (a finite clause
in the past under the declaring verb), "withdrew its troops after the decision" (not governed).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from ... import kb
from ..syntax import is_negated
from .lexicon import Lexicon
from .own_forces import FORCE_NOUNS

# The RETREAT mode of a withdrawal of forces (kb/events.tsv: withdraw, pull, withdrawal, pullout ...).
_WITHDRAWAL_MODE = "withdraw"
# Dependencies by which a declared act hangs below the word declaring it: "the decision to pull
# troops" (acl), "announced a withdrawal" (dobj), "the announcement of a withdrawal" (prep, pobj),
# "announced that the U.S. will withdraw" (ccomp), "announced plans to withdraw" (acl under dobj).
_DECLARED_DEPS = frozenset({"acl", "xcomp", "ccomp", "dobj", "obj", "pobj", "prep", "compound"})
_DECLARING = kb.WordClass("declaring_words", "declare")
_DECIDING = kb.WordClass("declaring_words", "decide")


class _Coded(Protocol):
    """What the rule reads and recodes of a draft event (``drafts.Draft``)."""

    type: str
    cameo: str | None
    mode: str | None
    negated: bool
    hypothetical: bool


def declared_withdrawal(d: _Coded, tok: Token, lex: Lexicon) -> bool:
    """"announced the withdrawal of troops", "the decision to pull troops out of Syria": a
    withdrawal of forces a word of announcing or deciding governs is a declared withdrawal
    (CONCEDE, CAMEO 080 yield, told, not done), made when declared; like any concession it is
    done to the party it yields to, never at home (``parties.DONE_TO_OTHERS_CAMEO``)."""
    if d.type != "RETREAT" or d.mode != _WITHDRAWAL_MODE or d.negated or not _of_forces(tok):
        return False
    if _declaring_word(tok) is None:
        return False
    d.type, d.cameo, d.mode, d.hypothetical = "CONCEDE", "080", None, False
    return True


def _of_forces(tok: Token) -> bool:
    """The withdrawal moves forces (``kb/force_nouns.tsv``): its object, its "of" phrase or its
    modifier names them ("withdraw troops", "the withdrawal of U.S. forces", "troop withdrawals"),
    not a bill, a candidacy or a membership ("the withdrawal of the extradition bill", "its withdrawal
    from the Human Rights Council")."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "obj", "compound", "nsubjpass")]
    heads += _of_phrase(tok)
    heads += [o for h in list(heads) for o in _of_phrase(h)]  # "withdraw all of its forces"
    return any(h.lemma_.lower() in FORCE_NOUNS for h in heads)


def _of_phrase(tok: Token) -> list[Token]:
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _declaring_word(tok: Token) -> Token | None:
    """The word of announcing or deciding, at most three steps above the trigger, that governs it;
    not a negated one ("did not announce a withdrawal"), nor one reporting a finite clause of a
    withdrawal already done ("announced that it had withdrawn", "said it withdrew")."""
    t = tok
    for _ in range(3):
        if t.dep_ not in _DECLARED_DEPS or t.head.i == t.i:
            return None
        if t.dep_ == "ccomp" and _told_done(t):
            return None
        t = t.head
        lemma = t.lemma_.lower()
        if lemma in _DECLARING or lemma in _DECIDING:
            return None if is_negated(t) else t
    return None


def _told_done(clause: Token) -> bool:
    """A finite clause in the simple past or perfect ("it withdrew", "it had withdrawn"), not one
    to come or under way ("will withdraw", "was withdrawing")."""
    auxes = [a for a in clause.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() in ("will", "would", "shall", "be") or a.tag_ == "MD" for a in auxes):
        return False
    return clause.tag_ in ("VBD", "VBN")
