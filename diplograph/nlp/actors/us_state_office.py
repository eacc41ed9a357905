"""A person's country from an office of an American state named before the name (a rule of
``person_country.EVIDENCE_RULES``).

``us_state_before_title_words``: "Oklahoma Attorney General X", "Kansas Secretary of State X", "New York Police
Commissioner X": the capitalised words right before the name hold a title of the KB and, before them, the name of
a state of the United States (``kb/actor_words.tsv`` us_state): the office is that American state's, and the
person holds it in the United States. It is ``person_affiliation.state_before_title_words`` for the states of
the Union, which the KB lists apart from sovereign states. Not a name a sovereign state also bears ("Georgia
Prime Minister X"), nor one inside a longer name ("West Texas Oil Board Chairman" reads "West Texas" as a whole
only when listed), nor after a prefix.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb.gazetteer import Gazetteer
from .person_affiliation import _MAX_TITLE_WORDS_BEFORE_NAME, _PREFIXES, _phrase_ending_at, _titles_in
from .person_home import US_STATES
from .roles import Cand

_MAX_US_STATE_WORDS = 2  # "New York", "South Carolina"


def _us_state(g: Gazetteer, doc: Doc, s: int, e: int) -> str | None:
    """USA when ``s``..``e`` is the name of an American state no other state of the KB bears."""
    words = doc[s:e].text
    if words not in US_STATES:
        return None
    hit = g.lookup(words)
    return "USA" if hit is None or hit[0].country == "USA" else None


def us_state_before_title_words(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``Oklahoma Attorney General Dan Roe``, ``New York Police Commissioner X``: an American state's name before
    the capitalised words of a KB title that open the person's mention places the person in the United States."""
    for k in range(c.start - 1, max(c.start - 2 - _MAX_TITLE_WORDS_BEFORE_NAME, -1), -1):
        if k + 1 < c.start and _titles_in(g, doc, k + 1, c.start) \
                and _phrase_ending_at(doc, k, _MAX_US_STATE_WORDS, lambda s, e: _us_state(g, doc, s, e), _PREFIXES):
            return "USA"
        if not (doc[k].is_alpha and (doc[k].is_title or doc[k].is_upper or doc[k].lower_ == "of")):
            return None  # "Secretary of State" keeps its "of"
    return None
