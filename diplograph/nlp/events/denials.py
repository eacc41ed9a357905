"""A denial answers whoever made the claim it denies: "Britain blamed Russia for the poisoning.
Moscow denied the accusations" is a REJECT of Britain (PLOVER REJECT: a party rejects another's
proposal, demand or accusation; the rejected party is the recipient). One of the event coder's
outcome rules (``outcomes.OUTCOME_RULES``), read for a REJECT of a claim noun ("denied the
allegations") whose phrase named no maker: a maker on the noun, "the US accusations", "allegations
by Britain", is the trigger's own target already (``roles``). Its words are ``kb/denied_claims.tsv``
(``denied_claims``).

Read too for a denial of an act ("denied any involvement", ``kb/speech_acts.tsv`` pos A) and, through
``speech_acts``, of a gerund or an own clause ("denied meddling", "denied that it used").

Rules, in order (the first that names an accuser wins):
- ``earlier_accuser``: the nearest verb of accusing before the denial, in its sentence or the four
  before, whose accused is the one who denies ("The United States accused China of hacking ...
  Beijing has repeatedly denied the accusations"; the accuser's quoted words and background often
  stand between: "Pakistan accused India of ... “…,” Khan said. “…” India denied those allegations").
- ``apposed_claim_maker``: a claim noun set after the clause it sums up, the denial its relative
  clause ("Nelson said Cruz had impugned Hagel, a claim Cruz denied"): whoever states that clause.
The accuser is never the denier's own side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token

from ...kb import load_table, per_folder
from ..common import window_start
from ..syntax import DIRECT_OBJECT_DEPS, LOGICAL_SUBJECT, agents, is_passive, subject
from .lexicon import Lexicon, object_tokens
from .parties import np_actors, one_side

# How many sentences before the reply's own the request it answers may stand (the reply's paragraph).
SENTENCES_BACK = 2
# How many before a denial's own its accusation may stand: a report gives the accusation, then the
# accuser's quoted words or the background ("In a series of tweets, Trump held ... responsible"), and
# only then the accused's denial. The accused must be the denier, so a wider look back stays safe.
ACCUSATION_SENTENCES_BACK = 4
# Dependents that hold what an accusing verb says happened: "claimed that Iran sent ...".
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


class _Denial(Protocol):
    """What the rule reads and fills of a draft event (``drafts.Draft``)."""

    type: str
    sources: list[str]
    targets: list[str]
    negated: bool


def earlier_accuser(claim: Token, denier: str, actors: dict, lex: Lexicon) -> list[str]:
    """"Trump accused Schiff of leaking the memo. Schiff denied the allegation": the subject of the
    nearest accusing verb (``kb/denied_claims.tsv``) before the denial, in its sentence or the four
    before (``ACCUSATION_SENTENCES_BACK``), whose accused is the denier or the denier's state."""
    return earlier_maker(claim, denier, actors, lex, denied_claims("accusing"), denied_claims("accused_on"),
                         sentences_back=ACCUSATION_SENTENCES_BACK)


def earlier_maker(anchor: Token, responder: str, actors: dict, lex: Lexicon, verbs: frozenset[str],
                  on_verbs: frozenset[str] = frozenset(), nearest_only: bool = False,
                  sentences_back: int = SENTENCES_BACK) -> list[str]:
    """Who made the act a response answers: the subject (a passive's agent) of the nearest verb of
    ``verbs`` before ``anchor``, in its sentence or the ``sentences_back`` before, addressed to the responder or
    its state (its object, passive subject or the subject of its clause; for ``on_verbs`` also the
    object of "on"), beyond the responder's own side. ``nearest_only``: the nearest such verb
    answers, named maker or not ("Asked by reporters, he declined" names no one)."""
    start = window_start(anchor, sentences_back)
    mentions = anchor.doc._.mentions or []
    for tok in reversed(anchor.doc[start:anchor.i]):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
            continue
        addressed = [a for t in _accused(tok, on_verbs) for a in np_actors(t, mentions)]
        if not any(one_side(actors, a, responder) for a in addressed):
            continue
        makers = [a for t in _accusers(tok, lex) for a in np_actors(t, mentions)]
        makers = [a for a in makers if not one_side(actors, a, responder)]
        if makers or nearest_only:
            return makers
    return []


def answered_accuser(d: _Denial, tok: Token, lex: Lexicon) -> bool:
    """Name the recipient of a REJECT of a claim ("denied the allegations") by the first of
    ``ACCUSER_RULES`` that finds its maker."""
    if d.type != "REJECT" or d.targets or d.negated or not d.sources:
        return False
    denied = denied_claims("claim") | denied_act_nouns()
    claim = next((o for o in object_tokens(tok) if o.lemma_.lower() in denied), None)
    if claim is None:
        return False
    actors = tok.doc._.actors or {}
    accusers = next((found for rule in ACCUSER_RULES if (found := rule(claim, d.sources[0], actors, lex))), [])
    d.targets = list(accusers)
    return bool(accusers)


