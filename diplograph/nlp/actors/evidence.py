"""Evidence about what a candidate mention is, beyond the statistical NER label.

The NER label is one vote. The rules here read the words around and inside a candidate:

* ``place_spans``: a capitalised name ending in a place word ("Tiananmen Square",
  "Sheremetyevo International Airport", "South China Sea") is a location, never an actor; a
  state named inside a land place keeps a location mention, inside a sea or peninsula none;
  ``settlement_spans``: the names "the village(s)/town(s) of" introduces are places too;
* ``is_platform``: Twitter, Facebook and their kind are channels, never speakers;
* ``possessive_org_country``: "Greece's Parliament", "of Somalia's al-Shabab": an organisation
  the KB does not place belongs to the state whose possessive names it;
* ``us_designation``: "Sen. Ted Cruz of Texas", "Michael McCaul, R-Texas", "a Tennessee
  Republican": the party-and-state designation of American politics places a person in the
  United States; ``principal_before_title``: "Trump adviser X" serves the leader's state;
  ``demonym_before_descriptor``: "Chilean voter X" is Chile's;
* ``reordered_name``: "Trump Donald" (a page's "surname given-name" clutter) is the person the
  KB or the document names "Donald Trump";
* ``names_an_agreement``, ``is_credit``, ``is_headline``: treaties, laws, wars and processes
  ("NAFTA", "Brexit", "the Good Friday Agreement"), photo credits and slashed source lines ("X/Getty"),
  and title-case headlines are no actors; ``agreement_after``: a city opening an agreement's name
  ("the Paris climate accord") names no state; ``namesake_city``: "Tripoli, Lebanon" is Lebanon's;
* ``institution_named``: a "person" ending in an institution word is an organisation;
* ``credit_line_spans``: contributors credited at the end of an article are no actors.

Each rule is a small function; ``EVIDENCE_RULES`` lists the person-country rules in the order
they are tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from ...kb import WordClass
from ...kb.gazetteer import CAPITAL, PLACE, Gazetteer, slug
from ..common import column, doc_text
from .names import name_words
from .roles import Cand

PLACE_HEADS = WordClass("actor_words", "place_head")
SHARED_PLACE_HEADS = WordClass("actor_words", "shared_place_head")
PLATFORMS = WordClass("actor_words", "platform")
US_STATES = WordClass("actor_words", "us_state")
MEDIA_HEADS = WordClass("actor_words", "media_head")
AGREEMENTS = WordClass("actor_words", "agreement")
AGREEMENT_HEADS = WordClass("actor_words", "agreement_head")
ORG_HEADS = WordClass("actor_words", "org_head")
PHOTO_CREDITS = WordClass("actor_words", "photo_credit")
INSTITUTION_HEADS = WordClass("actor_words", "institution_head")
SETTLEMENT_NOUNS = WordClass("actor_words", "settlement_noun")
STAFF_NOUNS = WordClass("actor_words", "staff_noun")
CAMP_NOUNS = WordClass("actor_words", "camp_noun")
_APOS = frozenset({"'s", "’s", "'", "’"})
_MAX_PLACE_WORDS = 5


def place_spans(doc: Doc) -> list[tuple[int, int, bool]]:
    """(start, end, shared) of every capitalised name that ends in a place word, or opens with
    one followed by "of" and a name ("Strait of Hormuz"). ``shared``: a sea, strait or landform
    that no one state owns. The names a settlement noun introduces ("the villages of X and Y")
    are added."""
    out: list[tuple[int, int, bool]] = []
    heads = PLACE_HEADS | SHARED_PLACE_HEADS
    for t in doc:
        low = t.lower_
        if low not in heads or not t.is_title:
            continue
        shared = low in SHARED_PLACE_HEADS
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ == "of" and t.i + 2 < len(doc) and doc[t.i + 2].is_title:
            e = t.i + 2
            while e < len(doc) and doc[e].is_title and e - t.i <= _MAX_PLACE_WORDS:
                e += 1
            out.append((t.i, e, shared))
            continue
        if nxt is not None and (nxt.is_title or nxt.is_upper and nxt.is_alpha):
            continue  # "Black Sea Fleet", "Square Capital": the place word is inside a longer name
        s = t.i
        while s > 0 and t.i - s < _MAX_PLACE_WORDS and (doc[s - 1].is_title or doc[s - 1].text == "-") \
                and doc[s - 1].text not in _APOS:
            s -= 1
        if s < t.i:
            out.append((s, t.i + 1, shared))
    return out + settlement_spans(doc)


# Lowercase particles inside a settlement's name ("Mazraat al-Rahim", "Ras al-Ayn").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "an", "ibn", "bin", "-"})
_COORDINATORS = frozenset({"and", ",", "or"})


def _settlement_name_end(doc: Doc, i: int) -> int:
    """The end of the capitalised name opening at ``i`` ("Mazraat al-Rahim"), or ``i``."""
    e = i
    while e < len(doc) and e - i < _MAX_PLACE_WORDS and (
            doc[e].is_title or e > i and doc[e].lower_ in _NAME_PARTICLES and e + 1 < len(doc)
            and (doc[e + 1].is_title or doc[e + 1].text == "-")):
        e += 1
    while e > i and doc[e - 1].lower_ in _NAME_PARTICLES:
        e -= 1
    return e


def settlement_spans(doc: Doc) -> list[tuple[int, int, bool]]:
    """The names a lowercase settlement noun introduces with "of": "the village of X", "the
    villages of X and Y", "the town of X", "the Aleppo district of X". A village the NER took
    for a person is a place, never an actor; a plural noun introduces every name of its
    coordination."""
    out: list[tuple[int, int, bool]] = []
    for t in doc:
        if t.lower_ not in SETTLEMENT_NOUNS or not t.is_lower or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "of":
            continue
        plural = t.lower_.endswith("s")
        i = t.i + 2
        while i < len(doc):
            e = _settlement_name_end(doc, i)
            if e == i:
                break
            out.append((i, e, False))
            if not plural or e + 1 >= len(doc) or doc[e].lower_ not in _COORDINATORS:
                break
            i = e + 1 + (doc[e + 1].lower_ in _COORDINATORS)  # "X, Y and Z"; "X, and Y"
    return out


def drop_places(cands: list[Cand], spans: list[tuple[int, int, bool]]) -> list[Cand]:
    """Candidates without the place names: a KB name equal to the whole place stays (the KB
    knows it: "Marshall Islands"); a state inside a land place becomes a location of that
    state ("Moscow" of "Moscow Airport"); every other candidate inside a place goes."""
    if not spans:
        return cands
    out = []
    for c in cands:
        span = next(((s, e, sh) for s, e, sh in spans if s <= c.start and c.end <= e), None)
        if span is None or (c.start, c.end) == span[:2] and not c.key.startswith(("person:", "org:")):
            out.append(c)
        elif not span[2] and c.kind == "state" and c.start_char is None:
            out.append(Cand(c.start, c.end, c.key, c.kind, PLACE, c.country, c.text))
    return out


# "Philippines News Agency", "Austria Press Agency": an agency of news is an outlet.
_AGENCY_OF_NEWS = frozenset({"News", "Press"})


def media_kind(c: Cand, span, inside: list[Cand] | None = None) -> None:
    """An organisation the KB lacks whose name ends in an outlet word ("New York Daily News",
    "Minnesota Public Radio") or is a news agency ("Philippines News Agency") is an outlet; the
    KB's outlet when its name is inside ("the Russian Interfax News Agency" is Interfax)."""
    agency = len(span) > 2 and span[-1].text == "Agency" and span[-2].text in _AGENCY_OF_NEWS
    if len(span) > 1 and (span[-1].text in MEDIA_HEADS or agency):
        known = next((k for k in inside or () if k.kind == "media"), None)
        c.kind, c.key = "media", known.key if known is not None else "media:" + slug(span.text)
        c.country = known.country if known is not None else c.country


