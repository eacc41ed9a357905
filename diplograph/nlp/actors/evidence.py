"""Evidence about what a candidate mention is, beyond the statistical NER label.

The NER label is one vote. The rules here read the words around and inside a candidate:

* ``place_spans``: a capitalised name ending in a place word ("Tiananmen Square",
  "Sheremetyevo International Airport", "South China Sea") is a location, never an actor; a
  state named inside a land place keeps a location mention, inside a sea or peninsula none;
  ``settlement_spans``: the names "the village(s)/town(s) of" introduces are places too;
* ``is_platform``: Twitter, Facebook and their kind are channels, never speakers;
* ``possessive_org_country``: "Greece's Parliament", "of Somalia's al-Shabab", "South Africa's main opposition
  Democratic Alliance": an organisation the KB does not place belongs to the state whose possessive names it;
* a person's country from the words beside the name: ``person_country.EVIDENCE_RULES``;
* ``reordered_name``: "Trump Donald" (a page's "surname given-name" clutter) is the person the
  KB or the document names "Donald Trump";
* ``names_an_agreement``, ``is_credit``, ``is_headline``: treaties, laws, wars and processes
  ("NAFTA", "Brexit", "the Good Friday Agreement"), photo credits and slashed source lines ("X/Getty"),
  and title-case headlines are no actors, nor is a leader's aircraft (``names_a_vehicle``, "Air Force
  One"); ``agreement_after``: a city opening an agreement's name
  ("the Paris climate accord") names no state; ``namesake_city``: "Tripoli, Lebanon" is Lebanon's;
* ``institution_named``: a "person" ending in an institution word is an organisation;
* ``after_gerund``: "Invoking Ronald Reagan's phrase": the gerund opening the sentence is no first name;
* ``military_rank``: "Army Col.", "Navy Rear Adm." before a name are its title, no organisation or person;
* ``credit_line_spans``: contributors credited at the end of an article are no actors.

Each rule is a small function.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc

from ...kb import WordClass
from ...kb.gazetteer import CAPITAL, PLACE, Gazetteer, slug
from ..common import column, doc_text, sentence_of
from ..lines import GLUED_DASHES, excerpt_credit_at
from .names import name_words
from .roles import POSSESSIVE_MARKS, Cand, skip_fillers

PLACE_HEADS = WordClass("actor_words", "place_head")
SHARED_PLACE_HEADS = WordClass("actor_words", "shared_place_head")
PLATFORMS = WordClass("actor_words", "platform")
MEDIA_HEADS = WordClass("actor_words", "media_head")
AGREEMENTS = WordClass("actor_words", "agreement")
AGREEMENT_HEADS = WordClass("actor_words", "agreement_head")
ORG_HEADS = WordClass("actor_words", "org_head")
PHOTO_CREDITS = WordClass("actor_words", "photo_credit")
VEHICLES = WordClass("actor_words", "vehicle")
INSTITUTION_HEADS = WordClass("actor_words", "institution_head")
SETTLEMENT_NOUNS = WordClass("actor_words", "settlement_noun")
CAMP_NOUNS = WordClass("actor_words", "camp_noun")
TIME_ZONES = WordClass("actor_words", "time_zone")
_MAX_PLACE_WORDS = 5


def place_spans(doc: Doc) -> list[tuple[int, int, bool]]:
    """(start, end, shared) of every capitalised name that ends in a place word, or opens with
    one followed by "of" and a name ("Strait of Hormuz"). ``shared``: a sea, strait or landform
    that no one state owns. The names a settlement noun introduces ("the villages of X and Y")
    are added."""
    out: list[tuple[int, int, bool]] = []
    heads = PLACE_HEADS | SHARED_PLACE_HEADS
    for i, low in enumerate(column(doc, "LOWER")):
        if low not in heads:
            continue
        t = doc[i]
        if not t.is_title:
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
                and doc[s - 1].text not in POSSESSIVE_MARKS:
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
    settlements = SETTLEMENT_NOUNS.words()  # the set itself: this asks it of every word
    for i, low in enumerate(column(doc, "LOWER")):
        if low not in settlements:
            continue
        t = doc[i]
        if not t.is_lower or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "of":
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
        if any(d in doc[i].text for d in GLUED_DASHES):
            s = i + 1
    return s


def after_gerund(doc: Doc, s: int, e: int) -> int:
    """The start of a person's name after the gerund that opens its sentence ("Invoking Ronald
    Reagan's phrase was not enough", "Accepting Mueller's findings would ..."): the NER takes the
    capitalised verb for a first name; the tagger still reads it as a verb (VBG)."""
    t = doc[s]
    if e - s < 2 or t.tag_ != "VBG" or not t.is_title or not t.lower_.endswith("ing"):
        return s
    sent = sentence_of(t)
    first = next((w for w in sent if not (w.is_space or w.is_quote)), t)  # a paragraph break, an open quote
    return s + 1 if first.i == s else s


_FULL_STOPS = frozenset({".", "!", "?"})


def after_inverted_said(doc: Doc, s: int, e: int) -> int:
    """The start of a person's name after an inverted "Said" that opens its sentence ("Said Brennan:
    “…”", "Said Ana Ruiz, an analyst at the bank: “…”"): the speech verb put before its subject, which
    the NER takes for a first name. "Said" is also a first name ("Said Kouachi, the oldest brother,
    trained in Yemen"), so it is read as the verb only when the words after the name run, with no
    sentence end, to a colon or comma right before an opening quote mark."""
    t = doc[s]
    if e - s < 2 or t.text != "Said":
        return s
    first = next((w for w in sentence_of(t) if not (w.is_space or w.is_quote)), t)
    prev = next((w for w in reversed(doc[:s]) if not (w.is_space or w.is_quote)), None)
    if first.i != s and not (prev is not None and prev.text in _FULL_STOPS):
        return s  # "Said" inside a sentence: a name, "officials said Said Kouachi ..."
    for k in range(e, min(len(doc), e + 60)):
        w = doc[k]
        if w.text in _FULL_STOPS:
            return s
        if w.is_quote and k > e and (w.is_left_punct or w.tag_ == "``" or w.text == "“"):
            before = next((x for x in reversed(doc[e:k]) if not x.is_space), None)
            return s + 1 if before is not None and before.text in (":", ",") else s
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


ARMED_SERVICES = WordClass("actor_words", "armed_service")


def military_rank(doc: Doc, g: Gazetteer, s: int, e: int) -> bool:
    """An entity that is only a military rank, the title before a name: an armed service's name (after a
    state's) and a rank ("Army Col.", "U.S. Army Sgt", "Navy Rear Adm."), or a rank's abbreviation alone
    whose full stop the tokenizer split off ("Sgt" in "the release of Sgt. Bowe Roe")."""
    i = s + 1 if (hit := g.lookup(doc[s].text)) is not None and hit[0].kind == "state" else s  # "U.S. Army Sgt"
    k = i
    while k < e and doc[k].lower_ in ARMED_SERVICES:
        k += 1
    if k == e:
        return False
    rank = doc[k:e].text
    if k == s:
        return e - s == 1 and e < len(doc) and doc[e].text == "." and rank + "." in g.honorifics
    dotted = rank if rank.endswith(".") else rank + "."
    title = g.titles.get(rank.lower()) or g.titles.get(dotted.lower())
    # a title used before a name ("Rear Adm."), not a plural one ("Afghan National Security Forces")
    return k > i and (rank in g.honorifics or dotted in g.honorifics
                      or title is not None and title.honorific and not title.plural)


_COMMON_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "AUX", "PRON", "DET", "ADP", "INTJ"})


def not_an_actor_entity(doc: Doc, g: Gazetteer, s: int, e: int, label: str, org_heads: AbstractSet[str]) -> bool:
    """An entity the NER labels that names no actor: a facility not named as an organisation
    ("Rostov-on-Don", a hall), an honorific alone, a military rank ("Army Col."), a capitalised camp
    noun ("a Brexiteer"), a time zone ("GMT"), or a
    "person" ending in a state's name beside
    another state's name (a glued list of countries: "Mayotte Mexico Micronesia"; "Lisa Monaco" stays)."""
    if names_an_agreement(doc, s, e) or is_credit(doc, s, e) or is_headline(doc, s, e) \
            or military_rank(doc, g, s, e) or names_a_vehicle(doc, s, e):
        return True
    if label == "FAC":
        return doc[e - 1].lower_ not in org_heads
    if doc[s:e].text in g.honorifics:  # "Cmdr", cut from its name by the tokenizer
        return True
    if doc[s:e].text in TIME_ZONES:  # "16:00 GMT", "9:27 a.m. ET": a clock's time zone
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


def names_a_vehicle(doc: Doc, s: int, e: int) -> bool:
    """The call sign of a leader's aircraft ("As Air Force One landed in Tallinn", "Trump posted from
    Marine One"): the vehicle the party travels in, never an actor; the NER takes it for an
    organisation or a person, which then sources the trip, a quote or a pronoun's antecedent."""
    return doc[s:e].text in VEHICLES


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
# A line opening "X reported from Y." (52 files) is the staff's credit too, and so are a line opening
# "Contributing:" (USA Today's credit, 116 files of /tmp/audit-corpus) and a sentence ending its line with
# a bare "contributed." (AP and The Hill, 22 files: "Jay Roe in Lima contributed.").
_CREDIT_LINE = re.compile(r"\bcontributed (?:reporting|(?:reporting |research )?to this (?:report|article|story))|"
                          r"\bcontributed\.[ \t]*$|(?<![^\n])Contributing ?:|"
                          r"(?:^|\n|—|--)\s*[Ww]ith assistance (?:by|from)\b|"
                          r"(?<![^\n])[A-Z][\w'’. -]{1,60}? (?:wrote and )?reported from [A-Z][^\n]*\.$",
                          re.MULTILINE)


# A full stop that ends a sentence before the credit on its line: not one after an initial, a short title or
# "a.m." ("Jan M. Olsen in Copenhagen and Jay Roe in Lima contributed." is one credit).
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\.[a-z])\. ")


