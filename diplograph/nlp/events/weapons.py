"""A missile launched at no one is a weapons test: "North Korea launched a short-range ballistic
missile", "test-fired an ICBM", "fired a missile into the sea", "over Japan" are shows of force
(PLOVER MOBILIZE), not attacks. One of the event coder's outcome rules (``outcomes.OUTCOME_RULES``);
its words are ``kb/weapon_tests.tsv`` (``Lexicon.weapon_*``).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from ..syntax import DIRECT_OBJECT_DEPS
from .lexicon import Lexicon


class _Coded(Protocol):
    """What the rule reads and recodes of a draft event (``drafts.Draft``)."""

    type: str
    cameo: str | None
    mode: str | None
    targets: list[str]


def weapon_test(d: _Coded, tok: Token, lex: Lexicon) -> bool:
    """"North Korea launched a short-range ballistic missile", "test-fired an ICBM": a ballistic
    missile launched at no party is a weapons test, a show of force (MOBILIZE), not an attack;
    "fired ballistic missiles at U.S. bases" keeps its target and stays an ASSAULT, and so do
    missiles "11 of which hit the base"."""
    if d.type != "ASSAULT" or (d.targets and not _overflight(tok, lex)):
        return False
    weapons = [o for o in tok.children if o.dep_ in (*DIRECT_OBJECT_DEPS, "nsubjpass")]
    # the words of the object phrase as written ("a short-range ballistic missile", "an ICBM")
    words = {w for o in weapons for w in tok.doc[o.left_edge.i:o.i + 1].text.lower().split()}
    tested = (bool(words & lex.weapon_tests) or _lands_nowhere(tok, weapons, lex) or _trial(tok, weapons, lex)
              or bool(d.targets))  # a launch over its recipient only (``_overflight``)
    if not tested or any(w.lemma_.lower() in lex.weapon_impacts and w.pos_ == "VERB" for w in tok.subtree):
        return False
    d.type, d.cameo, d.mode = "MOBILIZE", "150", None
    return True


def _overflight(tok: Token, lex: Lexicon) -> bool:
    """"fired a missile over Japan": the recipient is only flown over (a show of force against it),
    not hit ("at", "on", "against", "into" a party); rockets "over" a place are fired into it."""
    weapons = [o for o in tok.children if o.dep_ in DIRECT_OBJECT_DEPS]
    if not any(o.lemma_.lower() in lex.weapon_overflights for o in weapons):
        return False
    heads = [tok, *weapons]
    preps = {c.lower_ for h in heads for c in h.children if c.dep_ == "prep"}
    return "over" in preps and not preps & {"at", "on", "against", "into", "toward", "towards"}


def _trial(tok: Token, weapons: list[Token], lex: Lexicon) -> bool:
    """"test-fired a missile", "tried to launch a missile but it failed", "a missile that
    malfunctioned": a launch called a test or a failure (``kb/weapon_tests.tsv`` trial, failure)
    by a modifier of the verb, a clause on the missile, or the next clause of the attempt ("but it
    failed"), not by a circumstance ("after the talks failed, they fired rockets")."""
    if any(c.lemma_.lower() in lex.weapon_trials for c in tok.children if c.dep_ in ("npadvmod", "compound", "advmod")):
        return True
    attempt = tok
    while attempt.dep_ in ("xcomp", "ccomp") and attempt.head.i != attempt.i:
        attempt = attempt.head  # "tried to launch ... but it failed"
    reports = [*attempt.conjuncts, *(c for w in weapons for c in w.children if c.dep_ in ("relcl", "amod"))]
    return any(w.lemma_.lower() in lex.weapon_trials for w in reports)


def _lands_nowhere(tok: Token, weapons: list[Token], lex: Lexicon) -> bool:
    """"fired a missile into the sea", "launched a rocket into space", "a rocket carrying a
    satellite": a launch that lands in no party's place or carries a payload (``kb/weapon_tests.tsv``
    landing, payload) is a test or a space launch."""
    landed = any(p.dep_ == "prep" and p.lower_ in ("into", "in") and any(
        x.dep_ == "pobj" and x.lemma_.lower() in lex.weapon_landings for x in p.children)
        for head in (tok, *weapons) for p in head.children)
    return landed or any(w.lemma_.lower() in lex.weapon_payloads for o in weapons for w in o.subtree)