# Honorifics of political office whose title a name carries as a role ("Gov. X" is a governor); military
# and courtesy honorifics say nothing about the state served.
_OFFICE_HONORIFICS = frozenset({"Gov.", "Sen.", "Rep.", "Pres."})


def honorific_role(doc: Doc, g: Gazetteer, c: Cand) -> list[tuple[str, str | None]]:
    word = doc[c.start].text
    title = g.honorifics.get(word) if word in _OFFICE_HONORIFICS else None
    return [(title, None)] if title else []


def is_platform(text: str) -> bool:
    return text in PLATFORMS


# Words a hyphen joins to a name to make a modifier ("Moldovan-born", "Iran-backed"), not a name part.
_HYPHEN_MODIFIERS = frozenset({"born", "based", "led", "backed", "style", "era", "like", "owned", "run", "made",
                               "funded", "linked", "allied", "inspired", "type", "class", "bred", "raised"})


def hyphen_tail(doc: Doc, s: int, e: int) -> int:
    """The end of a person's name over a hyphenated last part the NER cut ("Moon Jae|-in"):
    names of two words or more only, and not over a modifier ("Moldovan-born")."""
    while e - s >= 2 and e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ \
            and not doc[e].whitespace_ and doc[e + 1].is_alpha and doc[e + 1].is_lower \
            and doc[e + 1].lower_ not in _HYPHEN_MODIFIERS:
        e += 2
    return e


