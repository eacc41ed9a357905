"""A verb of asking with a question, not a request: "Merkel asked Putin whether Russia had sent
troops", "asked what he would do", "asked about the sanctions", "When asked, the minister said ..."
put a question to someone (an inquiry, or a journalist's question an answer follows); PLOVER
REQUEST asks for an act or a thing ("asked Putin to withdraw", "asked for aid", "asked that he be
questioned"), and neither PLOVER nor CAMEO codes a question. The verbs are ``kb/irrealis.tsv``
class inquiry; whether a clause asks is ``mood.interrogative``. Read as a trigger rule (the verb's
own REQUEST goes) and as a governor rule (what the question is about is neither asked for nor
reported: "asked whether Iran would attack", "asked Putin about the sanctions").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..mood import interrogative
from ..syntax import is_to_infinitive
from .lexicon import Frame
from .realis import realis_classes

if TYPE_CHECKING:
    from .drafts import Climb, Step

# Dependencies on which the parser hangs the clause a verb of asking takes.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "parataxis"})
# "asked Rogers if he could do anything": a modal of ability or willingness in a question put to
# the one asked is a polite request of an act, not a question.
_POLITE_MODALS = frozenset({"can", "could", "would", "'d", "’d"})



def _requests(verb: Token) -> bool:
    """"asked Putin to withdraw", "asked for aid", "asked that he be questioned": an act or a thing
    asked for, whatever condition follows ("asked Ankara for the recordings, if they exist"); "asked
    what to do" asks a question, and an infinitive of purpose asks for nothing."""
    for c in verb.children:
        that = any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        if c.dep_ in ("xcomp", "ccomp") and (is_to_infinitive(c) and not interrogative(c) or that):
            return True
        if c.dep_ == "prep" and c.lower_ == "for":
            return True
    return False


def _polite_request(verb: Token, clause: Token) -> bool:
    """"asked Rogers if he could do anything", "asked Macron if he'd like to take them back": a
    yes/no question to the one asked about what they can or would do asks them to do it."""
    asked = any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children)
    opener = clause.left_edge.lower_
    modal = any(c.dep_ == "aux" and c.lower_ in _POLITE_MODALS for c in clause.children)
    # the one asked, as a pronoun, is the clause's subject ("asked Putin whether Russia would
    # attack" asks about a third party)
    own = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children)
    return asked and opener in ("if", "whether") and modal and own


def asks_a_question(verb: Token) -> bool:
    """``verb`` is a verb of asking (class inquiry) that puts a question and asks for no act: an
    interrogative clause ("asked whether", "asked X what"), an "about" phrase ("asked about the
    talks"), or, as a participle opening an adverbial clause, the question an answer follows ("When
    asked, X said", "Asked by CNN about the talks, X said")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in realis_classes("inquiry") or _requests(verb):
        return False
    for c in verb.children:
        if c.dep_ in _CLAUSE_DEPS and interrogative(c):
            return not _polite_request(verb, c)
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
    return verb.tag_ == "VBN" and verb.dep_ == "advcl"


def asked_a_question(c: Climb) -> Step | None:
    """"Merkel asked Putin whether Russia had sent troops", "Asked about the talks, the minister
    said ...": a question is no REQUEST (the verb's own event goes)."""
    from .drafts import Step  # frames reads this rule: imported when it runs

    return Step.DROP if asks_a_question(c.tok) else None


def question_content(c: Climb, g: Token, prev: Token, frame: Frame | None) -> Step | None:
    """"asked whether Iran would attack the tanker", "asked Putin about the sanctions on Iran": what
    a question is about is neither asked for nor reported as done."""
    from .drafts import Step

    return Step.DROP if asks_a_question(g) else None
