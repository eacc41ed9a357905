"""Reported speech without quote marks: "X said (that) …" gives an indirect quote (direct=False) whose
text is the reported clause, and records each sentence's attribution for the other components. A clause
its speaker denies or did not say ("Moscow denied that …", "he did not say that …") is no quote, nor is
any cue inside it. ``quotes.find_quotes`` runs it after the quotes in marks.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import WordClass
from ...model import Quote
from ..common import column, doc_text, record_id, sentence_at, sentences
from ..lines import dateline_end
from ..syntax import SUBJECT_DEPS, is_negated
from .attribution import Attribution, actor_kind, speaker_of_cue, speech_kind, speech_verbs
from .credit import credit_in
from .marks import DOUBLE_MARKS

# Speech verbs whose clause is what the speaker says is false (``kb/denied_claims.tsv`` class denying).
_DENYING = WordClass("denied_claims", "denying")


def _contrary_cue(tok: Token) -> bool:
    """"Moscow denied that it had interfered", "he did not say that talks failed": the clause is what the
    speaker says is false or never said; reporting it as their words inverts them. The sentence keeps its
    speaker for the other components."""
    return tok.lemma_.lower() in _DENYING or is_negated(tok)


def _trailing_speech_act(comp: Token) -> int | None:
    """"said Obama missed briefings, telling Fox News", "said it would press for sanctions, agreeing with
    Paris by phone": a participle of a speech verb set off by a comma that reports no clause of its own
    (no subject anywhere under it, however the parser hung that clause) closes the reported clause; the
    parser often hangs it on the clause's verb, but it tells whom the speaker addressed or what else he
    did, not his words. One with a clause, "…, adding that B", stays: B is the speaker's words too. The
    index where the clause ends, or None."""
    for t in comp.subtree:
        if (t.i > comp.i and t.dep_ == "advcl" and t.tag_ == "VBG" and t.left_edge.i == t.i and t.i > 0
                and t.doc[t.i - 1].text == "," and speech_verbs().get(t.lemma_.lower()) == "say"
                and not any(d.dep_ in SUBJECT_DEPS for d in t.subtree)):
            return t.i
    return None


def _reported_clause(doc: Doc, att: Attribution, v: Token, comp: Token, out: list[Quote],
                     end: int | None) -> tuple[int, int] | None:
    """The char span of the clause ``comp`` a speech verb ``v`` reports, up to a trailing speech act at
    ``end``, when it makes an indirect quote: four words or more, not quoted, not part of a clause
    reported before ("…, noting X")."""
    toks = [t for t in comp.subtree if (t.dep_ != "mark" or t.head.i != comp.i) and (end is None or t.i < end)]
    if toks and toks[0].lower_ == "that":
        toks.pop(0)
    opening = dateline_end(doc, toks[0].i) if toks else None
    if opening is not None:  # "PARIS (AP) — The suspect died …, officials said": the dateline hangs on the clause
        toks = [t for t in toks if t.idx >= opening]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):  # "…, and" left by a conjunction
        toks.pop()
    if len(toks) < 4:
        return None
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if any(qs < e and s < qe for qs, qe in att.quoted) or any(c in doc_text(doc)[s:e] for c in DOUBLE_MARKS):
        return None
    if any(q.span[0] <= v.idx < q.span[1] for q in out):  # "…, noting X": part of the clause before
        return None
    return s, e


def reported_speech(doc: Doc, att: Attribution, start_n: int) -> list[Quote]:
    """``X said (that) …`` without quote marks: direct=False, text = the reported clause. Also
    records each sentence's attribution for the other components."""
    out: list[Quote] = []
    verbs = speech_verbs()
    lemmas = column(doc, "LEMMA_LOWER")
    for sent in sentences(doc):
        # speech_kind is a speech_verbs() lookup of the lemma once the POS checks pass
        cues = [t for t in (doc[i] for i in range(sent.start, sent.end) if verbs.get(lemmas[i]) in ("say", "credit"))
                if speech_kind(t) in ("say", "credit") and not att.in_quote(t.idx)]
        speaker = via = None
        denied: list[tuple[int, int]] = []  # the clauses a contrary cue denies: no one's words, nor their cues'
        for v in cues:
            if any(a <= v.i < b for a, b in denied):
                continue
            comp = next((c for c in v.children if c.dep_ == "ccomp"), None)
            contrary = _contrary_cue(v)
            if contrary and comp is not None:
                denied.append((comp.left_edge.i, comp.right_edge.i + 1))
            spk = speaker_of_cue(doc, v, att)
            if spk is None:
                continue
            if actor_kind(doc, spk) == "media" and speech_kind(v) == "credit":
                via = via or spk
                continue
            speaker = speaker or spk
            if contrary:
                att.add_speaker(v.idx, spk)  # the speaker spoke: a later "they say" is theirs
                continue
            if comp is None or comp.i < v.i and v.lemma_.lower() != "say":
                continue
            span = _reported_clause(doc, att, v, comp, out, _trailing_speech_act(comp))
            if span is None:
                continue
            s, e = span
            att.add_speaker(v.idx, spk)
            out.append(Quote(id=record_id(doc, "q", start_n + len(out) + 1), text=doc_text(doc)[s:e], span=(s, e),
                             speaker=spk, direct=False))
        if speaker or via:
            credited, _ = credit_in(doc, list(sent), speaker, att)
            att.sentences[sent.start_char] = (speaker, credited or via)
    for q in out:
        sent = sentence_at(doc, q.span[0])
        q.via = att.sentences.get(sent.start_char, (None, None))[1]
    return out
