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
- the addressee is the speaker's own state alone ("the former official said the U.S. must strike",
  "the British minister said Britain should be ready"): the speaker's view of its own country's
  course, a "we should", asked of no other party;
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
# The hearer of a speech verb ("told the president", "told him"): advice addressed to someone.
_HEARER_DEPS = frozenset({"dobj", "dative", "iobj"})


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
    partner. A single addressee of the speaker's state is ``own_course``; a coordination of others
    ("the UN chief said the US and North Korea should talk") is a demand and is kept."""
    if len(targets) < 2:
        return False
    actors = clause.doc._.actors or {}
    own = set(sources) | {a.country for s in sources if (a := actors.get(s)) is not None and a.country}
    return any(t in own or (t in actors and actors[t].kind == "state" and actors[t].country in own)
               for t in targets)


def own_course(clause: Token, addressee: Token, sources: list[str], targets: list[str]) -> bool:
    """"Carter said the U.S. must finish the job", "a former Pentagon official argued the US must
    strike", "Germany said Germany must do more": a speaker who says what its own state alone must
    or should do gives its view of its own country's course (a "we should"), no demand addressed to
    another party; the comment categories of CAMEO are gone from PLOVER. The speaker's state is its
    own id for a state, else the country of the person or body; a speaker whose country is unknown,
    or an addressee of another state ("Britain said France should withdraw"), keeps the demand; so
    does advice told to a hearer ("the secretary told the president the U.S. should withdraw"). The
    state must be named: a "they" read as the speaker's state is more often a group of others ("they
    need to distance themselves"), and only "it" stands for a state itself."""
    if len(targets) != 1 or not sources or any(c.dep_ in _HEARER_DEPS for c in clause.head.children):
        return False
    if addressee.pos_ == "PRON" and addressee.lower_ != "it":
        return False
    actors = clause.doc._.actors or {}
    target = actors.get(targets[0])
    if target is None or target.kind != "state" or target.country is None:
        return False
    own = set()
    for sid in sources:
        speaker = actors.get(sid)
        if speaker is None or speaker.country is None:
            return False
        own.add(speaker.country)
    return own == {target.country}


def state_of_a_thing(clause: Token, addressee: Token, sources: list[str], targets: list[str]) -> bool:
    """"said the city must remain undivided ... said it must remain undivided", "said it should be
    as easy as possible for others to join": "it" under a copula with its predicate states what a
    thing (or, extraposed, a situation) should be; no party is asked to act, whatever actor the
    pronoun is resolved to."""
    if addressee.lower_ != "it" or clause.lemma_.lower() not in _COPULAS:
        return False
    return any(c.dep_ in _PREDICATE_DEPS for c in clause.children)


NotADemand = Callable[[Token, Token, list[str], list[str]], bool]
NOT_A_DEMAND: tuple[NotADemand, ...] = (commentator_speaker, joint_course, own_course, state_of_a_thing)


def is_opinion(clause: Token, addressee: Token, sources: list[str], targets: list[str]) -> bool:
    """The reported obligation of ``clause`` is an opinion by the first rule of ``NOT_A_DEMAND``."""
    return any(rule(clause, addressee, sources, targets) for rule in NOT_A_DEMAND)
