"""A state the text names only as a place is no actor of the document.

News names states as the place of something far more often than as a party: "airstrikes in
Syria", "talks in Geneva, Switzerland", "detained at Guantanamo Bay, Cuba", "a Florida-based
company". The actors component reads each of those names as the state (a city as its state), so
it cannot tell the place from the party; only once every record is made can it be known that no
event, quote, claim or relation names the state (a role held of it, "a U.S. senator", names no
state actor). Such a state, every
mention of which is locative, is dropped from the document's actors (``PLACE_ONLY_RULES``, run
by ``pipeline.to_extraction`` after all the components). A mention is locative when it is:

- the object of a preposition that puts something somewhere ("in Iraq", "near Aleppo",
  "throughout Europe", "outside of Iraq"; ``events.location.LOCATIVE_PREPS``, "at" only before a
  city, "at Guantanamo Bay": before a state or a capital it also marks an aim, "fired at Israel",
  "angry at Washington");
- the state of a "City, State" apposition whose city is such an object ("in Geneva, Switzerland",
  by the comma even when the parse reads the state otherwise);
- the place of an "X-based" compound ("a London-based lawyer").

A conjunct of a locative mention is locative too ("from Afghanistan and Iraq to Libya" is not read:
"from" also marks a source, "a letter from Iran"). Any other mention, "Syria said", "Syrian
troops", "Syria's border", keeps the state.

A state's record lists only the names of the state, not of the places in it (``PLACE_MENTION_RULES``,
run first): a city or region of ``kb/places.tsv`` ("a trip to Hiroshima", "the G20 meeting in
Antalya", "the Benghazi attack", "the annexation of Crimea") is where something is, never a name of
its state, wherever it stands; a capital is one ("Ankara said", "Tokyo protested") except where it is
a place ("a news conference in Rome", "a London-based lawyer"). Such mentions leave the state's
record (its mentions and the aliases only they gave); the token keeps its state for the events
("fired at targets in Jericho"), and a state left with no mention that no record names is no actor.

The tagger also reads a place's name as a person's ("a manufacturer in Kiel"): a "person" no record
names, with no title nor country, every mention of which is the object of a place preposition, or of
an "at" on a common noun ("the reactor at Arak", "a girl at Berks", "at the Berks detention center":
``_at_a_noun``), is no actor either (``place_read_as_a_person``).

So is a building, site or park the tagger read as a body or a person ("the Hermitage Museum", "the
Cathedral of the Assumption", "a waiting room at Hadassah Hospital"): a name headed by a place word of
``kb/place_words.tsv`` (GeoNames feature classes; "Cathedral of X" by the word before "of", "Place de
la X" by its first word) that no record names, with no role, none of whose mentions acts, every one
only where a place stands: a
preposition's object (not "by" or "from": "a statement from the hospital"), a verb's direct object
("visited the Mariinsky Theater") or a modifier ("the Hadassah Hospital waiting room")
(``facility_never_acting``). A museum, church or hospital is also the institution that acts, "the
museum said", "Hadassah Hospital's director", so one mention anywhere else keeps it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..kb import load_table, per_folder
from ..kb.gazetteer import CAPITAL, PLACE
from ..model import Actor, Extraction
from .common import doc_text
from .events.location import LOCATIVE_PREPS
from .extensions import LOCATIONS

# "at" also marks an aim or a stimulus ("fired at Israel", "angry at China"), not only a place.
PLACE_PREPS = LOCATIVE_PREPS - {"at"}
# How a name hangs on the place it is a part or a conjunct of.
_CHAINED = frozenset({"conj", "appos", "npadvmod", "compound"})


def _located(tok: Token, depth: int = 3) -> bool:
    """``tok`` is the object of a place preposition ("in Iraq", "outside of Iraq"; "at" only before
    a city, "at Guantanamo Bay"), or hangs on one by conjunction or by the "City, State" apposition.
    The preposition is read by its word wherever the parse hangs it: "spoke in Berlin and then in
    Cairo" makes the second "in" a conjunct, "as it had in Cairo" an adverbial clause."""
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ == "of" and prep.head.dep_ == "prep":  # "outside of Iraq"
            prep = prep.head
        if prep.lower_ in PLACE_PREPS or (prep.lower_ == "at" and _city(tok)):
            return True
    # "Syria and Iraq": a conjunct; "Geneva, Switzerland": the state after a comma
    chained = tok.dep_ == "conj" or (tok.i > 0 and tok.doc[tok.i - 1].text == "," and tok.head.i < tok.i)
    return bool(depth) and tok.dep_ in _CHAINED and tok.head.i != tok.i and chained and _located(tok.head, depth - 1)


