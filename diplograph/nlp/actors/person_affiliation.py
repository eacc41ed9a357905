"""A person's country from the state or body the text names the person as serving, read on the words
right before or after the name (rules of ``person_country.EVIDENCE_RULES``):

* ``state_before_rank``: "Israeli Maj. Gen. X", "U.S. Army Lt. Gen. X": a state's adjective or its
  abbreviated name (with an armed service's name or not) before the military rank that opens the person's
  mention places the person in that state (the rank inside the mention keeps the title rules from
  reading the adjective as the title's);
* ``employer_apposition``: "P, a China expert at the Center for Strategic and International Studies",
  "P, director of the X program at the Brookings Institution", "P, the CIA's deputy director": the
  apposition names the organisation the person works at, with, of or for, and the KB places that
  organisation in one state;
* ``state_before_title_words``: "U.S. Treasury Secretary X", "London Mayor X", "Israeli Air Force Commander X":
  a state's adjective, abbreviated name, capital, seat or a city the KB places, right before the capitalised
  words of a title that opens the person's mention, places the person in that state;
* ``fronted_title_apposition``: "The head of the Ukrainian security service, P", "a spokesman for Russia's
  interior ministry, P": a title held at a body whose words open with a state's adjective, abbreviation or
  possessive, set off before the name the parse makes its apposition.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ...kb import WordClass
from ...kb.gazetteer import Gazetteer
from ..common import other_party_nouns
from .body_apposition import observes_the_body
from .evidence import ARMED_SERVICES
from .roles import POSSESSIVE_MARKS, Cand

_MAX_STATE_WORDS = 2  # "South Korean"
# A person named right after it serves the principal before it: "Trump adviser X", "White House Chief Strategist X".
STAFF_NOUNS = WordClass("actor_words", "staff_noun")
_PREFIXES = frozenset({"pro", "anti", "non", "ex", "-", "–"})


def _rank_word(g: Gazetteer, text: str) -> bool:
    """A rank abbreviation or a word of a military title used before a name ("Maj.", "Gen.", "Lt.")."""
    dotted = text if text.endswith(".") else text + "."
    title = g.titles.get(text.lower()) or g.titles.get(dotted.lower())
    return text in g.honorifics or dotted in g.honorifics or title is not None and title.sector == "military"


def _state_named(g: Gazetteer, doc: Doc, s: int, e: int) -> str | None:
    """The state a state's adjective or abbreviated name names ("Israeli", "U.S.", "UK")."""
    hit = g.lookup(doc[s:e].text)
    if hit is None or hit[0].kind != "state":
        return None
    word = doc[s:e].text
    return hit[0].country if hit[1] == "demonym" or hit[1] == "name" and (word.isupper() or "." in word) else None


