"""Who gives what an offer or a pledge gives: "offered Israel the support of the United States",
"pledged the full cooperation of the US government", "promised America's help". The party the
"of" phrase or the possessor of the thing offered names is whose help it is, the giver: when it
is the source's own side (the speaker's state, ``parties.own_side``), it is never the recipient
of the offer. The recipient is whom the clause names otherwise ("offered Israel"), or no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import DIRECT_OBJECT_DEPS
from .parties import own_side

# Types of the acts that give something to a recipient (an offer, a pledge, a promise of help;
# aid given).
GIVING_TYPES = frozenset({"AGREE", "AID"})


def givers_named(verb: Token) -> set[str]:
    """The actors named in the "of" phrase or the possessor of the verb's objects ("the support
    of the United States", "America's help"): whose the thing given is."""
    heads = [x for o in verb.children if o.dep_ in DIRECT_OBJECT_DEPS for x in (o, *o.conjuncts)]
    owners = [c for h in heads for c in h.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")]
    return {t._.actor for c in owners for t in c.subtree if t._.actor}


def own_gift(verb: Token, type_: str, sources: list[str], found: list[str]) -> list[str]:
    """``found`` without the source's own side named as the giver of what it offers or gives:
    "Clinton offered Israel the support of the United States" is an offer to Israel, and "Trump
    pledged the full support of the United States" one to a recipient the clause does not name
    (none), never to the United States."""
    if type_ not in GIVING_TYPES or not sources or not found:
        return found
    actors = verb.doc._.actors or {}
    givers = givers_named(verb)
    return [t for t in found if not (t in givers and any(own_side(actors, s, t) for s in sources))]
