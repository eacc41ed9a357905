"""Whom a request or an evaluation is addressed to when the clause names it in a phrase that the
plain object reading passes by, so that a bystander the clause also names is not taken for it.

* "called on other countries to condemn Iran", "appealed to the international community to
  press Israel": the phrase after the verb's preposition of address is whom the request is made
  of. What the infinitive is done to (Iran, Israel) is not the addressee, even when the
  addressee is a phrase that names no actor we know.
* "criticized the administration's handling of Libya", "praised his approach to Syria": an
  evaluation of a party's conduct is addressed to the party whose conduct it is (the possessor),
  never to what the conduct is about.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Trigger
from .parties import ASKING_TYPES, np_actors
from .pronouns import bound_possessive

# Prepositions through which a verb of asking names whom it asks: "called on X", "called upon
# X", "appealed to X", "pleaded with X" (each followed by the infinitive of what is asked).
ADDRESS_PREPS = frozenset({"on", "upon", "to", "with"})
_PHRASE_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Prepositions by which a party's conduct says what it is about or aimed at: "handling of",
# "approach to", "actions toward", "policy on", "response in", "war against" ("with" names a
# partner instead).
_ABOUT_PREPS = frozenset({"of", "to", "toward", "towards", "on", "in", "against", "over", "about", "regarding"})


def addressee_phrases(verb: Token) -> list[Token]:
    """"called on other countries to condemn Iran": the heads of the phrases the verb's
    preposition of address governs, when an infinitive says what is asked of them (without one,
    "called on Monday", "appealed to reason", the phrase is no addressee)."""
    if not _governs_an_infinitive(verb):
        return []
    return [x for p in verb.children if p.dep_ == "prep" and p.lower_ in ADDRESS_PREPS
            for x in p.children if x.dep_ == "pobj" and x.pos_ in _PHRASE_POS]


def object_addressees(verb: Token) -> list[Token]:
    """"urged member countries to cut ties with X", "encouraged all nations to isolate X": the
    verb's direct objects, when an infinitive of its own says what is asked of them (object
    control). Such an object is whom the request is made of even when it names no actor we know;
    what the infinitive is done to (X) is not asked anything. Without the infinitive ("urged
    restraint") the object is what is asked for, no addressee."""
    if not _governs_an_infinitive(verb):
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in _PHRASE_POS]


def _governs_an_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


def asks_an_addressee(verb: Token, trig: Trigger) -> bool:
    """A request whose preposition of address names whom it is made of ("called on world
    leaders to ..."), whether or not that phrase names an actor we know."""
    return trig.type in ASKING_TYPES and bool(addressee_phrases(verb))


def addressed_parties(verb: Token, mentions: list, sources: list[str]) -> list[str]:
    """"called on Russia to withdraw from Ukraine": the actors the phrases of address name (for
    a frame that governs its event through the infinitive, the request is made of Russia, not
    of Ukraine)."""
    return [a for x in addressee_phrases(verb) for a in np_actors(x, mentions) if a not in sources]


# The possessive pronoun each subject pronoun binds ("he ordered his ministers").
_SUBJECT_POSSESSIVES = {"he": "his", "she": "her", "it": "its", "they": "their"}


def own_people_addressed(verb: Token, obj: Token, mentions: list, sources: list[str]) -> bool:
    """"Netanyahu ordered his ministers to stay silent", "she told her officials to cooperate", "he
    urged his government to get guarantees": the object of a request, possessed by a pronoun the
    request's own subject binds, is the asker's own people, no other party; whatever state or body
    the parse reads into the bare noun ("ministers", "officials") is not asked. A name as subject
    binds through ``pronouns.bound_possessive``; a subject pronoun binds its own possessive. The
    caller says whether the verb asks (``asks_own_people``)."""
    if obj.dep_ not in ("dobj", "obj"):
        return False
    poss = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if poss is None or obj.pos_ != "NOUN":
        return False
    bound = bound_possessive(poss, mentions)
    if bound is not None:
        return bool(bound) and all(a in sources for a in bound)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and _SUBJECT_POSSESSIVES.get(subj.lower_) == poss.lower_


def asks_own_people(verb: Token, trig: Trigger, obj: Token, mentions: list, sources: list[str]) -> bool:
    """A request (``ASKING_TYPES``) of the asker's own people (``own_people_addressed``)."""
    return trig.type in ASKING_TYPES and own_people_addressed(verb, obj, mentions, sources)


def conduct_owner(obj: Token) -> Token | None:
    """"the administration's handling of Libya", "his approach to Syria": the possessor of an
    object that is not itself an actor and says what it is about; an evaluation of the object
    is addressed to the possessor. Not "Syria's allies, Russia and Iran" (the object names the
    parties, it is about nothing), nor "the country's relationship with X" (a partner is a
    party of the relationship itself)."""
    preps = {c.lower_ for c in obj.children if c.dep_ == "prep"}
    if obj._.actor or not preps & _ABOUT_PREPS or "with" in preps:
        return None
    return next((c for c in obj.children if c.dep_ == "poss"), None)
