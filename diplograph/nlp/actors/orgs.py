"""Organisations and persons the knowledge base does not know, placed by what the text says.

Stages on the candidate mentions of ``actors.py``:

* ``merge_acronyms``: "the Islamic Salvation Front (FIS)" -- a name followed by its acronym in
  brackets is one actor, the acronym an alias of it;
* ``org_countries``: a national body named with a state ("the Montenegro Assembly", "Kenya
  Anti-Corruption Commission") or after the possessive of a state's body ("the Pentagon's Missile Defense
  Agency": ``parent_body_country``) belongs to that state, an organisation the text says is based
  somewhere ("the Milwaukee-based X", "X, a UK-based firm") to that place's state, and a party,
  front or movement the KB lacks belongs to the one state its sentence names;
* ``titled_person_country``: a person given a title but no state ("Planning Minister Tran")
  or a state's possessive in apposition ("P, Algeria's leading activist") is of the one state
  the sentence names;
* ``outlet_short_names``: "told Fox" once "Fox News" is named, "the Times" once "The New York
  Times" is -- an outlet's short name in a document naming it in full is that outlet.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb import WordClass
from ...kb.gazetteer import PLACE, Gazetteer, Title, slug
from ..common import column, doc_text, sentence_of
from .companies import is_company
from .evidence import ORG_HEADS, possessive_org_country
from .leader_governments import leader_government_country
from .outlet_nouns import outlet_country
from .person_country import EXILE_NOUNS, US_STATES, based_apposition, based_before_descriptor, based_modifier
from .roles import POSSESSIVE_MARKS, Cand, skip_fillers

# Head words of a body that belongs to one state when named with it ("Montenegro Assembly").
NATIONAL_HEADS = WordClass("actor_words", "national_head")
# Head words of a political or armed organisation, which acts within one state.
PARTY_HEADS = WordClass("actor_words", "party_head")
# Title sectors whose holder, unplaced, serves the state the sentence names.
_HOME_SECTORS = frozenset({"government", "military", "legislature", "party", "judiciary", "security"})


def merge_acronyms(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``NAME (ACR)``: the acronym becomes a mention of the name's actor (or the name one of
    the acronym's, when only the acronym is known)."""
    by_start = {c.start: c for c in cands if c.start_char is None}
    for c in cands:
        if c.kind != "organization" or c.start_char is not None:
            continue
        if c.end + 2 >= len(doc) or doc[c.end].text != "(" or doc[c.end + 2].text != ")":
            continue
        acr = by_start.get(c.end + 1)
        if acr is None or acr.end != c.end + 2 or acr.kind not in ("organization", "person") \
                or not doc[acr.start].is_upper:
            continue
        known_name, known_acr = not c.key.startswith("org:") or _is_kb(c), _is_kb(acr)
        if known_acr and not known_name:
            c.key, c.country = acr.key, acr.country or c.country
        else:
            acr.key, acr.kind = c.key, c.kind
            acr.country = c.country or acr.country
            c.country = acr.country
    return cands


def _is_kb(c: Cand) -> bool:
    from ...kb.gazetteer import gazetteer

    return c.key in gazetteer().actors


