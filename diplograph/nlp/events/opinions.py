"""Reported obligations that are opinions, not demands (read by ``speech_acts.reported_obligation``).

"Britain said France should withdraw" is a demand on France (CAMEO 10); but a modal of obligation
in reported speech also states what the speaker thinks ought to be, asked of no party: PLOVER
dropped CAMEO's comment categories (01, 02), so such an opinion is no event. Each rule of
``NOT_A_DEMAND`` names one construction that makes the reported "should"/"must"/"need to" such an
opinion; the first that applies drops the record:

- the speaker is a commentator, a person known only by a title of research (an analyst, an
  expert, a professor: ``kb/speech_acts.tsv`` pos K), who assesses what a party must do but is no
  party to the interaction ("X, an analyst at the institute, said Iraq must go on the offensive");
- the addressee is a coordination that holds the speaker or the speaker's own state ("Germany said
  Germany and France should work together"): a joint course proposed, not a demand on the other;
- the addressee is "it" and the clause a copula with its predicate ("said it must remain
  undivided", "said it should be easy for others to join"): the state of a thing, no act asked.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...kb import load_table, per_folder

# Copulas whose predicate states what a thing is or stays, not an act of its subject.
_COPULAS = frozenset({"be", "remain", "stay"})
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})


@per_folder
def commentator_titles() -> frozenset[str]:
    """``kb/speech_acts.tsv`` pos K: the titles (as ``kb/titles.tsv`` records them) of people who
    comment on politics and hold no office in it."""
    return frozenset(r["word"] for r in load_table("speech_acts") if r["pos"] == "K")


def commentator_speaker(clause: Token, addressee: Token, sources: list[str], targets: list[str]) -> bool:
    """"Retired general X, now an analyst at an institute, said Iraq must go on the offensive",
    "Professor Y said Washington should talk to Tehran": a speaker every role of whom is a title
    of commentary (``commentator_titles``) assesses what a party must do; PLOVER codes the acts of
    the parties, and the comment categories of CAMEO are gone. A speaker with any other role
    ("a senator and former professor") is kept."""
    actors = clause.doc._.actors or {}
    titles = commentator_titles()
    for sid in sources:
        actor = actors.get(sid)
        if actor is None or actor.kind != "person" or not actor.roles:
            return False
        if not all(r.title in titles for r in actor.roles):
            return False
    return bool(sources)


def joint_course(clause: Token, addressee: Token, sources: list[str], targets: list[str]) -> bool:
    """"Germany said Germany and France should work together", "Trump argued that the United
    States and Russia should cooperate", "they agreed that the EU and the US should keep up the
    pressure": an addressee coordination holding the speaker, or the speaker's own state, is a
    course the speaker proposes for its own side with a partner (a "we should"), no demand on the
    partner. A single addressee of the speaker's state ("the senator said the U.S. must act") is a
    demand on its government and is kept; so is a coordination of others ("the UN chief said the
    US and North Korea should talk")."""
    if len(targets) < 2:
        return False
    actors = clause.doc._.actors or {}
    own = set(sources) | {a.country for s in sources if (a := actors.get(s)) is not None and a.country}
    return any(t in own or (t in actors and actors[t].kind == "state" and actors[t].country in own)
               for t in targets)


def state_of_a_thing(clause: Token, addressee: Token, sources: list[str], targets: list[str]) -> bool:
    """"said the city must remain undivided ... said it must remain undivided", "said it should be
    as easy as possible for others to join": "it" under a copula with its predicate states what a
    thing (or, extraposed, a situation) should be; no party is asked to act, whatever actor the
    pronoun is resolved to."""
    if addressee.lower_ != "it" or clause.lemma_.lower() not in _COPULAS:
        return False
    return any(c.dep_ in _PREDICATE_DEPS for c in clause.children)


NotADemand = Callable[[Token, Token, list[str], list[str]], bool]
NOT_A_DEMAND: tuple[NotADemand, ...] = (commentator_speaker, joint_course, state_of_a_thing)


def is_opinion(clause: Token, addressee: Token, sources: list[str], targets: list[str]) -> bool:
    """The reported obligation of ``clause`` is an opinion by the first rule of ``NOT_A_DEMAND``."""
    return any(rule(clause, addressee, sources, targets) for rule in NOT_A_DEMAND)
