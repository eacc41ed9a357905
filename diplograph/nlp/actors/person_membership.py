"""A person's country from the body the text names the person a member of (a rule of
``person_country.EVIDENCE_RULES``):

* ``member_apposition``: "P, a member of the Senate Armed Services Committee", "P, a former member of
  Congress", "P, a senior member of the Knesset", "P, a member of Iran's parliament": an apposition saying
  the person is a member of an organisation the KB places in one state, of a state's seat of power, or of a
  body a state's possessive opens places the person in that state (a body the KB places nowhere, "the
  European Parliament", "the Islamic State", says nothing; "member" is no title of the KB, so
  ``employer_apposition`` does not read it).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb.gazetteer import Gazetteer
from .appositions import article_apposition
from .roles import POSSESSIVE_MARKS, Cand

_MEMBER_NOUNS = frozenset({"member"})
_MAX_MEMBER_MODIFIERS = 3  # "a former senior", "a longtime staff"
_MAX_BODY_WORDS = 6  # "House Permanent Select Committee on Intelligence"
_MAX_STATE_WORDS = 3  # "the United Arab Emirates's"


def _body_country(doc: Doc, g: Gazetteer, i: int) -> str | None:
    """The state of the body named at ``i`` (after an article): a KB organisation of one state, a state's
    seat of power ("the Knesset"), or a body opened by a state's possessive ("Iran's parliament")."""
    i += doc[i].lower_ == "the" if i < len(doc) else 0
    for n in range(_MAX_BODY_WORDS, 0, -1):
        if i + n > len(doc) or not all(t.is_title or t.is_upper for t in doc[i:i + n]):
            continue
        hit = g.lookup(doc[i:i + n].text)
        if hit is None:
            continue
        after = doc[i + n] if i + n < len(doc) else None
        if hit[0].kind == "organization" and after is not None and after.text in POSSESSIVE_MARKS:
            return None  # "a member of Hezbollah's council": a body of the organisation, read elsewhere
        if hit[0].kind == "organization" or hit[0].kind == "state" and hit[1] == "seat":
            return hit[0].country
        if hit[0].kind == "state" and hit[1] == "name" and n <= _MAX_STATE_WORDS and after is not None \
                and after.text in POSSESSIVE_MARKS:
            return hit[0].country
        return None
    return None


def member_apposition(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, a member of the Senate Armed Services Committee``, ``P, a former member of Congress``: the
    state of the body the apposition says the person is a member of."""
    start = article_apposition(doc, c, room=4)
    if start is None:
        return None
    k = start
    while k < len(doc) and k - start < _MAX_MEMBER_MODIFIERS and doc[k].is_lower and doc[k].is_alpha \
            and doc[k].lower_ not in _MEMBER_NOUNS:
        k += 1
    if k + 2 >= len(doc) or doc[k].lower_ not in _MEMBER_NOUNS or doc[k + 1].lower_ != "of":
        return None
    return _body_country(doc, g, k + 2)
