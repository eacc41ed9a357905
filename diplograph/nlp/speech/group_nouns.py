"""The body a definite group noun names by repeating its head: "Russia's Foreign Ministry denounced
the sanctions. Malaysia asked for an inquiry. “…,” the ministry said" -- the Russian Foreign
Ministry, not Malaysia, the fitting actor named last; "the Obama administration's policy on Syria
... The administration has said" -- the United States that phrase named, not Syria.

A definite "the ministry", "the administration", "the agency" repeats the head noun of a phrase
that named the body before; read like a pronoun by the kinds it may stand for, it took the nearest
state or organisation of any phrase. So the nearest earlier phrase headed by the same noun, outside
quotes, decides when it names an actor of a kind the noun may stand for (its own mention, the name
it is in apposition to, a compound name). Definite repeats of the noun that name nobody are read
past. Otherwise (no such phrase, or one that names no fitting actor: "the Paris-based group") the
caller resolves the description as before. Body nouns ("the government", "the regime") keep their own
rule (``bodies.described_body``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .attribution_table import Attribution

_LOOKBACK = 400  # tokens: how far back "the ministry" may find the phrase it repeats
_HOPS = 6  # definite repeats that name nobody, read past


def _own_actor(tok: Token) -> str | None:
    """The actor the phrase ``tok`` heads names as itself: its own mention, the name it is in
    apposition to ("Gift of Givers, the aid group"), or a compound name ("the Metropolitan Police
    Department"); not a possessive or a place ("London's department", "the Paris-based group"),
    which names whose or where the body is."""
    if tok._.actor:
        return tok._.actor
    if tok.dep_ == "appos" and tok.head._.actor:
        return tok.head._.actor
    return next((c._.actor for c in tok.children if c.dep_ == "compound" and c._.actor and c.i < tok.i), None)


def _bare_repeat(tok: Token) -> bool:
    """"the ministry": a definite repeat of the noun alone, naming nobody itself."""
    return all(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children if c.i < tok.i) \
        and any(c.dep_ == "det" for c in tok.children)


def same_noun_reference(doc: Doc, subj: Token, att: Attribution, kinds: tuple[str, ...]) -> str | None:
    """The actor of ``kinds`` the nearest earlier phrase outside quotes headed by the subject's noun
    names (read past bare repeats of it); None when there is no such phrase or it names no actor
    of those kinds (the caller then resolves the description as before)."""
    noun = subj.lemma_.lower()
    actors = doc._.actors or {}
    hops = 0
    for t in reversed(doc[max(0, subj.i - _LOOKBACK):subj.i]):
        if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() != noun or att.in_quote(t.idx):
            continue
        found = _own_actor(t)
        if found is None and _bare_repeat(t) and hops < _HOPS:
            hops += 1
            continue
        actor = actors.get(found) if found else None
        return found if actor is not None and actor.kind in kinds else None
    return None
