"""Who authored the thing an event is aimed at.

"Western leaders criticized the document" after "China released a report": an attack,
criticism or rejection of an authored thing (``kb/artifacts.tsv``: a plan, a report, a
resolution) is aimed at its author. The text names the author

* on the noun itself: "China's plan" (the coder's owner rule reads possessors), "the plan by
  China", "the report released by China", "the plan China put forward";
* or earlier: a definite "the report" refers back to the latest report of this or the two
  sentences before whose author the text gives ("China released a report"), a generic "the
  document" or "the proposal" to the latest authored thing of any kind. An indefinite mention
  in between ("a second report") is a different thing and ends the search.

Per event this walks at most three sentences backwards, and only for authored-thing objects.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import load_table, per_folder
from ..common import DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS, window_start
from ..syntax import ACTIVE_SUBJECT_DEPS, agents, is_passive, own_subject, own_subjects
from .parties import np_actors

_DEMONSTRATIVE = frozenset({"this", "that", "these", "those"})
_LOOKBACK_SENTENCES = 2


@per_folder
def _table() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    nouns: set[str] = set()
    generic: set[str] = set()
    verbs: dict[str, tuple[str, ...]] = {}
    for row in load_table("artifacts"):
        words = row["lemma"].lower().split()
        if row["kind"] == "verb":
            verbs[words[0]] = tuple(words[1:])
        else:
            nouns.add(words[0])
            if row["kind"] == "generic":
                generic.add(words[0])
    return frozenset(nouns), frozenset(generic), verbs


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def is_artifact(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and _lemma(tok) in _table()[0]


def _authoring(verb: Token) -> bool:
    particles = _table()[2].get(_lemma(verb))
    if particles is None or verb.pos_ != "VERB":
        return False
    kids = {_lemma(c) for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    return all(p in kids for p in particles)


def _subject_actors(verb: Token, mentions: list) -> list[str]:
    subj = own_subject(verb, ACTIVE_SUBJECT_DEPS)
    return np_actors(subj, mentions) if subj is not None else []


def _agent_actors(verb: Token, mentions: list) -> list[str]:
    return [a for x in agents(verb) for a in np_actors(x, mentions)]


def own_author(noun: Token, mentions: list) -> list[str]:
    """The author the noun phrase itself names: "the plan by X", "the report released by X",
    "the plan (that) X proposed", or the noun as the object of "X released"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            ids = [a for x in c.children if x.dep_ == "pobj" for a in np_actors(x, mentions)]
            if ids:
                return ids
        elif c.dep_ in ("acl", "relcl") and _authoring(c):
            ids = _agent_actors(c, mentions) if c.tag_ == "VBN" and not _subject_actors(c, mentions) \
                else _subject_actors(c, mentions)
            if ids:
                return ids
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and _authoring(head) and not is_passive(head):
        return _subject_actors(head, mentions)
    if noun.dep_ == "nsubjpass" and _authoring(head):
        return _agent_actors(head, mentions)
    return []


def _owner(noun: Token, mentions: list) -> list[str]:
    return [a for c in noun.children if c.dep_ in ("poss", "compound", "amod") for a in np_actors(c, mentions)]


def _determiner(noun: Token) -> str | None:
    return next((c.lower_ for c in noun.children if c.dep_ in ("det", "predet")), None)


def referred_author(noun: Token, mentions: list) -> list[str]:
    """The author of the earlier authored thing a definite "the document" refers back to."""
    nouns, generic, _ = _table()
    lemma = _lemma(noun)
    if _determiner(noun) not in DEFINITE_DETERMINERS or any(c.dep_ == "poss" for c in noun.children):
        return []
    doc = noun.doc
    for i in range(noun.i - 1, window_start(noun, _LOOKBACK_SENTENCES) - 1, -1):
        t = doc[i]
        if t.pos_ not in ("NOUN", "PROPN") or _lemma(t) not in nouns:
            continue
        if lemma not in generic and _lemma(t) != lemma:
            continue
        found = own_author(t, mentions) or _owner(t, mentions)
        if found:
            return found
        if _determiner(t) in INDEFINITE_DETERMINERS:
            return []  # "a second report": a different thing from the one referred to
    return []


@per_folder
def _said_things() -> dict[str, frozenset[str]]:
    return {row["noun"].lower(): frozenset(row["verb"].lower().split("|")) for row in load_table("said_things")}


def referred_maker(noun: Token, mentions: list, exclude: list[str]) -> list[str]:
    """"Powell requested more tanks. Aspin denied these requests", "“...,” Obama said. “Putin has
    rejected that logic.”": a demonstrative before a noun of a proposal, request or claim
    (``kb/said_things.tsv``) refers back to the nearest act of making one, in its sentence or the two
    before, and whoever made it is the one rejected, criticised or praised. Only the nearest such
    verb is read: when its subject names no actor, or only the one who rejects, there is none."""
    makers = _said_things().get(_lemma(noun))
    if makers is None or _determiner(noun) not in _DEMONSTRATIVE or any(c.dep_ == "poss" for c in noun.children):
        return []
    doc = noun.doc
    for i in range(noun.i - 1, window_start(noun, _LOOKBACK_SENTENCES) - 1, -1):
        t = doc[i]
        if t.pos_ == "VERB" and _lemma(t) in makers and not is_passive(t):
            # every subject the parser hung on it ("then-Chairman ... Colin Powell requested")
            return [a for x in own_subjects(t, ACTIVE_SUBJECT_DEPS) for a in np_actors(x, mentions) if a not in exclude]
    return []


def artifact_author(noun: Token, mentions: list, exclude: list[str]) -> list[str]:
    """Whoever authored the thing ``noun`` names, by the text's own account; [] when it does not say."""
    if not is_artifact(noun):
        return []
    found = own_author(noun, mentions) or referred_author(noun, mentions)
    return [a for a in found if a not in exclude]
