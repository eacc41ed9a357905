"""The time of a dated medium is the time of the acts told in it.

A time that dates a noun usually dates that thing, not the act ("after the 2018 summit, X accused
Y": ``dating._dates_a_noun``). The medium an act is done in is an exception, as the occasion of
``occasion_day`` is: "In a 2008 paper, the adviser called on officials to ...", "in a Friday
statement, the senator applauded the freeze", "In a February op-ed, Bolton made the case for
...", "In a Monday tweet, Trump joined the leaders in condemning ...": the call, the praise and the
condemnation were made in the paper, the statement or the tweet, so the time dating it is the
act's. Only a noun of ``kb/speech_media.tsv`` (a statement, a letter, a tweet, a paper, a report)
in a phrase of "in", "through" or "via" that hangs on the act's own verb (not "criticised the law
described in a 2015 report", whose phrase is on the participle), and only for the act of that
verb, its object or an open complement or joined verb; a content clause below it keeps its own
time unless it is told in the speaker's time ("said in a Tuesday statement that Russia must
leave"): what a 2015 report says was done ("killed 200 people") was done before the report.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..common import speech_media
from ..tense import is_not_past
from .occasion_day import act_verb, dated_venue

# Prepositions that make a medium the channel of the act: "in a statement", "via a video".
MEDIUM_PREPS = frozenset({"in", "through", "via"})
# How an act hangs on the verb whose medium it is and still was done in it: its object
# ("made the case in an op-ed": ``occasion_day.act_verb``), its open complement ("called on X to
# ..."), a verb joined to it.
ALONGSIDE_DEPS = frozenset({"xcomp", "conj"})


def _told_in_it(anchor: Token, verb: Token) -> bool:
    """Whether the act of ``anchor`` is ``verb``'s own, its object's, or reached from it through
    open complements, joined verbs and content clauses in the speaker's time ("said ... Russia
    must leave"); not through a past content clause ("said Israel killed"), nor a noun's clause."""
    node = act_verb(anchor, verb)
    while node.i != verb.i:
        if node.pos_ not in ("VERB", "AUX") or node.head.i == node.i:
            return False
        if node.dep_ not in ALONGSIDE_DEPS and not (node.dep_ == "ccomp" and is_not_past(node)):
            return False
        node = node.head
    return True


def medium_of_the_act(noun: Token, time: Token, anchor: Token, act: Token) -> bool:
    """Whether ``noun`` (the noun the time expression ``time`` dates) is a medium of speech the
    act ``act`` is done in, and the event of ``anchor`` is told there: "In a 2008 paper, X called
    on Y to ...", "in a Friday statement, X applauded Y"."""
    return dated_venue(noun, time, anchor, act, (speech_media(), MEDIUM_PREPS, _told_in_it))
