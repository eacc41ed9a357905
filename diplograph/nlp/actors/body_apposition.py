"""A person's country from the state body an apposition names as the person's employer (a rule of
``person_country.EVIDENCE_RULES``).

``body_descriptor_apposition``: "P, a former CIA officer", "P, a top FBI lawyer", "P, a Pentagon spokesman",
"P, a senior State Department official": the apposition right after the name opens, past its article and
adjectives, with a body of one state the KB knows (its ministry, agency, armed service, committee) or a
state's seat of government ("Pentagon", "Kremlin", "White House"), then the lowercase noun that says what
the person is there. The person serves that body and is of its state. It is the apposition form of
``person_affiliation.body_before_descriptor`` ("former NSA contractor X"), with its exclusions: a noun of
another party ("P, a Kremlin critic", ``kb/other_party_nouns.tsv``), a journalist or a student of the body
("P, a White House correspondent", "P, a Kremlin watcher": a title of the media or research sector, save
an analyst of a body, "a former CIA analyst"), and a political party, whose name several states' parties
share ("Labour", "Conservative Party"); nor the subject of the next clause after a fronted phrase ending in the
name ("In an interview with P, the Pentagon spokesman said").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...kb.gazetteer import Gazetteer
from ..common import other_party_nouns
from .roles import POSSESSIVE_MARKS, Cand

_ARTICLES = frozenset({"a", "an", "the"})
_MAX_ADJECTIVES = 3  # "a former senior", "the top"
_MAX_BODY_WORDS = 3  # "State Department", "Justice Department", "White House"
_MAX_DESCRIPTOR_NOUNS = 2  # "case officer", "counterterrorism agent"
_OBSERVER_SECTORS = frozenset({"media", "research"})  # "White House correspondent", "Kremlin watcher"
_OBSERVER_WORDS = frozenset({"watcher", "watchers", "hand", "critic", "expert", "observer", "scholar", "specialist"})


def _body_country(g: Gazetteer, doc: Doc, s: int, e: int) -> tuple[str | None, bool]:
    """The state of a KB body of one state (id "org:<its code>-...", not a party) or of a state's seat of
    government named at ``s``..``e``, and whether it was a seat."""
    hit = g.lookup(doc[s:e].text)
    if hit is None or hit[0].country is None:
        return None, False
    actor, surface = hit
    country = hit[0].country
    if actor.kind == "state":
        return (country, True) if surface == "seat" else (None, False)
    body = actor.kind == "organization" and surface == "name" and actor.id.startswith(f"org:{country.lower()}-")
    return (country, False) if body and "party" not in actor.id else (None, False)


def _descriptor_end(doc: Doc, g: Gazetteer, k: int, seat: bool) -> int | None:
    """The token after the lowercase noun(s) saying what the person is at the body, from ``k``; None
    when there is none or it names another party, a journalist or a student of the body."""
    j = k
    while j < len(doc) and j - k < _MAX_DESCRIPTOR_NOUNS and doc[j].is_lower and doc[j].is_alpha \
            and doc[j].pos_ == "NOUN":
        word = doc[j].lower_
        if word in other_party_nouns() or word.rstrip("s") in other_party_nouns() or word in _OBSERVER_WORDS:
            return None
        j += 1
    if j == k or j < len(doc) and (doc[j].text in POSSESSIVE_MARKS or doc[j].pos_ in ("VERB", "AUX")) \
            or doc[j - 1].dep_ in ("nsubj", "nsubjpass"):
        # no descriptor; "a CIA officer's son" is someone else; "With P, the CIA director said" is a subject
        return None
    return None if observes_the_body(doc, g, k, j, seat) else j


def observes_the_body(doc: Doc, g: Gazetteer, k: int, j: int, seat: bool) -> bool:
    """The descriptor ``k``..``j`` after a body or seat names someone who reports on or studies it, not
    its staff: a journalist ("a White House correspondent"), or, for a seat, a title of the research
    sector ("a Kremlin analyst"; a former CIA analyst worked there)."""
    if any(t.lower_ in _OBSERVER_WORDS for t in doc[k:j]):
        return True
    title = g.titles.get(doc[k:j].text.lower()) or g.titles.get(doc[j - 1].lower_)
    return title is not None and title.sector in _OBSERVER_SECTORS and (seat or title.sector == "media")


def body_descriptor_apposition(doc: Doc, g: Gazetteer, c: Cand) -> str | None:
    """``P, a former CIA officer``, ``P, a top FBI lawyer``, ``P, a Pentagon spokesman``: an apposition set
    off by a comma right after the name, opening with a body of one state or a seat of government and a
    lowercase noun saying what the person is there, places the person in that state."""
    i = c.end
    if i + 3 >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    i += doc[i].lower_ in _ARTICLES
    for _ in range(_MAX_ADJECTIVES):
        if i < len(doc) and doc[i].is_lower and doc[i].pos_ == "ADJ":
            i += 1
    for n in range(_MAX_BODY_WORDS, 0, -1):
        if i + n >= len(doc) or not all(t.is_title or t.is_upper for t in doc[i:i + n]):
            continue
        country, seat = _body_country(g, doc, i, i + n)
        if country is not None:
            return country if _descriptor_end(doc, g, i + n, seat) is not None else None
    return None