def credit_line_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the credit lines: from the start of the line (or of the sentence a full stop
    ends on that line) to the end of the line ("Jay Roe and Ann Lee contributed to this report",
    "-- With assistance by Jay Roe"), so a quotation the sentence splitter glued to it keeps its speaker."""
    text = doc_text(doc)
    out = []
    for m in _CREDIT_LINE.finditer(text):
        start = max(text.rfind("\n", 0, m.start()), 0)
        ends = [b.end() for b in _SENTENCE_END.finditer(text, start, m.start())]
        start = ends[-1] if ends else start
        end = text.find("\n", m.end())  # "With assistance by X and Y" names them after the cue
        out.append((start, len(text) if end < 0 else end))
    return out


def drop_credited(cands: list[Cand], spans: list[tuple[int, int]], doc: Doc) -> list[Cand]:
    """Persons named in a contributors' credit line are no actors of the story, nor are names the NER
    took for organisations there that the KB does not know ("El Roe reported from Beirut")."""
    if not spans:
        return cands
    return [c for c in cands if not _credited_kind(c) or not any(s <= doc[c.start].idx < e for s, e in spans)]


def _credited_kind(c: Cand) -> bool:
    return c.kind == "person" or c.kind == "organization" and not re.fullmatch(r"org:[a-z0-9-]+", c.key)


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
    """``X's ORG``: the state X of an organisation named after its possessive, right after it or past the
    lowercase epithets of a title's affiliation ("South Africa's main opposition Democratic Alliance", "London's
    high-security Woolwich Crown Court": ``roles.skip_fillers``)."""
    k = skip_fillers(doc, c.start - 1, -1)
    if k < 1 or doc[k].text not in POSSESSIVE_MARKS:
        return None
    owner = by_end.get(k)
    if owner is None or owner.kind != "state" or owner.how == "demonym":
        return None
    return owner.country




