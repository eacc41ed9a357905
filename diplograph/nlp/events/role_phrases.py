"""The phrases both verbal and nominal triggers read for their parties: the prepositions that name
the other party of an act ("aid for Bosnia", "flights to Serbia"), the place it is done in, what a
grievance is over, where a meeting is held; ``prep_targets`` and ``of_objects`` read them
(``roles`` for verbs, ``noun_roles`` for nouns).
"""


from __future__ import annotations

from spacy.tokens import Token

from .parties import np_actors

# Types whose "in X" names who it is done to ("lifted the curfew in Montenegro").
IN_PLACE = frozenset({"CONCEDE", "COERCE", "RETREAT", "MOBILIZE", "PROTEST"})
# Prepositions on an event's object that name the other party ("aid for Bosnia", "flights to Serbia").
OBJECT_PREPS = ("to", "into", "with", "for", "against")
# Prepositions that name what a grievance is over (trigger flag "about").
GRIEVANCE_PREPS = ("over", "about", "against")
# Prepositions that name where a meeting is held or what it is about, not who meets ("talks at
# the UN on Syria").
VENUE_PREPS = frozenset({"at", "on", "over", "about"})


def prep_targets(tok: Token, preps: tuple[str, ...], mentions: list) -> list[str]:
    for p in preps:
        for c in tok.children:
            if c.dep_ in ("prep", "dative") and c.text.lower() == p:
                ids = [a for x in c.children if x.dep_ == "pobj" for a in np_actors(x, mentions)]
                if ids:
                    return ids
    return []


def of_objects(tok: Token) -> list[Token]:
    """"part of its aid", "a suspension of flights": what the quantity or the act is of."""
    return [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]
