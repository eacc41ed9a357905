"""Unaligned armed forces take no state from the other party of their act.

CAMEO's actor codebook sets apart the unaligned armed forces (UAF: gunmen, militants, militias
serving no state) from rebels, insurgents and separatists (REB, INS, SEP), who fight the
government of their own state. A collective with no state of its own words is of the one state
its sentence names (``roles.sentence_state``: "police fired on the crowd in Kenya", "militants
attacked a bus near Kabul"); but when that state is the other party of the unaligned force's own
act, what it hit or who hit it ("militants fired rockets into Israel", "the militia shelled
Turkish border towns", "U.S. jets pounded the militants"), it is not the force's nationality: a
target or an attacker is a participant, never whose the attackers are. A sentence may name the
state twice, "Gunmen fired into Israel, Israeli officials said": any of its mentions that is a
party of the act is enough (``roles._mentions_of``). The titles are
``kb/actor_words.tsv`` class unaligned_armed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import WordClass
from ..syntax import DIRECT_OBJECT_DEPS, SUBJECT_DEPS, adjunct_main_verb

UNALIGNED_ARMED = WordClass("actor_words", "unaligned_armed")
# The dependents of a verb that name another party of its act: its subject, its objects, its
# passive agent, and the phrase it is fired or moved "into"/"against" ("fired rockets into Israel").
_PARTY_DEPS = SUBJECT_DEPS | frozenset(DIRECT_OBJECT_DEPS) | {"dative", "agent"}
_AIMED_PREPS = frozenset({"into", "against"})
# How a noun hangs under the noun it extends ("Hamas and other militants", "the militants, gunmen ...").
_NOUN_LINKS = frozenset({"conj", "appos", "compound", "amod"})


def is_other_party(doc: Doc, title_end: int, state_start: int, title: str) -> bool:
    """The state at ``state_start`` is another party of the act of the unaligned armed force whose
    title ends at ``title_end`` ("Militants fired rockets into Israel": Israel is what they hit)."""
    if title.lower() not in UNALIGNED_ARMED:
        return False
    head = doc[title_end - 1]
    while head.dep_ in _NOUN_LINKS and head.head.i != head.i:
        head = head.head
    verb = _verb_of(head)
    if verb is None:
        return False
    own = {t.i for t in head.subtree}
    if state_start in own:
        return False  # "militants loyal to Iraq's Qaeda leader": the force's own words
    return any(state_start in {t.i for t in c.subtree} for c in _party_phrases(verb) if c.i not in own)


def _verb_of(head: Token) -> Token | None:
    """The verb whose subject or object the force's phrase is."""
    if head.dep_ in _PARTY_DEPS and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _party_phrases(verb: Token) -> list[Token]:
    """The verb's dependents that name a party of its act (subject, objects, agent, "into X"); the
    noun a relative clause is predicated of ("Turkey, which is battling the militia"); the subject
    of the main clause a participle adjunct is predicated of ("commandos raided houses, killing
    two militants")."""
    out = [c for c in verb.children if c.dep_ in _PARTY_DEPS]
    out += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AIMED_PREPS]
    if verb.dep_ == "relcl":
        out.append(verb.head)
    main = adjunct_main_verb(verb)
    if main is not None:
        out += [c for c in main.children if c.dep_ in SUBJECT_DEPS]
    return out
