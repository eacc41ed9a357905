"""An act of violence done in an attack whose author the attack's own phrase names: "the
commander was killed in a U.S. drone strike", "two soldiers died ... wounded in an Israeli
airstrike", "the killing of the general in an American raid".

English news names the victim as the subject of a passive verb of violence (or the "of" phrase of
its noun) and the author only inside the phrase of the attack it happened in ("in a U.S. raid",
"during a Russian airstrike"): the verb has no "by" agent, so without this the act has no source,
or the state named by the attack's adjective is read as the place it happened (unidentified
attackers of the United States). The attack's author (its possessor, adjective, compound or "by"
phrase, ``noun_roles.own_parties``) is the agent of the act done in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...kb import WordClass
from .lexicon import Lexicon, Trigger, carrier
from .location import UNNAMED_AGENT_TYPES
from .parties import np_actors

if TYPE_CHECKING:
    from .noun_roles import NounCase

# Prepositions that put an act inside the attack that did it ("killed in a raid", "during a strike").
INSTRUMENT_PREPS = frozenset({"in", "during"})
# Words of death or injury and where their victim is (kb/casualty_words.tsv).
_PASSIVE_VICTIM = WordClass("casualty_words", "passive")
_SUBJECT_VICTIM = WordClass("casualty_words", "intransitive")
_OF_VICTIM = WordClass("casualty_words", "of")


def _of_objects(tok: Token) -> list[Token]:
    return [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]


def instrument_attacks(tok: Token, trig: Trigger, lex: Lexicon) -> list[tuple[Token, Trigger]]:
    """The attack nouns (``UNNAMED_AGENT_TYPES``) in whose "in"/"during" phrase an act of
    violence ``tok`` was done: on the trigger ("was killed in a U.S. raid"), or, for a noun, on
    its "of" phrase, where the parser often hangs it ("the killing of X in a U.S. strike")."""
    if trig.type not in UNNAMED_AGENT_TYPES:
        return []
    heads = [tok, *(_of_objects(tok) if trig.pos == "N" else [])]
    found: list[tuple[Token, Trigger]] = []
    for head in heads:
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ not in INSTRUMENT_PREPS:
                continue
            for x in p.children:
                inner = lex.match(x) if x.dep_ == "pobj" and not x._.actor else None
                if inner is not None and inner.pos == "N" and inner.type in UNNAMED_AGENT_TYPES:
                    found.append((carrier(x), inner))
    return found


def _reports_it_itself(verb: Token, lex: Lexicon) -> bool:
    """"Was killed in a U.S. raid": a verb of violence is coded itself, with the raid's author as its
    agent (``roles.passive_roles``); the raid is the same act, not a second one."""
    trig = lex.match(verb)
    return trig is not None and trig.type in UNNAMED_AGENT_TYPES


def instrument_victims(attack: Token, lex: Lexicon) -> list[Token]:
    """Who an attack noun killed or wounded, named on the word of death or injury whose "in" or
    "during" phrase it is: the passive subject ("X was killed in a U.S. raid"), the noun a
    participle describes ("X, the commander killed in a U.S. strike"), the subject of "died", the
    "of" phrase of "the killing of X" (``kb/casualty_words.tsv``); none for an active "killed", nor
    for a verb of violence that is coded itself."""
    if attack.dep_ != "pobj" or attack.head.lower_ not in INSTRUMENT_PREPS:
        return []
    head = attack.head.head
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and lemma in _OF_VICTIM:
        return _of_objects(head)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _OF_VICTIM:
        return [head]  # "the killing of X in a raid": the parser hangs the phrase on X
    if head.pos_ != "VERB" or _reports_it_itself(head, lex):
        return []
    if lemma in _PASSIVE_VICTIM:
        found = [c for c in head.children if c.dep_ == "nsubjpass"]
        return found or ([head.head] if head.dep_ == "acl" and head.tag_ == "VBN" else [])
    if lemma in _SUBJECT_VICTIM:
        return [c for c in head.children if c.dep_ == "nsubj"]
    return []


def instrument_victim_target(c: NounCase) -> None:
    """"X was killed in a U.S. raid": an attack with an author and no target of its own is done
    to the victim of the death or injury it caused (``instrument_victims``)."""
    if c.sources and not c.targets:
        victims = instrument_victims(c.tok, c.lex)
        c.targets = [a for x in victims for a in np_actors(x, c.mentions) if a not in c.sources]
