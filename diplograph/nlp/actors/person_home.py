"""A person's country from the home the text gives the person in an apposition (rules of
``person_country.EVIDENCE_RULES``, read after every state the text names as the person's own):

* ``home_of_place``: "P, 29, of Medford, Mass.", "P, from Aleppo, Syria", "P, of Leeds": the town a person
  is "of" or "from", with the state or American state after it, places the person there;
* ``home_before_resident_noun``: "P, a Tehran resident", "P, a 27-year-old Minnesota man": a place before a
  noun saying the person lives there (``kb/actor_words.tsv`` resident_noun; not "native": a birthplace);
* ``home_after_descriptor``: "P, a private investigator from Wisconsin", "P, a tourist from Boston": the place
  the apposition's descriptor of the person says the person is from.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb import WordClass
from ...kb.gazetteer import Gazetteer
from .appositions import article_apposition
from .roles import POSSESSIVE_MARKS, Cand
from .us_state_bodies import US_STATES

RESIDENT_NOUNS = WordClass("actor_words", "resident_noun")
_MAX_PLACE_WORDS = 3  # "Chula Vista", "Locust Valley", "Richmond Hill"
_MAX_DESCRIPTOR_WORDS = 4  # "an emergency medicine physician", "a professor of economics"
_HOME_LINKS = frozenset({"of", "from"})
# How a KB surface names a state as a place: its name, capital, seat or a city of places.tsv (not its adjective).
_PLACE_SURFACES = frozenset({"name", "capital", "seat", "place"})


def _age_after(doc: Doc, i: int) -> int:
    """Past an age set off by commas (", 29,"): the token after it, else ``i``."""
    if i + 2 < len(doc) and doc[i].like_num and doc[i + 1].text == ",":
        return i + 2
    return i


def _region(doc: Doc, g: Gazetteer, s: int) -> tuple[str | None, int]:
    """The country a state or an American state (full or abbreviated: "Mass.", "N.H.") at ``s`` names, and
    the token after it."""
    for n in range(2, 0, -1):
        if s + n > len(doc):
            continue
        words = doc[s:s + n].text
        dotted = s + n < len(doc) and doc[s + n].text == "."
        if words in US_STATES:
            return "USA", s + n
        if dotted and words + "." in US_STATES:
            return "USA", s + n + 1
        hit = g.lookup(words)
        if hit is not None and hit[0].kind == "state" and hit[1] == "name":
            return hit[0].country, s + n
    return None, s


def _place_country(doc: Doc, g: Gazetteer, s: int, e: int) -> str | None:
    """The country a place of up to three capitalised words at ``s``..``e`` names: an American state, or a
    state, capital, seat or city of the KB."""
    words = doc[s:e].text
    if words in US_STATES:
        return "USA"
    hit = g.lookup(words)
    return hit[0].country if hit is not None and hit[0].kind == "state" and hit[1] in _PLACE_SURFACES else None


def home_of_place(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, 29, of Medford, Mass.``, ``P, from Weslaco, Texas``, ``P, of Aleppo, Syria``, ``P, of Leeds``: the
    town the apposition says the person is of or from, with the state or American state after it (or a town
    the KB places, alone), is the person's home; not a state's possessive ("P, of Iran's foreign ministry")
    nor a longer name ("P, of New York University")."""
    i = c.end
    if i + 2 >= len(doc) or doc[i].text != ",":
        return None
    i = _age_after(doc, i + 1)
    if i + 1 >= len(doc) or doc[i].lower_ not in _HOME_LINKS:
        return None
    return _home_at(doc, g, i + 1)


def _home_at(doc: Doc, g: Gazetteer, s: int) -> str | None:
    """The country of the town at ``s`` after "of"/"from", with the state or American state after it (or a town
    the KB places, alone); not a state's possessive ("of Iran's foreign ministry") nor a longer name ("of New
    York University")."""
    e = s
    while e < len(doc) and e - s < _MAX_PLACE_WORDS and doc[e].is_title and doc[e].is_alpha:
        e += 1
    if e == s or e >= len(doc) or doc[e].text in POSSESSIVE_MARKS:
        return None
    if doc[e].text == ",":
        region, after = _region(doc, g, e + 1)
        if region is not None and (after >= len(doc) or not doc[after].is_title):
            return region
    if doc[e].text in (",", ".", ";", ")") or doc[e].is_lower:  # the town ends there: "of Leeds, said"
        return _place_country(doc, g, s, e)
    return None


def home_before_resident_noun(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, a Tehran resident``, ``P, a 27-year-old Minnesota man``, ``P, a Leeds woman``: the place before a
    noun saying the person lives there places the person in its state (a state's name, capital, seat, a city of
    the KB or an American state; not a demonym, which ``demonym_apposition`` reads)."""
    i = c.end
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an"):
        return None
    s = i + 2
    while s < len(doc) and (doc[s].like_num or doc[s].is_lower and doc[s].text not in RESIDENT_NOUNS
                            or doc[s].text in ("-",)) and s - i < 8:  # "a 27-year-old", "a longtime"
        s += 1
    for n in range(_MAX_PLACE_WORDS, 0, -1):
        e = s + n
        if e < len(doc) and doc[e].lower_ in RESIDENT_NOUNS and all(t.is_title for t in doc[s:e]):
            return _place_country(doc, g, s, e)
    return None


def home_after_descriptor(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, a private investigator from Wisconsin``, ``P, a neuroscientist from Pakistan``, ``P, a tourist from
    Boston``: the place the apposition's lowercase descriptor of the person says the person is from (read like
    ``home_of_place``'s town) places the person there; not a body after "from" ("a reporter from the BBC") nor a
    longer name ("a student from New York University")."""
    i = article_apposition(doc, c)
    if i is None:
        return None
    k = i
    while k < len(doc) and k - i < _MAX_DESCRIPTOR_WORDS and doc[k].is_lower and doc[k].lower_ != "from" \
            and (doc[k].is_alpha or doc[k].text == "-"):
        k += 1
    if k == i or k + 1 >= len(doc) or doc[k].lower_ != "from":
        return None
    return _home_at(doc, g, k + 1)
