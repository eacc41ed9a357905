"""What a relation statement says beyond its pair: the kind a word states (a figurative war is a
rivalry), the relation noun an adjective describes ("strained ties"), the label with its modifiers
("all-weather comprehensive strategic partnership") and the date the relation began ("since 2013",
"a friend of 30 years").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...kb import load_table, per_folder
from ..common import doc_text, sentence_of
from ..syntax import NOMINAL_SUBJECT_DEPS, own_subject
from .statement import _words

LABEL_DEPS = ("amod", "compound", "nummod", "quantmod", "advmod", "npadvmod", "nmod", "punct", "cc", "conj")
# Durations that date a relation's start back from the document ("a friend of 30 years").
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
SINCE_YEAR = re.compile(r"\bsince (?:at least )?(?:the (?:early |late |mid-)?)?((?:19|20)\d\d)\b", re.I)
FOR_YEARS = re.compile(r"\b(?:for|of) (?:more than |nearly |almost |over |about |some )?(\d{1,2}|"
                       + "|".join(NUMBER_WORDS) + r") (years|decades)\b", re.I)


@per_folder
def _figurative() -> dict[str, frozenset[str]]:
    """Trigger lemma -> the modifiers that make it figurative (``kb/figurative.tsv``: "a trade war")."""
    out: dict[str, set[str]] = {}
    for r in load_table("figurative"):
        out.setdefault(r["trigger"].lower(), set()).add(r["modifier"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def stated_kind(kind: str, head: Token) -> str:
    """"a trade war with China", "a war of words", "a new cold war": a war in a figurative sense
    (``kb/figurative.tsv``, the events layer's table) states a rivalry between its sides, not an
    armed conflict."""
    words = _figurative().get(head.lemma_.lower())
    if kind != "conflict" or not words:
        return kind
    for c in head.children:
        if c.dep_ in ("compound", "amod") and c.lemma_.lower() in words:
            return "rivalry"
        if c.dep_ == "prep" and any(f"{c.lower_} {x.lemma_.lower()}" in words for x in c.children if x.dep_ == "pobj"):
            return "rivalry"
    return kind



def _needed_noun(head: Token, needs: frozenset[str]) -> Token | None:
    """The relation noun a word like "strained" needs, within a few words of it ("ties are
    strained", "strained ties"); a window rather than the parse, which often misattaches it."""
    sent = sentence_of(head)
    window = sent.doc[max(sent.start, head.i - 4):min(sent.end, head.i + 4)]
    near = sorted((t for t in window if t.i != head.i and (t.lemma_.lower() in needs or t.lower_ in needs)),
                  key=lambda t: abs(t.i - head.i))
    return near[0] if near else None


def _label(span: Span) -> str:
    """The relation words with their modifiers ("all-weather comprehensive strategic partnership")."""
    head = span[-1]
    left = span.start
    for c in head.lefts:
        # never across a line break (a dateline the parser hangs on the noun)
        if (c.dep_ in LABEL_DEPS and not any(t._.actor for t in c.subtree)
                and "\n" not in span.doc[c.left_edge.i:span.start].text):
            left = min(left, c.left_edge.i)
    while left < span.start and span.doc[left].is_punct:
        left += 1
    return span.doc[left:span.end].text.strip("“”\"‘’ ,")


def _anchor(head: Token) -> Token:
    """The relation noun an adjective describes ("strained ties", "ties are strained")."""
    if head.pos_ in ("NOUN", "PROPN") and (head.dep_ != "amod" or head.head._.actor):
        return head  # "Dutch rival NXP Semiconductors", parsed as an adjective: a title, as a compound is
    if head.dep_ == "amod":
        return head.head
    for verb in (head, head.head):  # "relations are strained" / "relationship is strained"
        subj = own_subject(verb, NOMINAL_SUBJECT_DEPS)
        if subj is not None:
            return subj
    return head


def _since(doc: Doc, sent: Span) -> str | None:
    """When the relation began, as the sentence says: "since 2013", "a friend of 30 years" (counted
    back from the document's year), or the date of a founding act ("signed in 2022")."""
    text = sent.text
    if m := SINCE_YEAR.search(text):
        return m.group(1)
    year = (doc._.published or "")[:4]
    if (m := FOR_YEARS.search(text)) and year.isdigit():
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1).lower()]
        return str(int(year) - n * (10 if m.group(2).lower() == "decades" else 1))
    times = [t for t in (doc._.times or []) if sent.start_char <= t.span[0] < sent.end_char and t.value]
    if not times:
        return None
    for t in times:
        if doc_text(doc)[max(sent.start_char, t.span[0] - 6):t.span[0]].lower().strip().endswith("since"):
            return str(t.value)
    verbs = {t.lemma_.lower() for t in sent if t.pos_ == "VERB"}
    return str(times[0].value) if verbs & _words("founding_verb") else None

