"""A claim of responsibility names an attack's author: "ISIS claimed responsibility for the
bombing in Kabul", "the Taliban took credit for the attack on the base", "the attack was claimed
by al-Shabab", "Hamas claimed the rocket attack".

The attack noun's own phrase rarely says who did it; the clause that claims it does. Without this
the attack had no author, or an unclaimed attack at a place was coded to "Unidentified attackers"
of that place. Not a claim negated or only possible ("no group has claimed", "Hamas did not claim
responsibility", "may claim"): the claimant must be named and the claim made (``mood.irrealis``).
The words are ``kb/responsibility_claims.tsv``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...kb import WordClass
from ..mood import irrealis
from ..syntax import agents, is_negated, subject
from .lexicon import Lexicon
from .location import UNNAMED_AGENT_TYPES, location_source
from .parties import np_actors

if TYPE_CHECKING:
    from .noun_roles import NounCase

_CLAIM_VERBS = WordClass("responsibility_claims", "verb")
_CLAIMED_NOUNS = WordClass("responsibility_claims", "noun")
_DIRECT_CLAIMS = WordClass("responsibility_claims", "direct")
# Prepositions that say where a claimed attack happened ("the bombing in Kabul").
_PLACE_PREPS = frozenset({"in", "at", "near", "outside"})


def claiming_verb(attack: Token) -> Token | None:
    """The verb that claims ``attack``: "claimed responsibility/credit for the attack", "claimed the
    attack", "the attack was claimed by X", "the attack, claimed by X" (and the attacks listed
    with it: "claimed the mall attack and another attack at a university"); None otherwise."""
    while attack.dep_ == "conj" and attack.head.pos_ == "NOUN":
        attack = attack.head
    if attack.dep_ == "pobj" and attack.head.lower_ == "for":
        noun = attack.head.head
        verb = noun.head
        if noun.lemma_.lower() in _CLAIMED_NOUNS and noun.dep_ in ("dobj", "nsubjpass") \
                and verb.pos_ == "VERB" and verb.lemma_.lower() in _CLAIM_VERBS:
            return verb
        return None
    if attack.dep_ in ("dobj", "nsubjpass") and attack.head.lemma_.lower() in _DIRECT_CLAIMS:
        return attack.head
    return next((c for c in attack.children if c.dep_ == "acl" and c.lemma_.lower() in _DIRECT_CLAIMS
                 and agents(c)), None)


def claimant_source(c: NounCase) -> None:
    """"ISIS claimed responsibility for the bombing in Kabul": an attack with no author of its own
    is the act of whoever claims it (the subject, or the agent of a passive claim), unless the
    claim is negated or only possible."""
    if c.sources or c.trig.type not in UNNAMED_AGENT_TYPES:
        return
    c.sources = [a for a in claimants(c.tok, c.lex, c.mentions) if a not in c.targets]
    if c.sources and not c.targets:
        c.targets = attacked_place(c.tok, c.sources)


def claimants(attack: Token, lex: Lexicon, mentions: list) -> list[str]:
    """Who claims ``attack`` (``claiming_verb``): the subject, or the agent of a passive claim;
    none when the claim is negated or only possible."""
    verb = claiming_verb(attack)
    if verb is None or is_negated(verb) or irrealis(verb, lex.irrealis) is not None:
        return []
    by = agents(verb)
    subj, passive = subject(verb, lex.subjects) if not by else (None, False)
    found = by or ([subj] if subj is not None and not passive else [])
    return list(dict.fromkeys(a for x in found for a in np_actors(x, mentions)))


def attacked_place(attack: Token, sources: list[str]) -> list[str]:
    """"ISIS claimed the bombing in Kabul": a claimed attack that names no target is done to the
    state where it happened (as an unclaimed one is, ``component._home_state``), in an "in", "at"
    or "near" phrase of its own, else the place of its clause (``location.location_source``);
    never to the claimant itself."""
    actors = attack.doc._.actors or {}
    for prep in attack.children:
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS:
            found = [a for x in prep.children if x.dep_ == "pobj" for a in np_actors(x)
                     if a in actors and actors[a].kind == "state" and a not in sources]
            if found:
                return found
    where = location_source(attack, [])  # "the attack at a university in Garissa in eastern Kenya"
    return [where] if where is not None and where not in sources and where in actors \
        and actors[where].kind == "state" else []