def in_title(c: Cand, titles: list) -> bool:
    """An organisation entity inside a title ("the director of National Intelligence")."""
    return c.kind == "organization" and any(t.start <= c.start and c.end <= t.end for t in titles)


_APPOSITION_FILLERS = frozenset({"a", "an", "the", "former", "then", "ex", "new", "acting", "deputy", "senior", "top"})


def person_like_orgs(doc: Doc, g: Gazetteer, cands: list[Cand], titles: list, org_heads: AbstractSet[str]) -> None:
    """Organisation entities that are persons by the evidence around them: two or three
    capitalised words with no organisation word, given a person's title in apposition or right before
    ("Samantha Power, former U.S. ambassador"; "the EU's chief executive, Jean-Claude Juncker"; "AP reporter X"),
    known to the KB as a person's name, sharing their last word with a person the document names,
    signing an excerpt's credit line ("“…” <blank> Jane Roe, The Daily Planet": its writer), or an
    outlet's own reporting: ``outlet_reporter``."""
    outlet_ends = {c.end for c in cands if c.kind == "media"}
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
        titled_before = c.start > 0 and doc[c.start - 1].text == "," and c.start - 1 in title_end \
            or c.start in title_end  # "AP reporter Sarah El Deeb", "Foreign Minister Wang Yi"
        known = g.leader(words.text) is not None  # the KB knows the name as a person's
        credit = excerpt_credit_at(doc, words[0].idx)  # the name opens a credit line: its signer
        signer = credit is not None and credit[0] == words[0].idx and c.end < len(doc) and doc[c.end].text == ","
        reporter = outlet_reporter(doc, c, outlet_ends)
        if titled_after or titled_before or known or signer or reporter or doc[c.end - 1].lower_ in surnames:
            c.kind, c.key = "person", "person:" + words.text


def outlet_reporter(doc: Doc, c: Cand, outlet_ends: AbstractSet[int]) -> bool:
    """"NPR's Jane Roe reports that ...", "CNN's Jay Roe said": a name an outlet's possessive owns, the
    subject of its clause, is the outlet's reporter or host, a person. Not a name the text speaks to or
    of ("told NPR's X", "on CNN's X": a programme as often as a person)."""
    mark = c.start - 1
    return mark - 1 >= 0 and mark in outlet_ends and doc[mark].text in POSSESSIVE_MARKS \
        and doc[c.start:c.end].root.dep_ in ("nsubj", "nsubjpass")


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
