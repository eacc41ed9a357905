"""Who gives what an offer or a pledge gives: "offered Israel the support of the United States",
"pledged the full cooperation of the US government", "promised America's help". The party the
"of" phrase or the possessor of the thing offered names is whose help it is, the giver: when it
is the source's own side (the speaker's state, ``parties.own_side``), it is never the recipient
of the offer. The recipient is whom the clause names otherwise ("offered Israel"), or no one.

What an offer offers: the aim of an act offered, pledged or readied ("offered to send satellite
images to help Nigeria", "is prepared to deploy advisers to help Iraq") is offered with it, an
agreement to the one it would help, not help given (``offered_purpose``, a ``frames.TRIGGER_RULES``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ... import kb
from ..syntax import DIRECT_OBJECT_DEPS, governor, is_negated, is_to_infinitive
from .drafts import Climb, Step
from .lexicon import COOPERATIVE, Lexicon
from .outcomes import _INTENT_CAMEO
from .parties import own_side

# "stands ready to help", "is prepared to assist", "is willing to send": readiness offers the act.
READINESS = kb.WordClass("offer_words", "readiness")

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


def offering_word(act: Token, lex: Lexicon) -> Token | None:
    """The verb of offer or promise (``kb/event_frames.tsv`` effect promise: "offered", "pledged",
    "vowed") or the adjective of readiness (``READINESS``) whose "to" infinitive ``act`` is, not
    negated ("was not prepared to send" offers nothing); None otherwise ("plans to send", "sent")."""
    if act.dep_ != "xcomp" or not is_to_infinitive(act):
        return None
    word = governor(act)
    frame = lex.frame(word, via=act) if word is not None else None
    if frame is None or word is None or is_negated(word):
        return None
    offers = frame.effect == "promise" or (frame.effect == "intend" and word.lower_ in READINESS)
    return word if offers else None


def offered_purpose(c: Climb) -> Step | None:
    """"China offered to send satellite images to help Nigeria find the girls", "the US is
    prepared to assist the Iraqi army with helicopters to help them retake the city", "pledged to
    provide $70 million to help Israel pay for its missile defence": the purpose clause of an act
    offered, pledged or readied states what the offer is for; the help is offered, not given: an
    agreement (PLOVER AGREE, CAMEO 03 "express intent to cooperate", 033 "to provide aid") of the
    offerer to the one it would help. The climb stops at a purpose clause (``syntax.governor``), so
    this reads the offering word over the act the clause is the purpose of."""
    d, tok = c.d, c.tok
    if d.type not in COOPERATIVE or d.type == "AGREE" or d.negated or not d.targets:
        return None  # "offered to build a submarine to aid the effort": offered to no one named
    if tok.dep_ != "advcl" or not is_to_infinitive(tok) or offering_word(tok.head, c.lex) is None:
        return None
    d.type, d.cameo, d.mode = "AGREE", _INTENT_CAMEO.get(d.type), None
    return None