def state_before_rank(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``Israeli Maj. Gen. Dan Roe``, ``Iranian Brig. Gen. X``, ``U.S. Army Lt. Gen. X``: the state
    named right before the military rank that opens (or precedes) the person's mention."""
    k = c.start
    while k < c.end - 1 and _rank_word(g, doc[k].text):  # the rank the NER kept inside the name
        k += 1
    inside = k > c.start
    k = c.start - 1
    while k >= 0 and (_rank_word(g, doc[k].text) or doc[k].text == "."):
        k -= 1
    if not inside and k == c.start - 1:
        return None  # no rank: "Israeli Dan Roe" may be anyone's apposition
    while k >= 0 and doc[k].lower_ in ARMED_SERVICES and doc[k].is_title:  # "U.S. Army", "Israeli Air Force"
        k -= 1
    for n in range(_MAX_STATE_WORDS, 0, -1):
        s = k - n + 1
        if s < 0 or s >= 1 and doc[s - 1].lower_ in _PREFIXES:
            continue  # "pro-Russian Col. X" sides with the state
        hit = _state_named(g, doc, s, k + 1)
        if hit:
            return hit
    return None


_MAX_TITLE_WORDS_BEFORE_NAME = 4  # "Air Force Commander", "Treasury Secretary" and a first name the NER left out
# How a KB surface names a state: its adjective, capital, seat or a city of places.tsv ("U.S." and "UK" are
# abbreviated names, read by ``_state_named``; a full name before a title, "Iran Researcher", may be a subject studied).
_PLACING_SURFACES = frozenset({"demonym", "capital", "seat", "place"})


def _titles_in(g: Gazetteer, doc: Doc, s: int, e: int) -> bool:
    """A singular title of the KB among the words ``s``..``e`` ("Chief", "Treasury Secretary", "Mayor")."""
    return any(not title.plural for i in range(s, e) for n in range(1, e - i + 1)
               if (title := g.titles.get(doc[i:i + n].text.lower())) is not None)


def _placing_state(g: Gazetteer, doc: Doc, s: int, e: int) -> str | None:
    """The state the words ``s``..``e`` name by their adjective, abbreviation, capital, seat or a KB city."""
    hit = g.lookup(doc[s:e].text)
    if hit is not None and hit[0].kind == "state" and hit[1] in _PLACING_SURFACES:
        return hit[0].country
    return _state_named(g, doc, s, e)


def state_before_title_words(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``U.S. Treasury Secretary Dan Roe``, ``Lima Mayor X``, ``Israeli Air Force Commander X``: the capitalised
    words right before the name hold a title of the KB and, before them, a state's adjective, abbreviated
    name, capital, seat or a city the KB places: the office is that state's (or that city's), and so is the
    person. Not when the state word is itself inside a longer name ("Voice of America Russian Service
    Chief X") or follows a prefix ("pro-Russian Militia Commander X" sides with it)."""
    for k in range(c.start - 1, max(c.start - 2 - _MAX_TITLE_WORDS_BEFORE_NAME, -1), -1):
        state = _state_ending_at(g, doc, k) if k + 1 < c.start and _titles_in(g, doc, k + 1, c.start) else None
        if state is not None:
            return state
        if not (doc[k].is_alpha and (doc[k].is_title or doc[k].is_upper)):
            return None
    return None


def _state_ending_at(g: Gazetteer, doc: Doc, k: int) -> str | None:
    """The state a placing word ending at ``k`` names, unless it is inside a longer name or follows a prefix."""
    return _phrase_ending_at(doc, k, _MAX_STATE_WORDS, lambda s, e: _placing_state(g, doc, s, e), _PREFIXES)


def _phrase_ending_at(doc: Doc, k: int, max_words: int, place: Callable[[int, int], str | None],
                      prefixes: frozenset[str] = frozenset()) -> str | None:
    """The state ``place`` gives the longest phrase of up to ``max_words`` words ending at ``k``, skipping
    a phrase inside a longer name (a capitalised proper noun before it, not at a sentence start) or
    after one of ``prefixes`` ("pro-Russian")."""
    for n in range(max_words, 0, -1):
        s = k - n + 1
        if s < 0:
            continue
        found = place(s, k + 1)
        before = doc[s - 1] if s >= 1 else None
        if found is None or before is not None and (before.lower_ in prefixes or before.pos_ == "PROPN"
                                                    and before.is_title and not before.is_sent_start):
            continue
        return found
    return None


_EMPLOYER_PREPS = frozenset({"at", "with", "of", "for"})
_APPOSITION_ENDS = frozenset({",", ";", ":", ".", "(", ")", "\"", "“", "”", "—", "–", "--"})
_MAX_TITLE_OFFSET = 5  # "a senior China expert", "the former deputy director"
_MAX_APPOSITION_TOKENS = 16  # "director of the Project on US Relations with the Islamic World at the X"
_MAX_TITLE_WORDS = 3
_MAX_ORG_WORDS = 6  # "Center for Strategic and International Studies"


def _title_end(doc: Doc, g: Gazetteer, i: int) -> int | None:
    """The token after the first singular title of the KB ("expert", "senior fellow", "director")
    within the opening words of an apposition starting at ``i``, or None."""
    for j in range(i, min(i + _MAX_TITLE_OFFSET, len(doc))):
        if doc[j].text in _APPOSITION_ENDS or doc[j].pos_ in ("VERB", "AUX"):
            return None
        for n in range(_MAX_TITLE_WORDS, 0, -1):
            title = g.titles.get(doc[j:j + n].text.lower()) if j + n <= len(doc) else None
            if title is not None and not title.plural:
                return j + n
    return None


def _kb_org_at(doc: Doc, g: Gazetteer, i: int) -> tuple[int, str | None]:
    """The end of a KB organisation or outlet named at ``i`` (after an article; 0 when none) and its state."""
    i += doc[i].lower_ in ("the", "a") if i < len(doc) else 0
    for n in range(_MAX_ORG_WORDS, 0, -1):
        if i + n > len(doc):
            continue
        hit = g.lookup(doc[i:i + n].text)
        if hit is not None and hit[0].kind in ("organization", "media"):
            return i + n, hit[0].country
    return 0, None


def employer_apposition(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, a China expert at the Center for Strategic and International Studies``, ``P, director of
    the Middle East program at the Brookings Institution``, ``P, an analyst with the RAND Corporation``,
    ``P, the CIA's deputy director``: an apposition whose title says the person works at, with, of or
    for an organisation the KB places in one state (or that opens with the organisation's possessive)
    places the person there (an international one, which the KB places nowhere, says nothing)."""
    i = c.end
    if i + 3 >= len(doc) or doc[i].text != ",":
        return None
    owner, country = _kb_org_at(doc, g, i + 1)
    if owner and owner < len(doc) and doc[owner].text in POSSESSIVE_MARKS:
        return country  # "P, the State Department's second in command"
    i += 1 + (doc[i + 1].lower_ in ("a", "an", "the"))
    j = _title_end(doc, g, i)
    if j is None:
        return None
    for k in range(j, min(j + _MAX_APPOSITION_TOKENS, len(doc) - 1)):
        if doc[k].text in _APPOSITION_ENDS or doc[k].pos_ in ("VERB", "AUX"):
            return None
        if doc[k].lower_ in _EMPLOYER_PREPS:
            named, country = _kb_org_at(doc, g, k + 1)
            if named:
                return country
    return None


_MAX_DESCRIPTOR_WORDS = 2  # "NSA contractor", "Fox News chief anchor"
_MAX_BODY_WORDS = 3  # "Fox News", "State Department"


def _state_body_country(g: Gazetteer, doc: Doc, s: int, e: int) -> str | None:
    """The state of a KB body of one state (id "org:<its code>-..."), named at ``s``..``e`` (not an outlet: "Washington
    Post contributor X" may write from anywhere)."""
    hit = g.lookup(doc[s:e].text)
    if hit is None or not hit[0].country or hit[1] != "name":
        return None
    body = hit[0].kind == "organization" and hit[0].id.startswith(f"org:{hit[0].country.lower()}-")
    return hit[0].country if body else None


def _seat_country(g: Gazetteer, doc: Doc, s: int, e: int) -> str | None:
    """The state whose seat of government ("White House", "Kremlin", "Downing Street") is named at ``s``..``e``."""
    hit = g.lookup(doc[s:e].text)
    return hit[0].country if hit is not None and hit[0].kind == "state" and hit[1] == "seat" else None


def _capitalised_staff_title(doc: Doc, end: int) -> int:
    """The start of a capitalised title ending in a staff noun right before ``end`` ("Chief Strategist",
    "Senior Adviser"; ``kb/actor_words.tsv`` staff_noun), else ``end``."""
    if end < 1 or not doc[end - 1].is_title or doc[end - 1].lower_ not in STAFF_NOUNS:
        return end
    k = end - 1
    while k > 0 and end - k < _MAX_DESCRIPTOR_WORDS and doc[k - 1].is_title and doc[k - 1].is_alpha \
            and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[k - 1].is_sent_start:
        k -= 1
    return k


def body_before_descriptor(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``former NSA contractor Edward Roe``, ``FBI agent X``, ``White House counsel X``, ``Kremlin official X``: a
    body of one state the KB knows (its intelligence service, ministry, armed service, party) or a state's seat of
    government right before the lowercase noun that says what the person is (or a capitalised title ending in a
    staff noun, "White House Chief Strategist X"), is the person's employer: the person is of its state. Not an
    outlet ("Washington Post contributor X" may be anyone's), not a noun of another party ("NSA critic X", "an FBI
    informant's wife": ``kb/other_party_nouns.tsv``), not one who reports on or studies a seat ("White House
    correspondent X", "Kremlin watcher X": ``body_apposition.observes_the_body``), nor a body inside a longer name."""
    k = c.start - 1
    while k >= 0 and c.start - k <= _MAX_DESCRIPTOR_WORDS and doc[k].is_lower and doc[k].is_alpha \
            and doc[k].pos_ == "NOUN":  # not "The Hill said attorney X", "on NPR is X"
        if doc[k].lower_ in other_party_nouns() or doc[k].lower_.rstrip("s") in other_party_nouns():
            return None
        k -= 1
    if k == c.start - 1:
        k = _capitalised_staff_title(doc, c.start) - 1
    if k == c.start - 1 or k < 0:
        return None  # no descriptor before the name
    seat_staff = not observes_the_body(doc, g, k + 1, c.start, True)
    return _phrase_ending_at(doc, k, _MAX_BODY_WORDS, lambda s, e: _state_body_country(g, doc, s, e)
                             or (_seat_country(g, doc, s, e) if seat_staff else None))


_FRONTED_LINKS = frozenset({"of", "for", "at", "with"})
_MAX_FRONTED_PHRASE = 12  # "the former head of the U.S. Missile Defense Agency"
_MAX_RANK_BEFORE_NAME = 3  # ", Vice Adm. P", ", Gen. P"


def _rank_before_name(doc: Doc, g: Gazetteer, c: Cand) -> int:
    """The token before a military rank, honorific or title the NER left out of the name (", Adm. P", ", Vice
    Adm. P", ", Vice Premier P"), else the token before the name."""
    for n in range(_MAX_RANK_BEFORE_NAME, 0, -1):
        k = c.start - n
        words = doc[k:c.start] if k >= 1 else None
        if words is None or not all(t.is_title or t.text == "." for t in words):
            continue
        if all(_rank_word(g, t.text) or t.text == "." for t in words) or words.text.lower() in g.titles:
            return k - 1
    return c.start - 1


def _state_opening(doc: Doc, g: Gazetteer, j: int, end: int) -> str | None:
    """The state an object running from ``j`` to ``end`` opens with: its adjective or abbreviated name before
    the object's noun ("the Ukrainian security service", "U.S. forces"), or its possessive ("Iran's Guardian
    Council"); not a modifier of another ("U.S.-backed", "Iranian-led"), nor after a prefix ("pro-Russian")."""
    for n in range(_MAX_STATE_WORDS, 0, -1):
        e = j + n
        if e >= end:
            continue
        hit = g.lookup(doc[j:e].text)
        if hit is None or hit[0].kind != "state" or doc[e].text in ("-", "–"):
            continue
        if doc[e].text in POSSESSIVE_MARKS and hit[1] == "name":
            return hit[0].country
        return _state_named(g, doc, j, e)
    return None


def fronted_title_apposition(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``The head of the Ukrainian security service, P``, ``a spokesman for Russia's interior ministry, P``,
    ``the commander of U.S. forces in Afghanistan, Gen. P``: a singular title of the KB held of, for, at or
    with a body or force whose words open with a state's adjective, abbreviated name or possessive, set off
    by a comma right before the name, places the person in that state, when the parse makes the name the
    title's apposition ("After meeting the head of the Chinese delegation, P said": P is the subject). An
    expert of the KB's research titles "on" a state studies it: only of, for, at and with are read."""
    comma = _rank_before_name(doc, g, c)
    if comma < 4 or doc[comma].text != ",":
        return None
    name = doc[c.end - 1]
    for link in range(comma - 2, max(comma - _MAX_FRONTED_PHRASE, 0), -1):
        if doc[link].text in _APPOSITION_ENDS or doc[link].pos_ in ("VERB", "AUX"):
            return None
        if doc[link].lower_ not in _FRONTED_LINKS:
            continue
        start = next((link - n for n in range(_MAX_TITLE_WORDS, 0, -1) if link - n >= 0
                      and (t := g.titles.get(doc[link - n:link].text.lower())) is not None and not t.plural), None)
        if start is None:
            return None
        in_apposition = name.dep_ == "appos" and start <= name.head.i < comma
        j = link + 1 + (doc[link + 1].lower_ == "the")
        return _state_opening(doc, g, j, comma) if in_apposition else None
    return None
