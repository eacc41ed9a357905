"""A clause of order measured in days ties two acts' days together.

"Russia expelled the envoys on Tuesday, a day after Britain accused Moscow of the poisoning": the
clause of order says when the accusation happened, counted from its governor's day (Monday); and
"Two days before the leaders met on Friday, Kerry warned Moscow" says when the warning happened
(Wednesday). ``dating.CLIMB_STOPS`` rightly keeps the governor's day off the act of its clause of
order; ``offset_date`` works the day out instead, when one side has a day of its own, the other no
time at all, and the measure is an exact count of days or weeks ("a day", "two days", "the day",
"a week"; not "less than a day", "about two weeks", "days"). A happening that "comes" or "occurred"
after an act, with no time of its own, is the news of the report ("The test comes two days after
Pyongyang fired"): counted from the news peg's day, else, told in the present, the document's date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from ...kb import WordClass
from ..syntax import clause_tokens
from ..time.compare import precision, usable
from .dating import sentence_date
from .peg import news_peg

# The prepositions of a measured order: "a day after", "two days before" (not "since", "until").
MEASURED_ORDER = {"after": -1, "before": 1}
# The units an exact count of which keeps the day: "two days", "a week".
UNIT_DAYS = {"day": 1, "week": 7}
# A count's value from the time tagger: "P2D", "P1W".
COUNT_VALUE = re.compile(r"^P(\d+)([DW])$")
# Words that leave the count exact: "just a day after", "only two days before".
EXACT_WORDS = frozenset({"just", "only", "exactly", "precisely"})
# Single-word determiners that count one: "a day after", "the day before", "one day after".
ONE_WORDS = frozenset({"a", "an", "the", "one"})
# How an act's word hangs on the verb of its clause: the verb's arguments ("in an airstrike").
ARGUMENT_PATH = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "prep", "agent", "dative"})
DAY_PRECISION = 8  # ``compare.precision`` of a full date with its year
# Verbs whose subject is a happening placed in time: "the test comes two days after".
OCCURRENCE_VERBS = WordClass("occurrence_verbs", "occurrence")
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PAST_TAGS = frozenset({"VBD", "VBN"})


def offset_date(doc: Doc, anchor: Token) -> str | None:
    """The act's day counted from the day of the act a measured clause of order ties it to: the
    act told in the clause ("a day after Britain accused Moscow"), else the act it governs ("Kerry
    warned Moscow" under "two days before the leaders met on Friday")."""
    if _ordered_noun(anchor) is not None:
        return _in_the_ordered_clause(doc, anchor)
    verb = _own_verb(anchor)
    if verb is None:
        return None
    day = _in_the_ordered_clause(doc, verb) or _over_an_ordered_clause(doc, verb)
    return None if day is not None and _past_told_later(doc, verb, day) else day


def _past_told_later(doc: Doc, verb: Token, day: str) -> bool:
    """An act told in the past counted to a day after the document's: the day it was counted from
    was misread (a year too late), and the act would pass for one still to come."""
    published: str | None = doc._.published
    return published is not None and verb.tag_ in PAST_TAGS and day > published[:10]


def _own_verb(anchor: Token) -> Token | None:
    """The verb whose clause tells the act: the anchor, or the verb a noun of its arguments hangs on."""
    tok = anchor
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.dep_ not in ARGUMENT_PATH or tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def _ordered(verb: Token) -> tuple[Token, int, int] | None:
    """The governor, the sign (-1 after, +1 before) and the days of a measured clause of order:
    "a day after Britain accused" (an adverbial clause, or a relative one on the measure as the
    parse often has it), "a day after accusing" (a gerund the preposition governs)."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):  # "after X struck and killed"
        verb = verb.head
    if verb.dep_ in ("advcl", "relcl"):
        word = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in MEASURED_ORDER), None)
        governor = verb.head
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in MEASURED_ORDER:
        word, governor = verb.head, verb.head.head
    else:
        return None
    if word is None:
        return None
    if governor.i == word.i - 1:  # the clause hangs on the measure ("a day" <- "after X struck")
        governor = governor.head
    days = _measure(word, (verb, word, governor))
    return (governor, MEASURED_ORDER[word.lower_], days) if days and governor.pos_ in ("VERB", "AUX") else None


def _ordered_noun(noun: Token) -> tuple[Token, int, int] | None:
    """The same of an act named by the noun of a measured phrase of order: "The strikes come two
    days after the attacks in Paris"."""
    prep = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or prep.lower_ not in MEASURED_ORDER \
            or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    days = _measure(prep, (prep, prep.head))
    return (prep.head, MEASURED_ORDER[prep.lower_], days) if days else None


def _measure(word: Token, holders: tuple[Token, ...]) -> int | None:
    """The exact days of the measure right before the word of order ("a day after", "two days
    before"), however the parse hangs it (on the clause, the preposition or the governor), else None."""
    unit = word.doc[word.i - 1] if word.i > 0 else None
    if unit is not None and (unit.dep_ != "npadvmod" or unit.lemma_.lower() not in UNIT_DAYS
                             or all(unit.head.i != h.i for h in holders)):
        unit = None
    words = [unit, *(c for c in unit.children if c.dep_ in ("det", "nummod"))] if unit is not None else []
    if unit is None or any(c.dep_ in ("amod", "quantmod", "advmod") and c.lower_ not in EXACT_WORDS
                           for t in words for c in t.children):
        return None  # "less than a day", "about two weeks", "over three days"
    count = _count(unit)
    return count * UNIT_DAYS[unit.lemma_.lower()] if count else None


def _count(unit: Token) -> int | None:
    """The number before the unit: a determiner of one, else the time tagger's reading."""
    words = [c for c in unit.children if c.dep_ in ("det", "nummod")]
    if len(words) != 1:
        return None
    if words[0].lower_ in ONE_WORDS:
        return 1 if unit.tag_ == "NN" else None
    doc = unit.doc
    for t in doc._.times or []:
        m = COUNT_VALUE.match(t.value or "")
        if m and t.span[0] <= words[0].idx < t.span[1] and (m.group(2) == "D") == (unit.lemma_.lower() == "day"):
            return int(m.group(1))
    return None


def _clause_date(doc: Doc, verb: Token) -> str | None:
    """The date, of any precision, the verb's own clause gives, without climbing."""
    return sentence_date(doc, verb, clause_tokens(verb), climb=False)


def _as_day(value: str | None) -> str | None:
    return value if usable(value) and precision(value) == DAY_PRECISION else None


def _own_day(doc: Doc, verb: Token) -> str | None:
    """The full date the verb's own clause gives, without climbing."""
    return _as_day(_clause_date(doc, verb))


def _governor_day(doc: Doc, governor: Token) -> str | None:
    """The day of the act a clause of order is counted from: its own clause's day, else, for a verb
    of occurrence with no time of its own, the news of the report ("The test comes two days after
    Y fired", "It came a day after Y struck"): the news peg's day, else, told in the present, the
    document's date."""
    value = _clause_date(doc, governor)
    day = _as_day(value)
    if day is not None or governor.lemma_.lower() not in OCCURRENCE_VERBS or value is not None:
        return day
    peg = news_peg(doc)
    if peg is not None:
        return peg[0]
    published: str | None = doc._.published
    return published[:10] if published and governor.tag_ in PRESENT_TAGS else None


def _timeless(doc: Doc, verb: Token) -> bool:
    """The verb's own clause gives no date of any precision."""
    return _clause_date(doc, verb) is None


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _in_the_ordered_clause(doc: Doc, verb: Token) -> str | None:
    """"Russia expelled the envoys on Tuesday, a day after Britain accused Moscow": Monday."""
    found = _ordered_noun(verb) or _ordered(verb)
    if found is None or not _timeless(doc, verb):
        return None
    governor, sign, days = found
    day = _governor_day(doc, governor)
    return _shift(day, sign * days) if day else None


def _over_an_ordered_clause(doc: Doc, verb: Token) -> str | None:
    """"Two days before the leaders met on Friday, Kerry warned Moscow": Wednesday."""
    if not _timeless(doc, verb):
        return None
    for child in verb.children:
        clause = child if child.dep_ == "advcl" else next(
            (c for c in child.children if c.dep_ == "pcomp"), None) if child.dep_ == "prep" else None
        if clause is None:
            continue
        found = _ordered(clause)
        if found is None or found[0].i != verb.i:
            continue
        day = _own_day(doc, clause)
        return _shift(day, -found[1] * found[2]) if day else None
    return None
