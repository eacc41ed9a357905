"""A warning of a risk is no threat. PLOVER THREATEN is "all threats, coercive or forceful warnings
with serious potential repercussions" (CAMEO 13): the warner, or its side, would bring the
repercussion about. "Canberra warned that Washington's tariffs could cause a recession", "the envoy
warned that the unrest might spread" say what someone else's act or a situation may lead to: a
prediction, which PLOVER codes only as the criticism of the act it names (ACCUSE: "express
disapprovals ... decry a policy or an action"), else not at all.

The sense checks are flags of ``kb/events.tsv`` rows (``lexicon.COMPLEMENT_RULES``): the ACCUSE row
with flag ``predicts`` is read only when ``predicts_a_risk`` (the risk is a named party's act), the
THREATEN row with flag ``coercive`` only when ``warns_coercively``; a risk with no party's act ("warned
that the unrest might spread") is neither. A warning told to an addressee ("warned Iran that it
could face ..."), one whose clause is passive ("could be punished": by the warner) or whose
subject is a pronoun that can stand for the warner ("Iran warned it could strike") or names the
warner's side ("warned that its forces could strike") keeps the threat.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..syntax import ACTIVE_SUBJECT_DEPS, LOGICAL_SUBJECT, subject

# The modals of possibility (Quirk et al. 4.53-4.54): "may cause", "could spread" tell a risk; "will"
# and "would" ("would pay a heavy price") state the consequence a warner promises.
POSSIBILITY_MODALS = frozenset({"may", "might", "could", "can"})
# Third-person pronouns by whether they can stand for a person ("he could be armed") or for a state,
# a body or a thing ("they could undermine the truce").
_PERSONAL = frozenset({"he", "she"})
_IMPERSONAL = frozenset({"it", "they"})
# Dependents that name whom the warning is addressed to.
_ADDRESSEE_DEPS = frozenset({"dobj", "obj", "dative", "iobj"})
# Dependents of a noun that name whose act it is: "Washington's tariffs", "any Russian move", "U.S. sanctions".
_OWNER_DEPS = frozenset({"poss", "amod", "compound"})


def predicts_a_risk(verb: Token) -> bool:
    """"Canberra warned that Washington's tariffs could cause a recession", "warned that any Russian
    move could derail the talks": a warning of the risk an act of a named party (its owner, or the
    party an adjective or compound names) may bring decries that act."""
    said = risk_told(verb)
    return said is not None and not said._.actor and any(
        c.dep_ in _OWNER_DEPS and c._.actor for c in said.children)


def warns_coercively(verb: Token) -> bool:
    """Any warning but one of a risk: "warned Iran not to ...", "warned that it would respond"."""
    return risk_told(verb) is None


def risk_told(verb: Token) -> Token | None:
    """The subject of what a warning says may happen: a warning with no addressee whose "that"
    clause, under a modal of possibility, has an active subject that is neither a pronoun nor of
    the warner's side ("the unrest" in "warned that the unrest might spread")."""
    if verb.pos_ != "VERB" or any(c.dep_ in _ADDRESSEE_DEPS for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or not any(a.dep_ == "aux" and a.lower_ in POSSIBILITY_MODALS for a in clause.children):
        return None
    said = next((c for c in clause.children if c.dep_ in ACTIVE_SUBJECT_DEPS), None)
    if said is None or any(c.dep_ == "nsubjpass" for c in clause.children):
        return None
    warner, _ = subject(verb, LOGICAL_SUBJECT)
    if said.pos_ == "PRON" and _may_be(said, warner):
        return None  # "warned (that) it could strike": the warner's own act
    return None if same_side(said, warner) else said


def _may_be(pronoun: Token, warner: Token | None) -> bool:
    """Whether a pronoun can stand for the warner: "he"/"she" for a person, "it"/"they" for a state or
    a body, "we"/"I" for either ("prosecutors warned he could be armed": someone else; "Putin warned
    they could undermine the truce": something else). With the warner unknown, it can."""
    named = [] if warner is None else [t for t in (warner, *warner.subtree) if t._.actor]
    actor = (warner.doc._.actors or {}).get(named[0]._.actor) if warner is not None and named else None
    if actor is None:
        return True
    word = pronoun.lower_
    if word in _PERSONAL:
        return actor.kind == "person"
    if word in _IMPERSONAL:
        return actor.kind != "person"
    return True


def same_side(phrase: Token, party: Token | None) -> bool:
    """"Iran warned that Iranian forces could strike": a word of the phrase names the party of the
    other phrase (or the state it serves)."""
    if party is None:
        return False
    mine = _sides(party)
    return any(t._.actor and (t._.actor in mine or _country(t) in mine) for t in phrase.subtree)


def _sides(tok: Token) -> set[str]:
    actors = {t._.actor for t in tok.subtree if t._.actor}
    return actors | {c for t in tok.subtree if t._.actor and (c := _country(t))}


def _country(tok: Token) -> str:
    actor = (tok.doc._.actors or {}).get(tok._.actor) if tok._.actor else None
    return f"state:{actor.country}" if actor is not None and actor.country else ""
