"""A person's country from the words beside the name, before the knowledge base and the document.

``EVIDENCE_RULES`` lists the rules in the order they are tried; the first that reads a country
beside any of the person's mentions wins (``person_country_from_text``):

* ``us_designation``: "Sen. Ted Cruz of Texas", "Michael McCaul, R-Texas", "a Tennessee
  Republican": the party-and-state designation of American politics places a person in the
  United States; ``us_state_before_title``: "Texas Sen. Ted Cruz"; ``us_party_legislator_apposition``:
  "P, a Republican congresswoman", "P, a former Democratic senator";
* ``demonym_apposition``: "P, a Chinese lawyer", "P, a London-based Saudi dissident";
  ``demonym_before_descriptor``: "Chilean voter X", "Israeli historian and author X";
* ``principal_before_title``: "Trump adviser X" serves the leader's state, and so does
  ``principal_after_staff_noun``: "P, a senior aide to President Putin"; ``principal_in_apposition``:
  "P, a former Trump campaign adviser";
* ``possessive_before_name``: "Russia's Sergei Ivanov"; "CNN's Jake Tapper" is of the outlet's state;
  ``state_after_name``: "Jim Lee of South Korea", "Foreign Minister Ana Berg of Sweden";
* ``state_before_rank``: "Israeli Maj. Gen. X"; ``state_before_title_words``: "Jerusalem Mayor X",
  "U.S. Treasury Secretary X", "London Mayor X"; ``us_state_before_title_words``: "Kansas Secretary of State X"
  (``us_state_office.py``); ``employer_apposition``: "P, a China expert at the
  Center for Strategic and International Studies"; ``member_apposition``: "P, a member of the Senate Armed
  Services Committee" (``person_membership.py``); ``administration_apposition``: "P, a deputy secretary of
  state in the Obama administration" (``person_administration.py``); ``body_before_descriptor``: "NSA contractor
  X", "FBI agent X";
  ``body_descriptor_apposition``: "P, a former CIA officer", "P, a Pentagon spokesman" (``body_apposition.py``);
  ``fronted_title_apposition``: "The head of the Ukrainian security service, X" (``person_affiliation.py``);
* ``based_apposition``: "P, a London-based psychiatrist"; ``based_before_descriptor``: "London-based
  analyst X" (not an exile: "the U.S.-based cleric X"; last, after every state the text gives as the person's);
  then the home an apposition gives (``person_home.py``): ``home_of_place``: "P, 29, of Medford, Mass.";
  ``home_before_resident_noun``: "P, a Tehran resident"; ``home_after_descriptor``: "P, a private
  investigator from Wisconsin"; last, the birthplace (``person_birth.py``):
  ``born_apposition``: "P, a Saudi-born financier"; ``born_before_name``: "German-born Harry Roe"
  (``demonym_apposition`` reads past it: "P, a Somali-born U.S. citizen" is American).

``american_legislator`` is the document's context for a member of Congress, read after the KB;
``american_service_member`` the same for a rank of a US armed service: "Army Sgt. X".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from ...kb import WordClass
from ...kb.gazetteer import Gazetteer
from .appositions import APPOSITION_DETS, article_apposition, past_adjectives
from .body_apposition import body_descriptor_apposition
from .companies import is_company
from .evidence import ARMED_SERVICES, military_rank
from .person_administration import administration_apposition
from .person_affiliation import (
    STAFF_NOUNS,
    body_before_descriptor,
    employer_apposition,
    fronted_title_apposition,
    state_before_rank,
    state_before_title_words,
)
from .person_birth import born_apposition, born_before_name, born_modifier
from .person_home import US_STATES, home_after_descriptor, home_before_resident_noun, home_of_place
from .person_membership import member_apposition
from .roles import POSSESSIVE_MARKS, Cand
from .us_state_office import us_state_before_title_words

# ---- persons: the party-and-state designation of American politics --------------------------

# "R-Texas", "D-Calif.", "I-Vt.": party initial, hyphen, state name or abbreviation.
_DESIGNATION = re.compile(r"^[RDI]-[A-Z][a-z]*\.?")
# Offices a person holds "of" an American state in the designation "X of Ohio" ("the House speaker, John A.
# Boehner of Ohio").
_US_OFFICES = frozenset({"Senator", "Representative", "Speaker", "Majority Leader", "Minority Leader", "Governor"})
_US_PARTY_NOUNS = frozenset({"republican", "democrat", "republicans", "democrats"})
_US_LEGISLATOR_HONORIFICS = frozenset({"Sen.", "Rep.", "Senator", "Congressman", "Congresswoman", "Gov.",
                                       "Representative"})


def _designation_after(doc: Doc, end: int) -> bool:
    """", R-Texas" or "(R-Texas)" right after a name (the tokenizer may split the hyphen)."""
    i = end
    if i < len(doc) and doc[i].text in (",", "("):
        i += 1
    window = "".join(t.text for t in doc[i:i + 3])
    return bool(_DESIGNATION.match(window))


def _us_state_word(g: Gazetteer, doc: Doc, s: int, e: int) -> bool:
    return doc[s:e].text in US_STATES


def us_designation(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """USA for "Sen. X of Texas", "X, R-Texas", "X (D-Calif.)" and "X, a Texas Republican"."""
    if _designation_after(doc, c.end):
        return "USA"
    honor = doc[c.start].text if doc[c.start].text in _US_LEGISLATOR_HONORIFICS or c.start == 0 \
        else doc[c.start - 1].text.capitalize()  # "Representative John Ratcliffe of Texas"
    before = doc[c.start - 2].text.capitalize() if c.start >= 2 and doc[c.start - 1].text == "," else ""
    legislator = honor in _US_LEGISLATOR_HONORIFICS or any(t in _US_OFFICES for t, _ in c.roles) \
        or before in _US_OFFICES  # "the House speaker, John A. Boehner of Ohio"
    if legislator and c.end + 1 < len(doc) and doc[c.end].lower_ == "of":
        for n in (2, 1):
            if c.end + 1 + n <= len(doc) and _us_state_word(g, doc, c.end + 1, c.end + 1 + n):
                return "USA"
    i = c.end + 1 if c.end < len(doc) and doc[c.end].text == "," else None
    if i is not None and i < len(doc) and doc[i].lower_ in ("a", "the"):
        i += 1
    if i is not None:
        for n in (2, 1):
            if i + n < len(doc) and _us_state_word(g, doc, i, i + n) and doc[i + n].lower_ in _US_PARTY_NOUNS:
                return "USA"
    return None


_PARTY_ADJECTIVES = frozenset({"Democratic", "Republican", "Democrat", "GOP"})


def us_state_before_title(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """USA for "Michigan Democratic Rep. Debbie Dingell", "Texas Sen. Ted Cruz": an American
    state's name (and a party) before a legislator's honorific."""
    k = c.start
    if doc[k].text not in _US_LEGISLATOR_HONORIFICS:
        k -= 1
        if k < 0 or doc[k].text.capitalize() not in _US_LEGISLATOR_HONORIFICS:
            return None
    if k >= 1 and doc[k - 1].text in _PARTY_ADJECTIVES:
        k -= 1
    for n in (2, 1):
        if k - n >= 0 and _us_state_word(g, doc, k - n, k):
            return "USA"
    return None


_PARTY_LEGISLATOR_TITLES = frozenset({"Representative", "Senator"})
_MAX_PARTY_FILLERS = 2  # "a former", "the freshman"


def us_party_legislator_apposition(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """USA for "P, a Republican congresswoman", "P, a former Democratic senator", "P, the freshman GOP
    senator": an apposition right after the name giving an American party's adjective before a title of
    the KB the US Congress's members hold (a member of a party of that name in another state's assembly is
    "a Democratic Party lawmaker" or "a Republican member"). Not the subject of the next clause after a
    fronted phrase ending in the name ("In an interview with P, the Republican senator said")."""
    start = article_apposition(doc, c)
    if start is None:
        return None
    k = start
    while k < len(doc) and k - start < _MAX_PARTY_FILLERS and doc[k].is_lower:
        k += 1
    if k + 1 >= len(doc) or doc[k].text not in _PARTY_ADJECTIVES:
        return None
    title = g.titles.get(doc[k + 1].lower_)
    if title is None or title.title not in _PARTY_LEGISLATOR_TITLES or doc[k + 1].dep_ in ("nsubj", "nsubjpass"):
        return None
    after = doc[k + 2] if k + 2 < len(doc) else None
    return None if after is not None and after.pos_ in ("VERB", "AUX") else "USA"


# ---- persons: an apposition naming the state by its adjective ----------------------------------

# People who study a state without belonging to it ("a U.S. expert" may be anyone's expert on it).
_STUDENT_NOUNS = frozenset({"expert", "analyst", "observer", "watcher", "scholar", "specialist", "hand"})


def demonym_apposition(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, a Chinese lawyer``, ``P, a White House lawyer``, ``P, a former U.S. diplomat``: an
    apposition that names a state by its adjective, a seat of its power or its abbreviation before
    the noun saying what the person is places the person in that state (a name before the noun
    does not: "a China expert" studies China)."""
    start = article_apposition(doc, c)
    if start is None:
        return None
    i = past_adjectives(doc, start)
    i = based_modifier(doc, g, i)[1]  # "a London-based Saudi dissident" is Saudi
    i = born_modifier(doc, g, i)[1]  # "a Somali-born U.S. citizen" is American
    for n in (2, 1):
        if i + n >= len(doc):
            continue
        hit = g.lookup(doc[i:i + n].text)
        noun = doc[i + n]
        if hit is None or hit[0].kind != "state" or not (noun.is_lower and noun.is_alpha):
            continue
        word = doc[i:i + n].text
        abbreviation = hit[1] == "name" and (word.isupper() or "." in word)  # "U.S.", "UK"
        if hit[1] in ("demonym", "seat") or abbreviation and noun.lower_ not in _STUDENT_NOUNS:
            return hit[0].country
    return None


