"""Whose conduct a cause phrase names: "Washington punished Havana over its support for the
regime", "Berlin blasted Moscow for its backing of the rebels", "Tokyo thanked Seoul for its help".

A verb of judging, punishing, thanking or asking with a direct object gives its reason in a
"for"/"over" phrase, and a possessive pronoun opening that phrase stands for the object: the
object is punished, blamed or thanked for its own conduct. This is the nominal sibling of
``syntax.from_controlling_object`` ("accused Russia of invading": the gerund is the object's act).
Read as a possessive bound by the clause's subject (``pronouns.bound_possessive``), "its support"
became the punisher's own act. So is the party a measure is aimed at: "imposed sanctions on Russia over
its annexation of Crimea". ``pronouns.reproached_object`` takes the first of them that agrees with
the pronoun; this module finds them.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import DIRECT_OBJECT_DEPS

# The prepositions of the reason a judged party is judged for: "punished X over its", "thanked X for its".
CAUSE_PREPS = frozenset({"for", "over"})
# The prepositions naming whom a measure is aimed at: "sanctions on Russia", "sanctions against Iran".
MEASURE_PREPS = frozenset({"on", "against"})


def judged_parties(pron: Token) -> list[Token]:
    """The parties, nearest first, whose cause phrase the possessive ``pron`` opens: the verb's
    direct object ("punished Havana over its support": Havana), or whom the measure it names or
    that is its object is aimed at ("imposed sanctions on Russia over its annexation": Russia),
    wherever the parse hangs the phrase (the verb, the object, the measure, the party). None
    elsewhere: an empty list."""
    noun = pron.head
    if pron.dep_ != "poss" or noun.dep_ != "pobj":
        return []
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in CAUSE_PREPS:
        return []
    host = prep.head
    if host.dep_ == "pobj" and host.head.lower_ in MEASURE_PREPS:
        return [host]  # "sanctions on Russia for its annexation" hung on Russia
    if host.dep_ in DIRECT_OBJECT_DEPS and host.head.pos_ == "VERB":
        return [host, *_aimed_at(host)]  # "for its help" hung on the object
    if host.pos_ == "NOUN":
        return _aimed_at(host)  # "sanctions against Russia for its annexation"
    if host.pos_ != "VERB":
        return []
    objects = [c for c in host.children if c.dep_ in DIRECT_OBJECT_DEPS and c.i < prep.i]
    return [t for obj in objects for t in (obj, *_aimed_at(obj))]


def _aimed_at(measure: Token) -> list[Token]:
    """Whom a noun's "on"/"against" phrase names: "sanctions on Russia"."""
    return [p for c in measure.children if c.dep_ == "prep" and c.lower_ in MEASURE_PREPS
            for p in c.children if p.dep_ == "pobj"]