@per_folder
def denied_act_nouns() -> frozenset[str]:
    """The acts a denial takes as its object, ``kb/speech_acts.tsv`` pos A ("denied any
    involvement", "denied collusion"): denying the act one was accused of answers the accuser as
    denying the accusation does ("The US accused Iran of the attack. Iran denied any
    involvement": a REJECT of the United States)."""
    return frozenset(r["word"] for r in load_table("speech_acts") if r["pos"] == "A")


# How a claim noun stands beside the clause it sums up: "India accuses Pakistan of arming the rebels,
# a charge Pakistan denies" (the parser hangs the noun on a word of that clause in one of these ways).
# (or as the object of its verb of saying, "Moreau said Berg had lied, a claim Berg denied", or of its
# verb of making, "Britain published a report Moscow denied").
_APPOSED_DEPS = frozenset({"appos", "npadvmod", "dep", "dobj"})
# How far up from the claim noun the main verb of the clause it sums up may be.
_APPOSED_STEPS = 8


def apposed_claim_maker(claim: Token, denier: str, actors: dict, lex: Lexicon) -> list[str]:
    """"Nelson said Cruz had impugned Hagel's patriotism, a claim Cruz denied", "the Obama
    administration expelled 35 diplomats over the hacking, accusations Moscow denied": a claim noun
    set after a clause, with the denial as its relative clause, sums that clause up, and whoever
    states it made the claim: the subject (a passive's agent) of the clause's main verb, above any
    reported clause ("said Cruz had impugned": Nelson, not Cruz; "It also claims Cohen met Russians,
    a charge he denied": the dossier, no actor, not Cohen), when it names an actor beyond the
    denier's own side."""
    if claim.dep_ not in _APPOSED_DEPS or not _denied_in_relative(claim, denier, actors):
        return []
    tok, steps, main = claim, 0, None
    while tok.head.i != tok.i and steps < _APPOSED_STEPS:
        tok, steps = tok.head, steps + 1
        if tok.pos_ in ("VERB", "AUX"):
            main = tok
    if main is None or main.head.i != main.i:
        return []  # the clause is not the sentence's own
    mentions = claim.doc._.mentions or []
    stating = agents(main) if is_passive(main) else [c for c in main.children if c.dep_ in ("nsubj", "csubj")]
    return [a for t in stating if _names_itself(t) for a in np_actors(t, mentions) if not one_side(actors, a, denier)]


def _denied_in_relative(claim: Token, denier: str, actors: dict) -> bool:
    """"a charge Pakistan denies": the noun's relative clause has the denier (or its side) as subject."""
    mentions = claim.doc._.mentions or []
    return any(s.dep_ in ("nsubj", "csubj") and any(one_side(actors, a, denier) for a in np_actors(s, mentions))
               for c in claim.children if c.dep_ == "relcl" for s in c.children)


ACCUSER_RULES: tuple[Callable[[Token, str, dict, Lexicon], list[str]], ...] = (
    earlier_accuser, apposed_claim_maker,
)


@per_folder
def _denied_claims() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in load_table("denied_claims"):
        out.setdefault(r["class"], set()).add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


def denied_claims(cls: str) -> frozenset[str]:
    """The words of one class of ``kb/denied_claims.tsv``: claim (the nouns a denial denies),
    accusing (the verbs that make a claim), accused_on ("blamed the attacks on Iran" names the
    accused after "on")."""
    return _denied_claims().get(cls, frozenset())


def _accused(verb: Token, on_verbs: frozenset[str]) -> list[Token]:
    """Whom an accusing (or asking) verb accuses: its object ("accused Schiff of", "offered Kyiv a
    loan"), its passive subject ("Iran was blamed"), the subject of the clause it reports ("alleged
    that Russia hacked"), or for "blame" the object of "on" ("attacks Washington blamed on Tehran")."""
    out = [c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS or c.dep_ in ("nsubjpass", "dative")]
    if verb.lemma_.lower() in on_verbs:
        out += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
                for o in p.children if o.dep_ == "pobj"]
    for c in verb.children:
        if c.dep_ in _CLAUSE_DEPS:
            out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return out


def _accusers(verb: Token, lex: Lexicon) -> list[Token]:
    """Who accuses: the subject of an active verb, the "by" phrase of a passive one; only a phrase
    that names its actor itself ("Ukraine and its Western allies accused"), not a description the
    context resolves ("Officials also alleged that the firm defrauded the Libyan government" is no
    accusation by Libya)."""
    if is_passive(verb):
        found = agents(verb)
    else:
        subj, passive = subject(verb, LOGICAL_SUBJECT)
        found = [subj] if subj is not None and not passive else []
    return [t for t in found if _names_itself(t)]


def _names_itself(head: Token) -> bool:
    """A name ("Ukraine", "Sarah Sanders") or a noun a name modifies ("the U.S. intelligence
    community", "Russian officials"), not a bare description ("Officials")."""
    if not head._.actor:
        return False
    return head.pos_ == "PROPN" or any(c.dep_ in ("compound", "amod", "poss") and c._.actor for c in head.children)