def org_countries(doc: Doc, g: Gazetteer, cands: list[Cand]) -> None:
    """Give organisations the KB does not place the state their name or sentence names."""
    whole = [c for c in cands if c.start_char is None]
    by_end = {c.end: c for c in whole}
    for c in whole:
        if c.kind == "organization" and c.country and _is_kb(c):
            _foreign_namesake(doc, c, by_end)
        if c.kind == "media" and not c.country and not _is_kb(c):
            c.country = outlet_country(doc, c, by_end)  # "the Israeli daily X"
        if c.kind != "organization" or c.country or _is_kb(c):
            continue
        owner = possessive_org_country(doc, c, by_end) or parent_body_country(doc, c, by_end) \
            or leader_government_country(doc, g, c)
        if owner:  # "Greece's Parliament", "the Pentagon's Missile Defense Agency", "the Reagan Administration"
            c.country = owner
            continue
        located = place_after_of(doc, g, c) or based_org_country(doc, g, c)
        if located:  # "University of Oklahoma", "Central Bank of Iran", "the Milwaukee-based X"
            c.country = located
            continue
        words = [t.lower_ for t in doc[c.start:c.end]]
        if any(doc[c.start:c.start + n].text in US_STATES for n in (1, 2) if c.end - c.start > n):
            c.country = "USA"  # "New York Mercantile Exchange", "Texas Railroad Commission": where it is
            continue
        first = _state_prefix(doc, g, c)
        named = {h[0].country for t in doc[c.start:c.end] if (h := g.lookup(t.text)) and h[0].kind == "state"}
        if first is not None and len(named) <= 1 and any(w in NATIONAL_HEADS for w in words[1:]) \
                and not _about_a_place(doc, g, c, words):
            c.country = first  # "Montenegro Assembly", "U.S. Army South"
            continue
        home = bare_body_country(doc, g, c, by_end, whole)
        if home:  # "the Supreme Court ruled", "Parliament voted" in a document about one state
            c.key, c.country = _body_key(g, home, _bare_words(doc, c)), home
            continue
        rebel = c.start > 0 and doc[c.start - 1].lower_ in ("rebel", "banned", "outlawed", "opposition")
        if words[-1] in PARTY_HEADS or rebel:
            home = None if _names_a_place(doc, c) else dominant_state(whole)
            c.country = sentence_country(doc, c, whole) or home


def parent_body_country(doc: Doc, c: Cand, by_end: dict[int, Cand]) -> str | None:
    """``BODY's ORG``: a unit named after the possessive of a body the KB places in one state is of that
    state, "the State Department's Bureau of Public Affairs", "the Pentagon's Missile Defense Agency",
    "the FBI's Counterintelligence Division"; not a company's or an outlet's ("Google's Jigsaw": a firm
    is no state's body) nor an international body's, which has no state."""
    k = skip_fillers(doc, c.start - 1, -1)
    if k < 1 or doc[k].text not in POSSESSIVE_MARKS:
        return None
    owner = by_end.get(k)
    if owner is None or owner.kind != "organization" or not owner.country or is_company(owner.key):
        return None
    return owner.country


# Bodies of a state that a document names bare only when it means its own state's: an embassy is the
# sending state's, which a document about the host state does not name most.
_SENDING_STATE_BODIES = frozenset({"embassy"})


def _bare_words(doc: Doc, c: Cand) -> str:
    span = doc[c.start + (doc[c.start].lower_ == "the"):c.end]
    return span.text.lower()


def bare_body_country(doc: Doc, g: Gazetteer, c: Cand, by_end: dict[int, Cand], whole: list[Cand]) -> str | None:
    """``the Supreme Court ruled``, ``the Foreign Ministry protested``, ``Parliament voted``: a government
    body of ``kb/ministries.tsv`` named bare, with no state before it nor an "of" phrase after it, is a
    body of the state the document is about (``dominant_state``), as a reader takes it."""
    body = g.bodies.get(_bare_words(doc, c))
    if body is None or body.slug in _SENDING_STATE_BODIES or not all(t.is_title for t in doc[c.start:c.end]
                                                                     if t.lower_ != "the"):
        return None
    before = by_end.get(c.start)
    if before is not None or c.start > 0 and doc[c.start - 1].text in POSSESSIVE_MARKS:
        return None  # "the Iranian Foreign Ministry", "Iran's parliament": the text's state (roles)
    if c.end < len(doc) and (doc[c.end].lower_ == "of" or doc[c.end].is_title):
        # "the Supreme Court of India"; "Supreme Court Justice X": part of a title, whose holder the
        # document's state does not place (a Saudi story's "Supreme Court Justice Brett Kavanaugh")
        return None
    return dominant_state(whole)


def _body_key(g: Gazetteer, iso: str, words: str) -> str:
    """The KB's own actor for the state's body when it has one ("org:usa-supreme-court"), else the
    body's key as a state's adjective or possessive makes it (``roles._state_bodies``)."""
    own = f"org:{iso.lower()}-{slug(words)}"
    return own if own in g.actors else f"org:{iso.lower()}-{g.bodies[words].slug}"


