"""Scare quotes: a short quoted phrase in a sentence that reports nobody's speech, "Obama's policy
presumed the existence of “the community of nations”", "his “crime” was to bring computers",
"the deal extended the “breakout time” needed for a bomb".

News sets a word or a short phrase in quote marks to hold it at a distance (someone's term, a label,
an irony). It is someone's quotation only when the sentence binds it to a speaker: a speech verb
("called the deal “a disaster”", "said there was “plenty of room”", "“outrageous,” he said"), a verb
of speaking or judging in words (``kb/quote_frame_verbs.tsv``: "likened the rules to “…”"), a noun
of speech ("Trump's claim of an “imminent” attack", ``kb/speech_nouns.tsv``), "according to", an
"as" predicate of a verb ("rated the risk as “very high”"), or a verbal act of ``kb/events.tsv``
governing the quote's own clause ("denounced Havana's “malign influence”"). A
short phrase in the middle of a sentence with none of these is the writer's, and no quotation: read
from the clause's subject it would credit words to someone ("the deal extended Iran's “breakout
time”": not Iran's words) who never said them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import load_table, per_folder
from ..common import doc_text, sentence_at
from .attribution import actor_kind, table
from .attribution_table import speech_kind
from .marks import QuoteSpan

SHORT_PHRASE_WORDS = 4  # a word, a name or a short phrase; longer quoted words are someone's sentence
_BINDING_WORDS = frozenset({"according", "as"})  # "according to", "described the risk as “…”"


# CAMEO categories whose acts are done in words: appeal (02), praise or defend verbally (051, 052),
# apologise (055), demand (10), disapprove, criticise, accuse (110-112), threaten (13).
_VERBAL_CAMEO = ("02", "051", "052", "055", "10", "110", "111", "112", "13")


@per_folder
def _binding_lemmas() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(nouns of speech, ``kb/speech_nouns.tsv``: "his claim that ...", "her warning of “…”"; verbs
    of speaking and judging beyond the speech verbs, ``kb/quote_frame_verbs.tsv``: "likened the rules
    to “…”"; the one-word verb triggers of ``kb/events.tsv`` with no object of their own whose CAMEO
    code is an act in words: "denounced the “malign influence”", "lamented the “lost decade”")."""
    verbal = {r["trigger"] for r in load_table("events") if r["pos"] == "V" and " " not in r["trigger"]
              and not r["object"] and r["cameo"].startswith(_VERBAL_CAMEO)}
    return frozenset(r["noun"] for r in load_table("speech_nouns")), \
        frozenset(r["lemma"] for r in load_table("quote_frame_verbs")), frozenset(verbal)


def _binds_speech(tok: Token) -> bool:
    """Whether ``tok``, anywhere in the quote's sentence, is a word that can bind quoted words to a
    speaker: a speech verb, a verb of ``kb/quote_frame_verbs.tsv``, a noun of speech, "according to"
    or "as"."""
    if speech_kind(tok) or tok.lower_ in _BINDING_WORDS:
        return True
    nouns, verbs, _ = _binding_lemmas()
    lemma = tok.lemma_.lower()
    return lemma in nouns if tok.pos_ in ("NOUN", "PROPN") else lemma in verbs and tok.pos_ == "VERB"


_CLAUSE_CHAIN = frozenset({"xcomp", "ccomp"})


def _complement_clause(verb: Token) -> bool:
    """A clause that completes the verb above it: "said that ...", "urged them to draw ..." (an
    infinitive the parse may hang as an adverbial clause)."""
    return verb.dep_ in _CLAUSE_CHAIN or (verb.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux"
                                                                      for c in verb.children))


def _verbal_act_governs(doc: Doc, q: QuoteSpan) -> bool:
    """"Pence denounced Havana's “malign influence”", "she exhorted them to draw “a clear line”": the
    verb of the quote's own clause (or the verb whose complement that clause is) is a verbal act of
    ``kb/events.tsv``. Only there: such verbs ("charged", "opposed") elsewhere in the sentence do not
    speak the quoted words ("charged in a room where he was upgraded from “serious”")."""
    span = doc.char_span(q.start, q.end, alignment_mode="contract")
    if span is None or not len(span):
        return False
    acts = _binding_lemmas()[2]
    cur = span.root.head
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    while True:
        if cur.pos_ == "VERB" and cur.lemma_.lower() in acts:
            return True
        if not _complement_clause(cur) or cur.head.i == cur.i:
            return False
        cur = cur.head


