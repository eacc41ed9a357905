"""Quotes inside the "that" clause of a noun of speech: "Trump's assertion that NATO was “very
obsolete”", "his claim that the inquiry is a “witch hunt”", "Biden's statement that “we weren't
told”".

The noun's owner spoke the words; the subject of the verb in the clause ("NATO", "we") is what
they speak about, and the subject of a verb outside the noun ("the White House scrambled to
explain Biden's statement that …") is someone talking about them. The nouns are data
(``kb/speech_nouns.tsv``: nominalisations of the speech verbs).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...kb import load_table, per_folder
from ..common import sentence_of
from ..syntax import resolve_pronoun
from .attribution import PRONOUN_KINDS, actor_kind, phrase_actor, speech_kind, table
from .marks import QuoteSpan

_CLIMB = 8  # heads climbed from the quote's words to the noun whose clause holds them
_CONTENT_DEPS = frozenset({"acl", "ccomp", "appos"})
_OWNER_PREPS = frozenset({"by", "from"})
# a possessive pronoun of a person ("his claim": a man's, read back over every mention, objects too:
# "accused Bolton of … for his suggestion that"); "their", "its" are left to the other rules: a
# plural owner is often a group the text never names ("the lawyers' argument")
_POSSESSIVE_SUBJECT = {"his": "he", "her": "she"}
_OTHER_POSSESSIVES = frozenset({"their", "its", "my", "our", "your"})


@per_folder
def speech_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in load_table("speech_nouns"))


def _noun_before_that(doc: Doc, clause: Token) -> Token | None:
    """The noun of speech right before the "that" opening ``clause`` ("Trump's assertion that
    NATO was …"), wherever the parser hung the clause (on the noun, or on the verb the noun is
    the object of: "pushed back against Trump's assertion that …")."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0 or clause.dep_ not in _CONTENT_DEPS:
        return None
    noun = doc[mark.i - 1]
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in speech_nouns() and not table(doc).in_quote(noun.idx):
        return noun
    return None


def _content_clause_noun(doc: Doc, q: QuoteSpan) -> Token | None:
    """The noun of speech whose "that" clause the quote's words lie in, when no speech verb
    stands between them ("his claim that aides said “…”" is the aides' quote)."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = list(span)
    lo, hi = inside[0].i, inside[-1].i
    att = table(doc)
    for t in inside:
        if lo <= t.head.i <= hi and t.head.i != t.i:
            continue
        child, cur = t, t.head
        for _ in range(_CLIMB):
            if cur.i == child.i or att.in_quote(cur.idx) and not lo <= cur.i <= hi:
                break
            noun = _noun_before_that(doc, child)
            if noun is not None:
                # the clause's first quote only: "countered Todd's assertion that “…” with, “…”",
                # "…that NATO was “obsolete” by telling reporters, “…”" (a parse that ran the clause on)
                return None if any(noun.idx < s < q.start for s, _ in att.quoted) else noun
            if speech_kind(cur) and not lo <= cur.i <= hi:
                return None
            child, cur = cur, cur.head
    return None


def _possessive_owner(doc: Doc, pron: Token, kinds: tuple[str, ...]) -> str | None:
    """"accused Bolton of reckless statements for his suggestion that …": a fitting person named
    earlier in the possessive's own sentence, object or subject; else, as a speaker pronoun is
    read, the subject the text has been following ("Trump met Putin … His claim that …")."""
    speakers, mentions = table(doc).antecedents(doc)
    floor = mentions.position(sentence_of(pron)[0])
    return resolve_pronoun(pron, mentions, kinds, floor=floor) or resolve_pronoun(pron, speakers, kinds)


def _owner(doc: Doc, noun: Token) -> str | None:
    """Who the noun's phrase says spoke: its possessive ("Iran's insistence", "his claim", a
    pronoun resolved as a speaker pronoun is) or its "by"/"from" phrase ("the claim by X that")."""
    for c in noun.children:
        if c.dep_ == "poss":
            subject_form = _POSSESSIVE_SUBJECT.get(c.lower_)
            if c.lower_ in _OTHER_POSSESSIVES:
                return None
            if subject_form is None:
                return phrase_actor(c)
            if c._.actor and actor_kind(doc, c._.actor) == "person":
                return str(c._.actor)
            return _possessive_owner(doc, c, PRONOUN_KINDS[subject_form])
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS and c.i < noun.i + 2:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and phrase_actor(obj):
                return phrase_actor(obj)
    return None


def speech_noun_owner(doc: Doc, q: QuoteSpan, before: list[Token], after: list[Token]) -> str | None:
    """"Trump's assertion that NATO was “very obsolete”", "Biden's statement that “we weren't
    told”": the owner of the noun of speech whose "that" clause holds the quote."""
    noun = _content_clause_noun(doc, q)
    return _owner(doc, noun) if noun is not None else None


# Frames that name a speaker the sentence only reports on ("Erdogan called Putin's claim that … “…” a
# mistake"): a later "he told CNN" is still the sentence subject's, not this speaker's.
ASIDE_FRAMES = frozenset({speech_noun_owner})
