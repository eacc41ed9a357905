"""A meeting held at one party's own seat of power is hosted by that party: "Trump met with the
Japanese prime minister at the White House", "Putin met the German chancellor in Moscow", "Obama
met Netanyahu in the Oval Office". PLOVER codes a visit's guest as the source and its host as
the recipient (as the ``host`` rows of ``kb/events.tsv`` do for "hosted", "welcomed"), so when the
venue phrase ("at"/"in") of a plain meeting word names a seat of government, capital or name of the
state of the clause's subject (``kb/countries.tsv`` seats, capitals, names) and every partner found
is of another state, the partners are the visitors: they become the sources and the host the
recipient. A venue of the partner's state ("Macron met Trump at the White House") or of no party
("met Kim in Singapore") leaves the roles as they are; so does a trip word, whose subject travels
("visited", mode visit), and a row that already names its host (flag host). Read by
``component.code_trigger`` through ``HOSTING_RULES``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...kb.gazetteer import CAPITAL, NAME, SEAT, gazetteer
from ..syntax import governor
from .drafts import country_of
from .lexicon import Trigger

# The prepositions of a venue: "at the White House", "in the Oval Office", "in Moscow".
_VENUE_PREPS = frozenset({"at", "in"})
# How a venue's words name a state (kb.gazetteer): its seat of power, capital or own name; a city
# of ``kb/places.tsv`` is left out ("met Modi in New York" at the UN is hosted by no one).
_HOME_FORMS = frozenset({SEAT, CAPITAL, NAME})
# Meeting words that can be hosted: not a trip (the subject is the one who travels), a call (no
# venue) or a multilateral gathering (no one host between the two named).
_HOSTLESS_MODES = frozenset({"visit", "host", "phone", "multilateral"})

Roles = tuple[list[str], list[str]]


def _venue_state(pobj: Token) -> str | None:
    """The ISO code of the state whose seat, capital or name the venue phrase's noun is: the noun
    with the compound words before it, less its article ("the White House" -> "White House")."""
    words = [t for t in pobj.doc[pobj.left_edge.i:pobj.i + 1] if t.dep_ not in ("det", "poss", "case")]
    if not words or words[-1].i != pobj.i:
        return None
    hit = gazetteer().lookup(" ".join(t.text for t in words))
    if hit is None or hit[1] not in _HOME_FORMS or hit[0].kind != "state":
        return None
    return hit[0].country


def _partner_phrases(head: Token) -> list[Token]:
    """The partner's noun of a meeting word: its object or the noun of its "with" phrase, where the
    parser often hangs the venue ("met with Merkel in Moscow": in -> Merkel)."""
    out = [c for c in head.children if c.dep_ in ("dobj", "obj")]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            out += [p for p in prep.children if p.dep_ == "pobj"]
    return out


def venue_states(tok: Token) -> set[str]:
    """The states whose home the meeting word's venue phrases name, on the word itself or, for a
    noun, on the verb it is an argument of ("held talks with X at the White House"), or on the
    partner's noun the parser hung them on."""
    heads = [tok]
    gov = governor(tok) if tok.pos_ in ("NOUN", "PROPN") else None
    if gov is not None:
        heads.append(gov)
    heads += [p for h in list(heads) for p in _partner_phrases(h)]
    found: set[str] = set()
    for h in heads:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ in _VENUE_PREPS:
                found |= {s for p in prep.children if p.dep_ == "pobj" and (s := _venue_state(p))}
    return found


def met_at_own_seat(tok: Token, trig: Trigger, roles: Roles, actors: dict) -> Roles | None:
    """"Trump met with Abe at the White House": the subject hosts at its own seat, so the partners of
    other states are the visitors (sources) and the host the recipient."""
    if trig.type != "CONSULT" or trig.mode in _HOSTLESS_MODES or "host" in trig.flags:
        return None
    sources, targets = roles
    if not sources or not targets:
        return None
    venue = venue_states(tok)  # gazetteer lookups: only for a meeting with both sides found
    if len(venue) != 1:
        return None
    home = next(iter(venue))
    if any(country_of(actors, s) != home for s in sources):
        return None
    guests = [t for t in targets if t in actors and country_of(actors, t) not in (home, None)]
    return (targets, sources) if len(guests) == len(targets) else None


# The first rule that gives new roles wins.
HOSTING_RULES: tuple[Callable[[Token, Trigger, Roles, dict], Roles | None], ...] = (
    met_at_own_seat,
)


def hosted_roles(tok: Token, trig: Trigger, roles: Roles, actors: dict) -> Roles:
    """The roles after the first of ``HOSTING_RULES`` that applies; unchanged when none does."""
    return next((found for rule in HOSTING_RULES if (found := rule(tok, trig, roles, actors))), roles)
