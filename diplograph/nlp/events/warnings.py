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

A warning whose reported clause tells what is or was, or what ought to be, and no consequence at all
("warned that Moscow had moved artillery", "warned that al-Qaeda is tied to the attacks",
"warned that the envoy should not be trusted") threatens no repercussion either: ``told_as_fact``.
Its clause has no modal of possibility, no future (also "is going to", "is prepared to"), no
condition; only a deontic modal of counsel (``kb/irrealis.tsv`` class concur-view); and its subject
names a party (a statement with none, "warned that time is not unlimited", may veil a threat), is
no pronoun (one may stand for the warner or the one warned: "warned Iran that it faces ...") and
names neither the warner's side nor the addressee's ("warned that the United States is ready").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..mood import irrealis_reasons
from ..syntax import ACTIVE_SUBJECT_DEPS, LOGICAL_SUBJECT, SUBJECT_DEPS, is_to_infinitive, subject
from .realis import realis_classes

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
    """Any warning but one of a risk or of a fact: "warned Iran not to ...", "warned that it would respond"."""
    return risk_told(verb) is None and not told_as_fact(verb)


def told_as_fact(verb: Token) -> bool:
    """"warned that Moscow had moved artillery", "warned Lee that Seoul's vote was lost", "warned
    that the envoy should not be trusted": the reported clause of a warning states what is,
    was or ought to be and names no consequence, so nobody threatens anything (module docstring)."""
    clause = _reported_clause(verb)
    if clause is None or _names_a_consequence(clause):
        return False
    said = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if said is None or said.pos_ == "PRON" or not _party_named(said):
        return False  # "warned Iran that it faces ...": the one warned, or the warner; "that time is not unlimited"
    warner, _ = subject(verb, LOGICAL_SUBJECT)
    addressees = [c for c in verb.children if c.dep_ in _ADDRESSEE_DEPS]
    return not any(_own_side(said, party) for party in (warner, *addressees))


def _party_named(said: Token) -> bool:
    """"Serbia", "Serbia's army", "the Serbian move", "the release of the Serbian prisoners": the subject
    names a party, or whose thing it is; "time to settle the Serbian question" does not."""
    heads = [said, *(p for c in said.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj")]
    return any(t._.actor for h in heads for t in (h, *(c for c in h.children if c.dep_ in _OWNER_DEPS)))


def _own_side(phrase: Token, party: Token | None) -> bool:
    """The phrase names the party itself, or a state or body of the party's side ("the United States"
    for a US envoy); another person of the party's country ("warned that Trump should not rush" of an
    American analyst) is not the party's side."""
    if party is None:
        return False
    mine = _sides(party)
    actors = phrase.doc._.actors or {}
    return any(t._.actor and (t._.actor in mine or _country(t) in mine and _kind(actors, t) != "person")
               for t in phrase.subtree)


def _kind(actors: dict, tok: Token) -> str:
    actor = actors.get(tok._.actor)
    return actor.kind if actor is not None else ""


def _reported_clause(verb: Token) -> Token | None:
    """The finite "that" clause a verb of warning reports, not a "to" infinitive ("warned X to leave")."""
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and not is_to_infinitive(c)), None)


def _names_a_consequence(clause: Token) -> bool:
    """Whether the clause tells of an act ahead: its predicate leads to a "to" infinitive ("is going to
    be a price", "was prepared to conduct a strike"), or it is not plainly realis (a modal of
    possibility, a future, a condition); a deontic modal ("should not be trusted") is counsel."""
    from .lexicon import irrealis_words  # not at the top: the lexicon imports this module for its flags

    words = irrealis_words()
    if any(c.dep_ == "advcl" and irrealis_reasons(c, words) for c in clause.children):
        return True  # "... if Iran strikes"
    deontic = realis_classes("concur-view")
    if any(a.dep_ == "aux" and a.lower_ in deontic for a in clause.children):
        return False  # "should not rush to strike": counsel, whatever it counsels
    last = clause
    while (nxt := next((c for c in last.children if c.dep_ in _PREDICATE_DEPS), None)) is not None:
        if is_to_infinitive(nxt):
            return True
        last = nxt
    return bool(irrealis_reasons(clause, words))


# The predicate a clause leads on to: its open complement or predicate adjective ("was ready to").
_PREDICATE_DEPS = frozenset({"xcomp", "acomp"})


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
