"""The attack a relative clause of violence is about when the parser hangs it on the attack's
target or place: "an attack on a base in northern Iraq that killed a contractor", "the terrorist
attack at the hotel in Bamako which killed 19", "a rocket attack on an Iraqi Army base that killed".

The parser attaches "which"/"that" to the nearest noun, the place or the thing struck, so the relative
pronoun, the subject of the verb of violence, was read as the hotel, the base or the state of the
place: the place was coded as the killer. A thing or a place does not kill; the attack noun whose
"on"/"at"/"in"/"against" phrase holds it did (its own author, if it names one, is then the killer).
Not "who" (a person), nor a noun that names a person or an armed group itself ("an attack on the
militia that killed ten": the militia may have killed).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import lexicon

# Prepositions that put a thing or a place inside an attack's phrase ("an attack on a base in Iraq").
_ATTACK_PHRASE_PREPS = frozenset({"on", "at", "in", "against", "near", "inside"})
# Relative words of things ("which", "that"); "who" is a person's.
_THING_RELATIVES = frozenset({"which", "that"})
# The types of an attack (``location.UNNAMED_AGENT_TYPES``; imported there from ``parties``, a cycle).
_ATTACK_TYPES = frozenset({"ASSAULT"})
# Kinds of actor that can do violence themselves.
_AGENT_KINDS = frozenset({"person", "group"})
_MAX_CLIMB = 3


def _is_attack(tok: Token, pos: str) -> bool:
    trig = lexicon().match(tok)
    return trig is not None and trig.pos == pos and trig.type in _ATTACK_TYPES


def _names_an_agent(noun: Token) -> bool:
    actor = (noun.doc._.actors or {}).get(noun._.actor) if noun._.actor else None
    return actor is not None and actor.kind in _AGENT_KINDS


def attack_antecedent(pronoun: Token) -> Token:
    """The noun a relative pronoun stands for: the one its clause hangs on, or, when the pronoun is
    the subject of a verb of violence hung on a thing or place in an attack's phrase, that attack."""
    verb = pronoun.head
    noun = verb.head
    if pronoun.lower_ not in _THING_RELATIVES or pronoun.dep_ != "nsubj" or not _is_attack(verb, "V") \
            or _names_an_agent(noun):
        return noun
    cur = noun
    for _ in range(_MAX_CLIMB):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep" or cur.head.lower_ not in _ATTACK_PHRASE_PREPS:
            return noun
        cur = cur.head.head
        if _is_attack(cur, "N"):
            return cur
    return noun
