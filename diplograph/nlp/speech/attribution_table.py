"""The per-document attribution table: ``Attribution`` (quote spans and sentences -> speaker, via;
the resolved speakers, the quoted spans, who stands for a state) and the antecedents it indexes for
speaker pronouns and definite descriptions (``PRONOUN_ANTECEDENT_RULES``: which mentions a "he said"
may refer back to). ``attribution.py`` fills it and reads it back; ``speech_kind`` tells a cue verb
(``kb/speech_verbs.tsv``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.attrs import LEMMA, POS
from spacy.tokens import Doc, Token

from ..common import gender_words, speech_verbs
from ..extensions import Mention
from ..lines import excerpt_credit_at
from ..syntax import SUBJECT_DEPS, Antecedents, mention_genders
from .titled import titled_subjects


def speech_kind(tok: Token) -> str | None:
    """``say``/``credit``/``think`` when ``tok`` is a verb that introduces reported speech."""
    if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
        return None
    if tok.lemma_.lower() == "point" and not any(c.lower_ == "out" for c in tok.children):
        return None
    if tok.lemma_.lower() == "put":
        return "say" if puts_it_as(tok) else None
    return speech_verbs().get(tok.lemma_.lower())


def puts_it_as(tok: Token) -> bool:
    """"“…,” as Lopez put it", "as one official put it, “…”": "put it" in a clause opened by "as" gives the
    words quoted beside it as the subject's own way of saying them (the idiom "put it", express, only)."""
    kids = list(tok.children)
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids) and \
        any(c.dep_ == "mark" and c.lower_ == "as" for c in kids) and any(c.dep_ == "nsubj" for c in kids)


def reported_clause_subject(head: Token) -> bool | None:
    """"Mattis told reporters that President Trump had not decided. “…,” he said.": the subject
    of a clause that a speech verb reports is what the reporter spoke about; the pronoun that
    follows continues with the reporter (the subject of the speech verb), not with him."""
    if head.dep_ not in SUBJECT_DEPS:
        return None
    clause = head.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "that A left and B stayed"
        clause = clause.head
    reporter = clause.head
    if clause.dep_ != "ccomp" or reporter.i == clause.i or not speech_kind(reporter):
        return None
    doc = head.doc
    if "\n" in doc[min(reporter.i, head.i):max(reporter.i, head.i) + 1].text:
        return None  # a parse run on across a paragraph: the next paragraph's subject is its own
    # "it was said that X ...": no reporter to continue with; "X will come, he said": a pronoun
    # reporter after the clause is X himself ("X will come, Qureshi said" names another)
    if not any(c.dep_ in ("nsubj", "nsubjpass") and (c.i < head.i or c.pos_ != "PRON")
               for c in reporter.children):
        return None
    return False


def clause_subject(head: Token) -> bool | None:
    """"Mattis said", "Defense Secretary Jim Mattis, ... said": the subject of a clause (or a
    name beside it) is what a later "he said" most often continues with."""
    if head.dep_ in SUBJECT_DEPS or (head.dep_ in ("appos", "compound") and head.head.dep_ in SUBJECT_DEPS):
        return True
    return None


