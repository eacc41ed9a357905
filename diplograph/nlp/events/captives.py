"""The possessor of a captor is the captive: "Foley's captors demanded a ransom", "his executioner
blamed U.S. air strikes", "the reporter's kidnappers released a video" are acts of those who hold or
killed the person the possessive names, never of that person. A modifier that is no possessive,
"Taliban captors", "North Korean jailers", still names their side. The nouns are
``kb/captor_nouns.tsv``; ``parties.modifier_parties`` reads ``possessor_is_captive``.

A person seized, captured or held by an armed non-state group is abducted, not arrested: "militants
seized two soldiers", "a pilot captured by the Taliban" (PLOVER ASSAULT mode abduct; an arrest, COERCE,
is a state's police or forces). Rows of ``kb/events.tsv`` with the flag ``captors`` read
``taken_by_armed_group``; the groups are ``kb/armed_groups.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import WordClass
from ..syntax import agents, is_passive, participle_passive, subject_of

CAPTOR_NOUNS = WordClass("captor_nouns", "captor")
ARMED_GROUP_NOUNS = WordClass("armed_groups", "noun")
ARMED_ORGANIZATIONS = WordClass("armed_groups", "organization")


def possessor_is_captive(mod: Token, head: Token) -> bool:
    """``mod`` is the possessive of a captor noun ``head``: the one held or killed, no party."""
    return mod.dep_ == "poss" and head.lemma_.lower() in CAPTOR_NOUNS


def taken_by_armed_group(verb: Token) -> bool:
    """The taker of ``verb`` (its "by" phrase when passive, else its logical subject) is an armed
    non-state group: "militants", "pro-Russian separatists", "Islamic militants" (the noun or its
    modifier), or a name resolved to one of the groups ("ISIS", "Islamic State fighters")."""
    takers = agents(verb) if _passive(verb) else [subject_of(verb)]
    return any(t is not None and _armed_group(t) for t in takers)


def _passive(verb: Token) -> bool:
    """"was captured by", "an American captured by": passive; a participle with its own object,
    "militants arrested dozens" (parsed as a participle on "militants"), is active."""
    return is_passive(verb) or (participle_passive(verb) and not any(c.dep_ in ("dobj", "obj") for c in verb.children))


def _armed_group(tok: Token) -> bool:
    if tok.lemma_.lower() in ARMED_GROUP_NOUNS:
        return True
    actor = tok._.actor
    return bool(actor) and actor.split(":", 1)[-1] in ARMED_ORGANIZATIONS
