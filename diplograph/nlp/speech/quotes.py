"""Quotes: direct quotes in every quote style, nested and partial quotes and indirect speech; the
component also records omissions (``omissions.py``: "Xinhua did not mention those remarks").

Quote marks are paired by a scan over ``doc_text(doc)`` (fast, and independent of how the tokenizer
splits marks); speakers and credits come from the parse through ``attribution``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...kb import activate, override_folder
from ...model import Quote
from ..common import actor_of, doc_text, line_break_between, record_id, sentence_at, sentence_of
from ..syntax import SPEAKER_SUBJECT, subject_of
from .according import document_frame
from .attribution import (
    Attribution,
    actor_kind,
    introduced_unnamed,
    phrase_actor,
    speaker_of_cue,
    speech_kind,
    table,
)
from .carried import Carry, carries_via
from .channels import is_platform
from .credit import credit_in, with_programme_titles
from .documents import unnamed_document_subject
from .excerpts import excerpt_byline
from .labels import coordinated_label, named_label, noun_modifier_label, title_of_a_work
from .marks import ALL_MARKS, QuoteSpan, find_quote_spans
from .mentions import mentioned_word
from .nouns import ASIDE_FRAMES, speech_noun_owner
from .omissions import find_omissions
from .others import names_other_party
from .reported import reported_speech
from .scare_quotes import SHORT_PHRASE_WORDS, unframed_phrase
from .sources import indefinite_source_subject
from .standalone import NOBODY_NAMED, STANDALONE_RULES, Standalone
from .told import passive_addressee_subject
from .told_before import told_in_sentence_before
from .unnamed import drop_unquoted_sources
from .works import work_title

AFTER_WINDOW = 30  # tokens after a quote in which "X said" still belongs to it


# ---------------------------------------------------------------- speaker of one quote
def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _inner(doc: Doc, q: QuoteSpan) -> Token:
    """The first token of the quoted words (the opening mark's when they hold none)."""
    span = doc.char_span(q.start, max(q.end, q.start + 1), alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[0]


def _first_words(doc: Doc, start: int, end: int, n: int) -> list[Token]:
    """The first ``n`` non-space tokens from ``start`` to ``end``, built one by one: a line may run
    through the whole document, and building all its tokens for every quote was quadratic."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words: list[Token] = []
    for t in span if span is not None else ():
        if not t.is_space:
            words.append(t)
            if len(words) == n:
                break
    return words


def _outside(tokens: list[Token], att: Attribution, within: QuoteSpan | None = None) -> list[Token]:
    """Tokens not inside a quote (inside ``within`` only the ones not in a deeper quote)."""
    if within is None:
        return [t for t in tokens if not att.in_quote(t.idx) and t.text not in ALL_MARKS]
    inner = [(s, e) for s, e in att.quoted
             if within.start <= s and e <= within.end and (s, e) != (within.start, within.end)]
    return [t for t in tokens if within.start <= t.idx < within.end and not any(s <= t.idx < e for s, e in inner)]


def _ancestor_cue(doc: Doc, q: QuoteSpan, att: Attribution) -> Token | None:
    """A speech verb governing the quote's words from outside them ("He emphasized that “…”")."""
    inside = _tokens(doc, q.start, q.end)
    if not inside:
        return None
    lo, hi = inside[0].i, inside[-1].i
    for t in inside:
        if lo <= t.head.i <= hi and t.head.i != t.i:
            continue
        cur = t.head
        for _ in range(6):
            if not (lo <= cur.i <= hi) and not att.in_quote(cur.idx) and speech_kind(cur) \
                    and same_paragraph(doc, q, cur):
                return cur
            if cur.head.i == cur.i:
                break
            cur = cur.head
    return None


def same_paragraph(doc: Doc, q: QuoteSpan, cue: Token) -> bool:
    """“How did it go?”\n\n“It went well,” Lee said.: a parse that runs on over a paragraph break may
    hang a quote on the next paragraph's cue; a paragraph break between them says the cue reports
    other words (the quote's own speaker is found from its paragraph, ``standalone.STANDALONE_RULES``)."""
    lo, hi = (q.close_at, cue.idx) if cue.idx > q.close_at else (cue.idx, q.open_at)
    return not line_break_between(doc, lo, hi)


def according_to_before(doc: Doc, q: QuoteSpan, before: list[Token], after: list[Token]) -> str | None:
    """"According to Reuters, “…”", "But according to King, “…”": the source that "according to"
    names right before a quote (only a comma between) is its speaker; an outlet so named speaks
    for itself there, it does not pass on another's words."""
    if len(before) < 4 or before[-1].text != ",":
        return None
    k = next((i for i in range(len(before) - 2, 0, -1) if before[i].lower_ == "to"
              and before[i - 1].lower_ == "according"), None)
    if k is None:
        return None
    phrase = before[k + 1:-1]
    if not phrase or any(t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ".'’" for t in phrase):
        return None  # "according to Reuters, the minister said, “…”": the minister's words
    named = [actor_of(t) for t in phrase if actor_of(t)]
    persons = [a for a in named if actor_kind(doc, a) == "person"]
    return (persons or named or [None])[-1]


_DASHES = frozenset({"–", "—", "-", "--"})
_DASH_WINDOW = 8


def dash_attribution_after(doc: Doc, q: QuoteSpan, before: list[Token], after: list[Token]) -> str | None:
    """"“…” – Rep. Jane Roe, D-Ohio, in a statement", "“…” — German Chancellor X": a dash right
    after a quote, then a capitalised name or title and a person, credits the quote as an
    epigraph does."""
    text = doc_text(doc)
    line_end = text.find("\n", q.close_at)
    line_end = len(text) if line_end < 0 else line_end
    words = _first_words(doc, q.close_at + 1, line_end, _DASH_WINDOW) \
        if q.close_at + 1 < line_end else []  # the quote may end its sentence: read the line, not the sentence
    if len(words) < 2 or words[0].text not in _DASHES or not (words[1].is_title or words[1].is_upper):
        return None  # "“spying” — after the Russian government ...": the sentence goes on
    # a person only: "“…” — BBC interview, 1973" names where the words were said, not who said them
    return next((actor_of(t) for t in words[1:] if actor_kind(doc, actor_of(t)) == "person"), None)


FrameRule = Callable[[Doc, QuoteSpan, list[Token], list[Token]], "str | None"]
# Frames of the words around a quote that name its speaker without a speech verb of its own.
SPEAKER_FRAMES: tuple[FrameRule, ...] = (according_to_before, dash_attribution_after, speech_noun_owner)


def unnamed_group_subject(doc: Doc, q: QuoteSpan, cue: Token) -> bool:
    """"Though opponents of the deal argue it would be “a lane for Iran,” Powell said, …": the
    speech verb that governs the quote has an unnamed plural source for its subject (opponents,
    critics, officials; "107 House Republicans wrote"), so the quote is theirs, not the next named speaker's."""
    subj = subject_of(cue, SPEAKER_SUBJECT)
    if subj is None or subj.tag_ not in ("NNS", "NNPS") or subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if table(doc).in_quote(subj.idx):  # "said “extremist elements” were": the quote's own words
        return False
    text = doc_text(doc)
    if "\n" in text[min(subj.idx, cue.idx, q.start):max(subj.idx, cue.idx, q.end)]:
        return False  # a parse run on across lines (headline bullets): not one clause
    # a named subject beside it ("As hangings spiked, Younesi said"): the parse's first subject is no source
    subjects = [subj, *(c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass"))]
    if names_other_party(subj) and all(s.i == subj.i for s in subjects):
        return phrase_actor(subj) is None  # "Trump allies argue": the allies, unnamed (``others``)
    return not any(actor_of(t) for s in subjects for t in s.subtree)


_FRAME_AFTER = 5  # "“…,” the senior official said": the words of the frame right after a quote
_FRAME_BEFORE = 4  # "the official said, “…”": the words of the frame right before one


def unnamed_description_subject(doc: Doc, q: QuoteSpan, cue: Token) -> bool:
    """"A senior official said … “It risks emboldening them,” the official said": the speech verb's
    subject is a description of a source the text introduced without a name
    (``attribution.introduced_unnamed``), so no other cue around the quote may lend it a speaker."""
    subj = subject_of(cue, SPEAKER_SUBJECT)
    if subj is None or subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or table(doc).in_quote(subj.idx):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return False
    return introduced_unnamed(doc, subj, table(doc))


# When the speech verb governing a quote names a source that is no actor: the quote has no
# named speaker, and no other cue around it may lend it one.
UNNAMED_SOURCE_RULES: tuple[Callable[[Doc, QuoteSpan, Token], bool], ...] = (
    unnamed_group_subject, unnamed_description_subject, unnamed_document_subject, indefinite_source_subject,
    passive_addressee_subject)
# The rules that also hold for the cue right before or after a quote, though it does not govern
# its words ("“…,” the official said"), and those that hold for it only when no other cue governs
# them ("“…,” as the agreement says"; but "Y replied that “…,” the indictment said" is Y's).
FRAMING_UNNAMED_RULES: tuple[Callable[[Doc, QuoteSpan, Token], bool], ...] = (
    unnamed_description_subject, indefinite_source_subject)
UNGOVERNED_FRAMING_RULES: tuple[Callable[[Doc, QuoteSpan, Token], bool], ...] = (unnamed_document_subject,)


def _cues(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if speech_kind(t)]


# Words right before a programme's title: "said on “Meet the Press”", "told “Fox News Sunday”".
_PROGRAMME_PREPS = frozenset({"on", "told"})
# The possessive's forms after a broadcaster's name: "CNN's", and the bare apostrophe of a name ending
# in s, "CBS’ “Face the Nation”", "Fox News' “Hannity”" (AP style writes no second s).
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def programme_title(doc: Doc, q: QuoteSpan) -> bool:
    """“Face the Nation” in "said on CBS’s “Face the Nation”", "told “Fox News Sunday”": the title
    of a broadcast named where someone spoke is where, not what, they said. Only a title right
    after "on"/"told" or a broadcaster's name or possessive, "CBS’ “Face the Nation.”" too (a slogan
    or a headline quoted elsewhere is still reported words)."""
    text = doc_text(doc)
    if not title_of_a_work(text[q.start:q.end]):
        return False
    before = doc.char_span(max(0, q.open_at - 40), q.open_at, alignment_mode="contract")
    words = [t for t in before if not t.is_space] if before is not None else []
    if not words:
        return False
    last = words[-1]
    if last.lower_ in _PROGRAMME_PREPS:
        return True
    if last.text in _POSSESSIVE_MARKS and len(words) > 1 and last.idx == words[-2].idx + len(words[-2].text):
        last = words[-2]  # glued to the name: "CBS’", not a closing single quote after a space
    return actor_kind(doc, actor_of(last)) == "media"


QuotationRule = Callable[[Doc, QuoteSpan], bool]
# Quoted words that report no one's speech: a programme's title, a label ("so-called “…”", "the “…”
# campaign", a label listed after one, "known as “A” and “B”": ``labels``), a work's title after its
# noun ("his book “…”": ``works``), a short phrase in a sentence that binds it to no speaker ("his
# “crime” was to ...": ``scare_quotes``);
# a quoted actor's name is ``QuoteFinder._is_name``.
NOT_A_QUOTATION: tuple[QuotationRule, ...] = (programme_title, named_label, coordinated_label, noun_modifier_label,
                                               work_title, mentioned_word, unframed_phrase)


_THIRD_PERSON = frozenset({"he", "she", "they"})


def _uttered(quoted: str) -> bool:
    """Quoted words that are a sentence someone utters, not a term: longer than a short phrase
    (``scare_quotes.SHORT_PHRASE_WORDS``) or exclaimed or asked ("‘Never again!’")."""
    quoted = quoted.strip()
    return len(quoted.split()) > SHORT_PHRASE_WORDS or quoted.rstrip("’'\"”").endswith(("!", "?"))


def nested_credit(cue: Token, spk: str, par: tuple[QuoteSpan, str | None, str | None] | None
                  ) -> tuple[str | None, str | None, list[Token]]:
    """“… I said, ‘I am going with them,’” he told CNN: a quote inside the quoting speaker's own
    words reached us as they did (the outer quote's via). “… He said, ‘You tried,’” he told CNN:
    a third-person pronoun there is someone the quoting speaker speaks of, never that speaker."""
    if par is None or spk != par[1]:
        return spk, None, []
    subj = subject_of(cue, SPEAKER_SUBJECT)
    if subj is not None and subj.lower_ in _THIRD_PERSON:
        return None, None, []
    return spk, par[2], []


class QuoteFinder:
    """Resolves the quotes of one document in text order, so a pronoun resolves to the speaker
    the reader last met."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.att = table(doc)
        self.spans = find_quote_spans(doc_text(doc))
        self.names = {i for i, q in enumerate(self.spans) if self._is_name(q)}
        self.within_outer: set[int] = set()  # nested quotes the outer quote's record holds (``_nested_speaker``)
        self.att.quoted = [(q.start, q.end) for i, q in enumerate(self.spans) if i not in self.names]
        self.titles = {i for i, q in enumerate(self.spans) if any(rule(doc, q) for rule in NOT_A_QUOTATION)}
        self.title_spans = [(self.spans[i].start, self.spans[i].end) for i in sorted(self.titles)]
        self.results: list[tuple[QuoteSpan, str | None, str | None]] = []
        self.programmes = {i for i in self.titles if programme_title(doc, self.spans[i])}
        self.aired: tuple[QuoteSpan, str, str] | None = None  # the last programme title's (speaker, outlet)
        self.told_outlet: str | None = None
        self.aside = False  # the last quote's speaker came from one of nouns.ASIDE_FRAMES
        self.bylined: set[int] = set()  # where the quotes credited by an excerpt's byline open
        self.unnamed: set[int] = set()  # where the quotes of a source the text does not name open

    def _after(self, q: QuoteSpan) -> list[Token]:
        """Words after the closing mark up to the sentence end (or the next quote), plus the next
        sentence when the quote ended its sentence and that one opens with the cue ("said Mr. Su")."""
        doc, pos = self.doc, q.close_at + 1
        if pos >= len(doc_text(doc)):
            return []
        sent = sentence_at(doc, q.close_at)
        end = sent.end_char
        if end <= pos + 1 and sent.end < len(doc):
            nxt = sentence_of(doc[sent.end])
            if "\n" not in doc_text(doc)[pos:nxt.start_char] and any(speech_kind(t) for t in nxt[:4]):
                end = nxt.end_char
        nxt_q = next((s.open_at for s in self.spans if s.open_at > q.close_at), len(doc_text(doc)))
        end = min(end, nxt_q)
        if "\n" in doc_text(doc)[pos:end]:
            end = pos + doc_text(doc)[pos:end].index("\n")
        return _outside(_tokens(doc, pos, end), self.att)[:AFTER_WINDOW] if end > pos else []

    def _before(self, q: QuoteSpan) -> list[Token]:
        sent = sentence_at(self.doc, q.open_at)
        start = max(sent.start_char, doc_text(self.doc).rfind("\n", 0, q.open_at) + 1)
        return _outside(_tokens(self.doc, start, q.open_at), self.att) if q.open_at > start else []

    def _around(self, q: QuoteSpan, after: list[Token]) -> list[Token]:
        """Every word outside quotes in the sentences the quote lies in (and its cue after it):
        where the credit ("according to reports by X") may stand."""
        text = doc_text(self.doc)
        start = max(sentence_at(self.doc, q.open_at).start_char, text.rfind("\n", 0, q.open_at) + 1)
        end = max(sentence_at(self.doc, q.close_at).end_char, after[-1].idx + 1 if after else 0)
        nl = text.find("\n", q.close_at)
        end = min(end, nl) if nl >= 0 else end
        return _outside(_tokens(self.doc, start, end), self.att) if end > start else []

    def cue_speaker(self, sent: Span) -> str | None:
        """The speaker the first cue of ``sent`` outside any quote names."""
        for v in _cues(_outside(list(sent), self.att)):
            spk = speaker_of_cue(self.doc, v, self.att)
            if spk:
                return spk
        return None

    def _standalone(self, q: QuoteSpan, has_cue: bool = False) -> tuple[str | None, str | None]:
        """A quote whose cue named no speaker: the first of ``STANDALONE_RULES`` that finds one."""
        ctx = Standalone(self, q, has_cue)
        for rule in STANDALONE_RULES:
            hit = rule(ctx)
            if hit == NOBODY_NAMED:
                return None, None
            if hit is not None and hit[0]:
                return hit
        return None, None

    def speaker(self, q: QuoteSpan) -> tuple[str | None, str | None, list[Token]]:
        """(speaker, inherited via, the words around the quote that credit it)."""
        doc, att = self.doc, self.att
        if q.parent is not None:
            return self._nested_speaker(q)
        byline = excerpt_byline(doc, q)  # "“…”\nJane Roe, The Daily Planet": the excerpt's author and outlet
        if byline is not None:
            self.aside = False
            self.bylined.add(q.open_at)
            return byline[0], byline[1], []
        before, after = self._before(q), self._after(q)
        around = self._around(q, after)
        framed = next(((hit, rule) for rule in SPEAKER_FRAMES if (hit := rule(doc, q, before, after))), None)
        self.aside = framed is not None and framed[1] in ASIDE_FRAMES
        if framed:
            return framed[0], None, around
        issuer = document_frame(doc, q, before, after)
        if issuer is not None:  # "“…,” according to the report": the document's issuer or nobody named
            if not issuer:
                self.unnamed.add(q.open_at)
            return issuer or None, None, around
        cue = _ancestor_cue(doc, q, att)
        if cue is not None and any(rule(doc, q, cue) for rule in UNNAMED_SOURCE_RULES):
            self.unnamed.add(q.open_at)
            return None, None, around
        # "“…,” the official said", "the official said, “…”": the cue right after (or before) a quote is its own
        framing = _cues(after[:_FRAME_AFTER])[:1] + _cues(before[-_FRAME_BEFORE:])[-1:]
        rules = FRAMING_UNNAMED_RULES + (UNGOVERNED_FRAMING_RULES if cue is None else ())
        if any(rule(doc, q, c) for rule in rules for c in framing):
            self.unnamed.add(q.open_at)
            return None, None, around
        cands = ([cue] if cue is not None else []) + _cues(after) + list(reversed(_cues(before)))
        media_spk = None
        for v in cands:
            spk = speaker_of_cue(doc, v, att)
            if spk and actor_kind(doc, spk) == "media" and speech_kind(v) == "credit":
                media_spk = media_spk or spk  # "BelTA reported": a credit, unless nobody else speaks
                continue
            if spk:
                return spk, None, around
        if media_spk:
            return media_spk, None, around
        if before and any(t.is_alpha for t in before):  # a partial quote: the clause's subject
            spk = self._clause_speaker(q)
            if spk:
                return spk, None, around
        return (*self._standalone(q, has_cue=bool(cands)), around)

    def _nested_speaker(self, q: QuoteSpan) -> tuple[str | None, str | None, list[Token]]:
        """A quote inside another: the cue before it in the outer quote, or the outer quote's speaker;
        first a cue right after it that names someone else ("… ‘We will play hardball,’ Trump told X
        in 2016. …"): not after a full stop ("‘…’ To which Y replied" is the next sentence's), nor a
        verb with a clause of its own ("when A said ‘…,’ B declared that …")."""
        doc, att = self.doc, self.att
        assert q.parent is not None
        parent = self.spans[q.parent]
        ctx = _outside(_tokens(doc, parent.start, q.open_at), att, parent)
        par = next((r for r in self.results if r[0] is parent), None)
        if doc_text(doc)[q.start:q.end].rstrip().endswith(","):
            after = _outside(_tokens(doc, q.close_at + 1, parent.end), att, parent)[:_FRAME_AFTER]
            for v in _cues(after)[:1]:
                spk = speaker_of_cue(doc, v, att)
                if spk and (par is None or spk != par[1]) \
                        and not any(c.dep_ == "ccomp" and c.i > v.i for c in v.children):
                    return spk, None, []
        for v in reversed(_cues(ctx)):
            spk = speaker_of_cue(doc, v, att)
            if spk:
                return nested_credit(v, spk, par)
        if parent.open_at in self.bylined:  # the excerpt's author quotes others' words or scare-quotes
            return None, None, []
        if par is not None and par[1] and _uttered(doc_text(doc)[q.start:q.end]):
            # no cue of its own: a sentence the outer speaker mimics, imagines or quotes from someone
            # unnamed in their own quote ("It was basically, ‘Look, we'll review everything,’” Flynn
            # said); the outer record holds it, and it is no quotation of that speaker by itself. A
            # short term quoted inside ("the ‘world's factory’") stays the outer speaker's words.
            self.within_outer.add(q.open_at)
        return (par[1], par[2], []) if par else (None, None, [])

    def _clause_speaker(self, q: QuoteSpan) -> str | None:
        """The speaker of the clause a partial quote sits in (its nearest verb with one)."""
        doc, att = self.doc, self.att
        inside = _tokens(doc, q.start, q.end)
        cur = inside[0].head if inside else None
        for _ in range(5):
            if cur is None:
                break
            if cur.pos_ in ("VERB", "AUX") and not att.in_quote(cur.idx):
                spk = speaker_of_cue(doc, cur, att)
                if spk:
                    return spk
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return None

    def run(self) -> list[Quote]:
        doc, att = self.doc, self.att
        quotes: list[Quote] = []
        for i, q in enumerate(self.spans):
            if i in self.programmes and q.parent is None:
                self._aired_on(q)
                continue
            if i in self.names or i in self.titles:
                continue
            spk, via, around = self.speaker(q)
            if q.open_at in self.within_outer:
                continue
            around = with_programme_titles(doc, around, self.title_spans)
            credited, told = credit_in(doc, around, spk, att, self.title_spans) if around else (None, False)
            if credited:
                via = credited
                if told and q.parent is None:
                    self.told_outlet = self.told_outlet or credited
            elif via is None and q.parent is None:
                prev = next((r for r in reversed(self.results) if r[0].parent is None), None)
                if self.aired and (prev is None or self.aired[0].open_at > prev[0].open_at):
                    prev = self.aired  # "Lee said on CBS’ “Face the Nation.” “…,” Lee said": the show's outlet
                first = sentence_at(doc, q.open_at)[0]
                if prev and prev[2] and prev[1] == spk and spk and not is_platform(prev[2]) \
                        and carries_via(Carry(doc, first, _inner(doc, q), around, spk, att)):
                    via = prev[2]
                if via is None:  # "X told Reuters ...\n\n“…,” X said.": the outlet the speaker told just before
                    via = told_in_sentence_before(doc, first, around, spk, att)
            if not self.aside:  # an aside's speaker speaks no later quote, nor a later "he said"
                self.results.append((q, spk, via))
                if spk:
                    att.add_speaker(q.close_at, spk)
            att.quotes.append((q.start, q.end, spk, via))
            quotes.append(Quote(id=record_id(doc, "q", len(quotes) + 1), text=doc_text(doc)[q.start:q.end],
                                span=(q.start, q.end), speaker=spk, via=via, direct=True))
        return quotes

    def _aired_on(self, q: QuoteSpan) -> None:
        """“…,” Lee said on CBS’ “Face the Nation.”: the title is no quote, but its outlet is where the
        speaker spoke, and passes on to the speaker's next quotes as a quote's credit does (``carried``)."""
        spk, _, around = self.speaker(q)
        around = with_programme_titles(self.doc, around, self.title_spans)
        credited = credit_in(self.doc, around, spk, self.att, self.title_spans)[0] if around else None
        if spk and credited:
            self.aired = (q, spk, credited)

    def _is_name(self, q: QuoteSpan) -> bool:
        """A quoted name ("The “Guardian” quoted …") names an actor; it is not a quote."""
        toks = [t for t in _tokens(self.doc, q.start, q.end) if not t.is_punct]
        return bool(toks) and all(actor_of(t) for t in toks) and len({actor_of(t) for t in toks}) == 1


# ---------------------------------------------------------------- indirect speech
def find_quotes(doc: Doc, indirect: bool = True) -> list[Quote]:
    """Direct quotes (with nested ones) and, when ``indirect``, reported speech without marks.
    Resolving a speaker pronoun adds it to that actor's mentions; a named outlet the speaker
    "told" becomes ``doc._.outlet`` when the document has none."""
    finder = QuoteFinder(doc)
    quotes = finder.run()
    if finder.told_outlet and doc._.outlet is None and doc.has_extension("outlet"):
        doc._.outlet = finder.told_outlet
    more = reported_speech(doc, finder.att, len(quotes))
    if indirect:
        quotes.extend(more)
    quotes.sort(key=lambda q: q.span[0])
    drop_unquoted_sources(doc, quotes)
    return quotes


@Language.factory("diplograph_quotes", default_config={"indirect": True, "kb_dir": None},
                  assigns=["doc._.quotes", "doc._.omissions", "doc._.mentions", "doc._.outlet", "doc.user_data"],
                  requires=["doc._.actors", "doc._.mentions", "token._.actor"])
def make_quotes(nlp: Language, name: str, indirect: bool, kb_dir: str | None) -> QuotesComponent:
    return QuotesComponent(indirect, kb_dir)


class QuotesComponent:
    """Quotes (direct, and with ``indirect`` reported speech) and omissions; the speech verbs
    and media nouns come from the packaged tables and those of ``kb_dir`` (None: ``$DIPLOGRAPH_KB_DIR``)."""

    def __init__(self, indirect: bool = True, kb_dir: str | None = None) -> None:
        self.indirect = indirect
        self.kb_dir = override_folder(kb_dir)

    def __call__(self, doc: Doc) -> Doc:
        if doc._.actors is None:
            doc._.actors = {}
        with activate(self.kb_dir):
            doc._.quotes = find_quotes(doc, self.indirect)
            doc._.omissions = find_omissions(doc)
        return doc