def after_dateline(doc: Doc, s: int, e: int) -> int:
    """The start of a person's name after a dateline glued to it by a dash ("Fla.—President
    Donald Trump"): the words after the token holding the dash."""
    for i in range(s, e - 1):
        if "—" in doc[i].text or "–" in doc[i].text:
            s = i + 1
    return s


def glued_name_end(doc: Doc, s: int, e: int) -> int:
    """The end of the first of two names a page glued together: a name of three words or more
    whose first word comes back ("Adam Schiff Adam Bennett", "Ben Sasse Benjamin") ends before
    the repeat, keeping at least two words."""
    first = doc[s].text
    for k in range(s + 2, e):
        if doc[k].text.startswith(first) and doc[k].is_title and len(first) >= 2:
            return k
    return e


_COMMON_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "AUX", "PRON", "DET", "ADP", "INTJ"})


def not_an_actor_entity(doc: Doc, g: Gazetteer, s: int, e: int, label: str, org_heads: frozenset[str]) -> bool:
    """An entity the NER labels that names no actor: a facility not named as an organisation
    ("Rostov-on-Don", a hall), an honorific alone, a capitalised camp noun ("a Brexiteer"), or a
    "person" ending in a state's name beside
    another state's name (a glued list of countries: "Mayotte Mexico Micronesia"; "Lisa Monaco" stays)."""
    if names_an_agreement(doc, s, e) or is_credit(doc, s, e) or is_headline(doc, s, e):
        return True
    if label == "FAC":
        return doc[e - 1].lower_ not in org_heads
    if doc[s:e].text in g.honorifics:  # "Cmdr", cut from its name by the tokenizer
        return True
    if label == "PERSON" and e - s == 1 and doc[s].lower_ in CAMP_NOUNS:
        return True  # "the party's most prominent Brexiteer": a member of a political camp, unnamed
    if e - s == 1 and doc[s].is_upper and any(ch.isdigit() for ch in doc[s].text):
        return True  # a market ticker ("TMUBMUSD10Y")
    if label == "PERSON" and e - s == 1 and doc[s].is_sent_start and doc[s].pos_ in _COMMON_POS \
            and not _capitalised_elsewhere(doc, s):
        return True  # "Stung, Chavez turned to...", "Observers warned": a capitalised common word
    if label == "PERSON" and e - s >= 2:
        return _state_name(g, doc, e - 1) and (_state_name(g, doc, e) or _state_name(g, doc, s - 1))
    return False


def names_an_agreement(doc: Doc, s: int, e: int) -> bool:
    """A treaty, trade agreement, law, war or political process the NER took for an organisation or
    a person ("NAFTA", "Brexit", "the Good Friday Agreement", "the Revolutionary War"): a thing
    actors make or fight, never an actor."""
    if doc[s:e].text in AGREEMENTS:
        return True
    last = doc[e - 1]
    if any(t.lower_ in ORG_HEADS for t in doc[s:e - 1]):
        return False  # "Institute for the Study of War": an organisation named after its subject
    return e - s >= 2 and last.is_title and last.lower_ in AGREEMENT_HEADS


