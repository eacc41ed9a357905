"""The time of an act told as speech.

An act the coder reads in what a speaker says is done when the speech is made: "Obama said the US
will support Iraqi forces" is an AGREE of the day Obama said it; "Trudeau defended himself,
saying he would not apologize" and "he said, calling on Beijing to end the trade war" are acts of
the day of the defence and of the saying, and so are the acts a participle or a gerund of means
tells along with a verb ("struck a conciliatory tone, paying tribute to X", "started the day by
meeting X": ``ACCOMPANYING_RULES``). The tense of the content clause is the speaker's
("will", "must", "would not"), not the narrative's, so the news peg (``peg.peg_date``) reads the
narrative's tense on the verb of speech that tells the act: ``speaking_verb``. A content clause
in the past ("said Russia attacked", "said it had attacked", "said Iran was building") tells an
act of a time of its own and is left to the rules that read its own tense.
"""

from __future__ import annotations

from collections.abc import Callable

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


# Dependents that make a participle clause more than what its subject did along with the
# governing act: a subordinator ("after meeting": a clause of order), an auxiliary ("having met":
# before it), a subject of its own.
OWN_TIME_DEPS = frozenset({"mark", "aux", "auxpass", "nsubj", "nsubjpass"})


def _bare_participle_after(verb: Token) -> bool:
    """A present participle hung as an adverbial clause after the verb it hangs on, with no
    subordinator, auxiliary or subject of its own."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") \
        and verb.i > verb.head.i and not any(c.dep_ in OWN_TIME_DEPS for c in verb.children)


def accompanying_participle(verb: Token) -> Token | None:
    """A participle after the verb it hangs on tells what its subject did along with that act:
    what it said then ("defended himself, saying ...", "he said, calling on Beijing to ..."), or
    another act done then ("Johnson struck a conciliatory tone, paying tribute to Cameron", "the
    army shelled the town, killing ten"). Only in a sentence with no time of its own (the readers that
    call it, the peg and the paragraph's time, ask that): a participle before its verb may tell a
    time of its own ("Patrolling the city in 2005, he learned ...")."""
    return verb.head if _bare_participle_after(verb) else None


# Prepositions whose gerund tells how the governing act was done: "by meeting", "by attacking".
MEANS_PREPS = frozenset({"by"})


def means_gerund(verb: Token) -> Token | None:
    """A gerund after "by" on a verb tells how that act was done, so it was done then: "Trump
    started the day by meeting Stoltenberg", "Hamas broke the truce by attacking the troops".
    Not a gerund after a preposition of order ("after meeting", "before attacking") or of cause
    ("thanked Kim for releasing them": the release came before the thanks)."""
    prep = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and prep.lower_ in MEANS_PREPS and prep.dep_ == "prep" \
            and prep.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in OWN_TIME_DEPS for c in verb.children):
        return prep.head
    return None


# How an act told in a non-finite clause takes the time of the verb it hangs on, in order; each
# gives that verb or None.
ACCOMPANYING_RULES: tuple[Callable[[Token], Token | None], ...] = (
    accompanying_participle, means_gerund)


def accompanying_head(verb: Token) -> Token:
    """The verb whose time a non-finite act shares (``ACCOMPANYING_RULES``), else the verb itself."""
    for rule in ACCOMPANYING_RULES:
        head = rule(verb)
        if head is not None:
            return head
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