_STATE_VERBS = frozenset({"be", "feel", "seem", "sound"})  # "he was “furious”", "she felt “betrayed”"
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "we", "they"})


def _person_state(doc: Doc, q: QuoteSpan) -> bool:
    """"So he was “furious” when ...", "she felt “betrayed”": quoted words that are the predicate of
    a person's "be"/"feel" tell that person's state in the person's own words (an interview's), not
    the writer's; "The key word is “appeared”", a thing's predicate, is the writer's."""
    span = doc.char_span(q.start, q.end, alignment_mode="contract")
    if span is None or not len(span):
        return False
    heads = [t for t in span if not span.start <= t.head.i < span.end and t.dep_ in ("acomp", "attr")]
    if not heads or heads[0].head.lemma_.lower() not in _STATE_VERBS:
        return False
    subj = next((c for c in heads[0].head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in _PERSON_PRONOUNS or actor_kind(doc, subj._.actor) == "person")


def _capitalised(quoted: str) -> bool:
    """“Twelve Points”, “Stranger Things”, “Diane Reynolds”: every word of two or more capitalised,
    a name or a title, which the label and title rules (``labels``, ``works``) judge, not this one."""
    words = [w for w in quoted.split() if w[0].isalpha()]
    return len(words) > 1 and all(w[0].isupper() for w in words)


def _frame_words(doc: Doc, q: QuoteSpan) -> tuple[list[Token], list[Token]]:
    """The words outside quote marks before and after the quote in its sentence, within its paragraph."""
    text, att = doc_text(doc), table(doc)
    sent_open, sent_close = sentence_at(doc, q.open_at), sentence_at(doc, q.close_at)
    start = max(sent_open.start_char, text.rfind("\n", 0, q.open_at) + 1)
    nl = text.find("\n", q.close_at)
    end = min(sent_close.end_char, nl) if nl >= 0 else sent_close.end_char
    words = [t for t in doc[sent_open.start:sent_close.end]
             if start <= t.idx < end and not t.is_space and not att.in_quote(t.idx)]
    return [t for t in words if t.idx < q.open_at], [t for t in words if t.idx > q.close_at]


def _as_frames(tok: Token, q: QuoteSpan) -> bool:
    """"rated the risk as “very high”", "described the move as a “sovereign decision”", "As Lopez put
    it, ...": "as" binds quoted words to the sentence's speaker only when they lie in the phrase it
    heads, or when it opens a clause with its own subject (a speaker's way of putting it). Elsewhere
    it says nothing of the quote: "hearings driven by Russian “collusion” had, as planned, ...", "a
    “resource guide” was handed out as part of the materials"."""
    if any(q.start <= t.idx < q.end for t in tok.subtree):
        return True
    return tok.dep_ == "mark" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children)


def _frames(tok: Token, q: QuoteSpan) -> bool:
    """Whether ``tok`` binds the quote ``q`` to a speaker: any binding word but "as", which binds only
    its own phrase (``_as_frames``)."""
    return _binds_speech(tok) and (tok.lower_ != "as" or _as_frames(tok, q))


def unframed_phrase(doc: Doc, q: QuoteSpan) -> bool:
    """“breakout time” in "the deal extended the “breakout time” of Iran", “crime” in "His “crime”
    was to bring computers": a quote of at most four words inside a sentence (words of the sentence
    before it) that holds no speech verb, noun of speech, "according to" or "as" framing it
    (``_as_frames``) is the writer's scare quote. Not a quote nested in another one (the outer
    speaker's words), one after a colon or ending in "?" or "!" (words introduced, or exclaimed), a name or title
    (``_capitalised``), nor a person's state (``_person_state``)."""
    if q.parent is not None:
        return False
    quoted = doc_text(doc)[q.start:q.end].strip()
    if not quoted or len(quoted.split()) > SHORT_PHRASE_WORDS or quoted.endswith(("?", "!")) or _capitalised(quoted):
        return False
    before, after = _frame_words(doc, q)
    if not any(t.is_alpha for t in before):
        return False
    if before[-1].text == ":" or _person_state(doc, q) or _verbal_act_governs(doc, q):
        return False
    return not any(_frames(t, q) for t in before + after)
