"""The place of an act a stance is taken on is no recipient of the stance.

"Parliament rejected military action in Syria", "has opposed military intervention in Iran",
"persuade Americans to support military action in Syria", "welcomed the commencement of airstrikes
in Syria", "refused to give the president authority to conduct airstrikes in Kosovo": a refusal,
criticism or support whose object is an act names where that act is done after "in"; the stance is
addressed to whoever proposed or did the act, not to the state where it would happen (the PLOVER
recipient of REJECT/ACCUSE/SUPPORT is the party whose act or proposal is judged). An act is a noun
of the event lexicon or one a force word of ``kb/force_nouns.tsv`` modifies ("military action",
"military intervention"). The actors component also reads such a lowercase force word, "military
action in Syria", as the forces of the sentence's one state, so that word names no one either. A
state the clause names otherwise ("rejected Syria's offensive in Aleppo", "Syrian strikes in Idlib")
stays the recipient; a threat or demand keeps its own readings ("threatened military action in
Syria" is made to Syria).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..common import sentence_of
from .drafts import Draft
from .lexicon import lexicon
from .own_forces import FORCE_NOUNS
from .role_phrases import of_objects

# Types that take a stance on an act or a proposal: their recipient is its author or proposer.
STANCE_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT"})
# Prepositions that put an act in a place ("action in Syria", "strikes inside Syria").
_PLACING_PREPS = frozenset({"in", "inside"})
# Dependents of the anchor that are no part of what the stance is taken on: its subject ("the war in
# Syria drew criticism") and a clause of another act ("rejected the plan and bombed targets in Syria").
_OTHER_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "conj", "advcl", "parataxis"})


def _act_nouns(anchor: Token) -> list[Token]:
    """The nouns of acts under the stance's anchor (the object, an "of" phrase, an infinitive's
    object: "refused to give X authority to conduct airstrikes"): an event noun of the lexicon, or
    a noun a force word of ``kb/force_nouns.tsv`` modifies ("military action", "military intervention"),
    itself no force ("military forces" are a party)."""
    below = [t for c in anchor.children if c.dep_ not in _OTHER_CLAUSE_DEPS for t in c.subtree]
    out = [t for t in (*below, anchor) if t.pos_ == "NOUN" and not t._.actor
           and (lexicon().match(t) is not None or (t.lemma_.lower() not in FORCE_NOUNS and any(
               _force_word(c, t) and c.lemma_.lower() in FORCE_NOUNS for c in t.children)))]
    # "welcomed the commencement of airstrikes in Syria": a phase of an act is placed as the act is
    out += [t for t in below if t.pos_ == "NOUN" and not t._.actor and any(x in out for x in of_objects(t))]
    return list(dict.fromkeys(out))


def _placed_actors(noun: Token) -> dict[str, set[int]]:
    """Actor -> the token indices of the "in X" phrases (with their conjuncts) on the act noun, or
    on the verb that carries it out ("conduct airstrikes in Kosovo"), naming it."""
    out: dict[str, set[int]] = {}
    heads = [noun, noun.head] if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" else [noun]
    for p in (c for h in heads for c in h.children):
        if p.dep_ == "prep" and p.lower_ in _PLACING_PREPS:
            for t in p.subtree:
                if t._.actor:
                    out.setdefault(t._.actor, set()).add(t.i)
    return out


def _force_word(tok: Token, noun: Token) -> bool:
    """A lowercase modifier of the act noun ("military" of "military action") the actors component
    tied to the place's state: it names no one of its own."""
    return tok.head.i == noun.i and tok.dep_ in ("amod", "compound") and tok.is_lower


def act_place_targets(d: Draft) -> set[str]:
    """The targets of a stance that the text names only as the place of the act judged."""
    if d.type not in STANCE_TYPES or not d.targets:
        return set()
    sentence = sentence_of(d.anchor)
    out: set[str] = set()
    for noun in _act_nouns(d.anchor):
        for aid, placed in _placed_actors(noun).items():
            if aid not in d.targets:
                continue
            others = [t for t in sentence if t._.actor == aid and t.i not in placed]
            if all(_force_word(t, noun) for t in others):
                out.add(aid)
    return out
