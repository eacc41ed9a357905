"""An outlet the speaker told, in the sentence right before, passes on the quote that follows.

News writing paraphrases what a source told an outlet and then quotes the same interview:
"Senator Lee told The Daily Planet on Monday he backs the bill.\\n\\n“We have waited long enough,”
Lee said." The quote's own cue ("Lee said") names no outlet, but the words came through the
outlet the same speaker told a sentence earlier. Only "told X" / "spoke to X" credit this way
(``credit.told_object``, ``credit.spoke_to``): the speaker addressed the outlet, so a quote of
the same speaker next is from that exchange. "according to X" or "X reported" in the sentence
before do not: they credit that sentence's own words only. A quote whose cue names another
occasion ("he said in a statement", "at a news conference") is not carried over.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..common import actor_of, doc_text, occasion_nouns, sentence_of
from .attribution import Attribution, actor_kind, document_nouns, speaker_of_cue, speech_kind
from .credit import credit_role, phrase_head
from .marks import ALL_MARKS
from .pieces import ON_AIR_NOUNS
from .state_outlets import state_medium, state_outlet

# Verbs whose object, or "to" phrase, is the outlet addressed: "told Reuters", "spoke to the BBC".
_ADDRESSING = frozenset({"tell", "speak", "talk", "say", "inform", "brief"})


def other_occasion(tok: Token) -> bool:
    """A noun of another occasion in the quote's own cue: "“…,” he said in a statement", "at a news
    conference" (``kb/occasion_nouns.tsv``, ``kb/document_nouns.tsv``); an interview or an appearance
    on air may be the one the outlet had."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and lemma not in ON_AIR_NOUNS and (lemma in occasion_nouns() or lemma in document_nouns())


def _addressing_verb(tok: Token) -> Token | None:
    """The verb of telling whose object (or "to" phrase) the outlet's phrase is."""
    head, _ = phrase_head(tok)
    gov = head.head if head.dep_ == "pobj" else head
    verb = gov.head
    return verb if verb.lemma_.lower() in _ADDRESSING else None


# How far above an interview's or programme's outlet its speech verb may be: "said in an interview
# with CNN" (CNN -> with -> interview -> in -> said).
_CLIMB = 5


def _on_air_verb(tok: Token) -> Token | None:
    """The speech verb of an interview with the outlet or of words said on it: "said in an interview
    with CNN", "said on Fox News" (not "according to X", "reported by X", "X reported": those credit
    the sentence's own words only)."""
    head, _ = phrase_head(tok)
    gov = head.head
    if head.dep_ != "pobj" or not ((gov.lower_ == "with" and gov.head.lemma_.lower() in ON_AIR_NOUNS)
                                   or gov.lower_ == "on"):
        return None
    cur = gov
    for _ in range(_CLIMB):
        if speech_kind(cur) == "say":
            return cur
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None


def _speaker_verb(tok: Token) -> Token | None:
    """The verb through which the speaker addressed the outlet ``tok`` names, if its phrase says so."""
    role = credit_role(tok)
    if role == "told":
        return _addressing_verb(tok)
    return _on_air_verb(tok) if role == "credit" else None


def told_outlet_of(doc: Doc, sent: Span, speaker: str, att: Attribution) -> str | None:
    """The outlet ``speaker`` told in ``sent`` ("X told Reuters ...", "X said in an interview with
    CNN ...", "X said on Fox News ...", "X told state TV ...": ``state_outlets``), if any."""
    for tok in sent:
        aid = actor_of(tok)
        if att.in_quote(tok.idx) or aid == speaker or aid and actor_kind(doc, aid) != "media":
            continue
        verb = _speaker_verb(tok) if aid or state_medium(tok) else None  # a media actor, or "state TV"
        if verb is None or speaker_of_cue(doc, verb, att) != speaker:
            continue
        own = aid or state_outlet(doc, tok, speaker)  # "X told state TV ...": that state's outlet
        if own:
            return own
    return None


# How many sentences back, within the paragraph before, the telling may be: "X told Reuters ... . X
# said the plan would fail.\n\n“…,” said X."
_LOOK_BACK = 2


def _paragraph_before_start(doc: Doc, char: int) -> int:
    """Where the paragraph before the one holding ``char`` starts (0 if there is none)."""
    text = doc_text(doc)
    k = text.rfind("\n", 0, char)
    while k > 0 and text[k - 1] == "\n":
        k -= 1
    return text.rfind("\n", 0, k) + 1 if k > 0 else 0


def _first_word_at(sent: Span) -> int:
    """Where a sentence's first word starts (a paragraph break may open the sentence)."""
    return next((t.idx for t in sent if not t.is_space), sent.start_char)


def _clipped(doc: Doc, sent: Span, floor: int) -> Span:
    """The part of ``sent`` from ``floor`` on: the parse may run a sentence across a paragraph break."""
    if _first_word_at(sent) >= floor:
        return sent
    start = next((t.i for t in sent if t.idx >= floor), sent.end)
    return doc[start:sent.end]


def _sentences_before(doc: Doc, first: Token) -> list[Span]:
    """The sentences before the quote's own (whose first token is ``first``), nearest first: the
    one right before, then others back to the start of the paragraph before the quote's, at most
    ``_LOOK_BACK``; a sentence holding a quote or naming an outlet ends the climb (its words may
    have come from elsewhere)."""
    found: list[Span] = []
    floor = _paragraph_before_start(doc, first.idx)
    i = first.i
    while i > 0 and len(found) < _LOOK_BACK:
        whole = sentence_of(doc[i - 1])
        sent = _clipped(doc, whole, floor) if found else whole
        if found and (not len(sent) or any(t.text in ALL_MARKS for t in sent)):
            break
        found.append(sent)
        if sent.start != whole.start or any(actor_of(t) and actor_kind(doc, actor_of(t)) == "media" for t in sent):
            break
        i = sent.start
    return found


def told_in_sentence_before(doc: Doc, first: Token, around: list[Token], speaker: str | None,
                            att: Attribution) -> str | None:
    """"X told The Daily Planet he backs it.\n\n“…,” X said.": the outlet ``speaker`` told in
    the sentence before the quote's sentence (whose first token is ``first``), or earlier in the
    paragraph before ("X told Reuters ... . X said ...\n\n“…,” said X"), unless the quote's cue
    words (``around``) name another occasion."""
    if not speaker or first.i == 0 or any(other_occasion(t) for t in around):
        return None
    return next((aid for sent in _sentences_before(doc, first)
                 if (aid := told_outlet_of(doc, sent, speaker, att))), None)
