"""Party members named by the plural of their party's name: "Democrats", "House Republicans".

CAMEO codes the members of a party as the party (PTY) of its state, so the plural a party's own
name gives its members is an alias of the party in ``kb/organizations.tsv`` ("Democratic Party":
Democrats). The same plural ends other parties' names ("Social Democrats", "Sweden Democrats",
"Christian Democrats"): after a capitalised word that does not open its sentence it names the party
only when that word is a chamber of the legislature ("House Democrats", "Senate Republicans") or a
US state ("Iowa Democrats"): ``kb/actor_words.tsv`` classes member_plural, chamber, us_state.

The party's adjective (``kb/organizations.tsv`` adjectives: "Republican", "Democratic") names the
party only before a plural title noun, "Republican lawmakers", "Democratic senators" (the members as a
collective); elsewhere it qualifies something else ("the Republican nominee", "the Republican Guard",
"the House Democratic Caucus"): ``party_adjective_alone``, class party_adjective.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb import WordClass
from ...kb.gazetteer import gazetteer
from .us_state_bodies import US_STATES

_MEMBER_PLURALS = WordClass("actor_words", "member_plural")
_CHAMBERS = WordClass("actor_words", "chamber")
_PARTY_ADJECTIVES = WordClass("actor_words", "party_adjective")


def part_of_other_name(doc: Doc, s: int, e: int) -> bool:
    """True when the members' plural at ``s:e`` ends another capitalised name ("Social Democrats")."""
    if doc[s:e].text not in _MEMBER_PLURALS or s == 0:
        return False
    before = doc[s - 1]
    if not before.is_title or before.is_sent_start:
        return False
    if before.text in _CHAMBERS or before.text in US_STATES:
        return False
    return not (s >= 2 and doc[s - 2:s].text in US_STATES)  # "New Jersey Democrats"


def party_adjective_alone(doc: Doc, s: int, e: int) -> bool:
    """True when a party's adjective at ``s:e`` is not followed by a plural title noun ("the Republican
    nominee", "Iraq's Republican Guard"), so it names no members of the party."""
    if doc[s:e].text not in _PARTY_ADJECTIVES:
        return False
    if e >= len(doc):
        return True
    nxt = doc[e]
    if not nxt.is_lower or not nxt.text.endswith("s"):
        return True
    titles = gazetteer().titles
    title = titles.get(nxt.text) or titles.get(nxt.text[:-1])  # "lawmakers"; "senators": senator
    return title is None
