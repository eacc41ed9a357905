"""The day of an occasion is the day of the acts done at it.

A time that dates a noun usually dates that thing, not the act ("after the 2018 summit, X accused
Y" does not put the accusation in 2018: ``dating._dates_a_noun``). An occasion the act is done at
is the exception: "Graham said at a Thursday news conference", "Biden warned Russia during a
Tuesday visit to Kiev", "Obama thanked the troops during Christmas Day remarks", "the minister
spoke at Sunday's cabinet session": the act happened at the gathering, so the gathering's time is
its own. Only a noun of ``kb/occasion_nouns.tsv`` (a meeting, a hearing, a visit, a speech) in a
phrase of "at", "during" or "in" that hangs on the act itself, not on a noun or a clause below it
("criticised the plan unveiled at Monday's meeting" is not dated by the meeting).
"""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Token

from ..common import line_break_between, occasion_nouns

# Prepositions that put the act inside the occasion: "at the briefing", "during the visit", "in his speech".
OCCASION_PREPS = frozenset({"at", "during", "in"})


def phrase_head(noun: Token) -> Token:
    """The head of the compound a dated word opens: "a Friday press briefing" is the briefing."""
    while noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


# How an act hangs on the verb done at the occasion and still belongs to it: the object of that
# verb ("delivered a warning during ..."), what was said there ("told Rice during Monday's meeting
# that he would not back down"), a verb joined to it or its open complement.
NOMINAL_ACT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
TOLD_THERE_DEPS = frozenset({"ccomp", "xcomp", "conj"})


def act_verb(anchor: Token, verb: Token) -> Token:
    """Where the act of ``anchor`` starts its climb to ``verb``: a noun that is a verb's object or
    subject ("delivered a warning during ...") climbs from that verb, any other word from itself."""
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in NOMINAL_ACT_DEPS and anchor.i != verb.i:
        return anchor.head
    return anchor


def _done_there(anchor: Token, verb: Token) -> bool:
    """Whether the act of ``anchor`` is ``verb``'s own, or its object's, or told in its content
    through verbs alone: not an act of a noun's clause the parse hangs below it ("back to the 2008
    campaign when China hacked ..., X said at a Friday briefing")."""
    node = act_verb(anchor, verb)
    while node.i != verb.i:
        if node.pos_ not in ("VERB", "AUX") or node.dep_ not in TOLD_THERE_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return True


def same_paragraph(anchor: Token, time: Token) -> bool:
    """No line break between the act and the time: a sentence the parse runs over a paragraph's
    end is two sentences."""
    first, last = sorted((anchor.i, time.i))
    return not line_break_between(anchor.doc, anchor.doc[first].idx, anchor.doc[last].idx)


def occasion_of_the_act(noun: Token, time: Token, anchor: Token, act: Token) -> bool:
    """Whether ``noun`` (the noun the time expression ``time`` dates) is an occasion the act
    ``act`` is done at, and the event of ``anchor`` is done there: "said at a Tuesday news
    conference", "warned Russia during a Tuesday visit"."""
    return dated_venue(noun, time, anchor, act, (occasion_nouns(), OCCASION_PREPS, _done_there))


Venue = tuple[Container[str], frozenset[str], Callable[[Token, Token], bool]]


def dated_venue(noun: Token, time: Token, anchor: Token, act: Token, venue: Venue) -> bool:
    """Whether ``noun``, the noun the time ``time`` dates, is a venue of the act ``act`` and the
    event of ``anchor`` belongs there: a word of ``venue``'s nouns (what the dated compound is
    headed by) in a phrase of one of its prepositions hung on ``act`` itself, the event reached
    from ``act`` as its reader (the venue's third part) says, in the same paragraph as the time."""
    nouns, preps, reached = venue
    head = phrase_head(noun)
    if head.lemma_.lower() not in nouns or head.dep_ != "pobj":
        return False
    prep = head.head
    return prep.lower_ in preps and prep.head.i == act.i and reached(anchor, act) and same_paragraph(anchor, time)
