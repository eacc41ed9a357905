"""The counterpart of a withdrawal from, or a refusal of, an agreement the text named earlier by its
state and now names only by a definite description. "the Iran nuclear deal ... since Trump pulled out
of the nuclear deal", "the 2015 agreement with Iran ... the US withdrew from the agreement": the state
that the nearest earlier mention of an agreement names, by a modifier ("the Iran deal") or a "with"
phrase ("the deal with Iran"), is the party the withdrawal or rejection is done to (PLOVER REJECT,
RETREAT: the other party of the agreement). The description's own modifiers must be among the earlier
mention's ("the nuclear deal" refers back to "the Iran nuclear deal", never to "the trade deal"); an
agreement named here with a party of its own is read by the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import WordClass

AGREEMENT_NOUNS = WordClass("actor_words", "agreement_noun")
# Types done to the other party of an agreement: leaving it, rejecting or reneging on it.
DEAL_TYPES = frozenset({"REJECT", "RETREAT"})
_DEFINITE = frozenset({"the", "that", "this"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
# Prepositions by which a verb or its particle names what is left or rejected: "withdrew from", "pulled
# out of", "reneged on".
_LEFT_PREPS = frozenset({"from", "of", "on"})


def left_agreements(verb: Token) -> list[Token]:
    """The agreement nouns a verb leaves or rejects: its object, or the object of its preposition or of
    its particle's ("pulled out of the deal")."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    for p in (c for c in verb.children if c.dep_ in ("prep", "prt")):
        preps = [p, *(q for q in p.children if q.dep_ == "prep")]  # "out" -> "of", as prep or particle
        heads += [o for q in preps if q.lower_ in _LEFT_PREPS for o in q.children if o.dep_ == "pobj"]
    return [h for h in heads if h.lemma_.lower() in AGREEMENT_NOUNS]


def _modifiers(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in _MODIFIER_DEPS]


def _named_states(noun: Token) -> list[str]:
    """The states an agreement's own phrase names: a modifier ("the Iran deal") or "with" phrase."""
    actors = noun.doc._.actors or {}
    found = [m._.actor for m in _modifiers(noun)]
    found += [o._.actor for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
              for o in p.children if o.dep_ == "pobj"]
    return [a for a in found if a and a in actors and actors[a].kind == "state"]


def referred_deal_parties(noun: Token) -> list[str]:
    """"the nuclear deal" after "the Iran nuclear deal": the states the nearest earlier mention of an
    agreement whose modifiers include the description's names; none when it names none."""
    if noun._.actor or _named_states(noun) or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return []
    wanted = {m.lemma_.lower() for m in _modifiers(noun)}
    doc = noun.doc
    for i in range(noun.i - 1, -1, -1):
        t = doc[i]
        if t.lemma_.lower() in AGREEMENT_NOUNS and t.pos_ == "NOUN":
            states = _named_states(t)
            if states and wanted <= {m.lemma_.lower() for m in _modifiers(t)}:
                return states
    return []
