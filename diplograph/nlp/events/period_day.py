"""The period of a dated event is the time of the acts done within it.

A time that dates a noun usually dates that thing, not the act ("after the 2018 summit, X accused
Y": ``dating._dates_a_noun``). An event that lasts a period and holds the act is an exception, as
the occasion of ``occasion_day`` is: "Israel took the Golan Heights in the 1967 war", "Russia
meddled in the 2016 election", "the party lost seats in the May 2014 election": the act happened
within the war or the election, so the time dating it is the act's. Only a noun of
``kb/period_event_nouns.tsv`` in a phrase of "in", "during", "amid" or "throughout" that hangs on
the act's own verb (not "criticised the law passed in the 2014 war", whose phrase is on the
participle, nor an act told in a clause below that verb), and not on a verb of speech: what is
said about a past war or election is mostly said later, and the parse often hangs the phrase of
its content on it ("denied any collusion during the 2016 election").
"""

from __future__ import annotations

from spacy.tokens import Token

from ...kb import load_table, per_folder
from .lexicon import lexicon
from .occasion_day import dated_venue

# Prepositions that put the act inside the event's period: "in the war", "during the campaign".
PERIOD_PREPS = frozenset({"in", "during", "amid", "amidst", "throughout"})


@per_folder
def period_event_nouns() -> frozenset[str]:
    """The nouns of ``kb/period_event_nouns.tsv``: events that last a period holding other acts."""
    return frozenset(row["lemma"].lower() for row in load_table("period_event_nouns"))


def within_a_dated_period(noun: Token, time: Token, anchor: Token, act: Token) -> bool:
    """Whether ``noun`` (the noun the time expression ``time`` dates) is an event lasting a period
    that holds the act ``act``, and the event of ``anchor`` is done there: "captured the town in
    the 1973 war", "interfered in the 2016 election"."""
    return dated_venue(noun, time, anchor, act, (period_event_nouns(), PERIOD_PREPS, _done_in_it))


def _done_in_it(anchor: Token, act: Token) -> bool:
    """The event is the act's own verb, and no verb of speech: what is said about a past war is
    mostly said later ("denied any collusion during the 2016 election")."""
    return act.i == anchor.i and anchor.lemma_.lower() not in lexicon().speech
