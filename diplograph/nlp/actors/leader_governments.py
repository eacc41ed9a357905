"""The government of a leader the KB knows, named after the leader ("the Obama Administration", "the Reagan
administration", "the Rutte government"): the leader's state.

* ``leader_state``: the one state every office holder the KB knows by a name (full name or surname alias)
  served; none for a name two states' leaders bear.
* ``leader_government_country`` (read by ``orgs.org_countries``): an organisation the NER found whose name is a
  known leader's name and a noun of ``kb/actor_words.tsv`` class leader_government, "the Reagan Administration",
  is of the leader's state wherever the story is set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...kb import WordClass
from ...kb.gazetteer import Gazetteer, outlet_key

if TYPE_CHECKING:  # roles.py reads administrations.py, which reads this module
    from .roles import Cand

LEADER_GOVERNMENT = WordClass("actor_words", "leader_government")
MAX_LEADER_TOKENS = 3  # "George W. Bush"


def leader_state(g: Gazetteer, name: str) -> str | None:
    """The one state every office holder the KB knows by ``name`` (full name or surname alias) served."""
    states = {t.country for t in g.leaders.get(outlet_key(name), []) if t.title}
    state = states.pop() if len(states) == 1 else None
    return state if g.state(state) is not None else None


def leader_name(doc: Doc, s: int, e: int) -> bool:
    """Tokens ``s``..``e`` may be a person's name: capitalised proper nouns or initials ("George W. Bush")."""
    return 0 < e - s <= MAX_LEADER_TOKENS and all(t.pos_ == "PROPN" and (t.is_title or t.text.endswith("."))
                                                  for t in doc[s:e])


def leader_government_country(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``the Reagan Administration``, ``the Obama Administration``: an organisation named by a leader the KB
    knows and the noun of that leader's government is of the leader's state."""
    last = c.end - 1
    if last <= c.start or doc[last].lower_ not in LEADER_GOVERNMENT or not leader_name(doc, c.start, last):
        return None
    return leader_state(g, doc[c.start:last].text)
