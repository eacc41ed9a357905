"""A reply answers whoever made the request, demand or offer it replies to: "Berlin asked Warsaw
to take in more refugees. Warsaw refused" is a REJECT of Germany, "The North demanded that the
South halt the broadcasts; the South rejected the ultimatum" a REJECT of North Korea (PLOVER
REJECT: a party rejects another's proposal, demand or request; AGREE/CONCEDE: it accepts an offer
or yields to a demand; the answered party is the recipient). One of the event coder's outcome rules
(``outcomes.OUTCOME_RULES``), read after the denials (``denials.answered_accuser``).

A reply ("refused", "declined", "accepted", "turned down") names no party when its object is a
bare noun of the thing asked ("rejected the demand"; "rejected Trump's demand" or "the offer from
Moscow" already reach their maker through ``roles``) or when it has none ("Warsaw refused",
"declined to pay"). Its maker is then the one of the nearest asking verb before it, in its sentence
or the two before, addressed to the one who replies (``denials.earlier_maker``): an earlier request
made of someone else is not the one answered. Words: ``kb/answered_requests.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import load_table, per_folder
from ..common import DEFINITE_DETERMINERS
from ..syntax import DIRECT_OBJECT_DEPS
from .denials import earlier_maker
from .drafts import Draft
from .lexicon import Lexicon

_REPLY_TYPES = frozenset({"REJECT", "AGREE", "CONCEDE"})


@per_folder
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in load_table("answered_requests"):
        out.setdefault(r["class"], set()).add(r["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def _class(name: str) -> frozenset[str]:
    return _words().get(name, frozenset())


def _is_reply(verb: Token) -> bool:
    """"refused", "turned down": a reply verb of the table, its particles present."""
    if verb.pos_ != "VERB":
        return False
    particles = {c.lemma_.lower() for c in verb.children if c.dep_ == "prt"}
    for row in _class("reply"):
        head, *rest = row.split()
        if head == verb.lemma_.lower() and all(p in particles for p in rest):
            return True
    return False


def _answers_no_one(verb: Token) -> bool:
    """No object, or a noun of the thing asked with no owner ("rejected the demand", "refused repeated
    requests"): the reply names what it answers, never whose it was (a maker the noun's own modifiers
    name, "the US demand", is already the target, ``roles``)."""
    objects = [c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS or c.dep_ in ("dative", "nsubjpass")]
    return all(o.lemma_.lower() in _class("asked") and not any(c.dep_ == "poss" for c in o.children)
               and all(c.lower_ in DEFINITE_DETERMINERS for c in o.children if c.dep_ == "det")
               for o in objects)


def answered_request(d: Draft, tok: Token, lex: Lexicon) -> bool:
    """"Seoul asked Tokyo to lift the curbs. Tokyo refused": a reply with no party of its own takes
    as target whoever made the nearest request, demand or offer addressed to the one who replies."""
    if d.type not in _REPLY_TYPES or d.targets or d.negated or d.hypothetical or not d.sources:
        return False
    verb = d.anchor if _is_reply(d.anchor) else tok
    if not _is_reply(verb) or not _answers_no_one(verb):
        return False
    asking = _class("asking") | _class("asking_on")
    makers = earlier_maker(verb, d.sources[0], tok.doc._.actors or {}, lex, asking, _class("asking_on"),
                           nearest_only=True)
    d.targets = list(makers)
    return bool(makers)
