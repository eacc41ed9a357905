"""A person's country from the leader's government the text says the person served in (a rule of
``person_country.EVIDENCE_RULES``):

* ``administration_apposition``: "P, a deputy secretary of state in the Obama administration", "P, a senior
  official during the Bush administration", "P, a minister in the Rutte government": an apposition that sets
  the person's post in, during or under the administration or government of a head of state or government the
  KB knows places the person in that leader's state -- the state every office holder the KB knows by that name
  served (a surname out of office is the leader as in "the Obama administration"; not a name two states' leaders
  bear). Not when the apposition names a state itself before it ("the Russian ambassador during the Obama
  administration" is Russia's, read by ``demonym_apposition``), nor past a verb or the apposition's end. The
  nouns of a leader's government are ``kb/actor_words.tsv`` class leader_government.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb.gazetteer import Gazetteer
from .appositions import article_apposition
from .leader_governments import LEADER_GOVERNMENT, MAX_LEADER_TOKENS, leader_name, leader_state
from .roles import Cand

_LINKS = frozenset({"in", "during", "under"})
_ENDS = frozenset({",", ";", ":", ".", "(", ")", "\"", "“", "”", "—", "–", "--"})
_MAX_APPOSITION_TOKENS = 14  # "a special assistant to the president on the Middle East in the"


def _government_of(doc: Doc, g: Gazetteer, j: int) -> str | None:
    """The leader's state of "<leader> administration" starting at ``j`` (after "the")."""
    for n in range(MAX_LEADER_TOKENS, 0, -1):
        e = j + n
        if e < len(doc) and doc[e].lower_ in LEADER_GOVERNMENT and leader_name(doc, j, e):
            return leader_state(g, doc[j:e].text)
    return None


def _names_a_state(doc: Doc, g: Gazetteer, k: int) -> bool:
    hit = g.lookup(doc[k].text) if doc[k].is_title or doc[k].is_upper else None
    return hit is not None and hit[0].kind == "state"


def administration_apposition(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, a deputy secretary of state in the Obama administration``: the state of the leader in, during or
    under whose administration or government the apposition sets the person's post."""
    start = article_apposition(doc, c, room=4)
    if start is None:
        return None
    for k in range(start, min(start + _MAX_APPOSITION_TOKENS, len(doc) - 3)):
        t = doc[k]
        if t.text in _ENDS or t.pos_ in ("VERB", "AUX") or _names_a_state(doc, g, k):
            return None
        state = _government_of(doc, g, k + 2) if t.lower_ in _LINKS and doc[k + 1].lower_ == "the" else None
        if state is not None:
            return state
    return None
