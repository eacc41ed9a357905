"""A force named by its backer ("Iranian-backed militias", "U.S.-supported fighters").

"X-backed T" says whom the force is tied to, not whose it is: the militias an "Iran-backed" modifies
are Iraqi or Yemeni, the "U.S.-backed rebels" Syrian. So the backer's state, when it is the one state
the collective's sentence names, is not the collective's (``roles._role_phrase``): "Iranian-backed
militias attacked the base" names no militia of Iran. Another state the sentence names still places
it as before ("NATO-backed rebels killed Libya's leader"), and so does its own phrase, "Iranian-backed
militias in Iraq" (``roles.collective_in``); "X-led forces" are X's, as event coders take them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from .roles import Cand

# "X-backed T": a relation to X, not membership of X.
BACKED = frozenset({"backed", "linked", "sponsored", "supported", "allied", "aligned", "inspired",
                    "funded", "armed", "trained", "affiliated"})
# How far before a title its backer modifier may open: "Iranian - backed Shiite militias".
_MAX_MODIFIER_TOKENS = 4
# Words that close the noun phrase before a title: nothing before them modifies it.
_PHRASE_BOUNDARIES = frozenset({",", ";", ":", "(", ")", "the", "a", "an", "and", "or", "of", "by", "with"})


def _backer_word(doc: Doc, i: int) -> bool:
    """Token ``i`` ends an "X-backed" modifier, however the tokenizer split the hyphen ("Iran-backed",
    "Iran - backed", "Iran -backed")."""
    t = doc[i]
    low = t.lower_
    if "-" in low and low.rsplit("-", 1)[1] in BACKED and low.rsplit("-", 1)[0]:
        return True
    if low.startswith("-") and low[1:] in BACKED:
        return True
    return low in BACKED and i > 0 and doc[i - 1].text == "-"


def backer_end(doc: Doc, title_start: int) -> int | None:
    """The end of the name of the backer modifying the title opening at ``title_start`` in its own
    phrase ("Iranian" of "Iranian-backed militias", "the Iran - backed Shiite militias"), else None."""
    i = title_start - 1
    while i >= 0 and title_start - i <= _MAX_MODIFIER_TOKENS and doc[i].lower_ not in _PHRASE_BOUNDARIES:
        if _backer_word(doc, i):
            return i - 1 if doc[i - 1].text == "-" else i
        i -= 1
    return None


def backer_of(doc: Doc, title_start: int, state: Cand, by_end: dict[int, Cand]) -> bool:
    """``state``, the one state the title's sentence names, is the state backing it in its own phrase:
    "Iranian-backed militias attacked the base" names no militia of Iran."""
    end = backer_end(doc, title_start)
    backer = by_end.get(end) if end is not None else None
    # a body backing forces of its own state ("FSA-aligned fighters") says whose they are
    return backer is not None and backer.kind == "state" and backer.country == state.country