_SLASHED = re.compile(r"[^\W\d]\s*/\s*[^\W\d]")


def is_credit(doc: Doc, s: int, e: int) -> bool:
    """A photo credit or a source line, not an actor of the story: a photo agency ("Getty Images",
    "AP Photo") or names joined by a slash ("Jane Roe/Getty", "Meet the Press / Jane Roe")."""
    text = doc[s:e].text
    return text in PHOTO_CREDITS or bool(_SLASHED.search(text))


_HEADLINE_WORDS = 4
_HEADLINE_POS = frozenset({"DET", "PRON", "AUX"})
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})


def is_headline(doc: Doc, s: int, e: int) -> bool:
    """A title-case headline the NER took for a name ("Labour Leader Faces Open Revolt Inside His
    Party", "Another Showdown Kicks Off"): four words or more with a capitalised determiner, pronoun,
    auxiliary or finite verb after the first, which names of organisations do not have."""
    if e - s < _HEADLINE_WORDS:
        return False
    return any(t.is_title and (t.pos_ in _HEADLINE_POS or t.tag_ in _FINITE_TAGS) for t in doc[s + 1:e])


def institution_named(doc: Doc, s: int, e: int) -> bool:
    """A "person" whose name ends in an institution's head word is the institution ("Sam Houston
    State University", "Shelby Cullom Davis Institute")."""
    last = doc[e - 1]
    return e - s >= 2 and last.is_title and last.lower_ in INSTITUTION_HEADS


# "X and Y contributed to this report", "X contributed reporting", "With assistance by X": a credit line of
# the article's staff (720 files of allsides_intl carry the first), not the story's actors.
_CREDIT_LINE = re.compile(r"\bcontributed (?:reporting|(?:reporting |research )?to this (?:report|article|story))|"
                          r"(?:^|\n|—|--)\s*[Ww]ith assistance (?:by|from)\b")


def credit_line_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the credit lines: from the start of the line (or of the sentence a full stop
    ends on that line) to the end of the line ("Jay Roe and Ann Lee contributed to this report",
    "-- With assistance by Jay Roe"), so a quotation the sentence splitter glued to it keeps its speaker."""
    text = doc_text(doc)
    out = []
    for m in _CREDIT_LINE.finditer(text):
        start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()) + 1, 0)
        end = text.find("\n", m.end())  # "With assistance by X and Y" names them after the cue
        out.append((start, len(text) if end < 0 else end))
    return out


def drop_credited(cands: list[Cand], spans: list[tuple[int, int]], doc: Doc) -> list[Cand]:
    """Persons named in a contributors' credit line are no actors of the story."""
    if not spans:
        return cands
    return [c for c in cands if c.kind != "person" or not any(s <= doc[c.start].idx < e for s, e in spans)]