def according_to_source(head: Token) -> bool | None:
    """"A woman was trapped, according to Lee Park, who was there. “…,” she told the BBC.": the
    person named as the source of a report ("according to X") is whom the quote after it, told
    with a pronoun, most often continues with, though X is no clause subject."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lower_ != "according":
        return None
    actor = (head.doc._.actors or {}).get(head._.actor) if head._.actor else None
    return True if actor is not None and actor.kind == "person" else None


def relative_clause_speaker(head: Token) -> bool | None:
    """"The mood was the same from Lena Ortiz, who told reporters that talks go on.\n\n“…,” she
    said.": a person a relative clause says spoke ("who said", "who told X") is whom a following
    speaker pronoun continues with, though the name is no clause subject."""
    spoke = any(c.dep_ == "relcl" and speech_kind(c) and any(
        s.dep_ in SUBJECT_DEPS and s.lower_ in ("who", "that") for s in c.children) for c in head.children)
    if not spoke:
        return None
    actor = (head.doc._.actors or {}).get(head._.actor) if head._.actor else None
    return True if actor is not None and actor.kind == "person" else None


# Which mentions a speaker pronoun may refer back to, in order: the first rule with an answer
# (True: may, False: may not) decides; no answer: not an antecedent.
PRONOUN_ANTECEDENT_RULES: tuple[Callable[[Token], bool | None], ...] = (
    reported_clause_subject, clause_subject, according_to_source, relative_clause_speaker)


def pronoun_antecedent(head: Token) -> bool:
    """Whether a mention headed by ``head`` (outside quotes) may be what a speaker pronoun means."""
    return next((v for rule in PRONOUN_ANTECEDENT_RULES if (v := rule(head)) is not None), False)


@dataclass
class Attribution:
    """Per-document record of resolved reported speech, in text order."""

    quotes: list[tuple[int, int, str | None, str | None]] = field(default_factory=list)  # span, speaker, via
    sentences: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)  # sent start char ->
    speakers: list[tuple[int, str]] = field(default_factory=list)  # (char offset, actor id) of resolved speakers
    quoted: list[tuple[int, int]] = field(default_factory=list)  # every quoted char span
    # a speaking body or an unnamed source -> its state (bodies.py, unnamed.py)
    stands_for: dict[str, str] = field(default_factory=dict)
    # antecedents of speaker pronouns and of definite descriptions, indexed as the text is read
    _index_key: tuple[int, ...] = field(default=(), repr=False)
    _indexed_speakers: int = field(default=0, repr=False)
    _pronoun_antecedents: Antecedents | None = field(default=None, repr=False)
    _description_antecedents: Antecedents | None = field(default=None, repr=False)
    _mention_starts: list[int] | None = field(default=None, repr=False)  # token starts, when sorted
    # the quoted spans merged into disjoint intervals, rebuilt when ``quoted`` changes
    _merged_from: tuple[object, int] = field(default=(None, -1), repr=False)
    _merged: tuple[list[int], list[int]] = field(default=([], []), repr=False)
    _nouns: dict[str, list[int]] | None = field(default=None, repr=False)  # noun lemma -> token indices

    def in_quote(self, char: int) -> bool:
        """Whether ``char`` lies inside any quoted span (a bisect: this is asked for every token)."""
        if self._merged_from[0] is not self.quoted or self._merged_from[1] != len(self.quoted):
            starts: list[int] = []
            ends: list[int] = []
            for s, e in sorted(self.quoted):
                if ends and s <= ends[-1]:
                    ends[-1] = max(ends[-1], e)
                else:
                    starts.append(s)
                    ends.append(e)
            self._merged_from, self._merged = (self.quoted, len(self.quoted)), (starts, ends)
        starts, ends = self._merged
        k = bisect.bisect_right(starts, char) - 1
        return k >= 0 and char < ends[k]

    def earlier_noun(self, doc: Doc, tok: Token) -> Token | None:
        """The nearest common noun before ``tok`` with its lemma (a bisect into a per-document index)."""
        if self._nouns is None:
            self._nouns = {}
            strings = doc.vocab.strings  # read from arrays: no Token built per word of the document
            noun = strings["NOUN"]  # the part of speech's symbol id
            for i, (pos, lemma) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
                if pos == noun:
                    self._nouns.setdefault(strings[lemma].lower(), []).append(i)
        seen = self._nouns.get(tok.lemma_.lower(), [])
        k = bisect.bisect_left(seen, tok.i) - 1
        return doc[seen[k]] if k >= 0 else None

    def add_speaker(self, char: int, actor_id: str) -> None:
        """Record a resolved speaker at ``char`` (a later pronoun may refer back to it)."""
        self.speakers.append((char, actor_id))

    def antecedents(self, doc: Doc) -> tuple[Antecedents, Antecedents]:
        """(for speaker pronouns: speakers and subject mentions outside quotes; for definite
        descriptions: speakers and every mention outside quotes), brought up to date with the
        speakers and mentions recorded so far. A speaker outranks a mention at the same place."""
        mentions = doc._.mentions
        key = (id(self.quoted), len(self.quoted), id(mentions), len(mentions or ()), id(doc._.actors))
        if key != self._index_key or self._pronoun_antecedents is None or self._description_antecedents is None:
            actors = doc._.actors or {}
            genders = mention_genders(doc, mentions or (), gender_words())
            self._pronoun_antecedents = Antecedents(actors, genders=genders)
            self._description_antecedents = Antecedents(actors, genders=genders)
            self._indexed_speakers = 0
            for m in mentions or ():
                self._index_mention(doc, m)
            # "The attorney general dismissed it. “…,” he said": a title the document gave a person
            for head, holder in titled_subjects(doc, self._pronoun_antecedents, pronoun_antecedent,
                                                self.in_quote):
                self._pronoun_antecedents.add(head.idx, holder, rank=1)
            starts = [m.start for m in mentions or ()]
            self._mention_starts = starts if all(a <= b for a, b in zip(starts, starts[1:], strict=False)) else None
            self._index_key = key
        for pos, aid in self.speakers[self._indexed_speakers:]:
            self._pronoun_antecedents.add(pos, aid, rank=0)
            self._description_antecedents.add(pos, aid, rank=0)
        self._indexed_speakers = len(self.speakers)
        return self._pronoun_antecedents, self._description_antecedents

    def _index_mention(self, doc: Doc, m: Mention) -> None:
        assert self._pronoun_antecedents is not None and self._description_antecedents is not None
        if self.in_quote(m.start_char) or excerpt_credit_at(doc, m.start_char) is not None:
            return  # a roundup's writer credited under an excerpt: no one the next excerpt's "he" refers to
        self._description_antecedents.add(m.start_char, m.actor_id, rank=1)
        head = doc[m.start:m.end].root
        if pronoun_antecedent(head):
            self._pronoun_antecedents.add(m.start_char, m.actor_id, rank=1)

    def add_mention(self, doc: Doc, m: Mention) -> None:
        """Insert a new mention into ``doc._.mentions`` (kept in text order) and the indexes."""
        self.antecedents(doc)
        mentions = doc._.mentions
        starts = self._mention_starts
        if mentions is None or starts is None:  # not in text order: sort as a new list, re-index later
            mentions = [*(mentions or []), m]
            mentions.sort(key=lambda x: x.start)
            doc._.mentions = mentions
            return
        k = bisect.bisect_right(starts, m.start)
        starts.insert(k, m.start)
        mentions.insert(k, m)
        self._index_mention(doc, m)
        self._index_key = (*self._index_key[:3], len(mentions), *self._index_key[4:])

    def has_mention_at(self, doc: Doc, start: int) -> bool:
        self.antecedents(doc)
        starts = self._mention_starts
        if starts is None:
            return any(m.start == start for m in doc._.mentions or [])
        k = bisect.bisect_left(starts, start)
        return k < len(starts) and starts[k] == start
