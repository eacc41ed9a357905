"""Party members named by the plural of their party's name: "Democrats", "House Republicans".

CAMEO codes the members of a party as the party (PTY) of its state, so the plural a party's own
name gives its members is an alias of the party in ``kb/organizations.tsv`` ("Democratic Party":
Democrats). The same plural ends other parties' names ("Social Democrats", "Sweden Democrats",
"Christian Democrats"): after a capitalised word that does not open its sentence it names the party
only when that word is a chamber of the legislature ("House Democrats", "Senate Republicans") or a
US state ("Iowa Democrats"): ``kb/actor_words.tsv`` classes member_plural, chamber, us_state.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb import WordClass

_MEMBER_PLURALS = WordClass("actor_words", "member_plural")
_CHAMBERS = WordClass("actor_words", "chamber")
_US_STATES = WordClass("actor_words", "us_state")


def part_of_other_name(doc: Doc, s: int, e: int) -> bool:
    """True when the members' plural at ``s:e`` ends another capitalised name ("Social Democrats")."""
    if doc[s:e].text not in _MEMBER_PLURALS or s == 0:
        return False
    before = doc[s - 1]
    if not before.is_title or before.is_sent_start:
        return False
    if before.text in _CHAMBERS or before.text in _US_STATES:
        return False
    return not (s >= 2 and doc[s - 2:s].text in _US_STATES)  # "New Jersey Democrats"