# Words that may stand between a city and the agreement it names ("the Paris climate change accord").
_MAX_AGREEMENT_MODIFIERS = 3
_NOT_A_MODIFIER = frozenset({"VERB", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PRON", "PART", "NUM", "PUNCT"})


def agreement_after(doc: Doc, e: int) -> bool:
    """A city's name opens the name of an agreement ("the Paris climate accord", "the Oslo
    Accords", "the Minsk agreements"): it names the agreement, not the city's state."""
    for k in range(e, min(e + _MAX_AGREEMENT_MODIFIERS + 1, len(doc))):
        t = doc[k]
        if t.lower_ in AGREEMENT_HEADS:
            return True
        if not t.is_alpha or t.pos_ in _NOT_A_MODIFIER:
            return False
    return False


def namesake_city(doc: Doc, c: Cand, by_start: dict[int, Cand]) -> Cand | None:
    """``Tripoli, Lebanon``: a city the KB places in one state, followed by a comma and another
    state's name, is the namesake city of that other state -- a location of it."""
    if c.kind != "state" or c.how not in (CAPITAL, PLACE) or c.start_char is not None:
        return None
    if c.end >= len(doc) or doc[c.end].text != ",":
        return None
    state = by_start.get(c.end + 1)
    if state is None or state.kind != "state" or state.how != "name" or state.country == c.country:
        return None
    return Cand(c.start, c.end, state.key, "state", PLACE, state.country, c.text)


def _capitalised_elsewhere(doc: Doc, i: int) -> bool:
    """The word is capitalised inside a sentence elsewhere in the document: a name ("Trump swiped
    at Ryan" opening a sentence of an article that names Trump mid-sentence), not a common word."""
    words = column(doc, "ORTH")  # strings, not a Token per word: this runs for every such entity
    word = words[i]
    return any(w == word and j != i and not doc[j].is_sent_start for j, w in enumerate(words))


def _state_name(g: Gazetteer, doc: Doc, i: int) -> bool:
    hit = g.lookup(doc[i].text) if 0 <= i < len(doc) else None
    return hit is not None and hit[0].kind == "state" and hit[1] == "name"


def possessive_org_country(doc: Doc, c: Cand, by_end: dict[int, Cand]) -> str | None:
    """``X's ORG``: the state X of an organisation named right after its possessive."""
    if c.start < 2 or doc[c.start - 1].text not in _APOS:
        return None
    owner = by_end.get(c.start - 1)
    if owner is None or owner.kind != "state" or owner.how == "demonym":
        return None
    return owner.country


# ---- persons: the party-and-state designation of American politics --------------------------

# "R-Texas", "D-Calif.", "I-Vt.": party initial, hyphen, state name or abbreviation.
_DESIGNATION = re.compile(r"^[RDI]-[A-Z][a-z]*\.?")
# Offices a person holds "of" an American state in the designation "X of Ohio" ("the House speaker, John A.
# Boehner of Ohio").
_US_OFFICES = frozenset({"Senator", "Representative", "Speaker", "Majority Leader", "Governor"})
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


# ---- persons: an apposition naming the state by its adjective ----------------------------------

_APPOSITION_DETS = frozenset({"a", "an", "the"})
# People who study a state without belonging to it ("a U.S. expert" may be anyone's expert on it).
_STUDENT_NOUNS = frozenset({"expert", "analyst", "observer", "watcher", "scholar", "specialist", "hand"})
_MAX_APPOSITION_ADJECTIVES = 2


def demonym_apposition(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, a Chinese lawyer``, ``P, a White House lawyer``, ``P, a former U.S. diplomat``: an
    apposition that names a state by its adjective, a seat of its power or its abbreviation before
    the noun saying what the person is places the person in that state (a name before the noun
    does not: "a China expert" studies China)."""
    i = c.end
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in _APPOSITION_DETS:
        return None
    i += 2
    n_adj = 0
    while i < len(doc) and doc[i].is_lower and doc[i].is_alpha and n_adj < _MAX_APPOSITION_ADJECTIVES \
            and doc[i].pos_ in ("ADJ", "ADV"):  # "a prominent", "a longtime"
        i += 1
        n_adj += 1
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
    """``Israeli lawyer Dana Cohen``, ``Iranian rights activist X``: a state's adjective opening the
    lowercase noun phrase that says what the person is, right before the name, places the person in
    that state (only the adjective: "a China expert X" studies China; "pro-Russian activist X" sides)."""
    k = c.start - 1
    if k < 1 or doc[k].pos_ != "NOUN" or not (doc[k].is_lower and doc[k].is_alpha):
        return None
    while c.start - k <= _MAX_DESCRIPTOR_NOUNS and k > 0 and doc[k].is_lower and doc[k].is_alpha \
            and doc[k].pos_ in ("NOUN", "ADJ"):  # "rights activist", "opposition leader"
        k -= 1
    hit = g.lookup(doc[k].text)
    prefixed = k >= 1 and (doc[k - 1].text in ("-", "–") or doc[k - 1].lower_ in ("pro", "anti", "non", "ex"))
    if prefixed or hit is None or hit[0].kind != "state" or hit[1] != "demonym":
        return None
    return hit[0].country


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
    if k >= 0 and doc[k].text in _APOS:
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
    e = _principal_end(doc, k - 1)
    s = e
    while s > 0 and e - s < _MAX_PRINCIPAL_WORDS and doc[s - 1].is_title and doc[s - 1].pos_ == "PROPN":
        s -= 1
    if s == e:
        return None
    hit = g.leader(doc[s:e].text, doc._.published)
    if hit is None or not (hit[1] or e - s > 1):
        return None
    return hit[0].country if g.state(hit[0].country) else None


EVIDENCE_RULES: tuple[PersonRule, ...] = (us_designation, us_state_before_title, demonym_apposition,
                                          demonym_before_descriptor, principal_before_title)


def person_country_from_text(doc: Doc, g: Gazetteer, cands: list[Cand]) -> str | None:
    """The first country a person-country rule reads beside any of the person's mentions."""
    return next((hit for rule in EVIDENCE_RULES for c in cands if (hit := rule(doc, g, c))), None)


# Titles of the United States Congress: with the United States the state a document names most,
# their holders are American when nothing in the text says otherwise.
_US_LEGISLATOR_TITLES = frozenset({"Senator", "Representative", "Majority Leader"})


def american_legislator(doc: Doc, g: Gazetteer, person_cands: list[Cand], roles: list[tuple[str, str | None]],
                        cands: list[Cand]) -> str | None:
    """USA for "Sen. X", "Senate Minority Leader X", "Congressman X" in a document whose most named
    state is the United States (the document's context, after the text and the KB)."""
    titled = any(t in _US_LEGISLATOR_TITLES for t, _ in roles) or \
        any(doc[c.start].text in _US_LEGISLATOR_HONORIFICS for c in person_cands)
    if not titled:
        return None
    counts: dict[str, int] = {}
    for c in cands:
        if c.kind in ("state", "organization", "role", "group") and c.country:
            counts[c.country] = counts.get(c.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][0] == "USA" and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return "USA"
    return None


def in_title(c: Cand, titles: list) -> bool:
    """An organisation entity inside a title ("the director of National Intelligence")."""
    return c.kind == "organization" and any(t.start <= c.start and c.end <= t.end for t in titles)


_APPOSITION_FILLERS = frozenset({"a", "an", "the", "former", "then", "ex", "new", "acting", "deputy", "senior", "top"})


def person_like_orgs(doc: Doc, g: Gazetteer, cands: list[Cand], titles: list, org_heads: frozenset[str]) -> None:
    """Organisation entities that are persons by the evidence around them: two or three
    capitalised words with no organisation word, given a person's title in apposition
    ("Samantha Power, former U.S. ambassador"; "the EU's chief executive, Jean-Claude Juncker"),
    known to the KB as a person's name, or sharing their last word with a person the document names."""
    title_at = {t.start: t for t in titles if not t.title.plural}
    title_end = {t.end: t for t in titles if not t.title.plural}
    surnames = {doc[c.end - 1].lower_ for c in cands if c.kind == "person"}
    for c in cands:
        words = doc[c.start:c.end]
        if c.kind != "organization" or not c.key.startswith("org:") or not 2 <= len(words.text.split()) <= 3:
            continue  # "Trump-Kim" (a summit) is one word
        if g.lookup(words.text) is not None:
            continue  # "the role of the United Nations, the official said": a name the KB knows is no person
        if any(not t.is_title or t.lower_ in org_heads or g.lookup(t.text) or t.text in g.honorifics
               or t.text + "." in g.honorifics for t in words if t.text != "-"):
            continue
        i = c.end + 1
        while i < len(doc) and (doc[i].lower_ in _APPOSITION_FILLERS or g.lookup(doc[i].text)):
            i += 1
        titled_after = c.end < len(doc) and doc[c.end].text == "," and i in title_at \
            and not _name_follows(doc, title_at[i].end)  # "X, Defense Secretary Mark Esper": a list
        titled_before = c.start > 0 and doc[c.start - 1].text == "," and c.start - 1 in title_end
        known = g.leader(words.text) is not None  # the KB knows the name as a person's
        if titled_after or titled_before or known or doc[c.end - 1].lower_ in surnames:
            c.kind, c.key = "person", "person:" + words.text


def _name_follows(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].is_title and doc[i].ent_type_ == "PERSON"


def reordered_name(name: str, known: list[str]) -> str | None:
    """The known full name whose words are ``name``'s in another order ("Trump Donald")."""
    words = name_words(name)
    if len(words) < 2:
        return None
    for full in known:
        other = name_words(full)
        if other != words and sorted(other) == sorted(words):
            return full
    return None