def _city(tok: Token) -> bool:
    """``tok`` is part of a place the knowledge base knows below a state (a city, a region)."""
    return (tok.doc.user_data.get(LOCATIONS) or {}).get(tok.i) == PLACE


def _after_a_city(doc: Doc, start: int) -> bool:
    """"at Guantanamo Bay, Cuba" however parsed: the state after a comma that closes a located
    place."""
    if start < 2 or doc[start - 1].text != ",":
        return False
    city = doc[start - 2]
    if not (_city(city) or city.ent_type_ in ("GPE", "LOC", "FAC")):
        return False
    while city.dep_ == "compound" and city.head.i > city.i:
        city = city.head
    return _located(city)


def _based(tok: Token) -> bool:
    """"a London-based lawyer": the place a compound adjective in "-based" gives."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "based"


def locative_mention(doc: Doc, start: int, end: int) -> bool:
    """The mention at these characters names only a place."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return _located(span.root) or _based(span[-1]) or _after_a_city(doc, span.start)


def place_only_state(doc: Doc, ex: Extraction, actor: Actor, named: set[str]) -> bool:
    """A state no record names, every mention of which is a place."""
    if actor.kind != "state" or actor.id in named or not actor.mentions:
        return False
    return all(locative_mention(doc, s, e) for s, e in actor.mentions)


def place_read_as_a_person(doc: Doc, ex: Extraction, actor: Actor, named: set[str]) -> bool:
    """A "person" no record names, with no title and no country, every mention of which is a place:
    the tagger read a place's name as a person's ("a clinic in Altun Kupri, Iraq", "a manufacturer
    in Kiel, in northeast Wisconsin", "fighters holed up in Darfur's Jebel Marra"). Only the
    preposition's own object: a name after a place and a comma is a person's in "In Ramallah, P, who
    heads ...", however the parse hangs it."""
    if actor.kind != "person" or actor.id in named or actor.roles or actor.country or not actor.mentions:
        return False
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in actor.mentions]
    return all(span is not None and len(span) > 0 and (_located(span.root, depth=0) or _at_a_noun(span.root))
               for span in spans)


def _at_a_noun(tok: Token) -> bool:
    """A name in an "at" phrase on a common noun, or naming the common noun there: "the reactor at
    Arak", "a girl at Brightwater", "the situation at the Brightwater detention center". "At" on a
    noun says where the thing is; on a verb it also marks an aim ("fired at", "angry at"), so not
    there, and only for a "person" with no title, country or record (``place_read_as_a_person``)."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:  # "the Brightwater detention center"
        tok = tok.head
        if tok.pos_ != "NOUN" or not tok.is_lower:
            return False
    return tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.pos_ == "NOUN"


@per_folder
def _facility_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The place words of ``kb/place_words.tsv``, those that are also family names, and those that
    head a name only as its first word ("Place de la Bastille", "Plaza de Mayo")."""
    rows = load_table("place_words")
    return (frozenset(r["word"] for r in rows), frozenset(r["word"] for r in rows if r["surname"] == "yes"),
            frozenset(r["word"] for r in rows if r["first"] == "yes"))


# The French, Spanish and Italian prepositions and articles after the generic that heads a name
# ("Place de la Bastille", "Plaza del Sol", "Place des Vosges").
_ROMANCE_NAME_PREPS = frozenset({"de", "du", "des", "del", "della", "di", "d'"})


def _head_word(name: str, first_words: frozenset[str] = frozenset()) -> str:
    """The head of a place's name: its last word, or the word before its first preposition
    ("Cathedral of the Assumption"; "al-Qaeda in the Arabian Peninsula" is no peninsula); a generic
    of ``first_words`` before a Romance preposition heads it from the front ("Place de la Bastille").
    A generic that heads only from the front heads nothing elsewhere ("Better Place")."""
    lowered = [w.lower() for w in name.split()]
    if len(lowered) > 2 and lowered[0] in first_words and lowered[1] in _ROMANCE_NAME_PREPS:
        return lowered[0]
    if lowered and lowered[-1] in first_words:
        return ""
    for n, word in enumerate(lowered[1:], start=1):
        if word in _NAME_PREPS:
            return lowered[n - 1]
    return lowered[-1] if lowered else ""


# The prepositions inside a name after its head ("Cathedral of X", "al-Qaeda in the Arabian Peninsula").
_NAME_PREPS = frozenset({"of", "in", "at", "for", "on"})


# Where a name stands as a place and not as a party: "by X" is an agent, "from X" a source.
_NOT_PLACE_PREPS = frozenset({"by", "from", "according", "to"})


