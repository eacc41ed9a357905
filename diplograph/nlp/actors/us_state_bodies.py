"""Legislators and officials of a state of the United States: "New Jersey lawmakers", "lawmakers in Ohio".

A place before a title usually says where, not whose ("the Vermont senator" is no body of Vermont:
``roles._role_phrase``). A state of the United States is itself a polity: its legislators and officials
("Ohio lawmakers", "New Jersey state legislators", "North Carolina officials", "lawmakers in Ohio") act
for a government inside the United States, which CAMEO codes as the country's (USA, with the
legislature or government as their sector). The states are ``kb/actor_words.tsv`` class us_state (US
Census Bureau list); only plural titles of the legislature and government sectors count.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb import WordClass
from ...kb.gazetteer import Title

# The states of the Union (US Census Bureau list), read by every rule that places a person, a body or
# a party's members in one (person_home, person_country, orgs, party_members, us_state_office).
US_STATES = WordClass("actor_words", "us_state")
_SECTORS = frozenset({"legislature", "government"})
_STATE_WORDS = frozenset({"state"})  # "New Jersey state lawmakers"
_LONGEST_STATE_NAME = 3  # "District of Columbia"


def _state_before(doc: Doc, end: int) -> int | None:
    """The start of a US state's name ending at ``end`` (past a "state" word), or None."""
    if end > 0 and doc[end - 1].lower_ in _STATE_WORDS:
        end -= 1
    for n in range(_LONGEST_STATE_NAME, 0, -1):
        if end - n >= 0 and doc[end - n:end].text in US_STATES and doc[end - n].is_title:
            return end - n
    return None


def _state_after(doc: Doc, start: int) -> int | None:
    """The end of "in <US state>" starting at ``start``, or None."""
    if start + 1 >= len(doc) or doc[start].lower_ != "in":
        return None
    for n in range(_LONGEST_STATE_NAME, 0, -1):
        e = start + 1 + n
        if e <= len(doc) and doc[start + 1:e].text in US_STATES and doc[start + 1].is_title \
                and not (e < len(doc) and doc[e].is_title):  # "in New York City" is a city
            return e
    return None


def us_state_span(doc: Doc, start: int, end: int, title: Title) -> tuple[int, int] | None:
    """"Ohio lawmakers", "lawmakers in Ohio": the span of a plural legislature or government title
    (at ``start:end``) with the US state it belongs to, which names the United States (as "U.S.
    lawmakers" does); None when no US state's name is beside it."""
    if not title.plural or title.sector not in _SECTORS:
        return None
    before = _state_before(doc, start)
    if before is not None:
        return before, end
    after = _state_after(doc, end)
    return (start, after) if after is not None else None
