"""When the outlet that passed on a speaker's last quote passes on the next one too.

News writing quotes one interview in a run: "Lee told The Daily Planet the bill is dead.
“We lost,” she said.\\n\\n“We will try again,” Lee said." The later quotes name no outlet of their
own, yet came through the same one, so ``quotes.QuoteFinder.run`` carries the previous quote's
outlet (``via``) to the next quote of the same speaker. The carry stops where the quote's own cue
says the words came from elsewhere (``CARRY_BREAKS``, each a reason the two quotes need not share
an occasion):

- ``own_occasion``: the speaker's own verb of saying or issuing that governs the quote names another
  occasion, "“…,” Lee said in a statement", "Lee released a video statement lamenting the “…”",
  "Lee said at a news conference" (``told_before.other_occasion``: ``kb/occasion_nouns.tsv``,
  ``kb/document_nouns.tsv``): a statement or a news conference is not the interview the outlet had.
  Its verb's subject is read by the one subject finder and pronoun resolver.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ..syntax import SPEAKER_SUBJECT, subject_of
from .attribution import PRONOUN_KINDS, Attribution, issuing_verbs, pronoun_speaker, speaker_of_cue, speech_kind
from .told_before import other_occasion


class Carry(NamedTuple):
    """What the breaks read: the quote's sentence opens with ``first``, its words with ``inner``;
    ``around`` are its cue words, ``speaker`` who speaks it and the previous quote."""
    doc: Doc
    first: Token
    inner: Token
    around: list[Token]
    speaker: str
    att: Attribution


def _subject_is(doc: Doc, verb: Token, speaker: str, att: Attribution) -> bool:
    """Whether the verb's subject is the speaker: named, a pronoun ("she said in a statement"), or
    a description the attribution resolves ("the minister said in a statement")."""
    subj = subject_of(verb, SPEAKER_SUBJECT)
    if subj is None:
        return False
    if subj._.actor:
        return bool(subj._.actor == speaker)
    if subj.pos_ == "PRON" or subj.lower_ in PRONOUN_KINDS:
        return pronoun_speaker(doc, subj, att) == speaker
    return speaker_of_cue(doc, verb, att) == speaker


def _occasion_of_speech(c: Carry, tok: Token) -> bool:
    """An occasion or document noun on the speaker's own verb of saying or issuing that governs the
    quote: "Lee said in a statement", "Lee spoke at a news conference", "Lee released a video
    statement lamenting ..."; not one the words are about, "cited Trump's call for Russia to release
    the emails"."""
    if not other_occasion(tok):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return (speech_kind(verb) == "say" or verb.lemma_.lower() in issuing_verbs()) \
        and any(a.i == verb.i for a in c.inner.ancestors) and _subject_is(c.doc, verb, c.speaker, c.att)


def own_occasion(c: Carry) -> bool:
    """"“…,” Lee said in a statement": the quote's own cue names another occasion."""
    return any(_occasion_of_speech(c, t) for t in c.around)


# Why a speaker's next quote does not come through the outlet of the previous one.
CARRY_BREAKS: tuple[Callable[[Carry], bool], ...] = (own_occasion,)


def carries_via(c: Carry) -> bool:
    """Whether the outlet of the speaker's previous quote passes on this quote too."""
    return not any(rule(c) for rule in CARRY_BREAKS)
