"""Quotes of a source the article introduces without a name at the quote itself: "“…,” a senior
official said", "“…,” one resident told Reuters", "as one diplomat put it, “…”", "“…,” one said".

The speech verb's subject is an indefinite description ("a senior official", "one user", "a
witness") or the numeral "one" standing alone for one of the people met before ("two agents
questioned him. “…,” one said"), so the words have no named speaker. Without this, the quote went
on to the other rules and took the speaker of the previous quote in its paragraph ("“…,” Merkel
said. “…,” a senior official said": not Merkel) or of the verb the quote's clause hangs on ("Kerry
will tell Beijing that Pyongyang is, as one official said, “…”": not Kerry).

A person the phrase names only as whom the source serves or is near ("a Romney aide", "a person
close to Obama", "an aide who knew him") is not the source; nor is a person the actors component
linked the description's noun to ("Jo Lee, a top aide ... one senior GOP aide said": an indefinite
description introduces someone new, ``attribution.new_referent``). A person named in apposition or
by a naming participle ("an aide, Jo Lee,", "a local named Maher") is the speaker, read as before;
so is a phrase naming a state or body the source serves ("a German official", "a spokesman for the
army": the phrase's actor, or its unnamed source, ``unnamed.py``), and a spokesperson's principal
("a Lee spokesman": the office speaks for them, ``spokespeople.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..syntax import SPEAKER_SUBJECT, subject_of
from .attribution import (
    GROUP_NOUNS,
    UNNAMED_SOURCE_DETERMINERS,
    actor_kind,
    document_nouns,
    in_relative_clause,
    media_nouns,
    new_referent,
    table,
)
from .marks import QuoteSpan
from .spokespeople import spokesperson_title

# Participles that give a source's name in its own phrase: "a local named Maher", "a man identified as X".
_NAMING_VERBS = frozenset({"name", "call", "identify"})


# Marks before a lone "one" that set it off as an apposition, not a subject: "Sir Jo Lee - one of the
# sponsors - said" is Lee's clause.
_APPOSITION_MARKS = frozenset({"-", "–", "—", ",", "("})


def _the_numeral_one(subj: Token) -> bool:
    """"“…,” one said", "one of them told CNN": the numeral standing alone for one of some people."""
    if subj.lower_ != "one" or subj.pos_ not in ("PRON", "NUM") or any(c.dep_ == "det" for c in subj.children):
        return False
    if subj.head.dep_ == "pcomp" and subj.head.head.lower_ == "with":
        return False  # "U.S. officials say …, with one saying “…”": one of the people its sentence names
    before = subj.nbor(-1) if subj.i > 0 else None
    return before is None or before.text not in _APPOSITION_MARKS


def _indefinite_description(subj: Token) -> bool:
    """"a senior official", "one senior GOP aide", "another witness": a singular common noun with an
    indefinite determiner."""
    return subj.pos_ == "NOUN" and subj.tag_ == "NN" and any(
        c.dep_ in ("det", "nummod") and c.lower_ in UNNAMED_SOURCE_DETERMINERS for c in subj.children)


def _names_the_source(t: Token, subj: Token) -> bool:
    """A word of the phrase that gives the source's own name: in apposition to its head ("an aide,
    Jo Lee,") or after a naming participle ("a local named Maher")."""
    cur = t
    while cur.i != subj.i and cur.head.i != cur.i:
        if cur.dep_ == "appos" and cur.head.i == subj.i:
            return True
        if cur.dep_ == "acl" and cur.head.i == subj.i and cur.lemma_.lower() in _NAMING_VERBS:
            return True
        cur = cur.head
    return False


def _speaker_named(t: Token, subj: Token) -> bool:
    """Whether a word of the source's phrase names who speaks: a state, body or outlet it serves
    (read as before), or a person named as the source; not a person it serves, is near or is
    described by ("a Romney aide", "a person close to Obama", "a source who knew him"), nor a person
    the noun itself was linked to (``new_referent``), nor an unlisted name of what it serves ("a GOP aide")."""
    if t.i == subj.i:
        return bool(t._.actor) and not new_referent(t)
    kind = actor_kind(t.doc, t._.actor)
    if kind is not None and kind != "person":
        return not in_relative_clause(t, subj)
    named = kind == "person" or (t.pos_ == "PROPN" and t.ent_type_ == "PERSON")
    return named and _names_the_source(t, subj)


def _subordinate_frame(q: QuoteSpan, cue: Token) -> bool:
    """"…“peoples' fears to scare up votes” after a Clinton ad suggested she …": a cue near the quote in
    a clause opened by a subordinator other than "as" ("after", "because", "when") that does not hold
    the quote reports another act, not who said the quoted words ("as one official put it" frames them)."""
    if not any(c.dep_ == "mark" and c.lower_ != "as" for c in cue.children):
        return False
    return not cue.left_edge.idx <= q.start <= cue.right_edge.idx


def indefinite_source_subject(doc: Doc, q: QuoteSpan, cue: Token) -> bool:
    """"“…,” a senior official said", "as one diplomat put it, “…”", "“…,” one said": the speech
    verb's own subject is an indefinite description or a lone "one" whose phrase names no speaker
    (``_speaker_named``); not a document, an outlet or an organisation noun ("a statement said", "a
    newspaper reported": their issuers), nor a spokesperson ("a Lee spokesman": their principal)."""
    subj = subject_of(cue, SPEAKER_SUBJECT)
    if subj is None or subj.head.i != cue.i or subj.dep_ != "nsubj":
        return False  # only the verb's own subject: "a meeting could take place but he warned" names no source
    if table(doc).in_quote(subj.idx) or not (_the_numeral_one(subj) or _indefinite_description(subj)):
        return False
    if _subordinate_frame(q, cue):
        return False
    nouns = [subj] + [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj" and subj.lower_ == "one"]  # "one of the reports" is a document
    if any(n.lemma_.lower() in document_nouns() | media_nouns() | GROUP_NOUNS for n in nouns):
        return False
    if spokesperson_title(subj) and any(actor_kind(doc, t._.actor) == "person" for t in subj.subtree if t.i != subj.i):
        return False  # "a Lee spokesman", "a spokeswoman for Lee": the principal's word, on the record
    return not any(_speaker_named(t, subj) for t in subj.subtree)
