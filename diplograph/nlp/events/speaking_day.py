"""The time of an act told as speech.

An act the coder reads in what a speaker says is done when the speech is made: "Obama said the US
will support Iraqi forces" is an AGREE of the day Obama said it; "Trudeau defended himself,
saying he would not apologize" and "he said, calling on Beijing to end the trade war" are acts of
the day of the defence and of the saying. The tense of the content clause is the speaker's
("will", "must", "would not"), not the narrative's, so the news peg (``peg.peg_date``) reads the
narrative's tense on the verb of speech that tells the act: ``speaking_verb``. A content clause
in the past ("said Russia attacked", "said it had attacked", "said Iran was building") tells an
act of a time of its own and is left to the rules that read its own tense.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import per_folder
from ..common import speech_verbs
from ..tense import is_not_past

# How the speaker's content hangs below the verb of speech, and how its verbs hang on each other
# ("noted the White House will aim to release ... and will brief Congress").
CONTENT_DEPS = frozenset({"ccomp"})
WITHIN_CONTENT_DEPS = frozenset({"ccomp", "conj", "xcomp"})
# Kinds of ``kb/speech_verbs.tsv`` whose content is no speech: a belief ("thinks Iran will attack").
NOT_SPOKEN_KINDS = frozenset({"think"})


@per_folder
def speaking_lemmas() -> frozenset[str]:
    """Verbs of speech of ``kb/speech_verbs.tsv`` that say something aloud or in writing."""
    return frozenset(lemma.lower() for lemma, kind in speech_verbs().items() if kind not in NOT_SPOKEN_KINDS)


def accompanying_head(verb: Token) -> Token:
    """A participle of speech after the verb it hangs on says what its subject said then:
    "defended himself, saying ...", "he said, calling on Beijing to ...". Not one opened by a
    subordinator ("after meeting": a clause of order), one with an auxiliary of its own, nor a
    participle of another act, which may tell a time of its own ("Patrolling the city in 2005,
    he learned ...")."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and verb.i > verb.head.i \
            and verb.lemma_.lower() in speaking_lemmas() \
            and not any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children):
        return verb.head
    return verb


def speaking_verb(verb: Token) -> Token:
    """The verb whose time is the act's: the verb of speech whose content, not in the past,
    tells the act ("said the US will support": said), the verb a participle of speech hangs on
    ("defended himself, saying he would not apologize": defended); else the verb itself."""
    node = verb
    while is_not_past(node) and node.dep_ in WITHIN_CONTENT_DEPS and node.head.pos_ in ("VERB", "AUX") \
            and node.head.i != node.i:
        head = node.head
        if node.dep_ in CONTENT_DEPS and head.lemma_.lower() in speaking_lemmas():
            return accompanying_head(head)
        node = head
    return accompanying_head(verb)