_MAX_DESCRIPTOR_NOUNS = 2  # "Israeli lawyer X", "Iranian rights activist X"


def demonym_before_descriptor(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``Israeli lawyer Dana Cohen``, ``Iranian rights activist X``, ``Peruvian historian and author X``: a
    state's adjective opening the lowercase noun phrase that says what the person is (two descriptors joined
    by "and" are one such phrase), right before the name, places the person in that state (only the
    adjective: "a China expert X" studies China; "pro-Russian activist X" sides)."""
    k = c.start - 1
    if k < 1 or doc[k].pos_ != "NOUN" or not (doc[k].is_lower and doc[k].is_alpha):
        return None
    words, joined = 0, False
    while k > 0 and doc[k].is_lower and doc[k].is_alpha:
        if doc[k].lower_ == "and" and words and not joined:  # "historian and author"
            words, joined = 0, True
        elif words < _MAX_DESCRIPTOR_NOUNS and doc[k].pos_ in ("NOUN", "ADJ"):  # "rights activist"
            words += 1
        else:
            break
        k -= 1
    if joined and not words:
        return None
    hit = g.lookup(doc[k].text)
    prefixed = k >= 1 and (doc[k - 1].text in ("-", "–") or doc[k - 1].lower_ in ("pro", "anti", "non", "ex"))
    if prefixed or hit is None or hit[0].kind != "state" or hit[1] != "demonym":
        return None
    return hit[0].country


# ---- persons: where the text says they are based ----------------------------------------------

EXILE_NOUNS = WordClass("actor_words", "exile_noun")
_MAX_BASED_PLACE_WORDS = 2  # "London-based", "New York-based"
_BASED_SUFFIX = "-based"


def _place_country(g: Gazetteer, place: str) -> str | None:
    """The state a place named before "-based" is in: an American state, or a state, its capital or a
    city the KB places (not a demonym: "Iranian-based" is no place)."""
    if place in US_STATES:
        return "USA"
    hit = g.lookup(place)
    return hit[0].country if hit is not None and hit[0].kind == "state" and hit[1] != "demonym" else None


def based_modifier(doc: Doc, g: Gazetteer, i: int) -> tuple[str | None, int]:
    """``London-based`` or ``U.S.-based`` opening at token ``i`` (the tokenizer splits the first, not the
    second): the country of the place and the token after the modifier; (None, i) when there is none."""
    if i < len(doc) and doc[i].text.lower().endswith(_BASED_SUFFIX) and len(doc[i].text) > len(_BASED_SUFFIX):
        return _place_country(g, doc[i].text[:-len(_BASED_SUFFIX)]), i + 1
    for n in range(1, _MAX_BASED_PLACE_WORDS + 1):
        j = i + n
        if j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ == "based" \
                and all(t.is_title or t.is_upper for t in doc[i:j]):
            return _place_country(g, doc[i:j].text), j + 2
    return None, i


def _based_descriptor(doc: Doc, g: Gazetteer, i: int) -> str | None:
    """``London-based psychiatrist`` at ``i``: the place's country when a lowercase noun saying what the
    person is follows, unless it says the person lives away from home ("the U.S.-based cleric", "a
    London-based dissident": ``exile_noun``)."""
    country, j = based_modifier(doc, g, i)
    if country is None or j >= len(doc) or not (doc[j].is_lower and doc[j].is_alpha):
        return None
    k = j
    while k < len(doc) and k - j < _MAX_DESCRIPTOR_NOUNS and doc[k].is_lower and doc[k].is_alpha:
        if doc[k].lower_ in EXILE_NOUNS:
            return None
        k += 1
    return country


def based_apposition(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, a London-based psychiatrist``, ``P, an Islamabad-based security analyst``: where the
    apposition says the person is based places the person in that state."""
    start = article_apposition(doc, c)
    if start is None:
        return None
    return _based_descriptor(doc, g, past_adjectives(doc, start))  # "a veteran London-based lawyer"


def based_before_descriptor(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``London-based analyst Ben Roe``, ``Moscow-based rights activist X``: where the descriptor right
    before the name says the person is based."""
    k = c.start - 1
    while k > 0 and c.start - k <= _MAX_DESCRIPTOR_NOUNS and doc[k].is_lower and doc[k].is_alpha \
            and doc[k].lower_ != "based":
        k -= 1
    if k == c.start - 1:
        return None  # no lowercase descriptor before the name
    for start in range(k, k - _MAX_BASED_PLACE_WORDS - 2, -1):  # "U.S.-based" is one token, "London - based" three
        if start >= 0 and based_modifier(doc, g, start)[1] == k + 1:
            return _based_descriptor(doc, g, start)
    return None


PersonRule = Callable[[Doc, Gazetteer, Cand], "str | None"]
# ---- persons: on the staff of a leader ----------------------------------------------------------

_MAX_STAFF_MODIFIERS = 3  # "Trump campaign adviser", "Trump's longtime personal lawyer"
_MAX_PRINCIPAL_WORDS = 3


def _principal_end(doc: Doc, k: int) -> int:
    """From the token before a staff noun, skip its lowercase modifiers and a possessive."""
    n = 0
    while k >= 0 and n < _MAX_STAFF_MODIFIERS and doc[k].is_lower and doc[k].is_alpha:
        k -= 1
        n += 1
    if k >= 0 and doc[k].text in POSSESSIVE_MARKS:
        k -= 1
    return k + 1


def principal_before_title(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``Trump adviser Roger Stone``, ``Putin's spokesman X``, ``Trump campaign aide X``: a person
    named as the adviser, aide, spokesman or lawyer of a head of state or government the KB knows
    (in office on the document's date, or by full name) serves that leader's state, not the state
    the story is about."""
    k = c.start - 1
    if k < 0 or doc[k].lower_ not in STAFF_NOUNS:
        return None
    return _principal_before(doc, g, k, 0)


def _principal_before(doc: Doc, g: Gazetteer, k: int, floor: int, modifiers_only: bool = False) -> str | None:
    """The state of the leader the KB knows (in office on the document's date, or by full name) named
    before the staff noun at ``k`` ("Trump campaign aide", "Putin's spokesman"), not before ``floor``;
    with ``modifiers_only``, only lowercase modifiers may stand between ``floor`` and the name ("a former
    Trump aide", not "associate of Trump lawyer X")."""
    e = _principal_end(doc, k - 1)
    s = e
    while s > floor and e - s < _MAX_PRINCIPAL_WORDS and doc[s - 1].is_title and doc[s - 1].pos_ == "PROPN":
        s -= 1
    if s == e or modifiers_only and not all(t.is_lower and t.is_alpha and t.lower_ not in _PRINCIPAL_LINKS | {"of"}
                                            for t in doc[floor:s]):
        return None
    hit = g.leader(doc[s:e].text, doc._.published)
    if hit is None or not hit[0].title or not (hit[1] or e - s > 1):  # an office holder's staff, not a
        return None  # kb/people.tsv person's ("Snowden's lawyer" need not be American)
    return hit[0].country if g.state(hit[0].country) else None


_MAX_APPOSITION_STAFF_OFFSET = 6  # ", a former senior Trump campaign adviser"


def principal_in_apposition(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``Rick Roe, a former Trump campaign adviser``, ``P, Putin's longtime spokesman``: an apposition
    naming the person the adviser, aide, spokesman or lawyer of a head of state or government the KB
    knows places the person in that leader's state, as the title before the name does."""
    i = c.end
    if i + 3 >= len(doc) or doc[i].text != ",":
        return None
    floor = i + 1 + (doc[i + 1].lower_ in APPOSITION_DETS)
    for k in range(floor + 1, min(floor + _MAX_APPOSITION_STAFF_OFFSET, len(doc))):
        if doc[k].text in _CLAUSE_ENDS:
            return None
        if doc[k].lower_ in STAFF_NOUNS:
            return _principal_before(doc, g, k, floor, modifiers_only=True)
    return None


_PRINCIPAL_LINKS = frozenset({"to", "for"})
_MAX_STAFF_FILLERS = 3  # "a former top aide to", "the longtime personal lawyer for"
_MAX_PRINCIPAL_GAP = 4  # "to national security adviser John Bolton"
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "(", ")"})


def _staff_noun_end(doc: Doc, i: int) -> int | None:
    """The token after the staff noun at ``i`` ("aide", "chief of staff"), or None."""
    if doc[i].lower_ in STAFF_NOUNS:
        return i + 1
    return i + 3 if doc[i:i + 3].text.lower() == "chief of staff" else None


def _known_principal(doc: Doc, g: Gazetteer, j: int) -> str | None:
    """The state of the first head of state or government the KB knows (in office on the document's
    date, or by full name) named within a few words from ``j`` in the same clause."""
    for s in range(j, min(j + _MAX_PRINCIPAL_GAP + 1, len(doc))):
        if doc[s].text in _CLAUSE_ENDS:
            return None
        for n in (3, 2, 1):
            name = doc[s:s + n]
            if s + n > len(doc) or not all(t.is_title and t.pos_ == "PROPN" for t in name):
                continue
            hit = g.leader(name.text, doc._.published)
            if hit is not None and hit[0].title and (hit[1] or n > 1) and g.state(hit[0].country):
                return hit[0].country
    return None


def principal_after_staff_noun(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, a senior aide to President Putin``, ``P, former chief of staff to national security adviser
    John Bolton``, ``P, a lawyer for Trump``: the apposition's adviser, aide, spokesman or lawyer of a
    head of state or government the KB knows serves that leader's state."""
    i = c.end
    if i + 3 >= len(doc) or doc[i].text != ",":
        return None
    i += 1 + (doc[i + 1].lower_ in APPOSITION_DETS)
    n = 0
    while i < len(doc) and n < _MAX_STAFF_FILLERS and doc[i].is_lower and doc[i].is_alpha \
            and _staff_noun_end(doc, i) is None:  # "former", "top", "longtime personal"
        i += 1
        n += 1
    e = _staff_noun_end(doc, i) if i < len(doc) else None
    if e is None or e >= len(doc) or doc[e].lower_ not in _PRINCIPAL_LINKS:
        return None
    return _known_principal(doc, g, e + 1)


_MAX_OUTLET_WORDS = 3  # "Fox Business Network's"
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def possessive_before_name(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``Russia's Sergei Ivanov``, ``CNN's Jake Tapper``, ``Fox Business Network's Lou Dobbs``: a name
    right after a state's possessive is that state's; after a KB outlet's, one of its journalists, of the
    outlet's state (as "CNN correspondent X" is)."""
    k = c.start - 1
    if k < 1 or doc[k].text not in POSSESSIVE_MARKS or doc[c.end - 1].dep_ in _MODIFIER_DEPS:
        return None  # "India's Hindu nationalist government": the word modifies a noun, names no one
    for n in range(_MAX_OUTLET_WORDS, 0, -1):
        hit = g.lookup(doc[k - n:k].text) if k - n >= 0 else None
        if hit is not None and hit[0].kind in ("media", "state") and hit[1] == "name":
            return hit[0].country
    return None


_MAX_STATE_WORDS = 3  # "of the United Arab Emirates"


def state_after_name(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``Jim Lee of South Korea told ...``, ``Foreign Minister Ana Berg of Sweden``: a state's name in
    an "of" phrase hung on the name itself is the person's state (a city or a body is not: "X of
    Seoul", "X of the CIA"); a state's name that goes on into a longer name ("of Sweden's Social
    Democrats", "of Iraq and the Levant") is no state."""
    i = c.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of" or not (c.start <= doc[i].head.i < c.end):
        return None
    j = i + 1 + (doc[i + 1].lower_ == "the")
    for n in range(_MAX_STATE_WORDS, 0, -1):
        if j + n > len(doc):
            continue
        hit = g.lookup(doc[j:j + n].text)
        if hit is None or hit[0].kind != "state" or hit[1] != "name":
            continue
        after = doc[j + n] if j + n < len(doc) else None
        if after is not None and (after.text in POSSESSIVE_MARKS or after.lower_ == "and" or after.is_title):
            return None  # "of Sweden's party", "of Iraq and the Levant", "of America Foundation"
        return hit[0].country
    return None


# Where a person is based comes last: a state the text names as the person's own wins over it.
EVIDENCE_RULES: tuple[PersonRule, ...] = (us_designation, us_state_before_title, us_party_legislator_apposition,
                                          demonym_apposition,
                                          demonym_before_descriptor, state_before_rank, state_before_title_words,
                                          us_state_before_title_words,
                                          principal_before_title, principal_in_apposition, principal_after_staff_noun,
                                          possessive_before_name, state_after_name, employer_apposition,
                                          member_apposition, administration_apposition,
                                          body_before_descriptor, body_descriptor_apposition,
                                          fronted_title_apposition,
                                          based_apposition,
                                          based_before_descriptor, home_of_place, home_before_resident_noun,
                                          home_after_descriptor, born_apposition, born_before_name)


def person_country_from_text(doc: Doc, g: Gazetteer, cands: list[Cand]) -> str | None:
    """The first country a person-country rule reads beside any of the person's mentions."""
    return next((hit for rule in EVIDENCE_RULES for c in cands if (hit := rule(doc, g, c))), None)


# Titles of the United States Congress: with the United States the state a document names most,
# their holders are American when nothing in the text says otherwise.
_US_LEGISLATOR_TITLES = frozenset({"Senator", "Representative", "Majority Leader", "Minority Leader"})


def american_legislator(doc: Doc, g: Gazetteer, person_cands: list[Cand], roles: list[tuple[str, str | None]],
                        cands: list[Cand]) -> str | None:
    """USA for "Sen. X", "Senate Minority Leader X", "Congressman X" in a document whose most named
    state is the United States (the document's context, after the text and the KB)."""
    titled = any(t in _US_LEGISLATOR_TITLES for t, _ in roles) or \
        any(doc[c.start].text in _US_LEGISLATOR_HONORIFICS for c in person_cands)
    return _most_named_usa(cands) if titled else None


# "Army Staff Sgt." / "Sgt. 1st Class": the words of a rank between the service's name and the person's
_MAX_RANK_TOKENS = 5


def _service_rank_before(doc: Doc, g: Gazetteer, c: Cand) -> bool:
    """"Army Sgt. X", "Navy Rear Adm. X", "Marine Corps Gen. X": the name of an armed service (kb/actor_words.tsv
    armed_service, the US services by statute) and a rank (``evidence.military_rank``) right before the name,
    with no state's name before the service ("Israeli Air Force Gen. X" is the text's, read first)."""
    e = c.start
    while e < c.end and (doc[e].text in g.honorifics or doc[e].text == "."):  # a rank the name's span opens with
        e += 1
    s = c.start
    while s > 0 and c.start - s < _MAX_RANK_TOKENS and (doc[s - 1].is_title or doc[s - 1].text == "."):
        s -= 1
    for i in range(s, c.start):
        if doc[i].lower_ in ARMED_SERVICES and doc[i].is_title:
            before = g.lookup(doc[i - 1].text) if i > 0 else None
            return (before is None or before[0].kind != "state") and military_rank(doc, g, i, e)
    return False


def american_service_member(doc: Doc, g: Gazetteer, person_cands: list[Cand], cands: list[Cand]) -> str | None:
    """USA for "Army Sgt. X", "former Army Staff Sgt. X", "Navy Cmdr. X" in a document whose most named state is
    the United States: the services the rank names are that state's (the document's context, after the text and
    the KB, like ``american_legislator``)."""
    return _most_named_usa(cands) if any(_service_rank_before(doc, g, c) for c in person_cands) else None


def _most_named_usa(cands: list[Cand]) -> str | None:
    """USA when the United States is the state (body, role or group's) the document names most, alone."""
    counts: dict[str, int] = {}
    for c in cands:
        if c.kind in ("state", "organization", "role", "group") and c.country and not is_company(c.key):
            counts[c.country] = counts.get(c.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][0] == "USA" and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return "USA"
    return None