def _where_a_place_stands(tok: Token, depth: int = 3) -> bool:
    """The mention's head is a preposition's object (not of "by", "from", "according to", "to") on a
    verb or on a noun that stands so, a direct object or a modifier of a noun that stands so, itself
    or through a conjunct or apposition."""
    for _ in range(4):
        if tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ in _NOT_PLACE_PREPS:
            return False
        if prep.head.pos_ in ("NOUN", "PROPN", "PRON") and prep.head.i != prep.i:
            # "the waiting room at X" is where its noun stands; "officials at X said", "the head
            # of trauma care at X" name the institution's people
            return bool(depth) and _where_a_place_stands(prep.head, depth - 1)
        return True
    if tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i and depth:
        # "the Hadassah Hospital waiting room" stands where its noun does; "a Hadassah Hospital
        # spokesman said" names the body
        return _where_a_place_stands(tok.head, depth - 1)
    return tok.dep_ == "dobj"


def facility_never_acting(doc: Doc, ex: Extraction, actor: Actor, named: set[str]) -> bool:
    """A body or "person" named by a building, site or park ("the Hermitage Museum", "the Cathedral
    of the Assumption", "a waiting room at Hadassah Hospital") no record names, with no role, every
    mention of which stands where a place does (``_where_a_place_stands``): never a subject, a
    possessor, an agent or a source, so never the institution that acts."""
    if actor.kind not in ("organization", "person") or actor.id in named or actor.roles or not actor.mentions:
        return False
    words, surnames, first_words = _facility_words()
    head = _head_word(actor.name, first_words)
    if len(actor.name.split()) < 2 or head not in words or (actor.kind == "person" and head in surnames):
        return False
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in actor.mentions]
    return all(span is not None and len(span) > 0 and _where_a_place_stands(span.root) for span in spans)


PLACE_ONLY_RULES: tuple[Callable[[Doc, Extraction, Actor, set[str]], bool], ...] = (place_only_state,
                                                                                      place_read_as_a_person,
                                                                                      facility_never_acting)


def _location_tags(doc: Doc, start: int, end: int) -> set[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    where = doc.user_data.get(LOCATIONS) or {}
    return {where[t.i] for t in span if t.i in where} if span is not None else set()


def place_in_the_state(doc: Doc, start: int, end: int) -> bool:
    """A city or region of ``kb/places.tsv`` ("a trip to Hiroshima", "the G20 meeting in Antalya",
    "the Benghazi attack", "its annexation of Crimea"): a place in the state, not a name of it."""
    return PLACE in _location_tags(doc, start, end)


def located_capital(doc: Doc, start: int, end: int) -> bool:
    """A capital used as a place ("a news conference in Rome", "a London-based lawyer", "at
    Sheremetyevo airport in Moscow"), not as the seat of government that acts ("Moscow said")."""
    return CAPITAL in _location_tags(doc, start, end) and locative_mention(doc, start, end)


PLACE_MENTION_RULES: tuple[Callable[[Doc, int, int], bool], ...] = (place_in_the_state, located_capital)


def _without_places(doc: Doc, actor: Actor) -> Actor:
    """The state's record without the mentions that name a place in it, nor the aliases only they gave."""
    places = [m for m in actor.mentions if any(rule(doc, *m) for rule in PLACE_MENTION_RULES)]
    if not places:
        return actor
    text = doc_text(doc)
    mentions = [m for m in actor.mentions if m not in places]
    gone = {text[s:e] for s, e in places} - {text[s:e] for s, e in mentions}
    return dataclasses.replace(actor, mentions=mentions, aliases=[a for a in actor.aliases if a not in gone])


def drop_place_mentions(doc: Doc, ex: Extraction) -> set[str]:
    """Take out of each state's record the mentions that name a place in it (``PLACE_MENTION_RULES``);
    the ids of the states left with no mention."""
    before = ex.actors
    ex.actors = [_without_places(doc, a) if a.kind == "state" else a for a in before]
    return {a.id for a, b in zip(ex.actors, before, strict=True) if b.mentions and not a.mentions}


def drop_place_only_actors(doc: Doc, ex: Extraction) -> None:
    """Drop from ``ex.actors`` the actors the text names only as places (``PLACE_ONLY_RULES``),
    once the places in a state have left its record (``drop_place_mentions``)."""
    named = ex.referenced_ids()
    placed = drop_place_mentions(doc, ex) - named  # "the annexation of Crimea" alone names no Ukraine
    ex.actors = [a for a in ex.actors
                 if a.id not in placed and not any(rule(doc, ex, a, named) for rule in PLACE_ONLY_RULES)]