_MAX_PLACE_WORDS = 3


def place_after_of(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``<head> of <place>``: an institution named after where it is ("University of Oklahoma",
    "American University of Beirut", "Bank of England") is of the state of that place -- a state,
    its capital, a city the KB places or an American state, right after "of" and ending the name."""
    for k in range(c.start + 1, c.end - 1):
        if doc[k].lower_ != "of" or doc[k - 1].lower_ not in ORG_HEADS or c.end - k - 1 > _MAX_PLACE_WORDS:
            continue
        place = doc[k + 1:c.end].text
        if place in US_STATES:
            return "USA"
        hit = g.lookup(place)
        if hit is not None and hit[0].kind == "state" and hit[1] != "demonym":
            return hit[0].country
    return None


_MAX_BASED_PREFIX_TOKENS = 4  # "the New York - based X": the tokenizer splits the hyphen


def based_org_country(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``the Washington-based Project on Government Oversight``, ``X, a Milwaukee-based trade group``,
    ``the Quebec-based engineering firm X``: where the text says an organisation the KB does not know
    is based is its state -- not for a body in exile ("a London-based opposition group", class
    exile_noun) nor one whose name, or an "of" phrase after it, names another state ("the London-based
    Syrian Observatory", "the US-based Reform Party of Syria")."""
    country = based_apposition(doc, g, c) or _based_prefix(doc, g, c) or based_before_descriptor(doc, g, c)
    if country is None or any(t.lower_ in EXILE_NOUNS for t in doc[c.start:c.end]):
        return None
    end = c.end + 1 + _MAX_PLACE_WORDS if c.end < len(doc) and doc[c.end].lower_ == "of" else c.end
    named = {h[0].country for t in doc[c.start:end] if (h := g.lookup(t.text)) and h[0].kind == "state"}
    return country if named <= {country} else None  # "the US-based Reform Party of Syria" is Syrian


def _based_prefix(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """The state of an "X-based" modifier ending right before the name (the longest place first: "New
    York-based", not "York-based")."""
    for start in range(max(c.start - _MAX_BASED_PREFIX_TOKENS, 0), c.start):
        country, after = based_modifier(doc, g, start)
        if after == c.start and country is not None:
            return country
    return None


# "Taiwan Affairs Office", "Korea Policy Committee": a body named after what it deals with, not whose it is.
_SUBJECT_WORDS = frozenset({"affairs", "policy", "relations"})


def _about_a_place(doc: Doc, g: Gazetteer, c: Cand, words: list[str]) -> bool:
    """The state's name opening the organisation's name is followed by a subject word ("Taiwan
    Affairs Office"); "U.S. Senate Foreign Relations Committee" is still the United States'."""
    for n in (1, 2):
        hit = g.lookup(doc[c.start:c.start + n].text) if c.end - c.start > n + 1 else None
        if hit is not None and hit[0].kind == "state" and words[n] in _SUBJECT_WORDS:
            return True
    return False


def _foreign_namesake(doc: Doc, c: Cand, by_end: dict[int, Cand]) -> None:
    """"Turkey's National Security Council", "the Saudi National Guard": a state's own body
    that shares its name with one the KB places in another state."""
    owner = possessive_org_country(doc, c, by_end)
    before = by_end.get(c.start)
    if owner is None and before is not None and before.kind == "state" and before.how == "demonym":
        owner = before.country
    if owner and owner != c.country:
        c.key, c.country = f"org:{owner.lower()}-{slug(doc[c.start:c.end].text)}", owner


def _state_prefix(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """The state whose name, demonym or city opens an organisation's name ("U.S. Army South",
    "Boston Athletic Association")."""
    for n in (3, 2, 1):
        if c.end - c.start > n and doc[c.start:c.start + n].text in US_STATES:
            return "USA"  # "Ohio Department of Transportation"
        if c.end - c.start > n:
            hit = g.lookup(doc[c.start:c.start + n].text)
            if hit is not None and hit[0].kind == "state":  # a name, demonym, capital or city of it
                return hit[0].country
    return None


def sentence_country(doc: Doc, c: Cand, cands: list[Cand]) -> str | None:
    """The one state the sentence of ``c`` names (by any form, roles included), else None."""
    sent = sentence_of(doc[c.start]) if doc.has_annotation("SENT_START") else doc[:]
    found = {x.country for x in cands if x.kind in ("state", "group", "organization") and x.country and
             x.how != PLACE and sent.start <= x.start < sent.end and not is_company(x.key)}
    return found.pop() if len(found) == 1 else None


def _names_a_place(doc: Doc, c: Cand) -> bool:
    """The sentence names some place ("a Tea Party activist ... the Florida rallies"): the party may
    be that place's, which the KB does not know, so the document's state says nothing of it."""
    sent = sentence_of(doc[c.start]) if doc.has_annotation("SENT_START") else doc[:]
    return any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in sent)


def dominant_state(cands: list[Cand]) -> str | None:
    """The state a document is about: named (not as a place of the story) at least three times and
    at least twice as often as any other. A party or front the KB lacks, in a sentence naming no
    state ("a politician with the National Action Party"), acts in it."""
    counts: dict[str, int] = {}
    for c in cands:
        if c.kind == "state" and c.country and c.how != PLACE:
            counts[c.country] = counts.get(c.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def possessive_apposition(doc: Doc, c: Cand, by_start: dict[int, Cand]) -> str | None:
    """``P, Algeria's ...``: the state whose possessive opens an apposition to a person."""
    if c.end + 2 >= len(doc) or doc[c.end].text != ",":
        return None
    aff = by_start.get(c.end + 1)
    if aff is None or aff.kind != "state" or aff.end >= len(doc) or doc[aff.end].text not in POSSESSIVE_MARKS:
        return None
    return aff.country


def titled_person_country(doc: Doc, g: Gazetteer, person_cands: list[Cand], cands: list[Cand]) -> str | None:
    """The country of a person the text gives no state for, from its apposition or, for a
    holder of a domestic title, from the one state its sentence names."""
    by_start = {c.start: c for c in cands if c.start_char is None}
    whole = [c for c in cands if c.start_char is None]
    for c in person_cands:
        hit = possessive_apposition(doc, c, by_start)
        if hit:
            return hit
    titled = [c for c in person_cands if any(_home_title(g, t) for t, _ in c.roles)]
    # a demonym left on an ordinary noun ("Russian assets", "Chinese goods") says nothing of where a person serves
    home = [c for c in whole if not _visited(doc, c) and not (c.kind == "state" and c.how == "demonym")]
    for c in titled:
        hit = sentence_country(doc, c, home)
        if hit:
            return hit
    return None


# A state named where someone goes or whom someone meets is no evidence of where a person serves
# ("Defense Minister X arrived in Beijing", "Judge Y visited Chinese officials").
_PLACE_PREPS = frozenset({"in", "to", "into", "from", "at", "for", "toward", "towards", "with", "via"})
_MEETING_VERBS = frozenset({"visit", "meet", "host", "receive", "welcome", "call", "phone", "tour"})


def _visited(doc: Doc, c: Cand) -> bool:
    if c.how in (PLACE, "capital"):
        return True
    t = doc[c.end - 1]
    while c.start <= t.head.i < c.end and t.head.i != t.i:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS:
        return True
    return t.dep_ == "dobj" and t.head.lemma_ in _MEETING_VERBS


def document_country(g: Gazetteer, roles: list[tuple[str, str | None]], cands: list[Cand]) -> str | None:
    """The document's context, last: the holder of a domestic title ("Communications Minister X")
    the text places nowhere serves the state the document names at least twice as often as any
    other (places of the story not counted)."""
    if not any(_home_title(g, t) for t, _ in roles) or any(o and not g.state(o) for _, o in roles):
        return None  # no domestic office, or an office of an organisation ("president of the European Commission")
    counts: dict[str, int] = {}
    for c in cands:
        if c.kind in ("state", "organization", "role", "group") and c.country and c.how != PLACE \
                and not is_company(c.key):
            counts[c.country] = counts.get(c.country, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 3 or len(ranked) > 1 and ranked[0] < 2 * ranked[1]:
        return None
    return max(counts, key=lambda k: counts[k])


def _home_title(g: Gazetteer, title: str) -> bool:
    t = g.titles.get(title.lower())
    return t is not None and t.sector in _HOME_SECTORS and "foreign" not in title.lower()


# Lower-case head nouns after a glossed name: "the Umma (Nation) party", "Kifaya (Enough) group".
_GLOSSED_HEADS = frozenset({"party", "group", "movement", "coalition", "front", "alliance", "organisation",
                            "organization", "bloc", "union", "association", "militia"})
_PEOPLES = WordClass("actor_words", "people")


def glossed_orgs(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``Name (Gloss) [opposition] party``: a name given with its translation in brackets and an
    organisation noun is one local organisation, of the one state its sentence names."""
    out: list[Cand] = []
    if "(" not in doc_text(doc):
        return cands
    opening = doc.vocab.strings["("]
    for i in orth_positions(doc, opening):
        t = doc[i]
        if t.i == 0 or not doc[t.i - 1].is_title:
            continue
        close = next((j for j in range(t.i + 1, min(t.i + 7, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            continue
        head = next((j for j in range(close + 1, min(close + 4, len(doc)))
                     if doc[j].lower_ in _GLOSSED_HEADS and doc[j].is_lower), None)
        if head is None or not all(w.is_lower for w in doc[close + 1:head]):
            continue
        s = t.i - 1
        while s > 0 and doc[s - 1].is_title and not doc[s - 1].is_sent_start and doc[s - 1].lower_ != "the" \
                and not (s > 1 and doc[s - 2].text == "-"):  # "pro-Iranian Hizbollah (Party of God)"
            s -= 1
        known = next((c for c in cands if c.end == t.i and c.start >= s and _is_kb(c)), None)
        if known is not None:  # a name the KB knows keeps its actor, the gloss and noun join the mention
            out.append(Cand(known.start, head + 1, known.key, known.kind, "name", known.country,
                            doc[known.start:head + 1].text))
            continue
        name = doc[s:t.i].text
        out.append(Cand(s, head + 1, "org:" + name, "organization", text=doc[s:head + 1].text))
    if not out:
        return cands
    for o in out:
        if not o.country and not _is_kb(o):
            o.country = sentence_country(doc, o, cands)
    spans = [(o.start, o.end) for o in out]
    kept = [c for c in cands if not any(c.start < e and c.end > s for s, e in spans)]
    return sorted(kept + out, key=lambda c: (c.start, c.start_char or 0))


def orth_positions(doc: Doc, orth: int) -> list[int]:
    """Indices of the tokens whose text has this ORTH id (without making a Token per word)."""
    arr = doc.to_array("ORTH")
    return [int(i) for i in (arr == orth).nonzero()[0]]


def people_words(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A people the KB ties to no one state ("Hutu", "Ibo") names the one state its sentence
    names, as a demonym does ("Ibo traditional elders" -- a group of that state)."""
    text = doc_text(doc)
    if not any(w in text for w in _PEOPLES):
        return cands
    misread = [c for c in cands if c.end - c.start == 1 and doc[c.start].text in _PEOPLES and not _is_kb(c)]
    cands = [c for c in cands if not any(c is m for m in misread)]  # "Hutu" taken for a person
    taken = {i for c in cands for i in range(c.start, c.end)}
    peoples = _PEOPLES.words()
    # the words' texts first: a Token only for a people's name, not for every word
    found = [t for i, text in enumerate(column(doc, "ORTH")) if text in peoples and i not in taken
             and (t := doc[i]).is_title]
    if not found:
        return cands
    out = list(cands)
    for t in found:
        probe = Cand(t.i, t.i + 1, "", "group")
        iso = sentence_country(doc, probe, cands)
        if iso is not None:
            out.append(Cand(t.i, t.i + 1, f"state:{iso}", "state", "demonym", iso, t.text))
    return sorted(out, key=lambda c: (c.start, c.start_char or 0))


def ethnic_residents(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``ethnic Albanians`` / ``ethnic Albanian guerrillas`` in a sentence naming one other
    state: a people of the state it lives in (as PLOVER codes them)."""
    out = []
    for c in cands:
        if c.how != "demonym" or c.start_char is not None or c.start == 0 or doc[c.start - 1].lower_ != "ethnic":
            out.append(c)
            continue
        home = _other_state(doc, c, cands)
        if home is None or _resident_phrase(doc, c.end):
            out.append(c)
        elif doc[c.end - 1].text.endswith("s"):  # "ethnic Albanians": a group of its own
            people = doc[c.end - 1].text
            out.append(Cand(c.start, c.end, f"group:{home.lower()}-{slug(people)}", "group", "collective", home,
                            c.text, title=Title(people, "popular", True, False)))
        else:  # "ethnic Albanian guerrillas": the title that follows makes the group of the home state
            out.append(Cand(c.start, c.end, c.key, c.kind, c.how, home, c.text))
    return out


def _resident_phrase(doc: Doc, i: int) -> bool:
    """``... in [the] Serbia``: a phrase ``roles.residents`` makes the whole mention of."""
    if i + 1 >= len(doc) or doc[i].lower_ not in ("in", "of"):
        return False
    j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    return j < len(doc) and doc[j].is_title


def _other_state(doc: Doc, c: Cand, cands: list[Cand]) -> str | None:
    sent = sentence_of(doc[c.start]) if doc.has_annotation("SENT_START") else doc[:]
    found = {x.country for x in cands if x.kind == "state" and x.country and x.country != c.country
             and sent.start <= x.start < sent.end}
    return found.pop() if len(found) == 1 else None


def _outlet_words(g: Gazetteer, c: Cand) -> list[str]:
    """The words of an outlet's full name, without a leading article ("The New York Times")."""
    kb = g.actors.get(c.key)
    words = (kb.name if kb is not None else c.text).lower().split()
    return words[1:] if words[:1] == ["the"] else words


def outlet_short_names(doc: Doc, g: Gazetteer, cands: list[Cand]) -> None:
    """An outlet's short name in a document that names the outlet in full is that outlet: "told
    Fox" (a person to the NER) once "Fox News" is named, "the Times" (the KB's Times of London)
    once "The New York Times" is. A name the NER read as a person or organisation may be the first
    or the last word of the full name; a short name the KB reads as another outlet, only the last
    (a newspaper's head noun: "Times", not "CNN" of "CNN International"). A word two outlets of
    the document share, or a word of a person's full name there ("Liam Fox"), stays as it is."""
    first: dict[str, set[str]] = {}
    last: dict[str, set[str]] = {}
    outlets: dict[str, Cand] = {}
    for c in cands:
        words = _outlet_words(g, c) if c.kind == "media" and c.start_char is None else []
        if len(words) >= 2:
            outlets[c.key] = c
            first.setdefault(words[0], set()).add(c.key)
            last.setdefault(words[-1], set()).add(c.key)
    if not outlets:
        return
    person_words = {t.lower_ for c in cands if c.kind == "person" and c.end - c.start >= 2 for t in doc[c.start:c.end]}
    for c in cands:
        span = doc[c.start:c.end]
        if c.start_char is not None or c.key in outlets or any(t.lower_ != "the" for t in span[:-1]):
            continue  # one word, or "The Times" (the KB's form)
        word = span[-1].lower_
        if c.kind == "media":
            keys = last.get(word, set())
        elif c.key.startswith(("person:", "org:")):  # a name the KB does not know
            keys = first.get(word, set()) | last.get(word, set())
        else:
            continue
        if len(keys) == 1 and word not in person_words:
            full = outlets[next(iter(keys))]
            c.key, c.kind, c.country, c.how = full.key, "media", full.country, "name"
