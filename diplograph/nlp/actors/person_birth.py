"""A person's country from the birthplace the text gives beside the name (rules of
``person_country.EVIDENCE_RULES``, read last: a state the text names as the person's own, where the person
is based or lives, all win over where the person was born):

* ``born_modifier`` lets ``demonym_apposition`` read past the birthplace to the state the person belongs
  to: "P, a Somali-born U.S. citizen" is American, "P, an Egyptian-born Dutch lawyer" Dutch;
* ``born_apposition``: "P, a Saudi-born financier", "P, a New Hampshire-born journalist": with no other
  state in the apposition, the birthplace's state (not before a capitalised word the KB does not know,
  "a Kuwaiti-born Londoner", "a Soviet-born Florida businessman": those say where the person lives);
* ``born_before_name``: "German-born Harry Roe", "Jordanian-born militant X": the same before the name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb.gazetteer import Gazetteer
from .appositions import article_apposition, past_adjectives
from .roles import Cand
from .us_state_bodies import US_STATES

_BORN_SUFFIX = "-born"
_MAX_BIRTHPLACE_WORDS = 2  # "Saudi-born", "New Hampshire-born", "South Korean-born"
_MAX_DESCRIPTOR_WORDS = 2  # "financier", "rights activist"


def _birth_country(g: Gazetteer, place: str) -> str | None:
    """The state a birthplace names: an American state, or a state's name, adjective, capital or a city the
    KB places ("Iraqi-born", "Iraq-born" and "Baghdad-born" all say Iraq)."""
    if place in US_STATES:
        return "USA"
    hit = g.lookup(place)
    return hit[0].country if hit is not None and hit[0].kind == "state" else None


def born_modifier(doc: Doc, g: Gazetteer, i: int) -> tuple[str | None, int]:
    """``Somali-born`` or ``U.S.-born`` opening at token ``i`` (the tokenizer splits the first, not the
    second): the birthplace's country and the token after the modifier; (None, i) when there is none."""
    if i < len(doc) and doc[i].text.lower().endswith(_BORN_SUFFIX) and len(doc[i].text) > len(_BORN_SUFFIX):
        return _birth_country(g, doc[i].text[:-len(_BORN_SUFFIX)]), i + 1
    for n in range(1, _MAX_BIRTHPLACE_WORDS + 1):
        j = i + n
        if j + 1 < len(doc) and doc[j].text in ("-", "–") and doc[j + 1].lower_ == "born" \
                and all(t.is_title or t.is_upper for t in doc[i:j]):
            return _birth_country(g, doc[i:j].text), j + 2
    return None, i


def _lowercase_descriptor(doc: Doc, j: int) -> bool:
    """A lowercase word saying what the person is follows the birthplace ("-born financier")."""
    return j < len(doc) and doc[j].is_lower and doc[j].is_alpha


def born_apposition(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, a Saudi-born financier``, ``P, the Iraqi-born engineer``: the birthplace the apposition gives,
    when nothing after it names another state or place (``demonym_apposition`` reads "a Somali-born U.S.
    citizen" first)."""
    i = article_apposition(doc, c, room=4)
    if i is None:
        return None
    country, j = born_modifier(doc, g, past_adjectives(doc, i))
    return country if country is not None and _lowercase_descriptor(doc, j) else None


def born_before_name(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``German-born Harry Roe``, ``Saudi-born financier Ali Roe``, ``the Iraqi-born rights activist X``:
    the birthplace right before the name or its lowercase descriptor."""
    k = c.start - 1
    while k > 0 and c.start - k <= _MAX_DESCRIPTOR_WORDS and doc[k].is_lower and doc[k].is_alpha \
            and doc[k].lower_ != "born":
        k -= 1
    if k < 0:
        return None
    if doc[k].lower_ != "born" and not doc[k].text.lower().endswith(_BORN_SUFFIX):
        return None
    # the longest birthplace first ("New Mexico - born" is New Mexico, not Mexico); "U.S.-born" is one token
    for start in range(max(k - _MAX_BIRTHPLACE_WORDS - 1, 0), k + 1):
        country, after = born_modifier(doc, g, start)
        if after == k + 1 and country is not None:
            return country
    return None
